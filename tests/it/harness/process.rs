//! Processes a test starts and waits for: their lines read with a deadline, runs guarded
//! against hanging, one-off dynos' processes found and killed.

use std::io::{BufRead, BufReader};

use assert_cmd::Command;

use super::env;

/// The lines a child process prints, read on a thread so a test can wait for one with a
/// deadline (a guard against hanging, not a timing assertion).
pub struct Lines {
    rx: std::sync::mpsc::Receiver<String>,
    /// Every line received so far.
    pub seen: Vec<String>,
}

impl Lines {
    pub fn new(stream: impl std::io::Read + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Lines {
            rx,
            seen: Vec::new(),
        }
    }

    /// Reads until a line satisfies `wanted`; panics with everything seen if none arrives
    /// within a minute or the stream ends.
    pub fn wait_for(&mut self, what: &str, wanted: impl Fn(&str) -> bool) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(line) => {
                    let done = wanted(&line);
                    self.seen.push(line);
                    if done {
                        return;
                    }
                }
                Err(e) => panic!("no line {what} ({e}); got:\n{}", self.seen.join("\n")),
            }
        }
    }
}

/// What a successful run printed, as JSON; fails the test with its stderr otherwise.
pub fn json_of<T: serde::de::DeserializeOwned>(output: &std::process::Output) -> T {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

/// Runs `cmd` (a belt command), failing the test instead of hanging if it outlives a generous
/// guard. Returns (exit code, stdout, stderr) and asserts belt never panicked.
pub fn run_guarded(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd
        .timeout(std::time::Duration::from_secs(90))
        .output()
        .expect("run belt");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.code().is_some(),
        "belt hung or was killed: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "belt panicked: {stderr}");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

/// The processes of one test's one-off dynos, found by a unique marker in their environment
/// (`-e BELT_TEST_MARK=...`, inherited by every process the command starts, its `sleep`
/// included), so no one else's process is ever touched. Whatever is still running when this
/// is dropped, the test passing or failing, is killed.
pub struct Marked {
    marker: String,
}

impl Marked {
    pub fn new() -> Marked {
        Marked {
            marker: format!("BELT_TEST_MARK=proc-{}", uuid::Uuid::new_v4().simple()),
        }
    }

    /// `-e` and its value for `run` and `run:detached`.
    pub fn env(&self) -> [&str; 2] {
        ["-e", &self.marker]
    }

    /// This test's live processes.
    pub fn pids(&self) -> Vec<u32> {
        let wanted = format!("{}\0", self.marker).into_bytes();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                // Zombies are gone already (and show no environment).
                let zombie = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .map(|s| s.rsplit_once(") ").is_some_and(|(_, r)| r.starts_with('Z')))
                    .unwrap_or(true);
                !zombie
                    && std::fs::read(format!("/proc/{pid}/environ"))
                        .is_ok_and(|env| env.windows(wanted.len()).any(|w| w == wanted))
            })
            .collect()
    }

    /// Waits (bounded) until the dyno's command runs.
    pub fn wait_running(&self) {
        poll("the dyno's processes to start", || !self.pids().is_empty());
    }

    /// Waits (bounded) until none of the processes is left; fails naming those that are.
    pub fn assert_all_gone(&self, after: &str) {
        for _ in 0..300 {
            if self.pids().is_empty() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("after {after}, still running: {:?}", self.commands());
    }

    pub fn commands(&self) -> Vec<String> {
        self.pids()
            .iter()
            .map(|pid| {
                let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                format!(
                    "{pid}: {}",
                    String::from_utf8_lossy(&cmdline).replace('\0', " ")
                )
            })
            .collect()
    }
}

impl Drop for Marked {
    fn drop(&mut self) {
        for _ in 0..3 {
            let pids = self.pids();
            if pids.is_empty() {
                return;
            }
            for pid in pids {
                let _ = env::command("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

/// Sends `signal` (`-TERM`, `-KILL`, ...) to process `pid`; fails the test if it cannot.
pub fn signal(pid: u32, signal: &str) {
    let status = env::command("kill")
        .args([signal, &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success(), "kill {signal} {pid}");
}

/// Polls `done` for up to 30 s (a guard against hanging, not a timing check).
pub fn poll(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("gave up waiting for {what}");
}

/// Kills the child (a test's `belt run`) when dropped.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
