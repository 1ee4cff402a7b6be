//! `config:set KEY --stdin` and `--file PATH`: a secret set without ever being in argv, and
//! never shown by `--debug`, `--dry-run` or the command's own output.

use std::io::Write;
use std::process::Stdio;

use crate::harness::{Sandbox, belt_program, poll};
use serde_json::{Value, json};

/// A value with every byte a shell or a naive reader trips on, and a marker no other process
/// on the machine has, so finding the marker anywhere is finding the value.
fn awkward_value() -> String {
    format!(
        "-----BEGIN KEY-----\nsecret-{}\n  it's \"quoted\" $(id) `id` ; | & > $HOME\r\ndéjà 🔑\t\n\n",
        uuid::Uuid::new_v4().simple()
    )
}

/// The line of [`awkward_value`] that names it uniquely.
fn marker(value: &str) -> &str {
    value
        .lines()
        .find(|line| line.starts_with("secret-"))
        .expect("a marker line")
}

/// Fails if `shown` carries `value` in any form: whole, JSON-escaped, or its marker.
fn assert_hidden(shown: &str, value: &str, what: &str) {
    let escaped = Value::from(value).to_string();
    for form in [value, escaped.trim_matches('"'), marker(value)] {
        assert!(!shown.contains(form), "{what} shows the value:\n{shown}");
    }
}

fn config_get(sb: &Sandbox, key: &str, app: &str) -> Value {
    sb.json(&["config:get", key, "-a", app])[key].clone()
}

