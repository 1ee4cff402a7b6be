//! One module per topic: clap arguments plus a thin function that calls the API and prints.

pub mod access;
pub mod accounts;
pub mod addons;
pub mod apps;
pub mod apps_access;
pub mod apps_manifest;
pub mod apps_setup;
pub mod auth;
pub mod authorizations;
pub mod buildpacks;
pub mod builds;
pub mod completions;
pub mod config;
pub mod config_insight;
pub mod domains;
pub mod git;
pub mod help;
pub mod labs;
pub mod local;
pub mod local_procfile;
pub mod local_users;
pub mod logs;
pub mod maintenance;
pub mod pg;
pub mod pipelines;
pub mod plugins;
pub mod ps;
pub mod releases;
pub mod reviewapps;
pub mod run;
pub mod shared;
pub mod stack;
pub mod teams;

use std::ffi::OsString;

use clap::Subcommand;

use crate::context::Context;
use crate::error::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Apps(apps::AppsCommand),
    #[command(flatten)]
    Maintenance(maintenance::MaintenanceCommand),
    #[command(flatten)]
    Stack(stack::StackCommand),
    #[command(flatten)]
    Local(local::LocalCommand),
    #[command(flatten)]
    LocalProcfile(local_procfile::LocalProcfileCommand),
    #[command(flatten)]
    LocalUsers(local_users::LocalUsersCommand),
    #[command(flatten)]
    Completions(completions::CompletionsCommand),
    #[command(flatten)]
    Help(help::HelpCommand),
    #[command(flatten)]
    Plugins(plugins::PluginsCommand),
    #[command(flatten)]
    Config(config::ConfigCommand),
    #[command(flatten)]
    Releases(releases::ReleasesCommand),
    #[command(flatten)]
    Run(run::RunCommand),
    #[command(flatten)]
    Auth(auth::AuthCommand),
    #[command(flatten)]
    Authorizations(authorizations::AuthorizationsCommand),
    #[command(flatten)]
    Accounts(accounts::AccountsCommand),
    #[command(flatten)]
    Git(git::GitCommand),
    #[command(flatten)]
    Logs(logs::LogsCommand),
    #[command(flatten)]
    Builds(builds::BuildsCommand),
    #[command(flatten)]
    Buildpacks(buildpacks::BuildpacksCommand),
    #[command(flatten)]
    Addons(addons::AddonsCommand),
    #[command(flatten)]
    Pg(pg::PgCommand),
    #[command(flatten)]
    Domains(domains::DomainsCommand),
    #[command(flatten)]
    Ps(ps::PsCommand),
    #[command(flatten)]
    Labs(labs::LabsCommand),
    #[command(flatten)]
    Pipelines(pipelines::PipelinesCommand),
    #[command(flatten)]
    Reviewapps(reviewapps::ReviewappsCommand),
    #[command(flatten)]
    Access(access::AccessCommand),
    #[command(flatten)]
    Teams(teams::TeamsCommand),
    // New topics go above this line; plugins catch every other name.
    /// `belt NAME` runs the plugin `belt-NAME` from PATH.
    #[command(external_subcommand)]
    External(Vec<OsString>),
}

impl Command {
    /// Whether the command serves many clients at once, so its runtime gets a worker thread
    /// per core; every other command is one client's requests and starts faster on one thread.
    pub fn serves_many(&self) -> bool {
        matches!(self, Command::Local(local::LocalCommand::Serve(_)))
    }

    /// Whether the command answers Ctrl-C itself, stopping what it started before it ends,
    /// instead of being dropped by the exit path's own Ctrl-C.
    pub fn handles_interrupt(&self) -> bool {
        // `belt serve` stops on Ctrl-C in order: its server, then its dynos.
        matches!(
            self,
            Command::LocalProcfile(_) | Command::Local(local::LocalCommand::Serve(_))
        )
    }
}

