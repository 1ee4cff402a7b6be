//! Dynos as stored (one-off `run.N` dynos; formation dynos share the table), rendered as the
//! schema's `dyno` object, and the state changes a running dyno reports to the app's log.

use crate::store::Cached;
use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::events;
use super::procs::{Liveness, ProcessId};
use super::util;

/// Sizes a dyno may have, as the API spells them; requests match case-insensitively.
pub(crate) const SIZES: &[&str] = &[
    "Eco",
    "Basic",
    "Standard-1X",
    "Standard-2X",
    "Performance-M",
    "Performance-L",
];
pub(crate) const DEFAULT_SIZE: &str = "Basic";
pub(crate) const RUN_TYPE: &str = "run";
/// The type (and name prefix) of the one-off dyno a release command runs on.
pub(crate) const RELEASE_TYPE: &str = "release";

pub(crate) const STARTING: &str = "starting";
pub(crate) const UP: &str = "up";
/// A one-off dyno whose command exited 0, as Heroku's log says it; the API never shows it (see
/// [`Dyno::listed`]), so the states it shows stay the schema's: crashed, down, idle,
/// starting, up.
pub(crate) const COMPLETE: &str = "complete";
pub(crate) const CRASHED: &str = "crashed";
pub(crate) const DOWN: &str = "down";

#[derive(Debug, Clone)]
pub(crate) struct Dyno {
    pub id: String,
    pub app_id: String,
    pub app_name: String,
    pub name: String,
    pub kind: String,
    pub command: String,
    pub size: String,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
    /// The release (id, version) the dyno runs: its app's newest when it was created.
    pub release: Option<(String, i64)>,
    /// The process running the dyno (its runner), once started.
    pub runner: Option<ProcessId>,
    /// The leader of the command's process group, once started.
    pub group: Option<ProcessId>,
    /// Stored as starting or up, but its runner is gone: it reads as crashed, and
    /// [`settle_lost`] records that (and ends what the runner left behind).
    pub lost: bool,
    /// A formation dyno's start count (see `instances`).
    pub instance: i64,
}

const SELECT: &str = "SELECT dynos.id, dynos.app_id, apps.name, dynos.name, dynos.type, \
     dynos.command, dynos.size, dynos.state, \
     dynos.created_at, dynos.updated_at, \
     releases.id, releases.version, \
     dynos.runner_pid, dynos.runner_started, dynos.group_pid, dynos.group_started, \
     dynos.instance \
     FROM dynos JOIN apps ON apps.id = dynos.app_id \
     LEFT JOIN releases ON releases.id = COALESCE(dynos.release_id, (SELECT r.id FROM releases r \
         WHERE r.app_id = dynos.app_id AND r.created_at <= dynos.created_at \
         ORDER BY r.version DESC LIMIT 1))";

impl Dyno {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Dyno> {
        let runner = ProcessId::from_columns(row.get(12)?, row.get(13)?);
        let state: String = row.get(7)?;
        // A dyno whose runner died cannot be running: nothing would stop or report it.
        let lost = is_running(&state)
            && runner
                .as_ref()
                .is_some_and(|r| r.liveness() == Liveness::Gone);
        Ok(Dyno {
            id: row.get(0)?,
            app_id: row.get(1)?,
            app_name: row.get(2)?,
            name: row.get(3)?,
            kind: row.get(4)?,
            command: row.get(5)?,
            size: row.get(6)?,
            state: if lost { CRASHED.to_string() } else { state },
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
            release: match (row.get(10)?, row.get(11)?) {
                (Some(id), Some(version)) => Some((id, version)),
                _ => None,
            },
            group: ProcessId::from_columns(row.get(14)?, row.get(15)?),
            runner,
            lost,
            instance: row.get(16)?,
        })
    }

    /// Whether the API shows it: a one-off dyno leaves the app's dynos once it has finished or
    /// been stopped, as on Heroku; a formation dyno stays, in whatever state it is.
    pub fn listed(&self) -> bool {
        !self.is_one_off() || is_running(&self.state)
    }

    pub fn is_one_off(&self) -> bool {
        self.name.starts_with("run.") || self.name.starts_with("release.")
    }

    /// The schema's `dyno` object; `attach_url` is only known to the request that created it.
    pub fn to_json(&self, attach_url: Option<&str>) -> Value {
        json!({
            "app": {"id": self.app_id, "name": self.app_name},
            "attach_url": attach_url,
            "command": self.command,
            "created_at": self.created_at,
            "id": self.id,
            "name": self.name,
            "release": self.release.as_ref().map(|(id, version)| json!({"id": id, "version": version})),
            "size": self.size,
            "state": self.state,
            "type": self.kind,
            "updated_at": self.updated_at,
        })
    }
}

/// Whether a dyno in `state` is (meant to be) running.
pub(crate) fn is_running(state: &str) -> bool {
    state == STARTING || state == UP
}

