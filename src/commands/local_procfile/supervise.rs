//! Running the processes of `belt local`: each `sh -c` in its own process group, its output
//! prefixed line by line, and every group stopped together: when one process exits, on
//! Ctrl-C, on SIGTERM, and (killed outright) on any other way out, so none outlives belt.

use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use belt_text::dotenv::ConfigMap;
use time::{OffsetDateTime, UtcOffset, macros::format_description};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};

use super::plan::Process;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Style;

/// How long stopped processes have before they are killed.
const GRACE: Duration = Duration::from_secs(5);
/// How long output still in flight is waited for once every process is gone.
const DRAIN: Duration = Duration::from_secs(1);

/// The colours the prefixes cycle through, as the official CLI's do.
const COLOURS: [fn(&Style, &str) -> String; 5] = [
    Style::magenta,
    Style::cyan,
    Style::green,
    Style::yellow,
    Style::red,
];

/// `HH:MM:SS` in this machine's time zone, read once while belt has one thread (the only
/// time it can be read soundly); UTC where it cannot be.
#[derive(Clone, Copy)]
pub(super) struct Clock(UtcOffset);

impl Clock {
    pub fn local() -> Clock {
        Clock(UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC))
    }

    fn now(self) -> String {
        OffsetDateTime::now_utc()
            .to_offset(self.0)
            .format(format_description!("[hour]:[minute]:[second]"))
            .unwrap_or_default()
    }
}

enum Event {
    Line(usize, String),
    Exited(usize, std::io::Result<ExitStatus>),
}

/// Why everything is being stopped, which decides belt's exit.
enum Ending {
    /// A process exited by itself with this status.
    Exited(i32),
    Interrupted,
    Terminated,
    Failed(Error),
}

pub(super) async fn run_all(
    ctx: &Context,
    clock: Clock,
    processes: &[Process],
    env: &ConfigMap,
) -> Result<()> {
    let width = processes.iter().map(|p| p.name.len()).max().unwrap_or(0);
    let prefix = |index: usize, clock: Clock| {
        let paint = COLOURS[index % COLOURS.len()];
        paint(
            &ctx.out.style,
            &format!("{} {:width$} |", clock.now(), processes[index].name),
        )
    };
    let mut signals = Signals::new()?;
    let (events, mut received) = unbounded_channel();
    let mut groups = Groups(Vec::new());
    for (index, process) in processes.iter().enumerate() {
        let child = spawn(process, env)?;
        groups.0.extend(child.id());
        watch(index, child, &events);
    }
    drop(events);
    let mut state = State {
        running: processes.len(),
        ending: None,
        deadline: None,
        groups,
    };
    loop {
        let wait_until = state.deadline.unwrap_or_else(far_future);
        tokio::select! {
            event = received.recv() => match event {
                Some(Event::Line(index, text)) => {
                    if text.trim().is_empty() {
                        continue;
                    }
                    if let Err(e) = ctx.out.line(format!("{} {text}", prefix(index, clock))) {
                        state.stop(ctx, Ending::Failed(e), Signal::Term);
                    }
                }
                Some(Event::Exited(index, status)) => {
                    let note = match &status {
                        Ok(status) if status.success() => "Exited Successfully".to_string(),
                        Ok(status) => exit_words(status),
                        Err(e) => format!("could not be waited for: {e}"),
                    };
                    // The line may find stdout closed; the ending already says so.
                    let _ = ctx.out.line(format!("{} {note}", prefix(index, clock)));
                    state.exited(ctx, status_code(&status));
                }
                None => break,
            },
            signal = signals.next() => match signal {
                Signal::Int if state.ending.is_some() => state.groups.signal(Signal::Kill),
                Signal::Int => {
                    ctx.out.err_line("[WARN] Interrupted by User");
                    state.stop(ctx, Ending::Interrupted, Signal::Int);
                }
                _ => state.stop(ctx, Ending::Terminated, Signal::Term),
            },
            () = tokio::time::sleep_until(wait_until) => {
                if state.running == 0 {
                    break;
                }
                state.groups.signal(Signal::Kill);
                state.deadline = Some(tokio::time::Instant::now() + DRAIN);
            }
        }
    }
    let State { ending, groups, .. } = state;
    // Whatever is left of a group (a child that left its pipes) goes with it.
    drop(groups);
    match ending {
        None | Some(Ending::Exited(0)) => Ok(()),
        Some(Ending::Exited(code)) => Err(Error::Exit(code)),
        Some(Ending::Interrupted) => Err(Error::Interrupted),
        Some(Ending::Terminated) => Err(Error::Exit(128 + 15)),
        Some(Ending::Failed(e)) => Err(e),
    }
}

