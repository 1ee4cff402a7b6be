//! `/apps/{app}/log-sessions`, and a session's stream (`logplex_url`).

use serde_json::{Value, json};

use super::apps::app_path;
use crate::api::models::LogSession;
use crate::api::{ByteStream, Client};
use crate::error::Result;

/// What a log session asks for, with the schema's names.
#[derive(Debug, Clone)]
pub struct LogRequest {
    pub lines: u32,
    pub tail: bool,
    /// A process type (`web`) or one dyno (`web.1`).
    pub dyno: Option<String>,
    pub source: Option<String>,
}

impl LogRequest {
    fn body(&self) -> Value {
        let mut body = json!({ "lines": self.lines, "tail": self.tail });
        if let Some(dyno) = &self.dyno {
            // `type` for a process type, `dyno_name` for one dyno.
            let key = if dyno.contains('.') {
                "dyno_name"
            } else {
                "type"
            };
            body[key] = json!(dyno);
        }
        if let Some(source) = &self.source {
            body["source"] = json!(source);
        }
        body
    }
}

impl Client {
    /// `POST /apps/{app}/log-sessions`. It changes nothing, so `--dry-run` sends it too.
    pub async fn open_log_session(&self, app: &str, request: &LogRequest) -> Result<LogSession> {
        let path = format!("{}/log-sessions", app_path(app));
        self.post_readonly(&path, &request.body()).await
    }

    /// A log session's stream as Server-Sent Events, resumed after `last_event_id`.
    pub async fn log_stream(&self, url: &str, last_event_id: Option<&str>) -> Result<ByteStream> {
        let mut headers = vec![("Accept", "text/event-stream".to_string())];
        if let Some(id) = last_event_id {
            headers.push(("Last-Event-ID", id.to_string()));
        }
        self.open_stream(url, &headers).await
    }
}
