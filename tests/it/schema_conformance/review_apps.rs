//! The review apps' scenario: enabling and configuring a pipeline's review apps, creating one
//! from a local branch, listing and destroying it, and disabling them, every exchange checked
//! against the schema's `review-app` and `review-app-config`.

use super::checker::Schema;
use super::harness::Conformance;
use crate::harness::Sandbox;

const APP_JSON: &str = r#"{
  "env": {"HEROKU_APP_NAME": {"required": true}, "HEROKU_PR_NUMBER": {"required": true}},
  "addons": ["heroku-postgresql"],
  "scripts": {"pr-predestroy": "echo goodbye"}
}"#;

#[test]
fn review_app_exchanges_follow_the_official_schema() {
    let schema = Schema::load();
    let sb = Sandbox::new();
    let work = sb.work();
    sb.git(&work, &["-c", "init.defaultBranch=main", "init", "-q"]);
    std::fs::write(work.join("app.json"), APP_JSON).unwrap();
    std::fs::write(work.join("Procfile"), "worker: sleep 600\n").unwrap();
    sb.commit_all(&work, "app.json");
    sb.git(&work, &["branch", "feature-x"]);

    let run = Conformance::start(sb);
    run.run_all(&[&["create", "conf-staging"]]);
    // The pipeline is made directly: its own exchanges are the pipelines scenario's.
    let (status, _, pipeline) =
        run.server
            .call("POST", "/pipelines", &[], Some(r#"{"name": "shop"}"#));
    assert_eq!(status, 201, "{pipeline}");
    let coupling =
        serde_json::json!({"app": "conf-staging", "pipeline": pipeline["id"], "stage": "staging"});
    let (status, _, _) = run.server.call(
        "POST",
        "/pipeline-couplings",
        &[],
        Some(&coupling.to_string()),
    );
    assert_eq!(status, 201);
    run.run_all(&[
        &["reviewapps:enable", "-p", "shop"],
        &[
            "reviewapps:enable",
            "-p",
            "shop",
            "--autodestroy",
            "--stale-days",
            "3",
        ],
    ]);
    let created = run.belt(&[
        "reviewapps:create",
        "-p",
        "shop",
        "-b",
        "feature-x",
        "--pr",
        "5",
        "--wait",
        "--wait-interval",
        "0.2",
        "--json",
    ]);
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let created: serde_json::Value = serde_json::from_slice(&created.stdout).expect("json");
    let name = created["review_app"]["app"]["name"].as_str().expect("name");
    run.run_all(&[
        &["reviewapps", "-p", "shop"],
        &[
            "reviewapps:destroy",
            "-a",
            name,
            "--confirm",
            name,
            "--wait-interval",
            "0.2",
        ],
        &["reviewapps:disable", "-p", "shop", "--no-autodestroy"],
        &["reviewapps:disable", "-p", "shop"],
    ]);
    // The refused PATCH (review apps are off) is an error answer the schema checks too.
    run.run_failing(&[(
        &["reviewapps:disable", "-p", "shop", "--no-autodeploy"],
        4,
        "review apps are not enabled on pipeline shop",
    )]);

    run.assert_conforms(&schema);
    run.assert_covered(&[
        ("POST", "/pipelines/{}/review-app-config"),
        ("PATCH", "/pipelines/{}/review-app-config"),
        ("DELETE", "/pipelines/{}/review-app-config"),
        ("POST", "/review-apps"),
        ("GET", "/pipelines/{}/review-apps"),
        ("GET", "/review-apps/{}"),
        ("DELETE", "/review-apps/{}"),
        ("GET", "/apps/{}/review-app"),
    ]);
}
