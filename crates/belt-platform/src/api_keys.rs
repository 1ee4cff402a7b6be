//! API keys: each one an OAuth authorization with an id, as on Heroku. Only a key's hash and
//! redacted form are kept; a request's key opens the account of its [`Actor`].

use crate::store::Cached;
use rusqlite::{Connection, Row, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::users::Actor;
use super::{scopes, util};

/// The longest an authorization may last: Heroku's thirty days.
pub(crate) const MAX_EXPIRES_IN: i64 = 2_592_000;

/// What an API key is minted for.
pub(crate) enum KeyKind<'a> {
    /// The account's default API key (Heroku's `~`, the dashboard's "API Key") when it has
    /// none yet; otherwise a plain authorization.
    Default,
    /// A login's authorization: its description, and the seconds it is valid for.
    Login {
        description: &'a str,
        expires_in: Option<i64>,
    },
    /// An authorization asked for with its scopes (checked, comma-separated).
    Scoped {
        description: &'a str,
        expires_in: Option<i64>,
        scope: &'a str,
    },
}

/// What a presented key turns out to be.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum KeyCheck {
    /// A live key: the account it opens and its scopes.
    Valid(Actor, Vec<String>),
    /// A key past its `expires_in`: when it expired (unix seconds).
    Expired(i64),
    /// No such key (never made, revoked or regenerated).
    Unknown,
}

impl KeyCheck {
    /// The account a live key opens.
    #[cfg(test)]
    pub(crate) fn actor(self) -> Option<Actor> {
        match self {
            KeyCheck::Valid(actor, _) => Some(actor),
            _ => None,
        }
    }
}

/// How a token is shown once only its hash is kept: Heroku's redaction, the first and last
/// characters around ten asterisks, which the official CLI's logout matches against.
fn redact(token: &str) -> String {
    let keep = |range: std::ops::Range<usize>| token.get(range).unwrap_or_default().to_string();
    let n = token.len();
    format!("{}**********{}", keep(0..6), keep(n.saturating_sub(4)..n))
}

/// A new API key for `user_id`; only its hash and redacted form are stored.
pub(crate) fn mint_key(
    conn: &Connection,
    user_id: &str,
    kind: &KeyKind,
) -> rusqlite::Result<String> {
    let token = util::new_token();
    let now = util::now();
    let (description, lifetime, default, scope) = match kind {
        KeyKind::Default => {
            let has_default = conn
                .prepare_cached("SELECT 1 FROM api_keys WHERE user_id = ?1 AND is_default = 1")?
                .exists([user_id])?;
            ("", None, !has_default, "global")
        }
        KeyKind::Login {
            description,
            expires_in,
        } => (*description, *expires_in, false, "global"),
        KeyKind::Scoped {
            description,
            expires_in,
            scope,
        } => (*description, *expires_in, false, *scope),
    };
    let expires_unix = lifetime.map(|s| now.unix_timestamp() + s);
    conn.execute_cached(
        "INSERT INTO api_keys (hash, user_id, created_at, id, description, redacted, expires_unix,
                               is_default, scope, lifetime)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            util::token_hash(&token),
            user_id,
            util::timestamp(now),
            util::new_id(),
            description,
            redact(&token),
            expires_unix,
            default,
            scope,
            lifetime,
        ],
    )?;
    Ok(token)
}

/// A new default API key for `user_id` (the account's default one if it has none yet).
pub(crate) fn add_default(conn: &Connection, user_id: &str) -> rusqlite::Result<String> {
    mint_key(conn, user_id, &KeyKind::Default)
}

/// Whether `token` is a key of any account, expired or not.
pub(crate) fn exists(conn: &Connection, token: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM api_keys WHERE hash = ?1")?
        .exists([util::token_hash(token)])
}

/// What `token` is: a live key with its account and scopes, an expired one, or none.
pub(crate) fn check(conn: &Connection, token: &str) -> rusqlite::Result<KeyCheck> {
    let mut stmt = conn.prepare_cached(
        "SELECT users.id, users.email, api_keys.scope, api_keys.expires_unix FROM api_keys
         JOIN users ON users.id = api_keys.user_id WHERE api_keys.hash = ?1",
    )?;
    let mut rows = stmt.query([util::token_hash(token)])?;
    let Some(row) = rows.next()? else {
        return Ok(KeyCheck::Unknown);
    };
    match row.get::<_, Option<i64>>(3)? {
        Some(at) if at <= util::now().unix_timestamp() => Ok(KeyCheck::Expired(at)),
        _ => Ok(KeyCheck::Valid(
            Actor {
                id: row.get(0)?,
                email: row.get(1)?,
            },
            scopes::parse(&row.get::<_, String>(2)?),
        )),
    }
}

const COLUMNS: &str = "api_keys.id, api_keys.description, api_keys.redacted, \
    api_keys.expires_unix, api_keys.created_at, users.id, users.email, users.name, \
    api_keys.scope, api_keys.updated_at";
const FROM: &str = "api_keys JOIN users ON users.id = api_keys.user_id";

