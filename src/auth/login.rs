//! Getting an API key from a Heroku-compatible backend: the browser handshake, the
//! interactive prompt (email and password, or an API key), or a token handed in; then
//! `GET /account` confirms it and the credential is stored. Wire format only.

use std::io::{BufRead, Write};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{Value, json};

use super::credentials::{CredentialStore, SystemStore, key};
use super::{Account, AccountsFile, Backend};
use crate::api::models::{self, decode};
use crate::api::{Client, ClientOptions};
use crate::error::{Error, Result};

/// How long the browser flow waits for the person to approve.
const BROWSER_WAIT: Duration = Duration::from_secs(600);
const POLL_INTERVAL: Duration = Duration::from_secs(1);
const CLIENT_NAME: &str = concat!("belt/", env!("CARGO_PKG_VERSION"));

/// Flags of the client made for logging in.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub debug: bool,
    pub dry_run: bool,
}

/// The backend URL of an account that can log in; `local` needs no login.
fn remote_url(account: &Account) -> Result<&str> {
    match &account.backend {
        Backend::Remote(url) if account.credential_scope_matches => Ok(url),
        Backend::Remote(_) => Err(Error::Usage(
            "--api-url points at another backend than the account's: add an account for it \
             with `belt accounts:add NAME --api-url URL`"
                .into(),
        )),
        Backend::Local => Err(Error::Usage(format!(
            "account {:?} is the local platform, which needs no login; add an account for a \
             backend with `belt accounts:add NAME --api-url URL`",
            account.name
        ))),
    }
}

fn client(account: &Account, token: Option<String>, options: Options) -> Result<Client> {
    Client::new(ClientOptions {
        base_url: remote_url(account)?.to_string(),
        token,
        debug: options.debug,
        dry_run: options.dry_run,
        json: false,
        extra_ca: account.ca_cert.iter().cloned().collect(),
    })
}

