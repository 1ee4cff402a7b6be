//! `/account/app-transfers` (the schema's `app-transfer`, D5): start, list, accept or
//! decline, cancel.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::Platform;
use crate::access::{self, Action};
use crate::app_transfers::{self, Step, Transfer};
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/account/app-transfers", get(list).post(create))
        .route(
            "/account/app-transfers/{transfer}",
            get(info).patch(update).delete(destroy),
        )
}

const RANGE_FIELDS: &[(&str, Kind)] = &[("id", Kind::Text)];

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    app: Option<String>,
    recipient: Option<String>,
    // `silent` (no notification email) is accepted; the platform sends no email.
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    state: Option<String>,
}

fn required(value: Option<String>, name: &str) -> ApiResult<String> {
    value.ok_or_else(|| ApiError::invalid_params(format!("{name} is required.")))
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let all = platform
        .store()
        .read_async(move |conn| {
            let all = app_transfers::list(conn, &caller)?;
            Ok::<_, ApiError>(all.iter().map(Transfer::to_json).collect())
        })
        .await?;
    http::paged(&headers, RANGE_FIELDS, all)
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let app = required(body.app, "app")?;
    let recipient = required(body.recipient, "recipient")?;
    let transfer = platform
        .write_app(caller, app, Action::View, move |tx, app, by| {
            app_transfers::create(tx, &app, by, &recipient)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(transfer.to_json())).into_response())
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(transfer): Path<String>,
) -> ApiResult<Json<Value>> {
    let found = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(app_transfers::find(conn, &caller, &transfer)?))
        .await?;
    Ok(Json(found.to_json()))
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(transfer): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let state = required(body.state, "state")?;
    refuse_logged(&platform, &caller, &transfer, Step::Answer).await?;
    let answered = platform
        .store()
        .write_async(move |tx| {
            Ok::<_, ApiError>(app_transfers::answer(tx, &caller, &transfer, &state)?)
        })
        .await?;
    Ok(Json(answered.to_json()))
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(transfer): Path<String>,
) -> ApiResult<Json<Value>> {
    refuse_logged(&platform, &caller, &transfer, Step::Cancel).await?;
    let cancelled = platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(app_transfers::cancel(tx, &caller, &transfer)?))
        .await?;
    Ok(Json(cancelled.to_json()))
}

/// Refuses, with the refusal in the app's log, a move of the transfer that is not the
/// caller's to make (checked again inside the move's own write).
async fn refuse_logged(
    platform: &Platform,
    caller: &Actor,
    transfer: &str,
    step: Step,
) -> ApiResult<()> {
    let (by, identity) = (caller.clone(), transfer.to_string());
    let refused = platform
        .store()
        .read_async(move |conn| {
            Ok::<_, ApiError>(app_transfers::refusal(conn, &by, &identity, step)?)
        })
        .await?;
    let Some((refusal, error)) = refused else {
        return Ok(());
    };
    platform
        .store()
        .write_async(move |tx| Ok::<_, ApiError>(access::record(tx, &refusal)?))
        .await?;
    Err(error.into())
}
