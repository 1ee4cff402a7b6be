//! Releases and config vars as stored. Every change to an app's config or code is a new
//! release with the next version and a snapshot of the whole config, so a rollback can bring
//! back exactly what a release had. [`create`] is the one way to make a release: config
//! changes, rollbacks, add-ons and deploys all go through it.

use crate::store::Cached;
use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::events;
use super::procs::{Liveness, ProcessId};
use super::users::Actor;
use super::util;

/// An app's config vars, sorted by key.
pub(crate) type ConfigMap = BTreeMap<String, String>;

pub(crate) const STATUS_SUCCEEDED: &str = "succeeded";
/// Its release command is running: not current yet.
pub(crate) const STATUS_PENDING: &str = "pending";
/// Its release command failed: it never becomes current.
pub(crate) const STATUS_FAILED: &str = "failed";

#[derive(Debug, Clone)]
pub(crate) struct Release {
    pub id: String,
    pub app_id: String,
    pub app_name: String,
    pub version: i64,
    pub description: String,
    pub status: String,
    pub slug_id: Option<String>,
    config_json: String,
    pub addon_plan_names: Vec<String>,
    pub user_id: Option<String>,
    pub user_email: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The latest succeeded release of its app.
    pub current: bool,
    /// The secret of its release command's output URL; none without a release command.
    pub output_secret: Option<String>,
}

/// Columns of [`Release`], in [`Release::from_row`] order; append `WHERE ...`.
pub(crate) const SELECT: &str = "SELECT r.id, r.app_id, apps.name, r.version, r.description, \
     r.status, r.slug_id, r.config, r.addon_plan_names, r.user_id, users.email, r.created_at, \
     r.updated_at, r.version = (SELECT max(c.version) FROM releases c \
                                WHERE c.app_id = r.app_id AND c.status = 'succeeded'), \
     r.output_secret, \
     (SELECT d.runner_pid FROM dynos d WHERE d.release_id = r.id AND d.type = 'release'), \
     (SELECT d.runner_started FROM dynos d WHERE d.release_id = r.id AND d.type = 'release') \
     FROM releases r JOIN apps ON apps.id = r.app_id LEFT JOIN users ON users.id = r.user_id";

impl Release {
    pub fn from_row(row: &Row<'_>) -> rusqlite::Result<Release> {
        let plans: String = row.get(8)?;
        Ok(Release {
            id: row.get(0)?,
            app_id: row.get(1)?,
            app_name: row.get(2)?,
            version: row.get(3)?,
            description: row.get(4)?,
            status: effective_status(row.get(5)?, row.get(15)?, row.get(16)?),
            slug_id: row.get(6)?,
            config_json: row.get(7)?,
            // Written by this module only; a damaged list reads as none rather than failing.
            addon_plan_names: serde_json::from_str(&plans).unwrap_or_default(),
            user_id: row.get(9)?,
            user_email: row.get(10)?,
            created_at: row.get(11)?,
            updated_at: row.get(12)?,
            current: row.get::<_, Option<bool>>(13)?.unwrap_or(false),
            output_secret: row.get(14)?,
        })
    }

    pub fn eligible_for_rollback(&self) -> bool {
        self.status == STATUS_SUCCEEDED
    }

    /// The config vars this release carries.
    pub fn config(&self) -> DomainResult<ConfigMap> {
        serde_json::from_str(&self.config_json).map_err(|e| {
            DomainError::internal(format!(
                "The config of release v{} is damaged: {e}",
                self.version
            ))
        })
    }

    /// The schema's `release` object; `base` is the platform URL the caller reached, where
    /// the release command's output is served.
    pub fn to_json(&self, base: &str) -> Value {
        json!({
            "addon_plan_names": self.addon_plan_names,
            "app": {"id": self.app_id, "name": self.app_name},
            "artifacts": [],
            "created_at": self.created_at,
            "current": self.current,
            "description": self.description,
            "eligible_for_rollback": self.eligible_for_rollback(),
            "id": self.id,
            "output_stream_url": self.output_secret.as_ref().map(|secret| {
                format!("{base}/release-output/{}/{secret}", self.id)
            }),
            "slug": self.slug_id.as_ref().map(|id| json!({"id": id})),
            "status": self.status,
            "updated_at": self.updated_at,
            "user": {"email": self.user_email, "id": self.user_id},
            "version": self.version,
        })
    }
}

/// A release still pending after the runner of its release command has gone (killed) will
/// never be decided: it reads as failed, so waiters and output streams end.
fn effective_status(status: String, pid: Option<i64>, started: Option<String>) -> String {
    match ProcessId::from_columns(pid, started) {
        Some(runner) if status == STATUS_PENDING && runner.liveness() == Liveness::Gone => {
            STATUS_FAILED.to_string()
        }
        _ => status,
    }
}

/// What a new release is made of.
#[derive(Debug, Clone)]
pub(crate) struct NewRelease {
    pub description: String,
    pub config: ConfigMap,
    pub slug_id: Option<String>,
    pub addon_plan_names: Vec<String>,
}

impl NewRelease {
    /// A new app's v1: no code, no config.
    pub fn initial() -> NewRelease {
        NewRelease {
            description: "Initial release".into(),
            config: ConfigMap::new(),
            slug_id: None,
            addon_plan_names: Vec::new(),
        }
    }

    /// A release that changes only the config, keeping the current release's slug and add-ons.
    pub fn with_config(
        current: Option<&Release>,
        description: impl Into<String>,
        config: ConfigMap,
    ) -> NewRelease {
        NewRelease {
            description: description.into(),
            config,
            slug_id: current.and_then(|r| r.slug_id.clone()),
            addon_plan_names: current
                .map(|r| r.addon_plan_names.clone())
                .unwrap_or_default(),
        }
    }
}

