//! Accounts and their credentials: which backend a command talks to, and with which token.

mod accounts;
mod credentials;
pub mod login;

pub use accounts::{Account, AccountsFile, Backend, LOCAL, validate_name};
pub use credentials::{
    CredentialStore, FileStore, SystemStore, key as credential_key, stored_token,
};

use crate::error::Result;

/// `BELT_API_KEY`, then `HEROKU_API_KEY`: a token from the environment overrides stored ones.
pub fn token_from_env() -> Option<String> {
    ["BELT_API_KEY", "HEROKU_API_KEY"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .map(|v| v.trim().to_string())
}

/// Picks the account: `--account`/`BELT_ACCOUNT` (clap reads both into `flag`), the directory
/// binding, the global current account, then the built-in `local`. `--api-url` points this one
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
