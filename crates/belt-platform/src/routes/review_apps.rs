//! `/review-apps` and `/pipelines/{id}/review-app-config`: the schema's `review-app` and
//! `review-app-config` links, and `/pipelines/{id}/repo`, which the official CLI's
//! `reviewapps:enable`/`disable` read the repository's name from (Heroku's repositories API,
//! outside the schema; here a pipeline's repository is nominal, `local/PIPELINE`, since
//! review apps are built from uploaded sources).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{Connection, Transaction};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::access::Action;
use crate::domain_error::DomainResult;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::pipelines::Pipeline;
use crate::range::Kind;
use crate::review_app_config::{self, Settings};
use crate::review_apps::{self, NewReviewApp};
use crate::users::Actor;
use crate::{Platform, pipelines};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route(
            "/pipelines/{pipeline}/review-app-config",
            get(config_info)
                .post(config_enable)
                .patch(config_update)
                .delete(config_disable),
        )
        .route("/pipelines/{pipeline}/repo", get(repo))
        .route("/pipelines/{pipeline}/review-apps", get(list))
        .route("/review-apps", post(create))
        .route("/review-apps/{id}", get(info).delete(destroy))
        .route("/apps/{app}/review-app", get(of_app))
}

const ID_FIELD: &[(&str, Kind)] = &[("id", Kind::Text)];

/// What `work` makes of the caller's pipeline `identity`, in a read.
async fn read_pipeline<T, F>(
    platform: &Platform,
    caller: Actor,
    identity: String,
    work: F,
) -> ApiResult<T>
where
    F: FnOnce(&Connection, &Pipeline) -> DomainResult<T> + Send + 'static,
    T: Send + 'static,
{
    platform
        .store()
        .read_async(move |conn| {
            let pipeline = pipelines::find(conn, &caller, &identity)?;
            Ok::<_, ApiError>(work(conn, &pipeline)?)
        })
        .await
}

/// What `work` makes of the caller's pipeline `identity`, in a write.
async fn write_pipeline<F>(
    platform: &Platform,
    caller: Actor,
    identity: String,
    work: F,
) -> ApiResult<Value>
where
    F: FnOnce(&Transaction<'_>, &Pipeline) -> DomainResult<Value> + Send + 'static,
{
    platform
        .store()
        .write_async(move |tx| {
            let pipeline = pipelines::find(tx, &caller, &identity)?;
            Ok::<_, ApiError>(work(tx, &pipeline)?)
        })
        .await
}

async fn config_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
) -> ApiResult<Json<Value>> {
    let config = read_pipeline(&platform, caller, pipeline, |conn, pipeline| {
        Ok(review_app_config::get(conn, pipeline)?.to_json())
    })
    .await?;
    Ok(Json(config))
}

/// A body's settings; `null` and absent differ for `base_name` and `deploy_target`.
#[derive(Debug, Default, Deserialize)]
struct ConfigBody {
    repo: Option<String>,
    automatic_review_apps: Option<bool>,
    destroy_stale_apps: Option<bool>,
    stale_days: Option<i64>,
    wait_for_ci: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    base_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    deploy_target: Option<Option<DeployTarget>>,
}

#[derive(Debug, Clone, Deserialize)]
struct DeployTarget {
    id: String,
    #[serde(rename = "type")]
    kind: String,
}

/// `Some(None)` for an explicit `null`, `None` (the default) for an absent key.
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

impl ConfigBody {
    fn settings(&self) -> Settings {
        Settings {
            automatic_review_apps: self.automatic_review_apps,
            destroy_stale_apps: self.destroy_stale_apps,
            stale_days: self.stale_days,
            wait_for_ci: self.wait_for_ci,
            base_name: self.base_name.clone(),
            deploy_target: self
                .deploy_target
                .clone()
                .map(|t| t.map(|t| (t.id, t.kind))),
        }
    }
}

async fn config_enable(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
    JsonBody(body): JsonBody<ConfigBody>,
) -> ApiResult<Response> {
    let repo = body
        .repo
        .clone()
        .ok_or_else(|| ApiError::invalid_params("repo is required."))?;
    let json = write_pipeline(&platform, caller, pipeline, move |tx, pipeline| {
        Ok(review_app_config::enable(tx, pipeline, &repo, &body.settings())?.to_json())
    })
    .await?;
    Ok((StatusCode::CREATED, Json(json)).into_response())
}

async fn config_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
    JsonBody(body): JsonBody<ConfigBody>,
) -> ApiResult<Json<Value>> {
    let json = write_pipeline(&platform, caller, pipeline, move |tx, pipeline| {
        Ok(review_app_config::update(tx, pipeline, &body.settings())?.to_json())
    })
    .await?;
    Ok(Json(json))
}

async fn config_disable(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
) -> ApiResult<Json<Value>> {
    let json = write_pipeline(&platform, caller, pipeline, |tx, pipeline| {
        Ok(review_app_config::disable(tx, pipeline)?.to_json())
    })
    .await?;
    Ok(Json(json))
}

/// The pipeline's repository as Heroku's repositories API names it.
async fn repo(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
) -> ApiResult<Json<Value>> {
    let name = read_pipeline(&platform, caller, pipeline, |_, pipeline| {
        Ok(pipeline.name.clone())
    })
    .await?;
    Ok(Json(json!({ "full_name": format!("local/{name}") })))
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let rows = read_pipeline(&platform, caller, pipeline, |conn, pipeline| {
        let all = review_apps::list(conn, pipeline)?;
        Ok(all.iter().map(|r| r.to_json()).collect())
    })
    .await?;
    http::paged(&headers, ID_FIELD, rows)
}

#[derive(Debug, Default, Deserialize)]
struct SourceBlob {
    url: Option<String>,
    version: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    branch: Option<String>,
    pr_number: Option<i64>,
    pipeline: Option<String>,
    source_blob: Option<SourceBlob>,
    environment: Option<BTreeMap<String, Option<String>>>,
}

fn required<T>(value: Option<T>, name: &str) -> ApiResult<T> {
    value.ok_or_else(|| ApiError::invalid_params(format!("{name} is required.")))
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let source = required(body.source_blob, "source_blob")?;
    let new = NewReviewApp {
        pipeline: required(body.pipeline, "pipeline")?,
        branch: required(body.branch, "branch")?,
        pr_number: body.pr_number,
        source_url: required(source.url, "source_blob.url")?,
        source_version: source.version,
        // A null value sets nothing, as in a config var PATCH.
        environment: body
            .environment
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
    };
    let created = review_apps::create(&platform, caller, new).await?;
    Ok((StatusCode::CREATED, Json(created.to_json())).into_response())
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .store()
        .read_async(move |conn| {
            Ok::<_, ApiError>(Json(review_apps::find(conn, &caller, &id)?.to_json()))
        })
        .await
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let marked = review_apps::destroy(&platform, caller, id).await?;
    Ok(Json(marked.to_json()))
}

/// The review app the app is: 404 when it is none.
async fn of_app(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
) -> ApiResult<Json<Value>> {
    let json = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            Ok::<_, ApiError>(review_apps::of_app(conn, &app.id)?.to_json())
        })
        .await?;
    Ok(Json(json))
}
