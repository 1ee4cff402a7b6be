//! `/app-setups`: the schema's `app-setup` links. `POST` creates the app at once and answers
//! with the pending setup; the rest goes on in the background (see `app_setups`). A setup is
//! visible to the user who made it only.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use super::logs::stream_base;
use crate::Platform;
use crate::app_setups::{self, SetupRequest};
use crate::http::{ApiError, ApiResult, Caller, JsonBody};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/app-setups", post(create))
        .route("/app-setups/{id}", get(info))
}

#[derive(Debug, Default, Deserialize)]
struct AppBody {
    name: Option<String>,
    region: Option<String>,
    stack: Option<String>,
    organization: Option<String>,
    space: Option<String>,
    /// `personal` needs nothing: apps here are always personal.
    locked: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
struct SourceBlob {
    url: Option<String>,
    checksum: Option<String>,
    version: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Buildpack {
    url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Overrides {
    #[serde(default)]
    env: BTreeMap<String, Value>,
    #[serde(default)]
    buildpacks: Vec<Buildpack>,
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    #[serde(default)]
    app: AppBody,
    #[serde(default)]
    source_blob: SourceBlob,
    #[serde(default)]
    overrides: Overrides,
}

/// The request as a setup, or the 422 naming what is wrong with it.
fn request(body: CreateBody) -> ApiResult<SetupRequest> {
    // No teams or spaces here: refused rather than quietly made personal.
    if body.app.organization.is_some() || body.app.space.is_some() {
        return Err(ApiError::invalid_params(
            "This platform has no teams or spaces: leave app.organization and app.space out.",
        ));
    }
    if body.app.locked == Some(true) {
        return Err(ApiError::invalid_params(
            "app.locked applies to team apps, which this platform does not have.",
        ));
    }
    let source_url = body
        .source_blob
        .url
        .filter(|u| !u.trim().is_empty())
        .ok_or_else(|| ApiError::invalid_params("source_blob.url is required."))?;
    let mut env = BTreeMap::new();
    for (key, value) in body.overrides.env {
        if !belt_text::dotenv::valid_key(&key) {
            return Err(ApiError::invalid_params(format!(
                "overrides.env: {key:?} is not a config var name (letters, digits and underscores)."
            )));
        }
        let Value::String(value) = value else {
            return Err(ApiError::invalid_params(format!(
                "overrides.env.{key} must be a string."
            )));
        };
        env.insert(key, value);
    }
    let buildpacks = body
        .overrides
        .buildpacks
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            b.url.ok_or_else(|| {
                ApiError::invalid_params(format!("overrides.buildpacks[{i}].url is required."))
            })
        })
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(SetupRequest {
        app_name: body.app.name,
        region: body.app.region,
        stack: body.app.stack,
        source_url,
        source_checksum: body.source_blob.checksum,
        source_version: body.source_blob.version,
        env,
        buildpacks,
        ..SetupRequest::default()
    })
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let base = stream_base(&platform, &headers)?;
    let setup = app_setups::start(&platform, caller, request(body)?).await?;
    Ok((StatusCode::CREATED, Json(setup.to_json(&base))).into_response())
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let base = stream_base(&platform, &headers)?;
    let setup = platform
        .store()
        .read_async(move |conn| app_setups::find(conn, &id))
        .await?;
    // Someone else's setup is not there, as far as this caller can tell.
    if setup.user_id != caller.id {
        return Err(ApiError::not_found(
            "app-setup",
            "Couldn't find that app setup.",
        ));
    }
    Ok(Json(setup.to_json(&base)))
}
