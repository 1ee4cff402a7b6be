//! `/teams/apps` and `/teams/{team}/apps`: a team's apps (`team-app`), as the official CLI's
//! `create --team`, `apps --team`, `apps:lock`, `apps:unlock` and `apps:transfer` call them.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::access::Action;
use crate::apps::{App, NewApp};
use crate::http::{self, ApiError, ApiResult, Caller, IdentityRef, JsonBody};
use crate::range::Kind;
use crate::team_apps::{self, NewTeamApp};
use crate::users::Actor;
use crate::{Platform, teams};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/teams/apps", post(create))
        .route("/teams/apps/{app}", get(info).patch(update))
        .route("/teams/{team}/apps", get(list))
        .route("/teams/{team}/members/{member}/apps", get(list_for_member))
}

const RANGE_FIELDS: &[(&str, Kind)] = &[("name", Kind::Text), ("id", Kind::Text)];

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    name: Option<String>,
    team: Option<IdentityRef>,
    personal: Option<bool>,
    region: Option<IdentityRef>,
    stack: Option<IdentityRef>,
    space: Option<IdentityRef>,
    locked: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    locked: Option<bool>,
    owner: Option<IdentityRef>,
}

/// The team-app JSON of apps, each as `caller` sees it.
async fn render(platform: &Platform, caller: Actor, apps: Vec<App>) -> ApiResult<Vec<Value>> {
    let renderer = platform.clone();
    Ok(platform
        .store()
        .read_async(move |conn| {
            apps.iter()
                .map(|app| team_apps::to_json(conn, &renderer, app, &caller))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?)
}

async fn one(platform: &Platform, caller: Actor, app: App) -> ApiResult<Value> {
    let mut json = render(platform, caller, vec![app]).await?;
    json.pop()
        .ok_or_else(|| ApiError::internal("The app vanished while it was read."))
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    if body.space.is_some() {
        return Err(ApiError::invalid_params(
            "This platform has no spaces: leave space out.",
        ));
    }
    let new = NewTeamApp {
        app: NewApp {
            name: body.name,
            region: body.region.map(|r| r.as_str().to_string()),
            stack: body.stack.map(|s| s.as_str().to_string()),
        },
        team: body.team.map(|t| t.as_str().to_string()),
        personal: body.personal.unwrap_or(false),
        locked: body.locked.unwrap_or(false),
    };
    let app = team_apps::create(&platform, caller.clone(), new).await?;
    let json = one(&platform, caller, app).await?;
    Ok((StatusCode::CREATED, Json(json)).into_response())
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    let app = platform
        .find_app::<ApiError>(caller.clone(), identity, Action::View)
        .await?;
    Ok(Json(one(&platform, caller, app).await?))
}

/// `{owner}` moves the app (to a team, or out of one to a member); `{locked}` locks it.
async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    if body.owner.is_none() && body.locked.is_none() {
        return Err(ApiError::invalid_params("locked or owner is required."));
    }
    let mut app = None;
    if let Some(owner) = body.owner {
        let owner = owner.as_str().to_string();
        let moved = team_apps::transfer(&platform, caller.clone(), identity.clone(), owner).await?;
        app = Some(moved);
    }
    if let Some(on) = body.locked {
        let target = app.as_ref().map_or(identity, |a| a.id.clone());
        app = Some(team_apps::set_locked(&platform, caller.clone(), target, on).await?);
    }
    let app = app.ok_or_else(|| ApiError::internal("The app vanished while it was changed."))?;
    Ok(Json(one(&platform, caller, app).await?))
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(team): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    page(platform, caller, team, None, headers).await
}

async fn list_for_member(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((team, member)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    page(platform, caller, team, Some(member), headers).await
}

/// The apps of `team` (those `member` has a place on, when given), for one of its members.
async fn page(
    platform: Platform,
    caller: Actor,
    team: String,
    member: Option<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let apps = teams::read(
        &platform,
        caller.clone(),
        team,
        |conn, team, _| match member {
            Some(member) => team_apps::list_for_member(conn, team, &member),
            None => Ok(team_apps::list(conn, team, None)?),
        },
    )
    .await?;
    let items = render(&platform, caller, apps).await?;
    http::paged(&headers, RANGE_FIELDS, items)
}
