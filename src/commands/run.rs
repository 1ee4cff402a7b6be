//! run: one-off dynos, attached (belt exits with the command's status) or detached.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};

use crate::api::Fetched;
use crate::api::endpoints::NewDyno;
use crate::api::models::Dyno;
use crate::api::rendezvous::{self, InputEnd, Target};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View};
use crate::terminal::{self, RawMode};

/// Ctrl-C, which a terminal session sends to the dyno as this byte.
const CTRL_C: u8 = 0x03;
/// This many Ctrl-C within `FORCE_WINDOW` disconnect from a dyno that does not react to them.
const FORCE_PRESSES: usize = 4;
const FORCE_WINDOW: Duration = Duration::from_secs(1);

#[derive(Debug, Subcommand)]
pub enum RunCommand {
    /// Run a one-off command on a dyno, attached to this terminal
    #[command(
        name = "run",
        long_about = "Run a one-off command on a dyno, attached to this terminal.\n\n\
            The command runs with `sh -c` in the app's deployed source, with its config vars as \
            environment. belt's input goes to it (piped input ends with its end of file, sent \
            as Ctrl-D as Heroku expects), its output comes back, and belt exits with its exit \
            status. That status is what an `echo` appended to the command prints, as with \
            `heroku run --exit-code`: a command that ends its own shell (`exit 7`) or is killed \
            reports none, and belt exits 1; `sh -c 'exit 7'` exits 7.\n\n\
            When both belt's input and output are a terminal, the command gets a terminal of \
            the same size and this one is put in raw mode until it ends: shells, editors and \
            line editing work, and Ctrl-C interrupts the remote command, not belt (four Ctrl-C \
            within a second disconnect). --no-tty runs it on plain pipes instead.",
        after_help = "Examples:\n  belt run -a demo -- python manage.py shell\n  \
            belt run -a demo -- bash\n  \
            belt run -a demo -e \"DEBUG=1;LEVEL=2\" -- env\n  echo hi | belt run -a demo -- cat"
    )]
    Run(RunArgs),
    /// Run a one-off command on a dyno in the background
    #[command(
        name = "run:detached",
        long_about = "Run a one-off command on a dyno in the background. Its output goes to the \
            app's logs, under the dyno's name.",
        after_help = "Examples:\n  belt run:detached -a demo -- rake db:migrate"
    )]
    Detached(DetachedArgs),
}

#[derive(Debug, Args)]
pub struct DynoArgs {
    /// Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)
    #[arg(short, long, value_name = "SIZE")]
    pub size: Option<String>,
    /// Environment for the command, e.g. "A=1;B=2" (may be repeated)
    #[arg(short, long, value_name = "VARS")]
    pub env: Vec<String>,
    /// Process type the dyno is reported as
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// The command and its arguments (after `--`)
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub dyno: DynoArgs,
    /// Run the command on plain pipes, not a terminal, even from a terminal
    #[arg(long)]
    pub no_tty: bool,
    /// Exit with the command's status (always done; accepted for Heroku CLI compatibility)
    #[arg(short = 'x', long)]
    pub exit_code: bool,
}

#[derive(Debug, Args)]
pub struct DetachedArgs {
    #[command(flatten)]
    pub dyno: DynoArgs,
}

pub async fn run(ctx: &Context, command: RunCommand) -> Result<()> {
    match command {
        RunCommand::Run(args) => attached(ctx, args).await,
        RunCommand::Detached(args) => detached(ctx, args).await,
    }
}

/// `Running COMMAND on ⬢ APP`, the progress line of both commands.
fn running(ctx: &Context, command: &str, app: &str) -> String {
    format!("Running {command} on {}", ctx.out.err_style.app(app))
}

/// Starts the dyno with `env` and then `-e`'s variables.
async fn create(
    ctx: &Context,
    app: &str,
    command: String,
    args: &DynoArgs,
    mut env: BTreeMap<String, String>,
    (attach, force_no_tty): (bool, Option<bool>),
) -> Result<Fetched<Dyno>> {
    env.extend(parse_env(&args.env)?);
    let dyno = NewDyno {
        command,
        env,
        size: args.size.clone(),
        kind: args.kind.clone(),
        attach,
        force_no_tty,
    };
    ctx.client().await?.dynos(app).create(&dyno).await
}

