//! argv normalisation: Heroku's `topic:command` spelling is canonical, and the nested form
//! (`belt apps create x`) is rewritten to it before clap parses, so both are one call.

use std::collections::HashSet;
use std::ffi::OsString;

/// Global options that take a value, so the value is not mistaken for the command.
const VALUE_OPTIONS: &[&str] = &["-a", "--app", "-r", "--remote", "--account", "--api-url"];

/// Rewrites `belt [globals] TOPIC SUB ...` to `belt [globals] TOPIC:SUB ...` when `TOPIC:SUB`
/// is one of `commands` (names and aliases), and does the same after `help`.
pub fn normalize(args: Vec<OsString>, commands: &HashSet<String>) -> Vec<OsString> {
    let mut args = args;
    let Some(first) = command_index(&args, 1) else {
        return args;
    };
    let start = if args[first] == "help" {
        match command_index(&args, first + 1) {
            Some(i) => i,
            None => return args,
        }
    } else {
        first
    };
    join_topic(&mut args, start, commands);
    args
}

/// The index of the first positional argument at or after `from`, skipping options and the
/// values of global options that take one.
fn command_index(args: &[OsString], from: usize) -> Option<usize> {
    let mut i = from;
    while i < args.len() {
        let arg = args[i].to_str()?;
        if arg == "--" {
            return None;
        }
        if !arg.starts_with('-') || arg == "-" {
            return Some(i);
        }
        i += if VALUE_OPTIONS.contains(&arg) { 2 } else { 1 };
    }
    None
}

fn join_topic(args: &mut Vec<OsString>, at: usize, commands: &HashSet<String>) {
    let (Some(topic), Some(sub)) = (
        args.get(at).and_then(|a| a.to_str()),
        args.get(at + 1).and_then(|a| a.to_str()),
    ) else {
        return;
    };
    if topic.contains(':') || sub.starts_with('-') {
        return;
    }
    let joined = format!("{topic}:{sub}");
    if commands.contains(&joined) {
        args.splice(at..at + 2, [OsString::from(joined)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(line: &str) -> String {
        let commands: HashSet<String> =
            ["apps", "apps:create", "apps:info", "config", "config:get"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        let args = line.split(' ').map(OsString::from).collect();
        normalize(args, &commands)
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn nested_form_becomes_canonical() {
        assert_eq!(run("belt apps create x"), "belt apps:create x");
        assert_eq!(
            run("belt -a demo config get A"),
            "belt -a demo config:get A"
        );
        assert_eq!(
            run("belt --app=demo apps info"),
            "belt --app=demo apps:info"
        );
        assert_eq!(run("belt --json apps create"), "belt --json apps:create");
        assert_eq!(run("belt help apps create"), "belt help apps:create");
    }

    #[test]
    fn other_forms_are_untouched() {
        assert_eq!(run("belt apps:create x"), "belt apps:create x");
        assert_eq!(run("belt apps"), "belt apps");
        assert_eq!(run("belt config demo"), "belt config demo");
        assert_eq!(run("belt apps --json"), "belt apps --json");
        assert_eq!(run("belt -- apps create"), "belt -- apps create");
        assert_eq!(run("belt -a apps create"), "belt -a apps create");
        assert_eq!(run("belt"), "belt");
    }
}
