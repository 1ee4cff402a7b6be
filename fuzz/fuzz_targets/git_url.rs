//! git remote URLs: an app name found in one is never empty, `.`, `..` or a path. Input:
//! `URL` or `URL\0API_URL` (a made-up server besides Heroku, a local one and the local
//! platform's repository directory).
#![no_main]

use std::path::Path;

use belt_text::git_url::{GitServer, app_from_git_url};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let (url, api_url) = data
        .split_once('\0')
        .unwrap_or((data, "https://example.com"));
    for server in [
        GitServer::Local {
            repos: Path::new("/data/platform/repos"),
        },
        GitServer::Remote {
            api_url: "https://api.heroku.com",
        },
        GitServer::Remote {
            api_url: "https://localhost:5000",
        },
        GitServer::Remote { api_url },
    ] {
        if let Some(name) = app_from_git_url(url, &server) {
            assert!(
                !matches!(name.as_str(), "" | "." | "..") && !name.contains('/'),
                "{url:?} on {server:?} -> {name:?}"
            );
        }
    }
});