async fn attached(ctx: &Context, args: RunArgs) -> Result<()> {
    let app = ctx.app().await?;
    let command = shell_command(&args.dyno.command);
    // A terminal on the dyno only with a person at a terminal here; otherwise input and
    // output are plain streams (and piped input ends with its end of file).
    let tty = !args.no_tty && ctx.out.stdin_tty && ctx.out.stdout_tty;
    // Finished once the dyno answers, as the Heroku CLI does.
    let action = ctx.out.action(running(ctx, &command, &app));
    let env = if tty { terminal_env() } else { BTreeMap::new() };
    let remote = rendezvous::with_exit_status(&command);
    let dyno = create(ctx, &app, remote, &args.dyno, env, (true, Some(!tty)))
        .await?
        .model;
    let url = dyno.attach_url.as_deref().ok_or_else(|| Error::Protocol {
        message: "the backend started the dyno without an attach URL".into(),
        request_id: None,
    })?;
    let target = Target::parse(url)?;
    let extra_ca = &ctx.session().await?.extra_ca;
    let name = dyno.name.clone();
    let (input, input_end, forced): (Box<dyn AsyncRead + Unpin + Send>, _, _) = if tty {
        let (input, forced) = terminal_input();
        (Box::new(input), InputEnd::Close, Some(forced))
    } else {
        (Box::new(tokio::io::stdin()), InputEnd::Eot, None)
    };
    // Dropped, which restores the terminal, on every way out of this function.
    let mut raw: Option<RawMode> = None;
    let session = rendezvous::attach(
        &target,
        extra_ca,
        input,
        input_end,
        tokio::io::stdout(),
        || {
            action.finish(&format!("up, {name}"));
            if tty {
                // A terminal that cannot be switched still works, line by line.
                raw = RawMode::enable().ok();
            }
        },
    );
    let status = tokio::select! {
        status = session => status,
        Some(()) = async { forced?.await.ok() } => {
            Err(Error::Failed("forcing dyno disconnect".into()))
        }
        signal = hung_up(tty) => Err(Error::Exit(signal)),
    };
    drop(raw);
    match status? {
        0 => Ok(()),
        // Exit statuses are 0..=255; anything else is reported as a plain failure.
        status @ 1..=255 => Err(Error::Exit(status)),
        _ => Err(Error::Exit(1)),
    }
}

/// What the dyno's terminal is told about this one, as the Heroku CLI sends it: `TERM`, and
/// the window size as `COLUMNS` and `LINES`.
fn terminal_env() -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    if let Some(term) = crate::env::TERM.get().filter(|t| !t.is_empty()) {
        env.insert(crate::env::TERM.name.to_string(), term);
    }
    if let Some((columns, lines)) = terminal::window_size() {
        env.insert("COLUMNS".to_string(), columns.to_string());
        env.insert("LINES".to_string(), lines.to_string());
    }
    env
}

/// Stdin, relayed as it is typed; the receiver fires when Ctrl-C is pressed
/// `FORCE_PRESSES` times within `FORCE_WINDOW`: the way out of a dyno that ignores them.
fn terminal_input() -> (
    impl AsyncRead + Unpin + Send + 'static,
    tokio::sync::oneshot::Receiver<()>,
) {
    let (reader, mut writer) = tokio::io::simplex(4096);
    let (force, forced) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let mut stdin = tokio::io::stdin();
        let mut presses: Vec<Instant> = Vec::new();
        let mut buf = vec![0u8; 4096];
        while let Ok(n) = stdin.read(&mut buf).await {
            if n == 0 {
                break;
            }
            let now = Instant::now();
            presses.extend(buf[..n].iter().filter(|b| **b == CTRL_C).map(|_| now));
            presses.retain(|at| now.duration_since(*at) < FORCE_WINDOW);
            if presses.len() >= FORCE_PRESSES {
                let _ = force.send(());
                return;
            }
            if writer.write_all(&buf[..n]).await.is_err() || writer.flush().await.is_err() {
                return;
            }
        }
        let _ = writer.shutdown().await;
    });
    (reader, forced)
}

