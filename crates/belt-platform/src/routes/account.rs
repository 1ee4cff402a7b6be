//! `GET /account`: the caller's own account, and `GET /account/rate-limits`.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::http::{self, ApiError, ApiResult, Caller};
use crate::{Platform, users};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/account", get(info))
        .route("/account/rate-limits", get(rate_limits))
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
