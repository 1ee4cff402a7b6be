//! `/account/keys`: the caller's SSH public keys. `GET /account/keys` and
//! `GET /account/keys/{id}` are in the schema; `POST /account/keys {public_key}` and
//! `DELETE /account/keys/{id or fingerprint}` are schema extensions (Heroku retired them from
//! the schema, but `keys:add` needs a way in and the official `keys:remove` still deletes).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::{Platform, ssh_keys};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/account/keys", get(list).post(add))
        .route("/account/keys/{key}", get(info).delete(remove))
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let keys = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(ssh_keys::list(conn, &caller)?))
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
        .write_async(move |tx| Ok(Json(ssh_keys::remove(tx, &caller, &key)?)))
        .await
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(key): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| Ok(Json(ssh_keys::find(conn, &caller, &key)?)))
        .await
}

#[derive(Debug, Default, Deserialize)]
struct AddBody {
    public_key: Option<String>,
}

async fn add(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<AddBody>,
) -> ApiResult<Response> {
    let public_key = body.public_key.unwrap_or_default();
    let key = platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(ssh_keys::add(tx, &caller, &public_key)?))
        .await?;
    Ok((StatusCode::CREATED, Json(key)).into_response())
}
