//! `--debug` traces, and the redaction of dry-run listings. Tokens never appear in either:
//! the Authorization header is masked, and the token and secret-looking JSON fields are
//! scrubbed from bodies.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const REDACTED: &str = "[REDACTED]";
const SECRET_KEYS: &[&str] = &[
    "token",
    "access_token",
    "refresh_token",
    "api_key",
    "password",
    "secret",
];

/// Where `--debug` traces go: Output's stderr, one call a trace.
pub type Trace = Arc<dyn Fn(&str) + Send + Sync>;

pub fn note(trace: &Trace, text: &str) {
    trace(&format!("[debug] {text}"));
}

pub fn print_request(
    trace: &Trace,
    method: &Method,
    url: &str,
    headers: &[(&str, String)],
    body: Option<&Value>,
    token: Option<&str>,
) {
    let mut text = format!("--> {method} {url}");
    if token.is_some() {
        text.push_str(&format!("\n    Authorization: Bearer {REDACTED}"));
    }
    for (name, value) in headers {
        // Login sends a password as `Authorization: Basic ..`, and a second-factor code.
        let secret = name.eq_ignore_ascii_case("authorization")
            || name.to_ascii_lowercase().contains("two-factor");
        let value = if secret {
            REDACTED.to_string()
        } else {
            scrub(value, token)
        };
        text.push_str(&format!("\n    {name}: {value}"));
    }
    if let Some(body) = body {
        text.push_str(&format!(
            "\n    {}",
            scrub(&redact_json(body).to_string(), token)
        ));
    }
    trace(&text);
}

pub fn print_response(
    trace: &Trace,
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
    elapsed: Duration,
    token: Option<&str>,
) {
    let mut text = format!("<-- {status} ({} ms)", elapsed.as_millis());
    for name in ["Request-Id", "Next-Range", "Content-Range", "Retry-After"] {
        if let Some(value) = headers.get(name).and_then(|v| v.to_str().ok()) {
            text.push_str(&format!("\n    {name}: {value}"));
        }
    }
    let shown = match serde_json::from_slice::<Value>(body) {
        Ok(json) => redact_json(&json).to_string(),
        Err(_) => String::from_utf8_lossy(body).into_owned(),
    };
    if !shown.is_empty() {
        text.push_str(&format!("\n    {}", scrub(&shown, token)));
    }
    trace(&text);
}

fn scrub(text: &str, token: Option<&str>) -> String {
    match token {
        Some(token) if !token.is_empty() => text.replace(token, REDACTED),
        _ => text.to_string(),
    }
}

/// `value` with the values of secret-looking keys replaced, for traces and dry-run listings.
pub(super) fn redact_json(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let secret =
                        SECRET_KEYS.contains(&k.to_ascii_lowercase().as_str()) && !v.is_null();
                    let v = if secret {
                        Value::String(REDACTED.into())
                    } else {
                        redact_json(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact_json).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_scrubbed() {
        let body = serde_json::json!({"name": "x", "token": "abc", "nested": [{"password": "p"}]});
        let shown = scrub(&redact_json(&body).to_string(), Some("x"));
        assert!(!shown.contains("abc") && !shown.contains("\"p\""));
        assert!(shown.contains(REDACTED));
    }
}
