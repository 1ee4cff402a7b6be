//! `/apps/{app}/domains`: the app's own hostname and its custom domains (list, add, info,
//! update, remove).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::access::Action;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::{Platform, domains};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/domains", get(list).post(create))
        .route(
            "/apps/{app}/domains/{domain}",
            get(info).patch(update).delete(destroy),
        )
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let p = platform.clone();
    let rows = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            let all = domains::list(conn, &p, &app)?;
            Ok::<_, ApiError>(all.iter().map(|d| d.to_json(&app)).collect())
        })
        .await?;
    http::paged(
        &headers,
        &[("hostname", Kind::Text), ("id", Kind::Text)],
        rows,
    )
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    hostname: Option<String>,
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let hostname = body
        .hostname
        .ok_or_else(|| ApiError::invalid_params("hostname is required."))?;
    let json = platform
        .write_app(caller, app, Action::Domains, move |tx, app, caller| {
            Ok::<_, ApiError>(domains::create(tx, &app, caller, &hostname)?.to_json(&app))
        })
        .await?;
    Ok((StatusCode::CREATED, Json(json)).into_response())
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, domain)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let p = platform.clone();
    let json = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            Ok::<_, ApiError>(domains::find(conn, &p, &app, &domain)?.to_json(&app))
        })
        .await?;
    Ok(Json(json))
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    sni_endpoint: Option<String>,
}

/// Only `sni_endpoint` can change, and this platform has no SNI endpoints to point at.
async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, domain)): Path<(String, String)>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    if body.sni_endpoint.is_some() {
        return Err(ApiError::not_found(
            "sni-endpoint",
            "Couldn't find that SNI endpoint.",
        ));
    }
    info(State(platform), Caller(caller), Path((app, domain))).await
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, domain)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let p = platform.clone();
    let json = platform
        .write_app(caller, app, Action::Domains, move |tx, app, caller| {
            let domain = domains::find(tx, &p, &app, &domain)?;
            domains::destroy(tx, &app, caller, &domain)?;
            Ok::<_, ApiError>(domain.to_json(&app))
        })
        .await?;
    Ok(Json(json))
}
