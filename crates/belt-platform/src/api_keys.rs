//! API keys: each one an OAuth authorization with an id, as on Heroku. Only a key's hash and
//! redacted form are kept; a request's key opens the account of its [`Actor`].

use rusqlite::{Connection, Row, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::users::Actor;
use super::util;

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
    let (description, expires_unix, default) = match kind {
        KeyKind::Default => {
            let has_default = conn
                .prepare_cached("SELECT 1 FROM api_keys WHERE user_id = ?1 AND is_default = 1")?
                .exists([user_id])?;
            ("", None, !has_default)
        }
        KeyKind::Login {
            description,
            expires_in,
        } => (
            *description,
            expires_in.map(|s| now.unix_timestamp() + s),
            false,
        ),
    };
    conn.execute(
        "INSERT INTO api_keys (hash, user_id, created_at, id, description, redacted, expires_unix, is_default)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            util::token_hash(&token),
            user_id,
            util::timestamp(now),
            util::new_id(),
            description,
            redact(&token),
            expires_unix,
            default,
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

/// The account `token` opens; `None` for an unknown key or one past its `expires_in`.
pub(crate) fn actor_for(conn: &Connection, token: &str) -> rusqlite::Result<Option<Actor>> {
    let mut stmt = conn.prepare_cached(
        "SELECT users.id, users.email FROM api_keys
         JOIN users ON users.id = api_keys.user_id WHERE api_keys.hash = ?1
         AND (api_keys.expires_unix IS NULL OR api_keys.expires_unix > ?2)",
    )?;
    let now = util::now().unix_timestamp();
    let mut rows = stmt.query(params![util::token_hash(token), now])?;
    match rows.next()? {
        Some(row) => Ok(Some(Actor {
            id: row.get(0)?,
            email: row.get(1)?,
        })),
        None => Ok(None),
    }
}

const COLUMNS: &str = "api_keys.id, api_keys.description, api_keys.redacted, \
    api_keys.expires_unix, api_keys.created_at, users.id, users.email, users.name";
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
        "scope": ["global"],
        "session": null,
        "updated_at": created_at,
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
    conn.execute("DELETE FROM api_keys WHERE id = ?1", [&id])?;
    Ok(authorization)
}

/// Revokes every API key of `user_id` at once (the next request with any of them is a 401);
/// how many there were.
pub(crate) fn revoke_all(conn: &Connection, user_id: &str) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM api_keys WHERE user_id = ?1", [user_id])
}

/// A login's new authorization for `user_id`, shown with its key this once.
pub(crate) fn authorize(
    conn: &Connection,
    user_id: &str,
    description: &str,
    expires_in: Option<i64>,
) -> rusqlite::Result<Value> {
    let kind = KeyKind::Login {
        description,
        expires_in,
    };
    let token = mint_key(conn, user_id, &kind)?;
    let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE api_keys.hash = ?1");
    conn.query_row(&sql, [util::token_hash(&token)], |row| {
        authorization_json(row, Some(&token))
    })
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
