//! Scoped, expiring tokens for CI (issue 22): `authorizations*` against `belt serve`, a
//! `read` token refused a config change with nothing changed, an expired token exiting 3
//! saying so, and the warning in a stored login's last week.

use assert_cmd::Command;
use serde_json::Value;

use crate::harness::{Sandbox, Server};

/// belt against `server` with `token` as the key in use.
fn with_token(sb: &Sandbox, server: &Server, token: &str) -> Command {
    let mut cmd = server.belt(sb);
    cmd.env("BELT_API_KEY", token);
    cmd
}

/// (exit code, stdout, stderr) of `cmd` with `args`.
fn outcome(mut cmd: Command, args: &[&str]) -> (i32, String, String) {
    let output = cmd.args(args).output().expect("run belt");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A new token of the server's owner, made with `authorizations:create ARGS --short`.
fn new_token(sb: &Sandbox, server: &Server, args: &[&str]) -> String {
    let mut all = vec!["authorizations:create"];
    all.extend_from_slice(args);
    all.push("--short");
    let token = server.belt_ok(sb, &all);
    assert_eq!(
        token.lines().count(),
        1,
        "--short prints only the token: {token}"
    );
    token.trim().to_string()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn authorizations_are_created_listed_shown_updated_rotated_and_revoked() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let created = json(&server.belt_ok(
        &sb,
        &[
            "authorizations:create",
            "--description",
            "ci deploys",
            "--expires-in",
            "600",
            "--scope",
            "read,identity",
            "--json",
        ],
    ));
    assert_eq!(created["description"], "ci deploys");
    assert_eq!(created["scope"], serde_json::json!(["identity", "read"]));
    let left = created["access_token"]["expires_in"]
        .as_i64()
        .expect("expires_in");
    assert!((1..=600).contains(&left), "{created}");
    let id = created["id"].as_str().expect("id").to_string();
    let token = created["access_token"]["token"]
        .as_str()
        .expect("token")
        .to_string();

    let shown = server.belt_ok(&sb, &["authorizations:create", "-d", "plain"]);
    for field in ["Client:", "ID:", "Description:", "Scope:", "Token:"] {
        assert!(shown.contains(field), "{field} in {shown}");
    }
    assert!(shown.contains("global"), "{shown}");

    let listed = server.belt_ok(&sb, &["authorizations"]);
    assert!(
        listed.contains("ci deploys") && listed.contains(&id),
        "{listed}"
    );
    assert!(listed.contains("identity,read"), "{listed}");
    let listed = json(&server.belt_ok(&sb, &["authorizations", "--json"]));
    assert!(
        listed
            .as_array()
            .expect("array")
            .iter()
            .any(|a| a["id"] == id.as_str())
    );

    let info = server.belt_ok(&sb, &["authorizations:info", &id]);
    assert!(
        info.contains("Expires at:") && info.contains("identity,read"),
        "{info}"
    );
    assert!(
        !info.contains(&token),
        "info shows the token redacted: {info}"
    );

    let updated = server.belt_ok(&sb, &["authorizations:update", &id, "-d", "ci, staging"]);
    assert!(updated.contains("ci, staging"), "{updated}");

    // A global token of its own, rotated: the old one is refused at once.
    let global = new_token(&sb, &server, &["-d", "to rotate"]);
    let rotate_id = json(&server.belt_ok(&sb, &["authorizations", "--json"]))
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["description"] == "to rotate")
        .and_then(|a| a["id"].as_str().map(str::to_string))
        .expect("listed");
    let rotated = json(&server.belt_ok(&sb, &["authorizations:rotate", &rotate_id, "--json"]));
    let fresh = rotated["access_token"]["token"].as_str().expect("token");
    assert_ne!(fresh, global);
    let (code, _, stderr) = outcome(with_token(&sb, &server, &global), &["apps"]);
    assert_eq!(code, 3, "{stderr}");
    let (code, _, stderr) = outcome(with_token(&sb, &server, fresh), &["apps"]);
    assert_eq!(code, 0, "{stderr}");

    let revoked = server.belt_ok(&sb, &["authorizations:revoke", &rotate_id]);
    assert!(
        revoked.contains("Revoked authorization from to rotate"),
        "{revoked}"
    );
    let (code, _, _) = outcome(with_token(&sb, &server, fresh), &["apps"]);
    assert_eq!(code, 3);
    server.belt_ok(&sb, &["authorizations:destroy", &id]);
    let (code, _, _) = outcome(server.belt(&sb), &["authorizations:info", &id]);
    assert_eq!(code, 4);
}

