//! Pipelines: `pipelines`, `pipelines:create/add/remove/info/rename/update/destroy/promote`
//! against a scripted backend that answers as the Platform API schema and the official CLI's
//! unit tests (test/unit/commands/pipelines) do: their fixtures' pipeline, apps and
//! couplings. Each command's requests (method, path, `Accept`, body) and output are checked.

mod ci_config;
mod diff;
mod promote;
mod seed;

use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use crate::harness::fake::{FakeBackend, Reply, Sent};
use crate::harness::{Sandbox, run_guarded};

const PIPELINE_ID: &str = "0123abcd-0000-4000-8000-000000000001";
const STAGING_ID: &str = "0123abcd-0000-4000-8000-0000000000a1";
const PRODUCTION_ID: &str = "0123abcd-0000-4000-8000-0000000000a2";
const EU_ID: &str = "0123abcd-0000-4000-8000-0000000000a3";
const OWNER_ID: &str = "0123abcd-0000-4000-8000-0000000000f0";
const PROMOTION_ID: &str = "0123abcd-0000-4000-8000-0000000000c0";

fn pipeline() -> Value {
    json!({"id": PIPELINE_ID, "name": "example-pipeline",
           "owner": {"id": OWNER_ID, "type": "user"}, "created_at": "2026-01-01T00:00:00Z"})
}

fn app(id: &str, name: &str, stack: &str) -> Value {
    json!({"id": id, "name": name, "stack": {"name": stack},
           "owner": {"id": OWNER_ID, "email": "gandalf@heroku.com"}})
}

fn coupling(app_id: &str, name: &str, stage: &str) -> Value {
    json!({"id": format!("c-{app_id}"), "stage": stage,
           "app": {"id": app_id, "name": name},
           "pipeline": {"id": PIPELINE_ID, "name": "example-pipeline"}})
}

/// A pipeline `example-pipeline` with `example-staging` at staging and `example-production`
/// and `example-production-eu` at production (the EU one on another stack and lacking
/// `SECRET_KEY`). The promotion's targets are pending on the first look, then `outcome`
/// (the EU one fails with the official test's "Because reasons" unless all succeed).
fn heroku_like(all_succeed: bool) -> FakeBackend {
    let polls = AtomicUsize::new(0);
    FakeBackend::start(move |_, request| heroku_answer(request, &polls, all_succeed))
}

