//! `/apps/{app}/formation` (scale and resize), restarting and stopping dynos, and
//! `/dyno-sizes`.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::access::Action as Access;
use crate::formation::{self, Target, Update};
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, dynos};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/formation", get(list).patch(batch_update))
        .route("/apps/{app}/formation/{type}", get(info).patch(update_one))
        .route("/apps/{app}/dynos", delete(restart_all))
        .route("/apps/{app}/dynos/{dyno}", delete(restart_dyno))
        .route("/apps/{app}/formations/{type}", delete(restart_type))
        .route("/apps/{app}/dynos/{dyno}/actions/stop", post(stop_dyno))
        .route(
            "/apps/{app}/formations/{type}/actions/stop",
            post(stop_type),
        )
        .route("/dyno-sizes", get(sizes))
        .route("/dyno-sizes/{size}", get(size_info))
}

/// One update as clients send it: the official CLI sends `size` and a string quantity, the
/// schema says `dyno_size: {name}` and an integer; both are understood.
#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    #[serde(rename = "type")]
    kind: Option<String>,
    quantity: Option<Value>,
    size: Option<String>,
    dyno_size: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct BatchBody {
    updates: Vec<UpdateBody>,
}

fn quantity(value: &Value) -> ApiResult<i64> {
    let parsed = match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    parsed.ok_or_else(|| {
        ApiError::invalid_params(format!(
            "Invalid quantity {value}: expected a whole number."
        ))
    })
}

fn size(body: &UpdateBody) -> ApiResult<Option<&'static str>> {
    let requested = match (&body.size, &body.dyno_size) {
        (Some(size), _) => Some(size.clone()),
        (None, Some(Value::String(size))) => Some(size.clone()),
        (None, Some(Value::Object(size))) => {
            let name = size
                .get("name")
                .or_else(|| size.get("id"))
                .and_then(Value::as_str);
            let name =
                name.ok_or_else(|| ApiError::invalid_params("dyno_size needs a name or an id."))?;
            // An id names a size too: look it up to get the name.
            let known =
                formation::dyno_size(name).and_then(|s| s["name"].as_str().map(str::to_string));
            Some(known.unwrap_or_else(|| name.to_string()))
        }
        (None, Some(other)) => {
            return Err(ApiError::invalid_params(format!(
                "Invalid dyno_size {other}."
            )));
        }
        (None, None) => None,
    };
    Ok(requested.map(|s| dynos::canonical_size(&s)).transpose()?)
}

fn parse_update(body: &UpdateBody, kind: Option<&str>) -> ApiResult<Update> {
    let kind = kind
        .or(body.kind.as_deref())
        .ok_or_else(|| ApiError::invalid_params("Each update needs a type."))?;
    Ok(Update {
        kind: kind.to_string(),
        quantity: body.quantity.as_ref().map(quantity).transpose()?,
        size: size(body)?,
    })
}

async fn list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let list = platform
        .read_app(caller, identity, Access::View, move |conn, app, _| {
            let list = formation::list(conn, &app)?;
            Ok::<_, ApiError>(list.iter().map(|f| f.to_json(&app)).collect())
        })
        .await?;
    http::paged(&headers, &[("type", Kind::Text), ("id", Kind::Text)], list)
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, kind)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let entry = platform
        .read_app(caller, identity, Access::View, move |conn, app, _| {
            Ok::<_, ApiError>(formation::find(conn, &app, &kind)?.to_json(&app))
        })
        .await?;
    Ok(Json(entry))
}

/// Applies the updates in one transaction and answers with the changed entries.
async fn apply(
    platform: Platform,
    caller: Actor,
    identity: String,
    updates: Vec<Update>,
) -> ApiResult<Vec<Value>> {
    platform
        .write_app(caller, identity, Access::View, move |tx, app, caller| {
            require_changes(tx, &app, &updates, caller)?;
            let changed = formation::update(tx, &app, &updates, &caller.email)?;
            Ok::<_, ApiError>(changed.iter().map(|f| f.to_json(&app)).collect())
        })
        .await
}

/// What the updates need: scaling, and resizing to each size that differs from the current
/// one (D2: a personal app's collaborator may not go above Basic).
fn require_changes(
    conn: &rusqlite::Connection,
    app: &crate::apps::App,
    updates: &[Update],
    access: &crate::access::Access,
) -> ApiResult<()> {
    let current = formation::list(conn, app)?;
    for update in updates {
        // Any formation write is a scale (even one that changes nothing).
        access.require(&Access::Scale)?;
        let now = current
            .iter()
            .find(|f| f.kind == update.kind)
            .map(|f| f.size.as_str());
        if let Some(size) = update.size.filter(|size| Some(*size) != now) {
            access.require(&Access::Resize(size.to_string()))?;
        }
    }
    Ok(())
}

async fn batch_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
    JsonBody(body): JsonBody<BatchBody>,
) -> ApiResult<Json<Vec<Value>>> {
    let updates = body
        .updates
        .iter()
        .map(|u| parse_update(u, None))
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(Json(apply(platform, caller, identity, updates).await?))
}

async fn update_one(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, kind)): Path<(String, String)>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let update = parse_update(&body, Some(&kind))?;
    let changed = apply(platform, caller, identity, vec![update]).await?;
    changed
        .into_iter()
        .next()
        .map(Json)
        .ok_or_else(|| ApiError::internal("The formation update vanished."))
}

#[derive(Clone, Copy)]
enum DynoAction {
    Restart,
    Stop,
}

/// Restarts or stops what `target` names, in one transaction; the schema's answer is `{}`.
async fn act(
    platform: Platform,
    caller: Actor,
    identity: String,
    action: DynoAction,
    target: Target,
) -> ApiResult<Json<Value>> {
    platform
        .write_app(
            caller,
            identity,
            Access::Restart,
            move |tx, app, caller| match action {
                DynoAction::Restart => formation::restart(tx, &app, &target, &caller.email),
                DynoAction::Stop => formation::stop(tx, &app, &target, &caller.email),
            },
        )
        .await?;
    Ok(Json(json!({})))
}

async fn restart_all(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(identity): Path<String>,
) -> ApiResult<Json<Value>> {
    act(platform, caller, identity, DynoAction::Restart, Target::All).await
}

async fn restart_dyno(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, dyno)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    act(
        platform,
        caller,
        identity,
        DynoAction::Restart,
        Target::Dyno(dyno),
    )
    .await
}

async fn restart_type(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, kind)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    act(
        platform,
        caller,
        identity,
        DynoAction::Restart,
        Target::Type(kind),
    )
    .await
}

async fn stop_dyno(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, dyno)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    act(
        platform,
        caller,
        identity,
        DynoAction::Stop,
        Target::Dyno(dyno),
    )
    .await
}

async fn stop_type(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((identity, kind)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    act(
        platform,
        caller,
        identity,
        DynoAction::Stop,
        Target::Type(kind),
    )
    .await
}

async fn sizes() -> Json<Vec<Value>> {
    Json(formation::dyno_sizes())
}

async fn size_info(Path(size): Path<String>) -> ApiResult<Json<Value>> {
    formation::dyno_size(&size)
        .map(Json)
        .ok_or_else(|| ApiError::not_found("dyno-size", "Couldn't find that dyno size."))
}
