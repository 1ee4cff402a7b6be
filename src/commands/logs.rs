//! logs: an app's recent log lines, and with `--tail` the lines that follow, read from a log
//! session's stream as the official CLI reads it: Server-Sent Events asked for with
//! `Accept: text/event-stream` (a `text/plain` answer is read as plain lines). A dropped
//! stream reconnects with backoff to the same `logplex_url` with `Last-Event-ID`, resuming
//! after the last line printed; only when that URL has expired is a new session opened.
//! With `--since`, `--until` or `--grep` the history is the platform's whole buffer, filtered
//! here (see `filter`), and a tail follows in a second session that resumes after it.

mod filter;
mod format;

use clap::{Args, Subcommand};

use crate::api::endpoints::LogRequest;
use crate::api::reconnect::{FIRST_RETRY, MAX_RETRY, is_transient};
use crate::api::{ByteStream, Client};
use crate::context::Context;
use crate::error::{Error, Result};
use belt_text::sse::{Frame, Parser};
use filter::{Filter, History, TimeArg};
use format::Logged;
use regex_lite::Regex;

/// The most lines a log buffer keeps, and so the most `--num` can ask for.
const MAX_LINES: u32 = 1500;
/// Reconnects in a row that may bring no new line to a history (not a tail) before belt
/// gives up: a server that always cuts the stream must not keep belt busy.
const MAX_STALLS: u32 = 5;

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Show an app's logs
    #[command(
        name = "logs",
        long_about = "Show an app's recent log lines: platform events (heroku[api], heroku[web.1], \
            ...) and the app's own output (app[web.1], ...). With --tail, keep streaming new \
            lines; a dropped connection is resumed without losing or repeating lines.\n\n\
            --since and --until pick lines by the time each line is stamped with (lines \
            without a timestamp are then left out); --grep and --grep-regex by the text of the \
            line as printed. The platform has no such filters, so with any of them belt reads \
            the platform's whole buffer (its last 1,500 lines), filters it, and shows the last \
            -n of the matching lines; a tail is filtered the same way. When the buffer is full \
            and the window may reach past its oldest line, a warning on stderr says so.",
        after_help = "Examples:\n  belt logs -a demo\n  belt logs -a demo -n 500 --dyno web\n  \
            belt logs -a demo --tail --source app\n  belt logs -a demo --json | jq .message\n  \
            belt logs -a demo --since 2h --until 1h --grep 'status=500'\n  \
            belt logs -a demo --since 2026-11-23T10:00:00Z -n 1500\n  \
            belt logs -a demo --tail --grep-regex 'at=error code=H1[0-9]'"
    )]
    Logs(LogsArgs),
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Number of recent lines to show (at most 1500); with a filter, the last N matching lines
    #[arg(short, long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_LINES)))]
    pub num: u32,
    /// Keep streaming new lines until interrupted
    #[arg(short, long)]
    pub tail: bool,
    /// Only lines of this process type (`web`) or dyno (`web.1`)
    #[arg(short, long, value_name = "DYNO")]
    pub dyno: Option<String>,
    /// Only lines from this source
    #[arg(short, long, value_name = "SOURCE", value_parser = ["app", "heroku"])]
    pub source: Option<String>,
    /// Only lines stamped at or after TIME: 30s, 10m, 2h, 1d ago, or ISO 8601 (UTC unless
    /// it has an offset)
    #[arg(long, value_name = "TIME", value_parser = filter::parse_time)]
    pub since: Option<TimeArg>,
    /// Only lines stamped at or before TIME (the forms of --since). Not with --tail, which
    /// follows new lines: to stop one at a time, run it under `timeout`
    #[arg(long, value_name = "TIME", value_parser = filter::parse_time, conflicts_with = "tail")]
    pub until: Option<TimeArg>,
    /// Only lines containing TEXT (case-sensitive)
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// Only lines matching the regular expression RE (Rust regex syntax; `(?i)` ignores case)
    #[arg(long, value_name = "RE", value_parser = filter::parse_regex, conflicts_with = "grep")]
    pub grep_regex: Option<Regex>,
}

