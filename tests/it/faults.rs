//! Faults between belt and its backend: down, slow, 5xx, 429/502/503 with Retry-After, cut
//! connections, malformed bodies, a certificate from the wrong CA. Safe requests (GET) are
//! retried, unsafe ones (POST, PATCH) never; every failure is a clear error with its
//! Request-Id and exit code, within the timeouts, without a panic. (An SSE stream cut
//! mid-line is tests/it/logs.rs::tail_resumes_a_cut_stream_with_every_line_exactly_once.)

use std::time::Duration;

use crate::harness::fake::{FakeBackend, Reply};
use crate::harness::{Sandbox, run_guarded};

const APP: &str = r#"{"id":"01234567-89ab-4def-8123-456789abcdef","name":"demo"}"#;
/// MAX_RETRIES in src/api/client.rs, plus the first attempt.
const GET_ATTEMPTS: usize = 4;

/// Runs belt against `backend` with a 1 s read timeout; returns (code, stdout, stderr).
fn belt(sb: &Sandbox, url: &str, args: &[&str]) -> (i32, String, String) {
    run_guarded(
        sb.belt()
            .args(args)
            .args(["--api-url", url])
            .env("BELT_API_KEY", "test-token")
            .env("BELT_HTTP_TIMEOUT", "1"),
    )
}

/// A GET (`maintenance`, one request), a POST (`apps:create`) and a PATCH (`config:set`) against `backend`,
/// each failing with `code`; returns the GET's stderr after checking the attempt counts.
fn get_retried_post_and_patch_not(sb: &Sandbox, backend: &FakeBackend, code: i32) -> String {
    let (got, _, get_err) = belt(sb, &backend.url, &["maintenance", "-a", "demo"]);
    assert_eq!(got, code, "{get_err}");
    assert_eq!(
        backend.count("GET "),
        GET_ATTEMPTS,
        "{:?}",
        backend.requests()
    );
    let (got, _, err) = belt(sb, &backend.url, &["apps:create", "demo"]);
    assert_eq!(got, code, "{err}");
    assert_eq!(backend.count("POST "), 1, "{:?}", backend.requests());
    let (got, _, err) = belt(sb, &backend.url, &["config:set", "A=1", "-a", "demo"]);
    assert_eq!(got, code, "{err}");
    assert_eq!(backend.count("PATCH "), 1, "{:?}", backend.requests());
    get_err
}

#[test]
fn backend_down_is_a_clear_network_error() {
    let sb = Sandbox::new();
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let (code, _, stderr) = belt(&sb, &url, &["maintenance", "-a", "demo"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("could not connect to 127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(stderr.contains("Request-Id: "), "{stderr}");
}

#[test]
fn throttled_and_unavailable_answers_retry_only_safe_requests() {
    for status in [429, 502, 503] {
        let sb = Sandbox::new();
        let body = format!(r#"{{"id":"unavailable","message":"try later ({status})"}}"#);
        let backend =
            FakeBackend::start(move |_, _| Reply::json(status, &[("Retry-After", "0")], &body));
        let stderr = get_retried_post_and_patch_not(&sb, &backend, 1);
        assert!(
            stderr.contains(&format!("try later ({status})")),
            "{stderr}"
        );
        assert!(
            stderr.contains(&format!("Request-Id: fake-{status}")),
            "{stderr}"
        );
    }
}

#[test]
fn a_get_succeeds_once_the_backend_recovers() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|n, _| match n {
        0 => Reply::json(503, &[("Retry-After", "0")], "{}"),
        1 => Reply::Close,
        _ => Reply::json(200, &[], APP),
    });
    let (code, stdout, stderr) = belt(&sb, &backend.url, &["maintenance", "-a", "demo", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"maintenance\""), "{stdout}");
    assert_eq!(backend.count("GET /apps/demo"), 3);
}

#[test]
fn server_errors_are_not_retried_and_show_the_request_id() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, _| {
        Reply::json(
            500,
            &[],
            r#"{"id":"internal_server_error","message":"boom"}"#,
        )
    });
    let (code, _, stderr) = belt(&sb, &backend.url, &["maintenance", "-a", "demo"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("error: boom"), "{stderr}");
    assert!(stderr.contains("Request-Id: fake-500"), "{stderr}");
    assert_eq!(backend.count("GET "), 1);
    // --json errors carry the id too.
    let (code, _, stderr) = belt(&sb, &backend.url, &["maintenance", "-a", "demo", "--json"]);
    assert_eq!(code, 1);
    let error: serde_json::Value = serde_json::from_str(stderr.trim()).expect("JSON error");
    assert_eq!(error["error"]["request_id"], "fake-500");
}

#[test]
fn a_backend_slower_than_the_read_timeout_is_abandoned() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, _| {
        Reply::After(
            Duration::from_secs(20),
            Box::new(Reply::json(200, &[], APP)),
        )
    });
    let stderr = get_retried_post_and_patch_not(&sb, &backend, 1);
    assert!(
        stderr.contains("timed out waiting for 127.0.0.1:"),
        "{stderr}"
    );
    assert!(stderr.contains("Request-Id: "), "{stderr}");
}

