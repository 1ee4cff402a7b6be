//! Apps as stored, found by identity (id or name) with the owner-only access rule, and
//! rendered as the schema's `app` object.

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::{Value, json};

use super::Platform;
use super::catalog;
use super::http::{ApiError, ApiResult, Caller};
use super::util;

#[derive(Debug, Clone)]
pub(crate) struct App {
    pub id: String,
    pub name: String,
    pub owner_id: String,
    pub owner_email: String,
    pub region: String,
    pub stack: String,
    pub build_stack: String,
    pub maintenance: bool,
    pub created_at: String,
    pub updated_at: String,
    pub released_at: Option<String>,
}

/// Columns of [`App`], in [`App::from_row`] order; append `WHERE ...`.
pub(crate) const SELECT: &str = "SELECT apps.id, apps.name, apps.owner_id, users.email, \
     apps.region, apps.stack, apps.build_stack, apps.maintenance, apps.created_at, \
     apps.updated_at, apps.released_at FROM apps JOIN users ON users.id = apps.owner_id";

impl App {
    pub fn from_row(row: &Row<'_>) -> rusqlite::Result<App> {
        Ok(App {
            id: row.get(0)?,
            name: row.get(1)?,
            owner_id: row.get(2)?,
            owner_email: row.get(3)?,
            region: row.get(4)?,
            stack: row.get(5)?,
            build_stack: row.get(6)?,
            maintenance: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
            released_at: row.get(10)?,
        })
    }

    /// The schema's `app` object.
    pub fn to_json(&self, platform: &Platform) -> Value {
        json!({
            "acm": false,
            "archived_at": null,
            "buildpack_provided_description": null,
            "build_stack": stack_identity(&self.build_stack),
            "created_at": self.created_at,
            "generation": catalog::generation(),
            "git_url": platform.git_url(&self.name),
            "id": self.id,
            "internal_routing": null,
            "maintenance": self.maintenance,
            "name": self.name,
            "organization": null,
            "owner": {"email": self.owner_email, "id": self.owner_id},
            "region": region_identity(&self.region),
            "released_at": self.released_at,
            "repo_size": null,
            "slug_size": null,
            "space": null,
            "stack": stack_identity(&self.stack),
            "team": null,
            "updated_at": self.updated_at,
            "web_url": platform.web_url(&self.name),
        })
    }
}

fn stack_identity(name: &str) -> Value {
    catalog::stack(name)
        .map(|s| s.identity())
        .unwrap_or_else(|| json!({"id": null, "name": name}))
}

fn region_identity(name: &str) -> Value {
    catalog::region(name)
        .map(|r| r.identity())
        .unwrap_or_else(|| json!({"id": null, "name": name}))
}

/// The app with this id or name, whoever owns it.
pub(crate) fn find(conn: &Connection, identity: &str) -> rusqlite::Result<Option<App>> {
    // Names start with a letter and have at most 30 characters, so a UUID is never a name.
    let sql = if util::is_uuid(identity) {
        format!("{SELECT} WHERE apps.id = ?1")
    } else {
        format!("{SELECT} WHERE apps.name = ?1")
    };
    let identity = identity.to_ascii_lowercase();
    conn.prepare_cached(&sql)?
        .query_row([&identity], App::from_row)
        .optional()
}

/// The app with this id or name if `caller` may use it: 404 when it does not exist, 403
/// when it belongs to someone else.
pub(crate) fn find_for(conn: &Connection, identity: &str, caller: &Caller) -> ApiResult<App> {
    let app = find(conn, identity)?
        .ok_or_else(|| ApiError::not_found("app", "Couldn't find that app."))?;
    if app.owner_id != caller.id {
        return Err(ApiError::forbidden(format!(
            "You do not have access to the app {}.",
            app.name
        )));
    }
    Ok(app)
}

pub(crate) fn name_taken(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM apps WHERE name = ?1")?
        .exists([name])
}

pub(crate) fn name_taken_error(name: &str) -> ApiError {
    ApiError::invalid_params(format!("Name {name} is already taken"))
}
