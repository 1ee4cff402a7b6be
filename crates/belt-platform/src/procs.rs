//! The local processes dynos run in, identified so that a recorded process is never taken for
//! a later one that reuses its id: its pid plus when it started (on which boot, in which pid
//! namespace), as Linux reports it in `/proc`. Elsewhere on Unix a process counts as alive
//! while its id exists, and recorded processes are never signalled.

/// A process as recorded in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProcessId {
    pub pid: u32,
    /// `BOOT:PIDNS:TICKS` on Linux; empty where start times cannot be read.
    pub started: String,
}

/// What is known of a recorded process from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Liveness {
    Alive,
    Gone,
    /// Recorded on another machine, boot or pid namespace, or unknowable here.
    Unknown,
}

impl ProcessId {
    /// This process.
    pub fn current() -> Option<ProcessId> {
        Self::of(std::process::id())
    }

    /// The running process `pid` (None when there is none).
    pub fn of(pid: u32) -> Option<ProcessId> {
        sys::started(pid).map(|started| ProcessId { pid, started })
    }

    /// Rebuilt from the store's columns (both or neither).
    pub fn from_columns(pid: Option<i64>, started: Option<String>) -> Option<ProcessId> {
        Some(ProcessId {
            pid: u32::try_from(pid?).ok()?,
            started: started?,
        })
    }

    pub fn liveness(&self) -> Liveness {
        sys::liveness(self)
    }

    /// Sends SIGKILL to the process group this process leads, but only while it is verifiably
    /// the recorded process (same start time): a reused id is never signalled.
    pub fn kill_group_if_same(&self) {
        self.signal_group_if_same(Signal::Kill);
    }

    /// Sends `signal` to the process group this process leads, on the same condition.
    pub fn signal_group_if_same(&self, signal: Signal) {
        if !self.started.is_empty() && self.liveness() == Liveness::Alive {
            kill_group(self.pid, signal);
        }
    }
}

/// This program, to start helpers of the platform with (runners, the supervisor). A program
/// replaced while it runs (belt upgraded under a long-lived supervisor) is started as the new
/// one at the same path: Linux names the running one `PATH (deleted)`.
pub(crate) fn this_program() -> std::io::Result<std::path::PathBuf> {
    let exe = std::env::current_exe()?;
    if let Some(path) = exe.to_str().and_then(|p| p.strip_suffix(" (deleted)"))
        && std::path::Path::new(path).exists()
    {
        return Ok(path.into());
    }
    Ok(exe)
}

/// Gives the calling thread the least CPU priority (nice 19), for housekeeping that must not
/// slow what someone waits for (a booting dyno beside it). Linux only: there nice is the
/// thread's, elsewhere it would be the whole process's.
pub(crate) fn yield_cpu_from_this_thread() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, 19);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    Hup,
    Term,
    Kill,
}

/// Signals the process group led by `leader`, the dyno's `sh`, which the caller started and
/// so knows is its own (a group's id is not reused while any member lives). A group already
/// gone has nothing left to stop.
pub(crate) fn kill_group(leader: u32, signal: Signal) {
    #[cfg(unix)]
    if let Some(pid) = i32::try_from(leader)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        let signal = match signal {
            Signal::Hup => rustix::process::Signal::HUP,
            Signal::Term => rustix::process::Signal::TERM,
            Signal::Kill => rustix::process::Signal::KILL,
        };
        let _ = rustix::process::kill_process_group(pid, signal);
    }
    #[cfg(not(unix))]
    let _ = (leader, signal);
}

#[cfg(target_os = "linux")]
mod sys {
    use std::sync::OnceLock;

    use super::{Liveness, ProcessId};

    /// This boot's id and this process's pid namespace, which qualify every start time.
    fn here() -> &'static str {
        static HERE: OnceLock<String> = OnceLock::new();
        HERE.get_or_init(|| {
            let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            let namespace = std::fs::read_link("/proc/self/ns/pid")
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Neither may hold the separator the start time is split on.
            format!("{}:{}", boot.replace(':', "_"), namespace.replace(':', "_"))
        })
    }

    pub fn started(pid: u32) -> Option<String> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        let ticks = start_ticks(&stat)?;
        Some(format!("{}:{ticks}", here()))
    }

    pub fn liveness(process: &ProcessId) -> Liveness {
        match process.started.rsplit_once(':') {
            Some((origin, _)) if origin == here() => {}
            _ => return Liveness::Unknown,
        }
        if started(process.pid).as_deref() == Some(process.started.as_str()) {
            Liveness::Alive
        } else {
            Liveness::Gone
        }
    }

    /// The start time (clock ticks after boot) in a `/proc/PID/stat` line, or None for a
    /// process that has exited (a zombie) or a line that does not parse.
    pub(super) fn start_ticks(stat: &str) -> Option<u64> {
        // The command name (2nd field) may hold spaces and parentheses: fields resume after
        // its last `)`, with the state (3rd field) first and the start time 22nd.
        let (_, rest) = stat.rsplit_once(')')?;
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if matches!(fields.first(), Some(&("Z" | "X" | "x"))) {
            return None;
        }
        fields.get(19)?.parse().ok()
    }
}

#[cfg(all(unix, not(target_os = "linux")))]
mod sys {
    use super::{Liveness, ProcessId};

    fn exists(pid: u32) -> bool {
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return false;
        };
        match rustix::process::test_kill_process(pid) {
            Ok(()) => true,
            Err(e) => e != rustix::io::Errno::SRCH,
        }
    }

    pub fn started(pid: u32) -> Option<String> {
        exists(pid).then(String::new)
    }

    pub fn liveness(process: &ProcessId) -> Liveness {
        if exists(process.pid) {
            Liveness::Alive
        } else {
            Liveness::Gone
        }
    }
}

#[cfg(not(unix))]
mod sys {
    use super::{Liveness, ProcessId};

    pub fn started(_pid: u32) -> Option<String> {
        Some(String::new())
    }

    pub fn liveness(_process: &ProcessId) -> Liveness {
        Liveness::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_changed_start_time_is_not() {
        let me = ProcessId::current().expect("this process");
        assert_eq!(me.liveness(), Liveness::Alive);
        #[cfg(target_os = "linux")]
        {
            let (origin, ticks) = me.started.rsplit_once(':').unwrap();
            let ticks: u64 = ticks.parse().unwrap();
            let reused = ProcessId {
                pid: me.pid,
                started: format!("{origin}:{}", ticks + 1),
            };
            assert_eq!(reused.liveness(), Liveness::Gone);
            let elsewhere = ProcessId {
                pid: me.pid,
                started: format!("another-boot:ns:{ticks}"),
            };
            assert_eq!(elsewhere.liveness(), Liveness::Unknown);
        }
    }

    #[test]
    fn a_finished_child_is_gone() {
        let mut child = std::process::Command::new("true").spawn().expect("spawn");
        let id = ProcessId::of(child.id());
        child.wait().expect("wait");
        if let Some(id) = id {
            assert_eq!(id.liveness(), Liveness::Gone);
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn stat_lines_with_odd_command_names_parse() {
        let fields = "S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 4242 20";
        assert_eq!(
            sys::start_ticks(&format!("12 (a) b (c)) {fields}")),
            Some(4242)
        );
        assert_eq!(
            sys::start_ticks("12 (sh) Z 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 4242"),
            None
        );
        assert_eq!(sys::start_ticks("garbage"), None);
        assert_eq!(sys::start_ticks("1 (x) S 1 2"), None);
    }
}
