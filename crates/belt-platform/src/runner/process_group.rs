//! The process groups of the dyno commands this process runs: signalled as a whole, and
//! killed when their runner stops before they end.

use crate::procs::{self, Signal};

/// The process groups of the commands this process is running, so that none outlives it: a
/// runtime shutting down may drop its tasks (and their guards) only after the process is gone.
pub(super) static RUNNING: std::sync::Mutex<Vec<u32>> = std::sync::Mutex::new(Vec::new());

pub(super) fn running() -> std::sync::MutexGuard<'static, Vec<u32>> {
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
pub(super) struct GroupGuard(Option<u32>);

impl GroupGuard {
    pub(super) fn new(leader: Option<u32>) -> GroupGuard {
        if let Some(leader) = leader {
            running().push(leader);
        }
        GroupGuard(leader)
    }

    pub(super) fn disarm(&mut self) {
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

/// Signals the process group led by `leader` (the dyno's `sh`), even after the leader is gone.
pub(super) fn kill_group(leader: Option<u32>, signal: Signal) {
    if let Some(leader) = leader {
        procs::kill_group(leader, signal);
    }
}
