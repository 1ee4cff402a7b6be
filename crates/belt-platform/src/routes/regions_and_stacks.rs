//! `GET /regions` and `GET /stacks`: static lists, served without touching the store
//! beyond authentication.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::Value;

use crate::Platform;
use crate::http::{ApiError, ApiResult, Caller};
use crate::regions_and_stacks::{self, REGIONS, STACKS};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/regions", get(regions))
        .route("/regions/{region}", get(region))
        .route("/stacks", get(stacks))
        .route("/stacks/{stack}", get(stack))
}

async fn regions(_: State<Platform>, _: Caller) -> Json<Vec<Value>> {
    Json(REGIONS.iter().map(|r| r.to_json()).collect())
}

async fn region(_: State<Platform>, _: Caller, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    regions_and_stacks::region(&id)
        .map(|r| Json(r.to_json()))
        .ok_or_else(|| ApiError::not_found("region", "Couldn't find that region."))
}

async fn stacks(_: State<Platform>, _: Caller) -> Json<Vec<Value>> {
    Json(STACKS.iter().map(|s| s.to_json()).collect())
}

async fn stack(_: State<Platform>, _: Caller, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    regions_and_stacks::stack(&id)
        .map(|s| Json(s.to_json()))
        .ok_or_else(|| ApiError::not_found("stack", "Couldn't find that stack."))
}
