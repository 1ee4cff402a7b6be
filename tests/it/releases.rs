//! Releases and rollback on the embedded default: through the real binary, and at the API.

use crate::harness::Sandbox;
use serde_json::{Value, json};

fn versions_and_descriptions(releases: &[Value]) -> Vec<(u64, String)> {
    releases
        .iter()
        .map(|r| {
            (
                r["version"].as_u64().unwrap(),
                r["description"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn release_config(sb: &Sandbox, app: &str, version: &str) -> String {
    sb.ok(&["releases:info", version, "--shell", "-a", app])
}

#[test]
fn rollback_restores_exactly_and_releases_tell_the_story() {
    let sb = Sandbox::new();
    sb.ok(&["create", "story"]);
    sb.ok(&["config:add", "FOO=1", "BAR=2", "-a", "story"]); // v2
    sb.ok(&["config:add", "FOO=changed", "-a", "story"]); // v3
    sb.ok(&["config:unset", "BAR", "-a", "story"]); // v4
    sb.ok(&["config:add", "NEW=x y", "-a", "story"]); // v5
    let v3 = sb.json(&["releases:info", "v3", "-a", "story"]);
    assert_eq!(v3["description"], "Set FOO config vars");
    assert_eq!(
        release_config(&sb, "story", "v3"),
        "BAR='2'\nFOO='changed'\n"
    );

    // A dry run shows what would change and changes nothing.
    let preview = sb.ok(&["releases:rollback", "v3", "--dry-run", "-a", "story"]);
    assert!(preview.contains("+ BAR=\"2\""), "{preview}");
    assert!(preview.contains("- NEW=\"x y\""), "{preview}");
    assert_eq!(sb.releases("story").len(), 5);

    let out = sb
        .belt()
        .args(["releases:rollback", "v3", "-a", "story"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Rolling back ⬢ story to v3... done, v6"),
        "{stderr}"
    );
    assert!(
        stderr.contains("To undo, run: belt rollback v5"),
        "{stderr}"
    );
    assert_eq!(sb.config("story"), json!({"FOO": "changed", "BAR": "2"}));
    assert_eq!(
        release_config(&sb, "story", "v6"),
        release_config(&sb, "story", "v3")
    );

    let releases = sb.releases("story");
    assert_eq!(
        versions_and_descriptions(&releases),
        vec![
            (6, "Rollback to v3".to_string()),
            (5, "Set NEW config vars".to_string()),
            (4, "Remove BAR config vars".to_string()),
            (3, "Set FOO config vars".to_string()),
            (2, "Set BAR, FOO config vars".to_string()),
            (1, "Initial release".to_string()),
        ]
    );
    let current: Vec<u64> = releases
        .iter()
        .filter(|r| r["current"] == true)
        .map(|r| r["version"].as_u64().unwrap())
        .collect();
    assert_eq!(current, vec![6]);
    assert!(releases.iter().all(|r| r["eligible_for_rollback"] == true));
    assert_eq!(releases[0]["user"]["email"], "owner@belt.local");

    // Human forms.
    let list = sb.ok(&["releases", "-a", "story"]);
    assert!(
        list.starts_with("=== story Releases - Current: v6\n\n"),
        "{list}"
    );
    assert!(
        list.lines()
            .any(|l| l.trim_start().starts_with("v6") && l.contains("Rollback to v3")),
        "{list}"
    );
    let two = sb.ok(&["releases", "-n", "2", "-a", "story"]);
    assert_eq!(
        two.lines()
            .filter(|l| l.trim_start().starts_with('v'))
            .count(),
        2
    );
    let info = sb.ok(&["releases:info", "-a", "story"]);
    assert!(info.starts_with("=== Release v6\n"), "{info}");
    assert!(info.contains("Change:  Rollback to v3"), "{info}");
    assert!(info.contains("=== v6 Config vars"), "{info}");

    // The diff between the release rolled back from and the rollback is exactly the change.
    let diff = sb.json(&["releases:diff", "v5", "v6", "-a", "story"]);
    assert_eq!(
        diff["config_vars"],
        json!({"added": {"BAR": "2"}, "removed": {"NEW": "x y"}, "changed": {}})
    );
    assert_eq!(diff["slug_changed"], false);
    let diff = sb.json(&["releases:diff", "v2", "-a", "story"]);
    assert_eq!(diff["to"]["version"], 6);
    assert_eq!(
        diff["config_vars"],
        json!({"added": {}, "removed": {}, "changed": {"FOO": {"from": "1", "to": "changed"}}})
    );
    let human = sb.ok(&["releases:diff", "v3", "v6", "-a", "story"]);
    assert!(human.contains("Config vars: no changes"), "{human}");

    // No argument: back to the release before the current one.
    sb.ok(&["rollback", "-a", "story"]);
    let newest = &sb.releases("story")[0];
    assert_eq!(newest["version"], 7);
    assert_eq!(newest["description"], "Rollback to v5");
    assert_eq!(sb.config("story"), json!({"FOO": "changed", "NEW": "x y"}));
}

#[test]
fn unknown_or_malformed_releases_are_errors() {
    let sb = Sandbox::new();
    sb.ok(&["create", "lonely"]);
    for (args, code) in [
        (&["releases:info", "v99"][..], 4),
        (&["releases:rollback", "v99"], 4),
        (&["releases:diff", "v1", "v42"], 4),
        (&["releases:info", "vx"], 2),
        (&["releases:rollback", "latest"], 2),
        (&["releases:diff", "v0"], 2),
        // Only v1: nothing before it to roll back to.
        (&["rollback"], 4),
    ] {
        let mut all = args.to_vec();
        all.extend(["-a", "lonely"]);
        let (got, _, stderr) = sb.fails(&all);
        assert_eq!(got, code, "{args:?}: {stderr}");
    }
    assert_eq!(sb.releases("lonely").len(), 1);
}

/// The wire format, as other clients (the Heroku CLI) see it.
#[test]
fn api_speaks_the_schema() {
    let sb = Sandbox::new();
    let data = sb.data_dir().join("platform");
    crate::harness::runtime().block_on(async {
        let platform = belt_platform::start_embedded(&data).await.unwrap();
        let http = crate::harness::http_client();
        let call =
            |method: reqwest::Method, path: &str, body: Option<Value>, range: Option<&str>| {
                let mut request = http
                    .request(method, format!("{}{path}", platform.url))
                    .bearer_auth(&platform.token)
                    .header("Accept", "application/vnd.heroku+json; version=3");
                if let Some(body) = body {
                    request = request.json(&body);
                }
                if let Some(range) = range {
                    request = request.header("Range", range);
                }
                async move {
                    let response = request.send().await.unwrap();
                    let status = response.status().as_u16();
                    let next = response
                        .headers()
                        .get("next-range")
                        .map(|v| v.to_str().unwrap().to_string());
                    (status, next, response.json::<Value>().await.unwrap())
                }
            };
        use reqwest::Method;
        let (status, _, app) =
            call(Method::POST, "/apps", Some(json!({"name": "wire"})), None).await;
        assert_eq!(status, 201);
        assert!(app["released_at"].is_string());

        let (status, _, config) = call(
            Method::PATCH,
            "/apps/wire/config-vars",
            Some(json!({"A": "1", "B": "2", "C": "3"})),
            None,
        )
        .await;
        assert_eq!(
            (status, config),
            (200, json!({"A": "1", "B": "2", "C": "3"}))
        );
        let (_, _, config) = call(
            Method::PATCH,
            "/apps/wire/config-vars",
            Some(json!({"A": null, "B": "two", "MISSING": null})),
            None,
        )
        .await;
        assert_eq!(config, json!({"B": "two", "C": "3"}));
        // Nothing changes, no release.
        call(
            Method::PATCH,
            "/apps/wire/config-vars",
            Some(json!({"C": "3"})),
            None,
        )
        .await;
        for bad in [
            json!({"BAD-KEY": "1"}),
            json!({"A": 1}),
            json!({"A": ["x"]}),
        ] {
            let (status, _, error) =
                call(Method::PATCH, "/apps/wire/config-vars", Some(bad), None).await;
            assert_eq!(status, 422, "{error}");
            assert_eq!(error["id"], "invalid_params");
        }
        let (status, _, _) = call(
            Method::PATCH,
            "/apps/wire/config-vars",
            Some(json!([1])),
            None,
        )
        .await;
        // Valid JSON of the wrong shape: Heroku's 422, as for a wrong-typed value.
        assert_eq!(status, 422);

        // v1 initial, v2 set, v3 set+remove.
        let (status, next, page) = call(
            Method::GET,
            "/apps/wire/releases",
            None,
            Some("version ..; max=2"),
        )
        .await;
        assert_eq!(status, 206);
        assert_eq!(page.as_array().unwrap().len(), 2);
        assert_eq!(next.as_deref(), Some("version ]2..; max=2"));
        let (status, _, rest) =
            call(Method::GET, "/apps/wire/releases", None, next.as_deref()).await;
        assert_eq!(status, 200);
        assert_eq!(rest[0]["version"], 3);
        assert_eq!(rest[0]["description"], "Set B and remove A config vars");
        let mut fields: Vec<&String> = rest[0].as_object().unwrap().keys().collect();
        fields.sort();
        assert_eq!(
            fields,
            [
                "addon_plan_names",
                "app",
                "artifacts",
                "created_at",
                "current",
                "description",
                "eligible_for_rollback",
                "id",
                "output_stream_url",
                "slug",
                "status",
                "updated_at",
                "user",
                "version"
            ]
        );
        let (_, _, desc) = call(
            Method::GET,
            "/apps/wire/releases",
            None,
            Some("version ..; order=desc, max=1"),
        )
        .await;
        assert_eq!(desc[0]["version"], 3);
        assert_eq!(desc[0]["current"], true);

        // Info by version and by id; a release's config vars.
        let v2_id = page[1]["id"].as_str().unwrap().to_string();
        let (_, _, by_id) = call(
            Method::GET,
            &format!("/apps/wire/releases/{v2_id}"),
            None,
            None,
        )
        .await;
        assert_eq!(by_id["version"], 2);
        assert_eq!(by_id["current"], false);
        let (_, _, v2_config) =
            call(Method::GET, "/apps/wire/releases/2/config-vars", None, None).await;
        assert_eq!(v2_config, json!({"A": "1", "B": "2", "C": "3"}));
        let (status, _, error) = call(Method::GET, "/apps/wire/releases/9", None, None).await;
        assert_eq!((status, error["id"].clone()), (404, json!("not_found")));

        // Rollback by id: a new release with v2's config.
        let (status, _, rollback) = call(
            Method::POST,
            "/apps/wire/releases",
            Some(json!({"release": v2_id})),
            None,
        )
        .await;
        assert_eq!(status, 201);
        assert_eq!(rollback["version"], 4);
        assert_eq!(rollback["description"], "Rollback to v2");
        assert_eq!(rollback["current"], true);
        let (_, _, config) = call(Method::GET, "/apps/wire/config-vars", None, None).await;
        assert_eq!(config, v2_config);
        for bad in [
            json!({"release": "v99"}),
            json!({"release": 99}),
            json!({"slug": "no-such-slug"}),
        ] {
            let (status, _, _) = call(Method::POST, "/apps/wire/releases", Some(bad), None).await;
            assert_eq!(status, 404);
        }
        let (status, _, _) = call(Method::POST, "/apps/wire/releases", Some(json!({})), None).await;
        assert_eq!(status, 422);

        // Every release is in the app's log.
        let events = platform
            .platform()
            .recent_events("wire", 100)
            .unwrap()
            .unwrap();
        let messages: Vec<&str> = events.iter().map(|e| e.message.as_str()).collect();
        for expected in [
            "Release v1 created by user owner@belt.local",
            "Set A, B, C config vars by user owner@belt.local",
            "Rollback to v2 by user owner@belt.local",
            "Release v4 created by user owner@belt.local",
        ] {
            assert!(messages.contains(&expected), "{expected}: {messages:?}");
        }
    });
}

/// `releases -n N` takes any N and reads as many pages as it takes; the platform answers 200
/// releases a page unless `max` asks for more (at most 1,000).
#[test]
fn releases_n_reads_every_page_it_needs() {
    let sb = Sandbox::new();
    let server = sb.serve();
    server.belt_ok(&sb, &["create", "long-history", "--no-remote"]);
    // v1 (create) and v2..v261: 261 releases.
    for i in 0..260 {
        let body = format!(r#"{{"N": "{i}"}}"#);
        let (status, _, json) =
            server.call("PATCH", "/apps/long-history/config-vars", &[], Some(&body));
        assert_eq!(status, 200, "{json}");
    }
    let (status, headers, page) = server.call(
        "GET",
        "/apps/long-history/releases",
        &[("Range", "version ..; order=desc, max=5000")],
        None,
    );
    assert_eq!(status, 200, "max is capped at 1000, which holds them all");
    assert_eq!(page.as_array().unwrap().len(), 261);
    assert!(!headers.contains_key("next-range"));
    let (status, headers, page) = server.call("GET", "/apps/long-history/releases", &[], None);
    assert_eq!(status, 206);
    assert_eq!(page.as_array().unwrap().len(), 200);
    assert!(headers.contains_key("next-range"));

    let listed: Value = serde_json::from_str(&server.belt_ok(
        &sb,
        &["releases", "-n", "250", "--json", "-a", "long-history"],
    ))
    .unwrap();
    let versions: Vec<u64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, (12..=261).rev().collect::<Vec<u64>>());
    let all: Value = serde_json::from_str(&server.belt_ok(
        &sb,
        &["releases", "-n", "5000", "--json", "-a", "long-history"],
    ))
    .unwrap();
    assert_eq!(all.as_array().unwrap().len(), 261);
}

/// Each release runs its own slug: after three deploys, a rollback to the first runs the
/// first's code, and rolling forward again runs the newest.
#[test]
fn a_rollback_after_several_deploys_runs_the_old_code() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("repo", "web: python3 -m http.server $PORT\n", "main");
    sb.belt_in(&dir)
        .args(["create", "slugs"])
        .assert()
        .success();
    let push = || {
        let output = sb
            .std_command("git")
            .current_dir(&dir)
            .args(["push", "-q", "heroku", "HEAD:main"])
            .output()
            .expect("git push");
        let err = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "{err}");
    };
    for version in ["one", "two", "three"] {
        std::fs::write(dir.join("version.txt"), format!("{version}\n")).unwrap();
        sb.commit_all(&dir, version);
        push();
    }
    let code = || sb.ok(&["run", "-a", "slugs", "--", "cat", "version.txt"]);
    assert_eq!(code(), "three\n");
    // v2 is the first deploy.
    sb.ok(&["releases:rollback", "v2", "-a", "slugs"]);
    assert_eq!(code(), "one\n");
    sb.ok(&["releases:rollback", "v4", "-a", "slugs"]);
    assert_eq!(code(), "three\n");
}
