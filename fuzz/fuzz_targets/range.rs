//! `Range` headers as the platform reads them, and the `Next-Range` built from them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let _ = belt::platform::check_range_header(data);
});
