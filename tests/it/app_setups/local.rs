//! `apps:setup` and `apps:manifest` end to end on the local platform, the embedded default
//! and `belt serve`: an app.json with a required var, a generated secret, a database and a
//! postdeploy script makes an app that has all of them; a manifest with three mistakes names
//! all three; and the manifest of the app made recreates an equivalent one on the other
//! backend. The human output of a success and of a failure is pinned (snapshots/).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{Sandbox, Server, run_guarded};
use crate::human_output::{settings, transcript};

/// The app's code: a worker that sleeps, and a postdeploy script that shows what it was given.
const PROCFILE: &str = "worker: exec sleep 600\n";
pub(crate) const APP_JSON: &str = r#"{
  "name": "shop",
  "env": {
    "GREETING": {"description": "How the shop greets", "required": true},
    "SECRET_KEY_BASE": {"description": "Signs cookies", "generator": "secret"},
    "WEB_CONCURRENCY": {"value": "2"}
  },
  "addons": ["heroku-postgresql"],
  "formation": {"worker": {"quantity": 1, "size": "basic"}},
  "scripts": {"postdeploy": "echo \"seeded for $GREETING\"; echo \"database: ${DATABASE_URL%%://*}\""}
}"#;
/// Three mistakes: a required var no one gives, an add-on plan that does not exist, a dyno
/// size that does not exist.
pub(crate) const THREE_MISTAKES: &str = r#"{
  "env": {"API_TOKEN": {"required": true}},
  "addons": ["heroku-postgresqll"],
  "formation": {"worker": {"quantity": 1, "size": "enormous"}}
}"#;

/// A directory `name` with the code and `app_json`.
pub(crate) fn app_dir(sb: &Sandbox, name: &str, app_json: &str) -> PathBuf {
    let dir = sb.path(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Procfile"), PROCFILE).unwrap();
    std::fs::write(dir.join("app.json"), app_json).unwrap();
    dir
}

/// Runs belt in `dir` on the embedded default, or on `server`.
fn belt(sb: &Sandbox, server: Option<&Server>, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut command = match server {
        Some(server) => server.belt(sb),
        None => sb.belt(),
    };
    run_guarded(command.current_dir(dir).args(args))
}

fn json(sb: &Sandbox, server: Option<&Server>, args: &[&str]) -> Value {
    let (code, stdout, stderr) = belt(sb, server, &sb.work(), &[args, &["--json"]].concat());
    assert_eq!(code, 0, "belt {args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// What makes two apps equivalent: their env keys, add-on plans and formation.
fn shape(sb: &Sandbox, server: Option<&Server>, app: &str) -> (Vec<String>, Vec<String>, Value) {
    let config = json(sb, server, &["config", "-a", app]);
    let keys = config
        .as_object()
        .expect("config")
        .keys()
        .cloned()
        .collect();
    let addons = json(sb, server, &["addons", "-a", app]);
    let mut plans: Vec<String> = addons
        .as_array()
        .expect("addons")
        .iter()
        .map(|a| a["plan"]["name"].as_str().unwrap_or_default().to_string())
        .collect();
    plans.sort();
    let manifest = json(sb, server, &["apps:manifest", "-a", app]);
    (keys, plans, manifest["formation"].clone())
}

#[test]
fn an_app_json_sets_up_an_app_whose_manifest_recreates_it_on_belt_serve() {
    let sb = Sandbox::new();
    let dir = app_dir(&sb, "shop", APP_JSON);
    let args = [
        "apps:setup",
        "--name",
        "shop-one",
        "--env",
        "GREETING=hello",
    ];
    let (code, stdout, stderr) = belt(&sb, None, &dir, &args);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("seeded for hello\ndatabase: postgres\n"),
        "{stdout}"
    );
    let postdeploy = stdout.lines().find(|l| l.starts_with("Postdeploy:"));
    assert!(
        postdeploy.is_some_and(|l| l.ends_with(" exit 0")),
        "{stdout}"
    );
    settings(&sb)
        .bind(|| insta::assert_snapshot!("setup_succeeded", transcript(code, &stdout, &stderr)));

    let config = sb.config("shop-one");
    assert!(
        config["DATABASE_URL"]
            .as_str()
            .is_some_and(|u| u.starts_with("postgres://")),
        "{config}"
    );
    let secret = config["SECRET_KEY_BASE"].as_str().unwrap_or_default();
    assert!(
        secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit()),
        "{secret:?}"
    );
    assert_eq!(config["GREETING"], "hello");
    assert_eq!(config["WEB_CONCURRENCY"], "2");
    let original = shape(&sb, None, "shop-one");
    assert_eq!(
        original.1,
        ["heroku-postgresql:essential-0"],
        "{original:?}"
    );

    // Its manifest, beside the same code, recreates it on another backend.
    let manifest = json(&sb, None, &["apps:manifest", "-a", "shop-one"]);
    assert_eq!(
        manifest["env"]["GREETING"],
        serde_json::json!({"required": true})
    );
    assert_eq!(manifest["env"].get("DATABASE_URL"), None, "{manifest}");
    let copy = app_dir(&sb, "copy", &manifest.to_string());
    let server = sb.serve();
    let secret_pair = format!("SECRET_KEY_BASE={secret}");
    let args = [
        "apps:setup",
        "-a",
        "shop-two",
        "--wait",
        "-e",
        "GREETING=hello",
        "-e",
        &secret_pair,
        "-e",
        "WEB_CONCURRENCY=2",
    ];
    let (code, stdout, stderr) = belt(&sb, Some(&server), &copy, &args);
    assert_eq!(code, 0, "{stdout}{stderr}");
    // --wait: the manifest's worker is up by the time belt returns.
    let dynos = json(&sb, Some(&server), &["ps", "-a", "shop-two"]);
    assert_eq!(dynos[0]["state"], "up", "{dynos}");
    assert_eq!(shape(&sb, Some(&server), "shop-two"), original);
}

#[test]
fn a_manifest_with_three_mistakes_names_all_three() {
    let sb = Sandbox::new();
    let dir = app_dir(&sb, "broken", THREE_MISTAKES);
    let server = sb.serve();
    let (code, stdout, stderr) = belt(
        &sb,
        Some(&server),
        &dir,
        &["apps:setup", "--name", "broken-shop"],
    );
    assert_eq!(code, 1, "{stdout}{stderr}");
    for mistake in ["API_TOKEN", "heroku-postgresqll", "enormous"] {
        let listed = stderr
            .lines()
            .filter(|l| l.starts_with("  - ") && l.contains(mistake));
        assert_eq!(listed.count(), 1, "{mistake} in\n{stderr}");
    }
    settings(&sb)
        .bind(|| insta::assert_snapshot!("setup_failed", transcript(code, &stdout, &stderr)));
    let (code, stdout, _) = belt(&sb, Some(&server), &dir, &["apps:setup", "--json"]);
    assert_eq!(code, 1);
    let setup: Value = serde_json::from_str(&stdout).expect("the setup object");
    assert_eq!(setup["status"], "failed");
    assert_eq!(
        setup["manifest_errors"].as_array().map(Vec::len),
        Some(3),
        "{setup}"
    );
}