/// The schema's `oauth-authorization` of a row of [`COLUMNS`]; `token` is the key itself
/// when it was just minted, else its redacted form.
fn authorization_json(row: &Row, token: Option<&str>) -> rusqlite::Result<Value> {
    let id: String = row.get(0)?;
    let redacted: String = row.get(2)?;
    let expires_in = row
        .get::<_, Option<i64>>(3)?
        .map(|at| (at - util::now().unix_timestamp()).max(0));
    let created_at: String = row.get(4)?;
    let updated_at = row
        .get::<_, Option<String>>(9)?
        .unwrap_or(created_at.clone());
    Ok(json!({
        "id": id,
        "access_token": {
            "id": util::derived_id(&format!("oauth-token:{id}")),
            "token": token.unwrap_or(&redacted),
            "expires_in": expires_in,
        },
        "client": null,
        "created_at": created_at,
        "description": row.get::<_, String>(1)?,
        "grant": null,
        "refresh_token": null,
        "scope": scopes::parse(&row.get::<_, String>(8)?),
        "session": null,
        "updated_at": updated_at,
        "user": {
            "id": row.get::<_, String>(5)?,
            "email": row.get::<_, String>(6)?,
            "full_name": row.get::<_, Option<String>>(7)?,
        },
    }))
}

/// The actor's authorization `id` (`~`: the default API key): its id and JSON.
pub(crate) fn find(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<(String, Value)> {
    let filter = if id == "~" {
        "api_keys.is_default = 1"
    } else {
        "api_keys.id = ?2"
    };
    let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE api_keys.user_id = ?1 AND {filter}");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = if id == "~" {
        stmt.query(params![actor.id])?
    } else {
        stmt.query(params![actor.id, id])?
    };
    match rows.next()? {
        Some(row) => Ok((row.get(0)?, authorization_json(row, None)?)),
        None => Err(DomainError::not_found(
            "authorization",
            "Couldn't find that authorization.",
        )),
    }
}

/// Every authorization of the actor, oldest first.
pub(crate) fn list(conn: &Connection, actor: &Actor) -> rusqlite::Result<Vec<Value>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE api_keys.user_id = ?1 \
         ORDER BY api_keys.created_at, api_keys.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    stmt.query_map([&actor.id], |row| authorization_json(row, None))?
        .collect()
}

/// Revokes the actor's authorization `id` (`~`: the default API key); what it was.
pub(crate) fn revoke(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<Value> {
    let (id, authorization) = find(conn, actor, id)?;
    conn.execute_cached("DELETE FROM api_keys WHERE id = ?1", [&id])?;
    Ok(authorization)
}

/// Revokes every API key of `user_id` at once (the next request with any of them is a 401);
/// how many there were.
pub(crate) fn revoke_all(conn: &Connection, user_id: &str) -> rusqlite::Result<usize> {
    conn.execute_cached("DELETE FROM api_keys WHERE user_id = ?1", [user_id])
}

/// A new authorization for `user_id` (`kind`: login or scoped), shown with its key this once.
pub(crate) fn authorize(
    conn: &Connection,
    user_id: &str,
    kind: &KeyKind,
) -> rusqlite::Result<Value> {
    let token = mint_key(conn, user_id, kind)?;
    shown_with(conn, &token)
}

/// The authorization of the key `token`, with the key itself shown.
fn shown_with(conn: &Connection, token: &str) -> rusqlite::Result<Value> {
    let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE api_keys.hash = ?1");
    conn.query_row_cached(&sql, [util::token_hash(token)], |row| {
        authorization_json(row, Some(token))
    })
}

/// Regenerates the actor's authorization `id` (`~`: the default API key): a new key, valid for
/// the lifetime first asked for, and the old one refused from now on. Shown with the new key.
pub(crate) fn regenerate(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<Value> {
    let (id, _) = find(conn, actor, id)?;
    let token = util::new_token();
    let now = util::now();
    conn.execute_cached(
        "UPDATE api_keys SET hash = ?1, redacted = ?2, updated_at = ?3,
             expires_unix = CASE WHEN lifetime IS NULL THEN expires_unix ELSE ?4 + lifetime END
         WHERE id = ?5",
        params![
            util::token_hash(&token),
            redact(&token),
            util::timestamp(now),
            now.unix_timestamp(),
            id
        ],
    )?;
    Ok(shown_with(conn, &token)?)
}

/// Changes the description of the actor's authorization `id`; what it is now.
pub(crate) fn describe(
    conn: &Connection,
    actor: &Actor,
    id: &str,
    description: &str,
) -> DomainResult<Value> {
    let (id, _) = find(conn, actor, id)?;
    conn.execute_cached(
        "UPDATE api_keys SET description = ?1, updated_at = ?2 WHERE id = ?3",
        params![description, util::timestamp(util::now()), id],
    )?;
    Ok(find(conn, actor, &id)?.1)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacted_tokens_keep_only_their_ends() {
        let token = "0123456789abcdef0123456789abcdef";
        assert_eq!(redact(token), "012345**********cdef");
        assert_eq!(redact(""), "**********");
    }
}
