//! config: show, get, set, unset, import, export and edit an app's config vars. Every change is
//! one `PATCH /apps/{app}/config-vars`, which the platform applies as one release.

use std::io::Read;
use std::path::{Path, PathBuf};

use belt_text::key_value::PairError;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use crate::api::{Fetched, REDACTED_VALUE};
use crate::config_diff::ConfigDiff;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, key_values};
use belt_text::dotenv::{self, ConfigMap};
use secret::SecretSource;

mod secret;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Display the config vars for an app
    #[command(
        name = "config",
        long_about = "Show an app's config vars.\n\n--shell prints KEY='value' lines a POSIX shell can \
            source; --json prints the whole map.",
        after_help = "Examples:\n  belt config -a demo\n  belt config --shell -a demo > .env.sh\n  belt config --json -a demo | jq -r .DATABASE_URL"
    )]
    Show(ShellFlag),
    /// Display one or more config var values
    #[command(
        name = "config:get",
        long_about = "Display config var values, raw, one per line (an empty line for a key that \
            is not set). With --json: an object of the keys asked for, null for a missing one.",
        after_help = "Examples:\n  belt config:get DATABASE_URL -a demo\n  belt config:get A B --json -a demo"
    )]
    Get(GetArgs),
    /// Set one or more config vars
    #[command(
        name = "config:add",
        visible_alias = "config:set",
        long_about = "Set one or more config vars, as one new release.\n\nEverything after the \
            first `=` is the value: it may contain `=`, spaces, quotes, newlines and unicode, \
            and may be empty.\n\nA secret stays off the command line (and out of `ps`, shell \
            history, --debug and --dry-run) with one KEY and --stdin or --file: --stdin reads \
            all of standard input, every byte kept, newlines included (on a terminal it asks \
            for one line without echo); --file reads the file byte for byte (a PEM key, JSON \
            credentials). The value must be UTF-8 text and is shown as <redacted>. A wrong \
            combination of arguments exits 2; a file that cannot be read, or a value that is \
            not UTF-8, exits 1; either way nothing is sent.",
        after_help = "Examples:\n  belt config:add RAILS_ENV=production -a demo\n  belt config:set A=1 \"B=two words\" C= -a demo\n  printf %s \"$SIGNING_KEY\" | belt config:set SIGNING_KEY --stdin -a demo\n  belt config:set GOOGLE_CREDENTIALS --file credentials.json -a demo\n  belt config:set API_TOKEN --stdin -a demo   # asks without echo"
    )]
    Add(AddArgs),
    /// Unset one or more config vars
    #[command(
        name = "config:unset",
        long_about = "Remove config vars from an app. Each call is one release.",
        visible_alias = "config:remove",
        after_help = "Examples:\n  belt config:unset RAILS_ENV -a demo"
    )]
    Unset(KeysArgs),
    /// Import config vars from a dotenv file
    #[command(
        name = "config:import",
        long_about = "Import config vars from a dotenv file (`-` reads stdin), as one release.\n\n\
            The file may have comments, `export ` prefixes, single and double quotes, escapes \
            and multi-line quoted values. Keys already set are kept unless --overwrite; \
            --prune removes the keys the file lacks. What will change is shown first; with \
            --dry-run nothing is sent.",
        after_help = "Examples:\n  belt config:import .env -a demo\n  belt config:import prod.env --overwrite --prune -a demo --dry-run\n  cat .env | belt config:import - -a demo"
    )]
    Import(ImportArgs),
    /// Export config vars as dotenv, JSON or shell
    #[command(
        name = "config:export",
        long_about = "Export config vars. The dotenv output reads back with config:import to the \
            identical set of vars.",
        after_help = "Examples:\n  belt config:export -a demo > .env\n  belt config:export --format shell -a demo"
    )]
    Export(ExportArgs),
    /// Edit config vars in $EDITOR
    #[command(
        name = "config:edit",
        long_about = "Edit config vars in $VISUAL or $EDITOR (which may include arguments, such \
            as `code --wait`), as a dotenv file. The changes are shown, then applied as one \
            release; with --dry-run nothing is sent.",
        after_help = "Examples:\n  belt config:edit -a demo\n  EDITOR='code --wait' belt config:edit -a demo"
    )]
    Edit,
    /// Compare the config vars of two apps
    #[command(
        name = "config:diff",
        long_about = "Compare the config vars of two apps: the keys only in APP_A (`-`), only in \
            APP_B (`+`), and in both with different values (`~`). APP_B is the current app \
            (-a, or the git remote) when omitted. Values are masked unless --values; --json \
            prints {app_a, app_b, equal, masked, only_in_a, only_in_b, different}.\n\n\
            Exits 0 when the two are the same and 1 when they differ, as diff(1) does, so a \
            pipeline step can gate on it.",
        after_help = "Examples:\n  belt config:diff demo-staging -a demo\n  belt config:diff demo-staging demo --values\n  belt config:diff demo-staging demo --json | jq '.different | keys'"
    )]
    Diff(super::config_insight::DiffArgs),
    /// Show which release changed which config var, and who
    #[command(
        name = "config:history",
        long_about = "List every change of the app's config vars, newest first: the release \
            version, who made it, when, whether the key was set, changed or removed, and the \
            release's description (a rollback reads `Rollback to vN`). With KEY, only that \
            key's changes; -n N shows the N most recent. Values are masked unless --values.\n\n\
            Each release's config vars are read from the backend and compared with the release \
            before it. A release whose config cannot be read is named on stderr, and a change \
            across it is shown at the next release that could be read. --json prints {app, \
            key, masked, changes: [...], unreadable: [...]}.",
        after_help = "Examples:\n  belt config:history -a demo\n  belt config:history DATABASE_URL -a demo\n  belt config:history -n 5 --json -a demo"
    )]
    History(super::config_insight::HistoryArgs),
}

