//! In-process HTTP tests: each starts the embedded platform on its own temporary data
//! directory and talks to it over loopback with reqwest.

use reqwest::StatusCode;
use serde_json::{Value, json};

use super::*;

struct Fixture {
    _dir: tempfile::TempDir,
    server: Embedded,
    client: reqwest::Client,
}

fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

async fn start() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start_embedded(dir.path()).await.expect("start");
    Fixture {
        _dir: dir,
        server,
        client: client(),
    }
}

impl Fixture {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.url)
    }

    fn req(&self, method: reqwest::Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, self.url(path))
            .bearer_auth(token)
            .header("Accept", "application/vnd.heroku+json; version=3")
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.req(method, path, token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("send");
        let status = res.status();
        assert_json(&res);
        (status, res.json().await.expect("json body"))
    }

    async fn create(&self, token: &str, body: Value) -> (StatusCode, Value) {
        self.call(reqwest::Method::POST, "/apps", token, Some(body))
            .await
    }

    fn owner(&self) -> String {
        self.server.token.clone()
    }
}

/// The object's keys, sorted.
fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .map(|o| o.keys().map(|k| k.as_str()).collect())
        .unwrap_or_default();
    keys.sort_unstable();
    keys
}

fn assert_json(res: &reqwest::Response) {
    let ct = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(ct.starts_with("application/json"), "content-type {ct:?}");
    assert!(res.headers().contains_key("request-id"));
}

#[tokio::test]
async fn account_and_authentication() {
    let f = start().await;
    let (status, account) = f
        .call(reqwest::Method::GET, "/account", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(account["email"], OWNER_EMAIL);
    assert_eq!(account["verified"], true);
    assert_eq!(account["two_factor_authentication"], false);
    assert_eq!(account["federated"], false);
    assert!(account["default_team"].is_null());
    assert!(util::is_uuid(account["id"].as_str().unwrap_or_default()));
    assert_eq!(
        keys(&account),
        [
            "allow_tracking",
            "beta",
            "country_of_residence",
            "created_at",
            "default_organization",
            "default_team",
            "delinquent_at",
            "email",
            "federated",
            "id",
            "identity_provider",
            "last_login",
            "name",
            "sms_number",
            "suspended_at",
            "two_factor_authentication",
            "updated_at",
            "verified",
        ]
    );

    let unauthorized = json!({"id": "unauthorized", "message": "Invalid credentials provided."});
    for token in ["", "wrong"] {
        let (status, body) = f.call(reqwest::Method::GET, "/account", token, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body, unauthorized);
    }
    let res = f.client.get(f.url("/apps")).send().await.expect("send");
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_json(&res);

    // HTTP Basic with the key as password, as the Heroku CLI sends it.
    let res = f
        .client
        .get(f.url("/account"))
        .basic_auth(OWNER_EMAIL, Some(f.owner()))
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::OK);

    // Request-Id: echoed when given, generated otherwise.
    let res = f
        .req(reqwest::Method::GET, "/account", &f.owner())
        .header("Request-Id", "abc-123")
        .send()
        .await
        .expect("send");
    assert_eq!(res.headers()["request-id"], "abc-123");
    let res = f
        .req(reqwest::Method::GET, "/account", &f.owner())
        .send()
        .await
        .expect("send");
    let id = res.headers()["request-id"].to_str().unwrap_or_default();
    assert!(util::is_uuid(id), "{id}");
}

