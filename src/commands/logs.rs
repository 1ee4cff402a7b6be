//! logs: an app's recent log lines, and with `--tail` the lines that follow, read from a log
//! session's Server-Sent Events stream. A tail survives dropped connections: it reconnects
//! with backoff and resumes after the last line it printed (`Last-Event-ID`).

mod format;

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::api::models::LogSession;
use crate::api::sse::{Frame, Parser};
use crate::api::{Client, seg};
use crate::context::Context;
use crate::error::{Error, Result};
use format::Formatter;

/// The most lines a log buffer keeps, and so the most `--num` can ask for.
const MAX_LINES: u32 = 1500;
const FIRST_RETRY: Duration = Duration::from_millis(250);
const MAX_RETRY: Duration = Duration::from_secs(5);

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Show an app's logs
    #[command(
        name = "logs",
        long_about = "Show an app's recent log lines: platform events (heroku[api], heroku[web.1], \
            ...) and the app's own output (app[web.1], ...). With --tail, keep streaming new \
            lines; a dropped connection is resumed without losing or repeating lines.",
        after_help = "Examples:\n  belt logs -a demo\n  belt logs -a demo -n 500 --dyno web\n  \
            belt logs -a demo --tail --source app\n  belt logs -a demo --json | jq .message"
    )]
    Logs(LogsArgs),
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Number of recent lines to show (at most 1500)
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
}

pub async fn run(ctx: &Context, command: LogsCommand) -> Result<()> {
    let LogsCommand::Logs(args) = command;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let mut stream = Stream {
        ctx,
        client,
        path: format!("/apps/{}/log-sessions", seg(&app)),
        body: session_body(&args),
        formatter: Formatter::new(ctx.globals.json, ctx.out.style),
        last_id: None,
        progressed: false,
    };
    if !args.tail {
        return stream.once().await;
    }
    let mut delay = FIRST_RETRY;
    let mut connected = false;
    loop {
        stream.progressed = false;
        let outcome = stream.once().await;
        connected |= stream.progressed;
        match outcome {
            // The server ended the tail (an app being deleted does): the next connection
            // tells why, or carries on.
            Ok(()) => {}
            Err(e) if connected && is_transient(&e) => {
                if ctx.globals.debug {
                    crate::output::stderr_line(&format!("[debug] reconnecting: {e}"));
                }
            }
            Err(e) => return Err(e),
        }
        if stream.progressed {
            delay = FIRST_RETRY;
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(MAX_RETRY);
    }
}

/// The log session request, with the schema's names: `type` for a process type, `dyno_name`
/// for one dyno.
fn session_body(args: &LogsArgs) -> Value {
    let mut body = json!({ "lines": args.num, "tail": args.tail });
    if let Some(dyno) = &args.dyno {
        let key = if dyno.contains('.') {
            "dyno_name"
        } else {
            "type"
        };
        body[key] = json!(dyno);
    }
    if let Some(source) = &args.source {
        body["source"] = json!(source);
    }
    body
}

/// Failures a tail rides out by reconnecting: the network, and a server that is restarting
/// or busy.
fn is_transient(e: &Error) -> bool {
    match e {
        Error::Network { .. } => true,
        Error::Api { status, .. } => *status == 429 || *status >= 500,
        _ => false,
    }
}

struct Stream<'a> {
    ctx: &'a Context,
    client: &'a Client,
    path: String,
    body: Value,
    formatter: Formatter,
    /// The id of the last event printed (or skipped on purpose), where a reconnect resumes.
    last_id: Option<String>,
    /// Whether the current connection got as far as the stream.
    progressed: bool,
}

impl Stream<'_> {
    /// Opens a log session and prints its stream until the server ends it.
    async fn once(&mut self) -> Result<()> {
        // A log session changes nothing, so it is opened under --dry-run too.
        let session: LogSession = self.client.post_readonly(&self.path, &self.body).await?;
        let mut bytes = self
            .client
            .open_stream(&session.logplex_url, self.last_id.as_deref())
            .await?;
        self.progressed = true;
        let mut parser = Parser::new();
        let mut out = Vec::new();
        while let Some(chunk) = bytes.chunk().await? {
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

    /// Formats one event into `out`; returns the count of a `gap` event.
    fn frame(&mut self, frame: Frame<'_>, out: &mut Vec<u8>) -> Option<u64> {
        if let Some(id) = frame.id {
            id.clone_into(self.last_id.get_or_insert_default());
        }
        let data = frame.data?;
        match frame.event {
            None | Some("message") => {
                for line in data.split('\n') {
                    self.formatter.line(line, out);
                }
                None
            }
            Some("gap") => data.trim().parse().ok(),
            Some(_) => None,
        }
    }
}
