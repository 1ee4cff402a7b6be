//! dotenv files: parsing never panics, and what belt writes parses back to the same map.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(config) = belt::dotenv::parse(data) {
        let written = belt::dotenv::format(&config);
        let again = belt::dotenv::parse(&written).expect("belt's own dotenv output parses");
        assert_eq!(again, config, "round trip of {written:?}");
    }
});
