//! `config:set KEY=VALUE`: a pair either splits at its first `=` with a valid key or is an
//! error naming what is wrong.
#![no_main]

use belt_text::dotenv::valid_key;
use belt_text::key_value::{PairError, parse_pair};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    match parse_pair(data) {
        Ok((key, value)) => {
            assert!(valid_key(&key));
            assert_eq!(format!("{key}={value}"), data);
        }
        Err(PairError::NoEquals(pair)) => assert!(!data.contains('=') && pair == data),
        Err(PairError::InvalidKey(key)) => {
            assert!(!valid_key(&key) && data.starts_with(&format!("{key}=")));
        }
    }
});
