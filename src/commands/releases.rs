//! releases: list, info, diff, rollback and a release command's output. A rollback is a new
//! release carrying an earlier one's code and config vars.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::shared::{Followed, Shown, follow_release_output};
use crate::api::Client;
use crate::api::models::{Release, Slug, decode};
use crate::config_diff::ConfigDiff;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::forms::Human;
use crate::output::{Output, View, key_values, table};
use belt_text::dotenv::{self, ConfigMap};

#[derive(Debug, Subcommand)]
pub enum ReleasesCommand {
    /// List the releases of an app, newest first
    #[command(
        name = "releases",
        long_about = "List an app's releases, newest first, marking the current one.\n\n\
            Every config change, add-on change, deploy and rollback is a release.",
        after_help = "Examples:\n  belt releases -a demo\n  belt releases -n 50 --json -a demo"
    )]
    List(ListArgs),
    /// Show a release (the current one by default)
    #[command(
        name = "releases:info",
        long_about = "Show one release (the current one by default): version, description, user, \
            time, slug and the config vars it carries.",
        after_help = "Examples:\n  belt releases:info -a demo\n  belt releases:info v3 --shell -a demo"
    )]
    Info(InfoArgs),
    /// Show what changed between two releases
    #[command(
        name = "releases:diff",
        long_about = "Show the config vars added, removed and changed, and the slug (code) change, \
            from release vA to release vB (the current release by default).",
        after_help = "Examples:\n  belt releases:diff v3 -a demo\n  belt releases:diff v3 v5 --json -a demo"
    )]
    Diff(DiffArgs),
    /// Roll back to an earlier release
    #[command(
        name = "releases:rollback",
        visible_alias = "rollback",
        long_about = "Roll back to an earlier release: a new release carrying its code and config \
            vars (add-ons are not changed). Without a version, the release before the current \
            one. With --dry-run the changes are shown and nothing is sent.",
        after_help = "Examples:\n  belt rollback -a demo\n  belt releases:rollback v3 -a demo --dry-run"
    )]
    Rollback(RollbackArgs),
    /// Show a release's release command output (the newest release by default)
    #[command(
        name = "releases:output",
        long_about = "Print the output of a release's release command (the Procfile's `release:` \
            process), following it while the command runs. The newest release by default.",
        after_help = "Examples:\n  belt releases:output -a demo\n  belt releases:output v5 -a demo"
    )]
    Output(OutputArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// How many releases to show (any number: belt reads as many pages as it takes)
    #[arg(short, long, default_value_t = 15, value_parser = clap::value_parser!(u32).range(1..))]
    pub num: u32,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// The release (vN or an id); the current one when omitted
    pub release: Option<String>,
    /// Print the release's config vars as KEY='value' lines
    #[arg(short, long)]
    pub shell: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The release to compare from (vN or an id)
    pub from: String,
    /// The release to compare to; the current one when omitted
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// The release (vN or an id); the newest one when omitted
    pub release: Option<String>,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// The release to roll back to (vN or an id); the previous one when omitted
    pub release: Option<String>,
}

pub async fn run(ctx: &Context, command: ReleasesCommand) -> Result<()> {
    match command {
        ReleasesCommand::List(args) => list(ctx, args).await,
        ReleasesCommand::Info(args) => info(ctx, args).await,
        ReleasesCommand::Diff(args) => diff(ctx, args).await,
        ReleasesCommand::Rollback(args) => rollback(ctx, args).await,
        ReleasesCommand::Output(args) => output(ctx, args).await,
    }
}

/// `v3`, `3` or a release id, as the identity in a path; a usage error otherwise, before
/// anything is sent.
fn release_identity(text: &str) -> Result<String> {
    if uuid::Uuid::try_parse(text).is_ok() {
        return Ok(text.to_string());
    }
    let digits = text.strip_prefix(['v', 'V']).unwrap_or(text);
    match digits.parse::<u64>() {
        Ok(version) if version > 0 => Ok(version.to_string()),
        _ => Err(Error::Usage(format!(
            "invalid release {text:?}: expected a version such as v3, or a release id"
        ))),
    }
}

