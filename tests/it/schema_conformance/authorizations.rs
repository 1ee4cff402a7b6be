//! The authorizations scenario: every exchange of `authorizations*` (create with scope and
//! expiry, list, info, update, regenerate, delete) and `auth:token`'s look-up, with the
//! refusals of a bad scope, an unknown id, a request outside a token's scope and an expired
//! token, checked against the official schema on a `belt serve` of its own.

use super::Schema;
use super::harness::Conformance;
use crate::harness::Sandbox;

/// The id of the authorization `description`, from `authorizations --json`.
fn id_of(run: &Conformance, description: &str) -> String {
    let listed = run.belt(&["authorizations", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    listed
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["description"] == description)
        .and_then(|a| a["id"].as_str())
        .expect("listed")
        .to_string()
}

/// belt through the proxy with `token` as its key: (exit code, stderr).
fn with_token(run: &Conformance, token: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = run
        .sb
        .belt()
        .args(args)
        .env("BELT_API_URL", &run.proxy_url)
        .env("BELT_API_KEY", token)
        .env("SSL_CERT_FILE", &run.server.ca)
        .output()
        .expect("run belt");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn authorization_exchanges_follow_the_official_schema() {
    let schema = Schema::load();
    let run = Conformance::start(Sandbox::new());
    run.run_all(&[
        &[
            "authorizations:create",
            "-d",
            "ci",
            "--scope",
            "read",
            "--expires-in",
            "600",
        ],
        &["authorizations:create", "-d", "short-lived", "-e", "1"],
        &["authorizations"],
        &["authorizations", "--json"],
        &["auth:token"],
    ]);
    let id = id_of(&run, "ci");
    run.run_all(&[
        &["authorizations:info", &id],
        &["authorizations:update", &id, "-d", "ci, renamed"],
        &["authorizations:rotate", &id],
    ]);
    let rotated = run.belt(&["authorizations:rotate", &id, "--json"]);
    let rotated: serde_json::Value = serde_json::from_slice(&rotated.stdout).expect("JSON");
    let read = rotated["access_token"]["token"].as_str().expect("token");
    assert_eq!(with_token(&run, read, &["apps", "--json"]).0, Some(0));
    let (code, stderr) = with_token(&run, read, &["create", "out-of-scope"]);
    assert_eq!(code, Some(4), "{stderr}");

    let short = run.belt(&["authorizations:create", "-e", "1", "--short"]);
    let short = String::from_utf8_lossy(&short.stdout).trim().to_string();
    std::thread::sleep(std::time::Duration::from_secs(2));
    let (code, stderr) = with_token(&run, &short, &["apps"]);
    assert_eq!(code, Some(3), "{stderr}");

    run.run_all(&[&["authorizations:revoke", &id]]);
    run.run_failing(&[
        (
            &["authorizations:info", &id],
            4,
            "Couldn't find that authorization",
        ),
        (
            &["authorizations:create", "--scope", "admin"],
            1,
            "Invalid scope",
        ),
    ]);
    let exchanges = run.assert_conforms(&schema);
    assert!(exchanges.iter().any(|e| e.status == 403), "{exchanges:#?}");
    run.assert_covered(&[
        ("POST", "/oauth/authorizations"),
        ("GET", "/oauth/authorizations"),
        ("GET", "/oauth/authorizations/{}"),
        ("PATCH", "/oauth/authorizations/{}"),
        ("POST", "/oauth/authorizations/{}/actions/regenerate-tokens"),
        ("DELETE", "/oauth/authorizations/{}"),
    ]);
}
