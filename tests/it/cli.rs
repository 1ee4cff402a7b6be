//! Global behaviour: version, help, --debug, --dry-run, --json errors, exit codes.

use crate::harness::Sandbox;
use serde_json::Value;

#[test]
fn version_and_help() {
    let sb = Sandbox::new();
    let version = sb.ok(&["--version"]);
    assert_eq!(
        version.trim(),
        format!("belt {}", env!("CARGO_PKG_VERSION"))
    );
    let help = sb.ok(&["--help"]);
    for command in [
        "apps:create",
        "apps:destroy",
        "maintenance:on",
        "stack:set",
        "serve",
    ] {
        assert!(
            help.contains(command),
            "{command} missing from help:\n{help}"
        );
    }
    let help = sb.ok(&["help", "apps", "create"]);
    assert!(
        help.contains("Examples:") && help.contains("belt create"),
        "{help}"
    );
}

#[test]
fn unknown_command_is_a_usage_error() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["apps:crate"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("apps:create"),
        "suggests the nearest: {stderr}"
    );
    let (code, _, stderr) = sb.fails(&["apps:crate", "--json"]);
    assert_eq!(code, 2);
    let v: Value = serde_json::from_str(stderr.trim()).expect("JSON usage error");
    assert_eq!(v["error"]["id"], "usage");
}

#[test]
fn debug_output_never_contains_the_token() {
    let sb = Sandbox::new();
    let token = "belt-test-token-0123456789abcdef";
    let out = sb
        .belt()
        .args(["create", "debug-app", "--debug"])
        .env("BELT_API_KEY", token)
        .output()
        .unwrap();
    // The embedded platform does not know this token: 401, exit 3, and still no token printed.
    assert_eq!(out.status.code(), Some(3));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("--> POST"), "{all}");
    assert!(all.contains("[REDACTED]"), "{all}");
    assert!(!all.contains(token), "{all}");

    // With the platform's own token, a successful trace is clean too.
    let owner = std::fs::read_to_string(sb.data_dir().join("platform/owner-token")).unwrap();
    let out = sb
        .belt()
        .args(["create", "debug-app", "--debug"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains("<-- 201"), "{all}");
    assert!(!all.contains(owner.trim()), "{all}");
}

#[test]
fn dry_run_sends_nothing_and_creates_nothing() {
    let sb = Sandbox::new();
    let out = sb.ok(&["create", "dry-app", "--dry-run"]);
    assert!(
        out.contains("POST") && out.contains("/apps") && out.contains("dry-app"),
        "{out}"
    );
    assert!(sb.app_names().is_empty());

    let out = sb.ok(&["create", "dry-app", "--dry-run", "--json"]);
    let v: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["dry_run"]["method"], "POST");
    assert_eq!(v["dry_run"]["body"]["name"], "dry-app");

    sb.ok(&["create", "real-app"]);
    let out = sb
        .belt()
        .args(["maintenance:on", "-a", "real-app", "--dry-run"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // No progress line claims something happened (or failed).
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(sb.ok(&["maintenance", "-a", "real-app"]).trim(), "off");
    sb.ok(&[
        "destroy",
        "-a",
        "real-app",
        "--confirm",
        "real-app",
        "--dry-run",
    ]);
    assert_eq!(sb.app_names(), vec!["real-app"]);
}

#[test]
fn json_errors_parse() {
    let sb = Sandbox::new();
    let (code, stdout, stderr) = sb.fails(&["info", "-a", "missing-app", "--json"]);
    assert_eq!(code, 4);
    assert!(stdout.is_empty());
    let v: Value = serde_json::from_str(stderr.trim()).expect("JSON error");
    assert_eq!(v["error"]["id"], "not_found");
    assert!(v["error"]["message"].as_str().is_some());
    assert!(v["error"]["request_id"].as_str().is_some());

    let (code, _, stderr) = sb.fails(&["create", "Bad_Name", "--json"]);
    assert_eq!(code, 2);
    let v: Value = serde_json::from_str(stderr.trim()).expect("JSON error");
    assert_eq!(v["error"]["id"], "usage");
}

#[test]
fn no_app_is_a_usage_error_with_a_way_out() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["info"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("-a APP"), "{stderr}");
}

