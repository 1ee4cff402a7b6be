//! Wire compatibility from the other side: the official Heroku CLI (the npm package `heroku`,
//! pinned) drives `belt serve`. Each step runs one CLI command, which must exit 0 without an
//! error on stderr and print what a Heroku user expects; where it changes something, belt
//! itself then sees the change. The package is installed once per target directory, from
//! the npm registry (the only network this test uses; the CLI itself is kept off it by a dead
//! proxy).

use std::path::PathBuf;
use std::process::{Command as StdCommand, Stdio};

use crate::harness::{Lines, Sandbox, Server, curl, pty};
use assert_cmd::Command;

mod access;
mod authorizations;
mod labs;
mod login;
mod pipelines;
mod ps;
mod release_phase;
mod reviewapps;
mod teams;

/// The pinned official CLI.
const HEROKU_CLI: &str = "heroku@11.10.0";

const APP: &str = "cli-app";
const RENAMED: &str = "cli-app-two";

/// One official CLI command and what must follow from it.
struct Step {
    /// The CLI's arguments.
    heroku: &'static [&'static str],
    /// Strings its output (stdout and stderr) must contain.
    shows: &'static [&'static str],
    /// A belt command (run with `--json` where it matters) checking the change; empty: none.
    belt: &'static [&'static str],
    /// Strings belt's output must contain, then strings it must not.
    belt_shows: &'static [&'static str],
    belt_lacks: &'static [&'static str],
}

/// A step that changes nothing.
const fn shows(heroku: &'static [&'static str], shows: &'static [&'static str]) -> Step {
    changes(heroku, shows, &[], &[], &[])
}

/// A step whose change belt must see.
const fn changes(
    heroku: &'static [&'static str],
    shows: &'static [&'static str],
    belt: &'static [&'static str],
    belt_shows: &'static [&'static str],
    belt_lacks: &'static [&'static str],
) -> Step {
    Step {
        heroku,
        shows,
        belt,
        belt_shows,
        belt_lacks,
    }
}

