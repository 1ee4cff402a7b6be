//! One-off dynos: `run` executes for real, attached, with the remote exit status;
//! `run:detached` logs its output; the rendezvous secret is single-use.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::harness::{KillOnDrop, Marked, Sandbox, poll, pty, signal, standin};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

mod rendezvous;
mod terminal;

/// How long a `belt run` given input may take: a guard that fails a test whose command never
/// sees its input end, rather than hanging it.
const STDIN_GUARD: Duration = Duration::from_secs(60);

/// A sandbox with one app on the embedded default; returns the app's id.
fn with_app(name: &str) -> (Sandbox, String) {
    let sb = Sandbox::new();
    let app = sb.json(&["create", name]);
    let id = app["id"].as_str().expect("id").to_string();
    (sb, id)
}

fn platform_dir(sb: &Sandbox) -> PathBuf {
    sb.data_dir().join("platform")
}

#[test]
fn run_env_shows_request_env_and_dyno_vars_only() {
    let (sb, _) = with_app("run-env");
    let out = sb
        .belt()
        .args(["run", "-a", "run-env", "-e", "A=1;B=two words", "--", "env"])
        .env("BELT_SECRET_SHOULD_NOT_LEAK", "x")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.lines().any(|l| l == "A=1"), "{stdout}");
    assert!(stdout.lines().any(|l| l == "B=two words"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("PORT=")), "{stdout}");
    let dyno = stdout
        .lines()
        .find_map(|l| l.strip_prefix("DYNO="))
        .expect("DYNO set");
    assert!(dyno.starts_with("run.") && dyno.len() == 8, "{dyno}");
    assert!(
        !stdout.contains("BELT_"),
        "belt's environment leaked: {stdout}"
    );
    assert!(
        stderr.contains(&format!("Running env on ⬢ run-env... up, {dyno}")),
        "{stderr}"
    );
}

/// The app's config vars are the dyno's environment.
#[test]
fn run_env_includes_config_vars() {
    let (sb, _) = with_app("run-config");
    sb.ok(&[
        "config:set",
        "DATABASE_URL=postgres://x",
        "A=from-config",
        "-a",
        "run-config",
    ]);
    // The request's env wins over a config var of the same name.
    let out = sb.ok(&[
        "run",
        "-a",
        "run-config",
        "-e",
        "A=from-request",
        "--",
        "env",
    ]);
    assert!(
        out.lines().any(|l| l == "DATABASE_URL=postgres://x"),
        "{out}"
    );
    assert!(out.lines().any(|l| l == "A=from-request"), "{out}");
}

#[test]
fn remote_exit_status_becomes_belts() {
    let (sb, _) = with_app("run-status");
    let (code, _, stderr) = sb.fails(&["run", "-a", "run-status", "--", "sh", "-c", "exit 7"]);
    assert_eq!(code, 7, "{stderr}");
    assert!(
        stderr.contains("Running sh -c 'exit 7' on ⬢ run-status... up, run."),
        "{stderr}"
    );
    assert!(!stderr.contains("error:"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["run", "-a", "run-status", "--", "no-such-command-here"]);
    assert_eq!(code, 127, "{stderr}");
    // -x is accepted and changes nothing.
    let (code, _, _) = sb.fails(&["run", "-x", "-a", "run-status", "--", "false"]);
    assert_eq!(code, 1);
}

#[test]
fn piped_stdin_reaches_the_command_and_ends() {
    let (sb, _) = with_app("run-stdin");
    let out = sb
        .belt()
        .args(["run", "-a", "run-stdin", "--", "cat"])
        .write_stdin("hi\n")
        .timeout(STDIN_GUARD)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
    // Binary input passes through untouched without a terminal, up to EOT (`\x04`): that is
    // how Heroku's clients end input, so what follows one is not the command's.
    let input: Vec<u8> = (0..=255u8)
        .filter(|b| *b != 4)
        .cycle()
        .take(200_000)
        .collect();
    let out = sb
        .belt()
        .args(["run", "-a", "run-stdin", "--", "wc", "-c"])
        .write_stdin(input)
        .timeout(STDIN_GUARD)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "200000");
    let out = sb
        .belt()
        .args(["run", "-a", "run-stdin", "--", "cat"])
        .write_stdin("before\n\x04after\n")
        .timeout(STDIN_GUARD)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
}