/// Where a `belt local` run stands.
struct State {
    /// Processes not yet exited.
    running: usize,
    ending: Option<Ending>,
    /// When the stopped processes are killed, or, once all have exited, when output still in
    /// flight is no longer waited for.
    deadline: Option<tokio::time::Instant>,
    groups: Groups,
}

impl State {
    /// Stops every process with `signal`, for the first reason only.
    fn stop(&mut self, ctx: &Context, ending: Ending, signal: Signal) {
        if self.ending.is_some() {
            return;
        }
        self.ending = Some(ending);
        if self.running > 0 {
            ctx.out.err_line(format!(
                "[DONE] Killing all processes with signal {}",
                signal.name()
            ));
        }
        self.groups.signal(signal);
        self.deadline = Some(tokio::time::Instant::now() + GRACE);
    }

    /// One process exited with `code`: the others are stopped.
    fn exited(&mut self, ctx: &Context, code: i32) {
        self.running -= 1;
        self.stop(ctx, Ending::Exited(code), Signal::Int);
        if self.running == 0 {
            self.deadline = Some(tokio::time::Instant::now() + DRAIN);
        }
    }
}

fn far_future() -> tokio::time::Instant {
    tokio::time::Instant::now() + Duration::from_secs(86_400)
}

/// `sh -c COMMAND` in a process group of its own, with `PORT` and its name.
fn spawn(process: &Process, env: &ConfigMap) -> Result<Child> {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(&process.command)
        .envs(env)
        .env("PORT", process.port.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if crate::env::inherited("FOREMAN_WORKER_NAME").is_none()
        && !env.contains_key("FOREMAN_WORKER_NAME")
    {
        command.env("FOREMAN_WORKER_NAME", &process.name);
    }
    #[cfg(unix)]
    command.process_group(0);
    command
        .spawn()
        .map_err(|e| Error::Failed(format!("cannot start {}: sh: {e}", process.name)))
}

/// Sends the child's output lines, then its exit, as events.
fn watch(index: usize, mut child: Child, events: &UnboundedSender<Event>) {
    for stream in [
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn AsyncRead + Send + Unpin>),
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn AsyncRead + Send + Unpin>),
    ]
    .into_iter()
    .flatten()
    {
        let events = events.clone();
        tokio::spawn(async move {
            let mut reader = BufReader::new(stream);
            let mut line = Vec::new();
            while matches!(reader.read_until(b'\n', &mut line).await, Ok(n) if n > 0) {
                let text = String::from_utf8_lossy(&line);
                let _ = events.send(Event::Line(index, text.trim_end().to_string()));
                line.clear();
            }
        });
    }
    let events = events.clone();
    tokio::spawn(async move {
        let status = child.wait().await;
        let _ = events.send(Event::Exited(index, status));
    });
}

/// A status as a shell reports it: the exit code, or 128 + the signal that ended it.
fn status_code(status: &std::io::Result<ExitStatus>) -> i32 {
    let Ok(status) = status else { return 1 };
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(status) {
        return 128 + signal;
    }
    status.code().unwrap_or(1)
}

fn exit_words(status: &ExitStatus) -> String {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(status) {
        return format!("Exited with signal {}", signal_name(signal));
    }
    format!("Exited with exit code {}", status.code().unwrap_or(1))
}

