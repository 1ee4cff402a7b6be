//! Processes: the formation from a deployed Procfile, scaling, resizing, restarting and
//! stopping dynos, and what each change writes to the app's log.

use std::path::{Path, PathBuf};

use crate::harness::{KillOnDrop, Marked, Sandbox, poll, signal};
use serde_json::Value;

mod one_off;

const PROCFILE: &str = "web: bin/web --port $PORT\nworker: bin/worker\nscheduler: bin/tick\n";

/// A sandbox with app `app` deployed by `git push` from a repository with web, worker and
/// scheduler process types.
fn deployed(app: &str) -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("src", PROCFILE, "main");
    // The processes run for real: a web server on $PORT, and two that wait.
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for (name, script) in [
        (
            "web",
            "exec python3 -m http.server \"$2\" --bind 127.0.0.1\n",
        ),
        ("worker", "exec sleep 600\n"),
        ("tick", "exec sleep 600\n"),
    ] {
        let path = bin.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{script}")).unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(&path, permissions).unwrap();
    }
    sb.commit_all(&dir, "the process types' programs");
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
        (
            vec!["scale", "web=2:huge size"],
            2,
            "Invalid dyno size `huge size`",
        ),
        // Sizes and quantities are the platform's policy: belt sends them, the platform
        // refuses with its own rule.
        (
            vec!["scale", "web=2:huge"],
            1,
            "There is no dyno size huge. Valid sizes are: Eco, Basic,",
        ),
        (
            vec!["scale", "web=1:performance-xl"],
            1,
            "There is no dyno size Performance-XL.",
        ),
        (
            vec!["scale", "web=101"],
            1,
            "Cannot update to 101 dynos: the quantity must be between 0 and 100",
        ),
        (
            vec!["scale", "web+99"],
            1,
            "Cannot update to 101 dynos: the quantity must be between 0 and 100",
        ),
        (
            vec!["scale", "web=1", "clock=1"],
            4,
            "Couldn't find that process type (clock).",
        ),
        (
            vec!["ps:type", "web=huge"],
            1,
            "There is no dyno size huge.",
        ),
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
    let client = crate::harness::http_client();
    let rt = crate::harness::runtime();
    let embedded = rt
        .block_on(belt_platform::start_embedded(
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

/// Waits (bounded) until the app's log has every line of `wanted` (the runner logs a dyno's
/// exit just after its processes are gone).
fn wait_for_log_lines(sb: &Sandbox, app: &str, wanted: &[String]) {
    let mut logs = String::new();
    for _ in 0..300 {
        logs = sb.ok(&["logs", "-n", "1000", "-a", app]);
        if wanted.iter().all(|line| logs.contains(line.as_str())) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|l| !logs.contains(l.as_str()))
        .collect();
    panic!("missing {missing:?} in:\n{logs}");
}

/// A dyno runs the release that was current when it started, even when the next one comes
/// within the same second (timestamps have one-second resolution).
#[test]
fn a_dyno_keeps_the_release_it_started_on() {
    let sb = Sandbox::new();
    sb.ok(&["create", "rel-app"]);
    let before = sb.releases("rel-app")[0]["version"].as_i64().unwrap();
    sb.ok(&["run:detached", "-a", "rel-app", "--", "sleep", "30"]);
    sb.ok(&["config:set", "A=1", "-a", "rel-app"]);
    assert_eq!(
        sb.releases("rel-app")[0]["version"].as_i64(),
        Some(before + 1)
    );
    let dynos = sb.json(&["ps", "-a", "rel-app"]);
    sb.ok(&["ps:stop", "run", "-a", "rel-app"]);
    assert_eq!(
        dynos[0]["release"]["version"].as_i64(),
        Some(before),
        "{dynos}"
    );
}

/// What belt sends for sizes and quantities it does not know, seen by a stand-in backend:
/// `private-l`, Fir's `dyno-2c-4gb` and 250 dynos go out as typed (known sizes spelled as
/// Heroku spells them), and the backend's refusal is what belt shows.
#[test]
fn unknown_sizes_and_big_quantities_reach_the_backend_unchanged() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut data = Vec::new();
            let mut buf = [0u8; 4096];
            // One request per connection: read the head, then Content-Length bytes of body.
            let request = loop {
                let Ok(n) = stream.read(&mut buf) else {
                    break None;
                };
                if n == 0 {
                    break None;
                }
                data.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&data).into_owned();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text[..end]
                        .lines()
                        .find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.eq_ignore_ascii_case("content-length")
                                .then(|| v.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    if data.len() >= end + 4 + length {
                        break Some(text);
                    }
                }
            };
            let Some(request) = request else { continue };
            let (status, body) = if request.starts_with("GET ") {
                (
                    "200 OK",
                    r#"[{"type":"web","quantity":1,"size":"Basic","id":"01234567-89ab-4def-8123-456789abcdef"}]"#,
                )
            } else {
                (
                    "422 Unprocessable Entity",
                    r#"{"id":"invalid_params","message":"Backend says no to that size."}"#,
                )
            };
            let _ = tx.send(request);
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let sb = Sandbox::new();
    let run = |args: &[&str]| {
        sb.belt()
            .args(args)
            .args(["-a", "demo", "--api-url", &url])
            .env("BELT_API_KEY", "test-token")
            .output()
            .unwrap()
    };
    for (args, sent) in [
        (
            &["ps:scale", "web=250:private-l"][..],
            r#"{"updates":[{"dyno_size":{"name":"Private-L"},"quantity":250,"type":"web"}]}"#,
        ),
        (
            &["ps:scale", "web=1:dyno-2c-4gb"],
            r#"{"updates":[{"dyno_size":{"name":"dyno-2c-4gb"},"quantity":1,"type":"web"}]}"#,
        ),
        (
            &["ps:type", "web=Performance-2XL"],
            r#"{"updates":[{"dyno_size":{"name":"Performance-2XL"},"type":"web"}]}"#,
        ),
    ] {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains("Backend says no to that size."), "{stderr}");
        let patch = rx
            .try_iter()
            .find(|r| r.starts_with("PATCH /apps/demo/formation "))
            .unwrap_or_else(|| panic!("{args:?} sent no PATCH"));
        let body: Value = serde_json::from_str(patch.split("\r\n\r\n").nth(1).unwrap()).unwrap();
        assert_eq!(
            body,
            serde_json::from_str::<Value>(sent).unwrap(),
            "{args:?}"
        );
    }
}

