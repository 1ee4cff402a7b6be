//! For verbs whose two forms need different work: only the work for the form shown is done,
//! and the JSON-or-human choice is still made here, not in the command.

use std::future::Future;

use serde_json::Value;

use super::Output;
use crate::error::Result;

/// The human form of a verb whose JSON form is the API's answer, fetched apart.
pub trait Human {
    fn human(&self, out: &Output) -> Result<()>;
}

impl Output {
    /// Awaits `json` with `--json` and prints its document, or awaits `human` and prints
    /// that: for a verb whose human form reads less (a few fields of 10,000 apps) or more (a
    /// release's config vars) than the API's answer.
    pub async fn emit_either<H: Human>(
        &self,
        json: impl Future<Output = Result<Value>>,
        human: impl Future<Output = Result<H>>,
    ) -> Result<()> {
        if self.json {
            self.json(&json.await?)
        } else {
            human.await?.human(self)
        }
    }

    /// Shows people what a change will do before it is sent (`config:import`, a dry-run
    /// rollback); scripts get only the change's answer. `lines` is awaited only when shown.
    pub async fn preview(&self, lines: impl Future<Output = Result<Vec<String>>>) -> Result<()> {
        if self.json {
            return Ok(());
        }
        self.line(lines.await?.join("\n"))
    }
}
