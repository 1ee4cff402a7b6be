//! dotenv files: parsing never panics, keys are config var names, and what belt writes
//! parses back to the same map.
#![no_main]

use belt_text::dotenv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(config) = dotenv::parse(data) {
        assert!(config.keys().all(|k| dotenv::valid_key(k)), "{config:?}");
        let written = dotenv::format(&config);
        let again = dotenv::parse(&written).expect("belt's own dotenv output parses");
        assert_eq!(again, config, "round trip of {written:?}");
        let _ = dotenv::shell_lines(&config);
    }
});
