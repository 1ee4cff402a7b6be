//! The supervisor: Heroku's dyno manager for one data directory. It starts a runner process
//! (`belt __dyno-runner`, see `runner`) for every formation dyno that is to start, restarts
//! crashed ones when the restart policy says (see `instances`), and settles dynos whose runner
//! died. Runners are processes of their own, in their own process groups, so dynos outlive a
//! supervisor that crashes; the next one takes them over from the store (their runners' pids
//! and start times), and runners start a new one when theirs is gone.
//!
//! There is never more than one per data directory: it holds an exclusive lock on
//! `supervisor.lock` for as long as it runs and describes itself in `supervisor.json`.
//! `belt serve` is its own data directory's supervisor; on the embedded platform a background
//! `belt __supervisor` is started by the first request that leaves a dyno to run
//! ([`ensure_running`]) and exits once no dyno is left.
//!
//! It looks at the store at every tick, and at once when woken ([`wake()`]): whatever commits a
//! change it must act on rings its doorbell (see `wake`) after the commit.

use std::fs::File;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::domain_error::DomainError;
use crate::dynos::{self, Dyno};
use crate::error::{Error, Result};
use crate::procs::{Liveness, ProcessId, Signal};
use crate::runner::{FormationTask, Spec};
use crate::{Platform, events, instances, releases, review_apps, runner, settings};

mod wake;
pub(crate) use wake::ring;

/// The internal belt subcommand that runs a background supervisor ([`supervisor_main`]).
pub const SUPERVISOR_COMMAND: &str = "__supervisor";
const LOCK_FILE: &str = "supervisor.lock";
const INFO_FILE: &str = "supervisor.json";
/// How long a background supervisor with nothing to supervise waits before exiting.
const IDLE_EXIT: Duration = Duration::from_secs(2);
/// A formation dyno runs until stopped; its runner's time to live is only a bound.
const FORMATION_TIME_TO_LIVE: u64 = 100 * 365 * 24 * 3600;

/// What a running supervisor says about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SupervisorInfo {
    pub pid: u32,
    pub started: String,
    /// Where the router listens, when it does.
    pub router_port: Option<u16>,
    /// Why the router does not listen, when it does not.
    pub router_error: Option<String>,
}

/// How a supervisor runs.
pub struct SupervisorOptions {
    /// Exit once no dyno is left (the embedded platform's background supervisor).
    pub exit_when_idle: bool,
    /// Where the router listens, or why it cannot.
    pub router: std::result::Result<TcpListener, String>,
}

/// Heroku's router gives a dyno 30 seconds to start its response (H12).
const ROUTER_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The router's socket on loopback at `port`, or why there is none.
pub(crate) fn router_listener(port: u16) -> std::result::Result<TcpListener, String> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).map_err(|e| {
        format!("cannot listen on 127.0.0.1:{port} ({e}); set another port with BELT_ROUTER_PORT")
    })
}

/// Starts the router on `listener`; the task ends it when aborted.
fn start_router(
    platform: &Platform,
    listener: TcpListener,
) -> std::result::Result<(u16, tokio::task::JoinHandle<()>), String> {
    let fail = |e: std::io::Error| format!("the router cannot start: {e}");
    let port = listener.local_addr().map_err(fail)?.port();
    listener.set_nonblocking(true).map_err(fail)?;
    let listener = tokio::net::TcpListener::from_std(listener).map_err(fail)?;
    let options = crate::router::RouterOptions {
        port,
        request_timeout: ROUTER_REQUEST_TIMEOUT,
    };
    let platform = platform.clone();
    let task = tokio::spawn(async move {
        let _ = crate::router::run_router(platform, listener, options).await;
    });
    Ok((port, task))
}

fn lock_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOCK_FILE)
}

fn info_path(data_dir: &Path) -> PathBuf {
    data_dir.join(INFO_FILE)
}

/// The lock file, held: `None` when another supervisor holds it.
fn try_lock(data_dir: &Path) -> Result<Option<File>> {
    let path = lock_path(data_dir);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::io(&path, e)),
    }
}