#[test]
fn a_read_token_lists_apps_but_is_refused_config_with_nothing_changed() {
    let sb = Sandbox::new();
    let server = sb.serve();
    server.belt_ok(&sb, &["create", "scoped-app"]);
    server.belt_ok(&sb, &["config:set", "SECRET=one", "-a", "scoped-app"]);
    let releases = |sb: &Sandbox| {
        json(&server.belt_ok(sb, &["releases", "-a", "scoped-app", "--json"]))
            .as_array()
            .expect("array")
            .len()
    };
    let before = releases(&sb);
    let read = new_token(&sb, &server, &["--scope", "read"]);

    // As a CI job would use it: HEROKU_API_KEY for the heroku account on this host.
    let ci = || {
        let mut cmd = sb.belt();
        cmd.env("HEROKU_HOST", &server.url)
            .env("HEROKU_API_KEY", &read)
            .env("SSL_CERT_FILE", &server.ca);
        cmd
    };
    let (code, stdout, stderr) = outcome(ci(), &["apps", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("scoped-app"), "{stdout}");
    // For people too, though `read` may not read the account whose apps these are.
    let (code, stdout, stderr) = outcome(ci(), &["apps"]);
    assert_eq!((code, stdout.as_str()), (0, "=== Apps\n\nscoped-app\n"), "{stderr}");
    let (code, _, stderr) = outcome(ci(), &["info", "-a", "scoped-app"]);
    assert_eq!(code, 0, "{stderr}");

    let (code, _, stderr) = outcome(ci(), &["config:set", "SECRET=two", "-a", "scoped-app"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(
        stderr.contains("scope (read)"),
        "the platform's message: {stderr}"
    );
    // On Heroku `read` does not reach config var values; `read-protected` does.
    let (code, _, stderr) = outcome(ci(), &["config", "-a", "scoped-app"]);
    assert_eq!(code, 4, "{stderr}");
    let protected = new_token(&sb, &server, &["--scope", "read-protected"]);
    let (code, stdout, stderr) = outcome(
        with_token(&sb, &server, &protected),
        &["config:get", "SECRET", "-a", "scoped-app"],
    );
    assert_eq!((code, stdout.trim()), (0, "one"), "{stderr}");

    let config = json(&server.belt_ok(&sb, &["config", "-a", "scoped-app", "--json"]));
    assert_eq!(config["SECRET"], "one");
    assert_eq!(releases(&sb), before);
}

#[test]
fn an_expired_token_exits_3_saying_it_expired_and_how_to_make_another() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let token = new_token(&sb, &server, &["--expires-in", "2"]);
    let (code, _, stderr) = outcome(with_token(&sb, &server, &token), &["apps"]);
    assert_eq!(code, 0, "{stderr}");
    std::thread::sleep(std::time::Duration::from_secs(3));
    let (code, _, stderr) = outcome(with_token(&sb, &server, &token), &["apps"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("expired at"), "{stderr}");
    assert!(stderr.contains("belt authorizations:create"), "{stderr}");
    assert!(stderr.contains("belt login"), "{stderr}");
}

#[test]
fn a_stored_login_warns_in_its_last_week_and_is_refused_once_past() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let week = new_token(&sb, &server, &["--expires-in", "86400"]);
    sb.add_account("near", &server, &week);
    let (code, stdout, stderr) = outcome(sb.belt(), &["apps", "--account", "near", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    json(&stdout);
    assert!(
        stderr.contains("warning: the token in use expires in"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("expires in").count(), 1, "once: {stderr}");
    // auth:token warns as the official CLI does, once too.
    let (code, stdout, stderr) = outcome(sb.belt(), &["auth:token", "--account", "near"]);
    assert_eq!((code, stdout.trim()), (0, week.as_str()), "{stderr}");
    assert_eq!(stderr.matches("expires in").count(), 1, "{stderr}");

    let far = new_token(&sb, &server, &[]);
    sb.add_account("far", &server, &far);
    let (_, _, stderr) = outcome(sb.belt(), &["apps", "--account", "far"]);
    assert!(!stderr.contains("expires"), "{stderr}");

    let brief = new_token(&sb, &server, &["--expires-in", "2"]);
    sb.add_account("brief", &server, &brief);
    std::thread::sleep(std::time::Duration::from_secs(3));
    let (code, _, stderr) = outcome(sb.belt(), &["apps", "--account", "brief"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("account \"brief\" expired at"), "{stderr}");
    assert!(stderr.contains("belt authorizations:create"), "{stderr}");
}
