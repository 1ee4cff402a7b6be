//! `belt local` and `local:run`, the Heroku CLI's `heroku local`: a working tree's Procfile run
//! in the foreground, through the real binary. Processes are found by pid through a marker in
//! their environment, which belt hands on to them; every server listens on loopback only.

use std::cell::Cell;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Child;

use crate::harness::{Lines, Marked, Sandbox, poll, pty, run_guarded, signal};
use serde_json::json;

/// A web process: answers one line naming its port and FOO, after saying it listens.
const SERVER: &str = r#"
import http.server, os
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("port=%s foo=%s\n" % (os.environ["PORT"], os.environ.get("FOO"))).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler)
print("listening on", os.environ["PORT"], flush=True)
server.serve_forever()
"#;

/// A port free now on loopback, low enough that the next types' ports (100 up) exist too.
fn free_port() -> u16 {
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        if port < 65000 {
            return port;
        }
    }
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write a file");
}

/// `GET /` from 127.0.0.1:`port`, the body.
fn get(port: u16) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to the web process");
    stream
        .write_all(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .expect("send a request");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read the answer");
    answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or(answer)
}

/// A sandbox whose working directory holds `procfile`, and the marker of this test's processes.
fn with_procfile(procfile: &str) -> (Sandbox, Marked) {
    let sb = Sandbox::new();
    write(&sb.work(), "Procfile", procfile);
    (sb, Marked::new())
}

/// The marker as a variable of belt's environment, which belt hands on to its processes.
fn mark(marked: &Marked) -> (&str, &str) {
    marked.env()[1].split_once('=').expect("NAME=value")
}

/// `belt local ARGS` started in the sandbox's working directory with this test's marker.
fn start(sb: &Sandbox, marked: &Marked, args: &[&str], env: &[(&str, &str)]) -> Child {
    let mut all = vec![mark(marked)];
    all.extend_from_slice(env);
    sb.spawn(args, &all)
}

/// Sends `signal` to belt and waits (bounded) for it to end: its exit code.
fn stop(belt: &mut Child, how: &str) -> Option<i32> {
    signal(belt.id(), how);
    poll("belt local to exit", || {
        belt.try_wait().expect("wait").is_some()
    });
    belt.wait().expect("wait").code()
}

#[test]
fn two_processes_get_prefixes_ports_and_env_and_answer_on_port() {
    let (sb, marked) = with_procfile(
        "# two types, in this order\nweb: python3 server.py\n\
         worker: echo \"tick PORT=$PORT BAR=$BAR NAME=$FOREMAN_WORKER_NAME\"; sleep 600\n\
         release: echo release must not run\n",
    );
    let work = sb.work();
    write(&work, "server.py", SERVER);
    write(&work, ".env", "FOO=from-env-file\nBAR=from-env-file\n");
    let port = free_port();
    let port_text = port.to_string();
    let mut belt = start(
        &sb,
        &marked,
        &["local", "-p", &port_text],
        &[("FOO", "already-set")],
    );
    let mut out = Lines::new(belt.stdout.take().expect("stdout"));
    let (listening, ticked) = (Cell::new(false), Cell::new(false));
    out.wait_for("web listening and the worker's tick", |l| {
        listening.set(listening.get() || l.contains("listening on"));
        ticked.set(ticked.get() || l.contains("tick"));
        listening.get() && ticked.get()
    });

    assert_eq!(get(port), format!("port={port} foo=already-set\n"));
    let web = out.seen.iter().find(|l| l.contains("listening")).unwrap();
    let worker = out.seen.iter().find(|l| l.contains("tick")).unwrap();
    // `HH:MM:SS name | line`, names padded to the longest.
    assert!(is_stamped(web, "web.1    | listening on"), "{web}");
    let worker_port = port + 100;
    assert!(
        is_stamped(
            worker,
            &format!("worker.1 | tick PORT={worker_port} BAR=from-env-file NAME=worker.1")
        ),
        "{worker}"
    );
    assert!(!marked.pids().is_empty());

    assert_eq!(stop(&mut belt, "-INT"), Some(130));
    marked.assert_all_gone("Ctrl-C to belt local");
    out.wait_for("the worker's end", |l| l.contains("worker.1 | Exited"));
    assert!(
        !out.seen.iter().any(|l| l.contains("release must not run")),
        "{:?}",
        out.seen
    );
}

/// Whether `line` is `HH:MM:SS ` followed by `rest` and maybe more.
fn is_stamped(line: &str, rest: &str) -> bool {
    let (stamp, tail) = line.split_at(line.len().min(9));
    let digits = stamp.bytes().enumerate().all(|(i, b)| match i {
        2 | 5 => b == b':',
        8 => b == b' ',
        _ => b.is_ascii_digit(),
    });
    digits && tail.starts_with(rest)
}

