//! The output streams of builds and release commands (`output_stream_url`): the log file as
//! it is written, to the end of the work that writes it; plain text, or Server-Sent Events on
//! request, resumable as the schema says (`Range: bytes=N-`, `Last-Event-ID`).

use std::path::PathBuf;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::header::{CONTENT_RANGE, CONTENT_TYPE, RANGE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rusqlite::Connection;

use super::logs::wants_event_stream;
use crate::Platform;
use crate::http::{ApiError, ApiResult};

/// How often an output stream looks for new lines.
const POLL: Duration = Duration::from_millis(100);
/// The status of work still writing its output (a build's and a release's alike).
const PENDING: &str = "pending";

/// Reads the status of the work (by id) whose output is streamed.
pub(super) type ReadStatus = fn(&Connection, &str) -> rusqlite::Result<Option<String>>;

/// Where an output stream is: how much of the log it has sent, and whether the work is over.
struct Follow {
    platform: Platform,
    id: String,
    path: PathBuf,
    read_status: ReadStatus,
    sent: usize,
    finished: bool,
    events: bool,
}

impl Follow {
    /// The log from `sent` on as the client asked for it: raw bytes, or an event per whole
    /// line with the byte offset after it as `id:` (a `Last-Event-ID` resumes there).
    fn chunk(&mut self, text: &[u8]) -> Option<Bytes> {
        let new = text.get(self.sent..).unwrap_or_default();
        let whole = match (self.events, self.finished) {
            (false, _) | (true, true) => new.len(),
            (true, false) => new
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |end| end + 1),
        };
        if whole == 0 {
            return None;
        }
        let start = self.sent;
        self.sent += whole;
        if !self.events {
            return Some(Bytes::copy_from_slice(&new[..whole]));
        }
        let mut out = String::new();
        let mut offset = start;
        for line in new[..whole].split_inclusive(|b| *b == b'\n') {
            offset += line.len();
            let line = String::from_utf8_lossy(line);
            out.push_str(&format!("id: {offset}\n"));
            for part in line.trim_end_matches(['\r', '\n']).split('\r') {
                out.push_str(&format!("data: {part}\n"));
            }
            out.push('\n');
        }
        Some(Bytes::from(out))
    }
}

/// Where a stream starts: a `Range: bytes=N-` (plain text) or `Last-Event-ID` (events).
/// Other ranges are ignored, as HTTP allows.
fn resume_at(headers: &HeaderMap, events: bool) -> Option<usize> {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if events {
        header("last-event-id")?.trim().parse().ok()
    } else {
        header(RANGE.as_str())?
            .trim()
            .strip_prefix("bytes=")?
            .strip_suffix('-')?
            .parse()
            .ok()
    }
}

/// Whose output is streamed.
pub(super) struct Work {
    /// The table of its rows, which have `id` and `output_secret` columns.
    pub table: &'static str,
    /// What a 404 calls it.
    pub resource: &'static str,
    pub read_status: ReadStatus,
}

/// The output at `path` of work `id` (404 unless `secret` is its output secret), sent as it is
/// written and ending when the work does.
pub(super) async fn serve(
    platform: Platform,
    headers: &HeaderMap,
    work: Work,
    path: PathBuf,
    id: String,
    secret: String,
) -> ApiResult<Response> {
    let Work {
        table,
        resource,
        read_status,
    } = work;
    let lookup = id.clone();
    let status = platform
        .store()
        .read_async(move |conn| {
            let sql = format!("SELECT 1 FROM {table} WHERE id = ?1 AND output_secret = ?2");
            let known = conn.prepare_cached(&sql)?.exists([&lookup, &secret])?;
            Ok::<_, ApiError>(if known {
                read_status(conn, &lookup)?
            } else {
                None
            })
        })
        .await?
        .ok_or_else(|| ApiError::not_found(resource, format!("Couldn't find that {resource}.")))?;
    let events = wants_event_stream(headers);
    let resume = resume_at(headers, events);
    let length = tokio::fs::metadata(&path)
        .await
        .map_or(0, |m| m.len() as usize);
    let finished = status != PENDING;
    let start = resume.unwrap_or(0);
    let mut code = StatusCode::OK;
    let mut range = None;
    if let (Some(start), false) = (resume, events) {
        if start > length {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{length}")) {
                response.headers_mut().insert(CONTENT_RANGE, v);
            }
            return Ok(response);
        }
        code = StatusCode::PARTIAL_CONTENT;
        // The whole length is known only once the work is over.
        if finished && start < length {
            range = HeaderValue::from_str(&format!("bytes {start}-{}/{length}", length - 1)).ok();
        }
    }
    let begin = Follow {
        platform,
        id,
        path,
        read_status,
        sent: start.min(length),
        finished: false,
        events,
    };
    let stream = futures_util::stream::unfold(begin, |mut follow| async move {
        while !follow.finished {
            // Read the status first: output written before the work ended is then in the file.
            let (id, read_status) = (follow.id.clone(), follow.read_status);
            let status = follow
                .platform
                .store()
                .read_async(move |conn| Ok::<_, ApiError>(read_status(conn, &id)?))
                .await;
            follow.finished = !matches!(status, Ok(Some(ref s)) if s == PENDING);
            let text = tokio::fs::read(&follow.path).await.unwrap_or_default();
            if let Some(chunk) = follow.chunk(&text) {
                return Some((Ok::<_, std::io::Error>(chunk), follow));
            }
            if !follow.finished {
                tokio::time::sleep(POLL).await;
            }
        }
        None
    });
    let mut response = Body::from_stream(stream).into_response();
    *response.status_mut() = code;
    let content_type = if events {
        "text/event-stream; charset=utf-8"
    } else {
        "text/plain; charset=utf-8"
    };
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(range) = range {
        headers.insert(CONTENT_RANGE, range);
    }
    Ok(response)
}
