//! `/pipelines/{pipeline}/stage/{stage}/config-vars`: the schema's `pipeline-config-var`
//! links, a stage's config vars read or changed (a `null` value removes the var).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Map, Value};

use super::config_vars::changes;
use crate::http::{ApiError, ApiResult, Caller, JsonBody};
use crate::{Platform, stage_config_vars};

pub(super) fn routes() -> Router<Platform> {
    Router::new().route(
        "/pipelines/{pipeline}/stage/{stage}/config-vars",
        get(info).patch(update),
    )
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((pipeline, stage)): Path<(String, String)>,
) -> ApiResult<Json<BTreeMap<String, String>>> {
    platform
        .store()
        .read_async(move |conn| {
            Ok::<_, ApiError>(Json(stage_config_vars::info(
                conn, &caller, &pipeline, &stage,
            )?))
        })
        .await
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((pipeline, stage)): Path<(String, String)>,
    JsonBody(body): JsonBody<Map<String, Value>>,
) -> ApiResult<Json<BTreeMap<String, String>>> {
    let changes = changes(body)?;
    platform
        .store()
        .write_async(move |tx| {
            Ok::<_, ApiError>(Json(stage_config_vars::update(
                tx, &caller, &pipeline, &stage, &changes,
            )?))
        })
        .await
}
