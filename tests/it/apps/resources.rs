//! What an app has besides its name: keys, buildpacks, features and log drains; paging over 2500 apps; the raw API answers clients rely on.

use super::*;

/// `apps` follows Range/Next-Range to the end: 2,500 apps is three pages of 1,000.
#[test]
fn apps_lists_all_2500() {
    let sb = Sandbox::new();
    let data = sb.data_dir().join("platform");
    let runtime = crate::harness::runtime();
    runtime.block_on(async {
        let platform = belt_platform::start_embedded(&data).await.unwrap();
        let http = crate::harness::http_client();
        let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(16));
        let mut tasks = Vec::new();
        for i in 0..2500 {
            let http = http.clone();
            let url = format!("{}/apps", platform.url);
            let token = platform.token.clone();
            let permit = semaphore.clone().acquire_owned().await.unwrap();
            tasks.push(tokio::spawn(async move {
                let response = http
                    .post(url)
                    .bearer_auth(token)
                    .json(&serde_json::json!({ "name": format!("bulk-{i:05}") }))
                    .send()
                    .await
                    .unwrap();
                drop(permit);
                assert_eq!(response.status().as_u16(), 201);
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
    });
    let out = sb
        .belt()
        .args(["apps", "--json", "--debug"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let apps: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = apps
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2500);
    assert_eq!(names[0], "bulk-00000");
    assert_eq!(names[2499], "bulk-02499");
    // No app twice, none missing: dedup only drops neighbours, so sort first.
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 2500);
    // It took more than one page.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.matches("206 Partial Content").count() >= 2,
        "{stderr}"
    );
}

/// What third-party API clients rely on, answered by `belt serve` as Heroku answers: the
/// rate-limit check, the taken name's exact message, a wrong-typed body as a 422 naming the
/// field (not a 400), while a body that is not JSON stays a 400.
#[test]
fn api_clients_get_herokus_answers() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let (status, _, body) = server.call("GET", "/account/rate-limits", &[], None);
    assert_eq!(
        (status, body),
        (200, serde_json::json!({"remaining": 4500}))
    );

    let (status, _, _) = server.call("POST", "/apps", &[], Some(r#"{"name": "taken"}"#));
    assert_eq!(status, 201);
    let (status, _, body) = server.call("POST", "/apps", &[], Some(r#"{"name": "taken"}"#));
    assert_eq!(status, 422);
    assert_eq!(
        body,
        serde_json::json!({"id": "invalid_params", "message": "Name is already taken"})
    );

    for (path, method, bad, field) in [
        ("/apps", "POST", r#"{"name": 5}"#, "name"),
        (
            "/apps/taken",
            "PATCH",
            r#"{"maintenance": "yes"}"#,
            "maintenance",
        ),
        (
            "/apps/taken/formation",
            "PATCH",
            r#"{"updates": [{"type": 7}]}"#,
            "updates[0].type",
        ),
    ] {
        let (status, _, body) = server.call(method, path, &[], Some(bad));
        assert_eq!(status, 422, "{bad}: {body}");
        assert_eq!(body["id"], "invalid_params", "{bad}");
        let message = body["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!("Invalid {field}: ")),
            "{bad}: {message}"
        );
    }
    let (status, _, body) = server.call("POST", "/apps", &[], Some(r#"{"name": "#));
    assert_eq!((status, body["id"].as_str()), (400, Some("bad_request")));
}

/// `DELETE /account/keys/{id or fingerprint}`, and `keys:remove` by comment, id or
/// fingerprint.
#[test]
fn keys_are_removed_by_id_fingerprint_or_comment() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let key = |n: u8, comment: &str| {
        // A well-formed ed25519 blob: the type, then 32 key bytes.
        let mut blob = vec![0, 0, 0, 11];
        blob.extend_from_slice(b"ssh-ed25519");
        blob.extend_from_slice(&[0, 0, 0, 32]);
        blob.extend_from_slice(&[n; 32]);
        format!("ssh-ed25519 {} {comment}", base64(&blob))
    };
    let mut added = Vec::new();
    for (n, comment) in [
        (1, "one@host"),
        (2, "two@host"),
        (3, "three@host"),
        (4, "four@host"),
    ] {
        let body = serde_json::json!({"public_key": key(n, comment)}).to_string();
        let (status, _, json) = server.call("POST", "/account/keys", &[], Some(&body));
        assert_eq!(status, 201, "{json}");
        added.push(json);
    }
    let comments = || -> Vec<String> {
        let (_, _, keys) = server.call("GET", "/account/keys", &[], None);
        let mut comments: Vec<String> = keys
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["comment"].as_str().unwrap().to_string())
            .collect();
        comments.sort();
        comments
    };
    let by_id = format!("/account/keys/{}", added[0]["id"].as_str().unwrap());
    let (status, _, removed) = server.call("DELETE", &by_id, &[], None);
    assert_eq!(
        (status, &removed["comment"]),
        (200, &serde_json::json!("one@host"))
    );
    let (status, _, _) = server.call("DELETE", &by_id, &[], None);
    assert_eq!(status, 404);
    let by_fingerprint = format!(
        "/account/keys/{}",
        added[1]["fingerprint"].as_str().unwrap()
    );
    let (status, _, _) = server.call("DELETE", &by_fingerprint, &[], None);
    assert_eq!(status, 200);
    assert_eq!(comments(), ["four@host", "three@host"]);

    server.belt_ok(&sb, &["keys:remove", "three@host"]);
    let fingerprint = added[3]["fingerprint"].as_str().unwrap();
    server.belt_ok(&sb, &["keys:remove", fingerprint]);
    assert!(comments().is_empty());
    let out = server
        .belt(&sb)
        .args(["keys:remove", "nobody@host"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No SSH keys on account"));
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

/// `belt buildpacks` end to end against `belt serve`: the list the official commands build,
/// answered as the schema's `buildpack-installation`, and named in the next build's output.
#[test]
fn buildpacks_are_set_listed_removed_and_named_by_the_build() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let belt = |args: &[&str]| server.belt_ok(&sb, args);
    belt(&["create", "packs", "--no-remote"]);
    assert_eq!(
        belt(&["buildpacks", "-a", "packs"]),
        "⬢ packs has no Buildpacks.\n"
    );
    let out = belt(&["buildpacks:add", "heroku/python", "-a", "packs"]);
    assert_eq!(
        out,
        "Buildpack added. Next release on ⬢ packs will use heroku/python.\n\
         Run git push heroku main to create a new release using this buildpack.\n"
    );
    let nodejs = "https://github.com/heroku/heroku-buildpack-nodejs";
    belt(&["buildpacks:add", "-i", "1", nodejs, "-a", "packs"]);
    belt(&["buildpacks:add", "heroku/ruby", "-a", "packs"]);
    let out = belt(&["buildpacks:set", "-i", "3", "heroku/go", "-a", "packs"]);
    assert!(
        out.contains(&format!(
            "will use:\n  1. {nodejs}\n  2. heroku/python\n  3. heroku/go\n"
        )),
        "{out}"
    );
    let (status, _, listed) = server.call("GET", "/apps/packs/buildpack-installations", &[], None);
    assert_eq!(status, 200);
    assert_eq!(
        listed,
        serde_json::json!([
            {"buildpack": {"url": nodejs, "name": nodejs}, "ordinal": 0},
            {"buildpack": {"url": "urn:buildpack:heroku/python", "name": "heroku/python"}, "ordinal": 1},
            {"buildpack": {"url": "urn:buildpack:heroku/go", "name": "heroku/go"}, "ordinal": 2},
        ])
    );
    // The official CLI refuses a buildpack set twice, and names the valid indexes.
    let fails = |args: &[&str]| {
        let out = sb
            .belt()
            .args(args)
            .env("BELT_API_URL", &server.url)
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &server.ca)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = fails(&["buildpacks:add", "heroku/go", "-a", "packs"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("The buildpack heroku/go is already set on your app."),
        "{stderr}"
    );
    let (code, stderr) = fails(&["buildpacks:remove", "-i", "9", "-a", "packs"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("Please choose a value between 1 and 3"),
        "{stderr}"
    );
    let (code, stderr) = fails(&["buildpacks:add", "not a buildpack", "-a", "packs"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("is not a buildpack"), "{stderr}");

    belt(&["buildpacks:remove", "heroku/python", "-a", "packs"]);
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), "web: sleep 600\n").unwrap();
    let out = belt(&["deploy", "site", "-a", "packs"]);
    assert!(
        out.contains(&format!(
            "-----> Using buildpacks:\n       1. {nodejs}\n       2. heroku/go\n"
        )),
        "{out}"
    );
    belt(&["buildpacks:remove", "-i", "1", "-a", "packs"]);
    assert_eq!(
        belt(&["buildpacks", "-a", "packs"]),
        "=== ⬢ packs Buildpack URL\n\nheroku/go\n"
    );
    let out = belt(&["buildpacks:clear", "-a", "packs"]);
    assert_eq!(
        out,
        "Buildpacks cleared. Next release on ⬢ packs will detect buildpacks normally.\n"
    );
    let (_, _, listed) = server.call("GET", "/apps/packs/buildpack-installations", &[], None);
    assert_eq!(listed, serde_json::json!([]));
}

/// Labs features and log drains answer as the schema says instead of 404.
#[test]
fn features_and_log_drains_answer_per_schema() {
    let sb = Sandbox::new();
    let server = sb.serve();
    server.belt_ok(&sb, &["create", "labs", "--no-remote"]);
    let (status, _, features) = server.call("GET", "/apps/labs/features", &[], None);
    assert_eq!(status, 200);
    let names: Vec<&str> = features
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"preboot"), "{names:?}");
    assert!(
        features
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["enabled"] == false)
    );
    let (status, _, preboot) = server.call(
        "PATCH",
        "/apps/labs/features/preboot",
        &[],
        Some(r#"{"enabled": true}"#),
    );
    assert_eq!((status, &preboot["enabled"]), (200, &Value::Bool(true)));
    let by_id = format!("/apps/labs/features/{}", preboot["id"].as_str().unwrap());
    let (status, _, again) = server.call("GET", &by_id, &[], None);
    assert_eq!((status, &again["enabled"]), (200, &Value::Bool(true)));
    let (status, _, _) = server.call("GET", "/apps/labs/features/no-such-thing", &[], None);
    assert_eq!(status, 404);
    let (status, _, _) = server.call("PATCH", "/apps/labs/features/preboot", &[], Some(r#"{}"#));
    assert_eq!(status, 422);
    // The one account feature: the repositories API the official reviewapps:enable reads.
    let (status, _, account) = server.call("GET", "/account/features", &[], None);
    assert_eq!(status, 200);
    assert_eq!(
        account[0]["name"], "dashboard-repositories-api",
        "{account}"
    );
    assert_eq!(
        (account[0]["enabled"].clone(), account[1].clone()),
        (Value::Bool(true), Value::Null)
    );
    let (status, _, drains) = server.call("GET", "/apps/labs/log-drains", &[], None);
    assert_eq!((status, drains), (200, serde_json::json!([])));
    let (status, _, _) = server.call("GET", "/apps/nope/log-drains", &[], None);
    assert_eq!(status, 404);

    // Every answer matches the schema's definition.
    let schema: Value =
        serde_json::from_str(include_str!("../data/heroku-platform-api-schema.json")).unwrap();
    let validator = |definition: &str| {
        let wrapped = serde_json::json!({
            "definitions": schema["definitions"],
            "allOf": [{"$ref": format!("#/definitions/{definition}")}],
        });
        jsonschema::draft4::new(&wrapped).unwrap()
    };
    let feature = validator("app-feature");
    for f in features.as_array().unwrap().iter().chain([&preboot]) {
        assert!(feature.is_valid(f), "{f}");
    }
    let (_, _, installed) = {
        server.belt_ok(&sb, &["buildpacks:add", "heroku/python", "-a", "labs"]);
        server.call("GET", "/apps/labs/buildpack-installations", &[], None)
    };
    let installation = validator("buildpack-installation");
    assert!(installation.is_valid(&installed[0]), "{installed}");
    let (_, _, limits) = server.call("GET", "/account/rate-limits", &[], None);
    assert!(validator("rate-limit").is_valid(&limits), "{limits}");
}
