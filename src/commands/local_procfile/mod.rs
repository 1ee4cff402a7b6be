//! `local` and `local:run`: the Heroku CLI's `heroku local`. The working tree's Procfile runs
//! in the foreground with `.env` loaded (and, with `--app`, an app's config vars under it), one
//! `PORT` per process; `local:run` runs one command with the same environment.

mod environment;
mod plan;
mod supervise;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{Error, Result};
use belt_text::dotenv::shell_quote;

#[derive(Debug, Subcommand)]
pub enum LocalProcfileCommand {
    /// Run the Procfile's processes on this machine, as `heroku local` does
    #[command(
        name = "local",
        visible_alias = "local:start",
        long_about = "Run the Procfile's processes on this machine, in the foreground, as \
            `heroku local` does.\n\n\
            Each process runs with `sh -c` in its own process group, with belt's environment \
            plus the env file's variables (`.env`; a variable already set is never replaced) \
            and, with --app, the app's config vars under those. Every process gets its own \
            PORT: the first process type counts up from --port (else PORT, else 5006) for each \
            of its instances, the next from 100 higher, and so on. Output is prefixed with the \
            time and the process (`14:03:04 web.1 | ...`), coloured on a terminal.\n\n\
            Without PROCESS every type runs once but `release`; `web=2,worker` picks types and \
            counts. Ctrl-C sends SIGINT to every process and waits for them (a second Ctrl-C, \
            or 5 seconds, kills what is left); belt then exits 130. SIGTERM or SIGHUP to belt sends \
            SIGTERM instead, and belt exits 143. When one process exits the others are stopped \
            with SIGINT and belt exits with its status.",
        after_help = "Examples:\n  belt local\n  belt local web\n  belt local web=2,worker=1\n  \
            belt local -f Procfile.dev -e .env.dev -p 8000\n  belt local -a demo"
    )]
    Start(StartArgs),
    /// Run one command with the environment `belt local` gives its processes
    #[command(
        name = "local:run",
        long_about = "Run one command on this machine with the environment `belt local` gives \
            its processes: belt's own, plus the env file's variables (`.env`; a variable already \
            set is never replaced) and, with --app, the app's config vars under those. Its \
            input and output are belt's, and belt exits with its status. --port sets PORT.",
        after_help = "Examples:\n  belt local:run bin/migrate\n  \
            belt local:run -a demo -- python manage.py shell\n  belt local:run -e .env.test env"
    )]
    Run(RunArgs),
}

/// Where the environment comes from: the options both commands take.
#[derive(Debug, Args)]
pub struct EnvArgs {
    /// Env file to load, or a comma-separated list of them (defaults to .env)
    #[arg(short, long, value_name = "FILE")]
    pub env: Option<String>,
    /// Port to listen on (the first process's; defaults to PORT, then 5006)
    #[arg(short, long, value_name = "PORT")]
    pub port: Option<u16>,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Process types to run: NAME or NAME=COUNT, comma-separated or one per argument
    #[arg(value_name = "PROCESS")]
    pub processes: Vec<String>,
    /// Use a different Procfile
    #[arg(short = 'f', long, value_name = "FILE", default_value = "Procfile")]
    pub procfile: PathBuf,
    /// Command to run as web when there is no Procfile
    #[arg(long, value_name = "COMMAND")]
    pub start_cmd: Option<String>,
    #[command(flatten)]
    pub env: EnvArgs,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub env: EnvArgs,
    /// The command and its arguments (after `--` when they have options belt would take)
    #[arg(
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

pub async fn run(ctx: &Context, command: LocalProcfileCommand) -> Result<()> {
    match command {
        LocalProcfileCommand::Start(args) => start(ctx, args).await,
        LocalProcfileCommand::Run(args) => run_one(ctx, args).await,
    }
}

async fn start(ctx: &Context, args: StartArgs) -> Result<()> {
    let clock = supervise::Clock::local();
    let types = plan::process_types(&args.procfile, &args.processes, args.start_cmd.as_deref())?;
    if let (plan::Source::Procfile, Some(command)) = (&types.source, &args.start_cmd) {
        ctx.out.warn(format!(
            "The specified start command, {command}, is being ignored: {} exists.",
            args.procfile.display()
        ));
    }
    let env = environment::load(ctx, &args.env).await?;
    let base_port = env.base_port(args.env.port)?;
    let processes = plan::instances(&types, &args.processes, base_port)?;
    supervise::run_all(ctx, clock, &processes, &env.added).await
}

/// `local:run`: the words are quoted for `sh -c`, so each reaches the command as typed.
async fn run_one(ctx: &Context, args: RunArgs) -> Result<()> {
    let env = environment::load(ctx, &args.env).await?;
    if let Some(port) = args.env.port {
        environment::check_port(u32::from(port))?;
    }
    let script: Vec<String> = args.command.iter().map(|w| shell_quote(w)).collect();
    let status = supervise::run_attached(&script.join(" "), &env.added, args.env.port).await?;
    match status {
        0 => Ok(()),
        code => Err(Error::Exit(code)),
    }
}