#[test]
fn corrupt_accounts_file_is_a_clear_error() {
    let sb = Sandbox::new();
    std::fs::write(sb.config_dir().join("accounts.toml"), "current = [").unwrap();
    let (code, _, stderr) = sb.fails(&["apps"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("accounts.toml"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn unknown_account_exits_4() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["apps", "--account", "nobody"]);
    assert_eq!(code, 4);
    assert!(stderr.contains("nobody"), "{stderr}");
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["apps", "--api-url", "http://api.example.com"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("plain HTTP"), "{stderr}");
}

#[test]
fn a_backend_that_is_down_is_a_clear_error() {
    let sb = Sandbox::new();
    // Bind then drop a listener: nothing listens on that port afterwards.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = sb
        .belt()
        .args(["apps", "--api-url", &format!("http://127.0.0.1:{port}")])
        .env("BELT_API_KEY", "x")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not connect"), "{stderr}");
    assert!(stderr.contains("Request-Id"), "{stderr}");
}

#[test]
fn help_is_grouped_by_topic() {
    let sb = Sandbox::new();
    for args in [&["help"][..], &["--help"], &[]] {
        let text = sb.ok(args);
        assert!(text.contains("\nApps:\n  apps:create"), "{args:?}: {text}");
        assert!(text.contains("\nLocal platform:\n"), "{text}");
    }
    let (code, _, stderr) = sb.fails(&["help", "no-such-command"]);
    assert_eq!(code, 2, "{stderr}");
}

#[cfg(unix)]
#[test]
fn plugins_on_path_run_with_context() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let bin = sb.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let plugin = bin.join("belt-hello");
    std::fs::write(
        &plugin,
        "#!/bin/sh\necho \"hello $* app=$BELT_APP account=$BELT_ACCOUNT url=$BELT_API_URL\"\nexit 3\n",
    )
    .unwrap();
    std::fs::set_permissions(&plugin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let out = sb
        .belt()
        .args(["-a", "demo", "hello", "a", "b"])
        .env("PATH", &path)
        .output()
        .unwrap();
    // The plugin's exit status is belt's.
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.trim(), "hello a b app=demo account=local url=local");

    let listed = sb
        .belt()
        .args(["plugins", "--json"])
        .env("PATH", &path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert!(
        v.as_array().unwrap().iter().any(|p| p["name"] == "hello"),
        "{v}"
    );
}

#[test]
fn dot_names_cannot_move_a_request() {
    let sb = Sandbox::new();
    sb.ok(&["create", "dots"]);
    sb.ok(&["addons:create", "memcache", "-a", "dots"]);
    // `/apps/../addons` would be `/addons`: every add-on of the account.
    for args in [
        &["addons", "-a", ".."][..],
        &["config", "-a", "."],
        &["addons:destroy", "..", "-a", "dots", "--confirm", "dots"],
        &["apps:destroy", "..", "--confirm", ".."],
    ] {
        let (code, _, stderr) = sb.fails(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains("is not a valid name here"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(
        sb.json(&["addons", "-a", "dots"]).as_array().map(Vec::len),
        Some(1)
    );
    assert!(sb.ok(&["apps"]).contains("dots"));
}

/// `belt completions bash | head -1`: a reader that goes away ends belt quietly with status 0,
/// as it ends other Unix tools (the script is larger than a pipe's buffer, so belt is still
/// writing when the pipe closes).
#[test]
fn a_closed_stdout_ends_belt_quietly() {
    let sb = Sandbox::new();
    let mut child = sb
        .std_command(crate::harness::belt_program())
        .args(["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "nothing on stderr for a closed pipe");
}
