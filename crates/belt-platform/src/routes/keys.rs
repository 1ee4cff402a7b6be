//! `/account/keys`: the caller's SSH public keys. `GET /account/keys` and
//! `GET /account/keys/{id}` are in the schema; `POST /account/keys {public_key}` and
//! `DELETE /account/keys/{id or fingerprint}` are schema extensions (Heroku retired them from
//! the schema, but `keys:add` needs a way in and the official `keys:remove` still deletes).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, Row, params};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, store, util};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/account/keys", get(list).post(add))
        .route("/account/keys/{key}", get(info).delete(remove))
}

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

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let keys = platform
        .store()
        .read_async(move |conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM ssh_keys WHERE user_id = ?1 ORDER BY created_at, id"
            ))?;
            let keys = stmt
                .query_map([&caller.id], |row| key_json(row, &caller.email))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok::<_, ApiError>(keys)
        })
        .await?;
    http::paged(
        &headers,
        &[("id", Kind::Text), ("fingerprint", Kind::Text)],
        keys,
    )
}

/// `DELETE /account/keys/{id or fingerprint}`, as `heroku keys:remove` sends it.
async fn remove(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(key): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .write_async(move |tx| {
            let removed = find_key(tx, &caller, &key)?;
            tx.execute(
                "DELETE FROM ssh_keys WHERE user_id = ?1 AND id = ?2",
                params![caller.id, removed["id"].as_str()],
            )?;
            Ok(Json(removed))
        })
        .await
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(key): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| Ok(Json(find_key(conn, &caller, &key)?)))
        .await
}

/// The caller's key by id or fingerprint, or Heroku's 404.
fn find_key(conn: &Connection, caller: &Actor, key: &str) -> ApiResult<Value> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM ssh_keys WHERE user_id = ?1 AND (id = ?2 OR fingerprint = ?2)"
    ))?;
    let mut rows = stmt.query(params![caller.id, key])?;
    match rows.next()? {
        Some(row) => Ok(key_json(row, &caller.email)?),
        None => Err(ApiError::not_found("key", "Couldn't find that key.")),
    }
}

#[derive(Debug, Default, Deserialize)]
struct AddBody {
    public_key: Option<String>,
}

/// `(fingerprint, comment)` of an OpenSSH public key line: `TYPE BASE64 [COMMENT]`.
fn parse_public_key(line: &str) -> Option<(String, String)> {
    let mut parts = line.split_whitespace();
    let kind = parts.next()?;
    let blob = http::base64_decode(parts.next()?)?;
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

async fn add(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<AddBody>,
) -> ApiResult<Response> {
    let public_key = body.public_key.unwrap_or_default().trim().to_string();
    let (fingerprint, comment) = parse_public_key(&public_key).ok_or_else(|| {
        ApiError::invalid_params(
            "Invalid public key: expected an OpenSSH public key such as `ssh-ed25519 AAAA... me@host`.",
        )
    })?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    let key = platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "INSERT INTO ssh_keys (id, user_id, public_key, fingerprint, comment, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id, caller.id, public_key, fingerprint, comment, now],
            )
            .map_err(|e| {
                if store::is_unique_violation(&e) {
                    ApiError::invalid_params("This key is already in use by your account.")
                } else {
                    ApiError::from(e)
                }
            })?;
            let mut stmt =
                tx.prepare_cached(&format!("SELECT {COLUMNS} FROM ssh_keys WHERE id = ?1"))?;
            Ok::<_, ApiError>(stmt.query_row([&id], |row| key_json(row, &caller.email))?)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(key)).into_response())
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
