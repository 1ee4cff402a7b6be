//! completions: shell completion scripts generated from the clap tree, covering both the
//! `topic:command` spelling and the nested one (`belt addons add`).

use clap::{Args, Command, CommandFactory, Subcommand};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum CompletionsCommand {
    /// Print a shell completion script
    #[command(
        name = "completions",
        long_about = "Print a shell completion script for bash, zsh, fish, powershell or elvish.\n\n\
            Both spellings complete: `belt addons:a<TAB>` and `belt addons a<TAB>`.",
        after_help = "Examples:\n  belt completions bash > ~/.local/share/bash-completion/completions/belt\n  \
            belt completions zsh > ~/.zfunc/_belt\n  belt completions fish > ~/.config/fish/completions/belt.fish"
    )]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub async fn run(ctx: &Context, command: CompletionsCommand) -> Result<()> {
    let CompletionsCommand::Completions(args) = command;
    ctx.out.line(render(args.shell).trim_end())
}

/// The completion script for `shell`, exactly as committed under `completions/`.
pub fn render(shell: Shell) -> String {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut completion_tree(), "belt", &mut buffer);
    let script = String::from_utf8_lossy(&buffer).into_owned();
    match shell {
        // bash splits words at ':' by default, which would turn `addons:a` into three words.
        Shell::Bash => format!(
            "# belt's command names contain ':'; keep them whole words.\n\
             COMP_WORDBREAKS=${{COMP_WORDBREAKS//:}}\n\n{script}"
        ),
        // zsh's _describe reads `name:description`; a ':' inside a name must be escaped.
        Shell::Zsh => {
            let mut script = script;
            for command in Cli::command().get_subcommands() {
                let names = std::iter::once(command.get_name()).chain(command.get_all_aliases());
                for name in names.filter(|n| n.contains(':')) {
                    let escaped = name.replace(':', "\\:");
                    script = script.replace(&format!("'{name}:"), &format!("'{escaped}:"));
                }
            }
            script
        }
        _ => script,
    }
}

/// The clap tree plus, for each topic, a nested command holding its `topic:sub` commands under
/// their short names, so the nested spelling completes too.
pub fn completion_tree() -> Command {
    let root = Cli::command();
    let commands: Vec<Command> = root.get_subcommands().cloned().collect();
    let mut topics: Vec<(String, Vec<Command>)> = Vec::new();
    for command in &commands {
        let Some((topic, sub)) = command.get_name().split_once(':') else {
            continue;
        };
        // Aliases in the same topic nest too (`addons:add` → `addons add`); others don't.
        let prefix = format!("{topic}:");
        let nested_aliases: Vec<String> = command
            .get_all_aliases()
            .filter_map(|a| a.strip_prefix(prefix.as_str()).map(str::to_string))
            .collect();
        let nested = command
            .clone()
            .name(sub.to_string())
            .alias(None)
            .visible_alias(None)
            .visible_aliases(nested_aliases);
        match topics.iter_mut().find(|(t, _)| t == topic) {
            Some((_, subs)) => subs.push(nested),
            None => topics.push((topic.to_string(), vec![nested])),
        }
    }
    let mut tree = root;
    for (topic, subs) in topics {
        let existing = commands.iter().any(|c| c.get_name() == topic);
        if existing {
            tree = tree.mut_subcommand(&topic, |c| c.subcommands(subs));
        } else {
            let about = format!("{topic} commands (same as {topic}:COMMAND)");
            tree = tree.subcommand(Command::new(topic).about(about).subcommands(subs));
        }
    }
    tree
}
