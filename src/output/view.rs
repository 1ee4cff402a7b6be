//! What a command shows, decided in one place: a command fetches into a [`View`] and hands it
//! to [`Output::emit`], which prints the JSON form with `--json` and the human form otherwise.

use serde_json::Value;

use super::Output;
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
    /// Prints `view` as JSON with `--json`, for people otherwise.
    pub fn emit(&self, view: &impl View) -> Result<()> {
        if self.json {
            self.json(&view.json())
        } else {
            view.human(self)
        }
    }
}
