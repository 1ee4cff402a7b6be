//! Formation dynos are real processes on the embedded platform: `git push` and `ps:scale`
//! start them under a background supervisor, `ps` shows what runs, their output is in the
//! logs with Heroku's own lines, crashes are restarted, and every way of stopping them
//! (scaling down, `ps:stop`, `apps:destroy`, `local:stop`, `local:reset`) leaves no process
//! behind, checked by pid. The supervisor killed outright is replaced and takes them over.

use std::path::PathBuf;

use serde_json::Value;

use crate::harness::{Lines, Sandbox, poll, signal};

/// A web process that serves the repository over HTTP on `$PORT`, and a worker that prints
/// a line every second.
const PROCFILE: &str = "web: exec python3 -m http.server $PORT --bind 127.0.0.1\n\
                        worker: while true; do echo \"tick from $DYNO\"; sleep 1; done\n";

/// A sandbox (crash restarts with a 1 s cool-off cap, quick metrics) with app `APP` deployed
/// from a repository with `procfile`.
fn deployed(app: &str, procfile: &str) -> (Sandbox, PathBuf) {
    let sb = Sandbox::new()
        .with_env("BELT_RESTART_COOLOFF", "1")
        .with_env("BELT_BOOT_TIMEOUT", "2")
        .with_env("BELT_METRICS_INTERVAL", "1");
    let dir = sb.repo_with_procfile("src", procfile, "main");
    sb.ok_in(&dir, &["create", app]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    (sb, dir)
}

/// The running dynos as `local:status` lists them: (app, name, state, pid).
fn running(sb: &Sandbox) -> Vec<(String, String, String, Option<u32>)> {
    let status = sb.json(&["local:status"]);
    status["dynos"]
        .as_array()
        .expect("dynos")
        .iter()
        .map(|d| {
            (
                d["app"].as_str().unwrap_or_default().to_string(),
                d["name"].as_str().unwrap_or_default().to_string(),
                d["state"].as_str().unwrap_or_default().to_string(),
                d["pid"].as_u64().and_then(|p| u32::try_from(p).ok()),
            )
        })
        .collect()
}

/// Every live process in the process group `leader` leads.
fn group(leader: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                return false;
            };
            let Some((_, rest)) = stat.rsplit_once(") ") else {
                return false;
            };
            let fields: Vec<&str> = rest.split_whitespace().collect();
            fields.first() != Some(&"Z") && fields.get(2) == Some(&leader.to_string().as_str())
        })
        .collect()
}

/// The processes of every dyno `local:status` lists.
fn dyno_processes(sb: &Sandbox) -> Vec<u32> {
    running(sb)
        .iter()
        .filter_map(|(_, _, _, pid)| *pid)
        .flat_map(group)
        .collect()
}

fn assert_gone(pids: &[u32], after: &str) {
    poll(&format!("no process left after {after}"), || {
        pids.iter()
            .all(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists() || is_zombie(*pid))
    });
}

fn is_zombie(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| s.rsplit_once(") ").is_some_and(|(_, r)| r.starts_with('Z')))
        .unwrap_or(true)
}

fn ps(sb: &Sandbox, app: &str) -> Vec<Value> {
    sb.json(&["ps", "-a", app])
        .as_array()
        .expect("dynos")
        .clone()
}

/// Waits until the app's dynos are exactly `names`, all up.
fn wait_up(sb: &Sandbox, app: &str, names: &[&str]) {
    poll(&format!("{names:?} up"), || {
        let dynos = ps(sb, app);
        let mut up: Vec<&str> = dynos
            .iter()
            .filter(|d| d["state"] == "up")
            .filter_map(|d| d["name"].as_str())
            .collect();
        up.sort_unstable();
        dynos.len() == names.len() && up == names
    });
}

fn logs(sb: &Sandbox, app: &str) -> String {
    sb.ok(&["logs", "-n", "1500", "-a", app])
}

fn supervisor_pid(sb: &Sandbox) -> Option<u64> {
    sb.json(&["local:status"])["supervisor"]["pid"].as_u64()
}

