//! The formation: how many dynos of each process type (from the current release's Procfile)
//! run and at which size; scaling creates and removes the `TYPE.N` dynos that realise it,
//! and restarts and stops move their states. Every change logs what a Heroku app would.

use crate::store::Cached;
use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::dynos::{self, Dyno, NewDyno};
use super::util;
use super::{events, instances, regions_and_stacks};

/// The size a process type runs at until it is resized.
pub(crate) const DEFAULT_SIZE: &str = "Standard-1X";
/// Heroku's limit of dynos per process type.
pub(crate) const MAX_QUANTITY: i64 = 100;

/// A dyno size as `GET /dyno-sizes` describes it: name, vCPUs, RAM (GB), cents a month,
/// dedicated, dyno units.
struct SizeSpec(&'static str, i64, f64, i64, bool, f64);

const SIZE_SPECS: &[SizeSpec] = &[
    SizeSpec("Eco", 1, 0.5, 0, false, 0.0),
    SizeSpec("Basic", 1, 0.5, 700, false, 0.28),
    SizeSpec("Standard-1X", 1, 0.5, 2500, false, 1.0),
    SizeSpec("Standard-2X", 1, 1.0, 5000, false, 2.0),
    SizeSpec("Performance-M", 2, 2.5, 25000, true, 8.0),
    SizeSpec("Performance-L", 8, 14.0, 50000, true, 16.0),
];

/// The schema's `dyno-size` objects.
pub(crate) fn dyno_sizes() -> Vec<Value> {
    SIZE_SPECS.iter().map(size_json).collect()
}

/// The `dyno-size` with this id or name (any case).
pub(crate) fn dyno_size(identity: &str) -> Option<Value> {
    SIZE_SPECS
        .iter()
        .find(|s| s.0.eq_ignore_ascii_case(identity) || size_id(s.0) == identity)
        .map(size_json)
}

fn size_id(name: &str) -> String {
    util::derived_id(&format!("dyno-size:{name}"))
}

fn size_json(spec: &SizeSpec) -> Value {
    let SizeSpec(name, compute, memory, cents, dedicated, units) = *spec;
    json!({
        "architecture": "amd64",
        "compute": compute,
        "cost": {"cents": cents, "unit": "month"},
        "dedicated": dedicated,
        "precise_dyno_units": units,
        "generation": {"id": regions_and_stacks::GENERATION_ID, "name": regions_and_stacks::GENERATION_NAME},
        "id": size_id(name),
        "memory": memory,
        "name": name,
        "private_space_only": false,
    })
}

/// One process type's entry in the formation.
#[derive(Debug, Clone)]
pub(crate) struct Formation {
    pub id: String,
    pub kind: String,
    pub quantity: i64,
    pub size: String,
    pub command: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Formation {
    pub fn to_json(&self, app: &App) -> Value {
        json!({
            "app": {"id": app.id, "name": app.name},
            "command": self.command,
            "created_at": self.created_at,
            "dyno_size": {"id": size_id(&self.size), "name": self.size},
            "id": self.id,
            "quantity": self.quantity,
            "size": self.size,
            "type": self.kind,
            "updated_at": self.updated_at,
        })
    }

    /// `web@2:Standard-1X`, as the scaling log line spells it.
    fn summary(&self) -> String {
        format!("{}@{}:{}", self.kind, self.quantity, self.size)
    }
}

/// The process types of the newest succeeded release with a slug; the join implies
/// `slug_id IS NOT NULL`, so it is found through `releases_app_slugged` in one step.
pub(crate) const CURRENT_PROCESS_TYPES: &str = "SELECT slugs.process_types
     FROM releases JOIN slugs ON slugs.id = releases.slug_id
     WHERE releases.app_id = ?1 AND releases.status = 'succeeded'
     ORDER BY releases.version DESC LIMIT 1";

/// The current release's process types and their commands (none before the first deploy).
fn process_types(conn: &Connection, app_id: &str) -> rusqlite::Result<BTreeMap<String, String>> {
    let types: Option<String> = conn
        .query_row(CURRENT_PROCESS_TYPES, [app_id], |row| row.get(0))
        .optional()?;
    // Written by deploys only; damaged types read as none rather than failing.
    Ok(types
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// The app's formation: one entry per process type of its current release.
pub(crate) fn list(conn: &Connection, app: &App) -> rusqlite::Result<Vec<Formation>> {
    let mut stored = conn.prepare_cached(
        "SELECT quantity, size, created_at, updated_at FROM formation
         WHERE app_id = ?1 AND type = ?2",
    )?;
    process_types(conn, &app.id)?
        .into_iter()
        .map(|(kind, command)| {
            let row: Option<(i64, String, String, String)> = stored
                .query_row(params![app.id, kind], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()?;
            let (quantity, size, created_at, updated_at) = row.unwrap_or_else(|| {
                (
                    0,
                    DEFAULT_SIZE.into(),
                    app.created_at.clone(),
                    app.created_at.clone(),
                )
            });
            Ok(Formation {
                id: util::derived_id(&format!("formation:{}:{kind}", app.id)),
                kind,
                quantity,
                size,
                command,
                created_at,
                updated_at,
            })
        })
        .collect()
}

/// The app's formation entry for this process type (or id), or Heroku's 404.
pub(crate) fn find(conn: &Connection, app: &App, identity: &str) -> DomainResult<Formation> {
    list(conn, app)?
        .into_iter()
        .find(|f| f.kind == identity || f.id == identity)
        .ok_or_else(|| unknown_type(identity))
}

fn unknown_type(kind: &str) -> DomainError {
    DomainError::not_found(
        "formation",
        format!("Couldn't find that process type ({kind})."),
    )
}

/// A requested change to one process type.
#[derive(Debug)]
pub(crate) struct Update {
    pub kind: String,
    pub quantity: Option<i64>,
    pub size: Option<&'static str>,
}

/// Applies every update or none (the caller's transaction), then logs one `Scaled to` line.
/// Returns the changed entries.
pub(crate) fn update(
    conn: &Connection,
    app: &App,
    updates: &[Update],
    by: &str,
) -> DomainResult<Vec<Formation>> {
    let mut changed = Vec::with_capacity(updates.len());
    for update in updates {
        let mut entry = find(conn, app, &update.kind)?;
        let quantity = update.quantity.unwrap_or(entry.quantity);
        if !(0..=MAX_QUANTITY).contains(&quantity) {
            return Err(DomainError::invalid(format!(
                "Cannot update to {quantity} dynos: the quantity must be between 0 and {MAX_QUANTITY} per process type."
            )));
        }
        let resized = update.size.is_some_and(|s| s != entry.size);
        entry.quantity = quantity;
        if let Some(size) = update.size {
            entry.size = size.to_string();
        }
        entry.updated_at = util::timestamp(util::now());
        conn.execute_cached(
            "INSERT INTO formation (id, app_id, type, quantity, size, command, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
             ON CONFLICT (app_id, type) DO UPDATE SET
                 quantity = excluded.quantity, size = excluded.size,
                 command = excluded.command, updated_at = excluded.updated_at",
            params![entry.id, app.id, entry.kind, entry.quantity, entry.size, entry.command, entry.updated_at],
        )?;
        reconcile(conn, app, &entry, resized)?;
        changed.push(entry);
    }
    if !changed.is_empty() {
        let summary: Vec<String> = changed.iter().map(Formation::summary).collect();
        events::api(
            conn,
            &app.id,
            &format!("Scaled to {} by user {by}", summary.join(" ")),
        )?;
    }
    Ok(changed)
}

/// Makes the type's dynos `TYPE.1..=quantity`: starts the missing, stops the extra, and
/// restarts the rest at the new size when it changed.
fn reconcile(conn: &Connection, app: &App, entry: &Formation, resized: bool) -> DomainResult<()> {
    let prefix = format!("{}.", entry.kind);
    for dyno in dynos::list(conn, &app.id)? {
        let Some(index) = dyno
            .name
            .strip_prefix(&prefix)
            .and_then(|n| n.parse::<i64>().ok())
        else {
            continue;
        };
        if index > entry.quantity {
            log_as(conn, &dyno, "Stopping all processes with SIGTERM")?;
            log_as(
                conn,
                &dyno,
                &format!("State changed from {} to {}", dyno.state, dynos::DOWN),
            )?;
            conn.execute_cached("DELETE FROM dynos WHERE id = ?1", [&dyno.id])?;
        } else if resized {
            conn.execute_cached(
                "UPDATE dynos SET size = ?1 WHERE id = ?2",
                params![entry.size, dyno.id],
            )?;
            restart_one(conn, &dyno, &entry.command)?;
        } else if dyno.state == dynos::DOWN {
            // Scaling asks for the type's dynos to run: a stopped one starts again.
            instances::renew(conn, &dyno, &entry.command, true)?;
        }
    }
    for index in 1..=entry.quantity {
        let name = format!("{prefix}{index}");
        if dynos::find(conn, &app.id, &name)?.is_some() {
            continue;
        }
        let new = NewDyno {
            kind: &entry.kind,
            command: &entry.command,
            size: &entry.size,
            attach: false,
        };
        // The supervisor starts it (see `instances`).
        dynos::insert(conn, &app.id, &name, &new)?;
    }
    Ok(())
}

/// A release became current: every formation dyno restarts on it, with its process type's
/// command from the release's Procfile, as on Heroku.
pub(crate) fn restart_for_release(conn: &Connection, app: &App) -> DomainResult<()> {
    let commands: BTreeMap<String, String> = list(conn, app)?
        .into_iter()
        .map(|f| (f.kind, f.command))
        .collect();
    dynos::settle_all_lost(conn, &app.id)?;
    for dyno in dynos::list(conn, &app.id)? {
        if !is_formation_dyno(&dyno) {
            continue;
        }
        let command = commands.get(&dyno.kind).unwrap_or(&dyno.command).clone();
        restart_one(conn, &dyno, &command)?;
    }
    Ok(())
}

fn log_as(conn: &Connection, dyno: &Dyno, message: &str) -> rusqlite::Result<()> {
    events::append(
        conn,
        &dyno.app_id,
        events::SOURCE_HEROKU,
        &dyno.name,
        message,
    )
    .map(|_| ())
}

/// Which dynos a restart or stop is about.
pub(crate) enum Target {
    All,
    Type(String),
    Dyno(String),
}

/// The dynos a target names: all of them (one-off dynos too, as a restart of everything
/// ends them on Heroku), a type's (`run` is every one-off dyno; any other type must be in the
/// formation), or one by name. Dynos whose runner died are settled first (see
/// `dynos::settle_lost`), so they read as the crashed dynos they are.
fn targets(conn: &Connection, app: &App, target: &Target) -> DomainResult<Vec<Dyno>> {
    dynos::settle_all_lost(conn, &app.id)?;
    let all = dynos::list(conn, &app.id)?;
    Ok(match target {
        Target::All => all,
        Target::Type(kind) => {
            let one_offs = kind == dynos::RUN_TYPE;
            match find(conn, app, kind) {
                Ok(_) => {}
                Err(_) if one_offs => {}
                Err(e) => return Err(e),
            }
            all.into_iter()
                .filter(|d| {
                    if is_formation_dyno(d) {
                        d.kind == *kind
                    } else {
                        one_offs
                    }
                })
                .collect()
        }
        Target::Dyno(name) => match dynos::find(conn, &app.id, name)? {
            // A finished one-off dyno is gone, as on Heroku: it is not in the list either.
            Some(dyno) if dyno.listed() => vec![dyno],
            // As on Heroku, a dyno identity may name a process type: `heroku ps:restart web`
            // sends `DELETE /apps/{app}/dynos/web` to restart every web dyno.
            None if !name.contains('.') => {
                return targets(conn, app, &Target::Type(name.clone()));
            }
            _ => return Err(DomainError::not_found("dyno", "Couldn't find that dyno.")),
        },
    })
}

fn is_formation_dyno(dyno: &Dyno) -> bool {
    !dyno.is_one_off()
}

fn describe(target: &Target) -> String {
    match target {
        Target::All => "all processes".into(),
        Target::Type(name) | Target::Dyno(name) => name.clone(),
    }
}

/// Restarts the target's dynos (a one-off dyno is stopped: it has nothing to restart into).
pub(crate) fn restart(conn: &Connection, app: &App, target: &Target, by: &str) -> DomainResult<()> {
    let dynos = targets(conn, app, target)?;
    events::api(
        conn,
        &app.id,
        &format!("Restart {} by user {by}", describe(target)),
    )?;
    for dyno in dynos {
        if is_formation_dyno(&dyno) {
            restart_one(conn, &dyno, &dyno.command)?;
        } else {
            stop_one_off(conn, &dyno)?;
        }
    }
    Ok(())
}

/// A new instance of the dyno (see `instances`): the running one's runner stops its command.
fn restart_one(conn: &Connection, dyno: &Dyno, command: &str) -> rusqlite::Result<()> {
    log_as(conn, dyno, "Restarting")?;
    instances::renew(conn, dyno, command, true)?;
    if dynos::is_running(&dyno.state) && dyno.group.is_some() {
        log_as(conn, dyno, "Stopping all processes with SIGTERM")?;
    }
    Ok(())
}

/// Stops the target's dynos: they go `down` and stay so until restarted.
pub(crate) fn stop(conn: &Connection, app: &App, target: &Target, by: &str) -> DomainResult<()> {
    let dynos = targets(conn, app, target)?;
    events::api(
        conn,
        &app.id,
        &format!("Stop {} by user {by}", describe(target)),
    )?;
    for dyno in dynos {
        if is_formation_dyno(&dyno) {
            stop_one(conn, &dyno)?;
        } else {
            stop_one_off(conn, &dyno)?;
        }
    }
    Ok(())
}

/// A one-off dyno that is running goes `down`; its runner sees that and stops the command
/// (SIGTERM to its process group, SIGKILL after a grace period). One that already ended is
/// left as it is.
fn stop_one_off(conn: &Connection, dyno: &Dyno) -> rusqlite::Result<()> {
    if dynos::is_running(&dyno.state) {
        stop_one(conn, dyno)?;
    }
    Ok(())
}

pub(crate) fn stop_one(conn: &Connection, dyno: &Dyno) -> rusqlite::Result<()> {
    log_as(conn, dyno, "Stopping all processes with SIGTERM")?;
    set_state(conn, dyno, dynos::DOWN)
}

/// Moves a dyno to `to`, logging the change from its state as last seen.
fn set_state(conn: &Connection, dyno: &Dyno, to: &str) -> rusqlite::Result<()> {
    if dyno.state != to {
        log_as(
            conn,
            dyno,
            &format!("State changed from {} to {to}", dyno.state),
        )?;
    }
    conn.execute_cached(
        "UPDATE dynos SET state = ?1, updated_at = ?2 WHERE id = ?3",
        params![to, util::timestamp(util::now()), dyno.id],
    )?;
    Ok(())
}
