//! The per-app event log: every state change appends a line (`heroku[api]: ...`), which is
//! what `belt logs` shows. Bounded like Heroku's log buffer.

use crate::store::Cached;
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
    /// The line's number within its app (1, 2, ...): a log stream's event id, and how many
    /// lines a resumed stream missed when older ones have left the buffer.
    pub seq: i64,
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
    conn.execute_cached(
        "INSERT INTO events (app_id, created_at, source, dyno, message, seq) VALUES (?1, ?2, ?3, ?4, ?5,
             COALESCE((SELECT MAX(seq) FROM events WHERE app_id = ?1), 0) + 1)",
        params![
            app_id,
            util::timestamp_micros(util::now()),
            source,
            dyno,
            message
        ],
    )?;
    let id = conn.last_insert_rowid();
    trim(conn, app_id)?;
    Ok(id)
}

/// Appends many lines of one app, each `(created_at, message)`, trimming the buffer once (the
/// router's batches). Lines the trim would
/// drop in the same transaction, which no reader could ever see, are not written; their
/// numbers are skipped, so a log stream counts them as missed.
pub(crate) fn append_batch(
    conn: &Connection,
    app_id: &str,
    source: &str,
    dyno: &str,
    lines: &[(&str, &str)],
) -> rusqlite::Result<()> {
    let mut seq: i64 = conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) FROM events WHERE app_id = ?1")?
        .query_row([app_id], |row| row.get(0))?;
    let unseen = lines.len().saturating_sub(BUFFER_LINES as usize);
    seq += unseen as i64;
    let mut insert = conn.prepare_cached(
        "INSERT INTO events (app_id, created_at, source, dyno, message, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for &(created_at, message) in &lines[unseen..] {
        seq += 1;
        insert.execute(params![app_id, created_at, source, dyno, message, seq])?;
    }
    trim(conn, app_id)
}

/// Drops the app's lines beyond the newest [`BUFFER_LINES`]. An app's newest lines have
/// consecutive `seq` (one more per line; the only gap, below a batch that fills the buffer, is
/// trimmed with it), so the cut-off is a `seq` found in the index, not a walk over the buffer.
pub(crate) const TRIM: &str = "DELETE FROM events WHERE app_id = ?1
     AND seq <= (SELECT MAX(seq) FROM events WHERE app_id = ?1) - ?2";

fn trim(conn: &Connection, app_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(TRIM)?
        .execute(params![app_id, BUFFER_LINES])?;
    Ok(())
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
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM (
             SELECT * FROM events WHERE app_id = ?1 AND id > ?2 ORDER BY id DESC LIMIT ?3
         ) ORDER BY id ASC"
    ))?;
    let rows = stmt.query_map(params![app_id, after, limit], Event::from_row)?;
    rows.collect()
}

/// Columns of [`Event`], in [`Event::from_row`] order.
const COLUMNS: &str = "id, seq, created_at, source, dyno, message";

impl Event {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
        Ok(Event {
            id: row.get(0)?,
            seq: row.get(1)?,
            created_at: row.get(2)?,
            source: row.get(3)?,
            dyno: row.get(4)?,
            message: row.get(5)?,
        })
    }

    /// Whether this line passes a log session's filters: `source` exactly (`app`,
    /// `heroku`), `dyno` as a process type (`web` matches `web.1`) or a dyno name (`web.1`).
    pub(crate) fn matches(&self, source: Option<&str>, dyno: Option<&str>) -> bool {
        let source_ok = source.is_none_or(|s| s == self.source);
        let dyno_ok = dyno.is_none_or(|d| {
            self.dyno == d
                || (self.dyno.len() > d.len()
                    && self.dyno.starts_with(d)
                    && self.dyno.as_bytes()[d.len()] == b'.')
        });
        source_ok && dyno_ok
    }

    /// The line as Heroku prints it: `2026-11-23T10:00:00.123456+00:00 heroku[web.1]: msg`.
    pub(crate) fn line(&self) -> String {
        let at = self
            .created_at
            .strip_suffix('Z')
            .map_or_else(|| self.created_at.clone(), |t| format!("{t}+00:00"));
        format!("{at} {}[{}]: {}", self.source, self.dyno, self.message)
    }
}

/// Lines of `app_id` numbered above `after_seq`, oldest first, at most `limit`.
pub(crate) fn since(
    conn: &Connection,
    app_id: &str,
    after_seq: i64,
    limit: i64,
) -> rusqlite::Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM events WHERE app_id = ?1 AND seq > ?2 ORDER BY seq ASC LIMIT ?3"
    ))?;
    let rows = stmt.query_map(params![app_id, after_seq, limit], Event::from_row)?;
    rows.collect()
}

/// The oldest and newest line numbers still in `app_id`'s buffer (0, 0 when empty).
pub(crate) fn seq_bounds(conn: &Connection, app_id: &str) -> rusqlite::Result<(i64, i64)> {
    conn.prepare_cached(
        "SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events WHERE app_id = ?1",
    )?
    .query_row([app_id], |row| Ok((row.get(0)?, row.get(1)?)))
}
