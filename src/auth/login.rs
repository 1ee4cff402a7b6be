//! Getting an API key from a Heroku-compatible backend as the official CLI does: the browser
//! login of the login host (Heroku's cli-auth), the interactive prompt (email and password,
//! and a second factor when asked, or an API key), or a token handed in; then `GET /account`
//! confirms it and the credential is stored. Logging out revokes belt's own authorization
//! (never the account's default API key). Wire format only.

use std::time::Duration;

use super::credentials::{CredentialStore, SystemStore, key};
use super::{Account, AccountsFile, Backend, HEROKU, HEROKU_API_URL};
use crate::api::endpoints::{BrowserAnswer, PasswordLogin};
use crate::api::models;
use crate::api::{Client, ClientOptions, PlannedSink, Trace};
use crate::env;
use crate::error::{Error, Result};
use crate::output::Output;

/// How long the browser flow waits for the person to approve, as the official CLI does.
const BROWSER_WAIT: Duration = Duration::from_secs(600);
/// The official CLI's password login lasts thirty days.
const THIRTY_DAYS: u64 = 60 * 60 * 24 * 30;

/// Flags of the client made for logging in.
#[derive(Clone)]
pub struct Options {
    /// With `--debug`: where requests are traced.
    pub debug: Option<Trace>,
    /// With `--dry-run`: where the changes not sent are listed.
    pub dry_run: Option<PlannedSink>,
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
            "account {:?} is the local platform, which needs no login; log in to Heroku with \
             `belt login --account heroku`, or add an account for a backend with \
             `belt accounts:add NAME --api-url URL`",
            account.name
        ))),
    }
}

fn client_at(
    account: &Account,
    base_url: &str,
    token: Option<String>,
    options: &Options,
) -> Result<Client> {
    Client::new(ClientOptions {
        base_url: base_url.to_string(),
        token,
        debug: options.debug.clone(),
        dry_run: options.dry_run.clone(),
        extra_ca: account.ca_cert.iter().cloned().collect(),
    })
}

fn client(account: &Account, token: Option<String>, options: &Options) -> Result<Client> {
    client_at(account, remote_url(account)?, token, options)
}

/// Where the browser login happens, as for the official CLI: `HEROKU_LOGIN_HOST` (for the
/// `heroku` account), Heroku's cli-auth for Heroku's API, else the backend itself.
pub fn login_host(account: &Account) -> Result<String> {
    let url = remote_url(account)?;
    let env = crate::env::HEROKU_LOGIN_HOST.get().unwrap_or_default();
    Ok(login_host_for(
        url,
        (account.name == HEROKU).then_some(env.trim()),
    ))
}

fn login_host_for(api_url: &str, heroku_login_host: Option<&str>) -> String {
    match heroku_login_host.filter(|h| !h.is_empty()) {
        Some(host) => host.trim_end_matches('/').to_string(),
        None if api_url == HEROKU_API_URL => "https://cli-auth.heroku.com".to_string(),
        None => api_url.to_string(),
    }
}

/// This machine's name, shown on the approval page so the person knows who asks.
fn hostname() -> String {
    [env::HOSTNAME, env::COMPUTERNAME]
        .iter()
        .find_map(|v| v.get())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "an unnamed machine".into())
}

fn description() -> String {
    format!("belt login from {}", hostname())
}

/// A refused login (401, a wrong second factor) becomes "not logged in" (exit 3) with the
/// backend's message; `device_trust_required` gets the official CLI's advice.
fn refused(error: Error) -> Error {
    match error {
        Error::Api { id, .. } if id == "device_trust_required" => Error::NotLoggedIn(
            "The interactive flag requires Two-Factor Authentication to be enabled on your \
             account. Please use belt login."
                .into(),
        ),
        Error::Api {
            status,
            message,
            id,
            ..
        } if status == 401 || id == "invalid_two_factor_code" => Error::NotLoggedIn(message),
        other => other,
    }
}

/// Only a path may follow the login host, so the answer cannot send belt elsewhere.
fn path_on_host(path: &str, request_id: Option<String>) -> Result<&str> {
    if path.starts_with('/') && !path.starts_with("//") {
        Ok(path)
    } else {
        Err(Error::Protocol {
            message: format!("the login host answered a URL that is not a path: {path:?}"),
            request_id,
        })
    }
}