pub async fn run(ctx: &Context, command: LogsCommand) -> Result<()> {
    let LogsCommand::Logs(args) = command;
    let filter = Filter::new(
        args.since,
        args.until,
        args.grep,
        args.grep_regex,
        time::OffsetDateTime::now_utc(),
    )?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let filtered = filter.is_active();
    let mut stream = Stream {
        ctx,
        client,
        app: &app,
        request: LogRequest {
            // A filter picks among everything the platform keeps; -n applies afterwards.
            lines: if filtered { MAX_LINES } else { args.num },
            // A filtered history is read to its end first, to show only its last -n lines.
            tail: args.tail && !filtered,
            dyno: args.dyno,
            source: args.source,
        },
        filter: &filter,
        history: filtered.then(|| History::new(args.num)),
        url: None,
        sessions: 0,
        last_id: None,
        progressed: false,
        received: false,
    };
    stream.follow().await?;
    let Some(history) = stream.history.take() else {
        return Ok(());
    };
    let mut out = Vec::new();
    for entry in history.matching() {
        stream.print(entry, &mut out);
    }
    ctx.out.raw(&out)?;
    if let Some(notice) = history.notice(&filter) {
        ctx.out.warn(notice);
    }
    if !args.tail {
        return Ok(());
    }
    // The tail: a new session that resumes after the history's last line.
    stream.request.tail = true;
    stream.url = None;
    stream.follow().await
}

struct Stream<'a> {
    ctx: &'a Context,
    client: &'a Client,
    app: &'a str,
    request: LogRequest,
    filter: &'a Filter,
    /// A filtered history being read: its lines are held, to show the last -n at its end.
    history: Option<History>,
    /// The session's stream URL, reused by reconnects until it expires.
    url: Option<String>,
    /// Sessions opened so far.
    sessions: u32,
    /// The id of the last event printed (or skipped on purpose), where a reconnect resumes.
    last_id: Option<String>,
    /// Whether the current connection got as far as the stream.
    progressed: bool,
    /// Whether the current connection brought any of the stream's bytes.
    received: bool,
}