#[test]
fn ctrl_c_on_a_terminal_stops_every_process_and_waits_for_them() {
    // The worker says when SIGINT reaches it, then takes a moment to stop: belt waits.
    let (sb, marked) = with_procfile(
        "web: sleep 600\n\
         worker: trap 'sleep 0.3; echo stopped cleanly; exit 0' INT; echo ready; \
         while true; do sleep 0.1; done\n",
    );
    let (name, value) = mark(&marked);
    let mut python3 = sb.std_command("python3");
    python3
        .env(name, value)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    let steps = json!([["ready", "\u{3}"]]);
    let ran = pty::run(pty::driver(
        python3,
        crate::harness::belt_program(),
        ["local", "-p", &free_port().to_string()],
        &steps,
    ));
    assert_eq!(ran.status, 130, "{}", ran.output);
    assert!(
        ran.output.contains("[WARN] Interrupted by User"),
        "{}",
        ran.output
    );
    assert!(ran.output.contains("stopped cleanly"), "{}", ran.output);
    // Coloured on a terminal: each process its colour, the line itself plain.
    assert!(ran.output.contains("\u{1b}[35m"), "{}", ran.output);
    assert!(ran.output.contains("\u{1b}[36m"), "{}", ran.output);
    marked.assert_all_gone("Ctrl-C on the terminal");
}

#[test]
fn a_process_that_exits_stops_the_others_and_belt_exits_with_its_status() {
    let (sb, marked) =
        with_procfile("sleeper: sleep 600\nfailer: echo failing soon; sleep 0.5; exit 3\n");
    let (name, value) = mark(&marked);
    let port = free_port().to_string();
    let (code, stdout, stderr) =
        run_guarded(sb.belt().args(["local", "-p", &port]).env(name, value));
    assert_eq!(code, 3, "{stdout}{stderr}");
    assert!(stdout.contains("failer.1  | failing soon"), "{stdout}");
    assert!(
        stdout.contains("failer.1  | Exited with exit code 3"),
        "{stdout}"
    );
    assert!(
        stdout.contains("sleeper.1 | Exited with signal SIGINT"),
        "{stdout}"
    );
    assert!(
        stderr.contains("[DONE] Killing all processes with signal SIGINT"),
        "{stderr}"
    );
    marked.assert_all_gone("a process exiting 3");

    // Exiting 0 ends the others too, and belt succeeds.
    write(
        &sb.work(),
        "Procfile",
        "sleeper: sleep 600\nonce: echo done\n",
    );
    let (code, stdout, stderr) =
        run_guarded(sb.belt().args(["local", "-p", &port]).env(name, value));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("once.1    | Exited Successfully"),
        "{stdout}"
    );
    marked.assert_all_gone("a process exiting 0");
}

#[test]
fn sigterm_stops_every_process_with_sigterm() {
    let (sb, marked) = with_procfile(
        "worker: trap 'echo got TERM; exit 0' TERM; echo ready; while true; do sleep 0.1; done\n",
    );
    let mut belt = start(&sb, &marked, &["local"], &[]);
    let mut out = Lines::new(belt.stdout.take().expect("stdout"));
    out.wait_for("the worker to start", |l| l.contains("ready"));
    assert_eq!(stop(&mut belt, "-TERM"), Some(143));
    out.wait_for("the worker's trap", |l| l.contains("got TERM"));
    marked.assert_all_gone("SIGTERM to belt local");
}

#[test]
fn local_run_passes_the_environment_stdin_and_exit_status() {
    let sb = Sandbox::new();
    write(
        &sb.work(),
        ".env",
        "# comment\nFOO=from-file\nexport BAR='from file'\n",
    );
    let output = sb
        .belt()
        .args(["local:run", "sh", "-c", "echo \"$FOO|$BAR|${PORT-unset}\""])
        .env("FOO", "already-set")
        .output()
        .expect("run belt");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "already-set|from file|unset\n"
    );
    // Each word reaches the command as typed; -p sets PORT.
    let out = sb.ok(&[
        "local:run",
        "-p",
        "6100",
        "--",
        "printf",
        "%s;",
        "a b",
        "$HOME",
        "$PORT",
    ]);
    assert_eq!(out, "a b;$HOME;$PORT;");
    let out = sb.ok(&["local:run", "-p", "6100", "sh", "-c", "echo $PORT"]);
    assert_eq!(out, "6100\n");
    let (code, stdout, _) = sb.run_with_stdin(&["local:run", "cat"], "piped in\n");
    assert_eq!((code, stdout.as_str()), (0, "piped in\n"));
    let (code, _, stderr) = sb.fails(&["local:run", "sh", "-c", "exit 7"]);
    // The command's own status, and no error of belt's.
    assert_eq!(code, 7);
    assert!(!stderr.contains("rror"), "{stderr}");
    // Another env file, named: missing is an error, a later file wins over an earlier one.
    write(&sb.work(), "more.env", "BAR=more\n");
    let out = sb.ok(&[
        "local:run",
        "-e",
        ".env,more.env",
        "sh",
        "-c",
        "echo $FOO $BAR",
    ]);
    assert_eq!(out, "from-file more\n");
}