/// [`heroku_like`]'s answer to `request`; `polls` counts the looks at the promotion.
fn heroku_answer(request: &str, polls: &AtomicUsize, all_succeed: bool) -> Reply {
    let not_found = r#"{"id":"not_found","message":"Couldn't find that pipeline."}"#;
    let body = match request {
        "GET /account" => json!({"id": OWNER_ID, "email": "gandalf@heroku.com"}),
        "GET /pipelines" => json!([pipeline()]),
        "GET /pipelines?eq[name]=example-pipeline" => json!([pipeline()]),
        "GET /pipelines?eq[name]=nope" => json!([]),
        "POST /pipelines" | "PATCH /pipelines/0123abcd-0000-4000-8000-000000000001" => pipeline(),
        "DELETE /pipelines/0123abcd-0000-4000-8000-000000000001"
        | "GET /pipelines/0123abcd-0000-4000-8000-000000000001" => pipeline(),
        "GET /apps/example-staging" => app(STAGING_ID, "example-staging", "heroku-24"),
        "GET /apps/example-staging/pipeline-couplings" => {
            coupling(STAGING_ID, "example-staging", "staging")
        }
        "GET /apps/example-production/pipeline-couplings" => {
            coupling(PRODUCTION_ID, "example-production", "production")
        }
        "GET /pipelines/0123abcd-0000-4000-8000-000000000001/pipeline-couplings" => json!([
            coupling(STAGING_ID, "example-staging", "staging"),
            coupling(PRODUCTION_ID, "example-production", "production"),
            coupling(EU_ID, "example-production-eu", "production"),
        ]),
        "POST /filters/apps" => json!([
            app(PRODUCTION_ID, "example-production", "heroku-24"),
            app(STAGING_ID, "example-staging", "heroku-24"),
            app(EU_ID, "example-production-eu", "heroku-22"),
        ]),
        "POST /pipeline-couplings" => coupling(STAGING_ID, "example-staging", "staging"),
        r if r.starts_with("PATCH /pipeline-couplings/")
            || r.starts_with("DELETE /pipeline-couplings/") =>
        {
            coupling(PRODUCTION_ID, "example-production", "staging")
        }
        "GET /apps/example-staging/config-vars" => {
            json!({"DATABASE_URL": "x", "SECRET_KEY": "y"})
        }
        "GET /apps/example-production/config-vars" => {
            json!({"DATABASE_URL": "x", "SECRET_KEY": "z"})
        }
        "GET /apps/example-production-eu/config-vars" => json!({"DATABASE_URL": "x"}),
        "POST /pipeline-promotions" => {
            json!({"id": PROMOTION_ID, "status": "pending", "source": {"app": {"id": STAGING_ID}}})
        }
        "GET /pipeline-promotions/0123abcd-0000-4000-8000-0000000000c0/promotion-targets" => {
            let first = polls.fetch_add(1, Ordering::SeqCst) == 0;
            let (status, error) = match (first, all_succeed) {
                (true, _) => ("pending", Value::Null),
                (false, true) => ("succeeded", Value::Null),
                (false, false) => ("failed", json!("Because reasons")),
            };
            json!([
                {"app": {"id": PRODUCTION_ID}, "status": "succeeded", "error_message": null},
                {"app": {"id": EU_ID}, "status": status, "error_message": error},
            ])
        }
        _ => return Reply::json(404, &[], not_found),
    };
    let status = if request.starts_with("POST ") {
        201
    } else {
        200
    };
    Reply::json(status, &[], &body.to_string())
}

fn belt_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (i32, String, String) {
    run_guarded(
        sb.belt()
            .args(args)
            .args(["--api-url", &backend.url])
            .env("BELT_API_KEY", "test-token"),
    )
}

/// Runs belt with `args`, asserting success and that stderr says `line`; returns stdout.
fn says(sb: &Sandbox, backend: &FakeBackend, args: &[&str], line: &str) -> String {
    let (stdout, stderr) = ok_at(sb, backend, args);
    assert!(stderr.contains(line), "{line:?} in {stderr}");
    stdout
}

fn ok_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (String, String) {
    let (code, stdout, stderr) = belt_at(sb, backend, args);
    assert_eq!(code, 0, "belt {args:?}: {stderr}");
    (stdout, stderr)
}

/// The request `METHOD /path` as sent, with its body read as JSON.
fn sent(backend: &FakeBackend, request: &str) -> (Sent, Value) {
    backend.find_sent(request)
}

fn changes(backend: &FakeBackend) -> Vec<String> {
    backend
        .requests()
        .into_iter()
        .filter(|r| !r.starts_with("GET ") && r != "POST /filters/apps")
        .collect()
}

#[test]
fn list_shows_the_pipelines() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let (stdout, _) = ok_at(&sb, &backend, &["pipelines"]);
    assert_eq!(stdout, "=== My Pipelines\n\nexample-pipeline\n");
    let (stdout, _) = ok_at(&sb, &backend, &["pipelines", "--json"]);
    let listed: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(listed, json!([pipeline()]));
    assert_eq!(backend.requests(), ["GET /pipelines", "GET /pipelines"]);
}

