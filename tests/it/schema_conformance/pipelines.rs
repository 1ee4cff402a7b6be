//! The pipelines scenario: every exchange of `pipelines:*` (pipelines, couplings, promotions
//! and their targets, the apps looked up through `/filters/apps`, the releases and slugs
//! `pipelines:diff` reads) and of `ci:config*` (stage config vars) checked against the
//! official schema, with 0 problems, on a `belt serve` of its own.

use super::Schema;
use super::harness::Conformance;
use crate::harness::Sandbox;

const STAGING: &str = "pipe-staging";
const PRODUCTION: &str = "pipe-prod";

const SCENARIO: &[&[&str]] = &[
    &["apps:create", STAGING, "--no-remote"],
    &["apps:create", PRODUCTION, "--no-remote"],
    &["deploy", "site", "-a", STAGING],
    &["config:set", "ONLY_STAGING=1", "-a", STAGING],
    &["pipelines:create", "pipe", "-a", STAGING, "-s", "staging"],
    &[
        "pipelines:add",
        "pipe",
        "-a",
        PRODUCTION,
        "-s",
        "development",
    ],
    &["pipelines:update", "-a", PRODUCTION, "-s", "production"],
    &["pipelines"],
    &["pipelines", "--json"],
    &["pipelines:info", "pipe"],
    &["pipelines:info", "pipe", "--json"],
    &["apps:info", "-a", STAGING],
    &["pipelines:diff", "-a", STAGING],
    &["pipelines:promote", "-a", STAGING],
    &["pipelines:diff", "-a", STAGING, "--values", "--json"],
    &[
        "ci:config:set",
        "--pipeline",
        "pipe",
        "RAILS_ENV=test",
        "A=1",
    ],
    &["ci:config", "--pipeline", "pipe"],
    &["ci:config:get", "-a", STAGING, "A"],
    &["ci:config:unset", "--pipeline", "pipe", "A"],
    &["ci:config", "--pipeline", "pipe", "--json"],
    &["ci:config:set", "-p", "pipe", "--stage", "review", "R=1"],
    &["ci:config", "-p", "pipe", "--stage", "review"],
];

/// After the pipeline was named by its id: its end.
const LAST: &[&[&str]] = &[
    &["pipelines:rename", "pipe", "pipe-two"],
    &["pipelines:remove", "-a", PRODUCTION],
    &["pipelines:destroy", "pipe-two"],
];

/// Refusals, for the error answers the schema checks.
const FAILING: &[(&[&str], i32, &str)] = &[
    (&["pipelines:info", "nope"], 4, "Pipeline not found"),
    (
        &["pipelines:diff", "-a", STAGING],
        4,
        "does not seem to be a part of any pipeline",
    ),
];

#[test]
fn pipeline_exchanges_follow_the_official_schema() {
    let schema = Schema::load();
    let sb = Sandbox::new();
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), "worker: sleep 600\n").unwrap();
    sb.git(&sb.work(), &["-c", "init.defaultBranch=main", "init", "-q"]);
    sb.commit_all(&sb.work(), "pipeline deploy");

    let run = Conformance::start(sb);
    run.run_all(SCENARIO);
    // By id, a pipeline is read directly (GET /pipelines/{id}).
    let listed = run.belt(&["pipelines", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    let id = listed[0]["id"].as_str().expect("the pipeline's id");
    run.run_all(&[&["pipelines:info", id], &["ci:config", "-p", id]]);
    run.run_all(LAST);
    run.run_failing(FAILING);
    let exchanges = run.assert_conforms(&schema);
    assert!(exchanges.iter().any(|e| e.status >= 400), "{exchanges:#?}");
    run.assert_covered(&[
        ("POST", "/pipelines"),
        ("GET", "/pipelines"),
        ("GET", "/pipelines/{}"),
        ("PATCH", "/pipelines/{}"),
        ("DELETE", "/pipelines/{}"),
        ("POST", "/pipeline-couplings"),
        ("GET", "/pipelines/{}/pipeline-couplings"),
        ("GET", "/apps/{}/pipeline-couplings"),
        ("PATCH", "/pipeline-couplings/{}"),
        ("DELETE", "/pipeline-couplings/{}"),
        ("POST", "/filters/apps"),
        ("POST", "/pipeline-promotions"),
        ("GET", "/pipeline-promotions/{}/promotion-targets"),
        ("GET", "/apps/{}/slugs/{}"),
        ("GET", "/pipelines/{}/stage/{}/config-vars"),
        ("PATCH", "/pipelines/{}/stage/{}/config-vars"),
    ]);
}
