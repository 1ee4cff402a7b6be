//! `/apps/{app}/dynos`: start one-off dynos (attached through the rendezvous listener, or
//! detached in a runner process of their own), list them and show one. A one-off dyno that
//! has finished or been stopped is gone from both, as on Heroku.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::Platform;
use crate::access::Action;
use crate::dynos::{self, Dyno, NewDyno};
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::procs::ProcessId;
use crate::range::Kind;
use crate::runner::{Spec, TerminalSize};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/dynos", get(list).post(create))
        .route("/apps/{app}/dynos/{dyno}", get(info))
}

/// Heroku's default and maximum time to live of a one-off dyno.
const DEFAULT_TTL: u64 = 3600;
const MAX_TTL: u64 = 86_400;
/// One-off dynos get a port like web dynos do, somewhere in this range.
const PORT_BASE: u16 = 5000;

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    command: Option<String>,
    attach: Option<bool>,
    #[serde(default, deserialize_with = "env_values")]
    env: Option<BTreeMap<String, String>>,
    size: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    force_no_tty: Option<bool>,
    time_to_live: Option<i64>,
}

/// The request's `env`: strings, and numbers and booleans as their text (the Heroku CLI sends
/// a terminal's `COLUMNS` and `LINES` as numbers); a null value leaves the variable out.
fn env_values<'de, D>(deserializer: D) -> Result<Option<BTreeMap<String, String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let raw: Option<BTreeMap<String, Value>> = Option::deserialize(deserializer)?;
    let Some(raw) = raw else {
        return Ok(None);
    };
    let mut env = BTreeMap::new();
    for (key, value) in raw {
        let text = match value {
            Value::Null => continue,
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Array(_) | Value::Object(_) => {
                return Err(serde::de::Error::custom(format!(
                    "env.{key} must be a string"
                )));
            }
        };
        env.insert(key, text);
    }
    Ok(Some(env))
}

