//! Endpoints the official Heroku CLI calls around the commands belt serves, answered as Heroku
//! answers for an app without that feature (tests/heroku_cli.rs drives them).

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::access::{self, Action, Standing};
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::{Platform, apps};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        // `heroku domains:add` lists SNI endpoints first; apps here have none.
        .route("/apps/{app}/sni-endpoints", get(none_for_the_app))
        // `heroku drains` and API libraries list log drains; the platform has none to add.
        .route("/apps/{app}/log-drains", get(none_for_the_app))
        .route("/apps/{app}/log-drains/{drain}", get(log_drain))
        .route("/addons/{addon}/log-drains", get(addon_log_drains))
        // `heroku pipelines:info` and `pipelines:promote` read a pipeline's apps through it.
        .route("/filters/apps", post(filter_apps))
        // Kolkrabbi's (Heroku's GitHub integration, kolkrabbi.heroku.com) link of an app to
        // its repository, which `heroku pipelines:diff` asks for: no app here has one.
        .route("/apps/{app}/github", get(github_link))
}

async fn github_link(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
) -> ApiResult<Json<Value>> {
    let app = platform
        .find_app::<ApiError>(caller, app, Action::View)
        .await?;
    Err(ApiError::not_found(
        "github",
        format!(
            "{} is not connected to a GitHub repository: the platform has no GitHub connection.",
            app.name
        ),
    ))
}

#[derive(Debug, Default, Deserialize)]
struct AppIds {
    id: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct FilterBody {
    #[serde(rename = "in")]
    within: Option<AppIds>,
}

/// The caller's apps among the ids in `{"in": {"id": [...]}}`; others' are left out.
async fn filter_apps(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
    JsonBody(body): JsonBody<FilterBody>,
) -> ApiResult<Response> {
    let ids = body.within.map(|w| w.id).unwrap_or_default();
    let p = platform.clone();
    let rows = platform
        .store()
        .read_async(move |conn| {
            let mut found = Vec::new();
            for id in &ids {
                let Some(app) = apps::find(conn, id)? else {
                    continue;
                };
                if access::standing(conn, &app, &caller)? != Standing::Stranger {
                    found.push(app.to_json(&p));
                }
            }
            Ok::<_, ApiError>(found)
        })
        .await?;
    http::paged(&headers, &[("id", Kind::Text), ("name", Kind::Text)], rows)
}

/// A list of what apps here never have: empty, once the app is the caller's.
async fn none_for_the_app(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
) -> ApiResult<Json<Value>> {
    platform
        .find_app::<ApiError>(caller, app, Action::View)
        .await?;
    Ok(Json(json!([])))
}

async fn log_drain(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, _)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    platform
        .find_app::<ApiError>(caller, app, Action::View)
        .await?;
    Err(ApiError::not_found(
        "log-drain",
        "Couldn't find that log drain.",
    ))
}

async fn addon_log_drains(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(addon): Path<String>,
) -> ApiResult<Json<Value>> {
    super::addons::addon_for(&platform, caller, addon).await?;
    Ok(Json(json!([])))
}
