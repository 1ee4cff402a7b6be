//! `run` from a terminal: the dyno's terminal, raw mode, Ctrl-C, and clients killed mid-session.

use super::*;

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