#[test]
fn scaled_dynos_run_log_and_serve_and_scaling_down_ends_them() {
    let (sb, _dir) = deployed("fd-run", PROCFILE);
    sb.ok(&["ps:scale", "web=2", "worker=1", "-a", "fd-run"]);
    wait_up(&sb, "fd-run", &["web.1", "web.2", "worker.1"]);

    // `ps` shows exactly what runs: three dynos, each a live process group.
    let dynos = running(&sb);
    assert_eq!(dynos.len(), 3, "{dynos:?}");
    for (_, name, _, pid) in &dynos {
        let pid = pid.unwrap_or_else(|| panic!("{name} has no process"));
        assert!(
            !group(pid).is_empty(),
            "{name}'s process {pid} is not running"
        );
    }
    // Each web dyno serves on its own $PORT (the router is tested on its own).
    let environ = |pid: u32| std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
    for (_, name, _, pid) in dynos.iter().filter(|d| d.1.starts_with("web.")) {
        let env = environ(pid.expect("pid"));
        let env = String::from_utf8_lossy(&env);
        let port = env
            .split('\0')
            .find_map(|kv| kv.strip_prefix("PORT="))
            .expect("PORT");
        assert!(
            env.split('\0').any(|kv| kv == format!("DYNO={name}")),
            "{env}"
        );
        assert!(
            !env.contains("BELT_"),
            "a dyno sees none of belt's environment: {env}"
        );
        let body = crate::harness::env::command("curl")
            .args(["-sf", &format!("http://127.0.0.1:{port}/Procfile")])
            .output()
            .expect("curl");
        assert!(
            String::from_utf8_lossy(&body.stdout).contains("http.server"),
            "{name} on {port}: {body:?}"
        );
    }

    // The worker's lines and Heroku's own are in the logs, and in `logs --tail`.
    poll("the worker's lines in the logs", || {
        logs(&sb, "fd-run").contains("app[worker.1]: tick from worker.1")
    });
    let text = logs(&sb, "fd-run");
    for line in [
        "heroku[web.1]: Starting process with command `exec python3 -m http.server $PORT --bind 127.0.0.1`",
        "heroku[web.1]: State changed from starting to up",
        "heroku[worker.1]: State changed from starting to up",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    let mut tail = sb.spawn(&["logs", "--tail", "-n", "1", "-a", "fd-run"], &[]);
    let mut lines = Lines::new(tail.stdout.take().expect("stdout"));
    lines.wait_for("of the worker, tailed", |l| {
        l.contains("app[worker.1]: tick from worker.1")
    });
    let _ = tail.kill();
    let _ = tail.wait();

    // Scaling down ends exactly the dynos scaled away.
    let before = dyno_processes(&sb);
    let web2: Vec<u32> = running(&sb)
        .iter()
        .filter(|d| d.1 == "web.2")
        .filter_map(|d| d.3)
        .flat_map(group)
        .collect();
    sb.ok(&["ps:scale", "web=1", "-a", "fd-run"]);
    assert_gone(&web2, "scaling web to 1");
    wait_up(&sb, "fd-run", &["web.1", "worker.1"]);
    // Scaling to 0 ends the rest.
    sb.ok(&["ps:scale", "web=0", "worker=0", "-a", "fd-run"]);
    assert_gone(&before, "scaling to 0");
    assert!(ps(&sb, "fd-run").is_empty());
    let text = logs(&sb, "fd-run");
    assert!(
        text.contains("heroku[web.2]: Stopping all processes with SIGTERM")
            && text.contains("heroku[web.2]: Process exited with status 143"),
        "{text}"
    );
    // With nothing left to run, the supervisor goes too.
    poll("the supervisor to exit", || supervisor_pid(&sb).is_none());
}

#[test]
fn a_killed_dyno_is_restarted_by_the_policy_and_the_logs_say_so() {
    let (sb, _dir) = deployed("fd-crash", PROCFILE);
    sb.ok(&["ps:scale", "worker=1", "-a", "fd-crash"]);
    wait_up(&sb, "fd-crash", &["worker.1"]);
    let first = running(&sb)[0].3.expect("pid");
    signal(first, "-KILL");
    // Restarted at once after the first crash: a new process.
    poll("worker.1 restarted", || {
        running(&sb)
            .first()
            .is_some_and(|d| d.2 == "up" && d.3.is_some_and(|p| p != first))
    });
    let text = logs(&sb, "fd-crash");
    for line in [
        "heroku[worker.1]: Process exited with status 137",
        "heroku[worker.1]: State changed from up to crashed",
        "heroku[worker.1]: State changed from crashed to starting",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    // A process that keeps exiting is restarted after cool-offs.
    let (sb2, _d) = deployed("fd-crash2", "worker: echo bye; exit 3\n");
    sb2.ok(&["ps:scale", "worker=1", "-a", "fd-crash2"]);
    poll("several restarts", || {
        logs(&sb2, "fd-crash2")
            .matches("heroku[worker.1]: Process exited with status 3")
            .count()
            >= 3
    });
    let text = logs(&sb2, "fd-crash2");
    assert!(text.contains("app[worker.1]: bye"), "{text}");
}

#[test]
fn a_web_dyno_that_never_binds_port_times_out_with_r10() {
    let (sb, _dir) = deployed("fd-r10", "web: exec sleep 600\n");
    sb.ok(&["ps:scale", "web=1", "-a", "fd-r10"]);
    poll("R10 in the logs", || {
        logs(&sb, "fd-r10").contains(
            "heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 2 seconds of launch",
        )
    });
    let text = logs(&sb, "fd-r10");
    for line in [
        "heroku[web.1]: Stopping process with SIGKILL",
        "heroku[web.1]: Process exited with status 137",
        "heroku[web.1]: State changed from starting to crashed",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
}

#[test]
fn ps_stop_apps_destroy_local_stop_and_reset_leave_no_process() {
    let (sb, dir) = deployed("fd-stop", PROCFILE);
    sb.ok(&["ps:scale", "web=1", "worker=1", "-a", "fd-stop"]);
    wait_up(&sb, "fd-stop", &["web.1", "worker.1"]);
    let pids = dyno_processes(&sb);
    sb.ok(&["ps:stop", "worker", "-a", "fd-stop"]);
    poll("worker.1 down", || {
        ps(&sb, "fd-stop")
            .iter()
            .any(|d| d["name"] == "worker.1" && d["state"] == "down")
    });
    sb.ok(&["ps:restart", "-a", "fd-stop"]);
    wait_up(&sb, "fd-stop", &["web.1", "worker.1"]);
    assert_gone(&pids, "ps:stop and ps:restart");

    // Destroying the app ends its dynos.
    let pids = dyno_processes(&sb);
    sb.ok(&["apps:destroy", "fd-stop", "--confirm", "fd-stop"]);
    assert_gone(&pids, "apps:destroy");

    // local:stop ends every dyno and the supervisor; they stay down.
    sb.run_in(&dir, "git", &["remote", "remove", "heroku"]);
    sb.ok_in(&dir, &["create", "fd-stop2"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    sb.ok(&["ps:scale", "web=1", "worker=1", "-a", "fd-stop2"]);
    wait_up(&sb, "fd-stop2", &["web.1", "worker.1"]);
    let pids = dyno_processes(&sb);
    let supervisor = supervisor_pid(&sb).expect("a supervisor") as u32;
    let stopped = sb.json(&["local:stop"]);
    assert_eq!(
        stopped["dynos"].as_array().map(Vec::len),
        Some(2),
        "{stopped}"
    );
    assert_eq!(stopped["supervisor"], supervisor);
    assert_gone(&pids, "local:stop");
    assert_gone(&[supervisor], "local:stop");
    assert!(ps(&sb, "fd-stop2").iter().all(|d| d["state"] == "down"));

    // local:reset, with dynos running again, ends them before removing everything.
    sb.ok(&["ps:scale", "web=2", "worker=1", "-a", "fd-stop2"]);
    wait_up(&sb, "fd-stop2", &["web.1", "web.2", "worker.1"]);
    let pids = dyno_processes(&sb);
    sb.ok(&["local:reset", "--confirm", "local"]);
    assert_gone(&pids, "local:reset");
}

#[test]
fn a_supervisor_killed_outright_is_replaced_and_takes_the_dynos_over() {
    let (sb, _dir) = deployed("fd-takeover", PROCFILE);
    sb.ok(&["ps:scale", "worker=1", "-a", "fd-takeover"]);
    wait_up(&sb, "fd-takeover", &["worker.1"]);
    let first = supervisor_pid(&sb).expect("a supervisor") as u32;
    let dyno = running(&sb)[0].3.expect("pid");
    signal(first, "-KILL");
    poll("a new supervisor", || {
        supervisor_pid(&sb).is_some_and(|p| p != u64::from(first))
    });
    // The dyno went on running, and the new supervisor restarts it when it crashes.
    assert!(!group(dyno).is_empty(), "the dyno died with its supervisor");
    signal(dyno, "-KILL");
    poll("worker.1 restarted by the new supervisor", || {
        running(&sb)
            .first()
            .is_some_and(|d| d.2 == "up" && d.3.is_some_and(|p| p != dyno))
    });
}

#[test]
fn runtime_metrics_are_logged_when_the_feature_is_on() {
    let (sb, _dir) = deployed("fd-metrics", PROCFILE);
    sb.ok(&["labs:enable", "log-runtime-metrics", "-a", "fd-metrics"]);
    sb.ok(&["ps:scale", "worker=1", "-a", "fd-metrics"]);
    poll("a runtime-metrics line", || {
        logs(&sb, "fd-metrics").contains("heroku[worker.1]: source=worker.1 dyno=heroku.")
    });
    let text = logs(&sb, "fd-metrics");
    let memory = text
        .lines()
        .find(|l| l.contains("sample#memory_total="))
        .unwrap_or_else(|| panic!("no memory line in:\n{text}"));
    assert!(memory.contains("sample#memory_quota=512.00MB"), "{memory}");
    assert!(
        text.lines().any(|l| l.contains("sample#load_avg_1m=")),
        "{text}"
    );
}

#[test]
fn a_failing_release_command_keeps_the_old_dynos_and_a_passing_one_restarts_them() {
    let (sb, dir) = deployed("fd-release", PROCFILE);
    sb.ok(&["ps:scale", "web=1", "-a", "fd-release"]);
    wait_up(&sb, "fd-release", &["web.1"]);
    let version = |sb: &Sandbox| ps(sb, "fd-release")[0]["release"]["version"].as_i64();
    let serving = running(&sb)[0].3.expect("pid");
    assert_eq!(version(&sb), Some(2));

    let push = |release: &str, message: &str| {
        std::fs::write(
            dir.join("Procfile"),
            format!("release: {release}\n{PROCFILE}"),
        )
        .unwrap();
        sb.commit_all(&dir, message);
        sb.std_command("git")
            .current_dir(&dir)
            .args(["push", "-q", "heroku", "main"])
            .output()
            .expect("git push")
    };
    let failed = push("echo nope; exit 1", "a failing release command");
    assert!(!failed.status.success(), "{failed:?}");
    // The old dyno goes on serving the old release.
    assert_eq!(running(&sb)[0].3, Some(serving));
    assert_eq!(version(&sb), Some(2));
    assert!(!group(serving).is_empty());

    let passed = push("echo migrated", "a passing release command");
    assert!(passed.status.success(), "{passed:?}");
    poll("web.1 up on the new release", || {
        let dyno = &ps(&sb, "fd-release")[0];
        dyno["state"] == "up" && dyno["release"]["version"] == 4
    });
    assert_ne!(running(&sb)[0].3, Some(serving));
    assert_gone(&group(serving), "the release restarted the formation");
}

/// The supervisor acts on a change once it is committed, not at its next look: with its looks
/// a minute apart (longer than any wait here), a scale, a push's release and a crash each have
/// their dynos up, all under the one supervisor, which only a ring can have woken.
#[test]
fn the_supervisor_is_woken_by_each_change_not_by_its_tick() {
    let sb = Sandbox::new().with_env("BELT_SUPERVISOR_TICK", "60");
    let dir = sb.repo_with_procfile("src", PROCFILE, "main");
    sb.ok_in(&dir, &["create", "fd-wake"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    // The first scale starts the supervisor, which looks at once.
    sb.ok(&["ps:scale", "web=1", "-a", "fd-wake"]);
    wait_up(&sb, "fd-wake", &["web.1"]);
    let supervisor = supervisor_pid(&sb).expect("a supervisor");

    // A change through the API.
    sb.ok(&["ps:scale", "worker=1", "-a", "fd-wake"]);
    wait_up(&sb, "fd-wake", &["web.1", "worker.1"]);

    // A release made by git's receive hook, another process.
    let version = ps(&sb, "fd-wake")[0]["release"]["version"]
        .as_i64()
        .expect("version");
    std::fs::write(dir.join("CHANGES"), "one line\n").unwrap();
    sb.commit_all(&dir, "one line");
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    poll("both dynos up on the new release", || {
        let dynos = ps(&sb, "fd-wake");
        dynos.len() == 2
            && dynos
                .iter()
                .all(|d| d["state"] == "up" && d["release"]["version"] == version + 1)
    });

    // A crash, which the dyno's runner reports: its restart is due at once.
    let worker = |sb: &Sandbox| running(sb).into_iter().find(|d| d.1 == "worker.1");
    let first = worker(&sb).and_then(|d| d.3).expect("worker.1's pid");
    signal(first, "-KILL");
    poll("worker.1 restarted", || {
        worker(&sb).is_some_and(|d| d.2 == "up" && d.3.is_some_and(|p| p != first))
    });
    assert_eq!(supervisor_pid(&sb), Some(supervisor));
}
