//! The per-app event log: every state change appends a line (`heroku[api]: ...`), which is
//! what `belt logs` shows. Bounded like Heroku's log buffer.

use rusqlite::{Connection, params};

use super::util;

/// Lines kept per app; older ones are dropped as new ones arrive.
pub(crate) const BUFFER_LINES: i64 = 1500;

/// Who produced a line: `heroku` for the platform itself (`app` for the app's own output).
pub(crate) const SOURCE_HEROKU: &str = "heroku";
/// The app's own output (one-off and formation dynos).
pub(crate) const SOURCE_APP: &str = "app";
/// The platform API's "dyno" in lines like `heroku[api]: ...`.
pub(crate) const DYNO_API: &str = "api";

/// One log line: `created_at source[dyno]: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub created_at: String,
    pub source: String,
    pub dyno: String,
    pub message: String,
}

/// Appends one line for `app_id`; call inside the write transaction of the change it reports.
pub(crate) fn append(
    conn: &Connection,
    app_id: &str,
    source: &str,
    dyno: &str,
    message: &str,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO events (app_id, created_at, source, dyno, message) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            app_id,
            util::timestamp_micros(util::now()),
            source,
            dyno,
            message
        ],
    )?;
    let id = conn.last_insert_rowid();
    // Ids are shared by all apps, so the cut-off is this app's BUFFER_LINES+1-th newest line.
    conn.execute(
        "DELETE FROM events WHERE app_id = ?1 AND id <= (
             SELECT id FROM events WHERE app_id = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)",
        params![app_id, BUFFER_LINES],
    )?;
    Ok(id)
}

/// A platform API line, `heroku[api]: MESSAGE`.
pub(crate) fn api(conn: &Connection, app_id: &str, message: &str) -> rusqlite::Result<i64> {
    append(conn, app_id, SOURCE_HEROKU, DYNO_API, message)
}

/// The latest `limit` lines of `app_id` after event id `after`, oldest first.
pub(crate) fn recent(
    conn: &Connection,
    app_id: &str,
    after: i64,
    limit: i64,
) -> rusqlite::Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, created_at, source, dyno, message FROM (
             SELECT * FROM events WHERE app_id = ?1 AND id > ?2 ORDER BY id DESC LIMIT ?3
         ) ORDER BY id ASC",
    )?;
    let rows = stmt.query_map(params![app_id, after, limit], |row| {
        Ok(Event {
            id: row.get(0)?,
            created_at: row.get(1)?,
            source: row.get(2)?,
            dyno: row.get(3)?,
            message: row.get(4)?,
        })
    })?;
    rows.collect()
}
