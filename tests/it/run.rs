//! One-off dynos: `run` executes for real, attached, with the remote exit status;
//! `run:detached` logs its output; the rendezvous secret is single-use.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::harness::{KillOnDrop, Marked, Sandbox, poll, pty, signal, standin};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
fn command_runs_in_the_app_source_dir() {
    let (sb, id) = with_app("run-source");
    let out = sb.ok(&["run", "-a", "run-source", "--", "ls", "-A"]);
    assert_eq!(out, "", "the scratch directory is empty");
    let source = platform_dir(&sb).join("apps").join(&id).join("source");
    std::fs::create_dir_all(&source).unwrap();
    std::fs::write(source.join("Procfile"), "web: ./serve\n").unwrap();
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

/// Speaks the rendezvous protocol by hand: connects, writes `secret` and CRLF, keeps its side
/// open, and returns everything the server sent until it closed.
async fn converse(attach_url: &str, secret: &str, ca: &Path) -> Vec<u8> {
    converse_with(attach_url, format!("{secret}\r\n").as_bytes(), ca).await
}

/// [`converse`], writing exactly `written` (the secret, its line end if any, then any input).
/// A server that never closes fails the test rather than hanging it.
async fn converse_with(attach_url: &str, written: &[u8], ca: &Path) -> Vec<u8> {
    let mut tls = connect(attach_url, ca).await;
    tls.write_all(written).await.unwrap();
    tls.flush().await.unwrap();
    read_to_close(&mut tls).await
}

/// Everything the server sends on `tls` until it closes; a server that never closes fails.
async fn read_to_close(tls: &mut (impl AsyncReadExt + Unpin)) -> Vec<u8> {
    let mut received = Vec::new();
    // A refused connection is closed without a TLS goodbye: whatever arrived is the answer.
    let read = tokio::time::timeout(Duration::from_secs(60), tls.read_to_end(&mut received)).await;
    assert!(
        read.is_ok(),
        "the dyno never closed the connection; so far: {}",
        String::from_utf8_lossy(&received)
    );
    received
}

/// A TLS connection to the rendezvous host of `attach_url`, trusting the platform's CA.
async fn connect(
    attach_url: &str,
    ca: &Path,
) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    let rest = attach_url.strip_prefix("rendezvous://").expect("scheme");
    let (host_port, _) = rest.split_once('/').expect("path");
    let (host, port) = host_port.rsplit_once(':').expect("port");
    let mut roots = rustls::RootCertStore::empty();
    let pem = std::fs::read(ca).expect("platform CA");
    for cert in rustls_pemfile_certs(&pem) {
        roots.add(cert).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect((host, port.parse::<u16>().unwrap()))
        .await
        .unwrap();
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).unwrap();
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .unwrap()
}