#[test]
fn create_guesses_the_name_and_stage_from_the_app() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["pipelines:create", "-a", "example-staging"],
    );
    assert!(
        stderr.ends_with(
            "Creating example pipeline... done\n\
             Adding ⬢ example-staging to example-pipeline pipeline as staging... done\n"
        ),
        "{stderr}"
    );
    let mut reads = backend.requests()[..2].to_vec();
    reads.sort();
    assert_eq!(reads, ["GET /account", "GET /apps/example-staging"]);
    assert_eq!(
        backend.requests()[2..],
        ["POST /pipelines", "POST /pipeline-couplings"]
    );
    let (app, _) = sent(&backend, "GET /apps/example-staging");
    assert!(app.head.contains("version=3.sdk"), "{}", app.head);
    let (created, body) = sent(&backend, "POST /pipelines");
    let accepts: Vec<&str> = created
        .head
        .lines()
        .filter(|line| line.to_ascii_lowercase().starts_with("accept:"))
        .collect();
    assert_eq!(
        accepts,
        ["accept: application/vnd.heroku+json; version=3.pipelines"],
        "{}",
        created.head
    );
    assert_eq!(
        body,
        json!({"generation": {"name": "cedar"}, "name": "example",
               "owner": {"id": OWNER_ID, "type": "user"}})
    );
    let (_, body) = sent(&backend, "POST /pipeline-couplings");
    assert_eq!(
        body,
        json!({"app": "example-staging", "pipeline": PIPELINE_ID, "stage": "staging"})
    );
}

#[test]
fn create_with_a_name_and_stage_and_json() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let args = [
        "pipelines:create",
        "shop",
        "-a",
        "example-staging",
        "-s",
        "development",
        "--json",
    ];
    let (stdout, _) = ok_at(&sb, &backend, &args);
    let answer: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(answer["pipeline"]["id"], PIPELINE_ID);
    assert_eq!(answer["coupling"]["stage"], "staging");
    assert_eq!(sent(&backend, "POST /pipelines").1["name"], "shop");
    assert_eq!(
        sent(&backend, "POST /pipeline-couplings").1["stage"],
        "development"
    );
}

#[test]
fn create_in_a_dry_run_lists_both_requests_and_sends_neither() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let (stdout, _) = ok_at(
        &sb,
        &backend,
        &["pipelines:create", "-a", "example-staging", "--dry-run"],
    );
    assert!(stdout.contains("Would send: POST "), "{stdout}");
    assert!(stdout.contains("/pipelines\n"), "{stdout}");
    assert!(stdout.contains("/pipeline-couplings\n"), "{stdout}");
    assert!(stdout.contains("<pipeline.id>"), "{stdout}");
    assert_eq!(changes(&backend), Vec::<String>::new());
}

#[test]
fn add_update_and_remove_couple_an_app() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    says(
        &sb,
        &backend,
        &[
            "pipelines:add",
            "example-pipeline",
            "-a",
            "example-production",
            "-s",
            "production",
        ],
        "Adding ⬢ example-production to example-pipeline pipeline as production... done",
    );
    let (found, _) = sent(&backend, "GET /pipelines?eq[name]=example-pipeline");
    assert!(found.head.contains("version=3.pipelines"), "{}", found.head);
    assert_eq!(
        sent(&backend, "POST /pipeline-couplings").1,
        json!({"app": "example-production", "pipeline": PIPELINE_ID, "stage": "production"})
    );

    let args = [
        "pipelines:update",
        "-a",
        "example-production",
        "-s",
        "staging",
    ];
    says(
        &sb,
        &backend,
        &args,
        "Changing ⬢ example-production to staging... done",
    );
    let path = format!("/pipeline-couplings/c-{PRODUCTION_ID}");
    assert_eq!(
        sent(&backend, &format!("PATCH {path}")).1,
        json!({"stage": "staging"})
    );

    let stdout = says(
        &sb,
        &backend,
        &["pipelines:remove", "-a", "example-production"],
        "Removing ⬢ example-production... done",
    );
    assert_eq!(stdout, "");
    assert_eq!(
        changes(&backend),
        [
            "POST /pipeline-couplings".to_string(),
            format!("PATCH {path}"),
            format!("DELETE {path}")
        ]
    );
    // An app's stage is guessed from its name when not given: `-production` is production.
    ok_at(
        &sb,
        &backend,
        &[
            "pipelines:add",
            "example-pipeline",
            "-a",
            "example-production",
        ],
    );
    let last = backend.sent().pop().unwrap();
    assert!(
        last.body.contains(r#""stage":"production""#),
        "{}",
        last.body
    );
}