#[test]
fn a_connection_cut_mid_response_is_retried_only_when_safe() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, _| Reply::cut(200, APP, 10));
    let stderr = get_retried_post_and_patch_not(&sb, &backend, 1);
    assert!(
        stderr.contains("lost the connection to 127.0.0.1:"),
        "{stderr}"
    );

    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, _| Reply::Close);
    let stderr = get_retried_post_and_patch_not(&sb, &backend, 1);
    assert!(stderr.contains("127.0.0.1:"), "{stderr}");
}

#[test]
fn malformed_bodies_are_protocol_errors_not_panics() {
    // (status, body, exit code, message, whether the error shows the Request-Id)
    for (status, body, code, expected, with_id) in [
        (200, r#"{"name": "demo", "#, 1, "cannot read", true),
        (200, "<html>hello</html>", 1, "cannot read", true),
        (200, "", 1, "cannot read", true),
        // Valid JSON of the wrong shape, found out after the response was read.
        (200, r#"[1, 2, 3]"#, 1, "cannot read", true),
        (
            404,
            "<html>gone</html>",
            4,
            "the backend answered 404 Not Found",
            true,
        ),
        (
            401,
            r#"{"id": 5, "message": ["x"]}"#,
            3,
            "the backend answered 401",
            true,
        ),
    ] {
        let sb = Sandbox::new();
        let backend = FakeBackend::start(move |_, _| Reply::json(status, &[], body));
        let (got, _, stderr) = belt(&sb, &backend.url, &["maintenance", "-a", "demo"]);
        assert_eq!(got, code, "{body}: {stderr}");
        assert!(stderr.contains(expected), "{body}: {stderr}");
        let id = format!("Request-Id: fake-{status}");
        assert_eq!(stderr.contains(&id), with_id, "{body}: {stderr}");
        assert_eq!(backend.count("GET "), 1, "{body}");
    }
}

#[test]
fn a_certificate_from_the_wrong_ca_is_refused_without_retrying() {
    let sb = Sandbox::new();
    let server = sb.serve();
    // A CA the server's certificate was not signed by.
    let other = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let wrong_ca = sb.path("wrong-ca.pem");
    std::fs::write(&wrong_ca, other.cert.pem()).unwrap();
    let (code, _, stderr) = run_guarded(
        sb.belt()
            .args(["apps", "--debug", "--api-url", &server.url])
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &wrong_ca),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("certificate is not trusted"), "{stderr}");
    assert!(!stderr.contains(&server.token), "{stderr}");
    // --debug notes each retry: a certificate will not change by asking again.
    assert!(!stderr.contains("retrying"), "{stderr}");

    // With the right CA the same command works.
    let ca = server.ca.to_string_lossy().into_owned();
    let (code, _, stderr) = run_guarded(
        sb.belt()
            .args(["apps", "--api-url", &server.url])
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &ca),
    );
    assert_eq!(code, 0, "{stderr}");
}

/// `--json` prints the API's answer as it came: an account or an app missing fields belt reads
/// (`email`, `id`) still reaches a script whole, while the human form says it cannot read it.
#[test]
fn json_prints_answers_belt_cannot_read_unread() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, head| {
        let body = if head == "GET /account" {
            r#"{"name":"no email here"}"#
        } else if head == "GET /apps/demo" {
            r#"{"name":"demo","odd":true}"#
        } else {
            "[]"
        };
        Reply::json(200, &[], body)
    });
    let (code, stdout, stderr) = belt(&sb, &backend.url, &["whoami", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let whoami: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(whoami["name"], "no email here", "{stdout}");
    let (code, stdout, stderr) = belt(&sb, &backend.url, &["apps:info", "--json", "-a", "demo"]);
    assert_eq!(code, 0, "{stderr}");
    let info: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(info["app"]["odd"], true, "{stdout}");
    assert_eq!(info["addons"], serde_json::json!([]), "{stdout}");
    let (code, _, stderr) = belt(&sb, &backend.url, &["whoami"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("cannot read"), "{stderr}");
}
