//! The Procfile: one `name: command` line per process type. Comments (`#`) and blank lines
//! are ignored; anything else is an error naming its line, so a typo fails the build rather
//! than silently dropping a process type. The error is the message for the build log.

use std::collections::BTreeMap;

/// Process type names to their commands, sorted by name.
pub type ProcessTypes = BTreeMap<String, String>;

/// Heroku's process type rule: letters, digits, `_` and `-`, at most 63 characters.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub fn parse(text: &str) -> Result<ProcessTypes, String> {
    let mut types = ProcessTypes::new();
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, command)) = line.split_once(':') else {
            return Err(format!(
                "Procfile line {number}: expected `name: command`, got {line:?}"
            ));
        };
        let (name, command) = (name.trim(), command.trim());
        if !valid_name(name) {
            return Err(format!(
                "Procfile line {number}: invalid process type {name:?} (use letters, digits, `_` and `-`)"
            ));
        }
        if command.is_empty() {
            return Err(format!(
                "Procfile line {number}: process type {name} has no command"
            ));
        }
        if types
            .insert(name.to_string(), command.to_string())
            .is_some()
        {
            return Err(format!(
                "Procfile line {number}: process type {name} is declared twice"
            ));
        }
    }
    Ok(types)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_types_skipping_comments_and_blank_lines() {
        let types = parse("# app\nweb: bin/web --port $PORT\n\n  worker:bin/worker  \r\n").unwrap();
        assert_eq!(types.len(), 2);
        assert_eq!(types["web"], "bin/web --port $PORT");
        assert_eq!(types["worker"], "bin/worker");
        // Colons in the command belong to it.
        assert_eq!(parse("clock: echo a:b").unwrap()["clock"], "echo a:b");
        assert!(parse("").unwrap().is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("web: ok\nthis line has no colon\n").unwrap_err();
        assert!(
            err.contains("line 2") && err.contains("name: command"),
            "{err}"
        );
        let err = parse("web: a\nweb: b\n").unwrap_err();
        assert!(err.contains("line 2") && err.contains("twice"), "{err}");
        let err = parse("bad name: x").unwrap_err();
        assert!(
            err.contains("line 1") && err.contains("invalid process type"),
            "{err}"
        );
        assert!(parse("web:").unwrap_err().contains("no command"));
        assert!(parse(": x").is_err());
    }
}
