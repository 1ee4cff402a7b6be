//! `ps:wait`, and `ps:scale --wait` / `deploy --wait`, against a scripted backend whose dyno
//! list changes from one poll to the next: what belt asks (the newest release once, with the
//! official CLI's Range; the dynos every interval), when it is done, what it prints meanwhile,
//! and the exit 1 the official CLI lacks (a crashed dyno, a failed release). Then the same
//! waits against the local platform.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::Sandbox;
use crate::harness::fake::{FakeBackend, Reply};

const RELEASE_ID: &str = "00000000-0000-4000-8000-000000000003";

/// A dyno as `GET /apps/demo/dynos` lists it.
fn dyno(name: &str, state: &str, version: u64) -> Value {
    let kind = name.split('.').next().unwrap_or(name);
    json!({"id": format!("id-{name}"), "name": name, "type": kind, "state": state,
           "command": "start", "size": "Basic",
           "release": {"id": format!("release-{version}"), "version": version}})
}

/// The scripted app `demo`: its newest release is v3 with `status` (what it reads when looked
/// up again after that: `then`), its formation has `web` and `worker`, and each dyno listing
/// answers the next of `polls` (the last one from then on).
struct App {
    backend: FakeBackend,
    /// When each dyno listing arrived.
    polled: Arc<Mutex<Vec<Instant>>>,
}

impl App {
    fn start(status: &'static str, then: &'static str, polls: Vec<Vec<Value>>) -> App {
        let polled = Arc::new(Mutex::new(Vec::new()));
        let seen = polled.clone();
        let release = |status: &str| json!({"id": RELEASE_ID, "version": 3, "status": status, "current": true});
        let backend = FakeBackend::start(move |_, request| {
            let body = match request {
                "GET /apps/demo/releases" => json!([release(status)]),
                "GET /apps/demo/releases/00000000-0000-4000-8000-000000000003" => release(then),
                "GET /apps/demo/dynos" => {
                    let mut seen = seen.lock().unwrap();
                    seen.push(Instant::now());
                    let poll = polls.get(seen.len() - 1).or(polls.last());
                    Value::Array(poll.cloned().unwrap_or_default())
                }
                "GET /apps/demo/formation" | "PATCH /apps/demo/formation" => json!([
                    {"type": "web", "quantity": 2, "size": "Basic"},
                    {"type": "worker", "quantity": 1, "size": "Basic"}
                ]),
                _ => return Reply::json(404, &[], r#"{"id":"not_found","message":"no"}"#),
            };
            Reply::json(200, &[], &body.to_string())
        });
        App { backend, polled }
    }

    /// A settled v3 app whose dynos are `polls` in turn.
    fn polling(polls: Vec<Vec<Value>>) -> App {
        App::start("succeeded", "succeeded", polls)
    }

    /// `belt args` against the app: (exit code, stdout, stderr).
    fn belt(&self, sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
        let out = sb
            .belt()
            .args(args)
            .args(["-a", "demo", "--api-url", &self.backend.url])
            .env("BELT_API_KEY", "test-token")
            .output()
            .expect("run belt");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn polls(&self) -> usize {
        self.polled.lock().unwrap().len()
    }
}

#[test]
fn waits_until_every_dyno_runs_the_newest_release_and_is_up() {
    let app = App::polling(vec![
        vec![dyno("web.1", "up", 2), dyno("web.2", "up", 3)],
        vec![dyno("web.1", "starting", 3), dyno("web.2", "up", 3)],
        vec![dyno("web.1", "up", 3), dyno("web.2", "up", 3)],
    ]);
    let sb = Sandbox::new();
    let (code, stdout, stderr) = app.belt(&sb, &["ps:wait", "-w", "0.05", "--debug"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "", "nothing on stdout for people");
    assert_eq!(app.polls(), 3, "{stderr}");
    assert_eq!(app.backend.count("GET /apps/demo/releases"), 1, "read once");
    assert!(
        stderr.contains("Range: version ..; max=1, order=desc"),
        "the official CLI's Range: {stderr}"
    );
    let progress: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("Waiting"))
        .collect();
    assert_eq!(
        progress,
        [
            "Waiting for every dyno to be running v3... 1 / 2",
            "Waiting for every dyno to be running v3... 2 / 2, done"
        ],
        "a line when the count changes, then done: {stderr}"
    );
}

#[test]
fn settled_dynos_end_it_at_once_silently_and_json_prints_them() {
    // A newer release counts as the newest; release-command and one-off dynos are not waited for.
    let app = App::polling(vec![vec![
        dyno("web.1", "up", 4),
        dyno("release.4321", "up", 2),
        dyno("run.1234", "starting", 2),
    ]]);
    let sb = Sandbox::new();
    let (code, stdout, stderr) = app.belt(&sb, &["ps:wait"]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
    let (code, stdout, stderr) = app.belt(&sb, &["ps:wait", "--json"]);
    assert_eq!(code, 0, "{stderr}");
    let dynos: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(dynos[0]["name"], "web.1", "{dynos}");
    assert_eq!(dynos[0]["release"]["version"], 4, "the API's answer whole");
    assert_eq!(app.polls(), 2);
}

#[test]
fn a_crashed_dyno_ends_the_wait_with_exit_1_naming_it() {
    let app = App::polling(vec![
        // Crashed on the old release: it is to be restarted on v3, so belt waits.
        vec![dyno("web.1", "crashed", 2), dyno("worker.1", "starting", 3)],
        vec![dyno("web.1", "up", 3), dyno("worker.1", "starting", 3)],
        vec![dyno("web.1", "up", 3), dyno("worker.1", "crashed", 3)],
    ]);
    let sb = Sandbox::new();
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "-w", "0.05"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "error: dyno worker.1 crashed on v3 (see `belt logs --dyno worker.1 -a demo`)"
        ),
        "{stderr}"
    );
    assert_eq!(app.polls(), 3);
    // What people read, pinned (nothing in it varies).
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_snapshot!("ps_wait_crashed_piped", format!("exit: {code}\n{stderr}"));
    });
}

