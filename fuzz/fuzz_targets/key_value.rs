//! `config:set KEY=VALUE`: a pair either splits at its first `=` with a valid key or is a
//! usage error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok((key, value)) = belt::commands::config::parse_pair(data) {
        assert!(belt::dotenv::valid_key(&key));
        assert_eq!(format!("{key}={value}"), data);
    }
});
