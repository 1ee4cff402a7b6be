//! Everything belt prints goes through `Output`, gh's IOStreams idea: it owns stdout and stderr
//! as writers (the real streams, or memory in tests), knows which streams are terminals,
//! whether colour is wanted and whether the user asked for JSON, and holds the prompts, the
//! spinner, the progress bar and the dry-run listing.
//! Data goes to stdout; progress, warnings and errors to stderr.

mod action;
mod capture;
pub mod forms;
mod prompt;
mod style;
mod table;
mod view;

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::api::{Planned, PlannedSink, Trace};
use crate::error::{Error, Result};

pub use action::Action;
pub use capture::Captured;
pub use prompt::ask;
pub use style::Style;
pub use table::{key_values, table};
pub use view::{Message, Quiet, Record, View};

/// One of the two streams, shared with the dry-run listing the client writes through.
type Stream = Arc<Mutex<Box<dyn Write + Send>>>;

pub struct Output {
    pub json: bool,
    /// No progress lines: `--json` (stderr is for JSON errors) or `--dry-run` (nothing happens).
    pub quiet: bool,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// Styling for stdout and for stderr, each on only when that stream is a colour terminal.
    pub style: Style,
    pub err_style: Style,
    stdout: Stream,
    stderr: Stream,
}

fn stream(writer: impl Write + Send + 'static) -> Stream {
    Arc::new(Mutex::new(Box::new(writer)))
}

/// The writer behind a lock; a panic elsewhere cannot leave a stream half-written for good.
fn lock(stream: &Stream) -> std::sync::MutexGuard<'_, Box<dyn Write + Send>> {
    stream.lock().unwrap_or_else(|e| e.into_inner())
}

impl Output {
    /// The process's own streams.
    pub fn new(json: bool, no_color: bool) -> Self {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let color_allowed = !no_color
            && crate::env::NO_COLOR.get_os().is_none_or(|v| v.is_empty())
            && crate::env::TERM.get().is_none_or(|t| t != "dumb");
        Output {
            json,
            quiet: json,
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty,
            style: Style::new(color_allowed && stdout_tty),
            err_style: Style::new(color_allowed && stderr_tty),
            stdout: stream(std::io::stdout()),
            stderr: stream(std::io::stderr()),
        }
    }

    /// Prompts are allowed only when a person is at both ends.
    pub fn interactive(&self) -> bool {
        self.stdin_tty && self.stdout_tty
    }

    /// Whether a command may ask a question: a person at both ends and no `--json` (a script
    /// reading JSON never answers).
    pub fn can_prompt(&self) -> bool {
        self.interactive() && !self.json
    }

    /// Writes `text` and a newline to stdout. A closed pipe (`belt apps | head -1`) is
    /// [`Error::BrokenPipe`], which ends belt quietly, as it does other Unix tools.
    pub fn line(&self, text: impl AsRef<str>) -> Result<()> {
        let mut stdout = lock(&self.stdout);
        let result = stdout
            .write_all(text.as_ref().as_bytes())
            .and_then(|_| stdout.write_all(b"\n"))
            .and_then(|_| stdout.flush());
        stdout_result(result)
    }

