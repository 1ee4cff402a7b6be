//! `pipelines:promote`: each target's result, belt's warnings before it (config var keys a
//! target lacks, another stack), `--to`, refusals, `--dry-run`, a release command's output.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use super::{
    EU_ID, PIPELINE_ID, PRODUCTION_ID, PROMOTION_ID, STAGING_ID, belt_at, changes, heroku_answer,
    heroku_like, ok_at, sent,
};
use crate::harness::Sandbox;
use crate::harness::fake::{FakeBackend, Reply};

#[test]
fn promote_shows_each_targets_result_and_warns_first() {
    let sb = Sandbox::new();
    let backend = heroku_like(false);
    let (code, stdout, stderr) = belt_at(
        &sb,
        &backend,
        &["pipelines:promote", "-a", "example-staging"],
    );
    assert_eq!(code, 1, "{stderr}");
    for line in [
        "Fetching app info...",
        "Fetching apps from example-pipeline...",
        "warning: example-production-eu lacks config vars that example-staging has: SECRET_KEY",
        "warning: example-production-eu is on heroku-22 and example-staging on heroku-24",
        "Starting promotion to production...",
        "Waiting for promotion to complete...",
        "warning: Promotion to some apps failed",
    ] {
        assert!(stderr.contains(line), "{line:?} in {stderr}");
    }
    assert!(!stderr.contains("example-production lacks"), "{stderr}");
    assert_eq!(
        stdout,
        "example-production:    succeeded\nexample-production-eu: failed\n                       Because reasons\n"
    );
    assert_eq!(
        sent(&backend, "POST /pipeline-promotions").1,
        json!({"pipeline": {"id": PIPELINE_ID}, "source": {"app": {"id": STAGING_ID}},
               "targets": [{"app": {"id": PRODUCTION_ID}}, {"app": {"id": EU_ID}}]})
    );
}

#[test]
fn promote_to_named_apps_with_json() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let args = [
        "pipelines:promote",
        "-a",
        "example-staging",
        "--to",
        "example-production,",
        "--json",
    ];
    let (stdout, stderr) = ok_at(&sb, &backend, &args);
    let promoted: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(promoted["promotion"]["id"], PROMOTION_ID);
    assert_eq!(promoted["targets"][1]["status"], "succeeded");
    assert_eq!(promoted["missing_config_vars"], json!({}));
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_eq!(
        sent(&backend, "POST /pipeline-promotions").1["targets"],
        json!([{"app": {"id": PRODUCTION_ID}}])
    );
    // Success in human form.
    let (stdout, _) = ok_at(&sb, &backend, &args[..5]);
    assert!(stdout.starts_with("\nPromotion successful\n"), "{stdout}");
}

#[test]
fn promote_refuses_itself_an_unknown_app_and_the_last_stage() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    for (args, code, message) in [
        (
            &["-a", "example-staging", "--to", "example-staging"][..],
            2,
            "Cannot promote from an app to itself",
        ),
        (
            &["-a", "example-staging", "--to", "elsewhere"],
            4,
            "Cannot find app elsewhere",
        ),
        (
            &["-a", "example-production"],
            2,
            "Cannot promote example-production from 'production' stage",
        ),
    ] {
        let args = [&["pipelines:promote"][..], args].concat();
        let (status, _, stderr) = belt_at(&sb, &backend, &args);
        assert_eq!(status, code, "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{message:?} in {stderr}");
    }
    assert_eq!(backend.count("POST /pipeline-promotions"), 0);
}

#[test]
fn promote_in_a_dry_run_says_what_would_go_where_and_sends_nothing() {
    let sb = Sandbox::new();
    let backend = heroku_like(true);
    let (stdout, stderr) = ok_at(
        &sb,
        &backend,
        &["pipelines:promote", "-a", "example-staging", "--dry-run"],
    );
    assert!(
        stdout.starts_with(
            "Would promote example-staging to example-production, example-production-eu\n\
             Would send: POST "
        ),
        "{stdout}"
    );
    assert!(stdout.contains("/pipeline-promotions"), "{stdout}");
    assert!(stderr.contains("lacks config vars"), "{stderr}");
    assert_eq!(changes(&backend), Vec::<String>::new());
}

#[test]
fn promote_to_one_app_shows_its_release_command_output() {
    let sb = Sandbox::new();
    let url: Arc<OnceLock<String>> = Arc::new(OnceLock::new());
    let stream_url = url.clone();
    let polls = AtomicUsize::new(0);
    let targets = format!("GET /pipeline-promotions/{PROMOTION_ID}/promotion-targets");
    let release = format!("GET /apps/{PRODUCTION_ID}/releases/r-5");
    let backend = FakeBackend::start(move |_, request| {
        if request == targets {
            let status = match polls.fetch_add(1, Ordering::SeqCst) {
                0 => "pending",
                _ => "succeeded",
            };
            let body = json!([{"app": {"id": PRODUCTION_ID}, "status": status,
                               "release": {"id": "r-5", "version": 5}}]);
            return Reply::json(200, &[], &body.to_string());
        }
        if request == release {
            let output = format!("{}/release-output", stream_url.get().unwrap());
            let body = json!({"id": "r-5", "version": 5, "status": "succeeded",
                              "output_stream_url": output});
            return Reply::json(200, &[], &body.to_string());
        }
        if request == "GET /release-output" {
            return Reply::json(200, &[], "Release Command Output\n");
        }
        heroku_answer(request, &AtomicUsize::new(0), true)
    });
    url.set(backend.url.clone()).unwrap();
    let args = [
        "pipelines:promote",
        "-a",
        "example-staging",
        "--to",
        "example-production",
    ];
    let (stdout, stderr) = ok_at(&sb, &backend, &args);
    let all = format!("{stderr}{stdout}");
    assert!(all.contains("Running release command..."), "{all}");
    assert!(all.contains("Release Command Output"), "{all}");
    assert!(
        stdout.ends_with("\nPromotion successful\nexample-production: succeeded\n"),
        "{stdout}"
    );
}