fn is_env_key(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn validate(body: &CreateBody) -> ApiResult<(String, u64)> {
    let command = body
        .command
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or_else(|| ApiError::invalid_params("command is required."))?;
    if let Some(key) = body
        .env
        .iter()
        .flat_map(|e| e.keys())
        .find(|k| !is_env_key(k))
    {
        return Err(ApiError::invalid_params(format!(
            "Invalid environment variable name {key:?}: use letters, digits and underscores."
        )));
    }
    let ttl = match body.time_to_live {
        None => DEFAULT_TTL,
        Some(t) => u64::try_from(t)
            .ok()
            .filter(|t| (1..=MAX_TTL).contains(t))
            .ok_or_else(|| {
                ApiError::invalid_params(format!(
                    "time_to_live must be between 1 and {MAX_TTL} seconds."
                ))
            })?,
    };
    if let Some(kind) = &body.kind
        && !is_env_key(kind)
    {
        return Err(ApiError::invalid_params(format!(
            "Invalid process type {kind:?}."
        )));
    }
    Ok((command.to_string(), ttl))
}

/// The terminal size a client asks for through `COLUMNS` and `LINES` (the Heroku CLI's way);
/// a missing or unusable value gets the usual 80x24's.
fn terminal_size(env: Option<&BTreeMap<String, String>>) -> TerminalSize {
    let dimension = |key: &str| {
        env?.get(key)
            .and_then(|v| v.trim().parse::<u16>().ok())
            .filter(|n| *n > 0)
    };
    let default = TerminalSize::default();
    TerminalSize {
        rows: dimension("LINES").unwrap_or(default.rows),
        cols: dimension("COLUMNS").unwrap_or(default.cols),
    }
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let (command, time_to_live) = validate(&body)?;
    let size = dynos::canonical_size(body.size.as_deref().unwrap_or(dynos::DEFAULT_SIZE))?;
    let attach = body.attach.unwrap_or(false);
    let kind = body.kind.clone().unwrap_or_else(|| dynos::RUN_TYPE.into());
    let (dyno, config) = {
        let command = command.clone();
        platform
            .write_app(caller, identity, Action::Run, move |tx, app, caller| {
                let new = NewDyno {
                    kind: &kind,
                    command: &command,
                    size,
                    attach,
                };
                let dyno = dynos::insert_one_off(tx, &app, &new, &caller.email)?;
                // An attached dyno runs in this process, once its client connects.
                if attach && let Some(me) = ProcessId::current() {
                    dynos::set_runner(tx, &dyno.id, &me)?;
                }
                Ok::<_, ApiError>((dyno, dynos::config_vars_for(tx, &app.id)?))
            })
            .await?
    };
    // An attached dyno gets a terminal unless the client says it has none (the Heroku CLI
    // sends `force_no_tty` only with `--no-tty`), sized as the request's `COLUMNS`/`LINES`.
    let tty =
        (attach && !body.force_no_tty.unwrap_or(false)).then(|| terminal_size(body.env.as_ref()));
    let mut env = config;
    env.extend(body.env.unwrap_or_default());
    env.insert(
        "PORT".into(),
        (PORT_BASE + rand::random_range(0..1000)).to_string(),
    );
    env.insert("DYNO".into(), dyno.name.clone());
    let spec = Spec {
        app_id: dyno.app_id.clone(),
        dyno_id: dyno.id.clone(),
        dyno_name: dyno.name.clone(),
        command,
        env,
        time_to_live,
        tty,
        release: None,
        formation: None,
    };
    let attach_url = if attach {
        let rendezvous = platform
            .rendezvous()
            .await
            .map_err(|e| ApiError::internal(format!("Cannot attach to dynos: {e}")))?;
        Some(rendezvous.register(&platform, spec))
    } else {
        let started = start_detached(&platform, &spec).await;
        let (dyno_id, runner) = (dyno.id.clone(), started.as_ref().ok().cloned().flatten());
        let failed = started.is_err();
        // Recorded at once, so a runner that dies before it reports in is noticed; a runner
        // that could not start leaves a crashed dyno behind.
        platform
            .store()
            .write_async(move |tx| {
                match runner {
                    Some(runner) => dynos::set_runner(tx, &dyno_id, &runner)?,
                    None if failed => dynos::change_state(tx, &dyno_id, dynos::CRASHED, None)?,
                    None => {}
                }
                Ok::<_, ApiError>(())
            })
            .await?;
        started?;
        None
    };
    Ok((
        StatusCode::CREATED,
        Json(dyno.to_json(attach_url.as_deref())),
    )
        .into_response())
}

async fn start_detached(platform: &Platform, spec: &Spec) -> ApiResult<Option<ProcessId>> {
    crate::runner::start_detached(platform, spec)
        .await
        .map_err(|e| ApiError::internal(format!("Cannot start the detached dyno: {e}")))
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let dynos = platform
        .read_app(caller, identity, Action::View, move |conn, app, _| {
            Ok::<_, ApiError>(dynos::list(conn, &app.id)?)
        })
        .await?;
    settle_lost(&platform, &dynos).await?;
    let listed = dynos
        .iter()
        .filter(|d| d.listed())
        .map(|d| d.to_json(None))
        .collect();
    http::paged(
        &headers,
        &[("name", Kind::Text), ("id", Kind::Text)],
        listed,
    )
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, dyno)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let dyno: Dyno = platform
        .read_app(caller, identity, Action::View, move |conn, app, _| {
            dynos::find(conn, &app.id, &dyno)?.ok_or_else(not_found)
        })
        .await?;
    settle_lost(&platform, std::slice::from_ref(&dyno)).await?;
    if !dyno.listed() {
        return Err(not_found());
    }
    Ok(Json(dyno.to_json(None)))
}

fn not_found() -> ApiError {
    ApiError::not_found("dyno", "Couldn't find that dyno.")
}

/// Dynos read as lost (their runner died) are recorded as crashed, in one write, and what
/// their runner left running is stopped. Costs nothing when none is.
async fn settle_lost(platform: &Platform, dynos: &[Dyno]) -> ApiResult<()> {
    let lost: Vec<Dyno> = dynos.iter().filter(|d| d.lost).cloned().collect();
    if lost.is_empty() {
        return Ok(());
    }
    platform
        .store()
        .write_async(move |tx| {
            for dyno in &lost {
                dynos::settle_lost(tx, dyno)?;
            }
            Ok::<_, ApiError>(())
        })
        .await
}
