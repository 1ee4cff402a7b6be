//! What a formation dyno's runner does beyond a one-off's: the instance it runs (see
//! `instances`), its own copy of the release's tree, the wait for a web dyno to bind `$PORT`
//! (Heroku's R10 boot timeout), and the crash bookkeeping when its command ends.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain_error::DomainError;
use crate::procs::ProcessId;
use crate::slug_store::{SlugStore, prepared};
use crate::{Platform, events, instances};

use super::Spec;
use super::metrics::{self, Sampler};
use super::output::log_line;

/// How often a booting web dyno's port is looked at: every [`BIND_POLL_FIRST`] for the first
/// [`BIND_POLL_QUICK`] (most apps bind within it, and each look reads only the kernel's
/// listening sockets), then backing off, doubling, to [`BIND_POLL_MAX`], so a slow boot costs
/// few looks.
const BIND_POLL_FIRST: Duration = Duration::from_millis(1);
const BIND_POLL_QUICK: Duration = Duration::from_secs(1);
const BIND_POLL_MAX: Duration = Duration::from_millis(25);

/// The instance of a formation dyno a runner runs, and the policy it runs under.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct FormationTask {
    pub instance: i64,
    /// A web dyno: up once it listens on `$PORT`, which it must within `boot_timeout`.
    pub web: bool,
    pub port: u16,
    pub boot_timeout: Duration,
    /// The restart policy's longest cool-off.
    pub cooloff_cap: Duration,
    pub metrics_interval: Duration,
    pub size: String,
}

/// The instance's working directory: a copy of its release's slug of its own, as each Heroku
/// dyno unpacks the slug into a filesystem of its own (gone when it ends). Its directories are
/// its own; its files are links to the slug's read-only blobs.
pub(crate) fn working_copy(platform: &Platform, spec: &Spec, task: &FormationTask) -> PathBuf {
    platform.dyno_scratch_dir(&format!("{}.{}", spec.dyno_id, task.instance))
}

/// Resolves true once something listens on `port` (any address), false when `timeout`
/// passes first. On Linux the kernel is asked (its socket diagnostics, else its socket
/// tables), so the app sees no probe connection; elsewhere a connection to 127.0.0.1 is tried.
pub(super) async fn bound(port: u16, timeout: Duration) -> bool {
    let start = tokio::time::Instant::now();
    let deadline = start + timeout;
    let mut wait = BIND_POLL_FIRST;
    loop {
        if listening(port).await {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(wait).await;
        if start.elapsed() >= BIND_POLL_QUICK {
            wait = (wait * 2).min(BIND_POLL_MAX);
        }
    }
}

async fn listening(port: u16) -> bool {
    #[cfg(target_os = "linux")]
    if let Some(found) = super::sock_diag::listening(port) {
        return found;
    }
    let mut readable = false;
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        // Read in place: a read of procfs never waits on a disk.
        if let Some(found) = listening_in(table, port) {
            readable = true;
            if found {
                return true;
            }
        }
    }
    if readable {
        return false;
    }
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    tokio::net::TcpStream::connect(addr).await.is_ok()
}

/// Whether the table file lists a listening socket on `port`; None when it cannot be read.
fn listening_in(table: &str, port: u16) -> Option<bool> {
    use std::io::BufRead;
    let file = std::fs::File::open(table).ok()?;
    let mut lines = std::io::BufReader::new(file).lines();
    lines.next()?.ok()?;
    Some(listens_in(lines.map_while(|line| line.ok()), port))
}

/// Whether the lines of a `/proc/net/tcp` table (without its header) have a socket in LISTEN
/// (state 0A) on `port`. The kernel lists the listening sockets first, so the first line in
/// another state ends the look, and the rest of the table (every connection) is never made.
fn listens_in(lines: impl Iterator<Item = String>, port: u16) -> bool {
    let wanted = format!(":{port:04X}");
    for line in lines {
        let mut fields = line.split_whitespace();
        let local = fields.nth(1).unwrap_or("");
        let state = fields.nth(1).unwrap_or("");
        if state != "0A" {
            return false;
        }
        if local.ends_with(&wanted) {
            return true;
        }
    }
    false
}