/// The scenario, in order, on `APP`. New commands (ps, ps:scale, ps:restart) add a line.
const STEPS: &[Step] = &[
    changes(
        &["apps:create", APP],
        &["Creating cli-app... done", "http://cli-app.localhost:"],
        &["apps", "--json"],
        &["\"cli-app\""],
        &[],
    ),
    shows(&["apps"], &["=== owner@belt.local Apps", APP]),
    shows(&["apps", "--json"], &["\"name\": \"cli-app\""]),
    shows(
        &["apps:info", "-a", APP],
        &["=== cli-app", "Owner:", "owner@belt.local", "Web URL:"],
    ),
    shows(
        &["apps:info", "-a", APP, "--json"],
        &["\"name\": \"cli-app\"", "\"role\": \"owner\""],
    ),
    changes(
        &["config:set", "A=1", "B=two", "-a", APP],
        &["Setting A, B and restarting cli-app... done, v2", "B: two"],
        &["config", "-a", APP, "--json"],
        &["\"A\": \"1\"", "\"B\": \"two\""],
        &[],
    ),
    shows(&["config", "-a", APP], &["=== cli-app Config Vars", "A: 1"]),
    shows(&["config", "-a", APP, "--json"], &["\"B\": \"two\""]),
    shows(&["config:get", "A", "-a", APP], &["1"]),
    shows(
        &["config:get", "A", "-a", APP, "--json"],
        &["\"value\": \"1\""],
    ),
    changes(
        &["config:unset", "B", "-a", APP],
        &["Unsetting B and restarting cli-app... done, v3"],
        &["config", "-a", APP, "--json"],
        &["\"A\": \"1\""],
        &["\"B\""],
    ),
    shows(
        &["releases", "-a", APP],
        &["=== cli-app Releases - Current: v3", "Remove B config vars"],
    ),
    shows(&["releases", "-a", APP, "--json"], &["\"version\": 3"]),
    shows(
        &["releases:info", "-a", APP],
        &["=== Release v3", "Remove B config vars"],
    ),
    shows(
        &["releases:info", "v2", "-a", APP, "--json"],
        &["\"version\": 2", "Set A, B config vars"],
    ),
    changes(
        &["releases:rollback", "v2", "-a", APP],
        &["Rolling back cli-app to v2... done, v4"],
        &["config", "-a", APP, "--json"],
        &["\"B\": \"two\""],
        &[],
    ),
    changes(
        &["addons:create", "heroku-postgresql", "-a", APP],
        &["Creating heroku-postgresql on cli-app", "is being created"],
        &["addons", "-a", APP, "--json"],
        &["\"heroku-postgresql\""],
        &[],
    ),
    shows(
        &["addons", "-a", APP],
        &["heroku-postgresql (", "as DATABASE"],
    ),
    shows(&["addons", "-a", APP, "--json"], &["\"heroku-postgresql\""]),
    shows(
        &["addons:info", "DATABASE", "-a", APP],
        &["heroku-postgresql:essential-0", "Owning app:   cli-app"],
    ),
    changes(
        &["addons:destroy", "DATABASE", "-a", APP, "--confirm", APP],
        &["Destroying postgresql-", "done"],
        &["addons", "-a", APP, "--json"],
        &[],
        &["heroku-postgresql"],
    ),
    changes(
        &["domains:add", "www.example.com", "-a", APP],
        &["Adding www.example.com to cli-app... done"],
        &["domains", "-a", APP, "--json"],
        &["\"www.example.com\""],
        &[],
    ),
    changes(
        &["domains:add", "api.example.com", "-a", APP, "--json"],
        &["\"hostname\": \"api.example.com\""],
        &["domains", "-a", APP, "--json"],
        &["\"api.example.com\""],
        &[],
    ),
    shows(
        &["domains", "-a", APP],
        &["=== cli-app Custom Domains", "www.example.com", "CNAME"],
    ),
    shows(&["domains", "-a", APP, "--json"], &["\"api.example.com\""]),
    changes(
        &["domains:remove", "www.example.com", "-a", APP],
        &["Removing www.example.com from cli-app... done"],
        &["domains", "-a", APP, "--json"],
        &["\"api.example.com\""],
        &["www.example.com"],
    ),
    shows(
        &["logs", "-n", "50", "-a", APP],
        &["heroku[api]: Release v4 created"],
    ),
    changes(
        &["run", "-a", APP, "--", "echo", "hi"],
        &["hi\n"],
        &["logs", "-n", "50", "-a", APP],
        &["Starting process with command `echo hi`"],
        &[],
    ),
    shows(&["auth:whoami"], &["owner@belt.local"]),
];

/// Processes, once belt has deployed a Procfile to `APP`.
const PS_STEPS: &[Step] = &[
    changes(
        &["ps:scale", "web=2", "-a", APP],
        &["Scaling dynos... done, now running web at 2:Standard-1X"],
        &["ps", "-a", APP, "--json"],
        &["\"web.2\""],
        &[],
    ),
    shows(
        &["ps", "-a", APP],
        &["=== web (Standard-1X): sleep 600 (2)", "web.1: "],
    ),
    shows(&["ps", "-a", APP, "--json"], &["\"web.2\""]),
    changes(
        &["ps:restart", "web", "-a", APP],
        &["done"],
        &["logs", "-n", "50", "-a", APP],
        &["Restart web by user"],
        &[],
    ),
    changes(
        &["run:detached", "-a", APP, "--", "sleep", "600"],
        &["done, run."],
        &["ps", "run", "-a", APP, "--json"],
        &["\"state\": \"up\""],
        &[],
    ),
    // The whole `run` type: every one-off dyno, and its processes (tests/it/ps.rs checks those).
    changes(
        &["ps:stop", "--process-type", "run", "-a", APP],
        &["Stopping all run dynos"],
        &["ps", "run", "-a", APP, "--json"],
        &[],
        &["\"state\": \"up\""],
    ),
];

/// After `logs --tail`: the rename and the end of the app.
const LAST_STEPS: &[Step] = &[
    changes(
        &["apps:rename", RENAMED, "-a", APP],
        &["Renaming cli-app to cli-app-two... done"],
        &["apps", "--json"],
        &["\"cli-app-two\""],
        &["\"cli-app\""],
    ),
    changes(
        &["apps:destroy", "-a", RENAMED, "--confirm", RENAMED],
        &["Destroying cli-app-two (including all add-ons)... done"],
        &["apps", "--json"],
        &[],
        &[RENAMED],
    ),
];

