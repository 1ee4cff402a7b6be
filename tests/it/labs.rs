//! Labs features: `labs`, `labs:info`, `labs:enable` and `labs:disable` on the embedded
//! default and against `belt serve` (app features), and against a scripted backend for what
//! the local platform has none of (account features, features in general release), with the
//! official CLI's own test fixtures and expected output.

use serde_json::Value;

use crate::harness::fake::{FakeBackend, Reply};
use crate::harness::{Sandbox, run_guarded};

const FEATURE: &str = "log-runtime-metrics";

/// `labs --json -a APP`'s app feature named `FEATURE`.
fn app_feature(sb: &Sandbox, app: &str) -> Value {
    let all = sb.json(&["labs", "-a", app]);
    // The one account feature is in general release (the repositories API review apps use).
    let user: Vec<&Value> = all["user"]
        .as_array()
        .expect("user features")
        .iter()
        .collect();
    assert!(user.iter().all(|f| f["state"] == "general"), "{all}");
    all["app"]
        .as_array()
        .expect("app features")
        .iter()
        .find(|f| f["name"] == FEATURE)
        .cloned()
        .unwrap_or_else(|| panic!("no {FEATURE} in {all}"))
}

/// Runs belt with `args`, asserting success; returns stderr.
fn ok_stderr(sb: &Sandbox, args: &[&str]) -> String {
    let (code, _, stderr) = run_guarded(sb.belt().args(args));
    assert_eq!(code, 0, "belt {args:?}: {stderr}");
    stderr
}

#[test]
fn list_show_enable_and_disable_an_app_feature() {
    let sb = Sandbox::new();
    sb.ok(&["create", "lab-app", "--no-remote"]);
    let list = sb.ok(&["labs", "-a", "lab-app"]);
    assert!(
        list.starts_with(
            "=== User Features owner@belt.local\n\n\n=== App Features ⬢ lab-app\n\n\
             [ ] http-session-affinity  Route a client's requests to the same dyno.\n\
             [ ] log-runtime-metrics    Emit dyno resource usage to the app's log.\n"
        ),
        "{list}"
    );
    let info = sb.ok(&["labs:info", FEATURE, "-a", "lab-app"]);
    assert_eq!(
        info,
        "=== log-runtime-metrics\n\nDescription: Emit dyno resource usage to the app's log.\n\
         Enabled:     false\nDocs:        https://devcenter.heroku.com/articles/log-runtime-metrics\n"
    );
    assert_eq!(app_feature(&sb, "lab-app")["enabled"], false);

    let stderr = ok_stderr(&sb, &["labs:enable", FEATURE, "-a", "lab-app"]);
    assert!(
        stderr.contains("Enabling log-runtime-metrics for ⬢ lab-app... done"),
        "{stderr}"
    );
    assert_eq!(app_feature(&sb, "lab-app")["enabled"], true);
    let list = sb.ok(&["labs", "-a", "lab-app"]);
    assert!(
        list.contains("\n[+] log-runtime-metrics    Emit dyno"),
        "{list}"
    );
    let info = sb.json(&["labs:info", FEATURE, "-a", "lab-app"]);
    assert_eq!(
        (&info["name"], &info["enabled"]),
        (&FEATURE.into(), &true.into())
    );

    let stderr = ok_stderr(&sb, &["labs:disable", FEATURE, "-a", "lab-app"]);
    assert!(
        stderr.contains("Disabling log-runtime-metrics for ⬢ lab-app... done"),
        "{stderr}"
    );
    assert_eq!(app_feature(&sb, "lab-app")["enabled"], false);

    // Without an app only the account's features are listed: `app` is null.
    let all = sb.json(&["labs"]);
    assert_eq!(all["app"], Value::Null, "{all}");
    assert_eq!(
        all["user"][0]["name"], "dashboard-repositories-api",
        "{all}"
    );
    assert_eq!(all["user"].as_array().map(Vec::len), Some(1), "{all}");
}

#[test]
fn the_switch_is_the_platforms() {
    let sb = Sandbox::new();
    let server = sb.serve();
    server.belt_ok(&sb, &["create", "lab-api", "--no-remote"]);
    let path = format!("/apps/lab-api/features/{FEATURE}");
    server.belt_ok(&sb, &["labs:enable", FEATURE, "-a", "lab-api"]);
    let (status, _, feature) = server.call("GET", &path, &[], None);
    assert_eq!((status, &feature["enabled"]), (200, &Value::Bool(true)));
    server.belt_ok(&sb, &["labs:disable", FEATURE, "-a", "lab-api"]);
    let (_, _, feature) = server.call("GET", &path, &[], None);
    assert_eq!(feature["enabled"], false);
}