#[derive(Debug, Args)]
pub struct ShellFlag {
    /// Print KEY='value' lines a shell can source
    #[arg(short, long)]
    pub shell: bool,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Config var names
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
    #[command(flatten)]
    pub shell: ShellFlag,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// KEY=VALUE pairs, or one KEY with --stdin or --file
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
    /// Read the one KEY's value from standard input, all of it (a terminal is asked, without echo)
    #[arg(long, conflicts_with = "file")]
    pub stdin: bool,
    /// Read the one KEY's value from the file at PATH, byte for byte
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct KeysArgs {
    /// Config var names
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The dotenv file, or `-` for stdin
    pub file: String,
    /// Replace the values of keys that are already set
    #[arg(long)]
    pub overwrite: bool,
    /// Remove config vars the file does not have
    #[arg(long)]
    pub prune: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Dotenv,
    Json,
    Shell,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_enum, default_value = "dotenv")]
    pub format: ExportFormat,
}

pub async fn run(ctx: &Context, command: ConfigCommand) -> Result<()> {
    match command {
        ConfigCommand::Show(args) => show(ctx, args).await,
        ConfigCommand::Get(args) => get(ctx, args).await,
        ConfigCommand::Add(args) => add(ctx, args).await,
        ConfigCommand::Unset(args) => unset(ctx, args).await,
        ConfigCommand::Import(args) => import(ctx, args).await,
        ConfigCommand::Export(args) => export(ctx, args).await,
        ConfigCommand::Edit => edit(ctx).await,
        ConfigCommand::Diff(args) => super::config_insight::diff(ctx, args).await,
        ConfigCommand::History(args) => super::config_insight::history(ctx, args).await,
    }
}

fn check_key(key: &str) -> Result<()> {
    if dotenv::valid_key(key) {
        Ok(())
    } else {
        Err(Error::Usage(PairError::InvalidKey(key.into()).to_string()))
    }
}

/// `KEY=VALUE` → (KEY, VALUE), split at the first `=` (belt-text's parser, fuzzed there); a
/// usage error otherwise.
pub fn parse_pair(pair: &str) -> Result<(String, String)> {
    belt_text::key_value::parse_pair(pair).map_err(|e| Error::Usage(e.to_string()))
}

/// The app's config vars.
async fn fetch(ctx: &Context, app: &str) -> Result<Fetched<ConfigMap>> {
    ctx.client().await?.config_vars(app).info().await
}

/// How `config` shows the vars to people.
enum Shown {
    /// `=== demo Config Vars` and `KEY: value` pairs.
    Pairs,
    /// `KEY='value'` lines a shell can source.
    Shell,
    /// A dotenv file `config:import` reads back.
    Dotenv,
    /// The map whole, as with `--json` (`config:export --format json`).
    Json,
}

/// The config vars: the map whole for `--json`, pairs, shell lines or dotenv for people.
struct Config {
    app: String,
    vars: Fetched<ConfigMap>,
    shown: Shown,
}

impl View for Config {
    fn json(&self) -> Value {
        self.vars.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let config = &self.vars.model;
        match self.shown {
            Shown::Json => out.json(&self.vars.raw),
            Shown::Shell => print_shell(out, config),
            Shown::Dotenv => {
                let text = dotenv::format(config);
                out.line(text.trim_end_matches('\n'))
            }
            Shown::Pairs => {
                out.header(format!("{} Config Vars", self.app))?;
                if config.is_empty() {
                    return out.line(format!("{} has no config vars.", self.app));
                }
                print_key_values(out, config)
            }
        }
    }
}