#[test]
fn the_official_heroku_cli_works_against_belt_serve() {
    let cli = OfficialCli::new();
    for step in STEPS {
        cli.check(step);
    }
    cli.run_on_a_terminal();
    cli.deploy_procfile("web: sleep 600\n");
    for step in PS_STEPS {
        cli.check(step);
    }
    cli.tail_shows_new_lines();
    for step in LAST_STEPS {
        cli.check(step);
    }
}

struct OfficialCli {
    // First, so the server stops before the sandbox's files go.
    server: Server,
    sb: Sandbox,
    /// The package's `node_modules/.bin`.
    bin: PathBuf,
}

impl OfficialCli {
    /// The official CLI (installed on first use) and a `belt serve` in a new sandbox.
    fn new() -> OfficialCli {
        let bin = heroku_cli();
        let sb = Sandbox::new();
        let server = sb.serve();
        OfficialCli { server, sb, bin }
    }

    /// The official CLI pointed at the server, kept off every other host.
    fn command(&self, args: &[&str]) -> StdCommand {
        let path = std::env::join_paths(std::iter::once(self.bin.to_path_buf()).chain(
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
        ))
        .expect("PATH");
        let mut cmd = self.sb.std_command(self.bin.join("heroku"));
        cmd.args(args)
            .env("PATH", path)
            .env("HEROKU_HOST", &self.server.url)
            // Else `GET /account` goes to particleboard.heroku.com.
            .env("HEROKU_PARTICLEBOARD_URL", &self.server.url)
            .env("NODE_EXTRA_CA_CERTS", &self.server.ca)
            .env("HEROKU_API_KEY", &self.server.token)
            .env("DISABLE_TELEMETRY", "true")
            .env("HEROKU_SKIP_NEW_VERSION_CHECK", "true")
            // Any request to a host other than this one fails instead of leaving the machine.
            .env("HTTPS_PROXY", "http://127.0.0.1:9")
            .env("NO_PROXY", "localhost,127.0.0.1")
            .stdin(Stdio::null());
        cmd
    }

