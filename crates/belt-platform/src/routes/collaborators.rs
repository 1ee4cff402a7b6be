//! `/apps/{app}/collaborators` (the schema's `collaborator`), `/teams/apps/{app}/collaborators`
//! (`team-app-collaborator`, with permissions) and `/teams/permissions`.

use axum::extract::{MatchedPath, Path, State};
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
use crate::{Platform, apps::App};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/collaborators", get(list).post(create))
        .route(
            "/apps/{app}/collaborators/{collaborator}",
            get(info).delete(destroy),
        )
        .route("/teams/apps/{app}/collaborators", get(list).post(create))
        .route(
            "/teams/apps/{app}/collaborators/{collaborator}",
            get(info).patch(update).delete(destroy),
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

/// 422 for a personal app on a `/teams/apps` path (`team`).
fn team_app(app: &App, team: bool) -> Result<(), DomainError> {
    match app.team {
        Some(_) => Ok(()),
        None if !team => Ok(()),
        None => Err(DomainError::invalid(format!(
            "{} is not a team app; its collaborators have no permissions.",
            app.name
        ))),
    }
}

/// Whether the request came by `/teams/apps/...`: the team app path, with permissions.
fn team_path(path: &MatchedPath) -> bool {
    path.as_str().starts_with("/teams/")
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    matched: MatchedPath,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let team = team_path(&matched);
    let all = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            team_app(&app, team)?;
            let all = collaborators::list(conn, &app)?;
            Ok::<_, ApiError>(all.iter().map(Collaborator::to_json).collect())
        })
        .await?;
    http::paged(&headers, RANGE_FIELDS, all)
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    matched: MatchedPath,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let team = team_path(&matched);
    let found = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            team_app(&app, team)?;
            Ok::<_, ApiError>(collaborators::find(conn, &app, &who)?.to_json())
        })
        .await?;
    Ok(Json(found))
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    matched: MatchedPath,
    Path(app): Path<String>,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let team = team_path(&matched);
    // Heroku's answer (heroku3.py#116): permissions belong on the /teams/apps path.
    if !team && body.permissions.is_some() {
        return Err(ApiError::invalid_params("Unknown params: permissions."));
    }
    let user = body
        .user
        .ok_or_else(|| ApiError::invalid_params("user is required."))?;
    let names = permission_names(body.permissions.as_ref())?;
    let permissions = collaborators::parse_permissions(&names)?;
    let added = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            team_app(&app, team)?;
            collaborators::add(tx, &app, by, &user, permissions)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(added.to_json())).into_response())
}

async fn update(
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
            team_app(&app, true)?;
            collaborators::update_permissions(tx, &app, by, &who, permissions)
        })
        .await?;
    Ok(Json(updated.to_json()))
}

/// `DELETE` on either path: `heroku access:remove` uses the personal one for team apps too.
async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    matched: MatchedPath,
    Path((app, who)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let team = team_path(&matched);
    let removed = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            team_app(&app, team)?;
            collaborators::remove(tx, &app, by, &who)
        })
        .await?;
    Ok(Json(removed.to_json()))
}

/// `GET /teams/permissions`: the four permissions, whoever asks.
async fn permissions(_: State<Platform>, _: Caller) -> Json<Value> {
    Json(collaborators::permissions_json())
}
