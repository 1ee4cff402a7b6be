//! Add-ons as stored: each belongs to one app, has one or more attachments (`DATABASE`,
//! `HEROKU_POSTGRESQL_RED`) and the values its config vars take. Provisioning, plan changes
//! and removal are each one transaction that also writes the app's config vars and a release.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value, json};

use super::addon_plans::{self, COLORS, PROVISIONING_MS, Plan};
use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::release_phase::{self, Pending};
use super::releases::{self, ConfigMap, NewRelease, Release};
use super::users::Actor;
use super::{access, formation, names, store, util};

/// Tries at picking an unused generated name before giving up.
const NAME_ATTEMPTS: usize = 50;
const MAX_NAME_LEN: usize = 60;

#[derive(Debug, Clone)]
pub(crate) struct Addon {
    pub id: String,
    pub app_id: String,
    pub app_name: String,
    pub name: String,
    pub plan_name: String,
    config: Map<String, Value>,
    provisioned_unix_ms: i64,
    pub created_at: String,
    pub updated_at: String,
    /// Its attachments' names, oldest first.
    pub attachments: Vec<String>,
}

/// Columns of [`Addon`], in [`Addon::from_row`] order; append `WHERE ...`.
const SELECT: &str = "SELECT a.id, a.app_id, apps.name, a.name, a.plan, a.config, \
     a.provisioned_unix_ms, a.created_at, a.updated_at, \
     (SELECT json_group_array(name) FROM (SELECT t.name FROM addon_attachments t \
                                          WHERE t.addon_id = a.id ORDER BY t.rowid)) \
     FROM addons a JOIN apps ON apps.id = a.app_id";

/// Which embedded objects a response spells out in full (`Accept-Expansion: plan`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Expansion {
    pub plan: bool,
    pub addon_service: bool,
}

impl Addon {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Addon> {
        let config: String = row.get(5)?;
        let attachments: String = row.get(9)?;
        Ok(Addon {
            id: row.get(0)?,
            app_id: row.get(1)?,
            app_name: row.get(2)?,
            name: row.get(3)?,
            plan_name: row.get(4)?,
            // Written by this module only; damaged values read as none rather than failing.
            config: serde_json::from_str(&config).unwrap_or_default(),
            provisioned_unix_ms: row.get(6)?,
            created_at: row.get(7)?,
            updated_at: row.get(8)?,
            attachments: serde_json::from_str(&attachments).unwrap_or_default(),
        })
    }

    pub fn plan(&self) -> Option<Plan> {
        addon_plans::plan(&self.plan_name)
    }

    /// `provisioning` for a moment after a database is created, then `provisioned`.
    pub fn state(&self) -> &'static str {
        if now_ms() < self.provisioned_unix_ms {
            "provisioning"
        } else {
            "provisioned"
        }
    }

    /// The config vars this add-on sets on its app, in attachment order.
    pub fn config_vars(&self) -> Vec<(String, String)> {
        let Some(plan) = self.plan() else {
            return Vec::new();
        };
        self.attachments
            .iter()
            .flat_map(|a| plan.service.config_vars(a, &self.config))
            .collect()
    }

    fn app_identity(&self) -> Value {
        json!({"id": self.app_id, "name": self.app_name})
    }

    /// The schema's `add-on` object.
    pub fn to_json(&self, expand: Expansion) -> Value {
        let plan = self.plan();
        let (plan_json, service_json, price) = match plan {
            Some(p) if expand.plan => (p.to_json(), p.service.identity(), p.price()),
            Some(p) => (p.identity(), p.service.identity(), p.price()),
            None => (
                json!({"id": null, "name": self.plan_name}),
                Value::Null,
                Value::Null,
            ),
        };
        let service_json = match plan {
            Some(p) if expand.addon_service => p.service.to_json(),
            _ => service_json,
        };
        let provisioning = self.state() == "provisioning";
        let mut json = json!({
            "actions": [],
            "addon_service": service_json,
            "app": self.app_identity(),
            "billed_price": price,
            "billing_entity": {"id": self.app_id, "name": self.app_name, "type": "app"},
            "config_vars": self.config_vars().into_iter().map(|(k, _)| k).collect::<Vec<_>>(),
            "created_at": self.created_at,
            "id": self.id,
            "name": self.name,
            "plan": plan_json,
            "provider_id": self.id,
            "state": self.state(),
            "updated_at": self.updated_at,
            "web_url": null,
        });
        // A string when there is a message, absent otherwise (the schema has no null).
        if provisioning {
            json["provision_message"] = Value::from(format!(
                "{} is being created in the background. The app will restart when complete...",
                self.name
            ));
        }
        json
    }

    /// The schema's `add-on-attachment` objects of this add-on.
    pub fn attachments_json(&self, conn: &Connection) -> rusqlite::Result<Vec<Value>> {
        let mut stmt = conn.prepare_cached(
            "SELECT id, name, created_at, updated_at FROM addon_attachments
             WHERE addon_id = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([&self.id], |row| {
            Ok(json!({
                "addon": {"id": self.id, "name": self.name, "app": self.app_identity()},
                "app": self.app_identity(),
                "created_at": row.get::<_, String>(2)?,
                "id": row.get::<_, String>(0)?,
                "log_input_url": null,
                "name": row.get::<_, String>(1)?,
                "namespace": null,
                "updated_at": row.get::<_, String>(3)?,
                "web_url": null,
            }))
        })?;
        rows.collect()
    }
}

