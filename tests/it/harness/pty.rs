//! Programs on a pseudo-terminal, for what a terminal changes (prompts, raw mode, window size,
//! hang-ups): one python3 driver, [`DRIVER`], serves every test.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command};

use serde_json::{Value, json};

/// `python3 -c DRIVER PROGRAM ARGS...` runs PROGRAM on a pseudo-terminal (of `PTY_SIZE`,
/// "ROWS COLS", when set). It copies all PROGRAM writes to stdout as it comes; for each step
/// of `PTY_STEPS` (JSON `[[expect, send], ...]`) it waits until the output after the previous
/// step's match shows `expect`, notes the terminal's modes and types `send`. On stderr it
/// writes `{"pid": N}` once PROGRAM started and, at the end, `{"status", "modes", "after"}`:
/// PROGRAM's exit status (negative: killed by that signal), the modes at each step and once
/// PROGRAM is gone. It exits with PROGRAM's status.
pub const DRIVER: &str = r#"
import fcntl, json, os, pty, signal, struct, sys, termios
steps = json.loads(os.environ.get("PTY_STEPS", "[]"))
size = os.environ.get("PTY_SIZE")
pid, fd = pty.fork()
if pid == 0:
    if size:
        rows, cols = map(int, size.split())
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.execv(sys.argv[1], sys.argv[1:])
print(json.dumps({"pid": pid}), file=sys.stderr, flush=True)
# A guard against hanging forever, not a timing assertion: the test fails with no report.
signal.alarm(120)
def modes():
    flags = termios.tcgetattr(fd)[3]
    return {name: bool(flags & getattr(termios, name)) for name in ("ICANON", "ECHO", "ISIG")}
seen, pos, seen_modes = b"", 0, []
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        data = b""
    if not data:
        break
    seen += data
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    while steps:
        wanted = steps[0][0].encode()
        at = seen.find(wanted, pos)
        if at < 0:
            break
        pos = at + len(wanted)
        seen_modes.append(modes())
        os.write(fd, steps.pop(0)[1].encode())
_, status = os.waitpid(pid, 0)
status = os.waitstatus_to_exitcode(status)
print(json.dumps({"status": status, "modes": seen_modes, "after": modes()}), file=sys.stderr)
sys.exit(status)
"#;

/// Makes `python3` (a command for python3 with the environment and working directory the
/// program is to have) run `program args` under [`DRIVER`], typing `steps`.
pub fn driver(
    mut python3: Command,
    program: impl AsRef<OsStr>,
    args: impl IntoIterator<Item = impl AsRef<OsStr>>,
    steps: &Value,
) -> Command {
    python3
        .args(["-c", DRIVER])
        .arg(program)
        .args(args)
        .env("PTY_STEPS", steps.to_string());
    python3
}

/// `[[prompt, answer], ...]` as steps that type each answer with `enter` after it.
pub fn answering(answers: &Value, enter: &str) -> Value {
    let steps: Vec<Value> = answers
        .as_array()
        .expect("[[prompt, answer], ...]")
        .iter()
        .map(|pair| {
            json!([
                pair[0],
                format!("{}{enter}", pair[1].as_str().expect("answer"))
            ])
        })
        .collect();
    Value::Array(steps)
}

/// What the program did on the terminal.
pub struct Ran {
    /// Its exit status (negative: killed by that signal).
    pub status: i32,
    /// All it wrote.
    pub output: String,
    /// The terminal's modes when each step's text showed.
    pub modes: Vec<Value>,
    /// The terminal's modes after it exited.
    pub after: Value,
}

/// Runs `driver` (from [`driver`]) to the end.
pub fn run(mut driver: Command) -> Ran {
    let output = driver.output().expect("python3 runs the pty driver");
    let output_text = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    ran(output_text, &stderr)
}

/// The report at the end of the driver's `stderr`, with `output`, all it copied.
pub fn ran(output: String, stderr: &str) -> Ran {
    // No report: the driver was killed, by its own guard against hanging (the program never
    // showed a step's text) or otherwise.
    let report: Value = stderr
        .lines()
        .last()
        .and_then(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|report| report.get("status").is_some())
        .unwrap_or_else(|| panic!("the pty driver made no report: {output}{stderr}"));
    Ran {
        status: report["status"]
            .as_i64()
            .and_then(|s| i32::try_from(s).ok())
            .expect("status"),
        output,
        modes: report["modes"].as_array().expect("modes").clone(),
        after: report["after"].clone(),
    }
}

/// The program's process id, from the first line of a spawned driver's piped stderr.
pub fn program_pid(driver: &mut Child) -> u32 {
    let mut line = String::new();
    // Borrowed, not taken: the pipe stays open for the driver's last report.
    BufReader::new(driver.stderr.as_mut().expect("the driver's stderr, piped"))
        .read_line(&mut line)
        .expect("the driver's first line");
    let started: Value = serde_json::from_str(&line).expect("{\"pid\": N}");
    started["pid"]
        .as_u64()
        .and_then(|pid| u32::try_from(pid).ok())
        .expect("a pid")
}

impl super::Sandbox {
    /// `belt accounts:add tty -i` on a pseudo-terminal against `api_url`, typing `answers`
    /// (`[[prompt, answer], ...]`) at its prompts: the exit code and all it wrote.
    pub fn login_on_terminal(
        &self,
        api_url: &str,
        ca: &std::path::Path,
        answers: &serde_json::Value,
    ) -> (i32, String) {
        let args = [
            "accounts:add",
            "tty",
            "-i",
            "--api-url",
            api_url,
            "--ca-cert",
        ];
        self.belt_on_terminal(
            args.iter()
                .map(std::ffi::OsStr::new)
                .chain([ca.as_os_str()]),
            answers,
        )
    }

    /// `belt ARGS` on a pseudo-terminal, typing `answers` (`[[prompt, answer], ...]`), each
    /// with Enter, at its prompts: the exit code and all it wrote.
    pub fn belt_on_terminal(
        &self,
        args: impl IntoIterator<Item = impl AsRef<std::ffi::OsStr>>,
        answers: &serde_json::Value,
    ) -> (i32, String) {
        let ran = run(driver(
            self.std_command("python3"),
            super::belt_program(),
            args,
            &answering(answers, "\n"),
        ));
        (ran.status, ran.output)
    }
}
