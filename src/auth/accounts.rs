//! `accounts.toml` in the config directory: named accounts, each with its backend, and the
//! global current account. The `local` and `heroku` accounts always exist.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use belt_fs as fsutil;

pub const LOCAL: &str = "local";
/// The built-in account of the official CLI's users: Heroku, or what `HEROKU_HOST` names.
pub const HEROKU: &str = "heroku";
pub const HEROKU_API_URL: &str = "https://api.heroku.com";

/// The `heroku` account's API URL, from `HEROKU_HOST` as the official CLI reads it.
pub fn heroku_api_url() -> String {
    let host = crate::env::HEROKU_HOST.get().unwrap_or_default();
    heroku_api_url_from(host.trim()).unwrap_or_else(|| {
        static WARNED: std::sync::Once = std::sync::Once::new();
        WARNED.call_once(|| {
            crate::output::stderr_line(&format!(
                "warning: Invalid HEROKU_HOST '{host}' - using default"
            ));
        });
        HEROKU_API_URL.to_string()
    })
}

/// A value starting with `http` is the API URL itself, anything else a domain whose API is
/// `https://api.DOMAIN`; only Heroku's own domains and localhost are accepted (None: another).
fn heroku_api_url_from(host: &str) -> Option<String> {
    if host.is_empty() {
        return Some(HEROKU_API_URL.to_string());
    }
    let host = host.trim_end_matches('/');
    let url = if host.starts_with("http") {
        host.to_string()
    } else {
        format!("https://api.{host}")
    };
    // The parsed host name decides, as in the official CLI: `localhost.example.com` or a path
    // ending in `/127.0.0.1` is another host, and a port does not hide a Heroku one.
    let parsed = reqwest::Url::parse(&url).ok()?;
    let name = parsed.host_str()?;
    let heroku = [
        "heroku.com",
        "herokai.com",
        "herokuspace.com",
        "herokudev.com",
    ]
    .iter()
    .any(|d| name == *d || name.ends_with(&format!(".{d}")));
    let local = ["localhost", "127.0.0.1"].contains(&name);
    (heroku || local).then_some(url)
}

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
    /// When the stored token expires (unix seconds), as learned at login; none if it never
    /// does or belt could not tell.
    pub token_expires_at: Option<i64>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountEntry {
    api_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ca_cert: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    token_expires_at: Option<i64>,
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
                e.message().trim_end()
            ),
        })
    }

    /// Loads the file, lets `f` change it, and writes it back, all under the config lock.
    pub fn update<T>(f: impl FnOnce(&mut AccountsFile) -> Result<T>) -> Result<T> {
        fsutil::with_lock(&crate::dirs::config_dir(), || {
            let mut file = Self::load()?;
            let result = f(&mut file)?;
            let text = toml::to_string(&file)
                .map_err(|e| Error::Failed(format!("cannot encode the accounts file: {e}")))?;
            fsutil::write_atomic_locked(&Self::path(), text.as_bytes())?;
            Ok(result)
        })
    }

    /// Every account: `local` first, then the configured ones by name.
    pub fn all(&self) -> Result<Vec<Account>> {
        self.names().map(|name| self.get(name)).collect()
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        [LOCAL, HEROKU].into_iter().chain(
            self.accounts
                .keys()
                .map(String::as_str)
                .filter(|n| !is_built_in(n)),
        )
    }

    pub fn contains(&self, name: &str) -> bool {
        is_built_in(name) || self.accounts.contains_key(name)
    }

    /// Adds or replaces an account.
    pub fn insert(&mut self, account: &Account) {
        let api_url = match &account.backend {
            Backend::Local => LOCAL.to_string(),
            Backend::Remote(url) => url.clone(),
        };
        self.accounts.insert(
            account.name.clone(),
            AccountEntry {
                api_url,
                email: account.email.clone(),
                ca_cert: account.ca_cert.clone(),
                token_expires_at: account.token_expires_at,
            },
        );
    }

    /// Removes an account; true if it was configured.
    pub fn remove(&mut self, name: &str) -> bool {
        if self.current.as_deref() == Some(name) {
            self.current = None;
        }
        self.accounts.remove(name).is_some()
    }

    pub fn get(&self, name: &str) -> Result<Account> {
        if name == HEROKU {
            // Its backend always follows HEROKU_HOST; only the email and CA are its own.
            let entry = self.accounts.get(name);
            return Ok(Account {
                name: HEROKU.to_string(),
                backend: Backend::Remote(heroku_api_url()),
                email: entry.and_then(|e| e.email.clone()),
                ca_cert: entry.and_then(|e| e.ca_cert.clone()),
                credential_scope_matches: true,
                token_expires_at: entry.and_then(|e| e.token_expires_at),
            });
        }
        if let Some(entry) = self.accounts.get(name) {
            return Ok(Account {
                name: name.to_string(),
                backend: Backend::parse(&entry.api_url)?,
                email: entry.email.clone(),
                ca_cert: entry.ca_cert.clone(),
                credential_scope_matches: true,
                token_expires_at: entry.token_expires_at,
            });
        }
        if name == LOCAL {
            return Ok(Account {
                name: LOCAL.to_string(),
                backend: Backend::Local,
                email: None,
                ca_cert: None,
                credential_scope_matches: true,
                token_expires_at: None,
            });
        }
        let known: Vec<&str> = self.names().collect();
        Err(Error::NotFound(format!(
            "no account named {name:?}; known accounts: {} (add one with `belt accounts:add`)",
            known.join(", ")
        )))
    }
}

/// `local` and `heroku`: always there, never removed.
pub fn is_built_in(name: &str) -> bool {
    name == LOCAL || name == HEROKU
}

/// Account names are short words, safe in file keys, keyring entries and prompts.
pub fn validate_name(name: &str) -> Result<()> {
    let valid = (1..=40).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        && name.as_bytes()[0].is_ascii_alphanumeric();
    if valid {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "invalid account name {name:?}: use up to 40 letters, digits, dots, dashes and underscores, starting with a letter or digit"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::heroku_api_url_from;

    #[test]
    fn heroku_host_is_read_as_the_official_cli_reads_it() {
        let url = |h: &str| heroku_api_url_from(h);
        assert_eq!(url("").as_deref(), Some("https://api.heroku.com"));
        assert_eq!(url("heroku.com").as_deref(), Some("https://api.heroku.com"));
        assert_eq!(
            url("herokudev.com").as_deref(),
            Some("https://api.herokudev.com")
        );
        assert_eq!(
            url("https://localhost:5443/").as_deref(),
            Some("https://localhost:5443")
        );
        assert_eq!(
            url("http://127.0.0.1:9").as_deref(),
            Some("http://127.0.0.1:9")
        );
        assert_eq!(url("https://api.example.com"), None);
        assert_eq!(url("evilheroku.com"), None);
        // The host name decides, not a substring of the URL.
        assert_eq!(url("https://localhost.attacker.example"), None);
        assert_eq!(url("https://x.example/127.0.0.1"), None);
        assert_eq!(url("https://127.0.0.1.example"), None);
        assert_eq!(
            url("https://api.heroku.com:443").as_deref(),
            Some("https://api.heroku.com:443")
        );
    }
}
