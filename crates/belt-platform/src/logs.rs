//! Log sessions and their streams. A session is a filter (dyno, source, lines, tail) behind a
//! random secret that is valid for a few minutes; its URL answers plain text lines, or when
//! asked for `text/event-stream` Server-Sent Events: one event per log line, `id:` being the
//! line's number within the app, so a client that lost the connection resumes with
//! `Last-Event-ID` and gets every later line exactly once. No keep-alive is sent: nothing
//! may come to depend on one.

use std::convert::Infallible;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OptionalExtension, params};

use super::events::{self, BUFFER_LINES, Event};
use super::{Platform, apps, util};
use crate::error::{Error, Result};

/// How long a session's URL may be used to start (or restart) its stream.
const SESSION_TTL: Duration = Duration::from_secs(300);
/// Lines of history when the request names none.
pub(crate) const DEFAULT_LINES: i64 = 100;
/// How often a tail looks for new lines: other processes write them, so there is no wake-up.
const POLL: Duration = Duration::from_millis(200);
/// How often an idle tail checks that its app still exists.
const APP_CHECK: Duration = Duration::from_secs(10);
/// Lines fetched per poll; a burst larger than this continues on the next poll at once.
const BATCH: i64 = 500;

/// What a log session streams.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub app_id: String,
    pub dyno: Option<String>,
    pub source: Option<String>,
    pub lines: i64,
    pub tail: bool,
}

/// Stores `session` and returns its secret; expired sessions are dropped on the way.
pub(crate) fn create_session(conn: &Connection, session: &Session) -> rusqlite::Result<String> {
    let now = util::now().unix_timestamp();
    conn.execute("DELETE FROM log_sessions WHERE expires_at < ?1", [now])?;
    let secret = util::new_token();
    conn.execute(
        "INSERT INTO log_sessions (secret_hash, app_id, dyno, source, lines, tail, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            util::token_hash(&secret),
            session.app_id,
            session.dyno,
            session.source,
            session.lines,
            session.tail,
            now + SESSION_TTL.as_secs() as i64
        ],
    )?;
    Ok(secret)
}

/// The unexpired session behind `secret`.
pub(crate) fn find_session(conn: &Connection, secret: &str) -> rusqlite::Result<Option<Session>> {
    conn.prepare_cached(
        "SELECT app_id, dyno, source, lines, tail FROM log_sessions
         WHERE secret_hash = ?1 AND expires_at >= ?2",
    )?
    .query_row(
        params![util::token_hash(secret), util::now().unix_timestamp()],
        |row| {
            Ok(Session {
                app_id: row.get(0)?,
                dyno: row.get(1)?,
                source: row.get(2)?,
                lines: row.get(3)?,
                tail: row.get(4)?,
            })
        },
    )
    .optional()
}

impl Platform {
    /// Appends log lines to an app (by id or name): one line per line of `message`. For
    /// features that report from outside an API transaction, such as one-off dyno output.
    pub fn append_event(&self, app: &str, source: &str, dyno: &str, message: &str) -> Result<()> {
        self.store().write(|tx| {
            let app = apps::find(tx, app)?
                .ok_or_else(|| Error::NotFound(format!("no app named {app}")))?;
            for line in message.lines() {
                events::append(tx, &app.id, source, dyno, line)?;
            }
            Ok(())
        })
    }
}

/// How a stream is written: Server-Sent Events, or plain text lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Events,
    Text,
}

impl Format {
    /// Appends one log line: an event with `id: SEQ` and the line as `data:` (a `data:` field
    /// per line), or the line's lines as text. Empty lines are left out.
    fn push(self, out: &mut String, event: &Event) {
        let line = event.line();
        let parts = line.split(['\r', '\n']).filter(|p| !p.is_empty());
        match self {
            Format::Events => {
                let _ = writeln!(out, "id: {}", event.seq);
                for part in parts {
                    let _ = writeln!(out, "data: {part}");
                }
                out.push('\n');
            }
            Format::Text => {
                for part in parts {
                    let _ = writeln!(out, "{part}");
                }
            }
        }
    }

    /// An event that only moves the client's position (plain text has none).
    fn push_position(self, out: &mut String, position: i64) {
        if self == Format::Events {
            let _ = write!(out, "id: {position}\n\n");
        }
    }
}

