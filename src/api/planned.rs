//! `--dry-run`: the changes a command would send, described for the listing `Output` prints.

use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

/// A request that `--dry-run` does not send: method, absolute URL, and body (secrets
/// redacted).
#[derive(Debug, Clone)]
pub struct Planned {
    pub method: Method,
    pub url: String,
    pub body: Option<Value>,
}

/// Where the client lists each change it stops under `--dry-run`, as it stops it.
pub type PlannedSink = Arc<dyn Fn(&Planned) + Send + Sync>;
