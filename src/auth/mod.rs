//! Accounts and their credentials: which backend a command talks to, and with which token.

mod accounts;
mod credentials;
pub mod expiry;
pub mod heroku_cli;
pub mod login;

pub use accounts::{
    Account, AccountsFile, Backend, HEROKU, HEROKU_API_URL, LOCAL, is_built_in, validate_name,
};
pub use credentials::{
    CredentialStore, FileStore, SystemStore, key as credential_key, stored_token,
};

use crate::env;
use crate::error::Result;

/// Where an account's token came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `BELT_API_KEY` or `HEROKU_API_KEY`.
    Env(&'static str),
    /// belt's own store (keyring or credentials file).
    Stored,
    /// The official Heroku CLI's login (netrc or its keyring entry), described.
    HerokuCli(String),
}

fn env_var(var: env::Var) -> Option<String> {
    var.get()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `HEROKU_API_KEY`, as the official CLI reads it.
pub fn heroku_api_key() -> Option<String> {
    env_var(env::HEROKU_API_KEY)
}

/// The token for `account` and where it came from, the first of: `BELT_API_KEY` (whichever
/// account is in use), `HEROKU_API_KEY` (only the `heroku` account, on its own backend), belt's
/// stored one, then for the `heroku` account the official CLI's login for its API host. So a
/// token from the environment never reaches another backend than its account's.
pub fn token(account: &Account) -> Result<Option<(String, Source)>> {
    if let Some(token) = env_var(env::BELT_API_KEY) {
        return Ok(Some((token, Source::Env(env::BELT_API_KEY.name))));
    }
    let heroku = account.name == HEROKU && account.credential_scope_matches;
    if heroku && let Some(token) = heroku_api_key() {
        return Ok(Some((token, Source::Env(env::HEROKU_API_KEY.name))));
    }
    // The embedded platform uses its own key: none is ever stored for it, and asking the
    // keyring would cost every local command a round trip (and a warning where there is none).
    if account.backend == Backend::Local {
        return Ok(None);
    }
    if let Some(token) = stored_token(account)? {
        return Ok(Some((token, Source::Stored)));
    }
    if heroku && let Some(found) = heroku_cli::find(&account.backend.host()) {
        return Ok(Some((found.token, Source::HerokuCli(found.place))));
    }
    Ok(None)
}

/// Picks the account: `--account`/`BELT_ACCOUNT` (clap reads both into `flag`), the directory
/// binding, the global current account, `heroku` when `HEROKU_API_KEY` is set (so scripts for
/// the official CLI run unchanged), then the built-in `local`. `--api-url` points this one
/// call at another backend; a stored token is then used only if it belongs to that backend.
pub fn resolve_account(
    flag: Option<&str>,
    directory: Option<&str>,
    api_url: Option<&str>,
) -> Result<Account> {
    let file = AccountsFile::load()?;
    let name = flag
        .or(directory)
        .map(str::to_string)
        .or_else(|| file.current.clone())
        .or_else(|| heroku_api_key().map(|_| HEROKU.to_string()))
        .unwrap_or_else(|| LOCAL.to_string());
    let mut account = file.get(&name)?;
    if let Some(url) = api_url {
        let backend = Backend::parse(url)?;
        if backend != account.backend {
            account.backend = backend;
            // The stored credential belongs to the account's own backend, not this one.
            account.credential_scope_matches = false;
        }
    }
    Ok(account)
}
