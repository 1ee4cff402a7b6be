//! What a command shows, decided in one place: a command fetches into a [`View`] and hands it
//! to [`Output::emit`], which prints the JSON form with `--json` and the human form otherwise;
//! a stream's items are [`Record`]s.

use serde::Serialize;
use serde_json::Value;

use super::{Output, Style};
use crate::error::Result;

pub trait View {
    /// The `--json` document: usually the API's answer, kept whole.
    fn json(&self) -> Value;
    /// The form for people, on stdout.
    fn human(&self, out: &Output) -> Result<()>;
}

/// An answer that people see only as the progress line on stderr (`Enabling maintenance mode
/// for ⬢ demo... done`) and scripts get whole with `--json`.
pub struct Quiet(pub Value);

impl View for Quiet {
    fn json(&self) -> Value {
        self.0.clone()
    }

    fn human(&self, _out: &Output) -> Result<()> {
        Ok(())
    }
}

impl Output {
    /// For a verb whose `--json` form is the API's answer as it came: `--json` prints `raw`
    /// unread, so a script gets even an answer belt could not read; people get `view(raw)`.
    pub fn emit_unread<V: View>(
        &self,
        raw: Value,
        view: impl FnOnce(Value) -> Result<V>,
    ) -> Result<()> {
        if self.json {
            self.json(&raw)
        } else {
            view(raw)?.human(self)
        }
    }

    /// Prints `view` as JSON with `--json`, for people otherwise.
    pub fn emit(&self, view: &impl View) -> Result<()> {
        if self.json {
            self.json(&view.json())
        } else {
            view.human(self)
        }
    }
}

/// A result that is one JSON document for scripts and one line for people (`Logged in as
/// me@example.com`).
pub struct Message {
    pub json: Value,
    pub text: String,
}

impl Message {
    pub fn new(json: Value, text: impl Into<String>) -> Self {
        Message {
            json,
            text: text.into(),
        }
    }
}

impl View for Message {
    fn json(&self) -> Value {
        self.json.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(&self.text)
    }
}

/// One item of a stream (a log line): an NDJSON line with `--json`, its human form otherwise.
/// Items are appended to a buffer so that a chunk's items go out in one write.
pub trait Record: Serialize {
    /// The form for people, without the newline.
    fn human(&self, style: &Style, buf: &mut Vec<u8>);
}

impl Output {
    /// Appends `record` and a newline to `buf`, as JSON with `--json`.
    pub fn record(&self, record: &impl Record, buf: &mut Vec<u8>) {
        if self.json {
            // Serialising into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *buf, record);
        } else {
            record.human(&self.style, buf);
        }
        buf.push(b'\n');
    }
}
