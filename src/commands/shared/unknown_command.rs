//! "unknown command", for `belt help NAME` and `belt NAME` when no plugin has the name.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Error;

/// "unknown command" with the nearest command names, as git and cargo do.
pub fn unknown_command(name: &str) -> Error {
    let root = Cli::command();
    let mut scored: Vec<(f64, String)> = root
        .get_subcommands()
        .flat_map(|c| std::iter::once(c.get_name()).chain(c.get_all_aliases()))
        .map(|candidate| (strsim::jaro_winkler(name, candidate), candidate.to_string()))
        .filter(|(score, _)| *score > 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.dedup_by(|a, b| a.1 == b.1);
    let suggestions: Vec<String> = scored.into_iter().take(3).map(|(_, n)| n).collect();
    let mut message = format!("{name:?} is not a belt command");
    if !suggestions.is_empty() {
        message.push_str(&format!("; did you mean {}?", suggestions.join(", ")));
    }
    message.push_str(" See `belt help`.");
    Error::Usage(message)
}