    fn check(&self, step: &Step) {
        let output = Command::from_std(self.command(step.heroku))
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run heroku");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let what = format!(
            "heroku {:?} exited {:?}\nstdout: {stdout}\nstderr: {stderr}",
            step.heroku,
            output.status.code()
        );
        assert!(output.status.success(), "{what}");
        assert!(
            !stderr.contains("TypeError") && !stderr.contains("Error:"),
            "{what}"
        );
        let all = format!("{stdout}{stderr}");
        for wanted in step.shows {
            assert!(all.contains(wanted), "no {wanted:?} in {what}");
        }
        if !step.belt.is_empty() {
            self.belt_sees(step);
        }
    }

    /// What `belt args` (against the server) prints on stdout; it must succeed.
    fn belt_stdout(&self, args: &[&str]) -> String {
        let out = self
            .sb
            .belt()
            .args(args)
            .args(["--api-url", &self.server.url])
            .env("BELT_API_KEY", &self.server.token)
            .env("SSL_CERT_FILE", &self.server.ca)
            .output()
            .expect("run belt");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "belt {args:?}: {stderr}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Deploys a directory holding only this Procfile to `APP`, through belt.
    fn deploy_procfile(&self, procfile: &str) {
        let dir = self.sb.path("procfile-app");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("Procfile"), procfile).expect("Procfile");
        let dir = dir.to_string_lossy().into_owned();
        let out = self
            .sb
            .belt()
            .args(["deploy", &dir, "-a", APP, "--api-url", &self.server.url])
            .env("BELT_API_KEY", &self.server.token)
            .env("SSL_CERT_FILE", &self.server.ca)
            .output()
            .expect("run belt deploy");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// belt's own view of the server after a step.
    fn belt_sees(&self, step: &Step) {
        let ca = self.server.ca.to_string_lossy();
        let mut args = vec!["--api-url", &self.server.url];
        args.extend_from_slice(step.belt);
        let out = self
            .sb
            .belt()
            .args(&args)
            .env("BELT_API_KEY", &self.server.token)
            .env("SSL_CERT_FILE", ca.as_ref())
            .output()
            .expect("run belt");
        let text = String::from_utf8_lossy(&out.stdout);
        let what = format!("after heroku {:?}, belt {args:?}: {text}", step.heroku);
        assert!(out.status.success(), "{what}");
        for wanted in step.belt_shows {
            assert!(text.contains(wanted), "no {wanted:?} {what}");
        }
        for unwanted in step.belt_lacks {
            assert!(!text.contains(unwanted), "still {unwanted:?} {what}");
        }
    }

    /// `python3` set to run `cli` (its program, arguments and environment, in the sandbox's
    /// working directory) on a terminal (TERM xterm) under [`pty::DRIVER`].
    fn on_pty(&self, cli: &StdCommand, steps: &serde_json::Value) -> StdCommand {
        let mut python3 = self.sb.std_command("python3");
        python3.env("TERM", "xterm");
        for (key, value) in cli.get_envs() {
            match value {
                Some(value) => python3.env(key, value),
                None => python3.env_remove(key),
            };
        }
        pty::driver(python3, cli.get_program(), cli.get_args(), steps)
    }

    /// `heroku run` from a terminal (a pseudo-terminal of 30x100): the dyno gets a terminal
    /// of that size, which the CLI asks for with numeric `COLUMNS`/`LINES`.
    fn run_on_a_terminal(&self) {
        let cli = self.command(&[
            "run",
            "-a",
            APP,
            "--",
            "sh",
            "-c",
            "test -t 0 && echo TTY-$((1+1)); stty size",
        ]);
        let mut driver = self.on_pty(&cli, &serde_json::json!([]));
        driver.env("PTY_SIZE", "30 100");
        let ran = pty::run(driver);
        assert_eq!(ran.status, 0, "{}", ran.output);
        assert!(ran.output.contains("TTY-2"), "{}", ran.output);
        assert!(ran.output.contains("30 100"), "{}", ran.output);
    }

    /// `heroku logs --tail` shows the history, then lines logged while it runs.
    fn tail_shows_new_lines(&self) {
        let mut child = self
            .command(&["logs", "--tail", "-a", APP])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn heroku logs --tail");
        let mut lines = Lines::new(child.stdout.take().expect("stdout"));
        lines.wait_for("of the app's history", |l| l.contains("Release v1 created"));
        self.check(&shows(&["config:set", "TAILED=yes", "-a", APP], &[]));
        lines.wait_for("about the new release", |l| {
            l.contains("Set TAILED config vars")
        });
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// The official CLI's `node_modules/.bin`, installed from the npm registry on first use into
/// the target directory, where later runs find it.
fn heroku_cli() -> PathBuf {
    crate::harness::npm_installed(HEROKU_CLI).join("node_modules/.bin")
}

/// The official CLI's deploy: the pinned CLI has no `builds:create` (`heroku help builds`
/// finds no such command), so the Dev Center's Build API sequence with curl (POST the
/// app's sources, PUT the tarball to `put_url` with an empty Content-Type, POST a build,
/// read its `output_stream_url`); then `heroku logs` and `heroku logs --tail` show the
/// build's lines, and belt deploys to the same server.
#[test]
fn the_official_cli_deploys_with_the_build_api_and_reads_its_logs() {
    let cli = OfficialCli::new();
    let (sb, server) = (&cli.sb, &cli.server);
    // Were `builds:create` there, this test would drive it instead of curl.
    let help = cli
        .command(&["help", "builds"])
        .output()
        .expect("heroku help");
    assert!(
        String::from_utf8_lossy(&help.stderr).contains("Command builds not found"),
        "{help:?}"
    );
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));

    let api = |method: &str, path: &str, body: Option<&serde_json::Value>| {
        let answer = curl::curl_api(&server.url, &server.token, &server.ca, method, path, body);
        assert!(answer.status < 300, "{method} {path}: {}", answer.body);
        serde_json::from_str::<serde_json::Value>(&answer.body).expect("JSON")
    };
    let source = api("POST", &format!("/apps/{APP}/sources"), None);
    let tarball = sb.path("curl-src.tgz");
    curl::procfile_tarball(&sb.path("curl-src"), "worker: sleep 5\n", &tarball);
    let put_url = source["source_blob"]["put_url"].as_str().expect("put_url");
    let upload = curl::upload(&server.ca, put_url, &tarball);
    assert_eq!(upload.status, 200, "{}", upload.body);
    let body = serde_json::json!({"source_blob": {
        "url": source["source_blob"]["get_url"],
        "version": "curl-1",
    }});
    let build = api("POST", &format!("/apps/{APP}/builds"), Some(&body));
    let output = curl::curl(
        &server.ca,
        &[build["output_stream_url"]
            .as_str()
            .expect("output_stream_url")],
    );
    assert_eq!(output.content_type, "text/plain; charset=utf-8");
    for line in ["Procfile declares types -> worker", "Released v2"] {
        assert!(output.body.contains(line), "{line:?} in {}", output.body);
    }
    let id = build["id"].as_str().expect("id");
    assert_eq!(
        api("GET", &format!("/apps/{APP}/builds/{id}"), None)["status"],
        "succeeded"
    );

    cli.check(&shows(
        &["logs", "-n", "50", "-a", APP],
        &[
            "app[build]: -----> Discovering process types",
            "heroku[api]: Build succeeded by user",
        ],
    ));
    let mut child = cli
        .command(&["logs", "--tail", "-a", APP])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn heroku logs --tail");
    let mut lines = crate::harness::Lines::new(child.stdout.take().expect("stdout"));
    lines.wait_for("the build's lines", |l| l.contains("Released v2"));
    let _ = child.kill();
    let _ = child.wait();

    cli.deploy_procfile("worker: sleep 5\n");
    cli.belt_sees(&changes(
        &["builds"],
        &[],
        &["releases", "-a", APP, "--json"],
        &["\"version\": 3", "\"version\": 2"],
        &[],
    ));
}

