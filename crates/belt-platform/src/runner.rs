//! Runs a dyno's command for real: `sh -c COMMAND` in the app's deployed source tree (or an
//! empty scratch directory), with the app's environment, killed at its time to live. Output
//! goes to the app's log, one event per line, and to the attached client when there is one.
//! An attached dyno that asked for a terminal runs on a pseudo-terminal of its own (a new
//! session whose controlling terminal it is), so shells, editors and Ctrl-C behave as on a
//! terminal; otherwise stdin, stdout and stderr are plain pipes.
//!
//! The command runs in a process group of its own, and the runner watches the dyno's row:
//! when a stop or restart marks it `down`, or it is deleted with its app, the whole group gets
//! SIGTERM, and SIGKILL if anything is left after a grace period, as on Heroku. So does a
//! detached runner told to stop (SIGTERM, SIGINT, SIGHUP), and a runner dropped before the
//! command ended (its platform shutting down) kills the group outright. A detached dyno's
//! command waits at a gate until its group is recorded: a runner killed before that (so
//! before anyone could stop the group) takes the command with it, unstarted.
//!
//! An attached dyno ends with its client, as a `heroku run` session does: on a terminal, the
//! client's input ending (it never closes it while the dyno runs) or failing hangs the
//! terminal up, SIGHUP to the group, and the stop above follows for whatever survives that.
//! On pipes, input ending (EOT, or a half-close) is only the end of the command's stdin;
//! output the client can no longer be sent, or its input failing, stops the dyno.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::process::{Child, Command};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::domain_error::DomainError;
use super::procs::{self, ProcessId, Signal};
use super::{Platform, dynos, events};
use crate::error::{Error, Result};

/// Variables of the platform's own environment a dyno inherits; everything else it sees comes
/// from the app (so no token of the user running belt leaks into the app's processes).
const INHERITED_ENV: &[&str] = &[
    "PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "TMPDIR",
];
/// End of transmission: a terminal's end of input, which the Heroku CLI sends when its stdin
/// ends (it never half-closes). A terminal handles it itself; on pipes it ends the input.
const EOT: u8 = 0x04;
/// The status a shell reports for a process killed by a signal: 128 + the signal number.
const SIGNAL_BASE: i32 = 128;
/// How long a finished dyno on pipes waits for its client's input to end before closing the
/// connection.
const INPUT_GRACE: Duration = Duration::from_millis(500);
/// How long output still on a finished dyno's terminal is drained: a background job the
/// command left in another process group can hold the terminal open indefinitely.
const TERMINAL_DRAIN: Duration = Duration::from_secs(2);
/// A detached dyno's `sh`, given the command as `$0`: it waits for the runner's go (one line
/// on stdin, written once the group is recorded), then becomes `sh -c COMMAND` in the same
/// process, with no stdin. A runner gone before that closes the pipe, and nothing runs.
const GATED: &str = r#"read -r go || exit 0; exec sh -c "$0" </dev/null"#;
/// `TERM` on a dyno's terminal when the client sends none.
pub(crate) const DEFAULT_TERM: &str = "xterm-256color";
/// How often a running dyno's row is read, to notice a stop, a restart or its deletion.
const WATCH_INTERVAL: Duration = Duration::from_millis(300);
/// How long a stopped dyno's processes have between SIGTERM and SIGKILL, as on Heroku.
const STOP_GRACE: Duration = Duration::from_secs(30);
/// How long a dyno whose client left its terminal has to end on SIGHUP (the terminal hanging
/// up) before it is stopped as a `ps:stop` would.
const HANGUP_GRACE: Duration = Duration::from_secs(1);

/// Everything needed to run one dyno, also handed as JSON to a detached runner process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Spec {
    pub app_id: String,
    pub dyno_id: String,
    pub dyno_name: String,
    pub command: String,
    pub env: BTreeMap<String, String>,
    pub time_to_live: u64,
    /// Run on a pseudo-terminal of this size instead of pipes (attached dynos only).
    #[serde(default)]
    pub tty: Option<TerminalSize>,
}

/// A dyno terminal's window size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TerminalSize {
    pub rows: u16,
    pub cols: u16,
}