#[test]
fn app_config_vars_come_under_the_env_file_and_the_environment() {
    let sb = Sandbox::new();
    sb.ok(&["apps:create", "localvars"]);
    sb.ok(&[
        "config:set",
        "-a",
        "localvars",
        "FROM_APP=app",
        "IN_FILE=app",
        "IN_ENV=app",
    ]);
    write(&sb.work(), ".env", "IN_FILE=file\nIN_ENV=file\n");
    write(
        &sb.work(),
        "Procfile",
        "once: echo \"$FROM_APP $IN_FILE $IN_ENV\"\n",
    );
    let script = "echo \"$FROM_APP $IN_FILE $IN_ENV\"";
    let output = sb
        .belt()
        .args(["local:run", "-a", "localvars", "sh", "-c", script])
        .env("IN_ENV", "env")
        .output()
        .expect("run belt");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "app file env\n");
    let (code, stdout, stderr) = run_guarded(
        sb.belt()
            .args([
                "local",
                "--app",
                "localvars",
                "-p",
                &free_port().to_string(),
            ])
            .env("IN_ENV", "env"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("once.1 | app file env"), "{stdout}");
    // Without --app nothing of the app is read.
    let out = sb.ok(&["local:run", "sh", "-c", "echo ${FROM_APP-none}"]);
    assert_eq!(out, "none\n");
    let (code, _, stderr) = sb.fails(&["local:run", "-a", "no-such-app-here", "true"]);
    assert_eq!(code, 4, "{stderr}");
}

#[test]
fn bad_input_is_a_usage_error_that_says_what_is_wrong() {
    let sb = Sandbox::new();
    let work = sb.work();
    let (code, _, stderr) = sb.fails(&["local"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("No Procfile found"), "{stderr}");
    assert!(stderr.contains("--start-cmd"), "{stderr}");

    write(&work, "Procfile", "web: sleep 1\nworker: sleep 1\n");
    let (code, _, stderr) = sb.fails(&["local", "nope"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no process type \"nope\" in Procfile: it has web, worker"),
        "{stderr}"
    );
    let (code, _, stderr) = sb.fails(&["local", "web=two"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("NAME=COUNT"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["local", "-f", "Procfile.dev"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("No Procfile.dev found"), "{stderr}");
    write(&work, "Procfile.bad", "web: ok\nno colon here\n");
    let (code, _, stderr) = sb.fails(&["local", "-f", "Procfile.bad"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("line 2"), "{stderr}");

    write(&work, ".env", "GOOD=1\nthis is not a variable\n");
    let (code, _, stderr) = sb.fails(&["local"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(".env: line 2: expected KEY=VALUE"),
        "{stderr}"
    );
    let (code, _, stderr) = sb.fails(&["local:run", "true"]);
    assert_eq!(code, 2);
    assert!(stderr.contains(".env: line 2"), "{stderr}");
    std::fs::remove_file(work.join(".env")).expect("rm .env");

    let (code, _, stderr) = sb.fails(&["local", "-e", "missing.env"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.env: no such env file"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["local", "-p", "80"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("port 80 is privileged"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["local", "-p", "http"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = sb.fails(&["local:run"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn start_cmd_runs_as_web_without_a_procfile() {
    let sb = Sandbox::new();
    let port = free_port();
    let (code, stdout, stderr) = run_guarded(sb.belt().args([
        "local",
        "--start-cmd",
        "echo web on $PORT",
        "-p",
        &port.to_string(),
    ]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(&format!("web.1 | web on {port}")),
        "{stdout}"
    );
}

#[test]
fn local_run_on_a_terminal_leaves_ctrl_c_to_the_command() {
    let sb = Sandbox::new();
    let marked = Marked::new();
    let (name, value) = mark(&marked);
    let mut python3 = sb.std_command("python3");
    python3.env(name, value);
    // The terminal's Ctrl-C reaches the command itself (it shares belt's process group), and
    // belt exits with what ended it: SIGINT, 128 + 2. The command is one process that says
    // `ready` once it waits: a shell that forked `sleep` after saying it could take the
    // signal between fork and exec, and nobody would end (dash catches SIGINT under -c).
    let steps = json!([["ready", "\u{3}"]]);
    let ran = pty::run(pty::driver(
        python3,
        crate::harness::belt_program(),
        [
            "local:run",
            "python3",
            "-c",
            "import os, time; assert os.isatty(0); print('ready', flush=True); time.sleep(600)",
        ],
        &steps,
    ));
    assert_eq!(ran.status, 130, "{}", ran.output);
    marked.assert_all_gone("Ctrl-C to local:run");
}