/// `heroku run` with piped stdin, as a script runs it: the official CLI ends the input with
/// EOT (it never half-closes), which `belt serve` must take as its end, on pipes (`--no-tty`)
/// and on the dyno's terminal alike; with `-x` the CLI appends its exit-status `echo` and
/// exits with what it prints. Then belt does the same against the same server.
#[test]
fn the_official_heroku_run_pipes_stdin_to_its_end_and_exits_with_the_status() {
    let cli = OfficialCli::new();
    let (sb, server) = (&cli.sb, &cli.server);
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    let heroku = |args: &[&str], stdin: &str| {
        let out = Command::from_std(cli.command(args))
            .write_stdin(stdin)
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run heroku");
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    for args in [
        &["run", "-a", APP, "--no-tty", "--", "cat"][..],
        &["run", "-x", "-a", APP, "--no-tty", "--", "cat"],
    ] {
        let (code, stdout, stderr) = heroku(args, "piped line\n");
        assert_eq!(code, Some(0), "heroku {args:?}: {stdout}{stderr}");
        assert_eq!(stdout, "piped line\n", "heroku {args:?}: {stderr}");
    }
    // Without --no-tty the dyno gets a terminal, which echoes the line before cat prints it.
    let (code, stdout, stderr) = heroku(&["run", "-a", APP, "--", "cat"], "piped line\n");
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_eq!(stdout.matches("piped line").count(), 2, "{stdout}{stderr}");
    let (code, stdout, stderr) = heroku(&["run", "-x", "-a", APP, "--", "sh", "-c", "exit 7"], "");
    assert_eq!(code, Some(7), "{stdout}{stderr}");

    let ca = server.ca.to_string_lossy().into_owned();
    let belt = |args: &[&str], stdin: &str| {
        let out = sb
            .belt()
            .args(["--api-url", &server.url])
            .args(args)
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &ca)
            .write_stdin(stdin)
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run belt");
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let (code, stdout, stderr) = belt(&["run", "-a", APP, "--no-tty", "--", "cat"], "piped line\n");
    assert_eq!(
        (code, stdout.as_str()),
        (Some(0), "piped line\n"),
        "{stderr}"
    );
    let (code, stdout, stderr) = belt(&["run", "-a", APP, "--", "sh", "-c", "exit 7"], "");
    assert_eq!(code, Some(7), "{stdout}{stderr}");
}
