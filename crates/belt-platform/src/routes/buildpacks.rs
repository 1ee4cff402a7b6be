//! `/apps/{app}/buildpack-installations`: list an app's buildpacks, or replace them all
//! (`PUT {"updates": [{"buildpack": NAME | URN | URL}]}`), as `buildpacks:add` and the
//! official CLI's buildpacks commands do.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::Platform;
use crate::access::Action;
use crate::buildpacks::{self, Installation};
use crate::http::{ApiError, ApiResult, Caller, JsonBody};

pub(super) fn routes() -> Router<Platform> {
    Router::new().route("/apps/{app}/buildpack-installations", get(list).put(update))
}

fn to_json(installed: &[Installation]) -> Vec<Value> {
    installed
        .iter()
        .enumerate()
        .map(|(ordinal, b)| b.to_json(ordinal))
        .collect()
}

/// The whole list, whatever `Range` says: it never holds more than a page (at most
/// `buildpacks::MAX`), and clients send Range headers of their own (heroku3 `id ..`, the
/// official CLI an empty one) that Heroku does not refuse here.
async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
) -> ApiResult<Json<Vec<Value>>> {
    let installed = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            Ok::<_, ApiError>(buildpacks::list(conn, &app.id)?)
        })
        .await?;
    Ok(Json(to_json(&installed)))
}

#[derive(Debug, Deserialize)]
struct UpdateEntry {
    buildpack: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    updates: Option<Vec<UpdateEntry>>,
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Vec<Value>>> {
    let updates = body
        .updates
        .ok_or_else(|| ApiError::invalid_params("updates is required."))?;
    let wanted = updates
        .iter()
        .map(|u| {
            u.buildpack
                .as_deref()
                .ok_or_else(|| ApiError::invalid_params("Each update needs a buildpack."))
                .and_then(|given| Ok(Installation::parse(given)?))
        })
        .collect::<ApiResult<Vec<_>>>()?;
    let installed = platform
        .write_app(caller, app, Action::Deploy, move |tx, app, _| {
            buildpacks::replace(tx, &app.id, &wanted)?;
            Ok::<_, ApiError>(wanted)
        })
        .await?;
    Ok(Json(to_json(&installed)))
}
