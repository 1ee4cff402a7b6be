//! `/apps/{app}/collaborators` (the schema's `collaborator`), `/teams/apps/{app}/collaborators`
//! (`team-app-collaborator`, with permissions) and `/teams/permissions`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::access::Action;
use crate::collaborators::{self, Collaborator};
use crate::domain_error::DomainError;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, apps::App};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/collaborators", get(list).post(create))
        .route(
            "/apps/{app}/collaborators/{collaborator}",
            get(info).delete(destroy),
        )
        .route(
            "/teams/apps/{app}/collaborators",
            get(team_list).post(team_create),
        )
        .route(
            "/teams/apps/{app}/collaborators/{collaborator}",
            get(team_info).patch(team_update).delete(team_destroy),
        )
        .route("/teams/permissions", get(permissions))
}

const RANGE_FIELDS: &[(&str, Kind)] = &[("id", Kind::Text)];

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    user: Option<String>,
    /// Only `/teams/apps/{app}/collaborators` takes permissions.
    permissions: Option<Value>,
    // `silent` (no notification email) is accepted; the platform sends no email.
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    permissions: Option<Value>,
}

fn required_user(body: &CreateBody) -> ApiResult<String> {
    body.user
        .clone()
        .ok_or_else(|| ApiError::invalid_params("user is required."))
}

/// Permission names from a request's `permissions` (an array of strings).
fn permission_names(value: Option<&Value>) -> ApiResult<Vec<String>> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let items = value
        .as_array()
        .ok_or_else(|| ApiError::invalid_params("permissions must be an array of names."))?;
    items
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| ApiError::invalid_params("permissions must be an array of names."))
        })
        .collect()
}

/// 422 for a personal app on a `/teams/apps` path.
fn team_app(app: &App) -> Result<(), DomainError> {
    match app.team {
        Some(_) => Ok(()),
        None => Err(DomainError::invalid(format!(
            "{} is not a team app; its collaborators have no permissions.",
            app.name
        ))),
    }
}

async fn list_of(
    platform: Platform,
    caller: Actor,
    app: String,
    team: bool,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let all = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            if team {
                team_app(&app)?;
            }
            let all = collaborators::list(conn, &app)?;
            Ok::<_, ApiError>(all.iter().map(Collaborator::to_json).collect())
        })
        .await?;
    http::paged(&headers, RANGE_FIELDS, all)
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    list_of(platform, caller, app, false, headers).await
}

async fn team_list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    list_of(platform, caller, app, true, headers).await
}

async fn info_of(
    platform: Platform,
    caller: Actor,
    app: String,
    who: String,
    team: bool,
) -> ApiResult<Json<Value>> {
    let found = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            if team {
                team_app(&app)?;
            }
            Ok::<_, ApiError>(collaborators::find(conn, &app, &who)?.to_json())
        })
        .await?;
    Ok(Json(found))
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    info_of(platform, caller, app, who, false).await
}

async fn team_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    info_of(platform, caller, app, who, true).await
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    // Heroku's answer (heroku3.py#116): permissions belong on the /teams/apps path.
    if body.permissions.is_some() {
        return Err(ApiError::invalid_params("Unknown params: permissions."));
    }
    let user = required_user(&body)?;
    add(platform, caller, app, user, Vec::new(), false).await
}

async fn team_create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let user = required_user(&body)?;
    let names = permission_names(body.permissions.as_ref())?;
    add(platform, caller, app, user, names, true).await
}

async fn add(
    platform: Platform,
    caller: Actor,
    app: String,
    user: String,
    names: Vec<String>,
    team: bool,
) -> ApiResult<Response> {
    let permissions = collaborators::parse_permissions(&names)?;
    let added = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            if team {
                team_app(&app)?;
            }
            collaborators::add(tx, &app, by, &user, permissions)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(added.to_json())).into_response())
}

async fn team_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, who)): Path<(String, String)>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let names = body
        .permissions
        .as_ref()
        .ok_or_else(|| ApiError::invalid_params("permissions is required."))?;
    let permissions = collaborators::parse_permissions(&permission_names(Some(names))?)?;
    let updated = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            team_app(&app)?;
            collaborators::update_permissions(tx, &app, by, &who, permissions)
        })
        .await?;
    Ok(Json(updated.to_json()))
}

async fn remove(
    platform: Platform,
    caller: Actor,
    app: String,
    who: String,
    team: bool,
) -> ApiResult<Json<Value>> {
    let removed = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            if team {
                team_app(&app)?;
            }
            collaborators::remove(tx, &app, by, &who)
        })
        .await?;
    Ok(Json(removed.to_json()))
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    remove(platform, caller, app, who, false).await
}

async fn team_destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    remove(platform, caller, app, who, true).await
}

/// `GET /teams/permissions`: the four permissions, whoever asks.
async fn permissions(_: State<Platform>, _: Caller) -> Json<Value> {
    Json(collaborators::permissions_json())
}
