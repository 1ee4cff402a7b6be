//! Everything belt prints goes through `Output`, gh's IOStreams idea: it knows which streams are
//! terminals, whether colour is wanted, and whether the user asked for JSON.
//! Data goes to stdout; progress, warnings and errors to stderr.

mod action;
pub mod forms;
mod style;
mod table;
mod view;

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::error::{Error, Result};

pub use action::Action;
pub use style::Style;
pub use table::{key_values, table};
pub use view::{Quiet, View};

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
}

impl Output {
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
        }
    }

    /// Prompts are allowed only when a person is at both ends.
    pub fn interactive(&self) -> bool {
        self.stdin_tty && self.stdout_tty
    }

    /// Writes `text` and a newline to stdout. A closed pipe (`belt apps | head -1`) ends belt
    /// quietly, as it does for other Unix tools.
    pub fn line(&self, text: impl AsRef<str>) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        let result = stdout
            .write_all(text.as_ref().as_bytes())
            .and_then(|_| stdout.write_all(b"\n"))
            .and_then(|_| stdout.flush());
        stdout_result(result)
    }

    /// Writes `bytes` to stdout as they are and flushes, for streamed output.
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout_result(stdout.write_all(bytes).and_then(|_| stdout.flush()))
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
    pub fn action(&self, message: impl Into<String>) -> Action {
        Action::start(message.into(), !self.quiet, self.stderr_tty)
    }

    pub fn warn(&self, message: impl AsRef<str>) {
        stderr_line(&format!(
            "{} {}",
            self.err_style.yellow("warning:"),
            message.as_ref()
        ));
    }

    /// Prints a failure on stderr: JSON with `--json`, otherwise one or two lines of prose.
    pub fn error(&self, error: &Error) {
        if self.json {
            let body = serde_json::json!({"error": {
                "id": error.id(),
                "message": error.to_string(),
                "request_id": error.request_id(),
            }});
            stderr_line(&body.to_string());
            return;
        }
        stderr_line(&format!("{} {}", self.err_style.red("error:"), error));
        let detail = match (error.hint(), error.request_id()) {
            (Some(hint), Some(id)) => format!("{hint} (Request-Id: {id})"),
            (Some(hint), None) => hint.to_string(),
            (None, Some(id)) => format!("Request-Id: {id}"),
            (None, None) => return,
        };
        stderr_line(&format!("  {detail}"));
    }
}

fn stdout_result(result: std::io::Result<()>) -> Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => other.map_err(|e| Error::io("<stdout>", e)),
    }
}

/// Writes a line to stderr, ignoring failures: there is nowhere left to report them, and
/// `eprintln!` would panic.
pub fn stderr_line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{text}");
}
