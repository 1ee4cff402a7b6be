//! Release phase: a Procfile `release:` command runs on a `release.N` one-off dyno before its
//! release becomes current, on deploys (`git push`, `belt deploy`) and config changes alike.
//! Passing, the release is current and its output is kept; failing, the release is failed and
//! never current, the push is rejected and `belt deploy` exits 1.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::Sandbox;

const WEB: &str = "web: python3 -m http.server $PORT\n";

/// `git push heroku main` from `dir`: (success, git's stderr, where `remote:` lines go).
fn push(sb: &Sandbox, dir: &Path) -> (bool, String) {
    let output = sb
        .std_command("git")
        .current_dir(dir)
        .args(["push", "heroku", "HEAD:main"])
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("run git push");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A repository whose Procfile declares this release command, and app `app` for it.
fn app_with_release(sb: &Sandbox, app: &str, release: &str) -> PathBuf {
    let procfile = format!("release: {release}\n{WEB}");
    let dir = sb.repo_with_procfile("repo", &procfile, "main");
    sb.belt_in(&dir).args(["create", app]).assert().success();
    dir
}

fn set_release_command(sb: &Sandbox, dir: &Path, release: &str) {
    std::fs::write(dir.join("Procfile"), format!("release: {release}\n{WEB}")).unwrap();
    sb.commit_all(dir, "new release command");
}

fn release(sb: &Sandbox, app: &str, version: &str) -> Value {
    sb.json(&["releases:info", version, "-a", app])
}

/// The release, once its command is over (bounded: a release command here takes moments).
fn settled(sb: &Sandbox, app: &str, version: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let release = release(sb, app, version);
        if release["status"] != "pending" || Instant::now() > deadline {
            return release;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_passing_release_command_runs_in_its_own_dyno_and_lets_the_release_through() {
    let sb = Sandbox::new();
    let dir = app_with_release(
        &sb,
        "rp-pass",
        "echo migrating to $DYNO; echo migrated > migrated.txt",
    );
    let (ok, err) = push(&sb, &dir);
    assert!(ok, "{err}");
    for line in [
        "remote:  !     Release command declared: this new release will not be available until the command succeeds.",
        "remote:        Released v2",
        "remote: Verifying deploy... done.",
        "remote: Running release command...",
        "remote: migrating to release.",
        "remote: Waiting for release.... done.",
    ] {
        assert!(err.contains(line), "{line:?} missing from:\n{err}");
    }
    let v2 = release(&sb, "rp-pass", "v2");
    assert_eq!(v2["status"], "succeeded");
    assert_eq!(v2["current"], true);
    assert!(v2["output_stream_url"].is_string(), "{v2}");
    let output = sb.ok(&["releases:output", "-a", "rp-pass"]);
    assert!(output.starts_with("migrating to release."), "{output}");
    // It ran in a dyno of its own, as on Heroku: what it wrote is not in the slug.
    assert_eq!(
        sb.ok(&[
            "run",
            "-a",
            "rp-pass",
            "--",
            "cat migrated.txt 2>/dev/null || echo not in the slug"
        ]),
        "not in the slug\n"
    );
    let logs = sb.ok(&["logs", "-n", "200", "-a", "rp-pass"]);
    for part in [
        "Running release v2 commands by user",
        "]: Starting process with command `echo migrating to $DYNO;",
        "]: migrating to release.",
        "]: Process exited with status 0",
    ] {
        assert!(logs.contains(part), "{part:?} missing from:\n{logs}");
    }
    assert!(logs.contains("app[release."), "{logs}");
    assert!(logs.contains("heroku[release."), "{logs}");
    // A release without a release command has no output.
    let output = sb
        .belt()
        .args(["releases:output", "v1", "-a", "rp-pass"])
        .output()
        .expect("run belt");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{err}");
    assert!(
        err.contains("Release v1 has no release output available."),
        "{err}"
    );
}

#[test]
fn a_failing_release_command_rejects_the_push_and_leaves_the_previous_release_current() {
    let sb = Sandbox::new();
    let dir = app_with_release(&sb, "rp-fail", "true");
    let (ok, err) = push(&sb, &dir);
    assert!(ok, "{err}");
    set_release_command(&sb, &dir, "echo cannot migrate >&2; exit 3");
    let (ok, err) = push(&sb, &dir);
    assert!(!ok, "the push went through:\n{err}");
    for line in [
        "remote: Running release command...",
        "remote: cannot migrate",
        "remote: Waiting for release.... failed.",
        "Release command failed: v3 is not current",
        "pre-receive hook declined",
    ] {
        assert!(err.contains(line), "{line:?} missing from:\n{err}");
    }
    let v3 = release(&sb, "rp-fail", "v3");
    assert_eq!(v3["status"], "failed");
    assert_eq!(v3["current"], false);
    assert_eq!(release(&sb, "rp-fail", "v2")["current"], true);
    let listed = sb.ok(&["releases", "-a", "rp-fail"]);
    assert!(listed.contains("Current: v2"), "{listed}");
    assert!(listed.contains("release command failed"), "{listed}");
    assert_eq!(
        sb.ok(&["releases:output", "v3", "-a", "rp-fail"]),
        "cannot migrate\n"
    );
    // The old tree stays the app's: the failed release's code never ran as the app.
    assert_eq!(
        sb.ok(&["run", "-a", "rp-fail", "--", "cat", "Procfile"]),
        format!("release: true\n{WEB}")
    );
    let logs = sb.ok(&["logs", "-n", "200", "-a", "rp-fail"]);
    assert!(logs.contains("Release v3 command failed by user"), "{logs}");
    assert!(logs.contains("]: Process exited with status 3"), "{logs}");
}

#[test]
fn a_config_change_runs_the_release_command_too() {
    let sb = Sandbox::new();
    let dir = app_with_release(
        &sb,
        "rp-config",
        "echo greeting=$GREETING; test \"$GREETING\" != no",
    );
    let (ok, err) = push(&sb, &dir);
    assert!(ok, "{err}");
    sb.ok(&["config:set", "GREETING=hello", "-a", "rp-config"]);
    let v3 = settled(&sb, "rp-config", "v3");
    assert_eq!(v3["status"], "succeeded", "{v3}");
    assert_eq!(v3["current"], true);
    assert_eq!(
        sb.ok(&["releases:output", "v3", "-a", "rp-config"]),
        "greeting=hello\n"
    );
    sb.ok(&["config:set", "GREETING=no", "-a", "rp-config"]);
    let v4 = settled(&sb, "rp-config", "v4");
    assert_eq!(v4["status"], "failed", "{v4}");
    assert_eq!(v4["current"], false);
    assert_eq!(release(&sb, "rp-config", "v3")["current"], true);
    let info = sb.ok(&["releases:info", "v4", "-a", "rp-config"]);
    assert!(
        info.contains("Set GREETING config vars (release command failed)"),
        "{info}"
    );
    // A rollback is a release like any other (Dev Center, Release Phase).
    sb.ok(&["rollback", "v3", "-a", "rp-config"]);
    let v5 = settled(&sb, "rp-config", "v5");
    assert_eq!(v5["status"], "succeeded", "{v5}");
    assert_eq!(
        sb.ok(&["releases:output", "v5", "-a", "rp-config"]),
        "greeting=hello\n"
    );
    // So is provisioning an add-on; other add-on changes only change config vars, and skip it.
    sb.ok(&["addons:create", "heroku-postgresql", "-a", "rp-config"]);
    let v6 = settled(&sb, "rp-config", "v6");
    assert_eq!(v6["status"], "succeeded", "{v6}");
    assert!(v6["output_stream_url"].is_string(), "{v6}");
    let addon = sb.json(&["addons", "-a", "rp-config"]);
    let name = addon[0]["name"].as_str().expect("add-on name");
    sb.ok(&[
        "addons:destroy",
        name,
        "--confirm",
        "rp-config",
        "-a",
        "rp-config",
    ]);
    let v7 = release(&sb, "rp-config", "v7");
    assert_eq!(v7["status"], "succeeded", "{v7}");
    assert!(v7["output_stream_url"].is_null(), "{v7}");
}

#[test]
fn belt_deploy_waits_for_the_release_command_and_exits_1_when_it_fails() {
    let sb = Sandbox::new();
    let site = sb.path("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), format!("release: echo ready\n{WEB}")).unwrap();
    sb.ok(&["create", "rp-deploy"]);
    let out = sb.ok(&["deploy", site.to_str().unwrap(), "-a", "rp-deploy"]);
    for line in [
        "Running release command...",
        "ready",
        "Waiting for release.... done.",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    assert_eq!(release(&sb, "rp-deploy", "v2")["current"], true);

    std::fs::write(
        site.join("Procfile"),
        format!("release: echo broken; exit 1\n{WEB}"),
    )
    .unwrap();
    let (code, out, err) = sb.fails(&["deploy", site.to_str().unwrap(), "-a", "rp-deploy"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("broken\nWaiting for release.... failed."),
        "{out}"
    );
    assert!(
        err.contains("the release command of v3 failed: v3 is not current"),
        "{err}"
    );
    assert_eq!(release(&sb, "rp-deploy", "v3")["status"], "failed");
    assert_eq!(release(&sb, "rp-deploy", "v2")["current"], true);
}
