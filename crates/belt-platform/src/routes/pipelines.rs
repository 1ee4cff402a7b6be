//! `/pipelines`, `/pipeline-couplings` and `/pipeline-promotions`: the schema's `pipeline`,
//! `pipeline-coupling`, `pipeline-promotion` and `pipeline-promotion-target` links.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use rusqlite::{Connection, Transaction};

use crate::access::Action;
use crate::domain_error::DomainResult;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::pipelines::Coupling;
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, pipelines, promotions, release_phase};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/pipelines", get(list).post(create))
        .route(
            "/pipelines/{pipeline}",
            get(info).patch(update).delete(destroy),
        )
        .route(
            "/pipelines/{pipeline}/pipeline-couplings",
            get(pipeline_couplings),
        )
        .route("/pipeline-couplings", get(all_couplings).post(couple))
        .route("/users/{user}/pipeline-couplings", get(user_couplings))
        .route(
            "/pipeline-couplings/{coupling}",
            get(coupling_info).patch(coupling_update).delete(uncouple),
        )
        .route("/apps/{app}/pipeline-couplings", get(app_coupling))
        .route("/pipeline-promotions", post(promote))
        .route("/pipeline-promotions/{promotion}", get(promotion_info))
        .route(
            "/pipeline-promotions/{promotion}/promotion-targets",
            get(promotion_targets),
        )
}

const LIST_FIELDS: &[(&str, Kind)] = &[("id", Kind::Text), ("name", Kind::Text)];
const ID_FIELD: &[(&str, Kind)] = &[("id", Kind::Text)];

fn required<T>(value: Option<T>, name: &str) -> ApiResult<T> {
    value.ok_or_else(|| ApiError::invalid_params(format!("{name} is required.")))
}

/// Answers what `work` makes of a read, as `caller`.
async fn read<F>(platform: &Platform, caller: Actor, work: F) -> ApiResult<Json<Value>>
where
    F: FnOnce(&Connection, &Actor) -> DomainResult<Value> + Send + 'static,
{
    platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(Json(work(conn, &caller)?)))
        .await
}

/// Answers what `work` makes of a write transaction, as `caller`.
async fn write<F>(platform: &Platform, caller: Actor, work: F) -> ApiResult<Json<Value>>
where
    F: FnOnce(&Transaction<'_>, &Actor) -> DomainResult<Value> + Send + 'static,
{
    platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(Json(work(tx, &caller)?)))
        .await
}

/// A Range-paged list of what `work` reads, as `caller`.
async fn read_list<F>(
    platform: &Platform,
    caller: Actor,
    headers: &HeaderMap,
    fields: &[(&str, Kind)],
    work: F,
) -> ApiResult<Response>
where
    F: FnOnce(&Connection, &Actor) -> DomainResult<Vec<Value>> + Send + 'static,
{
    let rows = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(work(conn, &caller)?))
        .await?;
    http::paged(headers, fields, rows)
}

fn created(json: Json<Value>) -> Response {
    (StatusCode::CREATED, json).into_response()
}