fn now_ms() -> i64 {
    (util::now().unix_timestamp_nanos() / 1_000_000) as i64
}

fn query(conn: &Connection, filter: &str, value: &str) -> rusqlite::Result<Vec<Addon>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE {filter} ORDER BY a.rowid"))?;
    let rows = stmt.query_map([value], Addon::from_row)?;
    rows.collect()
}

pub(crate) fn list_for_app(conn: &Connection, app_id: &str) -> rusqlite::Result<Vec<Addon>> {
    query(conn, "a.app_id = ?1", app_id)
}

/// Every add-on of the apps whose add-ons the user `user_id` may see.
pub(crate) fn list_visible_to(conn: &Connection, user_id: &str) -> rusqlite::Result<Vec<Addon>> {
    query(conn, &access::addons_visible_to("?1"), user_id)
}

fn not_found() -> DomainError {
    DomainError::not_found("add-on", "Couldn't find that add-on.")
}

/// The add-on with this id or name, anywhere, if `actor` may see it (404 otherwise).
pub(crate) fn find_for(conn: &Connection, identity: &str, actor: &Actor) -> DomainResult<Addon> {
    let identity = identity.to_ascii_lowercase();
    let found = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE (a.id = ?1 OR a.name = ?1) AND {}",
            access::visible_to("?2")
        ))?
        .query_row(params![identity, actor.id], Addon::from_row)
        .optional()?;
    found.ok_or_else(not_found)
}

