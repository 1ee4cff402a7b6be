//! `apps:manifest` against a scripted backend: an app with a database (owned, attached as
//! DATABASE), a shared add-on another app owns, config vars, a formation and a buildpack.

use serde_json::{Value, json};

use crate::harness::fake::{FakeBackend, Reply};
use crate::harness::{Sandbox, run_guarded};

const DB_ID: &str = "d0000000-0000-4000-8000-000000000001";

fn backend() -> FakeBackend {
    FakeBackend::start(|_, request| {
        let body = match request {
            "GET /apps/shop" => json!({"id": "a1", "name": "shop", "stack": {"name": "heroku-24"}}),
            "GET /apps/shop/config-vars" => json!({
                "DATABASE_URL": "postgres://u:p@h/db", "HEROKU_POSTGRESQL_RED_URL": "postgres://u:p@h/db",
                "REDIS_URL": "redis://shared", "SECRET_KEY_BASE": "f00d", "GREETING": "hello"}),
            "GET /apps/shop/addons" => json!([
                {"id": DB_ID, "name": "postgresql-round-1", "app": {"name": "shop"},
                 "plan": {"name": "heroku-postgresql:essential-0"},
                 "config_vars": ["DATABASE_URL", "HEROKU_POSTGRESQL_RED_URL"]},
                {"id": "r1", "name": "redis-shared-2", "app": {"name": "other-app"},
                 "plan": {"name": "heroku-redis:mini"}, "config_vars": ["REDIS_URL"]},
            ]),
            "GET /addons/d0000000-0000-4000-8000-000000000001/addon-attachments" => json!([
                {"id": "t0", "name": "DATABASE", "app": {"name": "elsewhere"}},
                {"id": "t1", "name": "DATABASE", "app": {"name": "shop"}},
                {"id": "t2", "name": "HEROKU_POSTGRESQL_RED", "app": {"name": "shop"}},
            ]),
            "GET /apps/shop/formation" => json!([
                {"type": "web", "quantity": 2, "size": "standard-1x"},
                {"type": "worker", "quantity": 0, "size": "basic"},
            ]),
            "GET /apps/shop/buildpack-installations" => json!([
                {"ordinal": 0, "buildpack": {"url": "heroku/python", "name": "heroku/python"}},
            ]),
            _ => return Reply::json(404, &[], r#"{"id":"not_found","message":"no such thing"}"#),
        };
        Reply::json(200, &[], &body.to_string())
    })
}

fn manifest(args: &[&str]) -> (Value, Vec<String>) {
    let sb = Sandbox::new();
    let backend = backend();
    let (code, stdout, stderr) = run_guarded(
        sb.belt()
            .args(["apps:manifest", "-a", "shop", "--api-url", &backend.url])
            .args(args)
            .env("BELT_API_KEY", "test-token"),
    );
    assert_eq!(code, 0, "{stderr}");
    let printed = serde_json::from_str(&stdout).expect("JSON");
    (printed, backend.requests())
}

#[test]
fn the_manifest_lists_keys_as_required_without_the_add_ons_vars() {
    let (printed, requests) = manifest(&[]);
    assert_eq!(
        printed,
        json!({
            "name": "shop",
            "stack": "heroku-24",
            "env": {
                "GREETING": {"required": true},
                "REDIS_URL": {"required": true},
                "SECRET_KEY_BASE": {"required": true},
            },
            "addons": [{"plan": "heroku-postgresql:essential-0", "as": "DATABASE"}],
            "formation": {
                "web": {"quantity": 2, "size": "standard-1x"},
                "worker": {"quantity": 0, "size": "basic"},
            },
            "buildpacks": [{"url": "heroku/python"}],
        })
    );
    assert!(
        requests.iter().all(|r| r.starts_with("GET ")),
        "{requests:?}"
    );
    // The same document with or without --json: it is a file's content either way.
    assert_eq!(manifest(&["--json"]).0, printed);
}

#[test]
fn values_puts_each_value_in() {
    let (printed, _) = manifest(&["--values"]);
    assert_eq!(printed["env"]["SECRET_KEY_BASE"], json!({"value": "f00d"}));
    assert_eq!(printed["env"]["GREETING"], json!({"value": "hello"}));
    assert_eq!(printed["env"].get("DATABASE_URL"), None);
}
