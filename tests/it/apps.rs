//! Apps on the embedded default, through the real binary.

use crate::harness::Sandbox;
use serde_json::Value;

#[test]
fn create_list_info_rename_destroy_round_trip() {
    let sb = Sandbox::new();
    let created = sb.json(&["create", "demo-app"]);
    assert_eq!(created["name"], "demo-app");
    assert_eq!(created["region"]["name"], "us");
    assert!(created["id"].as_str().is_some_and(|id| id.len() == 36));

    // Human forms.
    let list = sb.ok(&["apps"]);
    assert!(list.starts_with("=== "), "{list}");
    assert!(list.lines().any(|l| l == "demo-app"), "{list}");
    let info = sb.ok(&["apps:info", "-a", "demo-app"]);
    assert!(info.starts_with("=== demo-app\n"), "{info}");
    assert!(info.contains("Region:") && info.contains("us"), "{info}");
    assert!(
        info.contains("Stack:") && info.contains("heroku-24"),
        "{info}"
    );

    // JSON forms.
    assert_eq!(sb.app_names(), vec!["demo-app"]);
    let info = sb.json(&["info", "-a", "demo-app"]);
    assert_eq!(info["app"]["name"], "demo-app");
    assert_eq!(info["app"]["id"], created["id"]);

    // Rename keeps the id.
    let renamed = sb.json(&["apps:rename", "demo-two", "-a", "demo-app"]);
    assert_eq!(renamed["name"], "demo-two");
    assert_eq!(renamed["id"], created["id"]);
    assert_eq!(sb.app_names(), vec!["demo-two"]);
    let (code, _, stderr) = sb.fails(&["info", "-a", "demo-app"]);
    assert_eq!(code, 4, "{stderr}");

    // Destroy with confirmation.
    sb.ok(&["apps:destroy", "-a", "demo-two", "--confirm", "demo-two"]);
    assert!(sb.app_names().is_empty());
}