    /// Writes `bytes` to stdout as they are and flushes, for streamed output.
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut stdout = lock(&self.stdout);
        stdout_result(stdout.write_all(bytes).and_then(|_| stdout.flush()))
    }

    /// Streamed output that tells how a change goes (a deploy's build output): on stdout for
    /// people, left out with `--json`, whose stdout is one document.
    pub fn progress_raw(&self, bytes: &[u8]) -> Result<()> {
        if self.json {
            return Ok(());
        }
        self.raw(bytes)
    }

    /// One JSON document on stdout, pretty-printed for people and scripts alike.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| Error::Failed(format!("cannot encode JSON output: {e}")))?;
        self.line(text)
    }

    /// `=== title` and a blank line, the Heroku CLI's section header.
    pub fn header(&self, title: impl AsRef<str>) -> Result<()> {
        self.line(format!(
            "{}\n",
            self.style.bold(&format!("=== {}", title.as_ref()))
        ))
    }

    /// A progress line on stderr: `Creating ⬢ demo... done`. Silent with `--json` and
    /// `--dry-run`.
    pub fn action(&self, message: impl Into<String>) -> Action<'_> {
        Action::start(self, message.into(), !self.quiet)
    }

    /// A byte-count progress bar on stderr (`template` is indicatif's), drawn only on a
    /// terminal and never with `--json` or `--dry-run`.
    pub fn progress_bar(&self, total: u64, template: &str) -> indicatif::ProgressBar {
        if self.quiet || !self.stderr_tty {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar
    }

    /// Writes a line to stderr, ignoring failures: there is nowhere left to report them.
    pub fn err_line(&self, text: impl AsRef<str>) {
        let mut stderr = lock(&self.stderr);
        let _ = writeln!(stderr, "{}", text.as_ref()).and_then(|_| stderr.flush());
    }

    /// Shows `label` on stderr and reads a line from the terminal, without echo if `hidden`.
    pub fn prompt(&self, label: &str, hidden: bool) -> Result<String> {
        ask(&mut **lock(&self.stderr), label, hidden)
    }

    pub fn warn(&self, message: impl AsRef<str>) {
        self.err_line(format!(
            "{} {}",
            self.err_style.yellow("warning:"),
            message.as_ref()
        ));
    }

    /// `[debug] text` on stderr, for `--debug`.
    pub fn debug(&self, text: impl AsRef<str>) {
        self.err_line(format!("[debug] {}", text.as_ref()));
    }

    /// Prints a failure on stderr: JSON with `--json`, otherwise one or two lines of prose.
    pub fn error(&self, error: &Error) {
        if self.json {
            let body = serde_json::json!({"error": {
                "id": error.id(),
                "message": error.to_string(),
                "request_id": error.request_id(),
            }});
            self.err_line(body.to_string());
            return;
        }
        self.err_line(format!("{} {}", self.err_style.red("error:"), error));
        let detail = match (error.hint(), error.request_id()) {
            (Some(hint), Some(id)) => format!("{hint} (Request-Id: {id})"),
            (Some(hint), None) => hint.to_string(),
            (None, Some(id)) => format!("Request-Id: {id}"),
            (None, None) => return,
        };
        self.err_line(format!("  {detail}"));
    }

    /// Lists a request `--dry-run` does not send, on stdout: a JSON line with `--json`,
    /// `Would send: METHOD URL` and its body otherwise.
    pub fn planned(&self, request: &Planned) {
        let _ = writeln!(lock(&self.stdout), "{}", planned_text(request, self.json));
    }

    /// Where the API client lists the requests `--dry-run` stops, as [`Output::planned`] does.
    pub fn planned_sink(&self) -> PlannedSink {
        self.sink(self.json)
    }

    /// The same, always in prose: the login clients' listing, which has never been JSON.
    pub fn planned_sink_prose(&self) -> PlannedSink {
        self.sink(false)
    }

    /// Where the API client writes its `--debug` traces: this stderr.
    pub fn trace_sink(&self) -> Trace {
        let stderr = Arc::clone(&self.stderr);
        Arc::new(move |text: &str| {
            let mut stderr = lock(&stderr);
            let _ = writeln!(stderr, "{text}").and_then(|_| stderr.flush());
        })
    }

    fn sink(&self, json: bool) -> PlannedSink {
        let stdout = Arc::clone(&self.stdout);
        Arc::new(move |request: &Planned| {
            let _ = writeln!(lock(&stdout), "{}", planned_text(request, json));
        })
    }
}

fn planned_text(request: &Planned, json: bool) -> String {
    let Planned { method, url, body } = request;
    if json {
        return serde_json::json!({"dry_run": {"method": method.as_str(), "url": url, "body": body}})
            .to_string();
    }
    match body {
        Some(body) => format!("Would send: {method} {url}\n{body}"),
        None => format!("Would send: {method} {url}"),
    }
}

fn stdout_result(result: std::io::Result<()>) -> Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Error::BrokenPipe),
        other => other.map_err(|e| Error::io("<stdout>", e)),
    }
}

/// Writes a line to the process's stderr, ignoring failures, for code that runs where no
/// [`Output`] exists: resolving the account and its credential store (src/auth), before a
/// command has its context.
pub fn stderr_line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}