#[test]
fn values_from_stdin_and_file_round_trip_byte_for_byte_one_release_each() {
    let sb = Sandbox::new();
    sb.ok(&["create", "secrets"]);
    let releases = sb.releases("secrets").len();

    let piped = awkward_value();
    let (code, stdout, stderr) = sb.run_with_bytes(
        &["config:set", "PIPED", "--stdin", "-a", "secrets"],
        piped.as_bytes(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(config_get(&sb, "PIPED", "secrets"), json!(piped));
    assert_eq!(sb.releases("secrets").len(), releases + 1);
    // The command's own output names the key, never the value.
    assert_eq!(stdout, "PIPED: <redacted>\n");
    assert_hidden(&stderr, &piped, "config:set --stdin's stderr");

    let filed = awkward_value();
    std::fs::write(sb.work().join("key.pem"), &filed).unwrap();
    let set = sb.json(&["config:set", "FILED", "--file", "key.pem", "-a", "secrets"]);
    assert_eq!(set["FILED"], "<redacted>");
    assert_eq!(
        set["PIPED"],
        json!(piped),
        "the other vars, as without --file"
    );
    assert_eq!(config_get(&sb, "FILED", "secrets"), json!(filed));
    assert_eq!(sb.releases("secrets").len(), releases + 2);

    // Empty stdin is an empty value, as `KEY=` is.
    let (code, _, stderr) =
        sb.run_with_bytes(&["config:set", "EMPTY", "--stdin", "-a", "secrets"], b"");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(config_get(&sb, "EMPTY", "secrets"), json!(""));
    assert_eq!(sb.releases("secrets").len(), releases + 3);

    // A value in argv is shown as it always was.
    assert_eq!(
        sb.ok(&["config:set", "PLAIN=visible", "-a", "secrets"]),
        "PLAIN: visible\n"
    );
}

/// `/proc/PID/task/*/syscall` of a thread in `read(0, ...)`: its number (x86-64 0, arm64 63)
/// and first argument, the descriptor.
fn reading_stdin(pid: u32) -> bool {
    let read = if cfg!(target_arch = "aarch64") {
        "63"
    } else {
        "0"
    };
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    tasks.filter_map(Result::ok).any(|task| {
        std::fs::read_to_string(task.path().join("syscall")).is_ok_and(|call| {
            let mut fields = call.split_whitespace();
            fields.next() == Some(read) && fields.next() == Some("0x0")
        })
    })
}

/// The bytes process `pid` has read so far (`rchar` of `/proc/PID/io`).
fn bytes_read(pid: u32) -> u64 {
    let io = std::fs::read_to_string(format!("/proc/{pid}/io")).expect("/proc/PID/io");
    io.lines()
        .find_map(|line| line.strip_prefix("rchar: "))
        .and_then(|n| n.parse().ok())
        .expect("rchar")
}

/// Fails if any process's argv (or, where readable, environment) holds `value`'s marker.
fn assert_in_no_process(value: &str, when: &str) {
    let wanted = marker(value).as_bytes();
    let holds = |bytes: &[u8]| bytes.windows(wanted.len()).any(|w| w == wanted);
    for entry in std::fs::read_dir("/proc").expect("/proc") {
        let Ok(entry) = entry else { continue };
        if !entry
            .file_name()
            .to_string_lossy()
            .bytes()
            .all(|b| b.is_ascii_digit())
        {
            continue;
        }
        for file in ["cmdline", "environ"] {
            let bytes = std::fs::read(entry.path().join(file)).unwrap_or_default();
            assert!(
                !holds(&bytes),
                "{when}: process {:?} has the value in its {file}",
                entry.file_name()
            );
        }
    }
}

#[test]
fn the_value_is_in_no_process_argv_while_belt_reads_it() {
    let sb = Sandbox::new();
    sb.ok(&["create", "argv"]);
    let args = ["config:set", "SECRET", "--stdin", "-a", "argv"];
    let mut child = sb
        .std_command(belt_program())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn belt");
    let pid = child.id();
    poll("belt to read its stdin", || reading_stdin(pid));
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).expect("belt's argv");
    let argv: Vec<&[u8]> = cmdline
        .strip_suffix(b"\0")
        .unwrap()
        .split(|b| *b == 0)
        .collect();
    let expected: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
    assert_eq!(argv[1..], expected[..], "belt's argv is what it was given");

    // The value written, stdin left open: belt holds the value and waits for the rest.
    let value = awkward_value();
    let before = bytes_read(pid);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(value.as_bytes()).unwrap();
    stdin.flush().unwrap();
    poll("belt to read the value", || {
        bytes_read(pid) >= before + value.len() as u64 && reading_stdin(pid)
    });
    assert_in_no_process(&value, "with the value read");

    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_in_no_process(&value, "after the release");
    assert_eq!(config_get(&sb, "SECRET", "argv"), json!(value));
}

#[test]
fn debug_and_dry_run_show_redacted_and_dry_run_sends_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "traced"]);
    let value = awkward_value();
    let (code, stdout, stderr) = sb.run_with_bytes(
        &["config:set", "TRACED", "--stdin", "-a", "traced", "--debug"],
        value.as_bytes(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("--> PATCH"), "{stderr}");
    // The request and the config the platform answers with.
    assert_eq!(
        stderr.matches(r#"{"TRACED":"<redacted>"}"#).count(),
        2,
        "{stderr}"
    );
    assert_hidden(&format!("{stdout}{stderr}"), &value, "--debug");
    // Reading the config back under --debug: the trace hides it, stdout has it.
    let out = sb
        .belt()
        .args(["config", "--json", "-a", "traced", "--debug"])
        .output()
        .unwrap();
    assert_hidden(
        &String::from_utf8_lossy(&out.stderr),
        &value,
        "config --debug",
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["TRACED"], json!(value));

    let releases = sb.releases("traced").len();
    let other = awkward_value();
    std::fs::write(sb.work().join("other.json"), &other).unwrap();
    for json in [false, true] {
        let mut args = vec!["config:set", "TRACED", "--file", "other.json"];
        args.extend(["-a", "traced", "--dry-run"]);
        if json {
            args.push("--json");
        }
        let (code, stdout, stderr) = sb.run_with_bytes(&args, b"");
        assert_eq!(code, 0, "{stderr}");
        let listed = if json {
            let line: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
            line["dry_run"]["body"].clone()
        } else {
            assert!(stdout.starts_with("Would send: PATCH "), "{stdout}");
            serde_json::from_str(stdout.lines().nth(1).unwrap()).unwrap()
        };
        assert_eq!(listed, json!({"TRACED": "<redacted>"}), "{stdout}");
        assert_hidden(&format!("{stdout}{stderr}"), &other, "--dry-run");
    }
    assert_eq!(
        sb.releases("traced").len(),
        releases,
        "a dry run sends nothing"
    );
    assert_eq!(config_get(&sb, "TRACED", "traced"), json!(value));
}

#[test]
fn conflicts_and_unreadable_values_exit_with_their_codes_and_change_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "refused"]);
    sb.ok(&["config:set", "KEPT=1", "-a", "refused"]);
    let config = sb.config("refused");
    let releases = sb.releases("refused").len();
    std::fs::write(sb.work().join("latin1"), b"caf\xe9").unwrap();
    let too_big = vec![b'x'; 1024 * 1024 + 1];
    let cases: &[(&[&str], &[u8], i32, &str)] = &[
        (&["KEPT=2", "--stdin"], b"3", 2, "KEY alone, not KEY=VALUE"),
        (&["KEPT", "OTHER", "--stdin"], b"3", 2, "one KEY, not 2"),
        (
            &["KEPT", "--stdin", "--file", "x"],
            b"3",
            2,
            "cannot be used with",
        ),
        (&["KEPT=2", "--file", "x"], b"", 2, "KEY alone"),
        (&["BAD-KEY", "--stdin"], b"3", 2, "BAD-KEY"),
        (&["KEPT", "--file", "missing.pem"], b"", 1, "missing.pem"),
        (&["KEPT", "--file", "latin1"], b"", 1, "latin1 is not UTF-8"),
        (
            &["KEPT", "--stdin"],
            b"caf\xe9",
            1,
            "standard input is not UTF-8",
        ),
        (&["KEPT", "--stdin"], &too_big, 1, "over 1024 KiB"),
    ];
    for (flags, stdin, wanted, says) in cases {
        let mut args = vec!["config:set"];
        args.extend(flags.iter());
        args.extend(["-a", "refused"]);
        let (code, _, stderr) = sb.run_with_bytes(&args, stdin);
        assert_eq!(code, *wanted, "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert_eq!(sb.config("refused"), config);
    assert_eq!(sb.releases("refused").len(), releases);
}

#[test]
fn a_terminal_is_asked_for_the_value_without_echo() {
    let sb = Sandbox::new();
    sb.ok(&["create", "typed"]);
    let typed = format!("typed-{}", uuid::Uuid::new_v4().simple());
    let (code, shown) = sb.belt_on_terminal(
        ["config:set", "TYPED", "--stdin", "-a", "typed"],
        &json!([["Value of TYPED (not shown): ", typed]]),
    );
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains(&typed), "the value was echoed: {shown}");
    assert!(shown.contains("TYPED: <redacted>"), "{shown}");
    assert_eq!(config_get(&sb, "TYPED", "typed"), json!(typed));
}