#[test]
fn type_waits_for_that_type_only() {
    let polls = || {
        vec![
            vec![dyno("web.1", "up", 2), dyno("worker.1", "up", 3)],
            vec![dyno("web.1", "crashed", 3), dyno("worker.1", "up", 3)],
        ]
    };
    let sb = Sandbox::new();
    let app = App::polling(polls());
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "-t", "worker", "-w", "0.05"]);
    assert_eq!((code, app.polls()), (0, 1), "{stderr}");
    let app = App::polling(polls());
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "--type", "web", "-w", "0.05"]);
    assert_eq!((code, app.polls()), (1, 2), "{stderr}");
    assert!(stderr.contains("dyno web.1 crashed"), "{stderr}");
}

#[test]
fn one_off_dynos_are_waited_for_only_with_run() {
    let polls = || {
        vec![
            vec![dyno("web.1", "up", 3), dyno("run.1234", "up", 2)],
            vec![dyno("web.1", "up", 3), dyno("run.1234", "up", 3)],
        ]
    };
    let sb = Sandbox::new();
    let app = App::polling(polls());
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "-w", "0.05"]);
    assert_eq!((code, app.polls()), (0, 1), "{stderr}");
    let app = App::polling(polls());
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "--with-run", "-w", "0.05"]);
    assert_eq!((code, app.polls()), (0, 2), "{stderr}");
    assert!(
        stderr.contains("Waiting for every dyno to be running v3... 2 / 2, done"),
        "{stderr}"
    );
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "-R", "-t", "web"]);
    assert_eq!(code, 2, "exclusive, as in the official CLI: {stderr}");
}

/// The interval given is slept between looks (at least it: a lower bound, never a speed); the
/// official CLI's least interval, 10, holds for an API on another machine, which is refused
/// before anything is sent (a dead proxy makes sure nothing could leave).
#[test]
fn the_wait_interval_is_respected_and_at_least_10_off_this_machine() {
    let app = App::polling(vec![
        vec![dyno("web.1", "starting", 3)],
        vec![dyno("web.1", "starting", 3)],
        vec![dyno("web.1", "up", 3)],
    ]);
    let sb = Sandbox::new();
    let (code, _, stderr) = app.belt(&sb, &["ps:wait", "--wait-interval", "0.3"]);
    assert_eq!(code, 0, "{stderr}");
    let polled = app.polled.lock().unwrap().clone();
    assert_eq!(polled.len(), 3);
    for pair in polled.windows(2) {
        assert!(
            pair[1] - pair[0] >= Duration::from_millis(300),
            "{polled:?}"
        );
    }

    for bad in ["0", "-1", "soon"] {
        let (code, _, stderr) = app.belt(&sb, &["ps:wait", &format!("--wait-interval={bad}")]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("invalid interval"), "{stderr}");
    }
    let remote = sb
        .belt()
        .args(["ps:wait", "-w", "5", "-a", "demo"])
        .args(["--api-url", "https://api.heroku.com"])
        .env("BELT_API_KEY", "test-token")
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .output()
        .expect("run belt");
    let stderr = String::from_utf8_lossy(&remote.stderr);
    assert_eq!(remote.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("wait-interval must be at least 10"),
        "{stderr}"
    );
}