/// Resolves with 128 + the signal's number when belt is told to stop (SIGTERM) or, during a
/// terminal session, its terminal goes away (SIGHUP): belt then ends in order, restoring the
/// terminal and, when the platform runs inside belt, stopping the dyno's processes with it.
/// Without a terminal SIGHUP keeps its usual effect (`nohup` ignores it).
async fn hung_up(tty: bool) -> i32 {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        async fn next(stream: Option<tokio::signal::unix::Signal>) {
            match stream {
                Some(mut stream) => {
                    stream.recv().await;
                }
                None => std::future::pending().await,
            }
        }
        let term = signal(SignalKind::terminate()).ok();
        let hup = if tty {
            signal(SignalKind::hangup()).ok()
        } else {
            None
        };
        tokio::select! {
            () = next(term) => 128 + 15,
            () = next(hup) => 128 + 1,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tty;
        std::future::pending().await
    }
}

/// `run:detached`: where the dyno's output goes.
struct Detached {
    app: String,
    dyno: Fetched<Dyno>,
}

impl View for Detached {
    fn json(&self) -> Value {
        self.dyno.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(format!(
            "Use belt logs -a {} --dyno {} to view the output.",
            self.app, self.dyno.model.name
        ))
    }
}

async fn detached(ctx: &Context, args: DetachedArgs) -> Result<()> {
    let app = ctx.app().await?;
    let command = shell_command(&args.dyno.command);
    let action = ctx.out.action(running(ctx, &command, &app));
    let env = BTreeMap::new();
    let dyno = create(ctx, &app, command, &args.dyno, env, (false, None)).await?;
    let size = dyno.model.size.as_deref().unwrap_or("");
    action.finish(&format!("done, {} ({size})", dyno.model.name));
    ctx.out.emit(&Detached { app, dyno })
}

/// `-e "A=1;B=2"` (repeatable) as a map; names are letters, digits and underscores.
fn parse_env(values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut env = BTreeMap::new();
    for pair in values.iter().flat_map(|v| v.split(';')) {
        let pair = pair.trim();
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair
            .split_once('=')
            .filter(|(k, _)| {
                !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
            .ok_or_else(|| {
                Error::Usage(format!(
                    "invalid environment variable {pair:?}: expected NAME=VALUE, e.g. -e \"A=1;B=2\""
                ))
            })?;
        env.insert(key.to_string(), value.to_string());
    }
    Ok(env)
}

/// The command line the dyno's `sh -c` gets. One argument is taken as a shell command as it
/// is (`belt run "ls | wc -l"`); several are quoted where needed, so each stays one word.
fn shell_command(args: &[String]) -> String {
    if let [one] = args {
        return one.clone();
    }
    args.iter()
        .map(|arg| quote(arg))
        .collect::<Vec<_>>()
        .join(" ")
}

fn quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,+@%^".contains(&b));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_pairs_parse() {
        let env = parse_env(&["A=1;B=two words".into(), "C=x=y;".into()]).unwrap();
        assert_eq!(env["A"], "1");
        assert_eq!(env["B"], "two words");
        assert_eq!(env["C"], "x=y");
        for bad in ["A", "=1", "A-B=1", "É=1"] {
            assert!(
                matches!(parse_env(&[bad.into()]), Err(Error::Usage(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn commands_are_quoted_for_sh() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(shell_command(&args(&["ls -la | wc"])), "ls -la | wc");
        assert_eq!(
            shell_command(&args(&["sh", "-c", "exit 7"])),
            "sh -c 'exit 7'"
        );
        assert_eq!(
            shell_command(&args(&["echo", "it's", ""])),
            r"echo 'it'\''s' ''"
        );
    }
}
