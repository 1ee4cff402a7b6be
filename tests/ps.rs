//! Processes: the formation from a deployed Procfile, scaling, resizing, restarting and
//! stopping dynos, and what each change writes to the app's log.

mod common;

use std::path::{Path, PathBuf};

use common::Sandbox;
use serde_json::Value;

const PROCFILE: &str = "web: bin/web --port $PORT\nworker: bin/worker\nscheduler: bin/tick\n";

/// A sandbox with app `app` deployed by `git push` from a repository with web, worker and
/// scheduler process types.
fn deployed(app: &str) -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("src", PROCFILE, "main");
    sb.ok_in(&dir, &["create", app]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    (sb, dir)
}

fn dynos(sb: &Sandbox, dir: &Path) -> Vec<Value> {
    serde_json::from_str::<Value>(&sb.ok_in(dir, &["ps", "--json"]))
        .unwrap()
        .as_array()
        .cloned()
        .unwrap()
}

/// Polls `ps --json` until every dyno satisfies `done` (a bounded guard, not a timing check).
fn wait_for_dynos(sb: &Sandbox, dir: &Path, done: impl Fn(&Value) -> bool) -> Vec<Value> {
    for _ in 0..100 {
        let dynos = dynos(sb, dir);
        if dynos.iter().all(&done) {
            return dynos;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("dynos never settled: {:?}", dynos(sb, dir));
}

fn all_up(dyno: &Value) -> bool {
    dyno["state"] == "up"
}

fn formation(sb: &Sandbox, dir: &Path) -> String {
    sb.ok_in(dir, &["ps:scale"]).trim().to_string()
}

fn logs(sb: &Sandbox, dir: &Path) -> String {
    sb.ok_in(dir, &["logs", "-n", "1000"])
}

#[test]
fn scale_restart_and_stop_a_deployed_procfile() {
    let (sb, dir) = deployed("procs");
    assert_eq!(
        formation(&sb, &dir),
        "scheduler=0:Standard-1X web=0:Standard-1X worker=0:Standard-1X"
    );

    // The seeds' line.
    let out = sb
        .belt_in(&dir)
        .args(["scale", "web=1", "scheduler=1", "worker=1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Scaling dynos... done, now running web at 1:Standard-1X"),
        "{stderr}"
    );
    let dynos = wait_for_dynos(&sb, &dir, all_up);
    let mut names: Vec<&str> = dynos.iter().map(|d| d["name"].as_str().unwrap()).collect();
    names.sort_unstable();
    assert_eq!(names, ["scheduler.1", "web.1", "worker.1"]);
    let ps = sb.ok_in(&dir, &["ps"]);
    assert!(
        ps.contains("=== web (Standard-1X): bin/web --port $PORT (1)\n\nweb.1: up "),
        "{ps}"
    );
    assert!(
        ps.contains("=== worker (Standard-1X): bin/worker (1)"),
        "{ps}"
    );

    sb.ok_in(&dir, &["ps:scale", "web=3:standard-2x"]);
    let web: Vec<Value> = wait_for_dynos(&sb, &dir, all_up)
        .into_iter()
        .filter(|d| d["type"] == "web")
        .collect();
    assert_eq!(web.len(), 3, "{web:?}");
    assert!(web.iter().all(|d| d["size"] == "Standard-2X"), "{web:?}");
    assert_eq!(sb.ok_in(&dir, &["ps", "web"]).matches(": up ").count(), 3);

    sb.ok_in(&dir, &["ps:restart", "web"]);
    sb.ok_in(&dir, &["ps:stop", "worker.1"]);
    let worker = |d: &Value| d["name"] == "worker.1";
    let dynos = wait_for_dynos(&sb, &dir, |d| worker(d) || all_up(d));
    let stopped = dynos.iter().find(|d| worker(d)).unwrap();
    assert_eq!(stopped["state"], "down");

    sb.ok_in(&dir, &["scale", "web-2", "worker+1"]);
    assert_eq!(
        formation(&sb, &dir),
        "scheduler=1:Standard-1X web=1:Standard-2X worker=2:Standard-1X"
    );
    sb.ok_in(&dir, &["ps:type", "worker=performance-m"]);
    assert!(formation(&sb, &dir).contains("worker=2:Performance-M"));
    sb.ok_in(&dir, &["restart"]);

    let logs = logs(&sb, &dir);
    for line in [
        "heroku[api]: Scaled to web@1:Standard-1X scheduler@1:Standard-1X worker@1:Standard-1X by user",
        "heroku[web.1]: Starting process with command `bin/web --port $PORT`",
        "heroku[web.1]: State changed from starting to up",
        "heroku[api]: Scaled to web@3:Standard-2X by user",
        "heroku[api]: Restart web by user",
        "heroku[web.2]: Restarting",
        "heroku[api]: Stop worker.1 by user",
        "heroku[worker.1]: Stopping all processes with SIGTERM",
        "heroku[worker.1]: State changed from up to down",
        "heroku[web.3]: Stopping all processes with SIGTERM",
        "heroku[api]: Restart all processes by user",
    ] {
        assert!(logs.contains(line), "missing {line:?} in:\n{logs}");
    }
}

#[test]
fn bad_scale_input_changes_nothing() {
    let (sb, dir) = deployed("bad-scale");
    sb.ok_in(&dir, &["scale", "web=2"]);
    let before = formation(&sb, &dir);
    for (args, code, message) in [
        (
            vec!["scale", "web=abc"],
            2,
            "Invalid scale argument `web=abc`",
        ),
        (
            vec!["scale", "web=-1"],
            2,
            "Invalid scale argument `web=-1`",
        ),
        (vec!["scale", "web=2:huge"], 2, "Unknown dyno size `huge`"),
        (vec!["scale", "web=101"], 2, "the limit is 100"),
        (vec!["scale", "web+99"], 2, "the limit is 100"),
        (
            vec!["scale", "web=1", "clock=1"],
            4,
            "Couldn't find that process type (clock).",
        ),
        (vec!["ps:type", "web=huge"], 2, "Unknown dyno size `huge`"),
        (vec!["ps:stop", "web.9"], 4, "Couldn't find that dyno."),
        (
            vec!["ps:restart", "clock"],
            4,
            "Couldn't find that process type (clock).",
        ),
    ] {
        let mut cmd = sb.belt_in(&dir);
        let out = cmd.args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert_eq!(formation(&sb, &dir), before);
    assert_eq!(dynos(&sb, &dir).len(), 2);
}

#[test]
fn the_api_takes_string_quantities_and_lists_dyno_sizes() {
    let (sb, dir) = deployed("api-scale");
    let client = common::http_client();
    let rt = common::runtime();
    let embedded = rt
        .block_on(belt::platform::start_embedded(
            &sb.data_dir().join("platform"),
        ))
        .unwrap();
    let call = |method: reqwest::Method, path: &str, body: Option<Value>| -> (u16, Value) {
        rt.block_on(async {
            let mut req = client
                .request(method, format!("{}{path}", embedded.url))
                .bearer_auth(&embedded.token)
                .header("Accept", "application/vnd.heroku+json; version=3");
            if let Some(body) = body {
                req = req.json(&body);
            }
            let resp = req.send().await.unwrap();
            (resp.status().as_u16(), resp.json().await.unwrap())
        })
    };
    // The official CLI's body: `size` and a string quantity.
    let body =
        serde_json::json!({"updates": [{"type": "worker", "quantity": "2", "size": "basic"}]});
    let (status, changed) = call(
        reqwest::Method::PATCH,
        "/apps/api-scale/formation",
        Some(body),
    );
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed[0]["quantity"], 2);
    assert_eq!(changed[0]["size"], "Basic");
    let body = serde_json::json!({"quantity": 101});
    let (status, error) = call(
        reqwest::Method::PATCH,
        "/apps/api-scale/formation/worker",
        Some(body),
    );
    assert_eq!(status, 422, "{error}");
    let (status, info) = call(
        reqwest::Method::GET,
        "/apps/api-scale/formation/worker",
        None,
    );
    assert_eq!((status, &info["quantity"]), (200, &Value::from(2)));
    let (_, sizes) = call(reqwest::Method::GET, "/dyno-sizes", None);
    let names: Vec<&str> = sizes
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Eco",
            "Basic",
            "Standard-1X",
            "Standard-2X",
            "Performance-M",
            "Performance-L"
        ]
    );
    let (status, size) = call(reqwest::Method::GET, "/dyno-sizes/STANDARD-2x", None);
    assert_eq!((status, &size["name"]), (200, &Value::from("Standard-2X")));
    drop(dir);
}
