//! One-off dynos: stopped, their runners told to stop or killed, attached ones and their clients, and `belt serve` shutting down.

use super::*;

const LONG_COMMAND: &str = "sleep 600; echo never";

/// Starts `sleep` on a detached one-off dyno of `app`, marked by `marked`; returns its name
/// once its processes run.
fn detached(sb: &Sandbox, app: &str, marked: &Marked) -> String {
    let mut args = vec!["run:detached", "-a", app];
    args.extend(marked.env());
    args.extend(["--", LONG_COMMAND]);
    let out = sb.ok(&args);
    let name = out
        .split_whitespace()
        .find(|w| w.starts_with("run."))
        .unwrap_or_else(|| panic!("no dyno name in {out:?}"))
        .to_string();
    marked.wait_running();
    name
}

/// The app's dynos as `ps --json` lists them (a finished one-off dyno is not listed).
fn listed(sb: &Sandbox, app: &str) -> Vec<String> {
    sb.json(&["ps", "-a", app])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["name"].as_str().unwrap(), d["state"]))
        .collect()
}

/// `ps:stop` and `ps:restart` of one-off dynos, by name, as the type `run`, and all at once,
/// end their processes (the command's `sh` and the `sleep` it runs), not only their rows.
fn stops_end_processes(sb: &Sandbox, app: &str) {
    let by_name = Marked::new();
    let stopped = detached(sb, app, &by_name);
    assert_eq!(listed(sb, app), [format!("{stopped} \"up\"")]);
    let (code, _, stderr) = run(sb, &["ps:stop", &stopped, "-a", app]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(&format!("Stopping dyno {stopped} on ⬢ {app}... done")),
        "{stderr}"
    );
    by_name.assert_all_gone("ps:stop DYNO");
    assert_eq!(listed(sb, app), Vec::<String>::new());

    let restarted = Marked::new();
    let dyno = detached(sb, app, &restarted);
    sb.ok(&["ps:restart", &dyno, "-a", app]);
    restarted.assert_all_gone("ps:restart DYNO");

    let all_run = Marked::new();
    let first = detached(sb, app, &all_run);
    let second = detached(sb, app, &all_run);
    let (code, _, stderr) = run(sb, &["ps:stop", "run", "-a", app]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(&format!("Stopping run dynos on ⬢ {app}... done")),
        "{stderr}"
    );
    all_run.assert_all_gone("ps:stop run");

    let restart_all = Marked::new();
    detached(sb, app, &restart_all);
    sb.ok(&["ps:restart", "-a", app]);
    restart_all.assert_all_gone("ps:restart");
    assert_eq!(listed(sb, app), Vec::<String>::new());

    let wanted = [
        format!("heroku[api]: Stop {stopped} by user"),
        format!("heroku[{stopped}]: Stopping all processes with SIGTERM"),
        format!("heroku[{stopped}]: State changed from up to down"),
        format!("heroku[{stopped}]: Process exited with status 143"),
        format!("heroku[api]: Restart {dyno} by user"),
        format!("heroku[{dyno}]: Process exited with status 143"),
        "heroku[api]: Stop run by user".to_string(),
        format!("heroku[{first}]: Process exited with status 143"),
        format!("heroku[{second}]: Process exited with status 143"),
        "heroku[api]: Restart all processes by user".to_string(),
    ];
    wait_for_log_lines(sb, app, &wanted);
}

fn run(sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
    crate::harness::run_guarded(sb.belt().args(args))
}

#[test]
fn stopping_one_off_dynos_ends_their_processes() {
    let sb = Sandbox::new();
    sb.ok(&["create", "oneoffs"]);
    stops_end_processes(&sb, "oneoffs");
}

#[test]
fn stopping_one_off_dynos_on_belt_serve_ends_their_processes() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("remote", &server, &server.token);
    sb.ok(&["accounts:set", "remote"]);
    sb.ok(&["create", "served-oneoffs"]);
    stops_end_processes(&sb, "served-oneoffs");
    // Still true when the app itself goes.
    let marked = Marked::new();
    detached(&sb, "served-oneoffs", &marked);
    assert_eq!(runners(&server.data_dir).len(), 1, "not run by belt serve");
    sb.ok(&[
        "apps:destroy",
        "-a",
        "served-oneoffs",
        "--confirm",
        "served-oneoffs",
    ]);
    marked.assert_all_gone("apps:destroy");
}

/// The runners of detached dynos: `belt __dyno-runner --data-dir DIR` for a platform whose
/// data directory is in `data_dir`.
fn runners(data_dir: &Path) -> Vec<u32> {
    let data_dir = data_dir.to_string_lossy().into_owned();
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline);
            cmdline.contains("__dyno-runner") && cmdline.contains(&data_dir)
        })
        .collect()
}