impl Default for TerminalSize {
    fn default() -> Self {
        TerminalSize { rows: 24, cols: 80 }
    }
}

/// The attached client: its input becomes the process's stdin, the output is copied to it.
pub(crate) struct Attached {
    pub input: Box<dyn AsyncRead + Unpin + Send>,
    pub output: Box<dyn AsyncWrite + Unpin + Send>,
}

/// Runs the dyno to its end and returns its exit status; with `attached`, its output is
/// relayed and the connection closed at the end. As on Heroku, no exit status is sent: a
/// client that wants it appends an `echo` of `$?` to the command. When `shutdown` resolves
/// (the runner is told to stop), the command is stopped as a `ps:stop` would.
pub(crate) async fn execute(
    platform: &Platform,
    spec: &Spec,
    attached: Option<Attached>,
    shutdown: impl Future<Output = ()>,
) -> i32 {
    let scratch = platform.dyno_scratch_dir(&spec.dyno_id);
    let source = platform.app_source_dir(&spec.app_id);
    let cwd = if source.is_dir() {
        source
    } else {
        scratch.clone()
    };
    let (input, mut output) = match attached {
        Some(a) => (Some(a.input), Some(a.output)),
        None => (None, None),
    };
    let (status, input_done) = match start(platform, spec, &cwd, input.is_some()).await {
        Ok(started) => supervise(platform, spec, started, input, &mut output, shutdown).await,
        Err(e) => {
            log_line(
                platform,
                spec,
                events::SOURCE_HEROKU,
                &format!("Error: {e}"),
            )
            .await;
            write_output(&mut output, format!("{e}\n").as_bytes()).await;
            (127, None)
        }
    };
    let final_state = if status == 0 {
        dynos::COMPLETE
    } else {
        dynos::CRASHED
    };
    let message = format!("Process exited with status {status}");
    log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
    finish(platform, &spec.dyno_id, final_state, status).await;
    if let Some(mut out) = output {
        // The Heroku CLI sends EOT when its stdin ends and crashes writing it to a closed
        // connection: let piped input that is about to end do so before closing.
        if let Some(mut done) = input_done
            && tokio::time::timeout(INPUT_GRACE, &mut done).await.is_err()
        {
            done.abort();
        }
        let _ = out.shutdown().await;
    }
    let _ = tokio::fs::remove_dir_all(&scratch).await;
    status
}

/// A started command: its process, where the client's input goes, and its output (stdout and
/// stderr, or the terminal) as chunks on `rx`.
struct Started {
    child: Child,
    stdin: Option<Stdin>,
    rx: mpsc::Receiver<Vec<u8>>,
    /// The tasks reading the output, stopped once the command is over.
    readers: Vec<JoinHandle<()>>,
    on_terminal: bool,
    /// A detached command's gate ([`GATED`]), opened once its group is recorded.
    gate: Option<tokio::process::ChildStdin>,
}

enum Stdin {
    Pipe(tokio::process::ChildStdin),
    #[cfg(unix)]
    Terminal(pty_process::OwnedWritePty),
}

async fn start(platform: &Platform, spec: &Spec, cwd: &Path, attached: bool) -> Result<Started> {
    tokio::fs::create_dir_all(cwd)
        .await
        .map_err(|e| Error::io(cwd, e))?;
    let environment = INHERITED_ENV
        .iter()
        .filter_map(|k| Some((*k, std::env::var_os(k)?)))
        .collect::<Vec<_>>();
    let mut started = match spec.tty.filter(|_| attached) {
        Some(size) => start_on_terminal(spec, cwd, &environment, size)?,
        None => start_on_pipes(spec, cwd, &environment, attached)?,
    };
    let message = format!("Starting process with command `{}`", spec.command);
    log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
    // Its own child, not yet reaped: the id is its. A dyno stopped meanwhile stays down, and
    // the watch in `supervise` stops the command at once.
    let group = started.child.id().and_then(ProcessId::of);
    mark_up(platform, &spec.dyno_id, group).await;
    if let Some(mut gate) = started.gate.take() {
        // A command that is already gone has nothing to be let through to.
        let _ = gate.write_all(b"go\n").await;
    }
    Ok(started)
}