/// The browser flow: `POST {login host}/auth`, open its page, then one long-polling
/// `GET {login host}{cli_url}` (asked again when a gateway gives up on it, within ten
/// minutes).
pub async fn browser(account: &Account, options: &Options, out: &Output) -> Result<String> {
    let host = login_host(account)?;
    let client = client_at(account, &host, None, options)?;
    let (login, request_id) = client.start_browser_login(&description()).await?;
    let browser_url = path_on_host(&login.browser_url, request_id.clone())?;
    let cli_url = format!("{host}{}", path_on_host(&login.cli_url, request_id)?);
    let url = format!("{host}{browser_url}");
    out.err_line(format!(
        "Opening your browser to log in; if it does not open, visit:\n  {url}"
    ));
    let to_open = url.clone();
    let opened = tokio::task::spawn_blocking(move || webbrowser::open(&to_open)).await;
    if !matches!(opened, Ok(Ok(()))) {
        out.err_line("warning: could not open a browser; visit the URL above");
    }
    out.err_line("Waiting for the login to be approved in the browser...");
    let timed_out = || Error::NotLoggedIn("the login was not approved within 10 minutes".into());
    let deadline = tokio::time::Instant::now() + BROWSER_WAIT;
    let answer = loop {
        let poll = client.poll_browser_login(&cli_url, &login.token);
        match tokio::time::timeout_at(deadline, poll)
            .await
            .map_err(|_| timed_out())?
        {
            // A gateway gave up on the held request (above 500, as the official CLI has it):
            // ask again.
            Err(Error::Api { status, .. }) if status > 500 => {
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            other => break other.map_err(refused)?,
        }
    };
    match answer {
        BrowserAnswer {
            error: Some(error), ..
        } => Err(Error::NotLoggedIn(error)),
        BrowserAnswer {
            access_token: Some(token),
            ..
        } if !token.is_empty() => Ok(token),
        _ => Err(Error::Protocol {
            message: "the login host's answer carries no access token".into(),
            request_id: None,
        }),
    }
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
/// for one, with an error of id `two_factor` at whatever status), or an API key pasted at the
/// prompt.
pub async fn interactive(account: &Account, options: &Options, out: &Output) -> Result<String> {
    let client = client(account, None, options)?;
    out.err_line(format!("Log in to {}", account.backend.display()));
    let email = out.prompt("Email (leave empty to enter an API key): ", false)?;
    if email.is_empty() {
        return non_empty(out.prompt("API key: ", true)?);
    }
    let password = out.prompt("Password: ", true)?;
    let description = description();
    let basic_auth = basic_auth(&email, &password);
    let mut login = PasswordLogin {
        description: &description,
        expires_in: THIRTY_DAYS,
        basic_auth: &basic_auth,
        two_factor_code: None,
    };
    match client.create_authorization(&login).await {
        Err(Error::Api { id, .. }) if id == "two_factor" => {
            let code = out.prompt("Two-factor code: ", true)?;
            login.two_factor_code = Some(&code);
            client.create_authorization(&login).await
        }
        other => other,
    }
    .map_err(refused)
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

/// `GET /account` with the new token: the account it belongs to, or exit 3 if refused; and
/// when the token expires, if its authorization says (unix seconds).
pub async fn confirm(
    account: &Account,
    token: &str,
    options: &Options,
) -> Result<(models::Account, Option<i64>)> {
    let client = client(account, Some(token.to_string()), options)?;
    let fetched = client.account().info().await.map_err(|e| match e {
        Error::Api { status: 401, .. } => Error::NotLoggedIn(format!(
            "{} rejected this API key: check it and log in again",
            account.backend.display()
        )),
        other => other,
    })?;
    Ok((fetched.model, token_expiry(&client, token).await))
}

/// When `token` expires, from the authorization that carries it (`GET /oauth/authorizations`,
/// as the official CLI's `auth:token` reads it); none if it never does, or if the token may
/// not list authorizations (a narrow scope), which costs the login nothing but the warning.
pub async fn token_expiry(client: &Client, token: &str) -> Option<i64> {
    let authorizations = client.authorizations().await.ok()?;
    let carrying = authorizations
        .iter()
        .find(|a| a.token().is_some_and(|listed| is_token(token, listed)))?;
    Some(super::expiry::now_unix() + carrying.expires_in()?)
}

/// Stores the token for the account and records the account (with its email, and when the
/// token expires).
pub fn save(
    account: &Account,
    token: &str,
    email: &str,
    expires_at: Option<i64>,
    insecure_storage: bool,
) -> Result<()> {
    SystemStore::new(insecure_storage).set(&key(account), token)?;
    let mut account = account.clone();
    account.email = Some(email.to_string());
    account.token_expires_at = expires_at;
    AccountsFile::update(|file| {
        file.insert(&account);
        Ok(())
    })
}

/// Whether `token` is the one an authorization lists: the same, or its redaction (the first
/// and last characters around ten asterisks), as the official CLI compares them.
fn is_token(token: &str, listed: &str) -> bool {
    const STARS: &str = "**********";
    match listed.split_once(STARS) {
        None => token == listed,
        Some((prefix, suffix)) => {
            token.len() >= prefix.len() + suffix.len()
                && token.starts_with(prefix)
                && token.ends_with(suffix)
        }
    }
}

/// Revokes `token` on the backend as the official CLI does: ends its SSO session
/// (`DELETE /oauth/sessions/~`), then deletes the authorization that carries it by id, unless it
/// is the account's default API key (`GET /oauth/authorizations/~`), which other tools may use.
/// Gone already (401, 404) counts as revoked.
async fn revoke(client: &Client, token: &str) -> Result<()> {
    let gone = |e: &Error, resource: &str| match e {
        Error::Api { status: 401, .. } => true,
        Error::Api {
            status: 404,
            resource: r,
            ..
        } => r.as_deref() == Some(resource),
        _ => false,
    };
    match client.end_session().await {
        Err(e) if !gone(&e, "session") => return Err(e),
        _ => {}
    }
    let authorizations = match client.authorizations().await {
        Err(Error::Api { status: 401, .. }) => return Ok(()),
        other => other?,
    };
    let default = match client.default_authorization().await {
        Err(e) if gone(&e, "authorization") => None,
        other => Some(other?),
    };
    let default_token = default.as_ref().and_then(|d| d.token());
    if default_token.is_some_and(|listed| is_token(token, listed)) {
        return Ok(());
    }
    for authorization in &authorizations {
        if let (Some(listed), Some(id)) = (authorization.token(), authorization.id.as_deref())
            && is_token(token, listed)
        {
            match client.delete_authorization(id).await {
                Err(e) if !gone(&e, "authorization") => return Err(e),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Revokes belt's stored token for the account (see [`revoke`]), then forgets it. Returns
/// whether a stored credential was deleted.
pub async fn logout(account: &Account, options: &Options, out: &Output) -> Result<bool> {
    let store = SystemStore::new(false);
    let Some(token) = store.get(&key(account))? else {
        return Ok(false);
    };
    let revoked = match client(account, Some(token.clone()), options) {
        Ok(client) => revoke(&client, &token).await,
        Err(e) => Err(e),
    };
    match revoked {
        Err(Error::DryRun) => return Err(Error::DryRun),
        Ok(()) => {}
        Err(e) => out.err_line(format!(
            "warning: could not revoke the API key on the backend ({e}); forgetting it anyway"
        )),
    }
    store.delete(&key(account))
}

#[cfg(test)]
mod tests {
    #[test]
    fn login_hosts_as_the_official_cli_has_them() {
        use super::login_host_for;
        assert_eq!(
            login_host_for("https://api.heroku.com", None),
            "https://cli-auth.heroku.com"
        );
        assert_eq!(
            login_host_for("https://api.heroku.com", Some("")),
            "https://cli-auth.heroku.com"
        );
        assert_eq!(
            login_host_for("https://api.heroku.com", Some("http://127.0.0.1:9/")),
            "http://127.0.0.1:9"
        );
        assert_eq!(
            login_host_for("https://localhost:5443", None),
            "https://localhost:5443"
        );
    }

    #[test]
    fn tokens_match_their_redaction() {
        use super::is_token;
        let token = "0123456789abcdef0123456789abcdef";
        assert!(is_token(token, token));
        assert!(is_token(token, "012345**********cdef"));
        assert!(is_token(token, "0123**********"));
        assert!(!is_token(token, "x12345**********cdef"));
        assert!(!is_token(token, "012345**********cdex"));
        assert!(!is_token("0123", "0123**********23"));
        assert!(!is_token(token, "other"));
    }

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