#[test]
fn rename_and_destroy_find_the_pipeline_by_name() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    says(
        &sb,
        &backend,
        &["pipelines:rename", "example-pipeline", "shop"],
        "Renaming example-pipeline pipeline to shop... done",
    );
    let patch = format!("PATCH /pipelines/{PIPELINE_ID}");
    assert_eq!(sent(&backend, &patch).1, json!({"name": "shop"}));

    says(
        &sb,
        &backend,
        &["pipelines:destroy", "example-pipeline"],
        "Destroying example-pipeline pipeline... done",
    );
    let delete = format!("DELETE /pipelines/{PIPELINE_ID}");
    let (destroyed, body) = sent(&backend, &delete);
    assert_eq!(body, json!({"name": "example-pipeline"}));
    assert!(
        destroyed.head.contains("version=3.pipelines"),
        "{}",
        destroyed.head
    );
    // An id is read directly, not searched for.
    ok_at(
        &sb,
        &backend,
        &["pipelines:rename", PIPELINE_ID, "shop", "--dry-run"],
    );
    assert_eq!(changes(&backend), [patch, delete]);
}

#[test]
fn info_shows_the_apps_by_stage() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let (stdout, _) = ok_at(&sb, &backend, &["pipelines:info", "example-pipeline"]);
    assert_eq!(
        stdout,
        "=== example-pipeline\n\nowner: gandalf@heroku.com\n\n  App name                  Stage\n \
         ──────────────────────────────────────\n  ⬢ example-staging         staging\n  \
         ⬢ example-production      production\n  ⬢ example-production-eu   production\n"
    );
    let (filter, body) = sent(&backend, "POST /filters/apps");
    assert_eq!(
        body,
        json!({"in": {"id": [STAGING_ID, PRODUCTION_ID, EU_ID]}})
    );
    assert!(filter.head.contains("version=3.filters"), "{}", filter.head);
    assert!(filter.head.contains("id ..; max=1000;"), "{}", filter.head);
    let (couplings, _) = sent(
        &backend,
        &format!("GET /pipelines/{PIPELINE_ID}/pipeline-couplings"),
    );
    assert!(
        couplings.head.contains("version=3.sdk"),
        "{}",
        couplings.head
    );

    let (stdout, _) = ok_at(
        &sb,
        &backend,
        &["pipelines:info", "example-pipeline", "--json"],
    );
    let info: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(info["pipeline"], pipeline());
    assert_eq!(info["apps"][1]["name"], "example-staging");
    assert_eq!(info["apps"][1]["pipelineCoupling"]["stage"], "staging");
}

#[test]
fn an_unknown_pipeline_is_not_found() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    for args in [
        &["pipelines:info", "nope"][..],
        &[
            "pipelines:add",
            "nope",
            "-a",
            "example-staging",
            "-s",
            "staging",
        ],
        &["pipelines:rename", "nope", "other"],
        &["pipelines:destroy", "nope"],
    ] {
        let (code, stdout, stderr) = belt_at(&sb, &backend, args);
        assert_eq!(code, 4, "{args:?}: {stderr}");
        assert!(stderr.contains("Pipeline not found"), "{stderr}");
        assert_eq!(stdout, "");
    }
    assert_eq!(changes(&backend), Vec::<String>::new());
}