/// How many recent releases to search for the current one and the one before it.
const SEARCH: u32 = 100;

/// The current release and the releases before it, newest first.
async fn current_and_older(client: &Client, app: &str) -> Result<(Value, Vec<Release>)> {
    let raw = client.releases(app).newest(SEARCH).await?;
    let releases: Vec<Release> = raw.iter().map(decode).collect::<Result<_>>()?;
    let index = releases
        .iter()
        .position(|r| r.current)
        .ok_or_else(|| Error::NotFound(format!("{app} has no current release")))?;
    Ok((raw[index].clone(), releases[index + 1..].to_vec()))
}

/// The release named on the command line, or the current one.
async fn fetch_or_current(client: &Client, app: &str, identity: Option<&str>) -> Result<Value> {
    match identity {
        Some(identity) => client.releases(app).info(identity).await,
        None => Ok(current_and_older(client, app).await?.0),
    }
}

/// `2026/11/23 10:00:00 +0000`, as the Heroku CLI shows release times.
fn when(created_at: Option<&str>) -> String {
    use time::format_description::well_known::Rfc3339;
    let raw = created_at.unwrap_or_default();
    let format = time::macros::format_description!(
        "[year]/[month]/[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
    );
    time::OffsetDateTime::parse(raw, &Rfc3339)
        .ok()
        .and_then(|t| t.format(format).ok())
        .unwrap_or_else(|| raw.to_string())
}

fn user_email(release: &Release) -> String {
    release
        .user
        .as_ref()
        .and_then(|u| u.email.clone())
        .unwrap_or_default()
}

/// What the Heroku CLI says of a release that is not plainly succeeded.
fn status_text(release: &Release) -> Option<&'static str> {
    match release.status.as_deref() {
        Some("failed") => Some("release command failed"),
        Some("pending") => Some("release command executing"),
        Some("expired") => Some("release expired"),
        _ => None,
    }
}

/// The description, followed by the status when the release did not succeed (`releases`).
fn description(release: &Release) -> String {
    let text = release.description.clone().unwrap_or_default();
    match status_text(release) {
        Some(status) => format!("{text} {status}"),
        None => text,
    }
}

/// The description with the status in parentheses (`releases:info`'s `Change`).
fn change(release: &Release) -> String {
    let text = release.description.clone().unwrap_or_default();
    match status_text(release) {
        Some(status) => format!("{text} ({status})"),
        None => text,
    }
}

/// `releases`: the newest releases, raw, newest first.
struct ReleaseList {
    app: String,
    raw: Vec<Value>,
}

