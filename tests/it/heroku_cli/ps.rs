//! The official CLI's `ps`, `ps:scale`, `ps:restart`, `ps:wait` and `logs --tail` against `belt serve` see
//! the dynos belt sees: after each change, `heroku ps` and `belt ps` print the same blocks
//! (ages aside), and `heroku ps --json` lists the dynos `belt ps --json` lists, in the same
//! states on the same release.

use super::*;
use crate::harness::poll;

/// `(~ 3s ago)` with the number left out (two commands run a moment apart), and the blank
/// line the official CLI ends with.
fn without_ages(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|line| match line.find("(~ ") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What each dyno is, by name: state, type and release version.
fn dynos_by_name(json: &str) -> Vec<(String, String, String, String)> {
    let listed: serde_json::Value = serde_json::from_str(json).expect("dynos JSON");
    let mut dynos: Vec<_> = listed
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| {
            let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
            (
                text(&d["name"]),
                text(&d["state"]),
                text(&d["type"]),
                d["release"]["version"].to_string(),
            )
        })
        .collect();
    dynos.sort();
    dynos
}

impl OfficialCli {
    /// What `heroku args` prints on stdout; it must succeed.
    fn heroku_stdout(&self, args: &[&str]) -> String {
        let out = self.command(args).output().expect("run heroku");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "heroku {args:?}: {stderr}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `heroku ps` and `belt ps` agree once every dyno is up (belt's `ps:wait` says when; a
    /// dyno may still change state between two listings, hence the polling).
    fn ps_agrees(&self) {
        let mut last = String::new();
        poll("heroku ps and belt ps to agree", || {
            self.belt_stdout(&["ps:wait", "-w", "0.2", "-a", APP]);
            let heroku = self.heroku_stdout(&["ps", "-a", APP, "--json"]);
            let belt = self.belt_stdout(&["ps", "-a", APP, "--json"]);
            let (heroku_text, belt_text) = (
                self.heroku_stdout(&["ps", "-a", APP]),
                self.belt_stdout(&["ps", "-a", APP]),
            );
            last = format!("heroku:\n{heroku_text}\nbelt:\n{belt_text}");
            let agree = dynos_by_name(&heroku) == dynos_by_name(&belt)
                && without_ages(&heroku_text) == without_ages(&belt_text);
            if !agree {
                eprintln!("not yet the same:\n{last}\n{heroku}\n{belt}");
            }
            agree
        });
        assert!(last.contains("web.1: up"), "{last}");
    }
}

#[test]
fn the_official_cli_scales_restarts_and_lists_the_dynos_belt_sees() {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.deploy_procfile(
        "web: exec python3 -m http.server $PORT --bind 127.0.0.1\n\
         worker: while true; do echo \"tick from $DYNO\"; sleep 1; done\n",
    );
    cli.check(&shows(
        &["ps:scale", "web=2", "worker=1", "-a", APP],
        &["Scaling dynos... done, now running web at 2:Standard-1X, worker at 1:Standard-1X"],
    ));
    cli.ps_agrees();
    let listed = dynos_by_name(&cli.belt_stdout(&["ps", "-a", APP, "--json"]));
    let names: Vec<&str> = listed.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(names, ["web.1", "web.2", "worker.1"]);
    cli.check(&shows(
        &["ps:restart", "--process-type", "web", "-a", APP],
        &["Restarting all web dynos on ", "cli-app... done"],
    ));
    cli.ps_agrees();
    cli.check(&shows(
        &["ps:restart", "-a", APP],
        &["Restarting all dynos on ", "cli-app... done"],
    ));
    // The official CLI's own wait: every dyno is up on v2 already, so it is silent.
    cli.ps_agrees();
    let out = cli
        .command(&["ps:wait", "-a", APP])
        .output()
        .expect("run heroku ps:wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("Error"), "{stderr}");

    // `heroku logs --tail` shows the worker's output as it comes, and the router's line for
    // a request through `belt serve`'s router.
    let mut tail = cli
        .command(&["logs", "--tail", "-a", APP])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn heroku logs --tail");
    let mut lines = Lines::new(tail.stdout.take().expect("stdout"));
    lines.wait_for("of the worker", |l| {
        l.contains("app[worker.1]: tick from worker.1")
    });
    let web_url = cli.server.router_url.replace('*', APP);
    poll("the app through the router", || {
        crate::harness::env::command("curl")
            .args(["-sf", "-o", "/dev/null", &web_url])
            .status()
            .is_ok_and(|s| s.success())
    });
    lines.wait_for("of the router", |l| {
        l.contains("heroku[router]: at=info method=GET path=\"/\"") && l.contains("status=200")
    });
    let _ = tail.kill();
    let _ = tail.wait();
}
