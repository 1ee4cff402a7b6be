//! Platform users: who acts on the platform (an [`Actor`]), and the accounts themselves:
//! created by the owner's first start, `belt serve`'s tooling and the tests, read by
//! `GET /account`.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use super::error::{Error, Result};
use super::{Platform, api_keys, credentials, util};

/// Who acts: the user a request authenticated as, or the owner of the app a `git push`
/// deploys. Domain operations take this, never an HTTP extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Actor {
    pub id: String,
    pub email: String,
}

impl Actor {
    /// Whether a `/users/{user}` path names this actor: `~`, its id or its email.
    pub fn is(&self, user: &str) -> bool {
        [self.id.as_str(), self.email.as_str(), "~"]
            .iter()
            .any(|me| me.eq_ignore_ascii_case(user))
    }
}

/// The id of the user with this email, created when there is none.
pub(crate) fn ensure(conn: &Connection, email: &str) -> rusqlite::Result<String> {
    let existing: Option<String> = conn
        .query_row("SELECT id FROM users WHERE email = ?1", [email], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = util::new_id();
    let now = util::timestamp(util::now());
    conn.execute(
        "INSERT INTO users (id, email, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![id, email, now],
    )?;
    Ok(id)
}

/// Whether a user with this id or email exists.
pub(crate) fn exists(conn: &Connection, id_or_email: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM users WHERE id = ?1 OR email = ?1")?
        .exists([id_or_email])
}

/// When the actor's account was created.
pub(crate) fn created_at(conn: &Connection, actor: &Actor) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT created_at FROM users WHERE id = ?1")?
        .query_row([&actor.id], |row| row.get(0))
}

/// The schema's `account` of the actor.
pub(crate) fn account(conn: &Connection, actor: &Actor) -> rusqlite::Result<Value> {
    conn.prepare_cached(
        "SELECT id, email, name, created_at, updated_at, last_login FROM users WHERE id = ?1",
    )?
    .query_row([&actor.id], |row| {
        Ok(json!({
            "allow_tracking": true,
            "beta": false,
            "country_of_residence": null,
            "created_at": row.get::<_, String>(3)?,
            "default_organization": null,
            "default_team": null,
            "delinquent_at": null,
            "email": row.get::<_, String>(1)?,
            "federated": false,
            "id": row.get::<_, String>(0)?,
            "identity_provider": null,
            "last_login": row.get::<_, Option<String>>(5)?,
            "name": row.get::<_, Option<String>>(2)?,
            "sms_number": null,
            "suspended_at": null,
            "two_factor_authentication": false,
            "updated_at": row.get::<_, String>(4)?,
            "verified": true,
        }))
    })
}

impl Platform {
    /// Creates a user (or reuses the one with this email) and returns a new API key for it.
    pub fn create_user(&self, email: &str) -> Result<String> {
        let email = email.trim();
        if email.is_empty() || !email.contains('@') {
            return Err(Error::Platform(format!(
                "`{email}` is not an email address"
            )));
        }
        self.store().write(|tx| {
            let user_id = ensure(tx, email)?;
            Ok(api_keys::add_default(tx, &user_id)?)
        })
    }

    /// Creates a user (or updates the one with this email) who can log in with `password`,
    /// and, when `second_factor` is given, must also type that six-digit code. Returns a new
    /// API key for the user.
    pub fn create_user_with_password(
        &self,
        email: &str,
        password: &str,
        second_factor: Option<&str>,
    ) -> Result<String> {
        let email = email.trim();
        if !email.contains('@') || password.is_empty() {
            return Err(Error::Platform(
                "a user needs an email address and a non-empty password".into(),
            ));
        }
        if let Some(code) = second_factor
            && (code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(Error::Platform(
                "a second factor is a six-digit code".into(),
            ));
        }
        let password_hash = credentials::hash_secret(password);
        let second_factor_hash = second_factor.map(credentials::hash_secret);
        self.store().write(|tx| {
            let user_id = ensure(tx, email)?;
            tx.execute(
                "UPDATE users SET password_hash = ?1, second_factor_hash = ?2 WHERE id = ?3",
                params![password_hash, second_factor_hash, user_id],
            )?;
            Ok(api_keys::add_default(tx, &user_id)?)
        })
    }
}
