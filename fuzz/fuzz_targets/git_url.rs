//! git remote URLs: an app name found in one is never empty and never a path.
#![no_main]

use belt::auth::Backend;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    for backend in [
        Backend::Local,
        Backend::Remote("https://api.heroku.com".into()),
        Backend::Remote("https://localhost:5000".into()),
    ] {
        if let Some(name) = belt::project::app_from_git_url(data, &backend) {
            assert!(!name.is_empty() && !name.contains('/'), "{data:?} -> {name:?}");
        }
    }
});