/// `?eq[name]=NAME` keeps only the pipeline so named, as the official CLI looks one up.
async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let name = query.get("eq[name]").cloned();
    read_list(
        &platform,
        caller,
        &headers,
        LIST_FIELDS,
        move |conn, caller| {
            let all = pipelines::list(conn, caller, name.as_deref())?;
            Ok(all.iter().map(|p| p.to_json()).collect())
        },
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
struct PipelineBody {
    name: Option<String>,
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<PipelineBody>,
) -> ApiResult<Response> {
    let name = required(body.name, "name")?;
    let json = write(&platform, caller, move |tx, caller| {
        Ok(pipelines::create(tx, caller, &name)?.to_json())
    })
    .await?;
    Ok(created(json))
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
) -> ApiResult<Json<Value>> {
    read(&platform, caller, move |conn, caller| {
        Ok(pipelines::find(conn, caller, &pipeline)?.to_json())
    })
    .await
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
    JsonBody(body): JsonBody<PipelineBody>,
) -> ApiResult<Json<Value>> {
    write(&platform, caller, move |tx, caller| {
        let found = pipelines::find(tx, caller, &pipeline)?;
        let updated = match &body.name {
            Some(name) => pipelines::rename(tx, caller, &found, name)?,
            None => found,
        };
        Ok(updated.to_json())
    })
    .await
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
) -> ApiResult<Json<Value>> {
    write(&platform, caller, move |tx, caller| {
        let found = pipelines::find(tx, caller, &pipeline)?;
        pipelines::destroy(tx, &found)?;
        Ok(found.to_json())
    })
    .await
}

async fn pipeline_couplings(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(pipeline): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    read_list(
        &platform,
        caller,
        &headers,
        ID_FIELD,
        move |conn, caller| {
            let found = pipelines::find(conn, caller, &pipeline)?;
            let all = pipelines::couplings_of_pipeline(conn, &found)?;
            Ok(all.iter().map(|c| c.to_json()).collect())
        },
    )
    .await
}

async fn all_couplings(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    read_list(&platform, caller, &headers, ID_FIELD, |conn, caller| {
        let all = pipelines::couplings_of_actor(conn, caller)?;
        Ok(all.iter().map(|c| c.to_json()).collect())
    })
    .await
}

/// `/users/~/pipeline-couplings`: the caller's; another user's are not found.
async fn user_couplings(
    state: State<Platform>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    if !caller.is(&user) {
        return Err(ApiError::not_found("user", "Couldn't find that user."));
    }
    all_couplings(state, Caller(caller), headers).await
}

#[derive(Debug, Default, Deserialize)]
struct CouplingBody {
    app: Option<String>,
    pipeline: Option<String>,
    stage: Option<String>,
}

async fn couple(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CouplingBody>,
) -> ApiResult<Response> {
    let app = required(body.app, "app")?;
    let pipeline = required(body.pipeline, "pipeline")?;
    let stage = required(body.stage, "stage")?;
    let json = platform
        .write_app(caller, app, Action::Pipeline, move |tx, app, caller| {
            let pipeline = pipelines::find(tx, caller, &pipeline)?;
            Ok::<_, ApiError>(pipelines::couple(tx, &app, &pipeline, &stage)?.to_json())
        })
        .await?;
    Ok(created(Json(json)))
}

async fn coupling_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(coupling): Path<String>,
) -> ApiResult<Json<Value>> {
    read(&platform, caller, move |conn, caller| {
        Ok(pipelines::find_coupling(conn, caller, &coupling)?.to_json())
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
struct StageBody {
    stage: Option<String>,
}

/// Changing a coupling changes its app, so the caller must be able to write the app.
async fn coupling_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(coupling): Path<String>,
    JsonBody(body): JsonBody<StageBody>,
) -> ApiResult<Json<Value>> {
    write_coupled_app(&platform, caller, coupling, move |tx, found| {
        let updated = match &body.stage {
            Some(stage) => pipelines::change_stage(tx, &found, stage)?,
            None => found,
        };
        Ok(updated.to_json())
    })
    .await
}

async fn uncouple(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(coupling): Path<String>,
) -> ApiResult<Json<Value>> {
    write_coupled_app(&platform, caller, coupling, move |tx, found| {
        pipelines::uncouple(tx, &found)?;
        Ok(found.to_json())
    })
    .await
}

/// Changes the coupling `coupling` of one of the caller's pipelines, once the caller may
/// change its app's pipeline (the coupling is found again in the write).
async fn write_coupled_app<F>(
    platform: &Platform,
    caller: Actor,
    coupling: String,
    work: F,
) -> ApiResult<Json<Value>>
where
    F: FnOnce(&Transaction<'_>, Coupling) -> DomainResult<Value> + Send + 'static,
{
    let (finder, wanted) = (caller.clone(), coupling.clone());
    let app_id = platform
        .store()
        .read_async(move |conn| {
            Ok::<_, ApiError>(pipelines::find_coupling(conn, &finder, &wanted)?.app_id)
        })
        .await?;
    let json = platform
        .write_app(caller, app_id, Action::Pipeline, move |tx, _, caller| {
            let found = pipelines::find_coupling(tx, caller, &coupling)?;
            Ok::<_, ApiError>(work(tx, found)?)
        })
        .await?;
    Ok(Json(json))
}

/// The app's coupling: 404 when it is in no pipeline.
async fn app_coupling(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
) -> ApiResult<Json<Value>> {
    let json = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            let coupling = pipelines::coupling_of_app(conn, &app)?
                .ok_or_else(pipelines::coupling_not_found)?;
            Ok::<_, ApiError>(coupling.to_json())
        })
        .await?;
    Ok(Json(json))
}

#[derive(Debug, Default, Deserialize)]
struct IdRef {
    id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct AppRef {
    app: Option<IdRef>,
}

#[derive(Debug, Default, Deserialize)]
struct SourceRef {
    app: Option<IdRef>,
    release: Option<IdRef>,
}

#[derive(Debug, Default, Deserialize)]
struct PromotionBody {
    pipeline: Option<IdRef>,
    source: Option<SourceRef>,
    targets: Option<Vec<AppRef>>,
}

async fn promote(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<PromotionBody>,
) -> ApiResult<Response> {
    let pipeline = required(body.pipeline.and_then(|p| p.id), "pipeline.id")?;
    let source = required(body.source, "source")?;
    let source_app = required(source.app.and_then(|a| a.id), "source.app.id")?;
    let targets = required(body.targets, "targets")?
        .into_iter()
        .map(|t| required(t.app.and_then(|a| a.id), "targets[].app.id"))
        .collect::<ApiResult<Vec<_>>>()?;
    let request = promotions::Request {
        pipeline,
        source_app,
        source_release: source.release.and_then(|r| r.id),
        targets,
    };
    // Checked first on its own too, so a refusal is logged: one met inside the promotion's
    // write would roll back with it.
    platform
        .find_app::<ApiError>(caller.clone(), request.source_app.clone(), Action::View)
        .await?;
    let promoted = platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(promotions::create(tx, &caller, request)?))
        .await?;
    for pending in promoted.pending {
        release_phase::start(&platform, pending).await;
    }
    Ok(created(Json(promoted.promotion.to_json())))
}

async fn promotion_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(promotion): Path<String>,
) -> ApiResult<Json<Value>> {
    read(&platform, caller, move |conn, caller| {
        Ok(promotions::find(conn, caller, &promotion)?.to_json())
    })
    .await
}

async fn promotion_targets(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(promotion): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    read_list(
        &platform,
        caller,
        &headers,
        ID_FIELD,
        move |conn, caller| {
            let found = promotions::find(conn, caller, &promotion)?;
            Ok(found.targets.iter().map(|t| t.to_json()).collect())
        },
    )
    .await
}
