//! Browser logins (Heroku's cli-auth): a client starts one and holds a secret for it; a
//! person approves it (with email and password) or denies it in the browser; the client then
//! collects its API key, once. A login must be answered and collected within [`TTL`] seconds.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::{api_keys, util};

/// A browser login must be approved and collected within this many seconds.
const TTL: i64 = 600;

/// A login as its browser page and its client see it.
pub(crate) struct Session {
    pub description: String,
    pub state: String,
    pub user_id: Option<String>,
    pub expired: bool,
    pub secret_hash: String,
}

impl Session {
    /// Still waiting for the person: neither answered nor expired.
    pub fn is_pending(&self) -> bool {
        self.state == "pending" && !self.expired
    }
}

fn unix_now() -> i64 {
    util::now().unix_timestamp()
}

fn not_found() -> DomainError {
    DomainError::not_found("login", "Couldn't find that login.")
}

/// Starts a login for a client that says it is `description`; its id and the client's secret.
pub(crate) fn start(conn: &Connection, description: &str) -> rusqlite::Result<(String, String)> {
    let id = util::new_id();
    let secret = util::new_token();
    conn.execute(
        "INSERT INTO login_sessions (id, secret_hash, hostname, client, description, created_unix)
         VALUES (?1, ?2, '', '', ?3, ?4)",
        params![id, util::token_hash(&secret), description, unix_now()],
    )?;
    Ok((id, secret))
}

pub(crate) fn load(conn: &Connection, id: &str) -> DomainResult<Session> {
    conn.query_row(
        "SELECT description, state, user_id, created_unix, secret_hash FROM login_sessions WHERE id = ?1",
        [id],
        |r| {
            Ok(Session {
                description: r.get(0)?,
                state: r.get(1)?,
                user_id: r.get(2)?,
                expired: unix_now() - r.get::<_, i64>(3)? > TTL,
                secret_hash: r.get(4)?,
            })
        },
    )
    .optional()?
    .ok_or_else(not_found)
}

/// The login `id` as its client (holding the secret whose hash is `secret_hash`) may see it.
pub(crate) fn load_for_client(
    conn: &Connection,
    id: &str,
    secret_hash: &str,
) -> DomainResult<Session> {
    let session = load(conn, id)?;
    if session.secret_hash != secret_hash {
        return Err(not_found());
    }
    Ok(session)
}

pub(crate) fn approve(conn: &Connection, id: &str, user_id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE login_sessions SET state = 'approved', user_id = ?1 WHERE id = ?2",
        params![user_id, id],
    )?;
    Ok(())
}

pub(crate) fn deny(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE login_sessions SET state = 'denied' WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// What the client is told once there is something to say.
pub(crate) enum Outcome {
    Pending,
    Answer(Value),
}

/// Looks at the login once for its client: mints its key when it was approved (once only).
pub(crate) fn collect(conn: &Connection, id: &str, secret_hash: &str) -> DomainResult<Outcome> {
    let session = load_for_client(conn, id, secret_hash)?;
    let error = |message: &str| Ok(Outcome::Answer(json!({"error": message})));
    match (session.state.as_str(), session.user_id) {
        ("denied", _) => error("The login was denied in the browser."),
        _ if session.expired => error("The login request expired before it was approved."),
        ("approved", Some(user_id)) => {
            let token = api_keys::mint_key(
                conn,
                &user_id,
                &api_keys::KeyKind::Login {
                    description: &session.description,
                    expires_in: Some(api_keys::MAX_EXPIRES_IN),
                },
            )?;
            conn.execute(
                "UPDATE login_sessions SET state = 'collected' WHERE id = ?1",
                [id],
            )?;
            Ok(Outcome::Answer(json!({"access_token": token})))
        }
        ("pending", _) => Ok(Outcome::Pending),
        _ => error("This login's API key was already handed out."),
    }
}