fn rustls_pemfile_certs(pem: &[u8]) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_slice_iter(pem)
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Wrong and reused secrets are refused; a dyno past its time to live is killed. As on Heroku,
/// the platform sends the command's output and closes, with no exit status of its own, and a
/// finished one-off dyno is gone from the API.
#[test]
fn rendezvous_secrets_are_single_use_and_ttl_kills() {
    let sb = Sandbox::new();
    let data = platform_dir(&sb);
    let runtime = crate::harness::runtime();
    runtime.block_on(async {
        let platform = belt_platform::start_embedded(&data).await.unwrap();
        let http = crate::harness::http_client();
        let post = |path: &str, body: Value| {
            http.post(format!("{}{path}", platform.url))
                .bearer_auth(&platform.token)
                .json(&body)
                .send()
        };
        let created = post("/apps", json!({"name": "rdv-app"})).await.unwrap();
        assert_eq!(created.status().as_u16(), 201);
        let ca = platform.platform().ca_path();

        let dyno: Value = post(
            "/apps/rdv-app/dynos",
            // Runs until its input line comes, so the secret can be reused while it runs.
            json!({"command": "read line; echo \"$line\"", "attach": true, "force_no_tty": true}),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        assert_eq!(dyno["state"], "starting");
        assert_eq!(dyno["app"]["name"], "rdv-app");
        let url = dyno["attach_url"].as_str().expect("attach_url").to_string();
        let secret = url.rsplit('/').next().unwrap().to_string();
        assert_eq!(secret.len(), 64);

        let wrong = converse(&url, &"0".repeat(64), &ca).await;
        assert!(wrong.is_empty(), "{}", String::from_utf8_lossy(&wrong));
        let mut right = connect(&url, &ca).await;
        right
            .write_all(format!("{secret}\r\n").as_bytes())
            .await
            .unwrap();
        let mut greeting = [0; 12];
        right.read_exact(&mut greeting).await.unwrap();
        assert_eq!(&greeting, b"rendezvous\r\n");
        // The dyno is up and waiting for its line: the same secret is refused now...
        let reused = converse(&url, &secret, &ca).await;
        assert!(reused.is_empty(), "{}", String::from_utf8_lossy(&reused));
        // ...while the first connection still drives the dyno to its end.
        right.write_all(b"ok\n").await.unwrap();
        let rest = read_to_close(&mut right).await;
        let text = String::from_utf8_lossy(&rest);
        assert_eq!(text, "ok\n", "{text}");
        // And after the dyno's end too.
        let reused = converse(&url, &secret, &ca).await;
        assert!(reused.is_empty(), "{}", String::from_utf8_lossy(&reused));

        let name = dyno["name"].as_str().unwrap();
        let get = |path: String| {
            http.get(format!("{}{path}", platform.url))
                .bearer_auth(&platform.token)
                .send()
        };
        let info = get(format!("/apps/rdv-app/dynos/{name}")).await.unwrap();
        assert_eq!(info.status().as_u16(), 404);
        let info: Value = info.json().await.unwrap();
        assert_eq!(info["id"], "not_found", "{info}");
        let list: Value = get("/apps/rdv-app/dynos".into())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list, json!([]));

        // Without `force_no_tty`, an attached dyno runs on a terminal sized as the request's
        // COLUMNS and LINES ask, with a TERM.
        let on_tty: Value = post(
            "/apps/rdv-app/dynos",
            json!({
                "command": "tty >/dev/null && echo on-tty; stty size; echo \"$TERM\"",
                "attach": true,
                // Numbers, as the Heroku CLI sends them.
                "env": {"COLUMNS": 100, "LINES": 30},
            }),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        let url = on_tty["attach_url"].as_str().unwrap();
        let text = converse(url, url.rsplit('/').next().unwrap(), &ca).await;
        let text = String::from_utf8_lossy(&text);
        assert_eq!(
            text, "rendezvous\r\non-tty\r\n30 100\r\nxterm-256color\r\n",
            "{text}"
        );

        let long: Value = post(
            "/apps/rdv-app/dynos",
            json!({"command": "sleep 60; echo never", "attach": true, "time_to_live": 1}),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        let url = long["attach_url"].as_str().unwrap();
        let killed = converse(url, url.rsplit('/').next().unwrap(), &ca).await;
        let text = String::from_utf8_lossy(&killed);
        assert_eq!(text, "rendezvous\r\n", "{text}");

        let bad: reqwest::Response = post(
            "/apps/rdv-app/dynos",
            json!({"command": "true", "time_to_live": 0}),
        )
        .await
        .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        let bad = post("/apps/rdv-app/dynos", json!({"attach": true}))
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        let bad = post(
            "/apps/rdv-app/dynos",
            json!({"command": "true", "size": "huge"}),
        )
        .await
        .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
    });
}

const ROWS: u16 = 33;
const COLS: u16 = 111;

/// `belt ARGS` on a terminal of ROWS x COLS, taking `steps` (see [`pty::DRIVER`]).
fn on_terminal(sb: &Sandbox, args: &[&str], steps: Value) -> pty::Ran {
    let mut python3 = sb.std_command("python3");
    python3
        .env("PTY_SIZE", format!("{ROWS} {COLS}"))
        .env("TERM", "belt-test-term");
    pty::run(pty::driver(
        python3,
        crate::harness::belt_program(),
        args,
        &steps,
    ))
}

fn raw(modes: &Value) -> bool {
    modes == &json!({"ICANON": false, "ECHO": false, "ISIG": false})
}

fn cooked(modes: &Value) -> bool {
    modes == &json!({"ICANON": true, "ECHO": true, "ISIG": true})
}

/// From a terminal, the command gets one of the same size and the client's TERM; this
/// terminal is raw while it runs (typed input reaches the command as typed) and cooked again
/// afterwards. `--no-tty` gets pipes and leaves the terminal alone.
#[test]
fn run_from_a_terminal_gets_a_terminal() {
    let (sb, _) = with_app("run-tty");
    let script = "test -t 0 && test -t 1 && echo TTY-YES; stty size; echo \"term:$TERM.\"; \
                  read line; echo \"got:$line.\"";
    let run = on_terminal(
        &sb,
        &["run", "-a", "run-tty", "--", script],
        json!([["term:belt-test-term", "typed words\r"]]),
    );
    assert_eq!(run.status, 0, "{}", run.output);
    assert!(run.output.contains("TTY-YES"), "{}", run.output);
    assert!(
        run.output.contains(&format!("{ROWS} {COLS}\r\n")),
        "{}",
        run.output
    );
    assert!(
        run.output.contains("term:belt-test-term."),
        "{}",
        run.output
    );
    assert!(run.output.contains("got:typed words."), "{}", run.output);
    assert!(
        run.output.contains("up, run."),
        "the progress line comes first: {}",
        run.output
    );
    assert_eq!(run.modes.len(), 1, "{}", run.output);
    assert!(raw(&run.modes[0]), "{:?}", run.modes);
    assert!(cooked(&run.after), "{:?}", run.after);

    let run = on_terminal(
        &sb,
        &[
            "run",
            "--no-tty",
            "-a",
            "run-tty",
            "--",
            "test -t 0 || echo NO-TTY; test -t 1 || echo \"NO-$((1+1))\"",
        ],
        json!([["NO-2", ""]]),
    );
    assert_eq!(run.status, 0, "{}", run.output);
    assert!(run.output.contains("NO-TTY"), "{}", run.output);
    assert!(cooked(&run.modes[0]), "{:?}", run.modes);
    assert!(cooked(&run.after), "{:?}", run.after);
}

/// Ctrl-C is a byte for the dyno's terminal, which interrupts the command there: belt itself
/// carries on and exits with the command's status.
#[test]
fn ctrl_c_interrupts_the_remote_command() {
    let (sb, _) = with_app("run-ctrl-c");
    // The status comes from an `echo` after the command (as with `heroku run -x`), so the
    // shell running the whole line must outlive the Ctrl-C: dash, unlike Heroku's bash, dies
    // of a SIGINT that its foreground child handles, unless it traps it.
    let script = "trap : INT; sh -c 'trap \"echo trapped; exit 9\" INT; echo \"S$((1+1))\"; \
                  sleep 30 & wait'";
    let run = on_terminal(
        &sb,
        &["run", "-a", "run-ctrl-c", "--", script],
        json!([["S2", "\u{3}"]]),
    );
    assert_eq!(run.status, 9, "{}", run.output);
    assert!(run.output.contains("trapped"), "{}", run.output);
    assert!(raw(&run.modes[0]), "{:?}", run.modes);
    assert!(cooked(&run.after), "{:?}", run.after);

    // A command that ignores them: four Ctrl-C at once are the way out, and the terminal is
    // restored on that way too.
    let script = "trap '' INT; echo \"S$((1+1))\"; sleep 30";
    let run = on_terminal(
        &sb,
        &["run", "-a", "run-ctrl-c", "--", script],
        json!([["S2", "\u{3}\u{3}\u{3}\u{3}"]]),
    );
    assert_eq!(run.status, 1, "{}", run.output);
    assert!(
        run.output.contains("forcing dyno disconnect"),
        "{}",
        run.output
    );
    assert!(cooked(&run.after), "{:?}", run.after);
}

/// An interactive shell on a `belt serve` dyno: line by line, Ctrl-C interrupts its foreground
/// job and the session goes on, `exit 3` ends it with belt exiting 3.
#[test]
fn interactive_shell_against_belt_serve() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("serve", &server, &server.token);
    sb.ok(&["--account", "serve", "create", "run-shell"]);
    let run = on_terminal(
        &sb,
        &[
            "--account",
            "serve",
            "run",
            "-a",
            "run-shell",
            "-e",
            "PS1=dyno>",
            "--",
            "sh",
        ],
        json!([
            ["dyno>", "echo $((6*7))\r"],
            ["42", "sh -c 'echo S$((1+1)); exec sleep 30'\r"],
            ["S2", "\u{3}"],
            ["dyno>", "echo status=$?\r"],
            ["dyno>", "exit 3\r"],
        ]),
    );
    assert_eq!(run.status, 3, "{}", run.output);
    assert_eq!(run.modes.len(), 5, "{}", run.output);
    assert!(run.modes.iter().all(raw), "{:?}", run.modes);
    assert!(run.output.contains("status=130"), "{}", run.output);
    assert!(cooked(&run.after), "{:?}", run.after);
}

/// Piped input means no terminal on the dyno, whatever belt's output is.
#[test]
fn piped_input_gets_no_terminal() {
    let (sb, _) = with_app("run-piped");
    let out = sb
        .belt()
        .args([
            "run",
            "-a",
            "run-piped",
            "--",
            "test -t 0 || echo NO-TTY; cat",
        ])
        .write_stdin("hi\n")
        .timeout(STDIN_GUARD)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "NO-TTY\nhi\n");
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

/// An attached dyno on a terminal ends with its client, as a `heroku run` session closed:
/// `belt run` killed outright hangs the dyno's terminal up (SIGHUP, status 129).
#[test]
fn a_killed_client_hangs_up_its_dyno_terminal() {
    let sb = Sandbox::new();
    let _server = served_app(&sb, "run-hangup");
    let marked = Marked::new();
    let mut args = vec!["run", "-a", "run-hangup"];
    args.extend(marked.env());
    args.extend(["--", "sleep 600; : still-running"]);
    // belt on a terminal of its own, whose output is read (and dropped) until it closes.
    let mut holder = KillOnDrop(
        pty::driver(
            sb.std_command("python3"),
            crate::harness::belt_program(),
            &args,
            &json!([]),
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the pty driver"),
    );
    let belt = pty::program_pid(&mut holder.0);
    marked.wait_running();
    assert!(
        sb.ok(&["ps", "-a", "run-hangup"]).contains("up"),
        "the dyno runs"
    );
    signal(belt, "-KILL");
    marked.assert_all_gone("SIGKILL to belt run on a terminal");
    let logs = dyno_over(&sb, "run-hangup");
    assert!(
        logs.contains("Stopping all processes with SIGHUP"),
        "{logs}"
    );
    assert!(logs.contains("Process exited with status 129"), "{logs}");
}

/// Without a terminal, the end of the client's input is only the end of the command's stdin,
/// but output it can no longer be sent means it is gone: the dyno is stopped.
#[test]
fn a_killed_client_stops_its_piped_dyno() {
    let sb = Sandbox::new();
    let _server = served_app(&sb, "run-gone");
    let marked = Marked::new();
    let mut args = vec!["run", "--no-tty", "-a", "run-gone"];
    args.extend(marked.env());
    args.extend(["--", "while :; do echo x; sleep 0.1; done"]);
    let client = KillOnDrop(
        sb.std_command(crate::harness::belt_program())
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    marked.wait_running();
    signal(client.0.id(), "-KILL");
    marked.assert_all_gone("SIGKILL to belt run on pipes");
    let logs = dyno_over(&sb, "run-gone");
    assert!(
        logs.contains("Stopping all processes with SIGTERM"),
        "{logs}"
    );
    assert!(logs.contains("Process exited with status 143"), "{logs}");

    // Input that ends is not the client leaving: the command reads it to its end.
    let out = sb
        .belt()
        .args(["run", "-a", "run-gone", "--", "sleep 1; cat"])
        .write_stdin("hi\n")
        .timeout(STDIN_GUARD)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
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

/// Creates an attached dyno on `server` with `body`; returns its attach URL.
async fn attached_dyno(
    http: &reqwest::Client,
    server: &crate::harness::Server,
    app: &str,
    body: Value,
) -> String {
    let created = http
        .post(format!("{}/apps/{app}/dynos", server.url))
        .bearer_auth(&server.token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let dyno: Value = created.json().await.unwrap();
    dyno["attach_url"].as_str().expect("attach_url").to_string()
}

fn secret_of(attach_url: &str) -> &str {
    attach_url.rsplit('/').next().unwrap()
}

/// The platform ends a command's input at EOT (`\x04`, what the official CLI sends when its
/// stdin ends, never closing its side) on pipes; on a terminal EOT goes to the terminal, which
/// ends the input of a program reading it. A client writing its secret without CRLF, as
/// Python's heroku3 does, is answered too.
#[test]
fn eot_ends_input_and_a_bare_secret_is_accepted_by_belt_serve() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let http = crate::harness::http_client_trusting(&server.ca);
    crate::harness::runtime().block_on(async {
        let created = http
            .post(format!("{}/apps", server.url))
            .bearer_auth(&server.token)
            .json(&json!({"name": "rdv-eot"}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status().as_u16(), 201);
        let command = "cat; echo done";

        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": command, "attach": true, "force_no_tty": true}),
        )
        .await;
        let written = format!("{}\r\nhi\n\x04ignored\n", secret_of(&url));
        let text = converse_with(&url, written.as_bytes(), &server.ca).await;
        assert_eq!(String::from_utf8_lossy(&text), "rendezvous\r\nhi\ndone\n");

        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": command, "attach": true}),
        )
        .await;
        let written = format!("{}\r\nhi\n\x04", secret_of(&url));
        let text = converse_with(&url, written.as_bytes(), &server.ca).await;
        let text = String::from_utf8_lossy(&text);
        // The terminal echoes the line, cat prints it, and Ctrl-D at a line's start ends it.
        assert!(text.starts_with("rendezvous\r\nhi\r\nhi\r\n"), "{text:?}");
        assert!(text.ends_with("done\r\n"), "{text:?}");

        // heroku3: the bare secret, no input, `size` null and no `force_no_tty`.
        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": "echo heroku3-ok", "attach": true, "size": null}),
        )
        .await;
        let text = converse_with(&url, secret_of(&url).as_bytes(), &server.ca).await;
        assert_eq!(
            String::from_utf8_lossy(&text),
            "rendezvous\r\nheroku3-ok\r\n"
        );
    });
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

/// What the stand-in dyno saw of its client.
#[derive(Debug, Default)]
struct Seen {
    /// Everything the client wrote, up to and including its EOT.
    received: Vec<u8>,
    /// Whether the client closed its side right after the EOT.
    half_closed: bool,
}

/// A stand-in for Heroku's rendezvous host, after the official CLI's side of it: takes the
/// secret line, greets, reads input up to its EOT, answers with output and the marker line
/// the appended echo prints (status 7), and then drops the connection without a TLS
/// close_notify, as Heroku's may.
async fn stand_in_dyno(
    listener: tokio::net::TcpListener,
    tls: tokio_rustls::TlsAcceptor,
    seen: Arc<std::sync::Mutex<Seen>>,
) {
    let (tcp, _) = listener.accept().await.unwrap();
    let mut stream = tls.accept(tcp).await.unwrap();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let mut greeted = false;
    while !received.contains(&4u8) {
        let n = stream.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            break;
        }
        received.extend_from_slice(&buf[..n]);
        if !greeted && received.ends_with(b"\r\n") {
            stream.write_all(b"rendezvous\r\n").await.unwrap();
            stream.flush().await.unwrap();
            greeted = true;
        }
    }
    // A close would come at once; a client that keeps its side open is still there.
    let half_closed = matches!(
        tokio::time::timeout(Duration::from_millis(300), stream.read(&mut buf)).await,
        Ok(Ok(0))
    );
    *seen.lock().unwrap() = Seen {
        received,
        half_closed,
    };
    stream
        .write_all(format!("from the dyno\n{MARKER}7\n").as_bytes())
        .await
        .unwrap();
    stream.flush().await.unwrap();
    let (tcp, _) = stream.into_inner();
    drop(tcp);
}

/// Against a stand-in for Heroku (the API answers 409 while a new release is not yet known to
/// the runtime; the official CLI tries twice more at once): belt's dyno creation is retried
/// twice, its piped input ends with EOT and no half-close, and a connection that ends without
/// close_notify after the marker is the end of a command that exited 7.
#[test]
fn against_a_stand_in_heroku_conflicts_are_retried_and_a_dyno_session_ends_cleanly() {
    use crate::harness::fake::{FakeBackend, Reply};
    use std::sync::atomic::{AtomicUsize, Ordering};

    let sb = Sandbox::new();
    let (tls, ca_file) = standin::tls_acceptor(sb.root.path());
    let runtime = crate::harness::runtime();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(std::sync::Mutex::new(Seen::default()));
    runtime.spawn(stand_in_dyno(listener, tls, seen.clone()));

    let conflict = r#"{"id":"conflict","message":"Release not yet available, try again."}"#;
    let dyno = json!({
        "id": "01234567-89ab-4def-8123-456789abcdef",
        "name": "run.4242",
        "attach_url": format!("rendezvous://127.0.0.1:{port}/s3cret"),
        "command": "cat",
        "size": "Basic",
        "state": "starting",
        "type": "run",
    })
    .to_string();
    // Answers the n-th dyno creation with 409 until `conflicts` were sent, then the dyno.
    let backend = |conflicts: usize| {
        let posts = AtomicUsize::new(0);
        let (conflict, dyno) = (conflict.to_string(), dyno.clone());
        FakeBackend::start(move |_, request| {
            if request != "POST /apps/demo/dynos" {
                return Reply::json(404, &[], r#"{"id":"not_found","message":"Not here."}"#);
            }
            if posts.fetch_add(1, Ordering::SeqCst) < conflicts {
                Reply::json(409, &[], &conflict)
            } else {
                Reply::json(201, &[], &dyno)
            }
        })
    };
    let belt = |url: &str| {
        sb.belt()
            .args(["run", "-a", "demo", "--api-url", url, "--", "cat"])
            .env("BELT_API_KEY", "test-token")
            .env("SSL_CERT_FILE", &ca_file)
            .write_stdin("piped\n")
            .timeout(STDIN_GUARD)
            .output()
            .unwrap()
    };

    let twice = backend(2);
    let out = belt(&twice.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "from the dyno\n");
    assert_eq!(twice.count("POST "), 3, "{:?}", twice.requests());
    let seen = seen.lock().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&seen.received),
        "s3cret\r\npiped\n\u{4}"
    );
    assert!(!seen.half_closed, "piped input ended with a half-close");

    // A third 409 is the answer.
    let always = backend(3);
    let out = belt(&always.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Release not yet available"), "{stderr}");
    assert_eq!(always.count("POST "), 3, "{:?}", always.requests());
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
