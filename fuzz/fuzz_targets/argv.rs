//! argv normalisation then clap: any words (split at NUL) give a parse or a clean error.
#![no_main]

use std::ffi::OsString;
use std::sync::OnceLock;

use clap::CommandFactory;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    static COMMAND: OnceLock<clap::Command> = OnceLock::new();
    let command = COMMAND.get_or_init(belt::cli::Cli::command);
    let names = belt::cli::command_names(command);
    let args: Vec<OsString> = std::iter::once("belt")
        .chain(data.split('\0'))
        .map(OsString::from)
        .collect();
    let normalized = belt::argv::normalize(args.clone(), &names);
    // Only `TOPIC SUB` pairs are joined: never more words, never fewer than one less.
    assert!(normalized.len() <= args.len() && normalized.len() + 1 >= args.len());
    let _ = command.clone().try_get_matches_from(normalized);
});
