//! `--debug` traces, and the redaction of dry-run listings. Tokens never appear in either:
//! the Authorization header is masked, and the token and secret-looking JSON fields are
//! scrubbed from bodies. Nor do config var values: on a config-vars endpoint every value, sent
//! or answered, shows as [`REDACTED_VALUE`] (the keys, and `null` for an unset, stay).

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const REDACTED: &str = "[REDACTED]";
/// What a config var's value shows as in traces, dry-run listings and `config:set --stdin`.
pub const REDACTED_VALUE: &str = "<redacted>";
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
            scrub(&redact_body(url, body).to_string(), token)
        ));
    }
    trace(&text);
}

/// The answer to a request for `url`.
pub fn print_response(
    trace: &Trace,
    url: &str,
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
        // An error's `{id, message}` is no config, and says what went wrong.
        Ok(json) if status.is_success() => redact_body(url, &json).to_string(),
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

/// A request's or answer's `body` for `url` as traces and dry-run listings show it: on a
/// config-vars endpoint (an app's, a release's, a pipeline stage's) every value redacted,
/// elsewhere the secret-looking fields. Every value, not only those read from `--stdin` or
/// `--file`: config vars are where apps keep their secrets (a database URL's password, an
/// add-on's credentials), a trace is made to be pasted into a bug report, and the keys are
/// what debugging needs.
pub(super) fn redact_body(url: &str, body: &Value) -> Value {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    match body {
        Value::Object(vars) if path.trim_end_matches('/').ends_with("/config-vars") => {
            Value::Object(
                vars.iter()
                    .map(|(key, value)| {
                        let shown = match value {
                            Value::Null => Value::Null,
                            _ => Value::String(REDACTED_VALUE.into()),
                        };
                        (key.clone(), shown)
                    })
                    .collect(),
            )
        }
        _ => redact_json(body),
    }
}

/// `value` with the values of secret-looking keys replaced, for traces and dry-run listings.
fn redact_json(value: &Value) -> Value {
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

    #[test]
    fn config_var_values_are_redacted_on_config_var_endpoints_only() {
        let body = serde_json::json!({"PEM": "-----BEGIN", "GONE": null});
        let redacted = serde_json::json!({"PEM": REDACTED_VALUE, "GONE": null});
        for url in [
            "http://127.0.0.1:5000/apps/demo/config-vars",
            "/apps/demo/releases/3/config-vars",
            "https://api.heroku.com/pipelines/p/stage/production/config-vars/?x=1",
        ] {
            assert_eq!(redact_body(url, &body), redacted, "{url}");
        }
        assert_eq!(redact_body("/apps/demo", &body), body);
        let traced = |status, answer: &Value| {
            let lines = Arc::new(std::sync::Mutex::new(String::new()));
            let sink = Arc::clone(&lines);
            let trace: Trace = Arc::new(move |text: &str| sink.lock().unwrap().push_str(text));
            let answer = serde_json::to_vec(answer).unwrap();
            let url = "/apps/demo/config-vars";
            print_response(
                &trace,
                url,
                status,
                &HeaderMap::new(),
                &answer,
                Duration::ZERO,
                None,
            );
            lines.lock().unwrap().clone()
        };
        assert!(!traced(StatusCode::OK, &body).contains("BEGIN"));
        // An error answer is no config: its message stays readable.
        let error = serde_json::json!({"id": "invalid_params", "message": "Invalid name"});
        assert!(traced(StatusCode::UNPROCESSABLE_ENTITY, &error).contains("Invalid name"));
    }
}