#[test]
fn nested_and_alias_forms_are_the_same_call() {
    let sb = Sandbox::new();
    sb.ok(&["apps", "create", "nested-form"]);
    sb.ok(&["create", "alias-form"]);
    sb.ok(&["apps:create", "canonical-form"]);
    assert_eq!(
        sb.app_names(),
        vec!["alias-form", "canonical-form", "nested-form"]
    );
    assert_eq!(
        sb.json(&["apps", "info", "-a", "alias-form"])["app"]["name"],
        "alias-form"
    );
    let listed = sb.json(&["apps:list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(3));
}

#[test]
fn generated_name_when_none_given() {
    let sb = Sandbox::new();
    let app = sb.json(&["create"]);
    let name = app["name"].as_str().unwrap();
    let parts: Vec<&str> = name.split('-').collect();
    assert_eq!(parts.len(), 3, "{name}");
    assert!(
        parts[2].len() == 4 && parts[2].chars().all(|c| c.is_ascii_digit()),
        "{name}"
    );
    assert!(parts[0].chars().all(|c| c.is_ascii_lowercase()), "{name}");
    assert_eq!(sb.app_names(), vec![name.to_string()]);
}

#[test]
fn region_and_stack_options() {
    let sb = Sandbox::new();
    let app = sb.json(&["create", "euro-app", "--region", "eu", "--stack", "cedar"]);
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "cedar");
    let list = sb.ok(&["apps"]);
    assert!(list.contains("euro-app (eu)"), "{list}");
    let (code, _, stderr) = sb.fails(&["create", "moon-app", "--region", "moon"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("moon") || stderr.contains("region"),
        "{stderr}"
    );
    assert_eq!(sb.app_names(), vec!["euro-app"]);
}

#[test]
fn a_second_process_sees_the_first_ones_app() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shared-app"]);
    // Each belt invocation is its own process with its own embedded server.
    let info = sb.json(&["info", "-a", "shared-app"]);
    assert_eq!(info["app"]["name"], "shared-app");
}

#[test]
fn invalid_names_are_refused_before_any_request() {
    let sb = Sandbox::new();
    let too_long = format!("a{}", "b".repeat(30));
    for bad in [
        "UpperCase",
        too_long.as_str(),
        "1leading-digit",
        "trailing-dash-",
    ] {
        let (code, _, stderr) = sb.fails(&["create", bad, "--debug"]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("invalid app name"), "{stderr}");
        assert!(
            !stderr.contains("-->"),
            "a request was sent for {bad}: {stderr}"
        );
    }
    assert!(sb.app_names().is_empty());
}

#[test]
fn a_taken_name_is_a_clear_error() {
    let sb = Sandbox::new();
    sb.ok(&["create", "taken-name"]);
    let (code, _, stderr) = sb.fails(&["create", "taken-name"]);
    assert_eq!(code, 1);
    // Heroku's exact words, which API libraries match on; the action line names the app.
    assert!(stderr.contains("error: Name is already taken"), "{stderr}");
    assert!(stderr.contains("taken-name"), "{stderr}");
    assert!(stderr.contains("Request-Id"), "{stderr}");
}

#[test]
fn concurrent_creates_of_one_name_exactly_one_wins() {
    let sb = Sandbox::new();
    // Initialise the store first so the race is on the name, not on set-up.
    sb.ok(&["apps"]);
    let children: Vec<_> = (0..6)
        .map(|_| {
            let mut cmd = sb.std_command(crate::harness::belt_program());
            cmd.args(["create", "race-app"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().expect("spawn")
        })
        .collect();
    let successes = children
        .into_iter()
        .map(|mut c| c.wait().expect("wait").success())
        .filter(|ok| *ok)
        .count();
    assert_eq!(successes, 1);
    assert_eq!(sb.app_names(), vec!["race-app"]);
}

#[test]
fn unknown_app_exits_4_naming_it() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["info", "-a", "no-such-app"]);
    assert_eq!(code, 4);
    assert!(stderr.contains("no-such-app"), "{stderr}");
}

#[test]
fn destroy_without_terminal_or_confirm_destroys_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "keep-me"]);
    let (code, _, stderr) = sb.fails(&["destroy", "-a", "keep-me"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--confirm keep-me"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["destroy", "-a", "keep-me", "--confirm", "other"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(sb.app_names(), vec!["keep-me"]);
}

#[test]
fn maintenance_and_stack() {
    let sb = Sandbox::new();
    sb.ok(&["create", "mode-app"]);
    assert_eq!(sb.ok(&["maintenance", "-a", "mode-app"]).trim(), "off");
    sb.ok(&["maintenance:on", "-a", "mode-app"]);
    assert_eq!(sb.ok(&["maintenance", "-a", "mode-app"]).trim(), "on");
    sb.ok(&["maintenance", "off", "-a", "mode-app"]);
    assert_eq!(
        sb.json(&["maintenance", "-a", "mode-app"])["maintenance"],
        false
    );

    sb.ok(&["-a", "mode-app", "stack:set", "container"]);
    let info = sb.json(&["info", "-a", "mode-app"]);
    assert_eq!(info["app"]["build_stack"]["name"], "container");
    let stacks = sb.ok(&["stack", "-a", "mode-app"]);
    assert!(stacks.lines().any(|l| l == "* heroku-24"), "{stacks}");
    // The platform refuses the name (422, exit 1) and says which stack it could not find.
    let (code, _, stderr) = sb.fails(&["stack:set", "no-such-stack", "-a", "mode-app"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("Couldn't find the stack no-such-stack."),
        "{stderr}"
    );
    let info = sb.json(&["info", "-a", "mode-app"]);
    assert_eq!(info["app"]["build_stack"]["name"], "container");
}

#[test]
fn app_from_env_project_file_and_git_remote() {
    let sb = Sandbox::new();
    sb.ok(&["create", "env-app"]);
    sb.ok(&["create", "file-app"]);

    let out = sb
        .belt()
        .args(["info", "--json"])
        .env("BELT_APP", "env-app")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "env-app");

    let project = sb.work().join("project");
    std::fs::create_dir_all(project.join("sub")).unwrap();
    std::fs::write(project.join(".belt.toml"), "app = \"file-app\"\n").unwrap();
    let out = sb
        .belt_in(&project.join("sub"))
        .args(["info", "--json"])
        .output()
        .unwrap();
    let v: Value = crate::harness::json_of(&out);
    assert_eq!(v["app"]["name"], "file-app");

    // A broken project file is a clear error naming the file.
    std::fs::write(project.join(".belt.toml"), "app = [").unwrap();
    let out = sb.belt_in(&project).args(["info"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".belt.toml"));

    // Inside a git repository, `create` adds the `heroku` remote and later commands use it.
    let repo = sb.work().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    sb.git(&repo, &["init", "-q"]);
    let out = sb
        .belt_in(&repo)
        .args(["create", "git-app"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Git remote heroku added"));
    let url = sb.git(&repo, &["remote", "get-url", "heroku"]);
    assert!(url.ends_with("git-app.git"), "{url}");
    let out = sb.belt_in(&repo).args(["info", "--json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "git-app");

    // Renaming updates the remote; a second app remote makes the choice ambiguous.
    sb.belt_in(&repo)
        .args(["rename", "git-app-2"])
        .assert()
        .success();
    assert!(
        sb.git(&repo, &["remote", "get-url", "heroku"])
            .ends_with("git-app-2.git")
    );
    let out = sb
        .belt_in(&repo)
        .args(["create", "other-git-app", "--remote", "staging"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = sb.belt_in(&repo).args(["info"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("git-app-2") && err.contains("other-git-app"),
        "{err}"
    );
    let out = sb
        .belt_in(&repo)
        .args(["info", "-r", "staging", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "other-git-app");
}

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

/// On a terminal `destroy` asks for the app's name: a wrong answer destroys nothing.
#[test]
fn destroy_prompts_on_a_terminal() {
    let sb = Sandbox::new();
    sb.ok(&["create", "prompt-app"]);
    let run_in_pty = |answer: &str| {
        let answers = serde_json::json!([["To proceed, type", answer]]);
        sb.belt_on_terminal(["destroy", "-a", "prompt-app"], &answers)
            .1
    };
    let transcript = run_in_pty("not-the-name");
    assert!(transcript.contains("To proceed, type"), "{transcript}");
    assert!(transcript.contains("did not match"), "{transcript}");
    assert_eq!(sb.app_names(), vec!["prompt-app"]);
    let transcript = run_in_pty("prompt-app");
    assert!(transcript.contains("done"), "{transcript}");
    assert!(sb.app_names().is_empty());
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
    let (status, _, account) = server.call("GET", "/account/features", &[], None);
    assert_eq!((status, account), (200, serde_json::json!([])));
    let (status, _, drains) = server.call("GET", "/apps/labs/log-drains", &[], None);
    assert_eq!((status, drains), (200, serde_json::json!([])));
    let (status, _, _) = server.call("GET", "/apps/nope/log-drains", &[], None);
    assert_eq!(status, 404);

    // Every answer matches the schema's definition.
    let schema: Value =
        serde_json::from_str(include_str!("data/heroku-platform-api-schema.json")).unwrap();
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