/// The size as the API spells it, or a 422 naming the valid ones.
pub(crate) fn canonical_size(requested: &str) -> DomainResult<&'static str> {
    SIZES
        .iter()
        .find(|s| s.eq_ignore_ascii_case(requested))
        .copied()
        .ok_or_else(|| {
            DomainError::invalid(format!(
                "There is no dyno size {requested}. Valid sizes are: {}.",
                SIZES.join(", ")
            ))
        })
}

/// The app's config vars, which every dyno gets as its environment.
pub(crate) fn config_vars_for(
    conn: &Connection,
    app_id: &str,
) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM config_vars WHERE app_id = ?1")?;
    let rows = stmt.query_map([app_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// What a new dyno is asked to do.
pub(crate) struct NewDyno<'a> {
    pub kind: &'a str,
    pub command: &'a str,
    pub size: &'a str,
    pub attach: bool,
}

/// Tries at picking an unused `run.N` before giving up.
const NAME_ATTEMPTS: usize = 50;

/// Inserts a one-off dyno named `run.NNNN` (`release.NNNN` for a release command; random,
/// unique within the app) in `starting`.
pub(crate) fn insert_one_off(
    conn: &Connection,
    app: &App,
    new: &NewDyno<'_>,
    by: &str,
) -> DomainResult<Dyno> {
    let prefix = if new.kind == RELEASE_TYPE {
        RELEASE_TYPE
    } else {
        RUN_TYPE
    };
    let name = free_name(conn, &app.id, prefix)?;
    let id = insert(conn, &app.id, &name, new)?;
    events::api(
        conn,
        &app.id,
        &format!(
            "Starting process with command `{}` by user {by}",
            new.command
        ),
    )?;
    find(conn, &app.id, &id)?.ok_or_else(|| DomainError::internal("The dyno vanished."))
}

/// Inserts a dyno in `starting` and returns its id. It runs the newest release that did not
/// fail (a release command's dyno, the pending release it decides; a failed release's slug
/// never runs as the app).
pub(crate) fn insert(
    conn: &Connection,
    app_id: &str,
    name: &str,
    new: &NewDyno<'_>,
) -> rusqlite::Result<String> {
    let id = util::new_id();
    let now = util::timestamp(util::now());
    conn.execute_cached(
        "INSERT INTO dynos (id, app_id, name, type, command, size, state, attach, created_at,
                            updated_at, release_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9,
                 (SELECT id FROM releases WHERE app_id = ?2 AND status != 'failed'
                  ORDER BY version DESC LIMIT 1))",
        params![
            id,
            app_id,
            name,
            new.kind,
            new.command,
            new.size,
            STARTING,
            new.attach,
            now
        ],
    )?;
    Ok(id)
}

/// A `PREFIX.N` name no dyno of the app holds. A one-off dyno that has ended (complete or
/// crashed, not one still being stopped) is gone from the API, so its row gives the name up.
fn free_name(conn: &Connection, app_id: &str, prefix: &str) -> DomainResult<String> {
    let mut taken = conn.prepare_cached(
        "SELECT 1 FROM dynos WHERE app_id = ?1 AND name = ?2 AND state NOT IN (?3, ?4)",
    )?;
    for _ in 0..NAME_ATTEMPTS {
        let name = format!("{prefix}.{}", rand::random_range(1000..10000));
        if !taken.exists(params![app_id, name, COMPLETE, CRASHED])? {
            conn.prepare_cached("DELETE FROM dynos WHERE app_id = ?1 AND name = ?2")?
                .execute(params![app_id, name])?;
            return Ok(name);
        }
    }
    Err(DomainError::invalid(
        "Too many one-off dynos on this app; try again later.",
    ))
}

/// The app's dyno with this id or name.
pub(crate) fn find(
    conn: &Connection,
    app_id: &str,
    identity: &str,
) -> rusqlite::Result<Option<Dyno>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE dynos.app_id = ?1 AND (dynos.id = ?2 OR dynos.name = ?2)"
    ))?
    .query_row(params![app_id, identity], Dyno::from_row)
    .optional()
}

pub(crate) fn list(conn: &Connection, app_id: &str) -> rusqlite::Result<Vec<Dyno>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE dynos.app_id = ?1 ORDER BY dynos.created_at, dynos.name"
    ))?;
    let rows = stmt.query_map([app_id], Dyno::from_row)?;
    rows.collect()
}

