//! `/apps`: create, list (Range-paginated), info, update (rename, maintenance, build stack)
//! and delete. An app is seen by its owner, collaborators and (team apps) team members.

use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{params, params_from_iter};
use serde::Deserialize;
use serde_json::Value;

use crate::access::{self, Action};
use crate::apps::{self, App};
use crate::domain_error::DomainError;
use crate::http::{self, ApiError, ApiResult, Caller, IdentityRef, JsonBody};
use crate::range::{Kind, Range};
use crate::regions_and_stacks::Stack;
use crate::{Platform, events, git_repos, names, users, util};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps", get(list).post(create))
        .route("/apps/{app}", get(info).patch(update).delete(destroy))
        .route("/users/{user}/apps", get(list_for_user))
}

const RANGE_FIELDS: &[&str] = &["name", "id"];

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    name: Option<String>,
    region: Option<IdentityRef>,
    stack: Option<IdentityRef>,
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    name: Option<String>,
    maintenance: Option<bool>,
    build_stack: Option<IdentityRef>,
}

fn lookup_stack(identity: &IdentityRef) -> ApiResult<&'static Stack> {
    Ok(apps::stack_named(identity.as_str())?)
}

fn validate_name(name: &str) -> ApiResult<()> {
    names::validate(name).map_err(ApiError::invalid_params)
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let new = apps::NewApp {
        name: body.name,
        region: body.region.map(|r| r.as_str().to_string()),
        stack: body.stack.map(|s| s.as_str().to_string()),
    };
    let app = apps::create(&platform, caller, new).await?;
    Ok((StatusCode::CREATED, Json(app.to_json(&platform))).into_response())
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let range = http::range(&headers, RANGE_FIELDS)?;
    list_visible_to(platform, caller.id, range).await
}

/// `GET /users/{~ | email | id}/apps`: only the caller's own list is visible.
async fn list_for_user(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let range = http::range(&headers, RANGE_FIELDS)?;
    let is_self = user == "~"
        || user.eq_ignore_ascii_case(&caller.id)
        || user.eq_ignore_ascii_case(&caller.email);
    if !is_self {
        let exists = platform
            .store()
            .read_async(move |conn| Ok::<_, ApiError>(users::exists(conn, &user)?))
            .await?;
        return Err(if exists {
            ApiError::forbidden("You do not have access to that user's apps.")
        } else {
            ApiError::not_found("user", "Couldn't find that user.")
        });
    }
    list_visible_to(platform, caller.id, range).await
}

/// The apps the user may see: owned, collaborated and (team apps) of their teams.
async fn list_visible_to(platform: Platform, user_id: String, range: Range) -> ApiResult<Response> {
    let column = if range.field == "id" {
        "apps.id"
    } else {
        "apps.name"
    };
    let (conditions, order, bounds) = range
        .sql(column, Kind::Text)
        .map_err(ApiError::bad_request)?;
    let sql = format!(
        "{} WHERE {}{conditions}{order}",
        apps::SELECT,
        access::visible_to("?1")
    );
    let rows = platform
        .store()
        .read_async(move |conn| {
            let mut values = vec![rusqlite::types::Value::Text(user_id)];
            values.extend(bounds);
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params_from_iter(values), App::from_row)?;
            Ok::<_, ApiError>(rows.collect::<rusqlite::Result<Vec<App>>>()?)
        })
        .await?;
    let by_id = range.field == "id";
    let rows: Vec<_> = rows.iter().map(|a| a.render(&platform)).collect();
    Ok(http::list_response(
        &range,
        rows,
        |a| if by_id { a.id } else { a.name }.to_string(),
        "id, name",
    ))
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    let app = platform
        .find_app::<ApiError>(caller, identity, Action::View)
        .await?;
    Ok(Json(app.to_json(&platform)))
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    if let Some(name) = &body.name {
        validate_name(name)?;
    }
    let build_stack = body.build_stack.as_ref().map(lookup_stack).transpose()?;
    let repo_platform = platform.clone();
    // The git repository follows a rename as the transaction's last step; if the commit then
    // fails, it is moved back, so the folder and the database never disagree.
    let moved = Arc::new(Mutex::new(None::<(String, String)>));
    let moved_in_tx = moved.clone();
    let result = platform
        .write_app(caller, identity, Action::View, move |tx, app, caller| {
            let now = util::timestamp(util::now());
            let by = &caller.email;
            let rename = body.name.filter(|n| *n != app.name);
            // Each field asked for needs its own permission (even when it changes nothing),
            // all checked before any change is made.
            for (changes, action) in [
                (rename.is_some(), Action::Rename),
                (body.maintenance.is_some(), Action::Maintenance),
                (build_stack.is_some(), Action::StackSet),
            ] {
                if changes {
                    caller.require(&action)?;
                }
            }
            let maintenance = body.maintenance.filter(|on| *on != app.maintenance);
            let build_stack = build_stack.filter(|s| s.name != app.build_stack);
            if let Some(new_name) = &rename {
                if apps::name_taken(tx, new_name)? {
                    return Err(apps::name_taken_error());
                }
                tx.execute(
                    "UPDATE apps SET name = ?1, updated_at = ?2 WHERE id = ?3",
                    params![new_name, now, app.id],
                )
                .map_err(apps::taken_on_conflict)?;
                let message = format!("Rename app from {} to {new_name} by user {by}", app.name);
                events::api(tx, &app.id, &message)?;
            }
            if let Some(on) = maintenance {
                tx.execute(
                    "UPDATE apps SET maintenance = ?1, updated_at = ?2 WHERE id = ?3",
                    params![on, now, app.id],
                )?;
                let verb = if on { "Enable" } else { "Disable" };
                events::api(
                    tx,
                    &app.id,
                    &format!("{verb} Maintenance mode by user {by}"),
                )?;
            }
            if let Some(stack) = build_stack {
                tx.execute(
                    "UPDATE apps SET build_stack = ?1, updated_at = ?2 WHERE id = ?3",
                    params![stack.name, now, app.id],
                )?;
                let message = format!("Set build stack to {} by user {by}", stack.name);
                events::api(tx, &app.id, &message)?;
            }
            let updated = apps::reload(tx, &app.id)?;
            if let Some(new_name) = rename {
                git_repos::rename_repo(&repo_platform, &app.name, &new_name)
                    .map_err(|e| DomainError::internal(e.to_string()))?;
                *moved_in_tx.lock().unwrap_or_else(|e| e.into_inner()) = Some((app.name, new_name));
            }
            Ok(updated)
        })
        .await;
    if result.is_err() {
        let moved = moved.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some((old_name, new_name)) = moved {
            let _ = git_repos::rename_repo(&platform, &new_name, &old_name);
        }
    }
    Ok(Json(result?.to_json(&platform)))
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    let app = platform
        .write_app(caller, identity, Action::Destroy, move |tx, app, _| {
            // Config, releases, events... go with it (ON DELETE CASCADE).
            tx.execute("DELETE FROM apps WHERE id = ?1", [&app.id])?;
            Ok::<_, ApiError>(app)
        })
        .await?;
    git_repos::remove_repo(&platform, &app.name);
    Ok(Json(app.to_json(&platform)))
}
