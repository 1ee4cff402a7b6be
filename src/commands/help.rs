//! help: the command list grouped by topic, one command's full help, and suggestions for
//! unknown commands.

use clap::{Args, Command, CommandFactory, Subcommand};

use super::shared::unknown_command;
use crate::cli::Cli;
use crate::context::Context;
use crate::error::{Result, exit_codes_line};

#[derive(Debug, Subcommand)]
pub enum HelpCommand {
    /// Show the commands by topic, or one command's help
    #[command(
        name = "help",
        long_about = "Show the commands grouped by topic, or one command's full help with examples. \
            The nested spelling works too: `belt help apps create`.",
        after_help = "Examples:\n  belt help\n  belt help addons:add\n  belt help apps create"
    )]
    Help(HelpArgs),
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    /// The command to explain, e.g. apps:create
    pub command: Vec<String>,
}

/// Topic groups in the order `belt help` shows them: a title and the command-name prefixes
/// (the part before ':', or the whole name; never an alias) that belong to it.
const GROUPS: &[(&str, &[&str])] = &[
    ("Apps", &["apps", "maintenance", "stack"]),
    ("Config vars", &["config"]),
    ("Releases", &["releases"]),
    ("Add-ons", &["addons", "pg"]),
    ("Domains", &["domains"]),
    ("Collaborators and teams", &["access", "teams", "members"]),
    ("Deploys", &["builds", "buildpacks", "git"]),
    ("Processes", &["ps"]),
    ("Logs", &["logs"]),
    ("One-off dynos", &["run"]),
    ("Auth", &["auth", "keys", "authorizations"]),
    ("Accounts", &["accounts"]),
    ("Labs", &["labs"]),
    ("Pipelines", &["pipelines", "ci", "reviewapps"]),
    ("Local platform", &["serve", "local"]),
    ("Meta", &["help", "completions", "plugins"]),
];

pub async fn run(ctx: &Context, command: HelpCommand) -> Result<()> {
    let HelpCommand::Help(args) = command;
    if args.command.is_empty() {
        return ctx.out.line(grouped_help().trim_end());
    }
    let name = args.command.join(":");
    let mut root = Cli::command();
    root.build();
    let Some(command) = root.find_subcommand_mut(&name) else {
        return Err(unknown_command(&name));
    };
    ctx.out
        .line(command.render_long_help().to_string().trim_end())
}

/// `belt help` and `belt --help`: a short introduction, then every command under its topic.
pub fn grouped_help() -> String {
    let root = Cli::command();
    let commands: Vec<&Command> = root
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .collect();
    let width = commands
        .iter()
        .map(|c| c.get_name().len())
        .max()
        .unwrap_or(0);
    let line = |c: &Command| {
        let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
        let aliases: Vec<&str> = c.get_visible_aliases().collect();
        let aliases = if aliases.is_empty() {
            String::new()
        } else {
            format!(" ({})", aliases.join(", "))
        };
        format!("  {:width$}  {about}{aliases}\n", c.get_name())
    };
    let mut text = format!(
        "belt {}: a fast, scriptable client for Heroku-style platforms\n\n\
         Usage: belt [OPTIONS] <COMMAND>   (`belt topic:command` or `belt topic command`)\n",
        env!("CARGO_PKG_VERSION")
    );
    let group_of = |c: &Command| group_of(c).unwrap_or(GROUPS.len());
    for (index, title) in GROUPS
        .iter()
        .map(|(title, _)| *title)
        .chain(std::iter::once("Other"))
        .enumerate()
    {
        let members: Vec<&&Command> = commands.iter().filter(|c| group_of(c) == index).collect();
        if members.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title}:\n"));
        for command in members {
            text.push_str(&line(command));
        }
    }
    text.push_str(&format!(
        "\nGlobal options: {}\n\
         Run `belt help COMMAND` for a command's options and examples.\n\
         {}\n",
        global_options(&root),
        exit_codes_line()
    ));
    text
}

/// The index in [`GROUPS`] of the group a command belongs to, by its topic.
fn group_of(command: &Command) -> Option<usize> {
    let topic = command.get_name().split(':').next().unwrap_or("");
    GROUPS
        .iter()
        .position(|(_, prefixes)| prefixes.contains(&topic))
}

/// "-a/--app, -r/--remote, --account, ...": the global flags as clap defines them, then
/// `--version`, which clap adds to the top level only.
fn global_options(root: &Command) -> String {
    let flags = root
        .get_arguments()
        .filter(|arg| arg.is_global_set() && !arg.is_hide_set())
        .map(|arg| match (arg.get_short(), arg.get_long()) {
            (Some(short), Some(long)) => format!("-{short}/--{long}"),
            (Some(short), None) => format!("-{short}"),
            (None, long) => format!("--{}", long.unwrap_or_else(|| arg.get_id().as_str())),
        });
    let version = root.get_version().map(|_| "--version".to_string());
    flags.chain(version).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_visible_command_is_in_a_named_group() {
        let root = Cli::command();
        let ungrouped: Vec<&str> = root
            .get_subcommands()
            .filter(|c| !c.is_hide_set() && group_of(c).is_none())
            .map(Command::get_name)
            .collect();
        assert!(ungrouped.is_empty(), "add to GROUPS: {ungrouped:?}");
        let text = grouped_help();
        assert!(!text.contains("\nOther:\n"), "ungrouped commands:\n{text}");
        assert!(text.contains("\nApps:\n  apps:create"), "{text}");
    }

    #[test]
    fn every_group_prefix_names_a_command() {
        let root = Cli::command();
        let topics: Vec<&str> = root
            .get_subcommands()
            .map(|c| c.get_name().split(':').next().unwrap_or(""))
            .collect();
        for (title, prefixes) in GROUPS {
            for prefix in *prefixes {
                assert!(topics.contains(prefix), "{title}: no command {prefix:?}");
            }
        }
    }

    #[test]
    fn the_footer_lists_the_global_flags_and_exit_codes() {
        let text = grouped_help();
        assert!(
            text.contains(
                "\nGlobal options: -a/--app, -r/--remote, --account, --json, --api-url, \
                 --debug, --dry-run, --no-color, --version\n"
            ),
            "{text}"
        );
        assert!(
            text.ends_with(
                "\nExit codes: 0 success, 1 failure, 2 usage error, 3 not logged in, \
                 4 not found or no access, 130 interrupted.\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn suggestions_are_near() {
        let message = unknown_command("apps:crate").to_string();
        assert!(message.contains("apps:create"), "{message}");
        let message = unknown_command("zzzz").to_string();
        assert!(!message.contains("did you mean"), "{message}");
    }
}

#[cfg(test)]
mod every_command {
    use super::*;

    /// Issue #11: a one-line summary, an explanation, and an example for every command.
    #[test]
    fn has_summary_explanation_and_example() {
        let mut missing = Vec::new();
        for command in Cli::command().get_subcommands() {
            let name = command.get_name();
            if command.get_about().is_none() {
                missing.push(format!("{name}: summary"));
            }
            if command.get_long_about().is_none() {
                missing.push(format!("{name}: long_about"));
            }
            let examples = command
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !examples.contains("Examples:\n  belt ") {
                missing.push(format!("{name}: examples"));
            }
        }
        assert!(missing.is_empty(), "missing: {}", missing.join(", "));
    }
}
