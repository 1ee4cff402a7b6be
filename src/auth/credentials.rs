//! Stored API tokens, keyed by account and API host so a token never reaches another backend.
//! Kept in `credentials.toml` (mode 0600, written atomically) in the config directory.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::Account;
use crate::error::{Error, Result};

#[derive(Debug, Default, Deserialize)]
struct CredentialsFile {
    /// `"ACCOUNT@HOST" = "token"`
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

fn path() -> PathBuf {
    crate::dirs::config_dir().join("credentials.toml")
}

fn key(account: &Account) -> String {
    format!("{}@{}", account.name, account.backend.host())
}

/// The token stored for this account on its backend, if any.
pub fn stored_token(account: &Account) -> Result<Option<String>> {
    if !account.credential_scope_matches {
        return Ok(None);
    }
    let path = path();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let file: CredentialsFile = toml::from_str(&text).map_err(|e| Error::Config {
        path: path.clone(),
        message: format!(
            "cannot read stored credentials: {}. Delete the file and log in again with `belt login`.",
            e.message()
        ),
    })?;
    Ok(file.tokens.get(&key(account)).cloned())
}