#[test]
fn a_bad_stage_is_a_usage_error_before_any_request() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    for args in [
        &["pipelines:update", "-a", "example-staging", "-s", "stagin"][..],
        &[
            "pipelines:add",
            "example-pipeline",
            "-a",
            "example-staging",
            "-s",
            "prod",
        ],
        &["pipelines:create", "-a", "example-staging", "-s", "qa"],
        &["pipelines:update", "-a", "example-staging"],
    ] {
        let (code, _, stderr) = belt_at(&sb, &backend, args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
    }
    assert_eq!(backend.requests(), Vec::<String>::new());
}

#[test]
fn create_on_a_terminal_asks_for_the_name_and_stage_with_the_guesses_as_defaults() {
    let backend = heroku_like(true);
    let sb = Sandbox::new().with_env("BELT_API_KEY", "test-token");
    let args = [
        "pipelines:create",
        "-a",
        "example-staging",
        "--api-url",
        &backend.url,
    ];
    // Enter takes the name's guess; the stage is typed.
    let answers = json!([
        ["Pipeline name [example]: ", ""],
        [
            "Stage of example-staging (development, staging, production) [staging]: ",
            "development"
        ]
    ]);
    let (code, output) = sb.belt_on_terminal(args, &answers);
    assert_eq!(code, 0, "{output}");
    assert_eq!(sent(&backend, "POST /pipelines").1["name"], "example");
    assert_eq!(
        sent(&backend, "POST /pipeline-couplings").1["stage"],
        "development"
    );
    // A stage that is not one is refused before anything is created.
    let answers = json!([
        ["Pipeline name [example]: ", "shop"],
        ["[staging]: ", "stagin"]
    ]);
    let (code, output) = sb.belt_on_terminal(args, &answers);
    assert_eq!(code, 2, "{output}");
    assert!(output.contains("'stagin' is not a stage"), "{output}");
    assert_eq!(backend.count("POST /pipelines"), 1);
}

#[test]
fn create_for_a_team_makes_the_team_its_owner() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, request| match request {
        "GET /teams/wizards" => Reply::json(200, &[], r#"{"id":"t-1","name":"wizards"}"#),
        "GET /apps/shop" => Reply::json(200, &[], r#"{"id":"a-1","name":"shop"}"#),
        "POST /pipeline-couplings" => {
            Reply::json(201, &[], &coupling("a-1", "shop", "production").to_string())
        }
        _ => Reply::json(201, &[], &pipeline().to_string()),
    });
    let args = [
        "pipelines:create",
        "-a",
        "shop",
        "-t",
        "wizards",
        "-s",
        "production",
    ];
    ok_at(&sb, &backend, &args);
    assert_eq!(
        sent(&backend, "POST /pipelines").1["owner"],
        json!({"id": "t-1", "type": "team"})
    );
    assert_eq!(backend.count("GET /account"), 0);
}

#[test]
fn info_names_an_owning_team_and_warns_of_apps_it_does_not_own() {
    let sb = Sandbox::new();
    let team_owned =
        json!([{"id": PIPELINE_ID, "name": "shop", "owner": {"id": "t-1", "type": "team"}}]);
    let backend = FakeBackend::start(move |_, request| {
        let body = match request {
            "GET /pipelines?eq[name]=shop" => team_owned.clone(),
            "GET /teams/t-1" => json!({"id": "t-1", "name": "wizards"}),
            "POST /filters/apps" => json!([app(STAGING_ID, "shop-staging", "heroku-24")]),
            _ => json!([coupling(STAGING_ID, "shop-staging", "staging")]),
        };
        Reply::json(200, &[], &body.to_string())
    });
    let (stdout, stderr) = ok_at(&sb, &backend, &["pipelines:info", "shop"]);
    assert!(
        stdout.starts_with("=== shop\n\nowner: wizards (team)\n"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: Some apps in this pipeline do not belong to wizards (team)."),
        "{stderr}"
    );
    // `--json` is the pipeline as the API has it: no team is looked up.
    ok_at(&sb, &backend, &["pipelines:info", "shop", "--json"]);
    assert_eq!(backend.count("GET /teams/"), 1);
}
