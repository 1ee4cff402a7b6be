//! A formation dyno's life, as Heroku's dyno manager leads it: each start is a new instance
//! (the row's `instance`), run by a runner process the supervisor starts; a web dyno is `up`
//! once it listens on `$PORT`, any other once its command started; any exit is a crash, after
//! which the dyno is restarted by Heroku's crash restart policy: at once after the first
//! crash, then after cool-off periods that grow as Heroku's do (20, 40, 60, 180, then every
//! 320 minutes), scaled so the longest is `settings::restart_cooloff` (20 s by default). A
//! restart, a scale or a new release starts counting again, as on Heroku, and so does a dyno
//! that stayed up longer than the longest cool-off. Every write names the instance it is about, so the runner of an instance that a
//! restart replaced can only stop its own command.

use crate::store::Cached;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};
use time::format_description::well_known::Rfc3339;

use super::dynos::{self, Dyno};
use super::procs::ProcessId;
use super::{events, util};

/// Whether this instance of the dyno should go on running.
pub(crate) fn wanted(conn: &Connection, dyno_id: &str, instance: i64) -> rusqlite::Result<bool> {
    let state: Option<String> = conn
        .query_row(
            "SELECT state FROM dynos WHERE id = ?1 AND instance = ?2",
            params![dyno_id, instance],
            |r| r.get(0),
        )
        .optional()?;
    Ok(state.as_deref().is_some_and(dynos::is_running))
}

/// The supervisor started the instance's runner: records it and the `$PORT` it was given.
/// False when the instance is no longer the dyno's (restarted, stopped or removed meanwhile).
pub(crate) fn record_runner(
    conn: &Connection,
    dyno_id: &str,
    instance: i64,
    runner: Option<&ProcessId>,
    port: u16,
) -> rusqlite::Result<bool> {
    let changed = conn.execute_cached(
        "UPDATE dynos SET runner_pid = ?1, runner_started = ?2, port = ?3
         WHERE id = ?4 AND instance = ?5 AND state = ?6",
        params![
            runner.map(|r| r.pid),
            runner.map(|r| r.started.as_str()),
            port,
            dyno_id,
            instance,
            dynos::STARTING
        ],
    )?;
    Ok(changed > 0)
}

/// The instance's command started in the process group `group`: logged, recorded, and a
/// dyno that need not bind a port is up.
pub(crate) fn started(
    conn: &Connection,
    dyno_id: &str,
    instance: i64,
    group: Option<&ProcessId>,
    up_now: bool,
) -> rusqlite::Result<()> {
    let Some(dyno) = current(conn, dyno_id, instance)? else {
        return Ok(());
    };
    log(
        conn,
        &dyno,
        &format!("Starting process with command `{}`", dyno.command),
    )?;
    conn.execute_cached(
        "UPDATE dynos SET group_pid = ?1, group_started = ?2 WHERE id = ?3",
        params![
            group.map(|g| g.pid),
            group.map(|g| g.started.as_str()),
            dyno_id
        ],
    )?;
    if up_now {
        up(conn, dyno_id, instance)?;
    }
    Ok(())
}

/// The instance is up (a web dyno answered on its port).
pub(crate) fn up(conn: &Connection, dyno_id: &str, instance: i64) -> rusqlite::Result<()> {
    match current(conn, dyno_id, instance)? {
        Some(dyno) if dyno.state == dynos::STARTING => {
            dynos::change_state(conn, dyno_id, dynos::UP, None)
        }
        _ => Ok(()),
    }
}

/// The instance's command ended with `status` (Heroku calls any end a crash): a dyno still
/// meant to run is `crashed` and due for a restart per the policy. One that a stop, restart or
/// scale-down ended keeps what that made of it.
pub(crate) fn ended(
    conn: &Connection,
    dyno_id: &str,
    instance: i64,
    status: i32,
    cooloff_cap: Duration,
) -> rusqlite::Result<()> {
    let Some(dyno) = current(conn, dyno_id, instance)? else {
        return Ok(());
    };
    if !dynos::is_running(&dyno.state) {
        return Ok(());
    }
    dynos::change_state(conn, dyno_id, dynos::CRASHED, Some(status))?;
    schedule_restart(conn, &dyno, cooloff_cap)
}

/// When a crashed dyno is restarted: at once after its first crash in a row, then after the
/// policy's cool-offs. A dyno that had been up longer than the cap crashed for the first time.
/// `dyno` is the dyno as read before its crash was recorded.
pub(crate) fn schedule_restart(
    conn: &Connection,
    dyno: &Dyno,
    cooloff_cap: Duration,
) -> rusqlite::Result<()> {
    let count: i64 = conn.query_row_cached(
        "SELECT crash_count FROM dynos WHERE id = ?1",
        [&dyno.id],
        |r| r.get(0),
    )?;
    // `dyno` as it was before it crashed: its last change was to up (or starting).
    let stayed_up = time::OffsetDateTime::parse(&dyno.updated_at, &Rfc3339).is_ok_and(|t| {
        (util::now() - t).whole_seconds() > i64::try_from(cooloff_cap.as_secs()).unwrap_or(i64::MAX)
    });
    let count = if stayed_up { 1 } else { count + 1 };
    let wait = cooloff(count, cooloff_cap);
    conn.execute_cached(
        "UPDATE dynos SET crash_count = ?1, restart_at = ?2 WHERE id = ?3",
        params![count, util::timestamp(util::now() + wait), dyno.id],
    )?;
    Ok(())
}

