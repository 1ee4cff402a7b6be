//! Starting a dyno's command: `sh -c COMMAND` in its own process group, on pipes or on a
//! pseudo-terminal, with the app's environment; a detached one behind the gate
//! ([`GATED`]) until its group is recorded.

use std::ffi::OsString;
use std::path::Path;
use std::process::Stdio;

use tokio::io::AsyncWriteExt;
use tokio::process::{Child, Command};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::Platform;
use crate::error::{Error, Result};
use crate::procs::ProcessId;

use super::output::read_chunks;
use super::{DEFAULT_TERM, Spec, TerminalSize, mark_up};

/// Variables of the platform's own environment a dyno inherits; everything else it sees comes
/// from the app (so no token of the user running belt leaks into the app's processes).
pub(super) const INHERITED_ENV: &[&str] = &[
    "PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "TMPDIR",
];
/// A detached dyno's `sh`, given the command as `$0`: it waits for the runner's go (one line
/// on stdin, written once the group is recorded), then becomes `sh -c COMMAND` in the same
/// process, with no stdin. A runner gone before that closes the pipe, and nothing runs.
pub(super) const GATED: &str = r#"read -r go || exit 0; exec sh -c "$0" </dev/null"#;
/// A started command: its process, where the client's input goes, and its output (stdout and
/// stderr, or the terminal) as chunks on `rx`.
pub(super) struct Started {
    pub child: Child,
    pub stdin: Option<Stdin>,
    pub rx: mpsc::Receiver<Vec<u8>>,
    /// The tasks reading the output, stopped once the command is over.
    pub readers: Vec<JoinHandle<()>>,
    pub on_terminal: bool,
    /// A detached command's gate ([`GATED`]), opened once its group is recorded.
    pub gate: Option<tokio::process::ChildStdin>,
    /// The slug tree its directory was copied from, if any.
    pub slug_tree: Option<std::path::PathBuf>,
}

pub(super) enum Stdin {
    Pipe(tokio::process::ChildStdin),
    #[cfg(unix)]
    Terminal(pty_process::OwnedWritePty),
}

pub(super) async fn start(
    platform: &Platform,
    spec: &Spec,
    cwd: &Path,
    attached: bool,
) -> Result<Started> {
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
    // Its own child, not yet reaped: the id is its. A dyno stopped meanwhile stays down, and
    // the watch in `supervise` stops the command at once.
    let group = started.child.id().and_then(ProcessId::of);
    mark_up(platform, spec, group).await;
    if let Some(mut gate) = started.gate.take() {
        // A command that is already gone has nothing to be let through to.
        let _ = gate.write_all(b"go\n").await;
    }
    Ok(started)
}

pub(super) fn start_on_pipes(
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
        slug_tree: None,
    })
}

/// A pipe for a command's stdout and stderr both: the end to read, and the two to give it.
#[cfg(unix)]
pub(super) fn output_pipe() -> std::io::Result<(tokio::net::unix::pipe::Receiver, Stdio, Stdio)> {
    let (reader, writer) = std::io::pipe()?;
    let stderr = writer.try_clone()?;
    let reader = tokio::net::unix::pipe::Receiver::from_owned_fd(reader.into())?;
    Ok((reader, Stdio::from(writer), Stdio::from(stderr)))
}

/// `sh -c COMMAND` as the leader of a new session on a new pseudo-terminal: stdin, stdout and
/// stderr are the terminal, which is also its controlling terminal (so Ctrl-C from the client
/// interrupts its foreground job). Its process group is its session's first one.
#[cfg(unix)]
pub(super) fn start_on_terminal(
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
        slug_tree: None,
    })
}

#[cfg(not(unix))]
pub(super) fn start_on_terminal(
    spec: &Spec,
    cwd: &Path,
    environment: &[(&str, OsString)],
    _size: TerminalSize,
) -> Result<Started> {
    // No pseudo-terminals here: the command gets pipes.
    start_on_pipes(spec, cwd, environment, true)
}