/// The running supervisor of `data_dir`, if there is one.
pub fn status(data_dir: &Path) -> Option<SupervisorInfo> {
    if try_lock(data_dir).ok()?.is_some() {
        return None;
    }
    let text = std::fs::read_to_string(info_path(data_dir)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Starts a background supervisor for the platform's data directory when none runs and a
/// dyno is waiting for one. Best effort: a dyno left unsupervised is started by the next call.
pub(crate) fn ensure_running(platform: &Platform) {
    let Ok(Some(lock)) = try_lock(platform.data_dir()) else {
        return;
    };
    let wanted = platform
        .store()
        .read(|conn| {
            Ok::<_, Error>(instances::any_wanted(conn)? || review_apps::awaiting_sweep(conn)?)
        })
        .unwrap_or(false);
    // Released before the new one starts, so it can take it.
    drop(lock);
    if !wanted {
        return;
    }
    let Ok(exe) = crate::procs::this_program() else {
        return;
    };
    let mut command = std::process::Command::new(exe);
    command
        .arg(SUPERVISOR_COMMAND)
        .arg("--data-dir")
        .arg(platform.data_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // Its own process group: a Ctrl-C at the terminal of the command that started it is not
    // meant for it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    if let Ok(child) = command.spawn() {
        // Not waited on: it outlives this process, and init reaps it.
        drop(child);
    }
}

/// After a commit the supervisor must act on (a release, a formation change, a restart): a
/// dyno left to run gets a supervisor, and a running one looks at the store now.
pub(crate) fn wake(platform: &Platform) {
    ring(platform.data_dir());
    ensure_running(platform);
}

/// A layer of the API: after a request that changed something, a dyno it left to run gets a
/// supervisor.
pub(crate) async fn wake_after(
    axum::extract::State(platform): axum::extract::State<Platform>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let changes = !matches!(
        *request.method(),
        axum::http::Method::GET | axum::http::Method::HEAD | axum::http::Method::OPTIONS
    );
    let response = next.run(request).await;
    if changes && response.status().is_success() {
        let _ = tokio::task::spawn_blocking(move || wake(&platform)).await;
    }
    response
}

/// `belt __supervisor --data-dir DIR` (internal, not in the clap tree).
pub fn supervisor_main(args: &[std::ffi::OsString]) -> Result<i32> {
    let data_dir = match args {
        [flag, dir] if flag == "--data-dir" => PathBuf::from(dir),
        _ => {
            return Err(Error::Usage(
                "usage: belt __supervisor --data-dir DIR".into(),
            ));
        }
    };
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Failed(format!("cannot start the async runtime: {e}")))?
        .block_on(async {
            let platform = Platform::open(&data_dir, None)?;
            run(
                &platform,
                SupervisorOptions {
                    exit_when_idle: true,
                    router: router_listener(settings::router_port()),
                },
                runner::stop_signals(),
            )
            .await?;
            Ok(0)
        })
}

/// Supervises the platform's dynos until `shutdown` resolves (or, with `exit_when_idle`, no
/// dyno is left), then stops the runners of those still running. Fails when another
/// supervisor runs for the data directory.
pub async fn run(
    platform: &Platform,
    options: SupervisorOptions,
    shutdown: impl std::future::Future<Output = ()>,
) -> Result<()> {
    let Some(lock) = try_lock(platform.data_dir())? else {
        return Err(Error::Platform(format!(
            "another supervisor runs for {}",
            platform.data_dir().display()
        )));
    };
    let router = options
        .router
        .and_then(|listener| start_router(platform, listener));
    let info = SupervisorInfo {
        pid: std::process::id(),
        started: ProcessId::current().map(|p| p.started).unwrap_or_default(),
        router_port: router.as_ref().ok().map(|(port, _)| *port),
        router_error: router.as_ref().err().cloned(),
    };
    write_info(platform.data_dir(), &info);
    // Bound before the first look, so a change committed after that look wakes the next.
    let doorbell = wake::Doorbell::bind(platform.data_dir());
    tokio::pin!(shutdown);
    let mut tick = tokio::time::interval(settings::supervisor_tick());
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut idle_since: Option<tokio::time::Instant> = None;
    let mut sweeper = review_apps::Sweeper::new();
    let stopped = loop {
        tokio::select! {
            () = &mut shutdown => break true,
            _ = tick.tick() => {}
            () = rung(doorbell.as_ref()) => {}
        }
        if !platform.db_path().exists() {
            // The data directory was removed: nothing is left to supervise.
            break false;
        }
        let sweeping = sweeper.tick(platform).await;
        let busy = reconcile(platform).await || sweeping;
        if options.exit_when_idle {
            match (busy, idle_since) {
                (true, _) => idle_since = None,
                (false, None) => idle_since = Some(tokio::time::Instant::now()),
                (false, Some(since)) if since.elapsed() >= IDLE_EXIT => break false,
                (false, Some(_)) => {}
            }
        }
    };
    if let Ok((_, task)) = router {
        task.abort();
    }
    if stopped {
        stop_runners(platform).await;
    }
    drop(doorbell);
    let _ = std::fs::remove_file(info_path(platform.data_dir()));
    drop(lock);
    Ok(())
}

/// Resolves when the doorbell rings; never without one.
async fn rung(doorbell: Option<&wake::Doorbell>) {
    match doorbell {
        Some(bell) => bell.rung().await,
        None => std::future::pending().await,
    }
}

fn write_info(data_dir: &Path, info: &SupervisorInfo) {
    if let Ok(json) = serde_json::to_vec_pretty(info) {
        let _ = belt_fs::write_atomic(&info_path(data_dir), &json);
    }
}

/// One look at the store: lost dynos settled, due restarts made, waiting dynos started.
/// Returns whether any dyno is meant to run.
async fn reconcile(platform: &Platform) -> bool {
    // Looked at first without the write lock, which most looks do not need.
    let glance = platform
        .store()
        .read_async(|conn| {
            let lost = instances::running(conn)?.iter().any(|d| d.lost);
            let (to_start, to_restart) = instances::pending(conn)?;
            let idle = !lost && to_start.is_empty() && to_restart.is_empty();
            Ok::<_, DomainError>((idle, instances::any_wanted(conn)?))
        })
        .await;
    match glance {
        Ok((true, wanted)) => return wanted,
        Ok((false, _)) => {}
        Err(_) => return true,
    }
    let planned = platform
        .store()
        .write_async(move |tx| {
            for dyno in instances::running(tx)? {
                dynos::settle_lost(tx, &dyno)?;
            }
            let (mut to_start, to_restart) = instances::pending(tx)?;
            for dyno in to_restart {
                instances::renew(tx, &dyno, &dyno.command, false)?;
                to_start.extend(dynos::find(tx, &dyno.app_id, &dyno.id)?);
            }
            let mut specs = Vec::with_capacity(to_start.len());
            for dyno in to_start {
                specs.push(spec_for(tx, &dyno)?);
            }
            Ok::<_, DomainError>((specs, instances::any_wanted(tx)?))
        })
        .await;
    let Ok((specs, wanted)) = planned else {
        return true;
    };
    for (spec, port) in specs {
        start(platform, spec, port).await;
    }
    wanted
}

/// What the dyno's runner needs: its command, the release's config vars and Heroku's
/// `PORT`, `DYNO` and `PS`.
fn spec_for(conn: &rusqlite::Connection, dyno: &Dyno) -> Result<(Spec, u16), DomainError> {
    let mut env = match &dyno.release {
        Some((release_id, _)) => releases::find(conn, &dyno.app_id, release_id)?.config()?,
        None => releases::config_vars(conn, &dyno.app_id)?,
    };
    let port =
        free_port().map_err(|e| DomainError::internal(format!("No port for the dyno: {e}")))?;
    env.insert("PORT".into(), port.to_string());
    env.insert("DYNO".into(), dyno.name.clone());
    env.insert("PS".into(), dyno.name.clone());
    let task = FormationTask {
        instance: dyno.instance,
        web: dyno.kind == "web",
        port,
        boot_timeout: settings::boot_timeout(),
        cooloff_cap: settings::restart_cooloff(),
        metrics_interval: settings::metrics_interval(),
        size: dyno.size.clone(),
    };
    let spec = Spec {
        app_id: dyno.app_id.clone(),
        dyno_id: dyno.id.clone(),
        dyno_name: dyno.name.clone(),
        command: dyno.command.clone(),
        env,
        time_to_live: FORMATION_TIME_TO_LIVE,
        tty: None,
        release: None,
        formation: Some(task),
    };
    Ok((spec, port))
}

/// A loopback port nothing listens on now, for a dyno's `$PORT`.
fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

/// Starts the dyno's runner and records it; a runner that cannot start is a crash.
async fn start(platform: &Platform, mut spec: Spec, port: u16) {
    let Some(task) = spec.formation.clone() else {
        return;
    };
    // As on Heroku, HOME is the app's directory.
    let home = runner::working_copy(platform, &spec, &task);
    spec.env
        .insert("HOME".into(), home.to_string_lossy().into_owned());
    let started = runner::start_detached(platform, &spec).await;
    let (dyno_id, instance) = (spec.dyno_id.clone(), task.instance);
    let (app_id, dyno_name) = (spec.app_id.clone(), spec.dyno_name.clone());
    let cap = task.cooloff_cap;
    let _ = platform
        .store()
        .write_async(move |tx| {
            match started {
                Ok(runner) => {
                    instances::record_runner(tx, &dyno_id, instance, runner.as_ref(), port)?;
                }
                Err(e) => {
                    let message = format!("Error: cannot start the dyno: {e}");
                    events::append(tx, &app_id, events::SOURCE_HEROKU, &dyno_name, &message)?;
                    instances::ended(tx, &dyno_id, instance, 127, cap)?;
                }
            }
            Ok::<_, DomainError>(())
        })
        .await;
}

/// Tells the runner of every running formation dyno to stop (its dyno's command gets SIGTERM,
/// SIGKILL after the grace period), and waits for them.
async fn stop_runners(platform: &Platform) {
    let running = platform
        .store()
        .read_async(|conn| Ok::<_, DomainError>(instances::running(conn)?))
        .await
        .unwrap_or_default();
    let runners: Vec<ProcessId> = running
        .iter()
        .filter(|d| !d.is_one_off())
        .filter_map(|d| d.runner.clone())
        .collect();
    for runner in &runners {
        runner.signal_group_if_same(Signal::Term);
    }
    wait_gone(&runners).await;
}

/// Waits (bounded by the stop grace and a little) until none of `processes` runs.
pub(crate) async fn wait_gone(processes: &[ProcessId]) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(40);
    while processes.iter().any(|p| p.liveness() == Liveness::Alive)
        && tokio::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A dyno running on the platform, as `local:status` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct RunningDyno {
    pub app: String,
    pub name: String,
    pub state: String,
    /// The leader of its command's process group.
    pub pid: Option<u32>,
}

/// Every running dyno of the platform.
pub fn running_dynos(platform: &Platform) -> Result<Vec<RunningDyno>> {
    let running = platform
        .store()
        .read(|conn| Ok::<_, Error>(instances::running(conn)?))?;
    Ok(running
        .into_iter()
        .filter(|d| !d.lost)
        .map(|d| RunningDyno {
            app: d.app_name,
            name: d.name,
            state: d.state,
            pid: d.group.map(|g| g.pid),
        })
        .collect())
}

/// What [`stop_everything`] stopped.
#[derive(Debug, Clone, Serialize)]
pub struct Stopped {
    pub dynos: Vec<RunningDyno>,
    pub supervisor: Option<u32>,
}

/// `local:stop`: every running dyno is stopped as `ps:stop` would (it stays `down` until
/// scaled, restarted or released again), the supervisor exits, and this returns once their
/// processes are gone (bounded by the stop grace).
pub async fn stop_everything(platform: &Platform) -> Result<Stopped> {
    let dynos = running_dynos(platform)?;
    let runners = platform
        .store()
        .write_async(|tx| {
            let mut runners = Vec::new();
            for dyno in instances::running(tx)? {
                crate::formation::stop_one(tx, &dyno)?;
                runners.extend(dyno.runner);
            }
            Ok::<_, DomainError>(runners)
        })
        .await
        .map_err(|e| Error::Platform(e.to_string()))?;
    let supervisor = status(platform.data_dir()).map(|info| {
        let process = ProcessId {
            pid: info.pid,
            started: info.started,
        };
        process.signal_group_if_same(Signal::Term);
        process
    });
    let mut waited = runners;
    waited.extend(supervisor.clone());
    wait_gone(&waited).await;
    Ok(Stopped {
        dynos,
        supervisor: supervisor.map(|s| s.pid),
    })
}