/// Moves a dyno to `to`, logging `State changed from X to Y` as the dyno. A dyno (or app)
/// deleted meanwhile is left alone.
pub(crate) fn change_state(
    conn: &Connection,
    dyno_id: &str,
    to: &str,
    exit_status: Option<i32>,
) -> rusqlite::Result<()> {
    let current: Option<(String, String, String)> = conn
        .query_row(
            "SELECT app_id, name, state FROM dynos WHERE id = ?1",
            [dyno_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((app_id, name, from)) = current else {
        return Ok(());
    };
    conn.execute_cached(
        "UPDATE dynos SET state = ?1, exit_status = COALESCE(?2, exit_status), updated_at = ?3
         WHERE id = ?4",
        params![to, exit_status, util::timestamp(util::now()), dyno_id],
    )?;
    if from != to {
        let message = format!("State changed from {from} to {to}");
        events::append(conn, &app_id, events::SOURCE_HEROKU, &name, &message)?;
    }
    Ok(())
}

/// Records the process that supervises the dyno's command.
pub(crate) fn set_runner(
    conn: &Connection,
    dyno_id: &str,
    runner: &ProcessId,
) -> rusqlite::Result<()> {
    conn.execute_cached(
        "UPDATE dynos SET runner_pid = ?1, runner_started = ?2 WHERE id = ?3",
        params![runner.pid, runner.started, dyno_id],
    )?;
    Ok(())
}

/// The runner started the command (whose process group `group` leads): records both and
/// moves the dyno from `starting` to `up`. Returns false when the dyno is no longer wanted
/// (stopped, or deleted, before its command started): the runner then stops it at once.
pub(crate) fn mark_up(
    conn: &Connection,
    dyno_id: &str,
    runner: Option<&ProcessId>,
    group: Option<&ProcessId>,
) -> rusqlite::Result<bool> {
    conn.execute_cached(
        "UPDATE dynos SET runner_pid = COALESCE(?1, runner_pid),
             runner_started = COALESCE(?2, runner_started), group_pid = ?3, group_started = ?4
         WHERE id = ?5",
        params![
            runner.map(|r| r.pid),
            runner.map(|r| r.started.as_str()),
            group.map(|g| g.pid),
            group.map(|g| g.started.as_str()),
            dyno_id
        ],
    )?;
    let state: Option<String> = conn
        .query_row("SELECT state FROM dynos WHERE id = ?1", [dyno_id], |r| {
            r.get(0)
        })
        .optional()?;
    if state.as_deref() != Some(STARTING) {
        return Ok(false);
    }
    change_state(conn, dyno_id, UP, None)?;
    Ok(true)
}

/// Whether the dyno's command should go on: its row still exists and says starting or up
/// (a stop or restart moves it to `down`; deleting its app removes it).
pub(crate) fn still_wanted(conn: &Connection, dyno_id: &str) -> rusqlite::Result<bool> {
    let state: Option<String> = conn
        .query_row("SELECT state FROM dynos WHERE id = ?1", [dyno_id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(state.as_deref().is_some_and(is_running))
}

/// The command ended with `status`: a running dyno becomes `to` (complete or crashed); one
/// already stopped keeps its state and only records the status.
pub(crate) fn finish(
    conn: &Connection,
    dyno_id: &str,
    to: &str,
    status: i32,
) -> rusqlite::Result<()> {
    let state: Option<String> = conn
        .query_row("SELECT state FROM dynos WHERE id = ?1", [dyno_id], |r| {
            r.get(0)
        })
        .optional()?;
    match state {
        Some(state) if is_running(&state) => change_state(conn, dyno_id, to, Some(status)),
        Some(_) => {
            conn.execute_cached(
                "UPDATE dynos SET exit_status = ?1 WHERE id = ?2",
                params![status, dyno_id],
            )?;
            Ok(())
        }
        None => Ok(()),
    }
}

/// Records a lost dyno (see [`Dyno::lost`]) as crashed, and kills the command its dead runner
/// left running when its group leader is verifiably still the recorded process. Checked again
/// here, in the writer's transaction; anything else is left alone.
pub(crate) fn settle_lost(conn: &Connection, dyno: &Dyno) -> rusqlite::Result<()> {
    if !dyno.lost {
        return Ok(());
    }
    let Some(current) = find(conn, &dyno.app_id, &dyno.id)? else {
        return Ok(());
    };
    if !current.lost {
        return Ok(());
    }
    if let Some(group) = &current.group {
        group.kill_group_if_same();
    }
    events::append(
        conn,
        &current.app_id,
        events::SOURCE_HEROKU,
        &current.name,
        "Process lost: the belt process running it is gone",
    )?;
    change_state(conn, &current.id, CRASHED, None)?;
    // A formation dyno is restarted, as after any crash.
    if !current.is_one_off() {
        super::instances::schedule_restart(conn, &current, super::settings::restart_cooloff())?;
    }
    Ok(())
}

/// [`settle_lost`] for each of the app's lost dynos; returns whether there were any.
pub(crate) fn settle_all_lost(conn: &Connection, app_id: &str) -> rusqlite::Result<bool> {
    let mut any = false;
    for dyno in list(conn, app_id)?.iter().filter(|d| d.lost) {
        settle_lost(conn, dyno)?;
        any = true;
    }
    Ok(any)
}