pub(super) async fn started(
    platform: &Platform,
    spec: &Spec,
    task: &FormationTask,
    group: Option<ProcessId>,
) {
    let (dyno_id, instance, up_now) = (spec.dyno_id.clone(), task.instance, !task.web);
    let _ = platform
        .store()
        .write_async(move |tx| {
            instances::started(tx, &dyno_id, instance, group.as_ref(), up_now)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

pub(super) async fn up(platform: &Platform, spec: &Spec, task: &FormationTask) {
    let (dyno_id, instance) = (spec.dyno_id.clone(), task.instance);
    let _ = platform
        .store()
        .write_async(move |tx| {
            instances::up(tx, &dyno_id, instance)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

/// Once the dyno is up: copies of the tree it runs, for its app's next build and for its next
/// start ([`prepared`], in the order they are needed), made now rather than on their critical
/// paths, on a thread of the least CPU priority so other dynos' boots go first.
pub(super) fn prepare_spares(platform: &Platform, spec: &Spec, tree: Option<PathBuf>) {
    let Some(tree) = tree else {
        return;
    };
    let store = SlugStore::of(platform);
    let owners = [
        prepared::app_spare(&spec.app_id),
        prepared::dyno_spare(&spec.dyno_id),
    ];
    // Best effort: without a spare, the next start or build links the whole tree.
    let _ = std::thread::Builder::new()
        .name("belt-spares".into())
        .spawn(move || {
            crate::procs::yield_cpu_from_this_thread();
            for owner in owners {
                let _ = store.refill_spare(&owner, &tree);
            }
        });
}

/// Whether the instance should go on; a store that cannot be read says yes, unless the
/// platform's data directory is gone (so is everything it ran for).
pub(super) async fn wanted(platform: &Platform, spec: &Spec, task: &FormationTask) -> bool {
    if !platform.db_path().exists() {
        return false;
    }
    crate::supervisor::ensure_running(platform);
    let (dyno_id, instance) = (spec.dyno_id.clone(), task.instance);
    platform
        .store()
        .read_async(move |conn| Ok::<_, DomainError>(instances::wanted(conn, &dyno_id, instance)?))
        .await
        .unwrap_or(true)
}

pub(super) async fn ended(platform: &Platform, spec: &Spec, task: &FormationTask, status: i32) {
    let (dyno_id, instance, cap) = (spec.dyno_id.clone(), task.instance, task.cooloff_cap);
    let _ = platform
        .store()
        .write_async(move |tx| {
            instances::ended(tx, &dyno_id, instance, status, cap)?;
            Ok::<_, DomainError>(())
        })
        .await;
    // A crash's first restart is due at once.
    crate::supervisor::ring(platform.data_dir());
}

/// Heroku's feature that makes dynos log their runtime metrics.
const RUNTIME_METRICS: &str = "log-runtime-metrics";

/// One sample of the dyno's processes: the runtime-metrics lines when the app has the feature
/// on, and R14 whenever its memory is over its size's quota, as Heroku logs both.
pub(super) async fn report_metrics(
    platform: &Platform,
    spec: &Spec,
    task: &FormationTask,
    sampler: &mut Sampler,
    group: Option<u32>,
) {
    let Some(sample) = group.and_then(|leader| sampler.sample(leader)) else {
        return;
    };
    let app_id = spec.app_id.clone();
    let enabled = platform
        .store()
        .read_async(move |conn| {
            Ok::<_, DomainError>(conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM app_features WHERE app_id = ?1 AND name = ?2 AND enabled)",
                rusqlite::params![app_id, RUNTIME_METRICS],
                |r| r.get::<_, bool>(0),
            )?)
        })
        .await
        .unwrap_or(false);
    let quota = metrics::quota_mb(&task.size);
    let mut lines = Vec::new();
    if enabled {
        // Heroku's `dyno=`: its app's id and one for this run of the dyno.
        let dyno = format!("heroku.{}.{}", spec.app_id, instance_id(spec, task));
        lines.extend(sample.metrics_lines(&spec.dyno_name, &dyno, quota));
    }
    lines.extend(sample.quota_lines(quota));
    for line in lines {
        log_line(platform, spec, events::SOURCE_HEROKU, &line).await;
    }
}

/// A UUID for this run of the dyno (Heroku's changes with every restart).
fn instance_id(spec: &Spec, task: &FormationTask) -> String {
    crate::util::derived_id(&format!("dyno-run:{}:{}", spec.dyno_id, task.instance))
}

#[cfg(test)]
mod tests {
    use super::listens_in;

    #[test]
    fn a_listening_socket_is_found_by_port() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 100 0 0 10 0\n   1: 0100007F:1F91 0100007F:D2A4 01 00000000:00000000 00:00000000 00000000  1000        0 2 1 0 100 0 0 10 0\n";
        let lines = || table.lines().skip(1).map(String::from);
        assert!(listens_in(lines(), 8080));
        // Connected, not listening.
        assert!(!listens_in(lines(), 8081));
        assert!(!listens_in(lines(), 80));
    }
}
