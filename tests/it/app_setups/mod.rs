//! `apps:setup` and `apps:manifest` against a scripted backend that answers as the Platform
//! API schema's `app-setup` has it: the requests belt sends (the source upload, the setup's
//! `app`, `source_blob` and `overrides`), how it follows a pending setup through its build to
//! the end, and what it shows of a success and of a failure. The local platform's side is in
//! `local.rs`.

pub(crate) mod local;
mod manifest;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use crate::harness::fake::{FakeBackend, Reply};
use crate::harness::{Sandbox, run_guarded};

const SETUP_ID: &str = "5e7a0000-0000-4000-8000-000000000001";
const BUILD_ID: &str = "b0110000-0000-4000-8000-000000000001";
const APP_ID: &str = "a0000000-0000-4000-8000-000000000001";

const MANIFEST: &str = r#"{
  "name": "shop",
  "env": {
    "GREETING": "hello",
    "API_TOKEN": {"description": "the payment API's token"},
    "SECRET_KEY_BASE": {"generator": "secret"}
  },
  "addons": ["heroku-postgresql"],
  "formation": {"web": {"quantity": 1, "size": "basic"}},
  "scripts": {"postdeploy": "./seed"}
}"#;

/// A directory (not a git repository) with a Procfile and `app_json` as its app.json.
fn code(sb: &Sandbox, app_json: &str) -> PathBuf {
    let dir = sb.path("shop");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Procfile"), "web: ./serve\n").unwrap();
    std::fs::write(dir.join("app.json"), app_json).unwrap();
    dir
}