#[tokio::test]
async fn creates_apps_with_heroku_fields() {
    let f = start().await;
    let (status, app) = f
        .create(
            &f.owner(),
            json!({"name": "my-app", "region": "eu", "stack": "cedar"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(app["name"], "my-app");
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "cedar");
    assert_eq!(app["build_stack"]["name"], "cedar");
    assert_eq!(app["generation"]["name"], "cedar");
    assert_eq!(app["owner"]["email"], OWNER_EMAIL);
    assert_eq!(app["maintenance"], false);
    assert_eq!(app["acm"], false);
    assert_eq!(app["web_url"], "http://my-app.localhost/");
    let git_url = app["git_url"].as_str().unwrap_or_default();
    assert!(git_url.ends_with("/repos/my-app.git"), "{git_url}");
    assert!(Path::new(git_url).is_absolute());
    for key in ["archived_at", "organization", "team", "space", "repo_size"] {
        assert!(app[key].is_null(), "{key}");
    }
    // A new app has release v1.
    assert!(app["released_at"].is_string());
    let created = app["created_at"].as_str().unwrap_or_default();
    assert_eq!(created.len(), 20, "{created}");
    assert!(created.ends_with('Z'));
    assert_eq!(
        keys(&app),
        [
            "acm",
            "archived_at",
            "build_stack",
            "buildpack_provided_description",
            "created_at",
            "generation",
            "git_url",
            "id",
            "internal_routing",
            "maintenance",
            "name",
            "organization",
            "owner",
            "region",
            "released_at",
            "repo_size",
            "slug_size",
            "space",
            "stack",
            "team",
            "updated_at",
            "web_url",
        ]
    );

    // Defaults, by id, and a generated name from an empty body.
    let (status, app) = f
        .create(
            &f.owner(),
            json!({"region": regions_and_stacks::REGIONS[1].id}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "heroku-24");
    let name = app["name"].as_str().unwrap_or_default();
    assert_eq!(names::validate(name), Ok(()));
    assert_eq!(name.split('-').count(), 3, "{name}");

    let res = f
        .req(reqwest::Method::POST, "/apps", &f.owner())
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::CREATED);

    // Info by name and by id.
    let (status, by_name) = f
        .call(reqwest::Method::GET, "/apps/my-app", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let id = by_name["id"].as_str().unwrap_or_default().to_string();
    let (status, by_id) = f
        .call(
            reqwest::Method::GET,
            &format!("/apps/{id}"),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_name, by_id);

    let events = f
        .server
        .platform()
        .recent_events("my-app", 10)
        .expect("events");
    let messages: Vec<String> = events
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert_eq!(
        messages,
        vec![
            format!("Created app by user {OWNER_EMAIL}"),
            format!("Initial release by user {OWNER_EMAIL}"),
            format!("Release v1 created by user {OWNER_EMAIL}"),
        ]
    );
}

#[tokio::test]
async fn rejects_bad_input_with_json_errors() {
    let f = start().await;
    let invalid = json!({"id": "invalid_params", "message": names::INVALID_NAME});
    for name in ["A", "1app", "my_app", "app-", ""] {
        let (status, body) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert_eq!(body, invalid);
    }
    let (status, body) = f.create(&f.owner(), json!({"name": "a".repeat(31)})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], names::TOO_LONG);

    let (status, _) = f.create(&f.owner(), json!({"name": "taken"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = f.create(&f.owner(), json!({"name": "taken"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({"id": "invalid_params", "message": "Name is already taken"})
    );

    let (status, body) = f.create(&f.owner(), json!({"region": "mars"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("us, eu")
    );
    let (status, body) = f.create(&f.owner(), json!({"stack": "heroku-12"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("heroku-24")
    );

    // Malformed JSON is a 400; valid JSON of the wrong type Heroku's 422 naming the field
    // (the whole body when it is not an object); too large a 413: JSON, never 500.
    for (raw, status, id) in [
        ("{", StatusCode::BAD_REQUEST, "bad_request"),
        ("not json", StatusCode::BAD_REQUEST, "bad_request"),
        ("[1,2]", StatusCode::UNPROCESSABLE_ENTITY, "invalid_params"),
        (
            r#"{"name": 5}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_params",
        ),
        (
            r#"{"maintenance": "yes"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_params",
        ),
    ] {
        let path = if raw.contains("maintenance") {
            "/apps/taken"
        } else {
            "/apps"
        };
        let method = if raw.contains("maintenance") {
            reqwest::Method::PATCH
        } else {
            reqwest::Method::POST
        };
        let res = f
            .req(method, path, &f.owner())
            .header("Content-Type", "text/plain")
            .body(raw)
            .send()
            .await
            .expect("send");
        assert_eq!(res.status(), status, "{raw}");
        assert_json(&res);
        let body: Value = res.json().await.expect("json");
        assert_eq!(body["id"], id, "{raw}");
    }
    let res = f
        .req(reqwest::Method::POST, "/apps", &f.owner())
        .body(vec![b' '; 2 << 20])
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_json(&res);

    // Unknown fields are ignored.
    let (status, _) = f
        .create(
            &f.owner(),
            json!({"name": "extra", "feature_flags": [], "x": 1}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // Unknown endpoint and wrong verb.
    let (status, body) = f
        .call(reqwest::Method::GET, "/nope", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["id"], "not_found");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("The requested API endpoint was not found.")
    );
    let (status, body) = f
        .call(reqwest::Method::PUT, "/apps", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["id"], "method_not_allowed");

    // Bad Range.
    let res = f
        .req(reqwest::Method::GET, "/apps", &f.owner())
        .header("Range", "bytes=0-10")
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_json(&res);
}

#[tokio::test]
async fn lists_with_range_pagination() {
    let f = start().await;
    let names = ["app-e", "app-a", "app-d", "app-b", "app-c"];
    for name in names {
        let (status, _) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    // Someone else's app is never listed.
    let other = f
        .server
        .platform()
        .create_user("other@example.com")
        .expect("user");
    let (status, _) = f.create(&other, json!({"name": "app-other"})).await;
    assert_eq!(status, StatusCode::CREATED);

    let (status, all) = f
        .call(reqwest::Method::GET, "/apps", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let listed: Vec<&str> = all
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(listed, ["app-a", "app-b", "app-c", "app-d", "app-e"]);

    // Follow Next-Range, sending it back verbatim, until a 200.
    let mut range = "name ..; max=2".to_string();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let res = f
            .req(reqwest::Method::GET, "/users/~/apps", &f.owner())
            .header("Range", &range)
            .send()
            .await
            .expect("send");
        pages += 1;
        let status = res.status();
        let next = res
            .headers()
            .get("next-range")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let page: Value = res.json().await.expect("json");
        seen.extend(
            page.as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a["name"].as_str().map(str::to_string)),
        );
        match status {
            StatusCode::PARTIAL_CONTENT => {
                let next = next.expect("Next-Range on 206");
                if pages == 1 {
                    assert_eq!(next, "name ]app-b..; max=2");
                }
                range = next;
            }
            StatusCode::OK => {
                assert!(next.is_none());
                break;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ["app-a", "app-b", "app-c", "app-d", "app-e"]);

    // Descending by name, and by email as the user identity.
    let res = f
        .req(
            reqwest::Method::GET,
            &format!("/users/{OWNER_EMAIL}/apps"),
            &f.owner(),
        )
        .header("Range", "name ..; max=3, order=desc")
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        res.headers()["next-range"],
        "name ]app-c..; max=3, order=desc"
    );
    assert_eq!(
        res.headers()["content-range"],
        "name app-e..app-c; max=3, order=desc"
    );

    // Another user's list is not visible; an unknown user is not found.
    let (status, body) = f
        .call(
            reqwest::Method::GET,
            "/users/other@example.com/apps",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["id"], "forbidden");
    let (status, body) = f
        .call(
            reqwest::Method::GET,
            "/users/ghost@example.com/apps",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["resource"], "user");
}

#[tokio::test]
async fn apps_are_private_to_their_owner() {
    let f = start().await;
    let (status, _) = f.create(&f.owner(), json!({"name": "mine"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let other = f
        .server
        .platform()
        .create_user("other@example.com")
        .expect("user");

    let forbidden =
        json!({"id": "forbidden", "message": "You do not have access to the app mine."});
    for method in [
        reqwest::Method::GET,
        reqwest::Method::PATCH,
        reqwest::Method::DELETE,
    ] {
        let (status, body) = f
            .call(method.clone(), "/apps/mine", &other, Some(json!({})))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method}");
        assert_eq!(body, forbidden);
    }
    let (status, body) = f.call(reqwest::Method::GET, "/apps", &other, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!([]));

    let not_found =
        json!({"id": "not_found", "message": "Couldn't find that app.", "resource": "app"});
    for path in [
        "/apps/missing",
        "/apps/01234567-89ab-cdef-0123-456789abcdef",
    ] {
        let (status, body) = f.call(reqwest::Method::GET, path, &f.owner(), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body, not_found);
    }
}

#[tokio::test]
async fn updates_and_deletes_apps() {
    let f = start().await;
    for name in ["first", "second"] {
        let (status, _) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, body) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "second"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], "Name is already taken");
    let (status, body) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "Bad"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], names::INVALID_NAME);

    let (status, app) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "renamed", "maintenance": true, "build_stack": "heroku-22"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app["name"], "renamed");
    assert_eq!(app["maintenance"], true);
    assert_eq!(app["build_stack"]["name"], "heroku-22");
    assert_eq!(app["stack"]["name"], "heroku-24");
    assert!(
        app["git_url"]
            .as_str()
            .unwrap_or_default()
            .ends_with("/renamed.git")
    );

    let (status, app) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/renamed",
            &f.owner(),
            Some(json!({"maintenance": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app["maintenance"], false);

    let events = f
        .server
        .platform()
        .recent_events("renamed", 10)
        .expect("events")
        .unwrap_or_default();
    let messages: Vec<String> = events.iter().map(|e| e.message.clone()).collect();
    let by = OWNER_EMAIL;
    assert_eq!(
        messages,
        [
            format!("Created app by user {by}"),
            format!("Initial release by user {by}"),
            format!("Release v1 created by user {by}"),
            format!("Rename app from first to renamed by user {by}"),
            format!("Enable Maintenance mode by user {by}"),
            format!("Set build stack to heroku-22 by user {by}"),
            format!("Disable Maintenance mode by user {by}"),
        ]
    );
    assert!(
        events
            .iter()
            .all(|e| e.source == "heroku" && e.dyno == "api")
    );
    assert!(events.windows(2).all(|w| w[0].id < w[1].id));

    let (status, deleted) = f
        .call(reqwest::Method::DELETE, "/apps/renamed", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(deleted["name"], "renamed");
    let (status, _) = f
        .call(reqwest::Method::GET, "/apps/renamed", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The name is free again; events went with the app.
    let (status, _) = f.create(&f.owner(), json!({"name": "renamed"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let events = f
        .server
        .platform()
        .recent_events("renamed", 10)
        .expect("events")
        .unwrap_or_default();
    // Only the new app's creation and its v1.
    assert_eq!(events.len(), 3);
}

#[tokio::test]
async fn regions_and_stacks() {
    let f = start().await;
    let (status, regions) = f
        .call(reqwest::Method::GET, "/regions", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(regions[0]["name"], "us");
    assert_eq!(regions[0]["provider"]["region"], "us-east-1");
    let (status, stacks) = f
        .call(reqwest::Method::GET, "/stacks", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let defaults: Vec<&str> = stacks
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["default"] == true)
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(defaults, ["heroku-24"]);
    let (status, _) = f
        .call(reqwest::Method::GET, "/stacks/cedar", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = f
        .call(reqwest::Method::GET, "/regions/mars", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creates_of_one_name_have_one_winner() {
    let f = start().await;
    // A second platform on the same directory stands in for another belt process.
    let second = start_embedded(f._dir.path()).await.expect("second");
    assert_eq!(second.token, f.server.token);
    let mut tasks = Vec::new();
    for i in 0..16 {
        let url = if i % 2 == 0 {
            &f.server.url
        } else {
            &second.url
        };
        let req = f
            .client
            .post(format!("{url}/apps"))
            .bearer_auth(f.owner())
            .json(&json!({"name": "race"}));
        tasks.push(tokio::spawn(
            async move { req.send().await.map(|r| r.status()) },
        ));
    }
    let mut created = 0;
    for task in tasks {
        let status = task.await.expect("join").expect("send");
        match status {
            StatusCode::CREATED => created += 1,
            StatusCode::UNPROCESSABLE_ENTITY => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 1);
}

#[test]
fn reopening_only_reads_and_keeps_the_owner_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = Platform::open(dir.path(), None).expect("open");
    let token = first.owner_token().to_string();
    assert_eq!(token.len(), 64);
    let path = first.owner_token_path();
    assert_eq!(fs::read_to_string(&path).expect("token file"), token);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    drop(first);

    // Opening an initialised platform is cheap because it only reads: no migration, no new
    // key. A connection kept open sees `data_version` move when any other one commits.
    let watcher = Connection::open(dir.path().join(DB_FILE)).expect("conn");
    let data_version = || -> i64 {
        watcher
            .pragma_query_value(None, "data_version", |r| r.get(0))
            .expect("data_version")
    };
    let before = data_version();
    for _ in 0..20 {
        let again = Platform::open(dir.path(), None).expect("reopen");
        assert_eq!(again.owner_token(), token);
    }
    assert_eq!(data_version(), before, "reopening wrote to the database");

    // Only the hash is stored.
    let db = fs::read(dir.path().join(DB_FILE)).expect("db");
    let wal = fs::read(dir.path().join("platform.db-wal")).unwrap_or_default();
    let needle = token.as_bytes();
    for bytes in [&db, &wal] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }

    // A lost token file gets a fresh key; a stale one is replaced.
    fs::remove_file(&path).expect("rm");
    let renewed = Platform::open(dir.path(), None).expect("reopen");
    assert_ne!(renewed.owner_token(), token);
    fs::write(&path, "stale").expect("write");
    let renewed2 = Platform::open(dir.path(), None).expect("reopen");
    assert_ne!(renewed2.owner_token(), "stale");
}

#[test]
fn corrupt_database_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join(DB_FILE), vec![0x42u8; 8192]).expect("write");
    let err = Platform::open(dir.path(), None).err().expect("error");
    assert!(matches!(err, Error::Platform(_)), "{err:?}");
    assert!(err.to_string().contains(DB_FILE), "{err}");
    assert!(err.to_string().contains("local:reset"), "{err}");

    // A database from a newer belt is refused rather than misread.
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Platform::open(dir.path(), None).expect("open"));
    let conn = Connection::open(dir.path().join(DB_FILE)).expect("conn");
    conn.pragma_update(None, "user_version", 99)
        .expect("pragma");
    drop(conn);
    let err = Platform::open(dir.path(), None).err().expect("error");
    assert!(err.to_string().contains("newer belt"), "{err}");
}

#[tokio::test]
async fn serve_speaks_https_with_its_own_ca() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data_dir = dir.path().to_path_buf();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let opts = ServeOptions {
        data_dir: data_dir.clone(),
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
    };
    let server = tokio::spawn(serve(opts, move |info: &ServeInfo| {
        let _ = tx.send((
            info.url.clone(),
            info.ca_path.clone(),
            info.token_path.clone(),
        ));
    }));
    let (url, ca_path, token_path) = rx.await.expect("ready");
    assert!(url.starts_with("https://localhost:"), "{url}");
    let tls = data_dir.join(TLS_DIR);
    for file in ["ca.pem", "ca-key.pem", "server.pem", "server-key.pem"] {
        assert!(tls.join(file).exists(), "{file}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["ca-key.pem", "server-key.pem"] {
            let mode = fs::metadata(tls.join(file))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }
    let token = fs::read_to_string(&token_path).expect("token");
    let _ = rustls::crypto::ring::default_provider().install_default();
    let ca = reqwest::Certificate::from_pem(&fs::read(&ca_path).expect("ca")).expect("pem");
    let client = reqwest::Client::builder()
        .no_proxy()
        .tls_certs_only([ca])
        .build()
        .expect("client");
    let port = url.rsplit(':').next().unwrap_or_default().to_string();
    for base in [url.clone(), format!("https://127.0.0.1:{port}")] {
        let res = client
            .post(format!("{base}/apps"))
            .bearer_auth(&token)
            .json(&json!({}))
            .send()
            .await
            .expect("https request");
        assert_eq!(res.status(), StatusCode::CREATED);
        let app: Value = res.json().await.expect("json");
        let name = app["name"].as_str().unwrap_or_default();
        assert_eq!(app["git_url"], format!("{url}/{name}.git"));
        assert_eq!(app["web_url"], format!("https://{name}.localhost/"));
    }
    server.abort();

    // A later start reuses the CA and the certificate.
    let ca_before = fs::read(&ca_path).expect("ca");
    let cert_before = fs::read(tls.join("server.pem")).expect("cert");
    let material = tls::ensure(&tls).expect("ensure");
    assert_eq!(material.ca_path, ca_path);
    assert_eq!(fs::read(&ca_path).expect("ca"), ca_before);
    assert_eq!(fs::read(tls.join("server.pem")).expect("cert"), cert_before);

    // A broken certificate is reissued from the same CA.
    fs::write(tls.join("server.pem"), "garbage").expect("write");
    tls::ensure(&tls).expect("reissue");
    assert_eq!(fs::read(&ca_path).expect("ca"), ca_before);
    assert_ne!(fs::read(tls.join("server.pem")).expect("cert"), cert_before);
}
