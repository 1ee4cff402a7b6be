//! Watching a started command to its end: relaying its output, and stopping its process
//! group when its dyno is stopped, its runner is told to stop, its client leaves or its time
//! to live is reached.

use std::future::Future;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::procs::Signal;
use crate::{Platform, events};

use super::output::{LineBuffer, append_lines, feed_stdin, log_line, relay};
use super::process_group::{GroupGuard, kill_group};
use super::spawn::{Started, Stdin};
use super::{Spec, formation, metrics, still_wanted};

/// The status a shell reports for a process killed by a signal: 128 + the signal number.
pub(super) const SIGNAL_BASE: i32 = 128;
/// How long output still on a finished dyno's terminal is drained: a background job the
/// command left in another process group can hold the terminal open indefinitely.
pub(super) const TERMINAL_DRAIN: Duration = Duration::from_secs(2);
/// How often a running dyno's row is read, to notice a stop, a restart or its deletion.
pub(super) const WATCH_INTERVAL: Duration = Duration::from_millis(300);
/// How long a stopped dyno's processes have between SIGTERM and SIGKILL, as on Heroku.
pub(super) const STOP_GRACE: Duration = Duration::from_secs(30);
/// How long a dyno whose client left its terminal has to end on SIGHUP (the terminal hanging
/// up) before it is stopped as a `ps:stop` would.
pub(super) const HANGUP_GRACE: Duration = Duration::from_secs(1);

pub(super) async fn supervise(
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
        slug_tree,
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
        // A web dyno is up once it listens on $PORT; it has the boot timeout to do so.
        let web = spec.formation.as_ref().filter(|f| f.web);
        let boot = async {
            match web {
                Some(task) => formation::bound(task.port, task.boot_timeout).await,
                None => std::future::pending().await,
            }
        };
        tokio::pin!(boot);
        let mut booting = web.is_some();
        if !booting && spec.formation.is_some() {
            formation::prepare_spares(platform, spec, slug_tree.clone());
        }
        // A formation dyno's runtime metrics (and R14), every interval from its start.
        let mut sampler = metrics::Sampler::new();
        let metrics_every = spec.formation.as_ref().map(|f| f.metrics_interval);
        let mut metrics_tick = tokio::time::interval(metrics_every.unwrap_or(WATCH_INTERVAL));
        metrics_tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // Its first tick is at once; the first sample is one interval in.
        metrics_tick.reset();
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
                bound = &mut boot, if booting && !terminating && !killed => {
                    booting = false;
                    if let Some(task) = web {
                        if bound {
                            formation::up(platform, spec, task).await;
                            formation::prepare_spares(platform, spec, slug_tree.clone());
                        } else {
                            let message = format!(
                                "Error R10 (Boot timeout) -> Web process failed to bind to $PORT within {} seconds of launch",
                                task.boot_timeout.as_secs()
                            );
                            log_line(platform, spec, events::SOURCE_HEROKU, &message).await;
                            log_line(platform, spec, events::SOURCE_HEROKU, "Stopping process with SIGKILL").await;
                            kill_group(group, Signal::Kill);
                            killed = true;
                        }
                    }
                }
                _ = metrics_tick.tick(), if metrics_every.is_some() && !terminating && !killed => {
                    if let Some(task) = &spec.formation {
                        formation::report_metrics(platform, spec, task, &mut sampler, group).await;
                    }
                }
                () = &mut hangup, if hanging_up && !terminating && !killed => {
                    log_line(platform, spec, events::SOURCE_HEROKU, "Stopping all processes with SIGTERM").await;
                    terminate(group, grace.as_mut());
                    terminating = true;
                }
                _ = watch.tick(), if !terminating && !killed => {
                    if !still_wanted(platform, spec).await {
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
pub(super) fn terminate(group: Option<u32>, grace: std::pin::Pin<&mut tokio::time::Sleep>) {
    kill_group(group, Signal::Term);
    grace.reset(tokio::time::Instant::now() + STOP_GRACE);
}

pub(super) fn exit_code(status: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return SIGNAL_BASE + signal;
        }
    }
    status.code().unwrap_or(1)
}
