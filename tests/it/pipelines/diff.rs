//! `pipelines:diff` against the scripted backend: each downstream app's slug commit against
//! the app's (the official CLI's requests: coupling, pipeline apps, newest releases, slug),
//! belt's honest word when the local repository lacks the commits, the config var keys that
//! differ (values only with `--values`), and the official refusals.

use std::sync::atomic::AtomicUsize;

use serde_json::{Value, json};

use super::{EU_ID, PRODUCTION_ID, STAGING_ID, belt_at, heroku_answer, ok_at};
use crate::harness::Sandbox;
use crate::harness::fake::{FakeBackend, Reply};

/// The pipeline of [`super::heroku_like`], each app's newest succeeded release running a
/// slug of its own commit (the EU app's of none).
fn with_slugs() -> FakeBackend {
    FakeBackend::start(move |_, request| {
        let commit = |id: &str| format!("{:0<40}", &id[34..]);
        for (id, name) in [
            (STAGING_ID, "example-staging"),
            (PRODUCTION_ID, "example-production"),
            (EU_ID, "example-production-eu"),
        ] {
            let body = if request == format!("GET /apps/{id}/releases") {
                json!([
                    {"id": "r-2", "version": 2, "status": "failed", "slug": {"id": "broken"}},
                    {"id": "r-1", "version": 1, "status": "succeeded", "slug": {"id": format!("s-{name}")}},
                ])
            } else if request == format!("GET /apps/{id}/slugs/s-{name}") {
                // The EU app's slug was built from a source without a version.
                let commit = (id != EU_ID).then(|| commit(id));
                json!({"id": format!("s-{name}"), "commit": commit})
            } else if request == format!("GET /apps/{id}/config-vars") {
                let name = format!("GET /apps/{name}/config-vars");
                return heroku_answer(&name, &AtomicUsize::new(0), true);
            } else {
                continue;
            };
            return Reply::json(200, &[], &body.to_string());
        }
        heroku_answer(request, &AtomicUsize::new(0), true)
    })
}

#[test]
fn diff_names_what_differs_and_says_when_the_commits_are_not_here() {
    let sb = Sandbox::new();
    let backend = with_slugs();
    let args = ["pipelines:diff", "-a", "example-staging"];
    let (stdout, stderr) = ok_at(&sb, &backend, &args);
    for line in [
        "Fetching apps from pipeline... done",
        "Fetching release info for all apps... done",
    ] {
        assert!(stderr.contains(line), "{line:?} in {stderr}");
    }
    for line in [
        "⬢ example-staging was not compared to ⬢ example-production because the local git \
         repository does not have both commits (a100000 and a200000)",
        "=== Config vars that differ between ⬢ example-staging and ⬢ example-production",
        "SECRET_KEY: differs between ⬢ example-staging and ⬢ example-production",
        "SECRET_KEY: only in ⬢ example-staging",
        "⬢ example-staging was not compared to ⬢ example-production-eu as the slug of \
         ⬢ example-production-eu records no commit",
    ] {
        assert!(stdout.contains(line), "{line:?} in {stdout}");
    }
    assert!(
        !stdout.contains("\"y\""),
        "values only with --values: {stdout}"
    );
    // The newest succeeded release's slug, as the official CLI picks it.
    assert!(!backend.requests().iter().any(|r| r.contains("broken")));

    let (stdout, _) = ok_at(
        &sb,
        &backend,
        &[&args[..], &["--values", "--json"]].concat(),
    );
    let diff: Value = serde_json::from_str(&stdout).unwrap();
    let production = &diff["downstream"][0];
    assert_eq!(production["app"], "example-production", "{diff}");
    assert_eq!(production["status"], "not_compared", "{diff}");
    assert_eq!(
        production["config_vars"]["different"],
        json!({"SECRET_KEY": {"from": "z", "to": "y"}})
    );
    assert_eq!(
        diff["downstream"][1]["config_vars"]["only_in_app"],
        json!({"SECRET_KEY": "y"})
    );
}

#[test]
fn diff_refuses_an_app_outside_a_pipeline_and_the_last_stage() {
    let sb = Sandbox::new();
    let backend = with_slugs();
    for (app, code, message) in [
        (
            "elsewhere",
            4,
            "This app (elsewhere) does not seem to be a part of any pipeline",
        ),
        ("example-production", 2, "Unable to diff example-production"),
    ] {
        let (status, _, stderr) = belt_at(&sb, &backend, &["pipelines:diff", "-a", app]);
        assert_eq!(status, code, "{app}: {stderr}");
        assert!(stderr.contains(message), "{message:?} in {stderr}");
    }
}
