//! Human output pinned byte for byte with insta snapshots (tests/it/snapshots/): `info`,
//! `releases`, `ps`, `addons`, `config`, `logs` and errors, piped and on a terminal (through
//! the pty driver, with colour allowed). What varies from run to run (ids, times, ports, the
//! sandbox's temporary path) is filtered to a placeholder; everything else, spacing, rules
//! and colour codes included, must match. A changed output fails the test; in CI (`CI` set)
//! insta writes no new snapshot, so a missing one fails too. Update deliberately with
//! `INSTA_UPDATE=always cargo test --test it human_output` and review the diff.

use serde_json::json;

use crate::harness::{Sandbox, belt_program, pty};

const WEB_AND_WORKERS: &str =
    "web: exec python3 -m http.server $PORT --bind 127.0.0.1\nworker: exec sleep 600\n";

/// One app on the embedded default with config vars, a named add-on (provisioned), a
/// deploy whose formation is scaled up (all up: a web process that listens on `$PORT`, quiet
/// workers), and therefore releases and log lines.
fn app() -> (Sandbox, std::path::PathBuf) {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("src", WEB_AND_WORKERS, "main");
    sb.ok_in(&dir, &["create", "snap-app"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    sb.ok_in(&dir, &["config:set", "PLAIN=1", "SPACED=two words"]);
    sb.ok_in(
        &dir,
        &["addons:create", "heroku-postgresql", "--name", "snap-db"],
    );
    sb.ok_in(&dir, &["ps:scale", "web=1", "worker=2"]);
    crate::harness::poll("the dynos to be up", || {
        let dynos = sb.json(&["ps", "-a", "snap-app"]);
        let dynos = dynos.as_array().expect("dynos");
        dynos.len() == 3 && dynos.iter().all(|d| d["state"] == "up")
    });
    // A database is `provisioning` for a moment: pinned once it settled.
    crate::harness::poll("the database to be provisioned", || {
        sb.json(&["addons", "-a", "snap-app"])[0]["state"] == "provisioned"
    });
    (sb, dir)
}

/// The commands whose human output is pinned, by snapshot name.
const VIEWS: &[(&str, &[&str])] = &[
    ("info", &["info", "-a", "snap-app"]),
    ("releases", &["releases", "-a", "snap-app"]),
    ("ps", &["ps", "-a", "snap-app"]),
    ("ps_wait", &["ps:wait", "-a", "snap-app"]),
    ("addons", &["addons", "-a", "snap-app"]),
    ("config", &["config", "-a", "snap-app"]),
    ("logs", &["logs", "-n", "1000", "-a", "snap-app"]),
];

/// Replaces what varies between runs with placeholders, and `sb`'s path with `[SANDBOX]`.
pub(crate) fn settings(sb: &Sandbox) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_suffix("");
    let root = sb.root.path().to_string_lossy().into_owned();
    settings.add_filter(&regex_escape(&root), "[SANDBOX]");
    for (pattern, placeholder) in [
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "[UUID]",
        ),
        (
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})",
            "[TIMESTAMP]",
        ),
        (r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}", "[TIME]"),
        (r"~ \d+[smhd] ago", "~ [AGE] ago"),
        (r"(localhost|127\.0\.0\.1):\d+", "$1:[PORT]"),
        // A database's generated credentials and name, a deploy's commit (its date varies).
        (r"://u[0-9a-f]+:p[0-9a-f]+@", "://[USER]:[PASSWORD]@"),
        (r"/db_[0-9a-f]+", "/db_[NAME]"),
        (r"Deploy [0-9a-f]{7}", "Deploy [COMMIT]"),
        // The dynos' own lines (starting, up) interleave as their processes happen to run.
        (r"(?m)^.*(heroku|app)\[(web|worker)\.\d+\].*\n", ""),
    ] {
        settings.add_filter(pattern, placeholder);
    }
    settings
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// A run as a snapshot: the exit code, then stdout and stderr, with nothing hidden.
pub(crate) fn transcript(code: i32, stdout: &str, stderr: &str) -> String {
    format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

/// `belt args` piped: its transcript.
fn piped(sb: &Sandbox, dir: &std::path::Path, args: &[&str]) -> String {
    let output = sb.belt_in(dir).args(args).output().expect("run belt");
    transcript(
        output.status.code().unwrap_or(-1),
        &String::from_utf8_lossy(&output.stdout),
        &String::from_utf8_lossy(&output.stderr),
    )
}

/// `belt args` on a terminal of 40x160 with colour allowed (TERM xterm, no NO_COLOR): the
/// exit code and all it wrote to the terminal, line ends as `\n` and escapes shown as `␛`.
fn on_terminal(sb: &Sandbox, dir: &std::path::Path, args: &[&str]) -> String {
    let mut python3 = sb.std_command("python3");
    python3
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .env("PTY_SIZE", "40 160");
    let ran = pty::run(pty::driver(python3, belt_program(), args, &json!([])));
    let output = ran.output.replace("\r\n", "\n").replace('\x1b', "␛");
    format!("exit: {}\n--- terminal\n{output}", ran.status)
}

#[test]
fn views_piped() {
    let (sb, dir) = app();
    settings(&sb).bind(|| {
        for (name, args) in VIEWS {
            insta::assert_snapshot!(format!("{name}_piped"), piped(&sb, &dir, args));
        }
    });
}

#[test]
fn views_on_a_terminal() {
    let (sb, dir) = app();
    settings(&sb).bind(|| {
        for (name, args) in VIEWS {
            insta::assert_snapshot!(format!("{name}_tty"), on_terminal(&sb, &dir, args));
        }
    });
}

/// The errors: an app that does not exist (4), a usage error (2), and not logged in (3: a
/// server given, no key for it).
#[test]
fn errors_piped_and_on_a_terminal() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let not_logged_in = ["apps", "--api-url", &server.url];
    let errors: [(&str, &[&str]); 3] = [
        ("error_not_found", &["info", "-a", "no-such-app"]),
        ("error_usage", &["info", "--no-such-flag"]),
        ("error_not_logged_in", &not_logged_in),
    ];
    settings(&sb).bind(|| {
        for (name, args) in errors {
            insta::assert_snapshot!(format!("{name}_piped"), piped(&sb, &sb.work(), args));
            insta::assert_snapshot!(format!("{name}_tty"), on_terminal(&sb, &sb.work(), args));
        }
    });
}

/// `labs` on an app with one feature enabled: the sections, markers and padding, and the
/// enabled line in green on a terminal.
#[test]
fn labs_piped_and_on_a_terminal() {
    let sb = Sandbox::new();
    sb.ok(&["create", "snap-labs", "--no-remote"]);
    sb.ok(&["labs:enable", "log-runtime-metrics", "-a", "snap-labs"]);
    let args = ["labs", "-a", "snap-labs"];
    settings(&sb).bind(|| {
        insta::assert_snapshot!("labs_piped", piped(&sb, &sb.work(), &args));
        insta::assert_snapshot!("labs_tty", on_terminal(&sb, &sb.work(), &args));
    });
}
