//! Labs features: `/apps/{app}/features` and `/account/features` list the features the
//! platform knows, `GET`/`PATCH {"enabled"}` one of them. The platform records the switch;
//! none of them changes how it runs an app.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::access::Action;
use crate::http::{self, ApiError, ApiResult, Caller, JsonBody};
use crate::range::Kind;
use crate::users::Actor;
use crate::{Platform, apps, users, util};

pub(super) fn routes() -> Router<Platform> {
    Router::new()
        .route("/apps/{app}/features", get(app_list))
        .route(
            "/apps/{app}/features/{feature}",
            get(app_info).patch(app_update),
        )
        .route("/account/features", get(account_list))
        .route(
            "/account/features/{feature}",
            get(account_info).patch(account_update),
        )
}

const RANGE_FIELDS: &[(&str, Kind)] = &[("name", Kind::Text), ("id", Kind::Text)];

/// A labs feature: Heroku's name, its fixed id here, and what Heroku's labs list says of it.
struct Feature {
    id: &'static str,
    name: &'static str,
    display_name: &'static str,
    description: &'static str,
    doc_url: &'static str,
    state: &'static str,
}

/// The app features the platform knows (Heroku labs names).
const APP_FEATURES: &[Feature] = &[
    Feature {
        id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2a01",
        name: "http-session-affinity",
        display_name: "HTTP Session Affinity",
        description: "Route a client's requests to the same dyno.",
        doc_url: "https://devcenter.heroku.com/articles/session-affinity",
        state: "public",
    },
    Feature {
        id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2a02",
        name: "log-runtime-metrics",
        display_name: "Log Runtime Metrics",
        description: "Emit dyno resource usage to the app's log.",
        doc_url: "https://devcenter.heroku.com/articles/log-runtime-metrics",
        state: "beta",
    },
    Feature {
        id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2a03",
        name: "preboot",
        display_name: "Preboot",
        description: "Start new dynos before the old ones stop, on a deploy or config change.",
        doc_url: "https://devcenter.heroku.com/articles/preboot",
        state: "public",
    },
    Feature {
        id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2a04",
        name: "runtime-dyno-metadata",
        display_name: "Runtime Dyno Metadata",
        description: "Give dynos their app's and release's details in the environment.",
        doc_url: "https://devcenter.heroku.com/articles/dyno-metadata",
        state: "beta",
    },
];

/// The account features the platform knows.
const ACCOUNT_FEATURES: &[Feature] = &[Feature {
    id: "6a1e3c1a-7d55-4c3f-9a43-1f0e8b6d2b01",
    name: "dashboard-repositories-api",
    display_name: "Repositories API",
    description: "Read a pipeline's repository through GET /pipelines/{id}/repo (the official \
        CLI's reviewapps:enable and disable ask for it).",
    doc_url: "https://devcenter.heroku.com/articles/github-integration-review-apps",
    state: "general",
}];

/// Features on until first switched: the repositories API, since here it is the only way to a
/// pipeline's (nominal) repository.
const ON_BY_DEFAULT: &[&str] = &["dashboard-repositories-api"];

fn find<'a>(features: &'a [Feature], identity: &str) -> ApiResult<&'a Feature> {
    features
        .iter()
        .find(|f| f.id == identity || f.name.eq_ignore_ascii_case(identity))
        .ok_or_else(|| ApiError::not_found("feature", "Couldn't find that feature."))
}

/// Whose features: an app's (`app_features`) or an account's (`account_features`), and
/// when that owner was created (a feature's `created_at`).
struct Owner {
    table: &'static str,
    column: &'static str,
    id: String,
    created_at: String,
    features: &'static [Feature],
}

impl Owner {
    fn app(app: apps::App) -> Owner {
        Owner {
            table: "app_features",
            column: "app_id",
            id: app.id,
            created_at: app.created_at,
            features: APP_FEATURES,
        }
    }