fn setup(status: &str, build: Value, rest: Value) -> Value {
    let mut setup = json!({"id": SETUP_ID, "status": status, "app": {"id": APP_ID, "name": "shop"},
        "build": build, "failure_message": null, "manifest_errors": [], "postdeploy": null,
        "resolved_success_url": null,
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"});
    if let (Some(setup), Value::Object(rest)) = (setup.as_object_mut(), rest) {
        setup.extend(rest);
    }
    setup
}

/// A backend whose setup is pending with no build on the first look, pending with a running
/// build on the second, and then `end` (the build's status is `build_status` by then).
fn backend(end: Value, build_status: &'static str) -> FakeBackend {
    let base = Arc::new(OnceLock::<String>::new());
    let url = base.clone();
    let looks = AtomicUsize::new(0);
    let end = Arc::new(end);
    let backend = FakeBackend::start(move |_, request| {
        let base = url.get().cloned().unwrap_or_default();
        let build = json!({"id": BUILD_ID, "status": "pending",
            "output_stream_url": format!("{base}/output")});
        let body = match request {
            "POST /sources" => json!({"source_blob": {
                "get_url": format!("{base}/blob?get"), "put_url": format!("{base}/blob?put")}}),
            "PUT /blob?put" => {
                return Reply::Raw(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
                );
            }
            "POST /app-setups" => setup("pending", Value::Null, json!({})),
            "GET /app-setups/5e7a0000-0000-4000-8000-000000000001" => {
                match looks.fetch_add(1, Ordering::SeqCst) {
                    0 => setup("pending", Value::Null, json!({})),
                    1 => setup("pending", build, json!({})),
                    _ => (*end).clone(),
                }
            }
            "GET /output" => {
                return Reply::Raw(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 32\r\nConnection: close\r\n\r\n-----> Building\n-----> Released\n"
                        .to_vec(),
                );
            }
            "GET /apps/shop/builds/b0110000-0000-4000-8000-000000000001" => {
                json!({"id": BUILD_ID, "status": build_status})
            }
            _ => return Reply::json(404, &[], r#"{"id":"not_found","message":"no such thing"}"#),
        };
        let status = if request.starts_with("POST ") {
            201
        } else {
            200
        };
        Reply::json(status, &[], &body.to_string())
    });
    let _ = base.set(backend.url.clone());
    backend
}

fn succeeded() -> Value {
    setup(
        "succeeded",
        json!({"id": BUILD_ID, "status": "succeeded", "output_stream_url": null}),
        json!({"postdeploy": {"output": "seeded 3 products\n", "exit_code": 0},
               "resolved_success_url": "https://shop.example.com/"}),
    )
}

fn failed() -> Value {
    setup(
        "failed",
        Value::Null,
        json!({"failure_message": "invalid app.json",
               "manifest_errors": ["config var API_TOKEN is required",
                                   "no such add-on plan: heroku-postgresqll",
                                   "formation: no process type wob in the Procfile"]}),
    )
}

/// A sandbox, the code to set up, and a [`backend`] ending the setup as `end`.
struct Run {
    sb: Sandbox,
    dir: PathBuf,
    backend: FakeBackend,
}

impl Run {
    fn new(end: Value, build_status: &'static str) -> Run {
        let sb = Sandbox::new();
        let dir = code(&sb, MANIFEST);
        Run {
            sb,
            dir,
            backend: backend(end, build_status),
        }
    }

    /// belt with `args` in the code's directory, against the backend.
    fn belt(&self, args: &[&str]) -> (i32, String, String) {
        run_guarded(
            self.sb
                .belt_in(&self.dir)
                .args(args)
                .args(["--api-url", &self.backend.url, "--wait-interval", "0.1"])
                .env("BELT_API_KEY", "test-token"),
        )
    }
}

#[test]
fn a_setup_is_uploaded_created_and_followed_to_its_postdeploy_output() {
    let run = Run::new(succeeded(), "succeeded");
    let (code, stdout, stderr) = run.belt(&[
        "apps:setup",
        "--name",
        "shop",
        "--env",
        "API_TOKEN=tok",
        "--region",
        "eu",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let changes: Vec<String> = run
        .backend
        .requests()
        .into_iter()
        .filter(|r| !r.starts_with("GET "))
        .collect();
    assert_eq!(
        changes,
        ["POST /sources", "PUT /blob?put", "POST /app-setups"]
    );
    let (upload, _) = run.backend.find_sent("PUT /blob?put");
    let (_, body) = run.backend.find_sent("POST /app-setups");
    let checksum = body["source_blob"]["checksum"].as_str().unwrap_or_default();
    assert!(
        checksum.starts_with("SHA256:") && checksum.len() == 71,
        "{body}"
    );
    assert!(!upload.body.is_empty());
    assert_eq!(
        body["source_blob"]["url"],
        format!("{}/blob?get", run.backend.url)
    );
    assert_eq!(body["app"], json!({"name": "shop", "region": "eu"}));
    assert_eq!(body["overrides"], json!({"env": {"API_TOKEN": "tok"}}));
    assert!(stderr.contains("Creating an app from "), "{stderr}");
    assert!(stderr.contains("done, ⬢ shop"), "{stderr}");
    assert!(stderr.contains("Setting up ⬢ shop... building"), "{stderr}");
    assert!(
        stderr.contains("Finishing the setup of ⬢ shop... done"),
        "{stderr}"
    );
    assert!(
        stdout.starts_with("-----> Building\n-----> Released\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Postdeploy:  exit 0"), "{stdout}");
    assert!(
        stdout.ends_with("=== Postdeploy output\n\nseeded 3 products\n"),
        "{stdout}"
    );
}

#[test]
fn json_is_the_finished_setup_object() {
    let run = Run::new(succeeded(), "succeeded");
    let (code, stdout, stderr) = run.belt(&["apps:setup", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let printed: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(printed, succeeded());
    let (_, body) = run.backend.find_sent("POST /app-setups");
    assert_eq!(body.get("app"), None, "nothing asked, nothing sent: {body}");
    assert_eq!(body.get("overrides"), None, "{body}");
}

#[test]
fn a_failed_setup_exits_1_listing_every_manifest_error() {
    let run = Run::new(failed(), "failed");
    let (code, stdout, stderr) = run.belt(&["apps:setup"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("Status: failed"), "{stdout}");
    assert!(
        stderr.contains(
            "error: the setup of shop failed: invalid app.json\n\
             \x20 - config var API_TOKEN is required\n\
             \x20 - no such add-on plan: heroku-postgresqll\n\
             \x20 - formation: no process type wob in the Procfile\n"
        ),
        "{stderr}"
    );
    let (code, stdout, _) = run.belt(&["apps:setup", "--json"]);
    assert_eq!(code, 1);
    let printed: Value = serde_json::from_str(&stdout).expect("the setup object");
    assert_eq!(printed["manifest_errors"].as_array().map(Vec::len), Some(3));
}

#[test]
fn a_missing_or_broken_app_json_is_a_usage_error_before_any_request() {
    let run = Run::new(succeeded(), "succeeded");
    let dir = &run.dir;
    std::fs::write(dir.join("app.json"), "{\"env\": {\"A\": 1,}}").unwrap();
    let (code, _, stderr) = run.belt(&["apps:setup"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("app.json is not valid JSON: "), "{stderr}");
    assert!(stderr.contains("line 1 column"), "{stderr}");
    std::fs::write(dir.join("app.json"), "[]").unwrap();
    let (code, _, stderr) = run.belt(&["apps:setup"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("it must be a JSON object"), "{stderr}");
    std::fs::remove_file(dir.join("app.json")).unwrap();
    let (code, _, stderr) = run.belt(&["apps:setup"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("has no app.json"), "{stderr}");
    assert_eq!(run.backend.requests(), Vec::<String>::new());
}

#[test]
fn an_uncommitted_app_json_is_named_as_such() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("repo", "web: ./serve\n", "main");
    std::fs::write(dir.join("app.json"), MANIFEST).unwrap();
    let backend = backend(succeeded(), "succeeded");
    let run = Run { sb, dir, backend };
    let (code, _, stderr) = run.belt(&["apps:setup"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("app.json is not committed"), "{stderr}");
}

#[test]
fn a_git_repository_sends_its_committed_tree_and_commit() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("repo", "web: ./serve\n", "main");
    std::fs::write(dir.join("app.json"), MANIFEST).unwrap();
    let commit = sb.commit_all(&dir, "add app.json");
    let run = Run {
        sb,
        dir,
        backend: backend(succeeded(), "succeeded"),
    };
    let (code, _, stderr) = run.belt(&["apps:setup", "-e", "API_TOKEN=t"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, body) = run.backend.find_sent("POST /app-setups");
    assert_eq!(body["source_blob"]["version"], commit.as_str(), "{body}");
}

#[test]
fn dry_run_shows_the_app_and_sends_no_change() {
    let run = Run::new(succeeded(), "succeeded");
    let (code, stdout, stderr) = run.belt(&[
        "apps:setup",
        "--dry-run",
        "--name",
        "shop",
        "-e",
        "API_TOKEN=tok-secret",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(run.backend.requests(), Vec::<String>::new(), "{stdout}");
    assert!(!stdout.contains("tok-secret"), "{stdout}");
    for line in [
        "Would set up an app from ./app.json:\n  Name:       shop\n",
        "  Env:        API_TOKEN=[REDACTED] (--env)\n",
        "              GREETING=hello (app.json)\n",
        "              SECRET_KEY_BASE (a generated secret)\n",
        "  Add-ons:    heroku-postgresql\n",
        "  Formation:  web=1:basic\n",
        "  Postdeploy: ./seed\n\nWould send: POST ",
        "Would send: PUT <source_blob.put_url>",
        "/app-setups\n",
    ] {
        assert!(stdout.contains(line), "{line:?} in\n{stdout}");
    }
    let (code, stdout, _) = run.belt(&["apps:setup", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("API_TOKEN (required: give it with --env API_TOKEN=VALUE)"),
        "{stdout}"
    );
}
