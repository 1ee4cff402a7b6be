//! Runs a dyno's command for real: `sh -c COMMAND` in a private copy of its release's slug
//! (see `slug_store`; an empty directory when the release has none), with the app's environment, killed at its time to live. Output
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
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};

use super::domain_error::DomainError;
use super::procs::ProcessId;
use super::{Platform, dynos, events, slug_store};
use crate::error::{Error, Result};

pub(crate) use formation::{FormationTask, working_copy};
use output::{log_line, write_output};
pub use process_group::kill_running_dynos;
use spawn::{Started, start};
use supervise::supervise;

mod formation;
mod metrics;
mod output;
mod process_group;
#[cfg(target_os = "linux")]
mod sock_diag;
mod spawn;
mod supervise;

/// How long a finished dyno on pipes waits for its client's input to end before closing the
/// connection.
const INPUT_GRACE: Duration = Duration::from_millis(500);
/// `TERM` on a dyno's terminal when the client sends none.
pub(crate) const DEFAULT_TERM: &str = "xterm-256color";
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
    /// A release command: the release it decides (see [`crate::release_phase`]).
    #[serde(default)]
    pub release: Option<ReleaseTask>,
    /// A formation dyno's instance (see [`formation`]).
    #[serde(default)]
    pub formation: Option<FormationTask>,
}

/// The release a release dyno runs the command of, and where.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ReleaseTask {
    pub release_id: String,
    pub version: i64,
    /// Who made the release, for the log line of a failure.
    pub by_email: String,
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
    let (input, output) = match attached {
        Some(a) => (Some(a.input), Some(a.output)),
        None => (None, None),
    };
    run(platform, spec, input, output, shutdown).await
}

/// Runs a detached dyno, its output also copied to `output` (a release command's kept
/// output).
pub(crate) async fn execute_into(
    platform: &Platform,
    spec: &Spec,
    output: Box<dyn AsyncWrite + Unpin + Send>,
    shutdown: impl Future<Output = ()>,
) -> i32 {
    run(platform, spec, None, Some(output), shutdown).await
}

/// The slug tree the dyno starts from: its release's (a release command's, the release it
/// decides), if the release has one.
async fn release_tree(platform: &Platform, spec: &Spec) -> Option<PathBuf> {
    let (p, app_id, dyno_id) = (platform.clone(), spec.app_id.clone(), spec.dyno_id.clone());
    let deciding = spec.release.as_ref().map(|task| task.release_id.clone());
    platform
        .store()
        .read_async(move |conn| {
            let release = match deciding {
                Some(id) => Some(id),
                None => dynos::find(conn, &app_id, &dyno_id)?.and_then(|d| d.release.map(|r| r.0)),
            };
            Ok::<_, DomainError>(match release {
                Some(id) => slug_store::release_tree(&p, conn, &app_id, &id)?,
                None => None,
            })
        })
        .await
        .ok()
        .flatten()
}

