//! `/teams`: teams (`team`), their members (`team-member`) and features (`team-feature`), as
//! the schema has them and the official CLI's `teams` and `members*` commands call them.
//! A team's apps are in `routes/team_apps.rs`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::Platform;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::teams::{self, MemberWrite, Need, Role, Team};
use crate::users::Actor;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/teams", get(list).post(create))
        .route("/teams/{team}", get(info).patch(update).delete(destroy))
        .route(
            "/teams/{team}/members",
            get(members)
                .put(put_member)
                .post(post_member)
                .patch(patch_member),
        )
        .route("/teams/{team}/members/{member}", delete(remove_member))
        .route("/teams/{team}/features", get(features))
        .route("/teams/{team}/features/{feature}", get(feature))
}

const TEAM_RANGE: &[(&str, Kind)] = &[("name", Kind::Text), ("id", Kind::Text)];
const MEMBER_RANGE: &[(&str, Kind)] = &[("email", Kind::Text), ("id", Kind::Text)];

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    name: Option<String>,
    default: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
struct MemberBody {
    email: Option<String>,
    role: Option<String>,
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let items = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(teams::list_for(conn, &caller)?))
        .await?
        .into_iter()
        .map(|(team, role)| team.to_json(role))
        .collect();
    http::paged(&headers, TEAM_RANGE, items)
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let name = body
        .name
        .ok_or_else(|| ApiError::invalid_params("name is required."))?;
    let team = platform
        .store()
        .write_async(move |tx| teams::create(tx, &caller, &name))
        .await?;
    Ok((StatusCode::CREATED, Json(team.to_json(Role::Admin))).into_response())
}

/// The team `identity` and the caller's role in it (404, or 403 for someone outside it).
async fn read_team(
    platform: &Platform,
    caller: Actor,
    identity: String,
) -> ApiResult<(Team, Role)> {
    Ok(teams::read(platform, caller, identity, |_, team, role| {
        Ok((team.clone(), role))
    })
    .await?)
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    let (team, role) = read_team(&platform, caller, identity).await?;
    Ok(Json(team.to_json(role)))
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    if body.default == Some(true) {
        return Err(ApiError::invalid_params(
            "This platform has no default team: leave default out.",
        ));
    }
    let team = teams::change(
        &platform,
        caller,
        identity,
        Need::Admin,
        "change",
        move |tx, team, caller| match body.name {
            Some(name) => teams::rename(tx, team, caller, &name),
            None => Ok(team.clone()),
        },
    )
    .await?;
    Ok(Json(team.to_json(Role::Admin)))
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    let team = teams::change(
        &platform,
        caller,
        identity,
        Need::Admin,
        "delete",
        |tx, team, caller| {
            teams::delete(tx, team, caller)?;
            Ok(team.clone())
        },
    )
    .await?;
    Ok(Json(team.to_json(Role::Admin)))
}

async fn members(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let members = teams::read(&platform, caller, identity, |conn, team, _| {
        Ok(teams::members(conn, &team.id)?)
    })
    .await?;
    let items = members.iter().map(teams::Member::to_json).collect();
    http::paged(&headers, MEMBER_RANGE, items)
}

async fn put_member(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<MemberBody>,
) -> ApiResult<Response> {
    write_member(
        platform,
        caller,
        identity,
        body,
        MemberWrite::CreateOrUpdate,
    )
    .await
}

async fn post_member(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<MemberBody>,
) -> ApiResult<Response> {
    write_member(platform, caller, identity, body, MemberWrite::Create).await
}

async fn patch_member(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<MemberBody>,
) -> ApiResult<Response> {
    write_member(platform, caller, identity, body, MemberWrite::Update).await
}

/// 201 for a new member, 200 for a changed one.
async fn write_member(
    platform: Platform,
    caller: Actor,
    identity: String,
    body: MemberBody,
    write: MemberWrite,
) -> ApiResult<Response> {
    let email = body
        .email
        .ok_or_else(|| ApiError::invalid_params("email is required."))?;
    let role = body
        .role
        .ok_or_else(|| ApiError::invalid_params("role is required."))?;
    let role = Role::parse(&role)?;
    let (member, created) = teams::change(
        &platform,
        caller,
        identity,
        Need::Admin,
        "manage members of",
        move |tx, team, caller| teams::set_member(tx, team, caller, &email, role, write),
    )
    .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(member.to_json())).into_response())
}

async fn remove_member(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, member)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let gone = teams::change(
        &platform,
        caller,
        identity,
        Need::Admin,
        "manage members of",
        move |tx, team, caller| teams::remove_member(tx, team, caller, &member),
    )
    .await?;
    Ok(Json(gone.to_json()))
}

/// A team feature the platform has on for every team.
struct Feature {
    id: &'static str,
    name: &'static str,
    display_name: &'static str,
    description: &'static str,
    doc_url: &'static str,
}

/// The official CLI's `access:add` sends permissions only when the team has
/// `org-access-controls`; `team-invite-acceptance` is left out, as the platform adds members
/// at once rather than inviting them.
const FEATURES: &[Feature] = &[Feature {
    id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2c01",
    name: "org-access-controls",
    display_name: "App permissions",
    description: "Grant team members and collaborators view, deploy, operate and manage \
        permissions per app.",
    doc_url: "https://devcenter.heroku.com/articles/app-permissions",
}];

fn feature_json(team: &Team, f: &Feature) -> Value {
    json!({
        "created_at": team.created_at,
        "description": f.description,
        "display_name": f.display_name,
        "doc_url": f.doc_url,
        "enabled": true,
        "feedback_email": "feedback@heroku.com",
        "id": f.id,
        "name": f.name,
        "state": "general",
        "updated_at": team.created_at,
    })
}

/// The team `identity` for reading its features: its members, and anyone with a place on
/// one of its apps (the official `access:add` asks for them before adding a collaborator).
async fn team_for_features(
    platform: &Platform,
    caller: Actor,
    identity: String,
) -> ApiResult<Team> {
    Ok(platform
        .store()
        .read_async(move |conn| teams::find_for_app_people(conn, &identity, &caller))
        .await?)
}

async fn features(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let team = team_for_features(&platform, caller, identity).await?;
    let items = FEATURES.iter().map(|f| feature_json(&team, f)).collect();
    http::paged(&headers, TEAM_RANGE, items)
}

async fn feature(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, feature)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let team = team_for_features(&platform, caller, identity).await?;
    let found = FEATURES
        .iter()
        .find(|f| f.id == feature || f.name.eq_ignore_ascii_case(&feature))
        .ok_or_else(|| ApiError::not_found("team-feature", "Couldn't find that feature."))?;
    Ok(Json(feature_json(&team, found)))
}