#[test]
fn a_failed_release_ends_the_wait_with_exit_1() {
    let dynos = vec![vec![dyno("web.1", "up", 2)]];
    let sb = Sandbox::new();
    let failed = App::start("failed", "failed", dynos.clone());
    let (code, _, stderr) = failed.belt(&sb, &["ps:wait", "-w", "0.05"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("release v3 failed, so no dyno will run it"),
        "{stderr}"
    );
    assert_eq!(failed.polls(), 0);
    // Pending while its release command runs: looked up again after each poll.
    let pending = App::start("pending", "failed", dynos);
    let (code, _, stderr) = pending.belt(&sb, &["ps:wait", "-w", "0.05"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("release v3 failed"), "{stderr}");
    let again = format!("GET /apps/demo/releases/{RELEASE_ID}");
    assert_eq!((pending.polls(), pending.backend.count(&again)), (1, 1));
}

#[test]
fn an_app_without_releases_is_warned_about() {
    let backend = FakeBackend::start(|_, _| Reply::json(200, &[], "[]"));
    let sb = Sandbox::new();
    let out = sb
        .belt()
        .args(["ps:wait", "-a", "demo", "--api-url", &backend.url])
        .env("BELT_API_KEY", "test-token")
        .output()
        .expect("run belt");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("App ⬢ demo has no releases"), "{stderr}");
    assert_eq!(backend.count("GET /apps/demo/dynos"), 0);
}

/// `ps:scale --wait` waits for the scaled types' dynos, and fails on their crash.
#[test]
fn scale_wait_waits_for_the_scaled_types() {
    let app = App::polling(vec![
        vec![dyno("web.1", "up", 3), dyno("web.2", "starting", 3)],
        vec![
            dyno("web.1", "up", 3),
            dyno("web.2", "up", 3),
            dyno("worker.1", "crashed", 3),
        ],
    ]);
    let sb = Sandbox::new();
    let (code, _, stderr) = app.belt(&sb, &["ps:scale", "web=2", "--wait", "-w", "0.05"]);
    assert_eq!((code, app.polls()), (0, 2), "{stderr}");
    assert!(
        stderr.contains("Scaling dynos... done, now running web at 2:Basic"),
        "{stderr}"
    );
    assert!(stderr.contains("v3... 2 / 2, done"), "{stderr}");
    let (code, _, stderr) = app.belt(&sb, &["ps:scale", "worker=1", "--wait", "-w", "0.05"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("dyno worker.1 crashed on v3"), "{stderr}");
    // Without --wait nothing is waited for.
    let (code, _, stderr) = app.belt(&sb, &["ps:scale", "worker=1"]);
    assert_eq!((code, app.polls()), (0, 3), "{stderr}");
}

/// A web process that serves on `$PORT`, and a worker.
const SERVING: &str = "web: exec python3 -m http.server $PORT --bind 127.0.0.1\n\
                       worker: exec sleep 600\n";

/// `belt args` in `dir`: (exit code, stdout, stderr).
fn belt_in(sb: &Sandbox, dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = sb.belt_in(dir).args(args).output().expect("run belt");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// On the local platform, whose dynos are real processes: after a `git push`, `ps:scale
/// --wait` returns once web.1 listens on `$PORT` (and `ps` shows it up), `deploy --wait` once
/// the formation restarted on the new release, and `ps:wait` then returns at once, silently.
#[test]
fn scale_and_deploy_wait_for_real_dynos() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("src", SERVING, "main");
    sb.ok_in(&dir, &["create", "waits"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    let (code, _, stderr) = belt_in(&sb, &dir, &["ps:scale", "web=1", "--wait", "-w", "0.2"]);
    assert_eq!(code, 0, "{stderr}");
    let ps = sb.ok_in(&dir, &["ps"]);
    assert!(ps.contains("\nweb.1: up "), "{ps}");

    let (code, _, stderr) = belt_in(&sb, &dir, &["ps:scale", "worker=1"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = belt_in(&sb, &dir, &["deploy", "--wait", "--wait-interval", "0.2"]);
    assert_eq!(code, 0, "{stderr}");
    let dynos = sb.json(&["ps", "-a", "waits"]);
    let dynos: Vec<(&Value, &Value, &Value)> = dynos
        .as_array()
        .expect("dynos")
        .iter()
        .map(|d| (&d["name"], &d["state"], &d["release"]["version"]))
        .collect();
    let (up, v3) = (json!("up"), json!(3));
    assert_eq!(
        dynos,
        [(&json!("web.1"), &up, &v3), (&json!("worker.1"), &up, &v3)]
    );
    let (code, stdout, stderr) = belt_in(&sb, &dir, &["ps:wait", "-w", "0.2"]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
}

/// A web process that never binds `$PORT` is R10'd and crashes (a boot timeout of 1 s here,
/// and a long cool-off so the crash stays in sight): `ps:scale --wait` and `ps:wait` exit 1
/// naming it, where the official CLI would wait forever.
#[test]
fn a_web_dyno_that_never_binds_its_port_fails_the_wait() {
    let sb = Sandbox::new()
        .with_env("BELT_BOOT_TIMEOUT", "1")
        .with_env("BELT_RESTART_COOLOFF", "60");
    let dir = sb.repo_with_procfile("src", "web: exec sleep 600\n", "main");
    sb.ok_in(&dir, &["create", "never-binds"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    let crashed = "error: dyno web.1 crashed on v2 (see `belt logs --dyno web.1 -a never-binds`)";
    let (code, _, stderr) = belt_in(&sb, &dir, &["ps:scale", "web=1", "--wait", "-w", "0.2"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(crashed), "{stderr}");
    let (code, _, stderr) = belt_in(&sb, &dir, &["ps:wait", "-w", "0.2"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(crashed), "{stderr}");
    let logs = sb.ok_in(&dir, &["logs", "-n", "1000"]);
    assert!(logs.contains("Error R10 (Boot timeout)"), "{logs}");
}