#[test]
fn an_unknown_feature_is_not_found() {
    let sb = Sandbox::new();
    sb.ok(&["create", "lab-none", "--no-remote"]);
    for args in [
        &["labs:enable", "no-such-feature", "-a", "lab-none"][..],
        &["labs:disable", "no-such-feature", "-a", "lab-none"],
        &["labs:info", "no-such-feature", "-a", "lab-none"],
        &["labs:enable", "no-such-feature"],
        &["labs:info", "no-such-feature"],
    ] {
        let (code, stdout, stderr) = sb.fails(args);
        assert_eq!(code, 4, "{args:?}: {stderr}");
        assert!(stderr.contains("Couldn't find that feature."), "{stderr}");
        assert_eq!(stdout, "");
    }
    // A misspelled app is not found either, named.
    let (code, _, stderr) = sb.fails(&["labs:enable", FEATURE, "-a", "lab-nope"]);
    assert_eq!(code, 4, "{stderr}");
}

/// A backend answering as Heroku does in the official CLI's unit tests (test/unit/commands/labs):
/// `feature-a` on the account, `feature-c` and `spaces-strict-tls` on `myapp`, anything else 404.
fn heroku_like() -> FakeBackend {
    FakeBackend::start(|_, request| {
        let not_found =
            r#"{"id":"not_found","message":"Couldn't find that feature.","resource":"feature"}"#;
        let body = match request {
            "GET /account" => r#"{"id":"u1","email":"gandalf@heroku.com"}"#,
            "GET /account/features" => {
                r#"[{"description":"a user lab feature","enabled":false,"name":"lab feature b","state":"beta"},
                    {"description":"a user lab feature","enabled":true,"name":"lab feature a","state":"beta"},
                    {"description":"released","enabled":true,"name":"general-one","state":"general"}]"#
            }
            "GET /apps/myapp/features" => {
                r#"[{"description":"an app lab feature","enabled":true,"name":"lab feature c"}]"#
            }
            "GET /account/features/feature-a" | "PATCH /account/features/feature-a" => {
                r#"{"description":"a user lab feature","doc_url":"https://devcenter.heroku.com","enabled":true,"name":"feature-a"}"#
            }
            "GET /apps/myapp/features/spaces-strict-tls"
            | "PATCH /apps/myapp/features/spaces-strict-tls" => {
                r#"{"description":"strict","enabled":false,"name":"spaces-strict-tls"}"#
            }
            _ => return Reply::json(404, &[], not_found),
        };
        Reply::json(200, &[], body)
    })
}

fn belt_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (i32, String, String) {
    run_guarded(
        sb.belt()
            .args(args)
            .args(["--api-url", &backend.url])
            .env("BELT_API_KEY", "test-token"),
    )
}

#[test]
fn account_features_are_found_first_and_need_no_app() {
    let sb = Sandbox::new();
    let backend = heroku_like();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["labs:enable", "feature-a"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert_eq!(
        stderr,
        "Enabling feature-a for gandalf@heroku.com... done\n"
    );
    assert_eq!(
        backend.requests(),
        [
            "GET /account/features/feature-a",
            "GET /account",
            "PATCH /account/features/feature-a"
        ]
    );
    let (code, stdout, _) = belt_at(&sb, &backend, &["labs:info", "feature-a"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "=== feature-a\n\nDescription: a user lab feature\nEnabled:     true\nDocs:        https://devcenter.heroku.com\n"
    );
}

#[test]
fn the_list_is_the_official_clis() {
    let sb = Sandbox::new();
    let backend = heroku_like();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["labs", "-a", "myapp"]);
    assert_eq!(code, 0, "{stderr}");
    // Sorted by name, general-release features left out.
    assert_eq!(
        stdout,
        "=== User Features gandalf@heroku.com\n\n\
         [+] lab feature a  a user lab feature\n\
         [ ] lab feature b  a user lab feature\n\n\
         === App Features ⬢ myapp\n\n\
         [+] lab feature c  an app lab feature\n"
    );
    // `--json` keeps both lists whole, in the backend's order.
    let (_, stdout, _) = belt_at(&sb, &backend, &["labs", "-a", "myapp", "--json"]);
    let all: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(all["user"].as_array().unwrap().len(), 3);
    assert_eq!(all["app"][0]["name"], "lab feature c");
}

#[test]
fn disabling_strict_tls_needs_the_app_typed_back() {
    let sb = Sandbox::new();
    let backend = heroku_like();
    let disable = ["labs:disable", "spaces-strict-tls", "-a", "myapp"];
    let (code, _, stderr) = belt_at(&sb, &backend, &disable);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--confirm myapp"), "{stderr}");
    let wrong = [&disable[..], &["--confirm", "other"]].concat();
    let (code, _, stderr) = belt_at(&sb, &backend, &wrong);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("Confirmation name did not match app name. Try again."),
        "{stderr}"
    );
    assert!(backend.requests().is_empty(), "{:?}", backend.requests());
    let right = [&disable[..], &["--confirm", "myapp"]].concat();
    let (code, _, stderr) = belt_at(&sb, &backend, &right);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("Disabling spaces-strict-tls for ⬢ myapp... done"),
        "{stderr}"
    );
    assert_eq!(
        backend.count("PATCH /apps/myapp/features/spaces-strict-tls"),
        1
    );
}
