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

impl Planned {
    /// The request as listed: its body redacted as `--debug` redacts it (config var values
    /// included).
    pub fn new(method: Method, url: String, body: Option<&Value>) -> Planned {
        let body = body.map(|body| super::debug::redact_body(&url, body));
        Planned { method, url, body }
    }
}

/// Where the client lists each change it stops under `--dry-run`, as it stops it.
pub type PlannedSink = Arc<dyn Fn(&Planned) + Send + Sync>;
