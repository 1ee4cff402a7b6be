//! `POST /apps/{app}/log-sessions` and the session's stream, `GET /log-streams/{secret}`:
//! plain text lines, or Server-Sent Events for `Accept: text/event-stream`, as Heroku's
//! logplex serves them. The stream needs no API key: the URL's secret is the credential, as
//! with Heroku's logplex URLs, so clients never send their token to a log host.

use axum::extract::{Path, State};
use axum::http::header::{ACCEPT, CACHE_CONTROL, CONTENT_TYPE, HOST};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use crate::access::Action;
use crate::http::{ApiError, ApiResult, Caller, JsonBody};
use crate::logs::{self, DEFAULT_LINES, Format, Session};
use crate::{Platform, events, util};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/log-sessions", post(create))
        .route("/log-streams/{secret}", get(stream))
}

/// The schema names `dyno_name` and `type`; older clients (and belt's docs) say `dyno`.
#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    dyno: Option<String>,
    dyno_name: Option<String>,
    #[serde(rename = "type")]
    process_type: Option<String>,
    lines: Option<i64>,
    source: Option<String>,
    tail: Option<bool>,
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let base = stream_base(&platform, &headers)?;
    let dyno = non_empty(body.dyno_name)
        .or(non_empty(body.process_type))
        .or(non_empty(body.dyno));
    // More than the buffer holds is all of it, as with Heroku.
    let lines = body
        .lines
        .unwrap_or(DEFAULT_LINES)
        .min(events::BUFFER_LINES);
    if lines < 0 {
        return Err(ApiError::invalid_params("lines must not be negative."));
    }
    let (source, tail) = (non_empty(body.source), body.tail.unwrap_or(false));
    let secret = platform
        .write_app(caller, identity, Action::View, move |tx, app, _| {
            let session = Session {
                app_id: app.id,
                dyno,
                source,
                lines,
                tail,
            };
            Ok::<_, ApiError>(logs::create_session(tx, &session)?)
        })
        .await?;
    let now = util::timestamp(util::now());
    let body = json!({
        "id": util::new_id(),
        "logplex_url": format!("{base}/log-streams/{secret}"),
        "created_at": now,
        "updated_at": now,
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

/// Where stream URLs point: `belt serve`'s public URL, or for the embedded platform the
/// address the client reached (so it also works through a forwarded port).
pub(super) fn stream_base(platform: &Platform, headers: &HeaderMap) -> ApiResult<String> {
    if let Some(url) = platform.public_url() {
        return Ok(url.to_string());
    }
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
        .ok_or_else(|| ApiError::bad_request("A valid Host header is required."))?;
    Ok(format!("http://{host}"))
}

/// Whether `Accept` asks for Server-Sent Events (a `text/event-stream` range without q=0).
pub(super) fn wants_event_stream(headers: &HeaderMap) -> bool {
    headers
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|range| {
            let mut parts = range.split(';').map(str::trim);
            let media = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.split_once('=').is_some_and(|(k, v)| {
                    k.trim().eq_ignore_ascii_case("q") && v.trim().parse::<f64>() == Ok(0.0)
                })
            });
            media.eq_ignore_ascii_case("text/event-stream") && !refused
        })
}

async fn stream(
    State(platform): State<Platform>,
    Path(secret): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let (format, content_type) = if wants_event_stream(&headers) {
        (Format::Events, "text/event-stream; charset=utf-8")
    } else {
        (Format::Text, "text/plain; charset=utf-8")
    };
    // An unreadable Last-Event-ID is ignored, as EventSource clients expect.
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|id| *id >= 0);
    let (session, backlog) = platform
        .store()
        .read_async(move |conn| {
            let session = logs::find_session(conn, &secret)?.ok_or_else(|| {
                ApiError::not_found(
                    "log-session",
                    "This log session has expired or does not exist.",
                )
            })?;
            let backlog = logs::backlog(conn, &session, resume, format)?;
            Ok::<_, ApiError>((session, backlog))
        })
        .await?;
    let body = axum::body::Body::from_stream(logs::stream(platform, session, backlog, format));
    Ok((
        [(CONTENT_TYPE, content_type), (CACHE_CONTROL, "no-cache")],
        body,
    )
        .into_response())
}
