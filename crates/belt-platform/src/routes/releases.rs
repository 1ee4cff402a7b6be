//! `/apps/{app}/releases`: list (Range on `version`), info by id or version, a release's
//! config vars, and `POST`: a rollback (`{"release": id or version}`) or a release of a
//! slug (`{"slug": id}`), either running the slug's release command; and that command's
//! output at the release's `output_stream_url`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use super::logs::stream_base;
use super::output_stream::{self, Work};
use crate::access::Action;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::releases::{self, ConfigMap, NewRelease, Release};
use crate::users::Actor;
use crate::{Platform, release_phase};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/releases", get(list).post(create))
        .route("/apps/{app}/releases/{release}", get(info))
        .route(
            "/apps/{app}/releases/{release}/config-vars",
            get(config_vars),
        )
        .route("/release-output/{id}/{secret}", get(output))
}

const RANGE_FIELDS: &[&str] = &["version", "id"];

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let range = http::range(&headers, RANGE_FIELDS)?;
    let (column, kind) = if range.field == "id" {
        ("r.id", Kind::Text)
    } else {
        ("r.version", Kind::Integer)
    };
    let (conditions, order, bounds) = range.sql(column, kind).map_err(ApiError::bad_request)?;
    let sql = format!("{} WHERE r.app_id = ?{conditions}{order}", releases::SELECT);
    let rows = http::app_rows(&platform, caller, identity, sql, bounds, Release::from_row).await?;
    let field = range.field.clone();
    let base = stream_base(&platform, &headers)?;
    let rows: Vec<Value> = rows.iter().map(|r| r.to_json(&base)).collect();
    Ok(http::list_response(
        &range,
        rows,
        |v| match &v[field.as_str()] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        "id, version",
    ))
}

async fn find(
    platform: &Platform,
    caller: Actor,
    app: String,
    release: String,
) -> ApiResult<Release> {
    platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            Ok(releases::find(conn, &app.id, &release)?)
        })
        .await
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, release)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let base = stream_base(&platform, &headers)?;
    Ok(Json(
        find(&platform, caller, app, release).await?.to_json(&base),
    ))
}

async fn config_vars(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, release)): Path<(String, String)>,
) -> ApiResult<Json<ConfigMap>> {
    Ok(Json(find(&platform, caller, app, release).await?.config()?))
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    /// Roll back to this release (id, or version as a number or a string).
    release: Option<Value>,
    /// Release this slug with the current config.
    slug: Option<String>,
    description: Option<String>,
}

/// A release identity from a body: `"<uuid>"`, `"3"`, `"v3"` or `3`.
fn release_identity(value: &Value) -> ApiResult<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(ApiError::invalid_params(
            "release must be a release id or version.",
        )),
    }
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let base = stream_base(&platform, &headers)?;
    let target = body.release.as_ref().map(release_identity).transpose()?;
    if target.is_none() && body.slug.is_none() {
        return Err(ApiError::invalid_params(
            "Either release (to roll back) or slug is required.",
        ));
    }
    // A rollback needs less than a new slug's release on a team app (deploy or operate).
    let action = if target.is_some() {
        Action::Rollback
    } else {
        Action::Deploy
    };
    let (release, pending) = platform
        .write_app(caller, identity, action, move |tx, app, caller| {
            let current = releases::current(tx, &app.id)?;
            let new = match (target, body.slug) {
                (Some(target), _) => {
                    let target = releases::find(tx, &app.id, &target)?;
                    if !target.eligible_for_rollback() {
                        return Err(ApiError::invalid_params(format!(
                            "Release v{} is not eligible for rollback.",
                            target.version
                        )));
                    }
                    NewRelease {
                        description: body
                            .description
                            .unwrap_or_else(|| format!("Rollback to v{}", target.version)),
                        config: target.config()?,
                        slug_id: target.slug_id.clone(),
                        // Rollback affects code and config vars, not add-ons.
                        addon_plan_names: current.map(|r| r.addon_plan_names).unwrap_or_default(),
                    }
                }
                (None, Some(slug)) => {
                    let commit = slug_commit(tx, &app.id, &slug)?;
                    let description = body.description.unwrap_or_else(|| match commit {
                        Some(commit) => format!("Deploy {}", short(&commit)),
                        None => "Deploy".into(),
                    });
                    let config = releases::config_vars(tx, &app.id)?;
                    NewRelease {
                        slug_id: Some(slug),
                        ..NewRelease::with_config(current.as_ref(), description, config)
                    }
                }
                (None, None) => return Err(ApiError::internal("No release or slug.")),
            };
            let release = releases::create(tx, &app.id, caller, new)?;
            Ok(release_phase::prepare(tx, &app, caller, release)?)
        })
        .await?;
    if let Some(pending) = pending {
        release_phase::start(&platform, pending).await;
    }
    Ok((StatusCode::CREATED, Json(release.to_json(&base))).into_response())
}

/// The release command's output, as it is written, ending when the command does. The URL's
/// secret is the credential: the official CLI's `releases:output` sends no API key here.
async fn output(
    State(platform): State<Platform>,
    Path((id, secret)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let path = release_phase::output_path(&platform, &id);
    let work = Work {
        table: "releases",
        resource: "release",
        read_status: release_phase::status,
    };
    output_stream::serve(platform, &headers, work, path, id, secret).await
}

/// The commit of the app's slug `id`; 404 when the app has no such slug.
fn slug_commit(conn: &rusqlite::Connection, app_id: &str, id: &str) -> ApiResult<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT commit_sha FROM slugs WHERE app_id = ?1 AND id = ?2")?
        .query_row([app_id, id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| ApiError::not_found("slug", "Couldn't find that slug."))
}

fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}
