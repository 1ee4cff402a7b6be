//! `accounts.toml` in the config directory: named accounts, each with its backend, and the
//! global current account. The `local` account always exists.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const LOCAL: &str = "local";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// The embedded platform, started inside the belt process.
    Local,
    /// A Heroku-compatible API at this base URL.
    Remote(String),
}

impl Backend {
    pub fn parse(url: &str) -> Result<Backend> {
        let url = url.trim().trim_end_matches('/');
        if url.is_empty() || url == LOCAL {
            return Ok(Backend::Local);
        }
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| Error::Usage(format!("invalid API URL {url:?}: {e}")))?;
        if parsed.host_str().is_none() {
            return Err(Error::Usage(format!("invalid API URL {url:?}: no host")));
        }
        Ok(Backend::Remote(url.to_string()))
    }

    pub fn display(&self) -> String {
        match self {
            Backend::Local => "local platform".to_string(),
            Backend::Remote(url) => url.clone(),
        }
    }

    /// The host a credential is bound to, so a token for one backend never goes to another.
    pub fn host(&self) -> String {
        match self {
            Backend::Local => LOCAL.to_string(),
            Backend::Remote(url) => reqwest::Url::parse(url)
                .ok()
                .and_then(|u| {
                    u.host_str()
                        .map(|h| u.port().map_or(h.to_string(), |p| format!("{h}:{p}")))
                })
                .unwrap_or_else(|| url.clone()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Account {
    pub name: String,
    pub backend: Backend,
    pub email: Option<String>,
    pub ca_cert: Option<PathBuf>,
    /// False when `--api-url` moved this call to another backend than the account's own.
    pub credential_scope_matches: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountEntry {
    api_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ca_cert: Option<PathBuf>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct AccountsFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    accounts: BTreeMap<String, AccountEntry>,
}

impl AccountsFile {
    pub fn path() -> PathBuf {
        crate::dirs::config_dir().join("accounts.toml")
    }

    pub fn load() -> Result<AccountsFile> {
        let path = Self::path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        toml::from_str(&text).map_err(|e| Error::Config {
            path: path.clone(),
            message: format!(
                "cannot read the accounts file: {}. Fix it by hand, or move it away to start over with only the `local` account.",
                e.message()
            ),
        })
    }

    pub fn get(&self, name: &str) -> Result<Account> {
        if let Some(entry) = self.accounts.get(name) {
            return Ok(Account {
                name: name.to_string(),
                backend: Backend::parse(&entry.api_url)?,
                email: entry.email.clone(),
                ca_cert: entry.ca_cert.clone(),
                credential_scope_matches: true,
            });
        }
        if name == LOCAL {
            return Ok(Account {
                name: LOCAL.to_string(),
                backend: Backend::Local,
                email: None,
                ca_cert: None,
                credential_scope_matches: true,
            });
        }
        let known: Vec<&str> = std::iter::once(LOCAL)
            .chain(
                self.accounts
                    .keys()
                    .map(String::as_str)
                    .filter(|n| *n != LOCAL),
            )
            .collect();
        Err(Error::NotFound(format!(
            "no account named {name:?}; known accounts: {}",
            known.join(", ")
        )))
    }
}
