//! `GET /regions` and `GET /stacks`: static lists, served without touching the store
//! beyond authentication.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::Value;

use crate::platform::Platform;
use crate::platform::catalog::{self, REGIONS, STACKS};
use crate::platform::http::{self, ApiError, ApiResult, Caller};
use crate::platform::range::Kind;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/regions", get(regions))
        .route("/regions/{region}", get(region))
        .route("/stacks", get(stacks))
        .route("/stacks/{stack}", get(stack))
}

/// What the catalogue's lists sort (and page) by, as every list does.
const RANGE_FIELDS: &[(&str, Kind)] = &[("name", Kind::Text), ("id", Kind::Text)];

async fn regions(_: State<Platform>, _: Caller, headers: HeaderMap) -> ApiResult<Response> {
    http::paged(
        &headers,
        RANGE_FIELDS,
        REGIONS.iter().map(|r| r.to_json()).collect(),
    )
}

async fn region(_: State<Platform>, _: Caller, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    catalog::region(&id)
        .map(|r| Json(r.to_json()))
        .ok_or_else(|| ApiError::not_found("region", "Couldn't find that region."))
}

async fn stacks(_: State<Platform>, _: Caller, headers: HeaderMap) -> ApiResult<Response> {
    http::paged(
        &headers,
        RANGE_FIELDS,
        STACKS.iter().map(|s| s.to_json()).collect(),
    )
}

async fn stack(_: State<Platform>, _: Caller, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    catalog::stack(&id)
        .map(|s| Json(s.to_json()))
        .ok_or_else(|| ApiError::not_found("stack", "Couldn't find that stack."))
}
