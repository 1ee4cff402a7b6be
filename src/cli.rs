//! The clap command tree, the global flags, and `main`: parse, run, map errors to exit codes.

use std::collections::HashSet;
use std::ffi::OsString;

use clap::{Args, CommandFactory, FromArgMatches, Parser};

use crate::commands::{self, Command};
use crate::context::Context;
use crate::error::{EXIT_USAGE, Error};
use crate::output::Output;

#[derive(Debug, Parser)]
#[command(
    name = "belt",
    version,
    about = "A fast, scriptable client for Heroku-style platforms",
    long_about = "A fast, scriptable client for Heroku-style platforms.\n\n\
        belt speaks the Heroku Platform API v3 to real Heroku, any compatible server, or an \
        embedded local platform (the default), so every command works on a laptop or CI box \
        with no account and no network.\n\n\
        Commands use Heroku's topic:command names; the nested form works too \
        (`belt apps:create` = `belt apps create`).",
    after_help = crate::error::exit_codes_line(),
    propagate_version = true,
    disable_help_subcommand = true,
    allow_external_subcommands = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub globals: Globals,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts.
#[derive(Debug, Clone, Default, Args)]
pub struct Globals {
    /// App to run the command against
    #[arg(short, long, global = true, value_name = "APP")]
    pub app: Option<String>,
    /// Git remote whose app to use
    #[arg(short, long, global = true, value_name = "REMOTE")]
    pub remote: Option<String>,
    /// Account to use for this command
    #[arg(long, global = true, value_name = "NAME", env = crate::env::BELT_ACCOUNT.name)]
    pub account: Option<String>,
    /// Print machine-readable JSON (errors too, on stderr)
    #[arg(long, global = true)]
    pub json: bool,
    /// API base URL for this command (`local` for the embedded platform)
    #[arg(long, global = true, value_name = "URL", env = crate::env::BELT_API_URL.name)]
    pub api_url: Option<String>,
    /// Print each HTTP request and response on stderr (tokens redacted)
    #[arg(long, global = true)]
    pub debug: bool,
    /// Print the requests a change would send, and send none of them
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Turn off colour (also NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// Every command name and alias, for argv normalisation (public for the fuzz targets).
pub fn command_names(command: &clap::Command) -> HashSet<String> {
    command
        .get_subcommands()
        .flat_map(|sub| {
            std::iter::once(sub.get_name().to_string())
                .chain(sub.get_all_aliases().map(str::to_string))
        })
        .collect()
}

pub fn main() -> i32 {
    run(std::env::args_os().collect())
}

pub fn run(args: Vec<OsString>) -> i32 {
    // The platform's detached dyno runner: internal, so not part of the command tree.
    if args
        .get(1)
        .is_some_and(|a| a == belt_platform::DYNO_RUNNER_COMMAND)
    {
        return internal_exit(belt_platform::runner_main(&args[2..]));
    }
    // The local platform's background supervisor: internal too.
    if args
        .get(1)
        .is_some_and(|a| a == belt_platform::SUPERVISOR_COMMAND)
    {
        return internal_exit(belt_platform::supervisor_main(&args[2..]));
    }
    // A git repository's pre-receive hook: internal too.
    if args
        .get(1)
        .is_some_and(|a| a == belt_platform::GIT_RECEIVE_COMMAND)
    {
        return internal_exit(belt_platform::git_receive_main(&args[2..]));
    }
    // For errors clap reports, and a plugin's (whose arguments clap leaves unparsed), so they
    // are JSON too. Otherwise clap's own reading decides: after `run`'s command, `--json` is
    // the command's (`belt run -a APP echo --json`).
    let wants_json = args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--json");
    let command = Cli::command();
    let args = belt_text::argv::normalize(args, &command_names(&command));
    // The top-level help is grouped by topic, like `belt help`.
    let bare = args.len() == 1;
    if bare || (args.len() == 2 && matches!(args[1].to_str(), Some("--help" | "-h"))) {
        return match Output::new(false, false)
            .line(crate::commands::help::grouped_help().trim_end())
        {
            Ok(()) => 0,
            Err(e) => e.exit_code(),
        };
    }
    let cli = match command
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, wants_json),
    };
    let external = matches!(cli.command, Command::External(_));
    let mut out = Output::new(
        cli.globals.json || (external && wants_json),
        cli.globals.no_color,
    );
    out.quiet |= cli.globals.dry_run;
    let mut builder = if cli.command.serves_many() {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            out.error(&Error::Failed(format!(
                "cannot start the async runtime: {e}"
            )));
            return 1;
        }
    };
    let ctx = Context::new(cli.globals, out);
    let own_interrupt = cli.command.handles_interrupt();
    let result = runtime.block_on(async {
        if own_interrupt {
            return commands::run(&ctx, cli.command).await;
        }
        tokio::select! {
            result = commands::run(&ctx, cli.command) => result,
            _ = tokio::signal::ctrl_c() => Err(Error::Interrupted),
        }
    });
    let code = match result {
        Ok(()) => 0,
        // Ctrl-C is the user's own doing: no error text.
        Err(Error::Interrupted) => crate::error::EXIT_INTERRUPTED,
        Err(e) => {
            let e = ctx.annotate(e);
            // A closed stdout has no one left to tell.
            if !matches!(e, Error::DryRun | Error::Exit(_) | Error::BrokenPipe) {
                ctx.out.error(&e);
            }
            e.exit_code()
        }
    };
    // Don't wait for blocking store calls of a command that was interrupted.
    runtime.shutdown_background();
    // Nor for the runtime's workers to drop what they ran: the processes of dynos this belt
    // ran (attached to its platform) must not outlive it.
    belt_platform::kill_running_dynos();
    code
}

/// The exit status of one of the platform's internal commands: a misuse prints its usage
/// line, any other failure `error: ...`, as they always have.
fn internal_exit(outcome: belt_platform::Result<i32>) -> i32 {
    outcome.unwrap_or_else(|e| {
        let e = Error::from(e);
        let out = Output::new(false, true);
        match &e {
            Error::Usage(usage) => out.err_line(usage),
            _ => out.err_line(format!("error: {e}")),
        }
        e.exit_code()
    })
}

fn usage_error(e: clap::Error, json: bool) -> i32 {
    use clap::error::ErrorKind;
    let informational = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if informational {
        let _ = e.print();
        return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            EXIT_USAGE
        } else {
            0
        };
    }
    if json {
        let message = e.kind().as_str().map_or_else(
            || e.to_string().lines().next().unwrap_or("").to_string(),
            str::to_string,
        );
        let detail = e.to_string();
        let message = detail
            .lines()
            .next()
            .map(|l| l.trim_start_matches("error: ").to_string())
            .unwrap_or(message);
        Output::new(true, false).error(&Error::Usage(message));
    } else {
        let _ = e.print();
    }
    EXIT_USAGE
}
