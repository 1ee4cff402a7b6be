//! Add-ons: the catalogue (`/addon-services`, `/plans`), an app's add-ons (create, list,
//! info, change plan or name, delete), the caller's add-ons and attachments, and
//! `POST /actions/addons/resolve`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;

use crate::Platform;
use crate::access::Action;
use crate::addon_plans::{self, Plan, SERVICES, Service};
use crate::addons::{self, Addon, Expansion, NewAddon};
use crate::http::{self, ApiError, ApiResult, Caller, IdentityRef, JsonBody};
use crate::range::Kind;
use crate::users::Actor;

/// What lists of add-ons, attachments, services and plans sort (and page) by; without a
/// Range header, by name.
const RANGE_FIELDS: &[(&str, Kind)] = &[("name", Kind::Text), ("id", Kind::Text)];

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/addon-services", get(services))
        .route("/addon-services/{service}", get(service_info))
        .route("/addon-services/{service}/plans", get(service_plans))
        .route("/addon-services/{service}/plans/{plan}", get(service_plan))
        .route("/plans/{plan}", get(plan_info))
        .route("/addons", get(list_all))
        .route("/addons/{addon}", get(info))
        .route("/addons/{addon}/addon-attachments", get(addon_attachments))
        .route("/apps/{app}/addons", get(list_for_app).post(create))
        .route(
            "/apps/{app}/addons/{addon}",
            get(info_on_app).patch(update).delete(destroy),
        )
        .route("/actions/addons/resolve", post(resolve))
        .route("/addon-attachments", get(all_attachments))
        .route("/apps/{app}/addon-attachments", get(app_attachments))
}

fn lookup_service(identity: &str) -> ApiResult<&'static Service> {
    addon_plans::service(identity).ok_or_else(|| {
        let near = addon_plans::closest(identity, SERVICES.iter().map(|s| s.name.to_string()));
        ApiError::not_found(
            "add-on service",
            format!(
                "Couldn't find the add-on service {identity}.{}",
                addon_plans::suggestion(&near)
            ),
        )
    })
}

/// A plan by `service:plan`, id, or service name (its default plan); 404 naming the closest.
fn lookup_plan(identity: &str) -> ApiResult<Plan> {
    if let Some(plan) = addon_plans::plan(identity) {
        return Ok(plan);
    }
    let Some((service, short)) = identity.split_once(':') else {
        return lookup_service(identity).map(|s| s.default_plan());
    };
    let service = lookup_service(service)?;
    let near = addon_plans::closest(short, service.plans().map(|p| p.short.to_string()));
    let near: Vec<String> = near
        .iter()
        .map(|p| format!("{}:{p}", service.name))
        .collect();
    Err(ApiError::not_found(
        "plan",
        format!(
            "Couldn't find the plan {identity}.{} Plans of {}: {}.",
            addon_plans::suggestion(&near),
            service.name,
            service
                .plans
                .iter()
                .map(|(p, _)| *p)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    ))
}

async fn services(_: State<Platform>, _: Caller, headers: HeaderMap) -> ApiResult<Response> {
    http::paged(
        &headers,
        RANGE_FIELDS,
        SERVICES.iter().map(Service::to_json).collect(),
    )
}

async fn service_info(
    _: State<Platform>,
    _: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(Json(lookup_service(&id)?.to_json()))
}

async fn service_plans(
    _: State<Platform>,
    _: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let plans = lookup_service(&id)?.plans().map(|p| p.to_json()).collect();
    http::paged(&headers, RANGE_FIELDS, plans)
}

async fn service_plan(
    _: State<Platform>,
    _: Caller,
    Path((service, plan)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let service = lookup_service(&service)?;
    match service.plan(&plan) {
        Some(plan) => Ok(Json(plan.to_json())),
        None => lookup_plan(&format!("{}:{plan}", service.name)).map(|p| Json(p.to_json())),
    }
}

async fn plan_info(
    _: State<Platform>,
    _: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(Json(lookup_plan(&id)?.to_json()))
}

/// `Accept-Expansion: plan,addon_service`, as the Heroku CLI sends it.
fn expansion(headers: &HeaderMap) -> Expansion {
    let asked: Vec<String> = headers
        .get_all("accept-expansion")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_ascii_lowercase())
        .collect();
    Expansion {
        plan: asked.iter().any(|s| s == "plan"),
        addon_service: asked.iter().any(|s| s == "addon_service"),
    }
}

fn paged_addons(headers: &HeaderMap, addons: &[Addon]) -> ApiResult<Response> {
    let expand = expansion(headers);
    let items = addons.iter().map(|a| a.to_json(expand)).collect();
    http::paged(headers, RANGE_FIELDS, items)
}

async fn list_all(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let addons = platform
        .store()
        .read_async(move |conn| Ok::<_, ApiError>(addons::list_visible_to(conn, &caller.id)?))
        .await?;
    paged_addons(&headers, &addons)
}

async fn list_for_app(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let addons = platform
        .read_app(caller, app, Action::ViewAddons, move |conn, app, _| {
            Ok::<_, ApiError>(addons::list_for_app(conn, &app.id)?)
        })
        .await?;
    paged_addons(&headers, &addons)
}

async fn info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(addon): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let addon = addon_for(&platform, caller, addon).await?;
    Ok(Json(addon.to_json(expansion(&headers))))
}