async fn run(
    platform: &Platform,
    spec: &Spec,
    input: Option<Box<dyn AsyncRead + Unpin + Send>>,
    mut output: Option<Box<dyn AsyncWrite + Unpin + Send>>,
    shutdown: impl Future<Output = ()>,
) -> i32 {
    // Each dyno its own directories, sharing the slug's read-only files.
    let cwd = match &spec.formation {
        Some(task) => formation::working_copy(platform, spec, task),
        None => platform.dyno_scratch_dir(&spec.dyno_id),
    };
    let tree = release_tree(platform, spec).await;
    let copied = match tree.clone() {
        Some(tree) => {
            let (to, store) = (cwd.clone(), slug_store::SlugStore::of(platform));
            let dyno_id = spec.formation.as_ref().map(|_| spec.dyno_id.clone());
            tokio::task::spawn_blocking(move || match dyno_id {
                // A formation dyno starts from its spare, patched to the release.
                Some(id) => slug_store::prepared::dyno_copy(&store, &id, &tree, &to).map(|_| ()),
                None => slug_store::link_copy(&tree, &to),
            })
            .await
            .map_err(|e| std::io::Error::other(e.to_string()))
            .and_then(|r| r)
        }
        None => Ok(()),
    };
    let scratch = cwd.clone();
    let starting = match copied {
        Ok(()) => start(platform, spec, &cwd, input.is_some())
            .await
            .map(|started| Started {
                slug_tree: tree,
                ..started
            }),
        Err(e) => Err(Error::io(&cwd, e)),
    };
    let (status, input_done) = match starting {
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
    let message = format!("Process exited with status {status}");
    log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
    match &spec.formation {
        Some(task) => formation::ended(platform, spec, task, status).await,
        None => {
            let final_state = if status == 0 {
                dynos::COMPLETE
            } else {
                dynos::CRASHED
            };
            finish(platform, &spec.dyno_id, final_state, status).await;
        }
    }
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
    // At the least CPU priority: the dyno that replaces this one is booting meanwhile. The
    // blocking thread keeps it, but this runner is ending.
    let _ = tokio::task::spawn_blocking(move || {
        crate::procs::yield_cpu_from_this_thread();
        std::fs::remove_dir_all(&scratch)
    })
    .await;
    status
}

/// Logs the command's start, records the runner (this process) and the command's group, and
/// moves the dyno to `up`: one write, so the group is recorded as soon as it can be.
async fn mark_up(platform: &Platform, spec: &Spec, group: Option<ProcessId>) {
    if let Some(task) = &spec.formation {
        return formation::started(platform, spec, task, group).await;
    }
    let message = format!("Starting process with command `{}`", spec.command);
    let (app_id, dyno_id, dyno) = (
        spec.app_id.clone(),
        spec.dyno_id.clone(),
        spec.dyno_name.clone(),
    );
    let _ = platform
        .store()
        .write_async(move |tx| {
            events::append(tx, &app_id, events::SOURCE_HEROKU, &dyno, &message)?;
            let runner = ProcessId::current();
            dynos::mark_up(tx, &dyno_id, runner.as_ref(), group.as_ref())?;
            Ok::<_, DomainError>(())
        })
        .await;
}

/// Whether the dyno is still meant to run; a store that cannot be read says yes.
async fn still_wanted(platform: &Platform, spec: &Spec) -> bool {
    if let Some(task) = &spec.formation {
        return formation::wanted(platform, spec, task).await;
    }
    let dyno_id = spec.dyno_id.clone();
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
    // Ready while the dyno's tree is made: the write that lets its command start is waited for.
    platform.store().prepare_writes();
    Ok(match &spec.release {
        Some(task) => crate::release_phase::run(&platform, &spec, task, shutdown).await,
        None => execute(&platform, &spec, None, shutdown).await,
    })
}

/// A detached dyno must outlive the process that created it (the embedded platform ends with
/// its belt command), so it runs in a runner process of its own: this same binary, in its
/// own process group, handed the spec on stdin. Returns the runner's process.
pub(crate) async fn start_detached(platform: &Platform, spec: &Spec) -> Result<Option<ProcessId>> {
    let failed = |e: &dyn std::fmt::Display| Error::Failed(e.to_string());
    let exe = crate::procs::this_program().map_err(|e| failed(&e))?;
    let json = serde_json::to_vec(spec).map_err(|e| failed(&e))?;
    let mut runner = tokio::process::Command::new(exe);
    runner
        .arg(crate::DYNO_RUNNER_COMMAND)
        .arg("--data-dir")
        .arg(platform.data_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    runner.process_group(0);
    let mut child = runner.spawn().map_err(|e| failed(&e))?;
    // Its own child, not yet reaped: the id is its.
    let process = child.id().and_then(ProcessId::of);
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(&json).await.map_err(|e| failed(&e))?;
    }
    // Not waited on here: tokio reaps it when it exits (belt serve), or init does.
    drop(child);
    Ok(process)
}

/// Resolves when this process gets SIGTERM, SIGINT or SIGHUP (never where they cannot be
/// caught). The handlers are installed by this call, not when the future is first polled.
pub(crate) fn stop_signals() -> impl Future<Output = ()> {
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