/// Against a backend that pages every list (a stand-in answering each list in two pages, the
/// first a 206 with Next-Range), belt reads every page: dynos, formation, SSH keys,
/// buildpacks, add-on services.
#[test]
fn every_list_follows_next_range_to_the_end() {
    use crate::harness::fake::{FakeBackend, Reply};
    use std::collections::HashMap;
    use std::sync::Mutex;
    let pages: &[(&str, &str, &str)] = &[
        (
            "GET /apps/demo/dynos",
            r#"[{"id":"d1","name":"web.1","type":"web","state":"up"}]"#,
            r#"[{"id":"d2","name":"web.2","type":"web","state":"up"}]"#,
        ),
        (
            "GET /apps/demo/formation",
            r#"[{"type":"web","quantity":2,"size":"Basic"}]"#,
            r#"[{"type":"worker","quantity":1,"size":"Basic"}]"#,
        ),
        (
            "GET /account/keys",
            r#"[{"id":"k1","comment":"one@host","email":"me@example.com","public_key":"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA one@host"}]"#,
            r#"[{"id":"k2","comment":"two@host","email":"me@example.com","public_key":"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB two@host"}]"#,
        ),
        (
            "GET /apps/demo/buildpack-installations",
            r#"[{"buildpack":{"url":"urn:buildpack:heroku/nodejs","name":"heroku/nodejs"},"ordinal":0}]"#,
            r#"[{"buildpack":{"url":"urn:buildpack:heroku/python","name":"heroku/python"},"ordinal":1}]"#,
        ),
        (
            "GET /addon-services",
            r#"[{"id":"s1","name":"memcache","human_name":"Memcache","state":"ga"}]"#,
            r#"[{"id":"s2","name":"sendgrid","human_name":"SendGrid","state":"ga"}]"#,
        ),
    ];
    let seen: Mutex<HashMap<String, usize>> = Mutex::new(HashMap::new());
    let backend = FakeBackend::start(move |_, request| {
        let Some((_, first, second)) = pages.iter().find(|(p, _, _)| *p == request) else {
            return Reply::json(404, &[], r#"{"id":"not_found","message":"no such list"}"#);
        };
        let mut seen = seen.lock().unwrap();
        let n = seen.entry(request.to_string()).or_default();
        *n += 1;
        if *n % 2 == 1 {
            Reply::json(206, &[("Next-Range", "id ]x..; max=1")], first)
        } else {
            Reply::json(200, &[], second)
        }
    });
    let sb = Sandbox::new();
    let belt = |args: &[&str]| -> String {
        let out = sb
            .belt()
            .args(args)
            .args(["--api-url", &backend.url])
            .env("BELT_API_KEY", "test-token")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let out = belt(&["ps", "-a", "demo"]);
    assert!(
        out.contains("web.1: up") && out.contains("web.2: up"),
        "{out}"
    );
    assert_eq!(
        belt(&["ps:scale", "-a", "demo"]).trim(),
        "web=2:Basic worker=1:Basic"
    );
    let out = belt(&["keys"]);
    assert!(
        out.contains("one@host") && out.contains("two@host"),
        "{out}"
    );
    let out = belt(&["buildpacks", "-a", "demo"]);
    assert!(out.contains("1. heroku/nodejs\n2. heroku/python"), "{out}");
    let out = belt(&["addons:services"]);
    assert!(
        out.contains("memcache") && out.contains("sendgrid"),
        "{out}"
    );
    // Each list took exactly its two pages.
    for (path, _, _) in pages {
        assert_eq!(backend.count(path), 2, "{path}: {:?}", backend.requests());
    }
}