async fn info_on_app(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, addon)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let addon = platform
        .read_app(caller, app, Action::ViewAddons, move |conn, app, _| {
            addons::find_on_app(conn, &app, &addon)
        })
        .await?;
    Ok(Json(addon.to_json(expansion(&headers))))
}

#[derive(Debug, Default, Deserialize)]
struct AttachmentBody {
    name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct CreateBody {
    plan: Option<IdentityRef>,
    name: Option<String>,
    attachment: Option<AttachmentBody>,
    // `config` (provider options, `-- --key value`) and `confirm` are accepted and unused.
}

async fn create(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CreateBody>,
) -> ApiResult<Response> {
    let plan = body
        .plan
        .as_ref()
        .ok_or_else(|| ApiError::invalid_params("plan is required."))
        .and_then(|p| lookup_plan(p.as_str()))?;
    let paid = plan.cents > 0;
    let new = NewAddon {
        plan,
        name: body.name,
        attachment: body.attachment.and_then(|a| a.name),
    };
    let (addon, pending) = platform
        .write_app(
            caller,
            app,
            Action::Addon { paid },
            move |tx, app, caller| addons::create(tx, &app, caller, new),
        )
        .await?;
    if let Some(pending) = pending {
        crate::release_phase::start(&platform, pending).await;
    }
    Ok((
        StatusCode::CREATED,
        Json(addon.to_json(expansion(&headers))),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    plan: Option<IdentityRef>,
    name: Option<String>,
}

async fn update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, addon)): Path<(String, String)>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let plan = body
        .plan
        .as_ref()
        .map(|p| lookup_plan(p.as_str()))
        .transpose()?;
    let addon = platform
        .write_app(caller, app, Action::ViewAddons, move |tx, app, caller| {
            let addon = addons::find_on_app(tx, &app, &addon)?;
            if let Some(plan) = plan {
                caller.require(&Action::Addon {
                    paid: plan.cents > 0 || addon.plan().is_some_and(|p| p.cents > 0),
                })?;
                addons::change_plan(tx, &app, caller, &addon, plan)?;
            }
            if let Some(name) = &body.name {
                caller.require(&Action::Addon { paid: false })?;
                addons::rename(tx, &addon, caller, name)?;
            }
            addons::find_for(tx, &addon.id, caller)
        })
        .await?;
    Ok(Json(addon.to_json(expansion(&headers))))
}