/// Makes the next release of `app_id` and sets the app's config vars to the release's.
/// Call inside the write transaction of the change, which makes the version gapless and
/// unique: `BEGIN IMMEDIATE` serialises writers, so no one else reads the same maximum.
pub(crate) fn create(
    tx: &Connection,
    app_id: &str,
    by: &Actor,
    new: NewRelease,
) -> DomainResult<Release> {
    let version: i64 = tx
        .prepare_cached("SELECT coalesce(max(version), 0) + 1 FROM releases WHERE app_id = ?1")?
        .query_row([app_id], |row| row.get(0))?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    let config = serde_json::to_string(&new.config)
        .map_err(|e| DomainError::internal(format!("Could not encode config vars: {e}")))?;
    let plans = serde_json::to_string(&new.addon_plan_names)
        .map_err(|e| DomainError::internal(format!("Could not encode add-on plans: {e}")))?;
    tx.execute_cached(
        "INSERT INTO releases (id, app_id, version, description, status, slug_id, config,
                               addon_plan_names, user_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id,
            app_id,
            version,
            new.description,
            STATUS_SUCCEEDED,
            new.slug_id,
            config,
            plans,
            by.id,
            now
        ],
    )?;
    replace_config(tx, app_id, &new.config)?;
    tx.execute_cached(
        "UPDATE apps SET released_at = ?1, updated_at = ?1 WHERE id = ?2",
        params![now, app_id],
    )?;
    let email = &by.email;
    events::api(tx, app_id, &format!("{} by user {email}", new.description))?;
    events::api(
        tx,
        app_id,
        &format!("Release v{version} created by user {email}"),
    )?;
    find(tx, app_id, &id)
}

/// Applies `changes` (key, new value or `None` to remove) to the app's config in one release
/// (`Set FOO, BAR config vars`), or returns `None` when nothing would change. Call inside
/// the write transaction, then hand the release to `release_phase::prepare`.
pub(crate) fn change_config(
    tx: &Connection,
    app: &App,
    by: &Actor,
    changes: &[(String, Option<String>)],
) -> DomainResult<Option<Release>> {
    let mut config = config_vars(tx, &app.id)?;
    let (mut set, mut removed) = (Vec::new(), Vec::new());
    for (key, value) in changes {
        match value {
            Some(value) if config.get(key) != Some(value) => {
                config.insert(key.clone(), value.clone());
                set.push(key.as_str());
            }
            None if config.remove(key).is_some() => removed.push(key.as_str()),
            _ => {}
        }
    }
    if set.is_empty() && removed.is_empty() {
        return Ok(None);
    }
    let current = current(tx, &app.id)?;
    let new = NewRelease::with_config(current.as_ref(), describe(&set, &removed), config);
    create(tx, &app.id, by, new).map(Some)
}

/// `Set FOO, BAR config vars`, `Remove FOO config vars`, `Set FOO and remove BAR config vars`.
fn describe(set: &[&str], removed: &[&str]) -> String {
    let mut parts = Vec::new();
    if !set.is_empty() {
        parts.push(format!("Set {}", set.join(", ")));
    }
    if !removed.is_empty() {
        let verb = if set.is_empty() { "Remove" } else { "remove" };
        parts.push(format!("{verb} {}", removed.join(", ")));
    }
    format!("{} config vars", parts.join(" and "))
}

fn replace_config(tx: &Connection, app_id: &str, config: &ConfigMap) -> rusqlite::Result<()> {
    tx.execute_cached("DELETE FROM config_vars WHERE app_id = ?1", [app_id])?;
    let mut insert =
        tx.prepare_cached("INSERT INTO config_vars (app_id, key, value) VALUES (?1, ?2, ?3)")?;
    for (key, value) in config {
        insert.execute(params![app_id, key, value])?;
    }
    Ok(())
}

/// The app's config vars now.
pub(crate) fn config_vars(conn: &Connection, app_id: &str) -> rusqlite::Result<ConfigMap> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM config_vars WHERE app_id = ?1")?;
    let rows = stmt.query_map([app_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// The app's release with this id or version (`42` or `v42`): 404 when there is none.
pub(crate) fn find(conn: &Connection, app_id: &str, identity: &str) -> DomainResult<Release> {
    let not_found = || DomainError::not_found("release", "Couldn't find that release.");
    let release = if util::is_uuid(identity) {
        conn.prepare_cached(&format!("{SELECT} WHERE r.app_id = ?1 AND r.id = ?2"))?
            .query_row(
                params![app_id, identity.to_ascii_lowercase()],
                Release::from_row,
            )
            .optional()?
    } else {
        let digits = identity.strip_prefix('v').unwrap_or(identity);
        let Ok(version) = digits.parse::<i64>() else {
            return Err(not_found());
        };
        conn.prepare_cached(&format!("{SELECT} WHERE r.app_id = ?1 AND r.version = ?2"))?
            .query_row(params![app_id, version], Release::from_row)
            .optional()?
    };
    release.ok_or_else(not_found)
}

/// The app's current release: its latest succeeded one.
pub(crate) fn current(conn: &Connection, app_id: &str) -> rusqlite::Result<Option<Release>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE r.app_id = ?1 AND r.status = 'succeeded' ORDER BY r.version DESC LIMIT 1"
    ))?
    .query_row([app_id], Release::from_row)
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_read_like_herokus() {
        assert_eq!(describe(&["FOO", "BAR"], &[]), "Set FOO, BAR config vars");
        assert_eq!(describe(&[], &["FOO"]), "Remove FOO config vars");
        assert_eq!(
            describe(&["A"], &["B", "C"]),
            "Set A and remove B, C config vars"
        );
    }
}