/// The first chunk of a stream: lines after `resume` (a `Last-Event-ID`), or else the last
/// `session.lines` matching lines; then the position, so a reconnect after an empty backlog
/// neither repeats nor skips. Returns the chunk and the position.
pub(crate) fn backlog(
    conn: &Connection,
    session: &Session,
    resume: Option<i64>,
    format: Format,
) -> rusqlite::Result<(String, i64)> {
    let (oldest, newest) = events::seq_bounds(conn, &session.app_id)?;
    let mut out = String::new();
    let after = match resume {
        Some(after) => {
            // Lines between the resume point and the oldest one kept have left the buffer.
            let lost = oldest - after - 1;
            if oldest > 0 && lost > 0 && format == Format::Events {
                let _ = write!(out, "event: gap\ndata: {lost}\n\n");
            }
            after
        }
        None => 0,
    };
    let matching: Vec<Event> = events::since(conn, &session.app_id, after, BUFFER_LINES)?
        .into_iter()
        .filter(|e| session.matches(e))
        .collect();
    let skip = match resume {
        Some(_) => 0,
        None => matching.len().saturating_sub(session.lines.max(0) as usize),
    };
    for event in &matching[skip..] {
        format.push(&mut out, event);
    }
    let position = newest.max(after);
    format.push_position(&mut out, position);
    Ok((out, position))
}

impl Session {
    fn matches(&self, event: &Event) -> bool {
        event.matches(self.source.as_deref(), self.dyno.as_deref())
    }
}

/// The stream's chunks: `first`, then, with `tail`, new lines as they are written (by any
/// process). Ends when the client goes away (the stream is dropped) or the app is deleted.
pub(crate) fn stream(
    platform: Platform,
    session: Session,
    (first, position): (String, i64),
    format: Format,
) -> impl futures_util::Stream<Item = Result<String, Infallible>> + Send + 'static {
    let state = Tail {
        platform,
        session,
        position,
        format,
        first: Some(first),
        last_check: Instant::now(),
    };
    futures_util::stream::unfold(state, |mut tail| async move {
        let chunk = tail.next_chunk().await?;
        Some((Ok::<_, Infallible>(chunk), tail))
    })
}

struct Tail {
    platform: Platform,
    session: Session,
    position: i64,
    format: Format,
    first: Option<String>,
    last_check: Instant,
}

impl Tail {
    async fn next_chunk(&mut self) -> Option<String> {
        if let Some(first) = self.first.take().filter(|f| !f.is_empty()) {
            return Some(first);
        }
        if !self.session.tail {
            return None;
        }
        loop {
            tokio::time::sleep(POLL).await;
            let (app_id, after) = (self.session.app_id.clone(), self.position);
            let check_app = self.last_check.elapsed() >= APP_CHECK;
            if check_app {
                self.last_check = Instant::now();
            }
            let (lines, app_exists) = self
                .platform
                .store()
                .read_async(move |conn| {
                    let lines = events::since(conn, &app_id, after, BATCH)?;
                    let exists = !check_app || apps::find(conn, &app_id)?.is_some();
                    Ok::<_, crate::domain_error::DomainError>((lines, exists))
                })
                .await
                .ok()?;
            if !app_exists {
                return None;
            }
            if let Some(last) = lines.last() {
                self.position = last.seq;
                let mut out = String::new();
                for event in lines.iter().filter(|e| self.session.matches(e)) {
                    self.format.push(&mut out, event);
                }
                if out.is_empty() {
                    // Only filtered-out lines: move the client's position past them anyway.
                    self.format.push_position(&mut out, self.position);
                }
                if !out.is_empty() {
                    return Some(out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: i64, dyno: &str, message: &str) -> Event {
        Event {
            id: seq,
            seq,
            created_at: "2026-11-23T10:00:00.123456Z".into(),
            source: "heroku".into(),
            dyno: dyno.into(),
            message: message.into(),
        }
    }

    #[test]
    fn events_are_sse_frames_or_text_lines_with_heroku_lines() {
        let mut out = String::new();
        Format::Events.push(
            &mut out,
            &event(7, "web.1", "State changed from starting to up"),
        );
        assert_eq!(
            out,
            "id: 7\ndata: 2026-11-23T10:00:00.123456+00:00 heroku[web.1]: State changed from starting to up\n\n"
        );
        let mut out = String::new();
        Format::Events.push(&mut out, &event(8, "run.1", "one\r\n\ntwo"));
        assert_eq!(
            out,
            "id: 8\ndata: 2026-11-23T10:00:00.123456+00:00 heroku[run.1]: one\ndata: two\n\n"
        );
        let mut out = String::new();
        Format::Text.push(&mut out, &event(8, "run.1", "one\r\n\ntwo"));
        Format::Text.push_position(&mut out, 8);
        assert_eq!(
            out,
            "2026-11-23T10:00:00.123456+00:00 heroku[run.1]: one\ntwo\n"
        );
    }

    #[test]
    fn dyno_filter_is_a_type_or_a_name() {
        let web1 = event(1, "web.1", "x");
        assert!(web1.matches(None, Some("web")));
        assert!(web1.matches(None, Some("web.1")));
        assert!(!web1.matches(None, Some("web.2")));
        assert!(!web1.matches(None, Some("we")));
        assert!(!event(1, "webhook.1", "x").matches(None, Some("web")));
        assert!(event(1, "api", "x").matches(Some("heroku"), Some("api")));
        assert!(!event(1, "api", "x").matches(Some("app"), None));
    }
}
