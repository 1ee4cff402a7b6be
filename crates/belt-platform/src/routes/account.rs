//! `GET /account`: the caller's own account (also as `/users/~`, the caller's id or email),
//! and `GET /account/rate-limits`.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::http::{self, ApiError, ApiResult, Caller};
use crate::{Platform, users};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/account", get(info))
        .route("/account/rate-limits", get(rate_limits))
        // The official CLI's `pipelines:create` reads the pipeline's owner from `/users/~`.
        .route("/users/{user}", get(user_info))
}

/// The platform does not limit requests: the remaining count is the one every answer's
/// `RateLimit-Remaining` header gives (heroku3 reads this to check a key).
async fn rate_limits(_: State<Platform>, _: Caller) -> Json<Value> {
    Json(json!({ "remaining": http::RATE_LIMIT_REMAINING }))
}

async fn info(State(platform): State<Platform>, Caller(caller): Caller) -> ApiResult<Json<Value>> {
    let account = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(users::account(conn, &caller)?))
        .await?;
    Ok(Json(account))
}

/// Only the caller's own account can be read: any other user is not found.
async fn user_info(
    state: State<Platform>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> ApiResult<Json<Value>> {
    if !caller.is(&user) {
        return Err(ApiError::not_found("user", "Couldn't find that user."));
    }
    info(state, Caller(caller)).await
}