/// This machine's name, shown on the approval page so the person knows who asks.
fn hostname() -> String {
    ["HOSTNAME", "COMPUTERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "an unnamed machine".into())
}

/// A 401 during login becomes "not logged in" (exit 3) with the backend's message.
fn refused(error: Error) -> Error {
    match error {
        Error::Api {
            status: 401,
            message,
            ..
        } => Error::NotLoggedIn(message),
        other => other,
    }
}

#[derive(Deserialize)]
struct BrowserSession {
    id: String,
    browser_url: String,
    secret: String,
}

#[derive(Deserialize)]
struct Collected {
    token: String,
}

/// The browser flow: ask for a session, open its page, poll until the person approves it.
pub async fn browser(account: &Account, options: Options) -> Result<String> {
    let client = client(account, None, options)?;
    let body = json!({"hostname": hostname(), "client": CLIENT_NAME});
    let session: BrowserSession = client.post("/auth/sessions", &body).await?;
    crate::output::stderr_line(&format!(
        "Opening your browser to log in; if it does not open, visit:\n  {}",
        session.browser_url
    ));
    let url = session.browser_url.clone();
    let opened = tokio::task::spawn_blocking(move || webbrowser::open(&url)).await;
    if !matches!(opened, Ok(Ok(()))) {
        crate::output::stderr_line("warning: could not open a browser; visit the URL above");
    }
    crate::output::stderr_line("Waiting for the login to be approved in the browser...");
    let path = format!("/auth/sessions/{}/token", crate::api::seg(&session.id));
    let poll = json!({"secret": session.secret});
    let deadline = tokio::time::Instant::now() + BROWSER_WAIT;
    while tokio::time::Instant::now() < deadline {
        let response = client
            .send(Method::POST, &path, Some(&poll), &[])
            .await
            .map_err(refused)?;
        if response.status != StatusCode::ACCEPTED {
            return Ok(response.decode::<Collected>()?.token);
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
    Err(Error::NotLoggedIn(
        "the login was not approved within 10 minutes".into(),
    ))
}

/// Writes `label` on stderr and reads a line from the terminal, without echo if `hidden`.
fn prompt(label: &str, hidden: bool) -> Result<String> {
    let echo = |on: bool| {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    };
    // Echo goes off before the prompt shows, so nothing typed after it is ever displayed.
    if hidden {
        echo(false);
    }
    {
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "{label}").and_then(|_| stderr.flush());
    }
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if hidden {
        echo(true);
        crate::output::stderr_line("");
    }
    read.map_err(|e| Error::io("<stdin>", e))?;
    Ok(line.trim().to_string())
}

/// `Basic base64(user:password)`.
fn basic_auth(user: &str, password: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{user}:{password}");
    let mut out = String::from("Basic ");
    for chunk in input.as_bytes().chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The interactive flow: email and password (and a two-factor code when the backend asks
/// for one), or an API key pasted at the prompt.
pub async fn interactive(account: &Account, options: Options) -> Result<String> {
    let client = client(account, None, options)?;
    crate::output::stderr_line(&format!("Log in to {}", account.backend.display()));
    let email = prompt("Email (leave empty to enter an API key): ", false)?;
    if email.is_empty() {
        return non_empty(prompt("API key: ", true)?);
    }
    let password = prompt("Password: ", true)?;
    // `scope` is required by the schema; `global` is what a CLI login gets.
    let body = json!({
        "description": format!("belt login from {}", hostname()),
        "scope": ["global"],
    });
    let mut headers = vec![("Authorization", basic_auth(&email, &password))];
    let response = match client
        .send(Method::POST, "/oauth/authorizations", Some(&body), &headers)
        .await
    {
        Err(Error::Api {
            status: 401, id, ..
        }) if id == "two_factor" => {
            headers.push((
                "Heroku-Two-Factor-Code",
                prompt("Two-factor code: ", false)?,
            ));
            client
                .send(Method::POST, "/oauth/authorizations", Some(&body), &headers)
                .await
        }
        other => other,
    }
    .map_err(refused)?;
    let authorization: Value = response.decode()?;
    authorization["access_token"]["token"]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| Error::Protocol {
            message: "the backend's authorization carries no access token".into(),
            request_id: response.request_id.clone(),
        })
}

fn non_empty(token: String) -> Result<String> {
    if token.is_empty() {
        Err(Error::Usage("no API key given".into()))
    } else {
        Ok(token)
    }
}

/// The token given on stdin (`--with-token`): its first non-empty line.
pub fn token_from_stdin() -> Result<String> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
        .map_err(|e| Error::io("<stdin>", e))?;
    let token = text.lines().map(str::trim).find(|l| !l.is_empty());
    non_empty(token.unwrap_or_default().to_string()).map_err(|_| {
        Error::Usage("--with-token reads the API key from stdin, which was empty".into())
    })
}

/// `GET /account` with the new token: the account it belongs to, or exit 3 if refused.
pub async fn confirm(account: &Account, token: &str, options: Options) -> Result<models::Account> {
    let client = client(account, Some(token.to_string()), options)?;
    let raw: Value = client.get("/account").await.map_err(|e| match e {
        Error::Api { status: 401, .. } => Error::NotLoggedIn(format!(
            "{} rejected this API key: check it and log in again",
            account.backend.display()
        )),
        other => other,
    })?;
    decode(&raw)
}

/// Stores the token for the account and records the account (with its email).
pub fn save(account: &Account, token: &str, email: &str, insecure_storage: bool) -> Result<()> {
    SystemStore::new(insecure_storage).set(&key(account), token)?;
    let mut account = account.clone();
    account.email = Some(email.to_string());
    AccountsFile::update(|file| {
        file.insert(&account);
        Ok(())
    })
}

/// Revokes the token on the backend when it can (`DELETE /oauth/authorizations/~`), then
/// forgets it. Returns whether a stored credential was deleted.
pub async fn logout(account: &Account, options: Options) -> Result<bool> {
    let store = SystemStore::new(false);
    let Some(token) = store.get(&key(account))? else {
        return Ok(false);
    };
    let revoked = match client(account, Some(token), options) {
        Ok(client) => client
            .delete::<Value>("/oauth/authorizations/~")
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    match revoked {
        Err(Error::DryRun) => return Err(Error::DryRun),
        // Already revoked or expired is as good as revoked.
        Ok(()) | Err(Error::Api { status: 401, .. }) => {}
        Err(e) => crate::output::stderr_line(&format!(
            "warning: could not revoke the API key on the backend ({e}); forgetting it anyway"
        )),
    }
    store.delete(&key(account))
}

#[cfg(test)]
mod tests {
    #[test]
    fn basic_auth_is_standard_base64() {
        assert_eq!(super::basic_auth("a", "b"), "Basic YTpi");
        assert_eq!(super::basic_auth("ab", "c"), "Basic YWI6Yw==");
        assert_eq!(
            super::basic_auth("me@x.io", "abc"),
            "Basic bWVAeC5pbzphYmM="
        );
    }
}