/// Heroku's cool-offs after the second crash in a row and on: up to 20, 40, 60, 180 and then
/// 320 minutes, each time after. Here they keep those proportions, the last being the cap.
const COOLOFF_STEPS: [u32; 5] = [20, 40, 60, 180, 320];

fn cooloff(crashes: i64, cap: Duration) -> Duration {
    if crashes <= 1 {
        return Duration::ZERO;
    }
    let step = usize::try_from(crashes - 2)
        .unwrap_or(usize::MAX)
        .min(COOLOFF_STEPS.len() - 1);
    cap * COOLOFF_STEPS[step] / COOLOFF_STEPS[COOLOFF_STEPS.len() - 1]
}

/// A new instance of the dyno, `starting`, for the supervisor to run: after a crash (its
/// cool-off over), a restart, a new release or a resize. `command` and `release_id` are what
/// it runs.
pub(crate) fn renew(
    conn: &Connection,
    dyno: &Dyno,
    command: &str,
    reset_crashes: bool,
) -> rusqlite::Result<()> {
    conn.execute_cached(
        "UPDATE dynos SET instance = instance + 1, command = ?1, runner_pid = NULL,
             runner_started = NULL, group_pid = NULL, group_started = NULL, port = NULL,
             restart_at = NULL, crash_count = CASE WHEN ?2 THEN 0 ELSE crash_count END,
             release_id = (SELECT id FROM releases WHERE app_id = ?3 AND status = 'succeeded'
                           ORDER BY version DESC LIMIT 1)
         WHERE id = ?4",
        params![command, reset_crashes, dyno.app_id, dyno.id],
    )?;
    dynos::change_state(conn, &dyno.id, dynos::STARTING, None)
}

/// Formation dynos the supervisor has to act on: `starting` ones without a runner, and
/// crashed ones whose cool-off is over.
pub(crate) fn pending(conn: &Connection) -> rusqlite::Result<(Vec<Dyno>, Vec<Dyno>)> {
    let mut to_start = Vec::new();
    let mut to_restart = Vec::new();
    let now = util::timestamp(util::now());
    let ids: Vec<(String, String, bool, bool)> = conn
        .prepare_cached(
            "SELECT id, app_id, state = ?1 AND runner_pid IS NULL,
                    state = ?2 AND restart_at IS NOT NULL AND restart_at <= ?3
             FROM dynos WHERE name NOT LIKE 'run.%' AND name NOT LIKE 'release.%'
               AND state IN (?1, ?2)",
        )?
        .query_map(params![dynos::STARTING, dynos::CRASHED, now], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, app_id, start, restart) in ids {
        if !(start || restart) {
            continue;
        }
        if let Some(dyno) = dynos::find(conn, &app_id, &id)? {
            if start {
                to_start.push(dyno);
            } else {
                to_restart.push(dyno);
            }
        }
    }
    Ok((to_start, to_restart))
}

/// Formation dynos meant to run (starting, up, or crashed awaiting a restart) in the whole
/// platform: while there are any, someone must supervise them.
pub(crate) fn any_wanted(conn: &Connection) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT 1 FROM dynos WHERE name NOT LIKE 'run.%' AND name NOT LIKE 'release.%'
           AND (state IN (?1, ?2) OR (state = ?3 AND restart_at IS NOT NULL)) LIMIT 1",
    )?
    .exists(params![dynos::STARTING, dynos::UP, dynos::CRASHED])
}

/// Every dyno of the platform that is running, to find lost ones and to stop them all.
pub(crate) fn running(conn: &Connection) -> rusqlite::Result<Vec<Dyno>> {
    let ids: Vec<(String, String)> = conn
        .prepare_cached("SELECT id, app_id FROM dynos WHERE state IN (?1, ?2)")?
        .query_map(params![dynos::STARTING, dynos::UP], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut found = Vec::with_capacity(ids.len());
    for (id, app_id) in ids {
        found.extend(dynos::find(conn, &app_id, &id)?);
    }
    Ok(found)
}

fn current(conn: &Connection, dyno_id: &str, instance: i64) -> rusqlite::Result<Option<Dyno>> {
    let app_id: Option<String> = conn
        .query_row(
            "SELECT app_id FROM dynos WHERE id = ?1 AND instance = ?2",
            params![dyno_id, instance],
            |r| r.get(0),
        )
        .optional()?;
    match app_id {
        Some(app_id) => dynos::find(conn, &app_id, dyno_id),
        None => Ok(None),
    }
}

fn log(conn: &Connection, dyno: &Dyno, message: &str) -> rusqlite::Result<()> {
    events::append(
        conn,
        &dyno.app_id,
        events::SOURCE_HEROKU,
        &dyno.name,
        message,
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cooloff_is_immediate_then_grows_as_herokus_to_the_cap() {
        // Heroku's own, in minutes, with its 320-minute cap.
        let cap = Duration::from_secs(320);
        let waits: Vec<u64> = (1..=8).map(|n| cooloff(n, cap).as_secs()).collect();
        assert_eq!(waits, [0, 20, 40, 60, 180, 320, 320, 320]);
        assert_eq!(cooloff(i64::MAX, cap), cap);
        let laptop = Duration::from_secs(20);
        assert_eq!(cooloff(2, laptop), Duration::from_millis(1250));
        assert_eq!(cooloff(6, laptop), laptop);
    }
}