async fn show(ctx: &Context, args: ShellFlag) -> Result<()> {
    let app = ctx.app().await?;
    let vars = fetch(ctx, &app).await?;
    let shown = if args.shell {
        Shown::Shell
    } else {
        Shown::Pairs
    };
    ctx.out.emit(&Config { app, vars, shown })
}

fn print_shell(out: &Output, config: &ConfigMap) -> Result<()> {
    let text = dotenv::shell_lines(config);
    out.line(text.trim_end_matches('\n'))
}

fn print_key_values(out: &Output, config: &ConfigMap) -> Result<()> {
    let pairs: Vec<(&str, String)> = config
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    out.line(key_values(&pairs))
}

/// `config:get`: the values of the keys asked for, `null` (or an empty line) when unset.
struct Picked {
    keys: Vec<String>,
    config: ConfigMap,
    shell: bool,
}

impl View for Picked {
    fn json(&self) -> Value {
        let picked: serde_json::Map<String, Value> = self
            .keys
            .iter()
            .map(|k| {
                (
                    k.clone(),
                    self.config
                        .get(k)
                        .map_or(Value::Null, |v| Value::from(v.as_str())),
                )
            })
            .collect();
        Value::Object(picked)
    }

    fn human(&self, out: &Output) -> Result<()> {
        for key in &self.keys {
            let value = self.config.get(key).map_or("", String::as_str);
            if self.shell {
                out.line(format!("{key}={}", dotenv::shell_quote(value)))?;
            } else {
                out.line(value)?;
            }
        }
        Ok(())
    }
}

async fn get(ctx: &Context, args: GetArgs) -> Result<()> {
    for key in &args.keys {
        check_key(key)?;
    }
    let app = ctx.app().await?;
    let config = fetch(ctx, &app).await?.model;
    ctx.out.emit(&Picked {
        keys: args.keys,
        config,
        shell: args.shell.shell,
    })
}

/// Sends `diff` as one PATCH with a `MESSAGE ⬢ APP... done, vN` line; returns the new config.
async fn apply(ctx: &Context, app: &str, diff: &ConfigDiff, message: &str) -> Result<Value> {
    let client = ctx.client().await?;
    let action = ctx
        .out
        .action(format!("{message} {}", ctx.out.err_style.app(app)));
    let raw = client.config_vars(app).update(diff.changes()).await?;
    match client.releases(app).newest_version().await? {
        Some(version) => action.finish(&format!("done, v{version}")),
        None => action.done(),
    }
    Ok(raw)
}

/// `config:add`: the new config whole for `--json`; the pairs set, for people. A value read
/// from `--stdin` or `--file` shows as `<redacted>` in both.
struct Set {
    raw: Value,
    set: ConfigMap,
}

impl Set {
    fn redacting(mut raw: Value, key: &str) -> Set {
        if let Some(value) = raw.get_mut(key) {
            *value = Value::from(REDACTED_VALUE);
        }
        let set = ConfigMap::from([(key.to_string(), REDACTED_VALUE.to_string())]);
        Set { raw, set }
    }
}

impl View for Set {
    fn json(&self) -> Value {
        self.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        print_key_values(out, &self.set)
    }
}

async fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    if let Some(source) = SecretSource::of(&args) {
        return add_secret(ctx, &source, &args.pairs).await;
    }
    let pairs = args
        .pairs
        .iter()
        .map(|p| parse_pair(p))
        .collect::<Result<Vec<_>>>()?;
    let app = ctx.app().await?;
    let set: ConfigMap = pairs.into_iter().collect();
    let raw = set_vars(ctx, &app, &set).await?;
    ctx.out.emit(&Set { raw, set })
}

/// `config:set KEY --stdin|--file`: the value read only once the app is known, so a prompt
/// is never answered for nothing.
async fn add_secret(ctx: &Context, source: &SecretSource, pairs: &[String]) -> Result<()> {
    let key = source.key(pairs)?;
    let app = ctx.app().await?;
    let value = source.read(&ctx.out, &key)?;
    let set = ConfigMap::from([(key.clone(), value)]);
    let raw = set_vars(ctx, &app, &set).await?;
    ctx.out.emit(&Set::redacting(raw, &key))
}

/// Sets `set` as one release; the new config whole.
async fn set_vars(ctx: &Context, app: &str, set: &ConfigMap) -> Result<Value> {
    let diff = ConfigDiff {
        added: set.clone(),
        ..ConfigDiff::default()
    };
    let keys = set
        .keys()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    apply(ctx, app, &diff, &format!("Setting {keys} and restarting")).await
}

