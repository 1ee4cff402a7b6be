//! The router's log lines, `heroku[router]: at=info method=GET path="/" ...` in Heroku's
//! format, written to the apps' logs in batches by one writer task: a request only formats its
//! line and hands it over, never waiting for SQLite.

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Duration;

use time::OffsetDateTime;
use tokio::sync::mpsc;

use crate::domain_error::DomainError;
use crate::{Platform, events, util};

/// How long lines gather before they are written, in one transaction.
const FLUSH_INTERVAL: Duration = Duration::from_millis(100);
/// How long they gather while the router is busy (the last batch held more lines than an app's
/// buffer keeps): each write then replaces at most a buffer's worth of an app's lines once a
/// second, so logging does not cost a busy router its throughput and tail latency. A second
/// is about the delay of Heroku's own log delivery.
const BUSY_FLUSH_INTERVAL: Duration = Duration::from_secs(1);
/// The most lines taken into one transaction.
const BATCH_LINES: usize = 16_384;
/// Lines waiting for the writer; beyond this (the store is stuck) new lines are dropped, as
/// Heroku's log router drops lines it cannot deliver.
const QUEUE_LINES: usize = 65_536;

/// The router's dyno name in `heroku[router]: ...`.
const DYNO_ROUTER: &str = "router";

/// The request as the log line describes it.
pub(super) struct RequestInfo {
    pub method: hyper::Method,
    /// Path and query string.
    pub path: String,
    /// The `Host` header, as sent.
    pub host: String,
    pub request_id: String,
    /// The `X-Forwarded-For` passed to the dyno.
    pub fwd: String,
}

/// How a request ended, for its line. `None` fields print empty (`dyno= connect=`), as
/// Heroku's error lines do.
#[derive(Default)]
pub(super) struct Outcome<'a> {
    pub dyno: Option<&'a str>,
    pub connect: Option<Duration>,
    pub service: Option<Duration>,
    pub status: u16,
    pub bytes: Option<u64>,
}

/// One of Heroku's router error codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Code {
    pub code: &'static str,
    pub desc: &'static str,
}

pub(super) const H10: Code = Code {
    code: "H10",
    desc: "App crashed",
};
pub(super) const H12: Code = Code {
    code: "H12",
    desc: "Request timeout",
};
pub(super) const H13: Code = Code {
    code: "H13",
    desc: "Connection closed without response",
};
pub(super) const H14: Code = Code {
    code: "H14",
    desc: "No web processes running",
};
pub(super) const H18: Code = Code {
    code: "H18",
    desc: "Server Request Interrupted",
};
pub(super) const H19: Code = Code {
    code: "H19",
    desc: "Backend connection timeout",
};
pub(super) const H20: Code = Code {
    code: "H20",
    desc: "App boot timeout",
};
pub(super) const H21: Code = Code {
    code: "H21",
    desc: "Backend connection refused",
};
pub(super) const H99: Code = Code {
    code: "H99",
    desc: "Platform error",
};
pub(super) const H80: Code = Code {
    code: "H80",
    desc: "Maintenance mode",
};

/// The line's text: `at=info method=...`, or `at=error code=H.. desc="..." method=...`
/// (maintenance mode's H80 is `at=info`, as on Heroku).
pub(super) fn format(code: Option<Code>, request: &RequestInfo, outcome: &Outcome<'_>) -> String {
    let mut line = String::with_capacity(256);
    match code {
        Some(code) => {
            let at = if code == H80 { "info" } else { "error" };
            let _ = write!(line, "at={at} code={} desc=\"{}\" ", code.code, code.desc);
        }
        None => line.push_str("at=info "),
    }
    let _ = write!(
        line,
        "method={} path=\"{}\" host={} request_id={} fwd=\"{}\" dyno={} connect=",
        request.method,
        request.path.replace('"', "%22"),
        request.host,
        request.request_id,
        request.fwd,
        outcome.dyno.unwrap_or(""),
    );
    if let Some(connect) = outcome.connect {
        let _ = write!(line, "{}ms", connect.as_millis());
    }
    line.push_str(" service=");
    if let Some(service) = outcome.service {
        let _ = write!(line, "{}ms", service.as_millis());
    }
    let _ = write!(line, " status={} bytes=", outcome.status);
    if let Some(bytes) = outcome.bytes {
        let _ = write!(line, "{bytes}");
    }
    line.push_str(" protocol=http");
    line
}

struct Line {
    app_id: Arc<str>,
    at: OffsetDateTime,
    message: String,
}

/// Hands lines to the writer task.
#[derive(Clone)]
pub(super) struct Log {
    queue: mpsc::Sender<Line>,
}

impl Log {
    /// The log and its writer, which ends once every `Log` is dropped and the rest written.
    pub(super) fn start(platform: Platform) -> Log {
        let (queue, lines) = mpsc::channel(QUEUE_LINES);
        tokio::spawn(write_lines(platform, lines));
        Log { queue }
    }

    pub(super) fn send(&self, app_id: &Arc<str>, message: String) {
        let line = Line {
            app_id: app_id.clone(),
            at: util::now(),
            message,
        };
        // Full: the store has been stuck for a while; the line is lost rather than the request
        // held up.
        let _ = self.queue.try_send(line);
    }
}

async fn write_lines(platform: Platform, mut lines: mpsc::Receiver<Line>) {
    let mut batch = Vec::with_capacity(BATCH_LINES);
    let mut pause = FLUSH_INTERVAL;
    loop {
        if lines.recv_many(&mut batch, BATCH_LINES).await == 0 {
            return;
        }
        tokio::time::sleep(pause).await;
        while batch.len() < BATCH_LINES
            && let Ok(line) = lines.try_recv()
        {
            batch.push(line);
        }
        pause = if batch.len() > events::BUFFER_LINES as usize {
            BUSY_FLUSH_INTERVAL
        } else {
            FLUSH_INTERVAL
        };
        let ready = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_LINES));
        // A failed write loses this batch's lines; the router goes on.
        let _ = platform
            .store()
            .write_async(move |tx| write_batch(tx, ready))
            .await;
    }
}

fn write_batch(conn: &rusqlite::Connection, mut lines: Vec<Line>) -> Result<(), DomainError> {
    // Grouped by app (stable, so each app's lines keep their order).
    lines.sort_by(|a, b| a.app_id.cmp(&b.app_id));
    let mut exists = conn.prepare_cached("SELECT 1 FROM apps WHERE id = ?1")?;
    for group in lines.chunk_by(|a, b| a.app_id == b.app_id) {
        let Some(app_id) = group.first().map(|line| &line.app_id) else {
            continue;
        };
        // An app destroyed since its requests were served takes their lines with it.
        if !exists.exists([&**app_id])? {
            continue;
        }
        // Only the newest buffer's worth can be kept: the rest are not even formatted.
        let kept = &group[group.len().saturating_sub(events::BUFFER_LINES as usize)..];
        let skipped = vec![("", ""); group.len() - kept.len()];
        let stamps: Vec<String> = kept
            .iter()
            .map(|line| util::timestamp_micros(line.at))
            .collect();
        let lines: Vec<(&str, &str)> = skipped
            .into_iter()
            .chain(
                stamps
                    .iter()
                    .zip(kept)
                    .map(|(at, line)| (at.as_str(), line.message.as_str())),
            )
            .collect();
        events::append_batch(conn, app_id, events::SOURCE_HEROKU, DYNO_ROUTER, &lines)?;
    }
    Ok(())
}
