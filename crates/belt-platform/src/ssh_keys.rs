//! Users' SSH public keys (`keys:add`, `keys`, `keys:remove`): stored with their SHA-256
//! fingerprint; an actor sees and removes only its own.

use rusqlite::{Connection, Row, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::users::Actor;
use super::{store, util};

const COLUMNS: &str = "id, public_key, fingerprint, comment, created_at, updated_at";

fn key_json(row: &Row, email: &str) -> rusqlite::Result<Value> {
    Ok(json!({
        "id": row.get::<_, String>(0)?,
        "public_key": row.get::<_, String>(1)?,
        "fingerprint": row.get::<_, String>(2)?,
        "comment": row.get::<_, String>(3)?,
        "created_at": row.get::<_, String>(4)?,
        "updated_at": row.get::<_, String>(5)?,
        "email": email,
    }))
}

/// The actor's keys, oldest first.
pub(crate) fn list(conn: &Connection, actor: &Actor) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM ssh_keys WHERE user_id = ?1 ORDER BY created_at, id"
    ))?;
    stmt.query_map([&actor.id], |row| key_json(row, &actor.email))?
        .collect()
}

/// The actor's key by id or fingerprint, or Heroku's 404.
pub(crate) fn find(conn: &Connection, actor: &Actor, key: &str) -> DomainResult<Value> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM ssh_keys WHERE user_id = ?1 AND (id = ?2 OR fingerprint = ?2)"
    ))?;
    let mut rows = stmt.query(params![actor.id, key])?;
    match rows.next()? {
        Some(row) => Ok(key_json(row, &actor.email)?),
        None => Err(DomainError::not_found("key", "Couldn't find that key.")),
    }
}

/// Removes the actor's key by id or fingerprint; what it was.
pub(crate) fn remove(conn: &Connection, actor: &Actor, key: &str) -> DomainResult<Value> {
    let removed = find(conn, actor, key)?;
    conn.execute(
        "DELETE FROM ssh_keys WHERE user_id = ?1 AND id = ?2",
        params![actor.id, removed["id"].as_str()],
    )?;
    Ok(removed)
}

/// Adds an OpenSSH public key line to the actor's keys.
pub(crate) fn add(conn: &Connection, actor: &Actor, public_key: &str) -> DomainResult<Value> {
    let public_key = public_key.trim();
    let (fingerprint, comment) = parse_public_key(public_key).ok_or_else(|| {
        DomainError::invalid(
            "Invalid public key: expected an OpenSSH public key such as `ssh-ed25519 AAAA... me@host`.",
        )
    })?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    conn.execute(
        "INSERT INTO ssh_keys (id, user_id, public_key, fingerprint, comment, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, actor.id, public_key, fingerprint, comment, now],
    )
    .map_err(|e| {
        if store::is_unique_violation(&e) {
            DomainError::invalid("This key is already in use by your account.")
        } else {
            DomainError::from(e)
        }
    })?;
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM ssh_keys WHERE id = ?1"))?;
    Ok(stmt.query_row([&id], |row| key_json(row, &actor.email))?)
}

/// `(fingerprint, comment)` of an OpenSSH public key line: `TYPE BASE64 [COMMENT]`.
fn parse_public_key(line: &str) -> Option<(String, String)> {
    let mut parts = line.split_whitespace();
    let kind = parts.next()?;
    let blob = util::base64_decode(parts.next()?)?;
    let comment = parts.collect::<Vec<_>>().join(" ");
    let known = ["ssh-", "ecdsa-", "sk-"]
        .iter()
        .any(|p| kind.starts_with(p));
    // The blob starts with the key type again, length-prefixed.
    let embedded = blob.get(4..4 + kind.len())?;
    (known && embedded == kind.as_bytes()).then(|| {
        let digest = ring::digest::digest(&ring::digest::SHA256, &blob);
        (format!("SHA256:{}", util::hex(digest.as_ref())), comment)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_openssh_public_keys() {
        let line =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1Z2dhZ2UxMjM0NTY3ODkwMTIzNDU2Nzg5MDEy me@host";
        let (fingerprint, comment) = super::parse_public_key(line).unwrap();
        assert!(fingerprint.starts_with("SHA256:"));
        assert_eq!(comment, "me@host");
        assert!(super::parse_public_key("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIA==").is_none());
        assert!(super::parse_public_key("hello").is_none());
        assert!(super::parse_public_key("").is_none());
    }
}