/// The command runs in the app's source tree (deploys put it there; the real deploy test
/// comes with deploys). Without one it gets an empty directory.
#[test]
fn command_runs_in_a_copy_of_its_release_slug() {
    let (sb, _) = with_app("run-source");
    let out = sb.ok(&["run", "-a", "run-source", "--", "ls", "-A"]);
    assert_eq!(out, "", "the scratch directory is empty");
    let dir = sb.repo_with_procfile("repo", "web: ./serve\n", "main");
    sb.belt_in(&dir)
        .args(["git:remote", "-a", "run-source"])
        .assert()
        .success();
    let pushed = sb
        .std_command("git")
        .current_dir(&dir)
        .args(["push", "-q", "heroku", "HEAD:main"])
        .output()
        .unwrap();
    assert!(
        pushed.status.success(),
        "{}",
        String::from_utf8_lossy(&pushed.stderr)
    );
    let out = sb.ok(&["run", "-a", "run-source", "--", "cat", "Procfile"]);
    assert_eq!(out, "web: ./serve\n");
}

#[test]
fn run_needs_a_command_and_respects_dry_run() {
    let (sb, _) = with_app("run-usage");
    let (code, _, _) = sb.fails(&["run", "-a", "run-usage"]);
    assert_eq!(code, 2);
    let (code, _, stderr) = sb.fails(&["run", "-a", "run-usage", "-e", "not a pair", "--", "env"]);
    assert_eq!(code, 2, "{stderr}");
    // The one-off dyno runs on this machine: had it run, it would have made this file.
    let marker = sb.work().join("ran");
    let marker = marker.to_str().unwrap();
    let out = sb
        .belt()
        .args(["run", "-a", "run-usage", "--dry-run", "--", "touch", marker])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // The listing names the request that would start the dyno, with its command...
    let listing = stdout.lines().next().unwrap_or_default();
    assert!(
        listing.starts_with("Would send: POST ") && listing.ends_with("/apps/run-usage/dynos"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(r#""command":"touch {marker} "#)),
        "{stdout}"
    );
    // ...and nothing ran: no file, no dyno listed, no dyno in the app's log.
    assert!(!Path::new(marker).exists(), "the command ran");
    assert!(!stderr.contains("Running "), "{stderr}");
    assert_eq!(sb.json(&["ps", "-a", "run-usage"]), json!([]));
    let platform = belt_platform::Platform::open(&platform_dir(&sb), None).unwrap();
    let events = platform
        .recent_events("run-usage", 1500)
        .unwrap()
        .expect("app");
    assert!(
        !events.iter().any(|e| e.dyno.starts_with("run.")),
        "a dyno ran: {:?}",
        events.iter().map(|e| &e.message).collect::<Vec<_>>()
    );
}

/// Waits (bounded) until the dyno's exit is in the app's log; returns the log lines.
fn wait_for_exit(sb: &Sandbox, app: &str, dyno: &str) -> Vec<belt_platform::Event> {
    let platform = belt_platform::Platform::open(&platform_dir(sb), None).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let events = platform.recent_events(app, 1500).unwrap().expect("app");
        let exited = events
            .iter()
            .any(|e| e.dyno == dyno && e.message.starts_with("Process exited"));
        if exited || Instant::now() > deadline {
            return events;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `logs` is not in this branch yet: the log is read in-process through the platform.
#[test]
fn detached_output_goes_to_the_app_log() {
    let (sb, _) = with_app("run-detached");
    let output = sb
        .belt()
        .args([
            "run:detached",
            "-a",
            "run-detached",
            "--",
            "echo out-line; echo err-line >&2; exit 3",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let dyno = stdout
        .split_whitespace()
        .find(|w| w.starts_with("run."))
        .expect("dyno name")
        .to_string();
    assert!(
        stderr.contains(&format!("... done, {dyno} (Basic)")),
        "{stderr}"
    );
    assert!(
        stdout.contains(&format!("belt logs -a run-detached --dyno {dyno}")),
        "{stdout}"
    );
    let events = wait_for_exit(&sb, "run-detached", &dyno);
    let app_lines: Vec<&str> = events
        .iter()
        .filter(|e| e.source == "app" && e.dyno == dyno)
        .map(|e| e.message.as_str())
        .collect();
    assert!(app_lines.contains(&"out-line"), "{events:?}");
    assert!(app_lines.contains(&"err-line"), "{events:?}");
    assert!(
        events
            .iter()
            .any(|e| e.dyno == dyno && e.message == "Process exited with status 3"),
        "{events:?}"
    );
    // Everything after the command is the command's, so --json goes before it.
    let json = sb.ok(&["run:detached", "--json", "-a", "run-detached", "--", "true"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["attach_url"], Value::Null);
    assert_eq!(json["type"], "run");
}

#[test]
fn another_account_cannot_run_on_the_app() {
    let (sb, _) = with_app("run-private");
    let platform = belt_platform::Platform::open(&platform_dir(&sb), None).unwrap();
    let other = platform.create_user("other@example.com").unwrap();
    let out = sb
        .belt()
        .args(["run", "-a", "run-private", "--", "touch", "ran"])
        .env("BELT_API_KEY", &other)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let events = platform
        .recent_events("run-private", 1500)
        .unwrap()
        .unwrap();
    assert!(
        !events
            .iter()
            .any(|e| e.message.contains("Starting process")),
        "{events:?}"
    );
}

/// A `belt serve` with one app, the default account; returns the server to keep it running.
fn served_app(sb: &Sandbox, app: &str) -> crate::harness::Server {
    let server = sb.serve();
    sb.add_account("serve", &server, &server.token);
    sb.ok(&["accounts:set", "serve"]);
    sb.ok(&["create", app]);
    server
}

/// Waits (bounded) until `ps` no longer lists the app's one-off dyno as running, then returns
/// the app's log.
fn dyno_over(sb: &Sandbox, app: &str) -> String {
    poll("the dyno to be over", || {
        sb.json(&["ps", "-a", app])
            .as_array()
            .is_some_and(|d| d.is_empty())
    });
    sb.ok(&["logs", "-n", "1000", "-a", app])
}

/// The exit-status marker, as Heroku's clients have the dyno `echo` it after the command.
const MARKER: &str = "\u{FFFF} heroku-command-exit-status: ";

/// What `belt run -a APP -- ARGS` printed and how it exited.
fn run_status(sb: &Sandbox, app: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["run", "-a", app, "--"];
    all.extend_from_slice(args);
    let out = sb.belt().args(&all).timeout(STDIN_GUARD).output().unwrap();
    (
        out.status.code().expect("an exit status"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// belt sends the command with the official CLI's `echo` of `$?` appended and takes the status
/// from the last line of the output, which it does not print; a marker the command prints
/// itself is output. `sb`'s default account runs `app`.
fn exit_status_is_the_echoed_one(sb: &Sandbox, app: &str) {
    let (code, out, err) = run_status(sb, app, &["echo", "hi"]);
    assert_eq!((code, out.as_str()), (0, "hi\n"), "{err}");
    for (args, status) in [
        (&["true"][..], 0),
        (&["sh", "-c", "exit 7"], 7),
        (&["no-such-command-here"], 127),
    ] {
        let (code, out, err) = run_status(sb, app, args);
        assert_eq!(code, status, "{args:?}: {out}{err}");
        assert!(
            !out.contains('\u{FFFF}') && !err.contains('\u{FFFF}'),
            "{out}{err}"
        );
    }
    // A marker mid-output, and one as the command's own last line: both are the command's.
    let fake = r"\357\277\277 heroku-command-exit-status: 3\n";
    let (code, out, err) = run_status(sb, app, &["printf", &format!("x{fake}after\\n")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("x{MARKER}3\nafter\n"));
    let (code, out, err) = run_status(sb, app, &["printf", fake]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("{MARKER}3\n"));
    // Output without a final newline: the marker comes on its line, and only it goes.
    let (code, out, _) = run_status(sb, app, &["printf", "no-newline"]);
    assert_eq!((code, out.as_str()), (0, "no-newline"));
    // A command that ends the shell before the echo reports nothing, as on Heroku.
    let (code, _, err) = run_status(sb, app, &["exit 7"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("without reporting the command's exit status"),
        "{err}"
    );
    // What the dyno ran: the command and the official CLI's echo, as Heroku's log shows it.
    let logs = sb.ok(&["logs", "-n", "1000", "-a", app]);
    let started = format!("Starting process with command `echo hi ; echo \"{MARKER}$?\"`");
    assert!(logs.contains(&started), "{logs}");
}

#[test]
fn exit_status_comes_from_the_appended_echo_on_the_embedded_default() {
    let (sb, _) = with_app("run-marker");
    exit_status_is_the_echoed_one(&sb, "run-marker");
}

#[test]
fn exit_status_comes_from_the_appended_echo_against_belt_serve() {
    let sb = Sandbox::new();
    let _server = served_app(&sb, "run-marker-serve");
    exit_status_is_the_echoed_one(&sb, "run-marker-serve");
}

/// The states the schema's dyno `state` allows ("either: crashed, down, idle, starting, or up").
const DYNO_STATES: &[&str] = &["crashed", "down", "idle", "starting", "up"];

#[test]
fn the_schema_names_these_dyno_states() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/it/data/heroku-platform-api-schema.json").unwrap(),
    )
    .unwrap();
    let description = schema["definitions"]["dyno"]["definitions"]["state"]["description"]
        .as_str()
        .unwrap();
    let (_, listed) = description
        .split_once("either: ")
        .expect("a list of states");
    let mut named: Vec<&str> = listed
        .trim_end_matches(')')
        .split([',', ' '])
        .filter(|w| !w.is_empty() && *w != "or")
        .collect();
    named.sort_unstable();
    assert_eq!(named, DYNO_STATES);
}

/// `GET /apps/{app}/dynos` on `belt serve`, checking every state is the schema's; returns
/// `NAME STATE` per dyno.
fn listed_by_the_api(server: &crate::harness::Server, app: &str) -> Vec<String> {
    let (_, _, dynos) = server.call("GET", &format!("/apps/{app}/dynos"), &[], None);
    dynos
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| {
            let state = d["state"].as_str().expect("state");
            assert!(DYNO_STATES.contains(&state), "{d}");
            format!("{} {state}", d["name"].as_str().unwrap())
        })
        .collect()
}

/// As on Heroku, a one-off dyno that finished (either way) or was stopped is gone from the
/// app's dynos; a formation dyno stays, down when stopped. Every state shown is the schema's.
#[test]
fn finished_one_off_dynos_leave_the_dyno_list() {
    let sb = Sandbox::new();
    let server = served_app(&sb, "run-list");
    sb.ok(&["run", "-a", "run-list", "--", "true"]);
    let (code, _, _) = sb.fails(&["run", "-a", "run-list", "--", "sh", "-c", "exit 3"]);
    assert_eq!(code, 3);
    assert_eq!(listed_by_the_api(&server, "run-list"), Vec::<String>::new());

    let marked = Marked::new();
    let mut args = vec!["run:detached", "-a", "run-list"];
    args.extend(marked.env());
    args.extend(["--", "sleep", "600"]);
    let out = sb.ok(&args);
    let name = out
        .split_whitespace()
        .find(|w| w.starts_with("run."))
        .expect("the dyno's name")
        .to_string();
    marked.wait_running();
    let listed = listed_by_the_api(&server, "run-list");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].starts_with(&format!("{name} ")), "{listed:?}");
    let info = format!("/apps/run-list/dynos/{name}");
    assert_eq!(server.call("GET", &info, &[], None).0, 200);
    sb.ok(&["ps:stop", &name, "-a", "run-list"]);
    assert_eq!(listed_by_the_api(&server, "run-list"), Vec::<String>::new());
    assert_eq!(server.call("GET", &info, &[], None).0, 404);
    // Gone for the stop action too, as on Heroku: a second stop names no dyno.
    let (code, _, err) = sb.fails(&["ps:stop", &name, "-a", "run-list"]);
    assert_eq!(code, 4, "{err}");
    marked.assert_all_gone("ps:stop");

    let dir = sb.path("list-app");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Procfile"), "web: sleep 600\n").unwrap();
    sb.ok(&["deploy", dir.to_str().unwrap(), "-a", "run-list"]);
    sb.ok(&["ps:scale", "web=1", "-a", "run-list"]);
    sb.ok(&["ps:stop", "web.1", "-a", "run-list"]);
    assert_eq!(listed_by_the_api(&server, "run-list"), ["web.1 down"]);

    // The list pages as Heroku's lists do, and belt follows it to the end.
    sb.ok(&["ps:scale", "web=3", "-a", "run-list"]);
    let first = dyno_page(&server, "name ..; max=2");
    assert_eq!(first.0, 206);
    assert_eq!(first.1, ["web.1", "web.2"]);
    let next = first.2.expect("Next-Range");
    let second = dyno_page(&server, &next);
    assert_eq!((second.0, second.1), (200, vec!["web.3".to_string()]));
    let all = sb.json(&["ps", "-a", "run-list"]);
    assert_eq!(all.as_array().map(Vec::len), Some(3), "{all}");
}

/// One page of `GET /apps/run-list/dynos` for `range`: status, names, Next-Range.
fn dyno_page(server: &crate::harness::Server, range: &str) -> (u16, Vec<String>, Option<String>) {
    let (status, headers, dynos) =
        server.call("GET", "/apps/run-list/dynos", &[("Range", range)], None);
    let next = headers
        .get("Next-Range")
        .map(|v| v.to_str().unwrap().to_string());
    let names = dynos
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect();
    (status, names, next)
}

/// After `run`'s command, every argument is the command's, belt's global flags included:
/// `--json` there neither turns belt's output into JSON nor its errors.
#[test]
fn flags_after_the_command_are_the_commands() {
    let (sb, _) = with_app("run-flags");
    let (code, out, err) = run_status(&sb, "run-flags", &[]);
    assert_eq!(code, 2, "no command: {out}{err}");
    let out = sb
        .belt()
        .args(["run", "-a", "run-flags", "echo", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "--json\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Running echo --json on ⬢ run-flags... up"),
        "{stderr}"
    );
    let out = sb.ok(&[
        "run",
        "-a",
        "run-flags",
        "echo",
        "--debug",
        "--dry-run",
        "-a",
        "x",
        "--no-color",
    ]);
    assert_eq!(out, "--debug --dry-run -a x --no-color\n");
    let (code, _, err) = sb.fails(&["run", "-a", "no-such-app-here", "echo", "--json"]);
    assert_eq!(code, 4);
    assert!(err.contains("error: Couldn't find that app"), "{err}");
    assert!(!err.contains("{\"error\""), "{err}");
    // Before the command, it is belt's.
    let (code, _, err) = sb.fails(&["run", "--json", "-a", "no-such-app-here", "echo"]);
    assert_eq!(code, 4);
    let error: Value = serde_json::from_str(err.trim()).expect("a JSON error");
    assert_eq!(error["error"]["id"], "not_found", "{err}");
}

/// Ended one-off dynos are gone from the API, and give their `run.N` names up: with every
/// name held by a finished dyno, a new one still starts.
#[test]
fn finished_dynos_give_their_names_up() {
    let (sb, id) = with_app("run-names");
    let mut db = rusqlite::Connection::open(platform_dir(&sb).join("platform.db")).unwrap();
    db.busy_timeout(Duration::from_secs(10)).unwrap();
    let tx = db.transaction().unwrap();
    for n in 1000..10000 {
        let state = if n % 2 == 0 { "complete" } else { "crashed" };
        tx.execute(
            "INSERT INTO dynos (id, app_id, name, type, command, size, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'run', 'true', 'Basic', ?4, '2026-01-01T00:00:00Z',
                     '2026-01-01T00:00:00Z')",
            rusqlite::params![format!("old-{n}"), id, format!("run.{n}"), state],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    drop(db);
    assert_eq!(
        sb.ok(&["run", "-a", "run-names", "--", "echo", "started"]),
        "started\n"
    );
    assert_eq!(sb.json(&["ps", "-a", "run-names"]), json!([]));
}