fn start_on_pipes(
    spec: &Spec,
    cwd: &Path,
    environment: &[(&str, OsString)],
    attached: bool,
) -> Result<Started> {
    let failed = |e: std::io::Error| Error::Failed(format!("cannot start `sh`: {e}"));
    // stdout and stderr are one pipe, as a dyno's output is one stream: the client sees them
    // in the order they were written, and the exit status `echo` last.
    #[cfg(unix)]
    let (output, stdout, stderr) = output_pipe().map_err(failed)?;
    #[cfg(not(unix))]
    let (stdout, stderr) = (Stdio::piped(), Stdio::piped());
    let mut command = Command::new("sh");
    // An attached command's runner is the process serving its client, not a detached one that
    // may die on its own: it starts at once.
    if attached {
        command.arg("-c").arg(&spec.command);
    } else {
        command.arg("-c").arg(GATED).arg(&spec.command);
    }
    command
        .current_dir(cwd)
        .env_clear()
        .envs(environment.iter().map(|(k, v)| (k, v)))
        .envs(&spec.env)
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(stderr)
        .kill_on_drop(true);
    // Its own process group, so the whole tree can be stopped at once.
    #[cfg(unix)]
    command.process_group(0);
    let spawned = command.spawn();
    // Holds the pipe's writing end, which must be the command's alone for its end to show.
    drop(command);
    let mut child = spawned.map_err(failed)?;
    let (tx, rx) = mpsc::channel(64);
    #[cfg(unix)]
    let readers = vec![tokio::spawn(read_chunks(output, tx))];
    #[cfg(not(unix))]
    let readers = {
        let stdout = child
            .stdout
            .take()
            .map(|o| tokio::spawn(read_chunks(o, tx.clone())));
        let stderr = child
            .stderr
            .take()
            .map(|e| tokio::spawn(read_chunks(e, tx)));
        stdout.into_iter().chain(stderr).collect()
    };
    let (stdin, gate) = match child.stdin.take() {
        Some(stdin) if attached => (Some(Stdin::Pipe(stdin)), None),
        gate => (None, gate),
    };
    Ok(Started {
        child,
        stdin,
        rx,
        readers,
        on_terminal: false,
        gate,
    })
}

/// A pipe for a command's stdout and stderr both: the end to read, and the two to give it.
#[cfg(unix)]
fn output_pipe() -> std::io::Result<(tokio::net::unix::pipe::Receiver, Stdio, Stdio)> {
    let (reader, writer) = std::io::pipe()?;
    let stderr = writer.try_clone()?;
    let reader = tokio::net::unix::pipe::Receiver::from_owned_fd(reader.into())?;
    Ok((reader, Stdio::from(writer), Stdio::from(stderr)))
}

/// `sh -c COMMAND` as the leader of a new session on a new pseudo-terminal: stdin, stdout and
/// stderr are the terminal, which is also its controlling terminal (so Ctrl-C from the client
/// interrupts its foreground job). Its process group is its session's first one.
#[cfg(unix)]
fn start_on_terminal(
    spec: &Spec,
    cwd: &Path,
    environment: &[(&str, OsString)],
    size: TerminalSize,
) -> Result<Started> {
    let failed =
        |e: pty_process::Error| Error::Failed(format!("cannot start `sh` on a terminal: {e}"));
    let (pty, pts) = pty_process::open().map_err(failed)?;
    pty.resize(pty_process::Size::new(size.rows, size.cols))
        .map_err(failed)?;
    let mut env = spec.env.clone();
    env.entry("TERM".into())
        .or_insert_with(|| DEFAULT_TERM.into());
    let child = pty_process::Command::new("sh")
        .arg("-c")
        .arg(&spec.command)
        .current_dir(cwd)
        .env_clear()
        .envs(environment.iter().map(|(k, v)| (k, v)))
        .envs(&env)
        .kill_on_drop(true)
        // Consumes `pts`: only the command holds the terminal's other end, so its output
        // ends when the command (and whatever it left running) is gone.
        .spawn(pts)
        .map_err(failed)?;
    let (output, input) = pty.into_split();
    let (tx, rx) = mpsc::channel(64);
    Ok(Started {
        child,
        stdin: Some(Stdin::Terminal(input)),
        rx,
        readers: vec![tokio::spawn(read_chunks(output, tx))],
        on_terminal: true,
        gate: None,
    })
}

