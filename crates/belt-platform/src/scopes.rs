//! OAuth scopes, as Heroku has them (blog.heroku.com "OAuth for Platform API in Public Beta",
//! 2013, and Dev Center "OAuth"): what each lets a token do, decided from the request's method
//! and path alone, before any route runs.
//!
//! - `global`: everything (an API key).
//! - `identity`: reading the account (`/account...`), nothing else.
//! - `read` / `write`: apps and the other resources, but not their protected parts (config
//!   vars: of an app, of a release, of a pipeline stage, of an add-on) nor the account.
//! - `read-protected` / `write-protected`: the same, config vars included.
//!
//! Managing authorizations (`/oauth/...`) needs `global`, so a narrow token can never mint a
//! wider one; neither can it change the account (email, password, SSH keys).

use axum::http::Method;

/// Heroku's scope names, the only ones an authorization may ask for.
pub(crate) const NAMES: &[&str] = &[
    "global",
    "identity",
    "read",
    "write",
    "read-protected",
    "write-protected",
];

/// What a request touches, for the scope it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Area {
    /// Authorizations themselves: `global` only.
    Authorizations,
    /// `/account` and below.
    Account,
    /// Config var values: `read-protected` / `write-protected`.
    Protected,
    /// Everything else.
    Resources,
}

fn area(path: &str) -> Area {
    let path = path.trim_end_matches('/');
    if path.starts_with("/oauth/") || path == "/oauth" {
        return Area::Authorizations;
    }
    if path == "/account" || path.starts_with("/account/") {
        return Area::Account;
    }
    let last = path.rsplit('/').next().unwrap_or_default();
    if last == "config-vars" || (last == "config" && path.contains("/addons/")) {
        return Area::Protected;
    }
    Area::Resources
}

/// Whether a request changes anything. A git fetch is a read although its negotiation is a
/// POST, and a push a write although it starts with a GET of the refs. Opening a log session
/// and filtering apps are POSTs that only read, so a `read` token may read logs and list a
/// pipeline's apps.
fn writes(method: &Method, path: &str, query: &str) -> bool {
    if path.ends_with("/git-receive-pack") || query.contains("service=git-receive-pack") {
        return true;
    }
    if path.ends_with("/git-upload-pack")
        || path.ends_with("/log-sessions")
        || path == "/filters/apps"
    {
        return false;
    }
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The scopes that allow a request of this kind, narrowest first (`global` always does).
fn sufficient(area: Area, write: bool) -> &'static [&'static str] {
    match (area, write) {
        (Area::Authorizations, _) | (Area::Account, true) => &[],
        (Area::Account, false) => &["identity"],
        (Area::Protected, false) => &["read-protected", "write-protected"],
        (Area::Protected, true) => &["write-protected"],
        (Area::Resources, false) => &["read", "write", "read-protected", "write-protected"],
        (Area::Resources, true) => &["write", "write-protected"],
    }
}

/// `None` when `scopes` allow the request; else the narrowest scope that would.
pub(crate) fn refusal(
    scopes: &[String],
    method: &Method,
    path: &str,
    query: &str,
) -> Option<&'static str> {
    if scopes.iter().any(|s| s == "global") {
        return None;
    }
    let allowed = sufficient(area(path), writes(method, path, query));
    if scopes.iter().any(|s| allowed.contains(&s.as_str())) {
        return None;
    }
    Some(allowed.first().copied().unwrap_or("global"))
}

/// Scope names as stored: comma-separated.
pub(crate) fn parse(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The scopes asked for, checked against Heroku's names; `global` when none are given.
pub(crate) fn checked(asked: Option<Vec<String>>) -> Result<String, String> {
    let asked = asked.unwrap_or_default();
    if let Some(bad) = asked.iter().find(|s| !NAMES.contains(&s.as_str())) {
        return Err(format!(
            "Invalid scope: {bad:?}. Valid scopes are {}.",
            NAMES.join(", ")
        ));
    }
    let mut names: Vec<&str> = NAMES
        .iter()
        .copied()
        .filter(|n| asked.iter().any(|a| a == n))
        .collect();
    if names.is_empty() {
        names.push("global");
    }
    Ok(names.join(","))
}
