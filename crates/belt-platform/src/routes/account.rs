//! `GET /account`: the caller's own account, and `GET /account/rate-limits`.

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::Platform;
use crate::http::{self, ApiError, ApiResult, Caller};

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
        .read_async(move |conn| {
            conn.prepare_cached(
                "SELECT id, email, name, created_at, updated_at, last_login FROM users WHERE id = ?1",
            )?
            .query_row([&caller.id], |row| {
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
            .map_err(ApiError::from)
        })
        .await?;
    Ok(Json(account))
}