#[cfg(not(unix))]
fn start_on_terminal(
    spec: &Spec,
    cwd: &Path,
    environment: &[(&str, OsString)],
    _size: TerminalSize,
) -> Result<Started> {
    // No pseudo-terminals here: the command gets pipes.
    start_on_pipes(spec, cwd, environment, true)
}

async fn supervise(
    platform: &Platform,
    spec: &Spec,
    started: Started,
    input: Option<Box<dyn AsyncRead + Unpin + Send>>,
    output: &mut Option<Box<dyn AsyncWrite + Unpin + Send>>,
    shutdown: impl Future<Output = ()>,
) -> (i32, Option<JoinHandle<()>>) {
    let Started {
        mut child,
        stdin,
        mut rx,
        readers,
        on_terminal,
        gate: _,
    } = started;
    let group = child.id();
    // Dropped before the command is over (its platform shutting down), it kills the group.
    let mut guard = GroupGuard::new(group);
    // Resolves with Ok when the client's input shows it is gone; its sender is dropped
    // otherwise.
    let (gone_tx, mut gone_rx) = oneshot::channel();
    let input_done = match (input, stdin) {
        (Some(input), Some(Stdin::Pipe(stdin))) => {
            Some(tokio::spawn(feed_stdin(input, stdin, false, gone_tx)))
        }
        #[cfg(unix)]
        (Some(input), Some(Stdin::Terminal(stdin))) => {
            Some(tokio::spawn(feed_stdin(input, stdin, true, gone_tx)))
        }
        _ => None,
    };
    let client_attached = output.is_some();

    let mut lines = LineBuffer::default();
    // Relay output while the process runs; stop it when its dyno is stopped, the runner is
    // told to stop, or its time to live is reached.
    let status = {
        let wait = child.wait();
        tokio::pin!(wait);
        tokio::pin!(shutdown);
        let time_to_live = tokio::time::sleep(Duration::from_secs(spec.time_to_live));
        tokio::pin!(time_to_live);
        let grace = tokio::time::sleep(STOP_GRACE);
        tokio::pin!(grace);
        // The first tick is at once: a dyno stopped before its command started stops now.
        let mut watch = tokio::time::interval(WATCH_INTERVAL);
        watch.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let hangup = tokio::time::sleep(HANGUP_GRACE);
        tokio::pin!(hangup);
        let mut output_open = true;
        let mut watching_input = true;
        // The attached client went away (noticed once); SIGHUP sent, its grace running.
        let mut client_left = false;
        let mut hanging_up = false;
        // SIGTERM sent, the grace period running; then SIGKILL sent.
        let mut terminating = false;
        let mut killed = false;
        loop {
            let mut left_now = false;
            tokio::select! {
                status = &mut wait => break status.ok(),
                chunk = rx.recv(), if output_open => match chunk {
                    Some(chunk) => {
                        relay(platform, spec, &mut lines, output, &chunk).await;
                        left_now = client_attached && output.is_none();
                    }
                    None => output_open = false,
                },
                gone = &mut gone_rx, if watching_input => {
                    watching_input = false;
                    left_now = gone.is_ok();
                }
                () = &mut hangup, if hanging_up && !terminating && !killed => {
                    log_line(platform, spec, events::SOURCE_HEROKU, "Stopping all processes with SIGTERM").await;
                    terminate(group, grace.as_mut());
                    terminating = true;
                }
                _ = watch.tick(), if !terminating && !killed => {
                    if !still_wanted(platform, &spec.dyno_id).await {
                        // The API already logged the stop.
                        terminate(group, grace.as_mut());
                        terminating = true;
                    }
                }
                () = &mut shutdown, if !terminating && !killed => {
                    log_line(platform, spec, events::SOURCE_HEROKU, "Stopping all processes with SIGTERM").await;
                    terminate(group, grace.as_mut());
                    terminating = true;
                }
                () = &mut grace, if terminating && !killed => {
                    let message = format!(
                        "Error R12 (Exit timeout) -> At least one process failed to exit within {} seconds of SIGTERM",
                        STOP_GRACE.as_secs()
                    );
                    log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
                    log_line(platform, spec, events::SOURCE_HEROKU, "Stopping remaining processes with SIGKILL").await;
                    kill_group(group, Signal::Kill);
                    killed = true;
                }
                () = &mut time_to_live, if !killed => {
                    let message = format!(
                        "Stopping process: time to live of {} seconds reached",
                        spec.time_to_live
                    );
                    log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
                    kill_group(group, Signal::Kill);
                    killed = true;
                }
            }
            if left_now && !client_left {
                client_left = true;
                if !terminating && !killed {
                    if on_terminal {
                        // As a terminal closing would: a command that ignores it is stopped
                        // after a moment.
                        log_line(
                            platform,
                            spec,
                            events::SOURCE_HEROKU,
                            "Stopping all processes with SIGHUP",
                        )
                        .await;
                        kill_group(group, Signal::Hup);
                        hangup
                            .as_mut()
                            .reset(tokio::time::Instant::now() + HANGUP_GRACE);
                        hanging_up = true;
                    } else {
                        log_line(
                            platform,
                            spec,
                            events::SOURCE_HEROKU,
                            "Stopping all processes with SIGTERM",
                        )
                        .await;
                        terminate(group, grace.as_mut());
                        terminating = true;
                    }
                }
            }
        }
    };
    // Whatever the command left running in the background ends with it, as on Heroku.
    kill_group(group, Signal::Kill);
    guard.disarm();
    let drain = async {
        while let Some(chunk) = rx.recv().await {
            relay(platform, spec, &mut lines, output, &chunk).await;
        }
    };
    if on_terminal {
        let _ = tokio::time::timeout(TERMINAL_DRAIN, drain).await;
    } else {
        drain.await;
    }
    for reader in readers {
        reader.abort();
    }
    if let Some(rest) = lines.rest() {
        append_lines(platform, spec, vec![rest]).await;
    }
    let status = status.map_or(SIGNAL_BASE + 9, exit_code);
    // A terminal's input never ends while its client is there: nothing to wait for.
    let input_done = match input_done {
        Some(task) if on_terminal => {
            task.abort();
            None
        }
        other => other,
    };
    (status, input_done)
}