/// The app's add-on named by id, name, attachment name (`DATABASE`) or service name (when the
/// app has exactly one of that service).
pub(crate) fn find_on_app(conn: &Connection, app: &App, identity: &str) -> DomainResult<Addon> {
    let addons = list_for_app(conn, &app.id)?;
    let exact = addons.iter().find(|a| {
        a.id.eq_ignore_ascii_case(identity)
            || a.name.eq_ignore_ascii_case(identity)
            || a.attachments
                .iter()
                .any(|t| t.eq_ignore_ascii_case(identity))
    });
    if let Some(addon) = exact {
        return Ok(addon.clone());
    }
    let of_service: Vec<&Addon> = addons
        .iter()
        .filter(|a| {
            a.plan()
                .is_some_and(|p| p.service.name.eq_ignore_ascii_case(identity))
        })
        .collect();
    match of_service.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(not_found()),
        many => Err(DomainError::invalid(format!(
            "Ambiguous identifier; multiple matching add-ons found: {}.",
            many.iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// The plan names of the app's add-ons, sorted, for its releases' `addon_plan_names`.
fn plan_names(conn: &Connection, app_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT plan FROM addons WHERE app_id = ?1 ORDER BY plan")?;
    let rows = stmt.query_map([app_id], |row| row.get(0))?;
    rows.collect()
}

/// A release of the app's config changed by `change`, carrying its current add-on plans.
fn release(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    description: String,
    change: impl FnOnce(&mut ConfigMap),
) -> DomainResult<Release> {
    let mut config = releases::config_vars(tx, &app.id)?;
    change(&mut config);
    let current = releases::current(tx, &app.id)?;
    let new = NewRelease {
        addon_plan_names: plan_names(tx, &app.id)?,
        ..NewRelease::with_config(current.as_ref(), description, config)
    };
    releases::create(tx, &app.id, actor, new)
}

/// What a new add-on is made of.
pub(crate) struct NewAddon {
    pub plan: Plan,
    pub name: Option<String>,
    /// The attachment name asked for (`--as`).
    pub attachment: Option<String>,
}

fn validate_name(name: &str) -> DomainResult<()> {
    let bytes = name.as_bytes();
    let ok = (3..=MAX_NAME_LEN).contains(&bytes.len())
        && bytes[0].is_ascii_lowercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-' || *b == b'_')
        && !name.ends_with(['-', '_']);
    if ok {
        Ok(())
    } else {
        Err(DomainError::invalid(format!(
            "Invalid add-on name {name:?}: names start with a letter, end with a letter or digit, \
             have 3 to {MAX_NAME_LEN} characters and contain only lowercase letters, digits, \
             dashes and underscores."
        )))
    }
}

/// `MAIL`, `DATABASE_FOLLOWER`: a config var prefix.
fn validate_attachment(name: &str) -> DomainResult<String> {
    let upper = name.to_ascii_uppercase();
    let ok = upper.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && upper.len() <= MAX_NAME_LEN
        && upper
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(upper)
    } else {
        Err(DomainError::invalid(format!(
            "Invalid attachment name {name:?}: it must start with a letter and contain only \
             letters, digits and underscores."
        )))
    }
}

fn name_taken(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM addons WHERE name = ?1")?
        .exists([name])
}

fn attachment_taken(conn: &Connection, app_id: &str, name: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM addon_attachments WHERE app_id = ?1 AND name = ?2")?
        .exists([app_id, name])
}

fn pick_name(tx: &Connection, plan: &Plan, wanted: Option<String>) -> DomainResult<String> {
    if let Some(name) = wanted {
        let name = name.to_ascii_lowercase();
        validate_name(&name)?;
        if name_taken(tx, &name)? {
            return Err(DomainError::invalid(format!(
                "Name {name} is already taken"
            )));
        }
        return Ok(name);
    }
    let service = plan.service.name;
    let prefix = service
        .strip_prefix("heroku-")
        .unwrap_or(service)
        .replace('_', "-");
    for _ in 0..NAME_ATTEMPTS {
        let name = names::addon(&prefix);
        if !name_taken(tx, &name)? {
            return Ok(name);
        }
    }
    Err(DomainError::invalid(
        "Could not find a free add-on name; please choose one with --name.",
    ))
}

/// The new add-on's attachment names: the one asked for (or the service's default), and a
/// `PREFIX_<COLOR>` one for databases.
fn pick_attachments(tx: &Connection, app: &App, new: &NewAddon) -> DomainResult<Vec<String>> {
    let service = new.plan.service;
    let mut names = Vec::new();
    match &new.attachment {
        Some(wanted) => {
            let wanted = validate_attachment(wanted)?;
            if attachment_taken(tx, &app.id, &wanted)? {
                return Err(DomainError::invalid(format!(
                    "{wanted} is already used by another add-on of {}; choose another with --as.",
                    app.name
                )));
            }
            names.push(wanted);
        }
        None if !attachment_taken(tx, &app.id, service.attachment)? => {
            names.push(service.attachment.to_string());
        }
        // A second database goes by its colour only.
        None if service.color_prefix.is_some() => {}
        None => {
            return Err(DomainError::invalid(format!(
                "{} is already used by another add-on of {}; choose another name with --as.",
                service.attachment, app.name
            )));
        }
    }
    if let Some(prefix) = service.color_prefix {
        let mut free = None;
        for color in COLORS {
            let name = format!("{prefix}_{color}");
            if !attachment_taken(tx, &app.id, &name)? {
                free = Some(name);
                break;
            }
        }
        names.push(free.ok_or_else(|| {
            DomainError::invalid(format!("{} has no free {prefix} colour left.", app.name))
        })?);
    }
    Ok(names)
}

/// Provisions an add-on on `app`: its row, attachments, config vars and release
/// `Add SERVICE:PLAN add-on`, which runs the release command as Heroku's does (other add-on
/// changes only change config vars, and skip it). Call inside the write transaction; start
/// the release command, if any, once it is committed.
pub(crate) fn create(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    new: NewAddon,
) -> DomainResult<(Addon, Option<Pending>)> {
    let service = new.plan.service;
    if !service.supports_multiple_installations {
        let existing = list_for_app(tx, &app.id)?
            .into_iter()
            .find(|a| a.plan().is_some_and(|p| p.service.name == service.name));
        if let Some(existing) = existing {
            return Err(DomainError::invalid(format!(
                "{} already has {} ({}), and {} allows only one per app; change its plan with addons:upgrade.",
                app.name, service.name, existing.name, service.name
            )));
        }
    }
    let name = pick_name(tx, &new.plan, new.name.clone())?;
    let attachments = pick_attachments(tx, app, &new)?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    let ready_at = now_ms()
        + if service.is_database() {
            PROVISIONING_MS
        } else {
            0
        };
    let values = service.provision_values();
    let config = Value::Object(values.clone()).to_string();
    tx.execute(
        "INSERT INTO addons (id, app_id, name, plan, config, provisioned_unix_ms, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![id, app.id, name, new.plan.name(), config, ready_at, now],
    )
    .map_err(|e| {
        if store::is_unique_violation(&e) {
            DomainError::invalid(format!("Name {name} is already taken"))
        } else {
            DomainError::from(e)
        }
    })?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO addon_attachments (id, addon_id, app_id, name, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?;
    for attachment in &attachments {
        insert.execute(params![util::new_id(), id, app.id, attachment, now])?;
    }
    let vars: Vec<(String, String)> = attachments
        .iter()
        .flat_map(|a| service.config_vars(a, &values))
        .collect();
    let release = release(
        tx,
        app,
        actor,
        format!("Add {} add-on", new.plan.name()),
        |config| {
            config.extend(vars);
        },
    )?;
    let (_, pending) = release_phase::prepare(tx, app, actor, release)?;
    Ok((find_for(tx, &id, actor)?, pending))
}

/// Removes the add-on, its attachments and config vars, with release
/// `Remove SERVICE:PLAN add-on`.
pub(crate) fn destroy(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    addon: &Addon,
) -> DomainResult<()> {
    tx.execute("DELETE FROM addons WHERE id = ?1", [&addon.id])?;
    let vars = addon.config_vars();
    release(
        tx,
        app,
        actor,
        format!("Remove {} add-on", addon.plan_name),
        |config| {
            for (key, _) in vars {
                config.remove(&key);
            }
        },
    )?;
    formation::restart_for_release(tx, app)
}

/// Moves the add-on to another plan of its service, with an `Upgrade`/`Downgrade` release.
pub(crate) fn change_plan(
    tx: &Connection,
    app: &App,
    actor: &Actor,
    addon: &Addon,
    plan: Plan,
) -> DomainResult<()> {
    let current = addon.plan();
    if current.is_some_and(|c| c.service.name != plan.service.name) {
        return Err(DomainError::invalid(format!(
            "{} is a {} add-on; it can only move to another {} plan, not {}.",
            addon.name,
            addon.plan_name.split(':').next().unwrap_or_default(),
            addon.plan_name.split(':').next().unwrap_or_default(),
            plan.name()
        )));
    }
    if addon.plan_name == plan.name() {
        return Ok(());
    }
    let now = util::timestamp(util::now());
    tx.execute(
        "UPDATE addons SET plan = ?1, updated_at = ?2 WHERE id = ?3",
        params![plan.name(), now, addon.id],
    )?;
    let verb = match current {
        Some(c) if c.cents > plan.cents => "Downgrade",
        _ => "Upgrade",
    };
    let description = format!("{verb} {} to {}", addon.plan_name, plan.name());
    release(tx, app, actor, description, |_| {})?;
    // No release phase for a plan change, but the dynos move onto the release.
    formation::restart_for_release(tx, app)
}

/// Renames the add-on (no release: its config vars stay as they are).
pub(crate) fn rename(
    tx: &Connection,
    addon: &Addon,
    actor: &Actor,
    name: &str,
) -> DomainResult<()> {
    let name = name.to_ascii_lowercase();
    if name == addon.name {
        return Ok(());
    }
    validate_name(&name)?;
    if name_taken(tx, &name)? {
        return Err(DomainError::invalid(format!(
            "Name {name} is already taken"
        )));
    }
    let now = util::timestamp(util::now());
    tx.execute(
        "UPDATE addons SET name = ?1, updated_at = ?2 WHERE id = ?3",
        params![name, now, addon.id],
    )?;
    let message = format!(
        "Rename add-on {} to {name} by user {}",
        addon.name, actor.email
    );
    super::events::api(tx, &addon.app_id, &message)?;
    Ok(())
}
