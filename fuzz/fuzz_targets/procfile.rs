//! Procfiles: parsing never panics; process types are valid names with a trimmed, non-empty
//! command; writing them back as `name: command` lines parses to the same map.
#![no_main]

use belt_text::procfile::{parse, valid_name};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let Ok(types) = parse(data) else {
        return;
    };
    for (name, command) in &types {
        assert!(valid_name(name), "{name:?}");
        assert!(
            !command.is_empty() && command.trim() == command,
            "{command:?}"
        );
    }
    let written: String = types
        .iter()
        .map(|(name, command)| format!("{name}: {command}\n"))
        .collect();
    assert_eq!(
        parse(&written).as_ref(),
        Ok(&types),
        "{data:?} -> {written:?}"
    );
});