/// SIGTERM to the command's group, and the grace period before SIGKILL starts.
fn terminate(group: Option<u32>, grace: std::pin::Pin<&mut tokio::time::Sleep>) {
    kill_group(group, Signal::Term);
    grace.reset(tokio::time::Instant::now() + STOP_GRACE);
}

/// The process groups of the commands this process is running, so that none outlives it: a
/// runtime shutting down may drop its tasks (and their guards) only after the process is gone.
static RUNNING: std::sync::Mutex<Vec<u32>> = std::sync::Mutex::new(Vec::new());

fn running() -> std::sync::MutexGuard<'static, Vec<u32>> {
    // A list of ids: a panic elsewhere cannot leave it inconsistent.
    RUNNING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Kills the process group of every dyno command this process still runs. Called as belt
/// exits (after its runtime is shut down), when no task is left to stop them in order.
pub fn kill_running_dynos() {
    for leader in std::mem::take(&mut *running()) {
        procs::kill_group(leader, Signal::Kill);
    }
}

/// Kills the command's process group when dropped, unless disarmed once the command ended
/// (and its leader reaped); registered in [`RUNNING`] meanwhile.
struct GroupGuard(Option<u32>);

impl GroupGuard {
    fn new(leader: Option<u32>) -> GroupGuard {
        if let Some(leader) = leader {
            running().push(leader);
        }
        GroupGuard(leader)
    }

    fn disarm(&mut self) {
        if let Some(leader) = self.0.take() {
            running().retain(|l| *l != leader);
        }
    }
}

impl Drop for GroupGuard {
    fn drop(&mut self) {
        if let Some(leader) = self.0 {
            procs::kill_group(leader, Signal::Kill);
        }
        self.disarm();
    }
}

fn exit_code(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return SIGNAL_BASE + signal;
        }
    }
    status.code().unwrap_or(1)
}