impl Stream<'_> {
    /// Reads the stream to its end (a history) or until interrupted (a tail), reconnecting
    /// after transient failures.
    async fn follow(&mut self) -> Result<()> {
        let tail = self.request.tail;
        let mut delay = FIRST_RETRY;
        let mut connected = false;
        let mut stalls = 0;
        loop {
            self.progressed = false;
            self.received = false;
            let reused = self.url.is_some();
            let before = self.last_id.clone();
            let outcome = self.once().await;
            connected |= self.progressed;
            stalls = if self.last_id == before {
                stalls + 1
            } else {
                0
            };
            match outcome {
                Ok(()) if !tail => return Ok(()),
                Err(e) if !tail && stalls > MAX_STALLS => return Err(e),
                // The server ended the tail: the same URL carries on, or says why not.
                Ok(()) => {}
                // The session's URL has expired: a new session resumes at the same place.
                Err(Error::Api { status, .. }) if reused && matches!(status, 403 | 404 | 410) => {
                    self.url = None;
                    continue;
                }
                Err(e) if connected && is_transient(&e) => {
                    if self.ctx.globals.debug {
                        self.ctx.out.debug(format!("reconnecting: {e}"));
                    }
                }
                Err(e) => return Err(e),
            }
            // Only a connection that brought something resets the wait: a server that accepts
            // and hangs up at once is asked again less and less often, not four times a second.
            if self.received {
                delay = FIRST_RETRY;
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(MAX_RETRY);
        }
    }

    /// Opens the stream (and first a log session, unless one is open) and prints it until
    /// the server ends it.
    async fn once(&mut self) -> Result<()> {
        let url = match &self.url {
            Some(url) => url.clone(),
            None => {
                let mut request = self.request.clone();
                if self.sessions > 0 {
                    // A session after an expired one, or the tail after a filtered history:
                    // the history is on screen already.
                    request.lines = 0;
                }
                self.sessions += 1;
                let session = self.client.open_log_session(self.app, &request).await?;
                self.url = Some(session.logplex_url.clone());
                session.logplex_url
            }
        };
        let mut bytes = self
            .client
            .log_stream(&url, self.last_id.as_deref())
            .await?;
        self.progressed = true;
        if bytes.is_event_stream() {
            self.read_events(&mut bytes).await
        } else {
            let outcome = self.read_text(&mut bytes).await;
            // Plain text has no position to resume at: a reconnect needs a new session.
            self.url = None;
            outcome
        }
    }

    async fn read_events(&mut self, bytes: &mut ByteStream) -> Result<()> {
        let mut parser = Parser::new();
        let mut out = Vec::new();
        while let Some(chunk) = bytes.chunk().await? {
            self.received = true;
            let mut lost = None;
            parser.push(chunk.as_ref(), |frame| {
                lost = lost.or(self.frame(frame, &mut out));
            });
            // Everything complete in this chunk goes out at once, also into a pipe.
            self.ctx.out.raw(&out)?;
            out.clear();
            if let Some(lost) = lost {
                self.ctx
                    .out
                    .warn(format!("{lost} log lines were lost while reconnecting"));
            }
        }
        Ok(())
    }

    /// A `text/plain` stream: one log line per line.
    async fn read_text(&mut self, bytes: &mut ByteStream) -> Result<()> {
        let mut partial = Vec::new();
        let mut out = Vec::new();
        while let Some(chunk) = bytes.chunk().await? {
            self.received = true;
            partial.extend_from_slice(chunk.as_ref());
            let Some(end) = partial.iter().rposition(|b| *b == b'\n') else {
                continue;
            };
            let rest = partial.split_off(end + 1);
            self.text_lines(&String::from_utf8_lossy(&partial), &mut out);
            partial = rest;
            self.ctx.out.raw(&out)?;
            out.clear();
        }
        self.text_lines(&String::from_utf8_lossy(&partial), &mut out);
        self.ctx.out.raw(&out)
    }

    /// Plain text has no events: each line is one line of the buffer.
    fn text_lines(&mut self, text: &str, out: &mut Vec<u8>) {
        for line in text.split('\n') {
            self.entry(line, out);
        }
    }

    /// One line of the buffer (an event's data, which may span lines): held while a
    /// filtered history is read, otherwise formatted into `out` if it passes the filter.
    fn entry(&mut self, entry: &str, out: &mut Vec<u8>) {
        if !entry.split(['\n', '\r']).any(|l| !l.is_empty()) {
            return;
        }
        match &mut self.history {
            Some(history) => history.push(self.filter, entry),
            None if self.filter.keeps(entry) => self.print(entry, out),
            None => {}
        }
    }

    /// Formats each non-empty line of `entry` into `out`.
    fn print(&self, entry: &str, out: &mut Vec<u8>) {
        for line in entry.split(['\n', '\r']).filter(|l| !l.is_empty()) {
            self.ctx.out.record(&Logged(line), out);
        }
    }

    /// Formats one event into `out`; returns the count of a `gap` event.
    fn frame(&mut self, frame: Frame<'_>, out: &mut Vec<u8>) -> Option<u64> {
        if let Some(id) = frame.id {
            id.clone_into(self.last_id.get_or_insert_default());
        }
        let data = frame.data?;
        match frame.event {
            None | Some("message") => {
                // Empty data lines are dropped, as the official CLI does.
                self.entry(data, out);
                None
            }
            Some("gap") => data.trim().parse().ok(),
            Some(_) => None,
        }
    }
}
