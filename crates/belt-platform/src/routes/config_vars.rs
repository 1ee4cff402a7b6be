//! `/apps/{app}/config-vars`: read the config, or change it. Each change that alters
//! something is one transaction that writes the values and one release.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Map, Value};

use crate::access::Action;
use crate::http::{ApiError, ApiResult, Caller, JsonBody};
use crate::releases::{self, ConfigMap};
use crate::{Platform, release_phase};
use belt_text::dotenv;

pub(super) fn routes() -> Router<Platform> {
    Router::new().route("/apps/{app}/config-vars", get(info).patch(update))
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<ConfigMap>> {
    let config = platform
        .read_app(caller, identity, Action::ConfigRead, move |conn, app, _| {
            Ok::<_, ApiError>(releases::config_vars(conn, &app.id)?)
        })
        .await?;
    Ok(Json(config))
}

/// The body as (key, new value or `None` to remove), or a 422 naming what is wrong.
pub(super) fn changes(body: Map<String, Value>) -> ApiResult<Vec<(String, Option<String>)>> {
    body.into_iter()
        .map(|(key, value)| {
            if !dotenv::valid_key(&key) {
                return Err(ApiError::invalid_params(format!(
                    "Invalid config var name {key:?}: names may contain only letters, digits and underscores."
                )));
            }
            match value {
                Value::String(s) => Ok((key, Some(s))),
                Value::Null => Ok((key, None)),
                _ => Err(ApiError::invalid_params(format!(
                    "The value of {key} must be a string, or null to remove it."
                ))),
            }
        })
        .collect()
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<Map<String, Value>>,
) -> ApiResult<Json<ConfigMap>> {
    let changes = changes(body)?;
    let (config, pending) = platform
        .write_app(
            caller,
            identity,
            Action::ConfigWrite,
            move |tx, app, caller| {
                let Some(release) = releases::change_config(tx, &app, caller, &changes)? else {
                    // Nothing changed, nothing to release.
                    return Ok((releases::config_vars(tx, &app.id)?, None));
                };
                let (release, pending) = release_phase::prepare(tx, &app, caller, release)?;
                Ok::<_, ApiError>((release.config()?, pending))
            },
        )
        .await?;
    if let Some(pending) = pending {
        release_phase::start(&platform, pending).await;
    }
    Ok(Json(config))
}
