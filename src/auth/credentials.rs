//! Stored API tokens, keyed by account and API host so a token never reaches another backend.
//! They live in the OS keyring (macOS Keychain, Windows Credential Manager, the Secret Service
//! on Linux); where none answers (a headless CI box) in `credentials.toml` in the config
//! directory, written atomically with mode 0600. `--insecure-storage` or
//! `BELT_CREDENTIAL_STORE=file` choose the file directly.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Once;
use std::sync::mpsc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::Account;
use crate::error::{Error, Result};
use belt_fs as fsutil;

/// The keyring's service name; the entry's user is `ACCOUNT@HOST`.
const SERVICE: &str = "belt";
/// A keyring that does not answer within this time counts as absent.
const KEYRING_TIMEOUT: Duration = Duration::from_millis(2500);

/// Where tokens are kept.
pub trait CredentialStore {
    fn get(&self, key: &str) -> Result<Option<String>>;
    fn set(&self, key: &str, token: &str) -> Result<()>;
    /// Removes the token; true if there was one.
    fn delete(&self, key: &str) -> Result<bool>;
}

/// The key a token is stored under: account and API host.
pub fn key(account: &Account) -> String {
    format!("{}@{}", account.name, account.backend.host())
}

/// `credentials.toml`.
pub struct FileStore;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct CredentialsFile {
    /// `"ACCOUNT@HOST" = "token"`
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

impl FileStore {
    pub fn path() -> PathBuf {
        crate::dirs::config_dir().join("credentials.toml")
    }

    fn load() -> Result<CredentialsFile> {
        let path = Self::path();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Default::default()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        toml::from_str(&text).map_err(|e| Error::Config {
            path: path.clone(),
            message: format!(
                "cannot read stored credentials: {}. Delete the file and log in again with `belt login`.",
                e.message().trim_end()
            ),
        })
    }

    /// Read, change and write back the file under the config directory's lock.
    fn update<T>(f: impl FnOnce(&mut CredentialsFile) -> T) -> Result<T> {
        fsutil::with_lock(&crate::dirs::config_dir(), || {
            let mut file = Self::load()?;
            let result = f(&mut file);
            let text = toml::to_string(&file)
                .map_err(|e| Error::Failed(format!("cannot encode the credentials file: {e}")))?;
            fsutil::write_atomic_locked(&Self::path(), text.as_bytes())?;
            Ok(result)
        })
    }
}

impl CredentialStore for FileStore {
    fn get(&self, key: &str) -> Result<Option<String>> {
        Ok(Self::load()?.tokens.get(key).cloned())
    }

    fn set(&self, key: &str, token: &str) -> Result<()> {
        Self::update(|file| {
            file.tokens.insert(key.to_string(), token.to_string());
        })
    }

    fn delete(&self, key: &str) -> Result<bool> {
        if !Self::path().exists() {
            return Ok(false);
        }
        Self::update(|file| file.tokens.remove(key).is_some())
    }
}

/// The OS keyring. Every call runs on its own thread and is abandoned after
/// [`KEYRING_TIMEOUT`], so a locked or hung secret service never hangs belt.
pub struct KeyringStore;

/// The keyring could not be used at all (as opposed to having no entry).
struct Unavailable(String);

fn keyring_call<T: Send + 'static>(
    key: &str,
    f: impl FnOnce(keyring::Entry) -> keyring::Result<T> + Send + 'static,
) -> Result<T, Unavailable> {
    let key = key.to_string();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        // The Linux secret-service client (zbus on tokio) needs a runtime to do its I/O on.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build();
        let result = match &runtime {
            Ok(runtime) => {
                let _context = runtime.enter();
                keyring::Entry::new(SERVICE, &key).and_then(f)
            }
            Err(e) => Err(keyring::Error::PlatformFailure(Box::new(
                std::io::Error::other(e.to_string()),
            ))),
        };
        let _ = send.send(result);
        if let Ok(runtime) = runtime {
            runtime.shutdown_background();
        }
    });
    match receive.recv_timeout(KEYRING_TIMEOUT) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(Unavailable(e.to_string())),
        Err(_) => Err(Unavailable("the keyring did not answer in time".into())),
    }
}

impl KeyringStore {
    fn get(&self, key: &str) -> Result<Option<String>, Unavailable> {
        keyring_call(key, |entry| match entry.get_password() {
            Ok(token) => Ok(Some(token)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    fn set(&self, key: &str, token: &str) -> Result<(), Unavailable> {
        let token = token.to_string();
        keyring_call(key, move |entry| entry.set_password(&token))
    }

    fn delete(&self, key: &str) -> Result<bool, Unavailable> {
        keyring_call(key, |entry| match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(e),
        })
    }
}

fn warn_fallback(reason: &str) {
    static WARNED: Once = Once::new();
    WARNED.call_once(|| {
        crate::output::stderr_line(&format!(
            "warning: no OS keyring available ({reason}); using {} (mode 0600)",
            FileStore::path().display()
        ));
    });
}

/// The keyring, falling back to the file (with a one-line warning) when no keyring works.
/// Tokens stored in the file (by `--insecure-storage`) are found too.
pub struct SystemStore {
    /// Skip the keyring: `--insecure-storage` or `BELT_CREDENTIAL_STORE=file`.
    file_only: bool,
}

impl SystemStore {
    pub fn new(insecure_storage: bool) -> SystemStore {
        let from_env = crate::env::BELT_CREDENTIAL_STORE
            .get()
            .is_some_and(|v| v == "file");
        SystemStore {
            file_only: insecure_storage || from_env,
        }
    }
}

impl CredentialStore for SystemStore {
    fn get(&self, key: &str) -> Result<Option<String>> {
        if !self.file_only {
            match KeyringStore.get(key) {
                Ok(Some(token)) => return Ok(Some(token)),
                Ok(None) => {}
                Err(Unavailable(reason)) => warn_fallback(&reason),
            }
        }
        FileStore.get(key)
    }

    fn set(&self, key: &str, token: &str) -> Result<()> {
        if !self.file_only {
            match KeyringStore.set(key, token) {
                // A stale copy in the file must not outlive the new token.
                Ok(()) => return FileStore.delete(key).map(|_| ()),
                Err(Unavailable(reason)) => warn_fallback(&reason),
            }
        }
        FileStore.set(key, token)
    }

    fn delete(&self, key: &str) -> Result<bool> {
        let in_keyring = !self.file_only && KeyringStore.delete(key).unwrap_or(false);
        Ok(FileStore.delete(key)? || in_keyring)
    }
}

/// The token stored for this account on its backend, if any.
pub fn stored_token(account: &Account) -> Result<Option<String>> {
    if !account.credential_scope_matches {
        return Ok(None);
    }
    SystemStore::new(false).get(&key(account))
}