#[cfg(unix)]
fn signal_name(number: i32) -> String {
    match number {
        1 => "SIGHUP".into(),
        2 => "SIGINT".into(),
        9 => "SIGKILL".into(),
        15 => "SIGTERM".into(),
        other => format!("signal {other}"),
    }
}

/// `local:run`: `script` with belt's stdin, stdout and stderr, in belt's own process group so
/// the terminal's Ctrl-C reaches it directly (belt waits on); SIGTERM is passed on to it.
pub(super) async fn run_attached(script: &str, env: &ConfigMap, port: Option<u16>) -> Result<i32> {
    let mut command = Command::new("sh");
    command.arg("-c").arg(script).envs(env).kill_on_drop(true);
    if let Some(port) = port {
        command.env("PORT", port.to_string());
    }
    let mut child = command
        .spawn()
        .map_err(|e| Error::Failed(format!("cannot start sh: {e}")))?;
    let mut signals = Signals::new()?;
    loop {
        tokio::select! {
            status = child.wait() => return Ok(status_code(&status)),
            signal = signals.next() => {
                if signal != Signal::Int {
                    signal_process(child.id(), Signal::Term);
                }
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Int,
    Term,
    Kill,
}

impl Signal {
    fn name(self) -> &'static str {
        match self {
            Signal::Int => "SIGINT",
            Signal::Term => "SIGTERM",
            Signal::Kill => "SIGKILL",
        }
    }

    #[cfg(unix)]
    fn to_rustix(self) -> rustix::process::Signal {
        match self {
            Signal::Int => rustix::process::Signal::INT,
            Signal::Term => rustix::process::Signal::TERM,
            Signal::Kill => rustix::process::Signal::KILL,
        }
    }
}

#[cfg(unix)]
fn signal_process(pid: Option<u32>, signal: Signal) {
    if let Some(pid) = pid.and_then(|p| rustix::process::Pid::from_raw(p.try_into().ok()?)) {
        let _ = rustix::process::kill_process(pid, signal.to_rustix());
    }
}

#[cfg(not(unix))]
fn signal_process(_pid: Option<u32>, _signal: Signal) {}

/// The process groups started, each led by its `sh`; dropped, every one is killed, so no path
/// out of `belt local` leaves a process behind.
struct Groups(Vec<u32>);

impl Groups {
    #[cfg(unix)]
    fn signal(&self, signal: Signal) {
        for leader in &self.0 {
            if let Some(pid) = i32::try_from(*leader)
                .ok()
                .and_then(rustix::process::Pid::from_raw)
            {
                let _ = rustix::process::kill_process_group(pid, signal.to_rustix());
            }
        }
    }

    #[cfg(not(unix))]
    fn signal(&self, _signal: Signal) {}
}

impl Drop for Groups {
    fn drop(&mut self) {
        self.signal(Signal::Kill);
    }
}

/// The signals that stop belt: Ctrl-C (SIGINT), and SIGTERM or SIGHUP as `Term`.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hang_up: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn new() -> Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        let listen = |kind| {
            signal(kind).map_err(|e| Error::Failed(format!("cannot listen for signals: {e}")))
        };
        Ok(Signals {
            interrupt: listen(SignalKind::interrupt())?,
            terminate: listen(SignalKind::terminate())?,
            hang_up: listen(SignalKind::hangup())?,
        })
    }

    #[cfg(not(unix))]
    fn new() -> Result<Signals> {
        Ok(Signals {})
    }

    #[cfg(unix)]
    async fn next(&mut self) -> Signal {
        tokio::select! {
            _ = self.interrupt.recv() => Signal::Int,
            _ = self.terminate.recv() => Signal::Term,
            _ = self.hang_up.recv() => Signal::Term,
        }
    }

    #[cfg(not(unix))]
    async fn next(&mut self) -> Signal {
        let _ = tokio::signal::ctrl_c().await;
        Signal::Int
    }
}