#[test]
fn a_runner_told_to_stop_stops_its_dyno() {
    let sb = Sandbox::new();
    sb.ok(&["create", "runner-term"]);
    let marked = Marked::new();
    let dyno = detached(&sb, "runner-term", &marked);
    let runners = runners(&sb.data_dir());
    assert_eq!(runners.len(), 1, "{runners:?}");
    signal(runners[0], "-TERM");
    marked.assert_all_gone("SIGTERM to the runner");
    poll("the dyno to be reported ended", || {
        listed(&sb, "runner-term").is_empty()
    });
    wait_for_log_lines(
        &sb,
        "runner-term",
        &[
            format!("heroku[{dyno}]: Stopping all processes with SIGTERM"),
            format!("heroku[{dyno}]: Process exited with status 143"),
            format!("heroku[{dyno}]: State changed from up to crashed"),
        ],
    );
}

#[test]
fn a_dead_runners_dyno_is_not_left_up() {
    let sb = Sandbox::new();
    sb.ok(&["create", "runner-kill"]);
    let marked = Marked::new();
    let dyno = detached(&sb, "runner-kill", &marked);
    // Up, so its process group is recorded (the command starts only then) and killing the
    // runner leaves a running command behind for the platform to find.
    poll("the dyno to be up", || {
        listed(&sb, "runner-kill") == [format!("{dyno} \"up\"")]
    });
    let runners = runners(&sb.data_dir());
    assert_eq!(runners.len(), 1, "{runners:?}");
    // Nothing can be done on SIGKILL: the dyno is found out afterwards.
    signal(runners[0], "-KILL");
    poll("the dyno to be reported crashed", || {
        listed(&sb, "runner-kill").is_empty()
    });
    // Reading it settled it: the command its runner left behind is stopped too.
    marked.assert_all_gone("the runner's death was noticed");
    let logs = sb.ok(&["logs", "-n", "1000", "-a", "runner-kill"]);
    let line = format!("heroku[{dyno}]: State changed from up to crashed");
    assert!(logs.contains(&line), "missing {line:?} in:\n{logs}");
    // A crashed one-off dyno is gone, as on Heroku: stopping it is refused and changes nothing.
    let (code, _, err) = sb.fails(&["ps:stop", &dyno, "-a", "runner-kill"]);
    assert_eq!(code, 4, "{err}");
    let after = sb.ok(&["logs", "-n", "1000", "-a", "runner-kill"]);
    assert_eq!(after.matches(&line).count(), 1, "{after}");
    assert!(!after.contains("State changed from crashed"), "{after}");
}

/// An attached dyno runs inside the `belt run` that holds it (the embedded platform): a stop
/// from another belt process still reaches it, and `belt run` ends. The stop ends the shell
/// that would have echoed the command's status too, so, as `heroku run -x` on Heroku, belt has
/// none to exit with: it fails (1).
#[test]
fn stopping_an_attached_dyno_ends_it_and_its_client() {
    let sb = Sandbox::new();
    sb.ok(&["create", "attached-stop"]);
    let marked = Marked::new();
    let mut client = KillOnDrop(attached_client(&sb, "attached-stop", &marked));
    marked.wait_running();
    let dynos = listed(&sb, "attached-stop");
    assert_eq!(dynos.len(), 1, "{dynos:?}");
    let dyno = dynos[0].split_whitespace().next().unwrap().to_string();
    sb.ok(&["ps:stop", &dyno, "-a", "attached-stop"]);
    marked.assert_all_gone("ps:stop of an attached dyno");
    let mut status = None;
    poll("belt run to end", || {
        status = client.0.try_wait().unwrap();
        status.is_some()
    });
    assert_eq!(status.and_then(|s| s.code()), Some(1));

    // `belt run` told to stop takes the platform inside it, and so the dyno, with it.
    let marked = Marked::new();
    let mut client = KillOnDrop(attached_client(&sb, "attached-stop", &marked));
    marked.wait_running();
    signal(client.0.id(), "-TERM");
    marked.assert_all_gone("SIGTERM to belt run");
    poll("belt run to end", || client.0.try_wait().unwrap().is_some());
}

/// `belt run --no-tty -- LONG_COMMAND` on `app` in the background, marked by `marked`.
fn attached_client(sb: &Sandbox, app: &str, marked: &Marked) -> std::process::Child {
    let mut args = vec!["run", "--no-tty", "-a", app];
    args.extend(marked.env());
    args.extend(["--", LONG_COMMAND]);
    sb.std_command(crate::harness::belt_program())
        .args(&args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// `belt serve` shutting down (SIGTERM) ends the attached dynos it runs.
#[test]
fn stopping_belt_serve_ends_its_attached_dynos() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("remote", &server, &server.token);
    sb.ok(&["accounts:set", "remote"]);
    sb.ok(&["create", "served-attached"]);
    let marked = Marked::new();
    let _client = KillOnDrop(attached_client(&sb, "served-attached", &marked));
    marked.wait_running();
    signal(server.pid(), "-TERM");
    marked.assert_all_gone("SIGTERM to belt serve");
}