/// Signals the process group led by `leader` (the dyno's `sh`), even after the leader is gone.
fn kill_group(leader: Option<u32>, signal: Signal) {
    if let Some(leader) = leader {
        procs::kill_group(leader, signal);
    }
}

async fn relay(
    platform: &Platform,
    spec: &Spec,
    lines: &mut LineBuffer,
    output: &mut Option<Box<dyn AsyncWrite + Unpin + Send>>,
    chunk: &[u8],
) {
    write_output(output, chunk).await;
    let complete = lines.push(chunk);
    if !complete.is_empty() {
        append_lines(platform, spec, complete).await;
    }
}

/// Copies to the attached client; a client that went away stops getting output (and
/// `supervise` stops the command: its output still reaches the log meanwhile).
async fn write_output(output: &mut Option<Box<dyn AsyncWrite + Unpin + Send>>, bytes: &[u8]) {
    if let Some(out) = output {
        let sent = async {
            out.write_all(bytes).await?;
            out.flush().await
        };
        if sent.await.is_err() {
            *output = None;
        }
    }
}

async fn read_chunks(mut pipe: impl AsyncRead + Unpin, tx: mpsc::Sender<Vec<u8>>) {
    let mut buf = vec![0u8; 16 * 1024];
    while let Ok(n) = pipe.read(&mut buf).await {
        if n == 0 || tx.send(buf[..n].to_vec()).await.is_err() {
            break;
        }
    }
}

/// Copies the client's input to the command's stdin until it ends. On pipes it ends with EOT
/// (the Heroku CLI's end of input) or the client's half-close; a terminal gets every byte, EOT
/// included, and does with it what a terminal does (the end of input for a program reading
/// lines), so its input ends only with the client's. Reports on `gone` when that shows the
/// client is gone: input failing, or ending at all on a terminal.
async fn feed_stdin(
    mut input: Box<dyn AsyncRead + Unpin + Send>,
    stdin: impl AsyncWrite + Unpin,
    on_terminal: bool,
    gone: oneshot::Sender<()>,
) {
    // Input keeps being read after the command stops taking it, to see where it ends.
    let mut stdin = Some(stdin);
    let mut buf = vec![0u8; 16 * 1024];
    let client_gone = loop {
        let n = match input.read(&mut buf).await {
            Ok(0) => break on_terminal,
            Ok(n) => n,
            Err(_) => break true,
        };
        let chunk = &buf[..n];
        let eot = (!on_terminal)
            .then(|| chunk.iter().position(|b| *b == EOT))
            .flatten();
        let end = eot.unwrap_or(n);
        if let Some(pipe) = &mut stdin
            && (pipe.write_all(&chunk[..end]).await.is_err() || pipe.flush().await.is_err())
        {
            stdin = None;
        }
        if eot.is_some() {
            break false;
        }
    };
    if client_gone {
        let _ = gone.send(());
    }
    // Dropping stdin closes it: the command sees end of input.
}

/// Splits output into log lines, keeping a partial last line until it is complete.
#[derive(Default)]
struct LineBuffer {
    pending: Vec<u8>,
}

/// A line longer than this is logged in pieces rather than held back forever.
const MAX_LINE: usize = 64 * 1024;

impl LineBuffer {
    fn push(&mut self, chunk: &[u8]) -> Vec<String> {
        self.pending.extend_from_slice(chunk);
        let mut lines = Vec::new();
        while let Some(at) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=at).collect();
            lines.push(text(&line[..at]));
        }
        if self.pending.len() > MAX_LINE {
            lines.push(text(&std::mem::take(&mut self.pending)));
        }
        lines
    }

    fn rest(&mut self) -> Option<String> {
        (!self.pending.is_empty()).then(|| text(&std::mem::take(&mut self.pending)))
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim_end_matches('\r')
        .to_string()
}

async fn append_lines(platform: &Platform, spec: &Spec, lines: Vec<String>) {
    let app_id = spec.app_id.clone();
    let dyno = spec.dyno_name.clone();
    // Logging is best effort: a busy or vanished store must not stop the command.
    let _ = platform
        .store()
        .write_async(move |tx| {
            for line in &lines {
                events::append(tx, &app_id, events::SOURCE_APP, &dyno, line)?;
            }
            Ok::<_, DomainError>(())
        })
        .await;
}

