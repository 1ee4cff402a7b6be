//! App setups over HTTP: a manifest's config vars, add-ons, build, formation and postdeploy;
//! every mistake of a manifest reported; a failing postdeploy; a source the platform cannot
//! read; and, through the domain call review apps use, `environments.review` and offered
//! config vars.

use std::collections::BTreeMap;
use std::time::Duration;

use reqwest::Method;

use super::*;
use crate::app_setups::{self, SetupRequest};

mod manifest;

/// An uncompressed tarball of `files`.
pub(super) fn tarball(files: &[(&str, &str)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (path, content) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(content.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, path, content.as_bytes())
            .expect("tar");
    }
    tar.into_inner().expect("tar")
}

/// Uploads `bytes` as a source (as the CLI does) and returns its URL.
pub(super) async fn upload(f: &Fixture, bytes: Vec<u8>) -> String {
    let (status, source) = f.call(Method::POST, "/sources", &f.owner(), None).await;
    assert_eq!(status, StatusCode::CREATED, "{source}");
    let url = source["source_blob"]["put_url"]
        .as_str()
        .expect("put_url")
        .to_string();
    let put = f.client.put(&url).body(bytes).send().await.expect("put");
    assert_eq!(put.status(), StatusCode::OK);
    url
}

async fn create_setup(f: &Fixture, body: Value) -> Value {
    let (status, setup) = f
        .call(Method::POST, "/app-setups", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{setup}");
    setup
}

/// The setup once it is no longer pending.
async fn settled(f: &Fixture, id: &str) -> Value {
    for _ in 0..600 {
        let (status, setup) = f
            .call(Method::GET, &format!("/app-setups/{id}"), &f.owner(), None)
            .await;
        assert_eq!(status, StatusCode::OK, "{setup}");
        if setup["status"] != "pending" {
            return setup;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("setup {id} still pending");
}

async fn config_vars(f: &Fixture, app: &str) -> Value {
    let path = format!("/apps/{app}/config-vars");
    let (status, config) = f.call(Method::GET, &path, &f.owner(), None).await;
    assert_eq!(status, StatusCode::OK, "{config}");
    config
}

const SCHEMA_KEYS: [&str; 10] = [
    "app",
    "build",
    "created_at",
    "failure_message",
    "id",
    "manifest_errors",
    "postdeploy",
    "resolved_success_url",
    "status",
    "updated_at",
];

fn assert_schema_shape(setup: &Value) {
    assert_eq!(keys(setup), SCHEMA_KEYS, "{setup}");
    assert_eq!(keys(&setup["app"]), ["id", "name"], "{setup}");
    if !setup["build"].is_null() {
        assert_eq!(
            keys(&setup["build"]),
            ["id", "output_stream_url", "status"],
            "{setup}"
        );
    }
}

const APP_JSON: &str = r#"{
    "name": "Small Sharp Tool",
    "success_url": "/welcome",
    "stack": "heroku-22",
    "env": {
        "ADMIN_EMAIL": {"description": "Who gets the mail", "required": true},
        "SECRET_TOKEN": {"description": "Signs cookies", "generator": "secret"},
        "WEB_CONCURRENCY": {"value": "5"},
        "OPTIONAL": {"required": false}
    },
    "addons": [
        "heroku-postgresql",
        {"plan": "heroku-redis:mini", "as": "CACHE", "options": {"version": "7"}}
    ],
    "formation": {"web": {"quantity": 0, "size": "standard-2x"}},
    "buildpacks": [{"url": "heroku/python"}],
    "scripts": {"postdeploy": "echo \"seeded $DATABASE_URL\"; echo \"token ${#SECRET_TOKEN} $ADMIN_EMAIL\""}
}"#;

#[tokio::test]
async fn a_manifest_sets_up_config_addons_build_formation_and_postdeploy() {
    let f = start().await;
    let source = tarball(&[
        ("app.json", APP_JSON),
        ("Procfile", "web: sleep 1000\n"),
        ("index.txt", "hello"),
    ]);
    let url = upload(&f, source).await;
    let body = json!({
        "app": {"name": "sharp-tool"},
        "source_blob": {"url": url, "version": "v1.0"},
        "overrides": {"env": {"ADMIN_EMAIL": "ops@example.com"}},
    });
    let setup = create_setup(&f, body).await;
    assert_schema_shape(&setup);
    assert_eq!(setup["status"], "pending");
    assert_eq!(setup["app"]["name"], "sharp-tool");
    assert_eq!(setup["manifest_errors"], json!([]));
    let id = setup["id"].as_str().expect("id").to_string();

    let done = settled(&f, &id).await;
    assert_schema_shape(&done);
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(done["failure_message"], Value::Null);
    assert_eq!(done["build"]["status"], "succeeded", "{done}");
    let stream = done["build"]["output_stream_url"].as_str().expect("url");
    assert!(stream.starts_with(&f.server.url), "{stream}");
    assert_eq!(done["postdeploy"]["exit_code"], 0, "{done}");
    let output = done["postdeploy"]["output"].as_str().expect("output");
    let config = config_vars(&f, "sharp-tool").await;
    let database = config["DATABASE_URL"].as_str().expect("DATABASE_URL");
    assert!(database.starts_with("postgres://"), "{config}");
    assert!(output.contains(&format!("seeded {database}")), "{output:?}");
    assert!(output.contains("token 64 ops@example.com"), "{output:?}");
    let secret = config["SECRET_TOKEN"].as_str().expect("SECRET_TOKEN");
    assert_eq!(secret.len(), 64);
    assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()), "{secret}");
    assert_eq!(config["WEB_CONCURRENCY"], "5");
    let cache = config["CACHE_URL"]
        .as_str()
        .expect("CACHE_URL, the `as` name");
    assert!(cache.starts_with("redis://"), "{config}");
    assert_eq!(config.get("REDIS_URL"), None, "{config}");
    assert_eq!(config["ADMIN_EMAIL"], "ops@example.com");
    assert_eq!(config.get("OPTIONAL"), None, "{config}");
    assert_eq!(
        done["resolved_success_url"],
        format!("{}welcome", f.server.platform().web_url("sharp-tool"))
    );

    let (_, formation) = f
        .call(
            Method::GET,
            "/apps/sharp-tool/formation/web",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(formation["size"], "Standard-2X", "{formation}");
    assert_eq!(formation["quantity"], 0, "{formation}");
    let (_, buildpacks) = f
        .call(
            Method::GET,
            "/apps/sharp-tool/buildpack-installations",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(
        buildpacks[0]["buildpack"]["name"], "heroku/python",
        "{buildpacks}"
    );
    let (_, addons) = f
        .call(Method::GET, "/apps/sharp-tool/addons", &f.owner(), None)
        .await;
    let mut services: Vec<&str> = addons
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["addon_service"]["name"].as_str())
        .collect();
    services.sort_unstable();
    assert_eq!(services, ["heroku-postgresql", "heroku-redis"], "{addons}");

    let (_, app) = f
        .call(Method::GET, "/apps/sharp-tool", &f.owner(), None)
        .await;
    assert_eq!(app["stack"]["name"], "heroku-22", "app.json's stack");

    // The app keeps the manifest it was set up from.
    let app_id = done["app"]["id"].as_str().expect("app id").to_string();
    let kept = f
        .server
        .platform()
        .store()
        .read(|conn| app_setups::manifest_of_app(conn, &app_id))
        .expect("manifest")
        .expect("a manifest");
    assert!(
        kept.scripts
            .postdeploy
            .is_some_and(|s| s.contains("seeded"))
    );
    assert!(kept.env["SECRET_TOKEN"].secret);

    // Only its maker sees it.
    let stranger = f
        .server
        .platform()
        .create_user("stranger@example.com")
        .expect("user");
    let path = format!("/app-setups/{id}");
    let (status, error) = f.call(Method::GET, &path, &stranger, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{error}");
    assert_eq!(error["id"], "not_found");
}

#[tokio::test]
async fn a_manifest_with_three_mistakes_reports_exactly_those_three() {
    let f = start().await;
    let app_json = r#"{
        "env": {"NEEDED": {"description": "no value anywhere"}, "FINE": "yes"},
        "addons": ["foo:bar"],
        "formation": {"web": {"quantity": -1}}
    }"#;
    let url = upload(&f, tarball(&[("app.json", app_json)])).await;
    let setup = create_setup(
        &f,
        json!({"app": {"name": "three-mistakes"}, "source_blob": {"url": url}}),
    )
    .await;
    let done = settled(&f, setup["id"].as_str().expect("id")).await;
    assert_schema_shape(&done);
    assert_eq!(done["status"], "failed");
    assert_eq!(done["failure_message"], "invalid app.json");
    assert_eq!(
        done["manifest_errors"],
        json!([
            "addons[0]: unknown plan \"foo:bar\"",
            "formation.web.quantity: must be a non-negative integer",
            "env.NEEDED: required but no value given",
        ])
    );
    assert_eq!(done["build"], Value::Null);
    assert_eq!(done["postdeploy"], Value::Null);
    // The app stays, untouched by the manifest.
    let (status, _) = f
        .call(Method::GET, "/apps/three-mistakes", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(config_vars(&f, "three-mistakes").await, json!({}));
}

#[tokio::test]
async fn a_failing_postdeploy_fails_the_setup_with_its_output_and_exit_code() {
    let f = start().await;
    let app_json = r#"{"scripts": {"postdeploy": "echo boom; echo oops >&2; exit 3"}}"#;
    let url = upload(
        &f,
        tarball(&[("app.json", app_json), ("Procfile", "web: sleep 1\n")]),
    )
    .await;
    let setup = create_setup(&f, json!({"source_blob": {"url": url}})).await;
    let done = settled(&f, setup["id"].as_str().expect("id")).await;
    assert_eq!(done["status"], "failed", "{done}");
    assert_eq!(
        done["failure_message"],
        "The postdeploy script failed with exit code 3."
    );
    assert_eq!(done["build"]["status"], "succeeded");
    assert_eq!(done["postdeploy"]["exit_code"], 3);
    let output = done["postdeploy"]["output"].as_str().expect("output");
    assert!(
        output.contains("boom") && output.contains("oops"),
        "{output:?}"
    );
    assert_eq!(done["resolved_success_url"], Value::Null);
}

#[tokio::test]
async fn a_source_the_platform_cannot_read_fails_the_setup_and_a_bad_request_is_refused() {
    let f = start().await;
    let body =
        json!({"app": {"name": "far-away"}, "source_blob": {"url": "https://example.com/app.tgz"}});
    let setup = create_setup(&f, body).await;
    let done = settled(&f, setup["id"].as_str().expect("id")).await;
    assert_eq!(done["status"], "failed");
    let message = done["failure_message"].as_str().expect("message");
    assert!(
        message.contains("fetches nothing from the network"),
        "{message}"
    );

    for (body, words) in [
        (json!({}), "source_blob.url is required"),
        (
            json!({"app": {"organization": "acme"}, "source_blob": {"url": "file:///x"}}),
            "no teams",
        ),
        (
            json!({"source_blob": {"url": "file:///x"}, "overrides": {"env": {"A": 1}}}),
            "overrides.env.A must be a string",
        ),
    ] {
        let (status, error) = f
            .call(Method::POST, "/app-setups", &f.owner(), Some(body))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
        let message = error["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{message}");
    }
    // A taken name answers as app creation does.
    let (status, error) = f
        .call(
            Method::POST,
            "/app-setups",
            &f.owner(),
            Some(json!({"app": {"name": "far-away"}, "source_blob": {"url": "file:///x"}})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["message"], "Name is already taken");
    let (status, _) = f
        .call(
            Method::GET,
            &format!("/app-setups/{}", util::new_id()),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

const REVIEW_APP_JSON: &str = r#"{
    "env": {"MODE": "top", "HEROKU_APP_NAME": {"required": true}},
    "scripts": {"postdeploy": "echo top"},
    "environments": {"review": {
        "env": {"MODE": "review"},
        "scripts": {"postdeploy": "echo \"review of $HEROKU_APP_NAME\""}
    }}
}"#;

/// A setup through the domain call, as review apps make it, from a `file:` source.
async fn setup_directly(f: &Fixture, dir: &std::path::Path, req: SetupRequest) -> Value {
    let path = dir.join("source.tar");
    std::fs::write(&path, tarball(&[("app.json", REVIEW_APP_JSON)])).expect("write");
    let source_url = url::Url::from_file_path(&path)
        .expect("file url")
        .to_string();
    let platform = f.server.platform();
    let token = f.owner();
    let actor = platform
        .store()
        .read(|conn| crate::api_keys::check(conn, &token).map(|k| k.actor()))
        .expect("read")
        .expect("actor");
    let req = SetupRequest { source_url, ..req };
    let setup = app_setups::start(platform, actor, req)
        .await
        .expect("start");
    assert_eq!(setup.status, app_setups::PENDING);
    settled(f, &setup.id).await
}

#[tokio::test]
async fn environments_review_applies_when_asked_and_offered_config_only_where_declared() {
    let f = start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let offered = BTreeMap::from([
        ("HEROKU_APP_NAME".to_string(), "shop-pr-7".to_string()),
        ("HEROKU_BRANCH".to_string(), "feature-x".to_string()),
    ]);
    let review = SetupRequest {
        app_name: Some("shop-pr-7".into()),
        offered_env: offered.clone(),
        environment: Some("review".into()),
        ..SetupRequest::default()
    };
    let done = setup_directly(&f, dir.path(), review).await;
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(done["postdeploy"]["output"], "review of shop-pr-7\n");
    let config = config_vars(&f, "shop-pr-7").await;
    assert_eq!(
        config,
        json!({"HEROKU_APP_NAME": "shop-pr-7", "MODE": "review"}),
        "HEROKU_BRANCH is offered but not declared"
    );

    let plain = SetupRequest {
        app_name: Some("shop-plain".into()),
        offered_env: offered,
        ..SetupRequest::default()
    };
    let done = setup_directly(&f, dir.path(), plain).await;
    assert_eq!(done["postdeploy"]["output"], "top\n", "{done}");
    assert_eq!(config_vars(&f, "shop-plain").await["MODE"], "top");

    // Nothing offered: the required HEROKU_APP_NAME has no value.
    let bare = SetupRequest {
        app_name: Some("shop-bare".into()),
        ..SetupRequest::default()
    };
    let done = setup_directly(&f, dir.path(), bare).await;
    assert_eq!(
        done["manifest_errors"],
        json!(["env.HEROKU_APP_NAME: required but no value given"])
    );
}

#[tokio::test]
async fn a_github_style_tarball_with_checksum_and_buildpack_overrides() {
    let f = start().await;
    let app_json = r#"{"env": {"FROM": "nested"}, "buildpacks": [{"url": "heroku/python"}]}"#;
    let bytes = tarball(&[
        ("shop-0a1b2c3/app.json", app_json),
        ("shop-0a1b2c3/Procfile", "web: sleep 1\n"),
    ]);
    let digest = util::hex(ring::digest::digest(&ring::digest::SHA256, &bytes).as_ref());
    let url = upload(&f, bytes).await;
    let body = json!({
        "app": {"name": "nested-shop"},
        "source_blob": {"url": url, "checksum": format!("SHA256:{digest}")},
        "overrides": {"buildpacks": [{"url": "heroku/nodejs"}]},
    });
    let done = settled(&f, create_setup(&f, body).await["id"].as_str().expect("id")).await;
    assert_eq!(done["status"], "succeeded", "{done}");
    assert_eq!(config_vars(&f, "nested-shop").await["FROM"], "nested");
    let (_, buildpacks) = f
        .call(
            Method::GET,
            "/apps/nested-shop/buildpack-installations",
            &f.owner(),
            None,
        )
        .await;
    let names: Vec<&str> = buildpacks
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b["buildpack"]["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["heroku/nodejs"],
        "the override wins over app.json's"
    );

    let body = json!({
        "source_blob": {"url": url, "checksum": format!("SHA256:{}", "0".repeat(64))},
    });
    let done = settled(&f, create_setup(&f, body).await["id"].as_str().expect("id")).await;
    assert_eq!(done["status"], "failed");
    let message = done["failure_message"].as_str().expect("message");
    assert!(
        message.contains("does not match the uploaded source"),
        "{message}"
    );
}