    fn account(conn: &Connection, caller: &Actor) -> ApiResult<Owner> {
        let created_at = users::created_at(conn, caller)?;
        Ok(Owner {
            table: "account_features",
            column: "user_id",
            id: caller.id.clone(),
            created_at,
            features: ACCOUNT_FEATURES,
        })
    }

    /// A feature as the schema shows it; off until first switched.
    fn json(&self, conn: &Connection, f: &Feature) -> ApiResult<Value> {
        let sql = format!(
            "SELECT enabled, updated_at FROM {} WHERE {} = ?1 AND name = ?2",
            self.table, self.column
        );
        let switched: Option<(bool, String)> = conn
            .prepare_cached(&sql)?
            .query_row(params![self.id, f.name], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let (enabled, updated_at) =
            switched.unwrap_or((ON_BY_DEFAULT.contains(&f.name), self.created_at.clone()));
        Ok(json!({
            "id": f.id,
            "name": f.name,
            "display_name": f.display_name,
            "description": f.description,
            "doc_url": f.doc_url,
            "state": f.state,
            "enabled": enabled,
            "feedback_email": "feedback@heroku.com",
            "created_at": self.created_at,
            "updated_at": updated_at,
        }))
    }

    fn list(&self, conn: &Connection) -> ApiResult<Vec<Value>> {
        self.features.iter().map(|f| self.json(conn, f)).collect()
    }

    fn info(&self, conn: &Connection, identity: &str) -> ApiResult<Value> {
        self.json(conn, find(self.features, identity)?)
    }

    fn switch(&self, conn: &Connection, identity: &str, enabled: bool) -> ApiResult<Value> {
        let f = find(self.features, identity)?;
        let sql = format!(
            "INSERT INTO {table} ({column}, name, enabled, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT ({column}, name) DO UPDATE SET enabled = ?3, updated_at = ?4",
            table = self.table,
            column = self.column
        );
        conn.execute(
            &sql,
            params![self.id, f.name, enabled, util::timestamp(util::now())],
        )?;
        self.json(conn, f)
    }
}

#[derive(Debug, Default, Deserialize)]
struct UpdateBody {
    enabled: Option<bool>,
}

fn required_enabled(body: &UpdateBody) -> ApiResult<bool> {
    body.enabled
        .ok_or_else(|| ApiError::invalid_params("enabled is required."))
}

async fn app_list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let items = platform
        .read_app(caller, app, Action::View, |conn, app, _| {
            Owner::app(app).list(conn)
        })
        .await?;
    http::paged(&headers, RANGE_FIELDS, items)
}

async fn app_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, feature)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let json = platform
        .read_app(caller, app, Action::View, move |conn, app, _| {
            Owner::app(app).info(conn, &feature)
        })
        .await?;
    Ok(Json(json))
}

async fn app_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path((app, feature)): Path<(String, String)>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let enabled = required_enabled(&body)?;
    let json = platform
        .write_app(caller, app, Action::Features, move |tx, app, _| {
            Owner::app(app).switch(tx, &feature, enabled)
        })
        .await?;
    Ok(Json(json))
}

async fn account_list(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let items = platform
        .store()
        .read_async(move |conn| Owner::account(conn, &caller)?.list(conn))
        .await?;
    http::paged(&headers, RANGE_FIELDS, items)
}

async fn account_info(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(feature): Path<String>,
) -> ApiResult<Json<Value>> {
    let json = platform
        .store()
        .read_async(move |conn| Owner::account(conn, &caller)?.info(conn, &feature))
        .await?;
    Ok(Json(json))
}

async fn account_update(
    State(platform): State<Platform>,
    Caller(caller): Caller,
    Path(feature): Path<String>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> ApiResult<Json<Value>> {
    let enabled = required_enabled(&body)?;
    let json = platform
        .store()
        .write_async(move |tx| Owner::account(tx, &caller)?.switch(tx, &feature, enabled))
        .await?;
    Ok(Json(json))
}