pub async fn run(ctx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Apps(c) => apps::run(ctx, c).await,
        Command::Maintenance(c) => maintenance::run(ctx, c).await,
        Command::Stack(c) => stack::run(ctx, c).await,
        Command::Local(c) => local::run(ctx, c).await,
        Command::LocalProcfile(c) => local_procfile::run(ctx, c).await,
        Command::LocalUsers(c) => local_users::run(ctx, c).await,
        Command::Completions(c) => completions::run(ctx, c).await,
        Command::Help(c) => help::run(ctx, c).await,
        Command::Plugins(c) => plugins::run(ctx, c).await,
        Command::Config(c) => config::run(ctx, c).await,
        Command::Releases(c) => releases::run(ctx, c).await,
        Command::Run(c) => run::run(ctx, c).await,
        Command::Auth(c) => auth::run(ctx, c).await,
        Command::Authorizations(c) => authorizations::run(ctx, c).await,
        Command::Accounts(c) => accounts::run(ctx, c).await,
        Command::Git(c) => git::run(ctx, c).await,
        Command::Logs(c) => logs::run(ctx, c).await,
        Command::Builds(c) => builds::run(ctx, c).await,
        Command::Buildpacks(c) => buildpacks::run(ctx, c).await,
        Command::Addons(c) => addons::run(ctx, c).await,
        Command::Pg(c) => pg::run(ctx, c).await,
        Command::Domains(c) => domains::run(ctx, c).await,
        Command::Ps(c) => ps::run(ctx, c).await,
        Command::Labs(c) => labs::run(ctx, c).await,
        Command::Pipelines(c) => pipelines::run(ctx, c).await,
        Command::Reviewapps(c) => reviewapps::run(ctx, c).await,
        Command::Access(c) => access::run(ctx, c).await,
        Command::Teams(c) => teams::run(ctx, c).await,
        Command::External(args) => plugins::run_external(ctx, args).await,
    }
}

/// Heroku's app name rule, checked before any request so a typo costs nothing.
pub fn validate_app_name(name: &str) -> Result<()> {
    let bytes = name.as_bytes();
    let valid = (3..=30).contains(&bytes.len())
        && bytes[0].is_ascii_lowercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes[bytes.len() - 1] != b'-';
    if valid {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "invalid app name {name:?}: names are 3 to 30 characters of lowercase letters, \
             digits and dashes, starting with a letter and not ending with a dash"
        )))
    }
}

/// Destructive commands need the app's name typed back: at a prompt on a terminal, or as
/// `--confirm NAME` anywhere else.
pub fn confirm(ctx: &Context, name: &str, confirm: Option<&str>, what: &str) -> Result<()> {
    match confirm {
        Some(given) if given == name => return Ok(()),
        Some(given) => {
            return Err(Error::Usage(format!(
                "confirmation {given:?} did not match {name:?}; nothing was changed"
            )));
        }
        None => {}
    }
    if !ctx.out.can_prompt() {
        return Err(Error::Usage(format!(
            "{what} cannot be undone: re-run with --confirm {name} to proceed"
        )));
    }
    let style = &ctx.out.err_style;
    ctx.out.err_line(format!(
        "{} {what} cannot be undone.\nTo proceed, type {} or re-run this command with --confirm {name}",
        style.yellow("warning:"),
        style.bold(name)
    ));
    if ctx.out.prompt("> ", false)? == name {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "confirmation did not match {name:?}; nothing was changed"
        )))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn app_name_rule() {
        for good in ["abc", "my-app-2", "a1b", &format!("a{}", "b".repeat(29))] {
            assert!(super::validate_app_name(good).is_ok(), "{good}");
        }
        let too_long = format!("a{}", "b".repeat(30));
        for bad in [
            "Abc",
            "1abc",
            "abc-",
            "ab",
            "a_b",
            "",
            too_long.as_str(),
            "ünï",
        ] {
            assert!(super::validate_app_name(bad).is_err(), "{bad}");
        }
    }
}