impl View for ReleaseList {
    fn json(&self) -> Value {
        Value::Array(self.raw.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app;
        let releases: Vec<Release> = self.raw.iter().map(decode).collect::<Result<_>>()?;
        let current = releases
            .iter()
            .find(|r| r.current)
            .map(|r| format!(" - Current: v{}", r.version))
            .unwrap_or_default();
        out.header(format!("{app} Releases{current}"))?;
        if releases.is_empty() {
            return out.line(format!("{app} has no releases."));
        }
        let rows: Vec<Vec<String>> = releases
            .iter()
            .map(|r| {
                vec![
                    format!("v{}", r.version),
                    description(r),
                    user_email(r),
                    when(r.created_at.as_deref()),
                ]
            })
            .collect();
        out.line(table(
            &["Version", "Description", "User", "Created at"],
            &rows,
        ))
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let app = ctx.app().await?;
    let raw = ctx.client().await?.releases(&app).newest(args.num).await?;
    ctx.out.emit(&ReleaseList { app, raw })
}

/// `releases:info` for people: the release and its config vars, as pairs or shell lines.
struct ReleaseInfo {
    release: Release,
    config: ConfigMap,
    shell: bool,
}

impl Human for ReleaseInfo {
    fn human(&self, out: &Output) -> Result<()> {
        let (release, config) = (&self.release, &self.config);
        if self.shell {
            let text = dotenv::shell_lines(config);
            return out.line(text.trim_end_matches('\n'));
        }
        out.header(format!("Release v{}", release.version))?;
        let mut pairs = vec![
            ("Add-ons", release.addon_plan_names.join("\n")),
            ("Change", change(release)),
            ("By", user_email(release)),
            ("When", when(release.created_at.as_deref())),
        ];
        if release.current {
            pairs.push(("Current", "yes".into()));
        }
        out.line(key_values(&pairs))?;
        out.line("")?;
        out.header(format!("v{} Config vars", release.version))?;
        let vars: Vec<(&str, String)> = config
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        out.line(key_values(&vars))
    }
}

async fn info(ctx: &Context, args: InfoArgs) -> Result<()> {
    let identity = args.release.as_deref().map(release_identity).transpose()?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let raw = fetch_or_current(client, &app, identity.as_deref()).await?;
    let with_config = async {
        let release: Release = decode(&raw)?;
        let config = client.releases(&app).config_vars(&release.id).await?;
        Ok::<_, Error>(ReleaseInfo {
            release,
            config,
            shell: args.shell,
        })
    };
    ctx.out
        .emit_either(async { Ok(raw.clone()) }, with_config)
        .await
}

/// The config and code change from one release to another.
struct ReleaseDiff {
    from: Release,
    to: Release,
    config: ConfigDiff,
    from_slug: Option<Slug>,
    to_slug: Option<Slug>,
}

impl ReleaseDiff {
    async fn between(client: &Client, app: &str, from: Release, to: Release) -> Result<Self> {
        let releases = client.releases(app);
        let config = ConfigDiff::between(
            &releases.config_vars(&from.id).await?,
            &releases.config_vars(&to.id).await?,
        );
        Ok(ReleaseDiff {
            from_slug: slug(client, app, &from).await,
            to_slug: slug(client, app, &to).await,
            from,
            to,
            config,
        })
    }

    fn to_json(&self) -> Value {
        let side = |r: &Release, slug: &Option<Slug>| {
            json!({
                "version": r.version,
                "id": r.id,
                "slug": slug.as_ref().map(|s| json!({"id": s.id, "commit": s.commit})),
            })
        };
        json!({
            "from": side(&self.from, &self.from_slug),
            "to": side(&self.to, &self.to_slug),
            "config_vars": self.config.to_json(),
            "slug_changed": self.slug_changed(),
        })
    }

    fn slug_changed(&self) -> bool {
        let id = |s: &Option<Slug>| s.as_ref().map(|s| s.id.clone());
        id(&self.from_slug) != id(&self.to_slug)
    }

    fn lines(&self) -> Vec<String> {
        let mut lines = if self.config.is_empty() {
            vec!["Config vars: no changes".to_string()]
        } else {
            self.config.lines()
        };
        let describe = |s: &Option<Slug>| match s {
            None => "none".to_string(),
            Some(s) => match &s.commit {
                Some(commit) => format!("{} (commit {commit})", s.id),
                None => s.id.clone(),
            },
        };
        lines.push(if self.slug_changed() {
            format!(
                "Slug: {} → {}",
                describe(&self.from_slug),
                describe(&self.to_slug)
            )
        } else {
            "Slug: no changes".to_string()
        });
        lines
    }
}

/// The release's slug, with its commit when the backend can tell it.
async fn slug(client: &Client, app: &str, release: &Release) -> Option<Slug> {
    let id = release.slug.as_ref()?.id.clone()?;
    // A backend without the slugs endpoint still has the id.
    Some(
        client
            .slugs(app)
            .info(&id)
            .await
            .unwrap_or(Slug { id, commit: None }),
    )
}

/// `releases:diff`: the change between two releases of an app.
struct DiffView {
    app: String,
    diff: ReleaseDiff,
}

impl View for DiffView {
    fn json(&self) -> Value {
        self.diff.to_json()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let diff = &self.diff;
        out.header(format!(
            "{} v{} → v{}",
            self.app, diff.from.version, diff.to.version
        ))?;
        out.line(diff.lines().join("\n"))
    }
}

async fn diff(ctx: &Context, args: DiffArgs) -> Result<()> {
    let from = release_identity(&args.from)?;
    let to = args.to.as_deref().map(release_identity).transpose()?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let from: Release = decode(&client.releases(&app).info(&from).await?)?;
    let to: Release = decode(&fetch_or_current(client, &app, to.as_deref()).await?)?;
    let diff = ReleaseDiff::between(client, &app, from, to).await?;
    ctx.out.emit(&DiffView { app, diff })
}

/// What people read after a rollback, on stderr: what it did not do and how to undo it.
struct RolledBack {
    raw: Value,
    undo: String,
}

impl View for RolledBack {
    fn json(&self) -> Value {
        self.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.warn("Rollback affects code and config vars; it doesn't add or remove addons.");
        out.err_line(&self.undo);
        Ok(())
    }
}

async fn rollback(ctx: &Context, args: RollbackArgs) -> Result<()> {
    let identity = args.release.as_deref().map(release_identity).transpose()?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let releases = client.releases(&app);
    let (current, older) = current_and_older(client, &app).await?;
    let current: Release = decode(&current)?;
    let target: Release = match identity {
        Some(identity) => decode(&releases.info(&identity).await?)?,
        None => older
            .into_iter()
            .find(|r| r.eligible_for_rollback)
            .ok_or_else(|| {
                Error::NotFound(format!(
                    "{app} has no release before v{} to roll back to",
                    current.version
                ))
            })?,
    };
    if ctx.globals.dry_run {
        let diff = async {
            let diff = ReleaseDiff::between(client, &app, current.clone(), target.clone()).await?;
            Ok::<_, Error>(diff.lines())
        };
        ctx.out.preview(diff).await?;
    }
    let action = ctx.out.action(format!(
        "Rolling back {} to v{}",
        ctx.out.err_style.app(&app),
        target.version
    ));
    let created = releases.rollback(&target.id).await?;
    action.finish(&format!("done, v{}", created.model.version));
    ctx.out.emit(&RolledBack {
        raw: created.raw,
        undo: format!("To undo, run: belt rollback v{} -a {app}", current.version),
    })
}

/// `releases:output`: the release command's output, to its end, as the Heroku CLI prints it.
async fn output(ctx: &Context, args: OutputArgs) -> Result<()> {
    let identity = args.release.as_deref().map(release_identity).transpose()?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let raw = match identity {
        Some(identity) => client.releases(&app).info(&identity).await?,
        None => client
            .releases(&app)
            .newest(1)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| Error::NotFound(format!("{app} has no releases")))?,
    };
    let release: Release = decode(&raw)?;
    let Some(url) = release.output_stream_url.as_deref() else {
        ctx.out.warn(format!(
            "Release v{} has no release output available.",
            release.version
        ));
        return Ok(());
    };
    match follow_release_output(ctx, client, &app, &release.id, url, Shown::Output).await? {
        Followed::Ended(_) => Ok(()),
        Followed::NotStarted => {
            ctx.out
                .warn("Release command not started yet. Please try again in a few seconds.");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_identities() {
        assert_eq!(release_identity("v3").unwrap(), "3");
        assert_eq!(release_identity("12").unwrap(), "12");
        let id = "01234567-89ab-4def-8123-456789abcdef";
        assert_eq!(release_identity(id).unwrap(), id);
        for bad in ["", "v", "v0", "vx", "-1", "v3.1", "../x"] {
            assert_eq!(release_identity(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn times_read_like_herokus() {
        assert_eq!(
            when(Some("2026-11-23T10:00:05Z")),
            "2026/11/23 10:00:05 +0000"
        );
        assert_eq!(when(Some("not a time")), "not a time");
    }
}