async fn destroy(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, addon)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Json<Value>> {
    let addon = platform
        .write_app(caller, app, Action::ViewAddons, move |tx, app, caller| {
            let addon = addons::find_on_app(tx, &app, &addon)?;
            caller.require(&Action::Addon {
                paid: addon.plan().is_some_and(|p| p.cents > 0),
            })?;
            addons::destroy(tx, &app, caller, &addon)?;
            Ok::<_, ApiError>(addon)
        })
        .await?;
    let mut json = addon.to_json(expansion(&headers));
    json["state"] = Value::from("deprovisioned");
    Ok(Json(json))
}

#[derive(Debug, Default, Deserialize)]
struct ResolveBody {
    addon: Option<String>,
    app: Option<String>,
    addon_service: Option<String>,
}

/// The add-ons `addon` names: on `app` when given (by id, name, attachment or service), else
/// among all the caller's add-ons (by id or name).
async fn resolve(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
    JsonBody(body): JsonBody<ResolveBody>,
) -> ApiResult<Json<Vec<Value>>> {
    let wanted = body
        .addon
        .ok_or_else(|| ApiError::invalid_params("addon is required."))?;
    let addon = match body.app.clone() {
        Some(app) => {
            platform
                .read_app(caller, app, Action::ViewAddons, move |conn, app, _| {
                    addons::find_on_app(conn, &app, &wanted)
                })
                .await?
        }
        None => addon_for(&platform, caller, wanted).await?,
    };
    if let Some(service) = &body.addon_service {
        let matches = addon
            .plan()
            .is_some_and(|p| p.service.name.eq_ignore_ascii_case(service));
        if !matches {
            return Err(ApiError::not_found("add-on", "Couldn't find that add-on."));
        }
    }
    Ok(Json(vec![addon.to_json(expansion(&headers))]))
}

fn attachments_of(conn: &rusqlite::Connection, addons: &[Addon]) -> ApiResult<Vec<Value>> {
    let mut all = Vec::new();
    for addon in addons {
        all.extend(addon.attachments_json(conn)?);
    }
    Ok(all)
}

async fn all_attachments(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let rows = platform
        .store()
        .read_async(move |conn| attachments_of(conn, &addons::list_visible_to(conn, &caller.id)?))
        .await?;
    http::paged(&headers, RANGE_FIELDS, rows)
}

async fn app_attachments(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let rows = platform
        .read_app(caller, app, Action::ViewAddons, move |conn, app, _| {
            attachments_of(conn, &addons::list_for_app(conn, &app.id)?)
        })
        .await?;
    http::paged(&headers, RANGE_FIELDS, rows)
}

async fn addon_attachments(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(addon): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let (finder, wanted) = (caller.clone(), addon);
    let found = platform
        .store()
        .read_async(move |conn| addons::find_for(conn, &wanted, &finder))
        .await?;
    let id = found.id;
    let rows = platform
        .read_app(
            caller,
            found.app_id,
            Action::ViewAddons,
            move |conn, _, caller| {
                let addon = addons::find_for(conn, &id, caller)?;
                Ok::<_, ApiError>(addon.attachments_json(conn)?)
            },
        )
        .await?;
    http::paged(&headers, RANGE_FIELDS, rows)
}

/// The add-on `identity` (id or name) on any app the caller sees, once the caller may see
/// that app's add-ons (a team app's viewer may not); the add-on is found again in that read.
pub(super) async fn addon_for(
    platform: &Platform,
    caller: Actor,
    identity: String,
) -> ApiResult<Addon> {
    let finder = caller.clone();
    let found = platform
        .store()
        .read_async(move |conn| addons::find_for(conn, &identity, &finder))
        .await?;
    let id = found.id;
    platform
        .read_app(
            caller,
            found.app_id,
            Action::ViewAddons,
            move |conn, _, caller| Ok::<_, ApiError>(addons::find_for(conn, &id, caller)?),
        )
        .await
}
