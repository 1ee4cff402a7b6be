//! argv normalisation: any words (split at NUL) are returned unchanged, or with exactly one
//! `TOPIC SUB` pair joined into a known `TOPIC:SUB`; normalising twice changes nothing more.
//! A fixed, representative command list stands in for the clap tree here (the suite's
//! tests/it/parsers_fuzz.rs also runs the result through the real clap tree).
#![no_main]

use std::collections::HashSet;
use std::ffi::OsString;
use std::sync::OnceLock;

use belt_text::argv::normalize;
use libfuzzer_sys::fuzz_target;

const COMMANDS: &[&str] = &[
    "apps",
    "apps:create",
    "apps:info",
    "apps:destroy",
    "create",
    "info",
    "config",
    "config:get",
    "config:set",
    "config:unset",
    "set",
    "ps",
    "ps:scale",
    "scale",
    "ps:type",
    "releases",
    "releases:rollback",
    "rollback",
    "logs",
    "run",
    "run:detached",
    "help",
    "help:x",
    "addons",
    "addons:create",
    "addons:add",
    "git:remote",
    "auth:token",
    "login",
];

fuzz_target!(|data: &str| {
    static NAMES: OnceLock<HashSet<String>> = OnceLock::new();
    let names = NAMES.get_or_init(|| COMMANDS.iter().map(|s| s.to_string()).collect());
    let args: Vec<OsString> = std::iter::once("belt")
        .chain(data.split('\0'))
        .map(OsString::from)
        .collect();
    let normalized = normalize(args.clone(), names);
    if normalized.len() == args.len() {
        assert_eq!(normalized, args);
    } else {
        assert_eq!(
            normalized.len() + 1,
            args.len(),
            "{args:?} -> {normalized:?}"
        );
        let at = (0..normalized.len())
            .find(|&i| normalized[i] != args[i])
            .expect("a joined pair");
        let joined = format!(
            "{}:{}",
            args[at].to_string_lossy(),
            args[at + 1].to_string_lossy()
        );
        assert_eq!(normalized[at], *joined, "{args:?}");
        assert!(names.contains(&joined), "{joined:?} is not a command");
        assert_eq!(normalized[at + 1..], args[at + 2..], "{args:?}");
    }
    assert_eq!(normalize(normalized.clone(), names), normalized, "{args:?}");
});