async fn log_line(platform: &Platform, spec: &Spec, source: &'static str, message: &str) {
    let app_id = spec.app_id.clone();
    let dyno = spec.dyno_name.clone();
    let message = message.to_string();
    let _ = platform
        .store()
        .write_async(move |tx| {
            events::append(tx, &app_id, source, &dyno, &message)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

/// Records the runner (this process) and the command's group, and moves the dyno to `up`.
async fn mark_up(platform: &Platform, dyno_id: &str, group: Option<ProcessId>) {
    let dyno_id = dyno_id.to_string();
    let _ = platform
        .store()
        .write_async(move |tx| {
            let runner = ProcessId::current();
            dynos::mark_up(tx, &dyno_id, runner.as_ref(), group.as_ref())?;
            Ok::<_, DomainError>(())
        })
        .await;
}

/// Whether the dyno is still meant to run; a store that cannot be read says yes.
async fn still_wanted(platform: &Platform, dyno_id: &str) -> bool {
    let dyno_id = dyno_id.to_string();
    platform
        .store()
        .read_async(move |conn| Ok::<_, DomainError>(dynos::still_wanted(conn, &dyno_id)?))
        .await
        .unwrap_or(true)
}

async fn finish(platform: &Platform, dyno_id: &str, state: &'static str, status: i32) {
    let dyno_id = dyno_id.to_string();
    let _ = platform
        .store()
        .write_async(move |tx| {
            dynos::finish(tx, &dyno_id, state, status)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

/// The detached runner, `belt __dyno-runner --data-dir DIR` (not a user command, so not in
/// the clap tree): reads a [`Spec`] as JSON from stdin, runs it against the platform in `DIR`,
/// and returns its status for the process to exit with.
pub fn runner_main(args: &[OsString]) -> Result<i32> {
    let data_dir = match args {
        [flag, dir] if flag == "--data-dir" => PathBuf::from(dir),
        _ => {
            return Err(Error::Usage(
                "usage: belt __dyno-runner --data-dir DIR < SPEC.json".into(),
            ));
        }
    };
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Failed(format!("cannot start the async runtime: {e}")))?
        .block_on(run_detached(data_dir))
}

async fn run_detached(data_dir: PathBuf) -> Result<i32> {
    // Listened for before anything starts: from here on, being told to stop stops the dyno
    // (its whole process group) rather than leaving its command running without a runner.
    let shutdown = stop_signals();
    let json = tokio::task::spawn_blocking(|| std::io::read_to_string(std::io::stdin()))
        .await
        .map_err(|e| Error::Failed(format!("cannot read the dyno specification: {e}")))?
        .map_err(|e| Error::io("<stdin>", e))?;
    let spec: Spec = serde_json::from_str(&json)
        .map_err(|e| Error::Platform(format!("invalid dyno specification: {e}")))?;
    let platform = Platform::open(&data_dir, None)?;
    Ok(execute(&platform, &spec, None, shutdown).await)
}

/// Resolves when this process gets SIGTERM, SIGINT or SIGHUP (never where they cannot be
/// caught). The handlers are installed by this call, not when the future is first polled.
fn stop_signals() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let [term, interrupt, hangup] = [
            SignalKind::terminate(),
            SignalKind::interrupt(),
            SignalKind::hangup(),
        ]
        .map(|kind| signal(kind).ok());
        async fn next(stream: Option<tokio::signal::unix::Signal>) {
            match stream {
                Some(mut stream) => {
                    stream.recv().await;
                }
                None => std::future::pending().await,
            }
        }
        async move {
            tokio::select! {
                () = next(term) => {}
                () = next(interrupt) => {}
                () = next(hangup) => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        std::future::pending()
    }
}

#[cfg(test)]
mod tests {
    use super::LineBuffer;

    #[test]
    fn lines_are_split_and_partial_ones_kept() {
        let mut buffer = LineBuffer::default();
        assert_eq!(buffer.push(b"one\ntw"), vec!["one"]);
        assert_eq!(buffer.push(b"o\r\nthree"), vec!["two"]);
        assert_eq!(buffer.rest().as_deref(), Some("three"));
        assert_eq!(buffer.rest(), None);
    }
}