async fn unset(ctx: &Context, args: KeysArgs) -> Result<()> {
    for key in &args.keys {
        check_key(key)?;
    }
    let app = ctx.app().await?;
    let diff = ConfigDiff {
        removed: args
            .keys
            .iter()
            .map(|k| (k.clone(), String::new()))
            .collect(),
        ..ConfigDiff::default()
    };
    let keys = diff.removed.keys().cloned().collect::<Vec<_>>().join(", ");
    let raw = apply(
        ctx,
        &app,
        &diff,
        &format!("Unsetting {keys} and restarting"),
    )
    .await?;
    ctx.out.emit(&Quiet(raw))
}

/// Reads and parses a dotenv file (`-` is stdin); errors name the file and line.
fn read_dotenv(file: &str) -> Result<ConfigMap> {
    let text = if file == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", e))?;
        text
    } else {
        std::fs::read_to_string(file)
            .map_err(|e| Error::Usage(format!("cannot read {file}: {e}")))?
    };
    let name = if file == "-" { "<stdin>" } else { file };
    dotenv::parse(&text).map_err(|e| Error::Usage(format!("{name}: {e}")))
}

/// An empty change: the empty diff for `--json`, "No changes." for people.
struct NoChanges(ConfigDiff);

impl View for NoChanges {
    fn json(&self) -> Value {
        self.0.to_json()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line("No changes.")
    }
}

/// Shows `diff` (unless --json) and applies it; "No changes." when there are none.
async fn review_and_apply(ctx: &Context, app: &str, diff: ConfigDiff) -> Result<()> {
    if diff.is_empty() {
        return ctx.out.emit(&NoChanges(diff));
    }
    ctx.out
        .preview(std::future::ready(Ok(diff.lines())))
        .await?;
    let message = format!("Updating {} and restarting", diff.keys().join(", "));
    let raw = apply(ctx, app, &diff, &message).await?;
    ctx.out.emit(&Quiet(raw))
}

async fn import(ctx: &Context, args: ImportArgs) -> Result<()> {
    let file = read_dotenv(&args.file)?;
    let app = ctx.app().await?;
    let current = fetch(ctx, &app).await?.model;
    let mut target = if args.prune {
        ConfigMap::new()
    } else {
        current.clone()
    };
    let mut kept = Vec::new();
    for (key, value) in file {
        match current.get(&key) {
            Some(old) if !args.overwrite => {
                if *old != value {
                    kept.push(key.clone());
                }
                target.insert(key, old.clone());
            }
            _ => {
                target.insert(key, value);
            }
        }
    }
    if !kept.is_empty() {
        ctx.out.warn(format!(
            "kept the current values of {} (use --overwrite to replace them)",
            kept.join(", ")
        ));
    }
    review_and_apply(ctx, &app, ConfigDiff::between(&current, &target)).await
}

async fn export(ctx: &Context, args: ExportArgs) -> Result<()> {
    let app = ctx.app().await?;
    let vars = fetch(ctx, &app).await?;
    let shown = match args.format {
        ExportFormat::Json => Shown::Json,
        ExportFormat::Shell => Shown::Shell,
        ExportFormat::Dotenv => Shown::Dotenv,
    };
    ctx.out.emit(&Config { app, vars, shown })
}

async fn edit(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let current = fetch(ctx, &app).await?.model;
    let file = std::env::temp_dir().join(format!("belt-config-{}.env", uuid::Uuid::new_v4()));
    let header =
        format!("# Config vars of {app}. Save and quit to apply; delete a line to unset.\n");
    belt_fs::write_atomic(&file, (header + &dotenv::format(&current)).as_bytes())?;
    let edited = run_editor(&file).and_then(|()| read_dotenv(&file.to_string_lossy()));
    let _ = std::fs::remove_file(&file);
    review_and_apply(ctx, &app, ConfigDiff::between(&current, &edited?)).await
}

/// Runs `$VISUAL` or `$EDITOR` (default `vi`) on `file` through `sh`, so an editor given
/// with arguments (`code --wait`) works; the file name is passed as `$1`, never re-parsed.
fn run_editor(file: &Path) -> Result<()> {
    let editor = [crate::env::VISUAL, crate::env::EDITOR]
        .iter()
        .find_map(|var| var.get().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| "vi".into());
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file)
        .status()
        .map_err(|e| Error::Failed(format!("cannot run the editor {editor:?}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::Failed(format!(
            "the editor {editor:?} exited with {status}; nothing was changed"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parsing itself is tested in belt-text; here, that its errors are usage errors.
    #[test]
    fn bad_pairs_are_usage_errors() {
        let error = parse_pair("FOO").unwrap_err();
        assert_eq!(
            error.to_string(),
            "FOO is invalid. Must be in the format FOO=bar."
        );
        assert_eq!(error.exit_code(), 2);
        assert_eq!(parse_pair("BAD-KEY=1").unwrap_err().exit_code(), 2);
    }
}
