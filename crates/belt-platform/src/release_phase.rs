//! Release phase, as on Heroku: when a release's slug declares a Procfile `release:` command,
//! the release is `pending` (not current) while that command runs on a one-off dyno
//! (`release.NNNN`, in a detached runner, so it outlives the command that made the release).
//! It runs in the release's own slug. Exit 0 makes the release `succeeded` (current, so the
//! formation moves onto its slug); anything else makes it `failed`, and it never becomes
//! current. The command's output is kept
//! and served at the release's `output_stream_url`.
//!
//! Heroku runs it for every release but those add-ons make by changing their config vars:
//! deploys, config var changes, rollbacks, releases through the API (Dev Center, Release Phase).

use crate::store::Cached;
use std::io::{BufRead, Seek};
use std::path::PathBuf;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use super::apps::{self, App};
use super::domain_error::{DomainError, DomainResult};
use super::dynos::{self, NewDyno};
use super::releases::{self, Release};
use super::runner::{self, ReleaseTask, Spec};
use super::users::Actor;
use super::{Platform, events, formation, util};

const OUTPUT_DIR: &str = "releases";
/// Heroku's release phase times out after an hour.
const TIME_TO_LIVE: u64 = 3600;
/// One-off dynos get a port like web dynos do, somewhere in this range.
const PORT_BASE: u16 = 5000;
/// How often a follower of the output looks for new lines.
const POLL: Duration = Duration::from_millis(100);

/// Where a release command's output is kept.
pub(crate) fn output_path(platform: &Platform, release_id: &str) -> PathBuf {
    platform
        .data_dir()
        .join(OUTPUT_DIR)
        .join(format!("{release_id}.log"))
}

/// A release whose command is to run, once its transaction is committed ([`start`]).
#[derive(Debug)]
pub(crate) struct Pending {
    spec: Spec,
    task: ReleaseTask,
}

/// The release command the slug's Procfile declares, if any.
fn release_command(conn: &Connection, slug_id: &str) -> rusqlite::Result<Option<String>> {
    let types: Option<String> = conn
        .prepare_cached("SELECT process_types FROM slugs WHERE id = ?1")?
        .query_row([slug_id], |row| row.get(0))
        .optional()?;
    Ok(types
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|t| t[dynos::RELEASE_TYPE].as_str().map(str::to_string))
        .filter(|c| !c.trim().is_empty()))
}

/// In the release's transaction: when its slug declares a release command, the release
/// becomes pending, gets its output secret and the dyno the command runs on. Returns the
/// release as it now is.
pub(crate) fn prepare(
    tx: &Connection,
    app: &App,
    by: &Actor,
    release: Release,
) -> DomainResult<(Release, Option<Pending>)> {
    let command = match release.slug_id.as_deref() {
        Some(slug_id) => release_command(tx, slug_id)?,
        None => None,
    };
    let Some(command) = command else {
        // Current at once: the formation moves onto it.
        formation::restart_for_release(tx, app)?;
        return Ok((release, None));
    };
    tx.execute_cached(
        "UPDATE releases SET status = ?1, output_secret = ?2 WHERE id = ?3",
        params![releases::STATUS_PENDING, util::new_token(), release.id],
    )?;
    let new = NewDyno {
        kind: dynos::RELEASE_TYPE,
        command: &command,
        size: dynos::DEFAULT_SIZE,
        attach: false,
    };
    events::api(
        tx,
        &app.id,
        &format!(
            "Running release v{} commands by user {}",
            release.version, by.email
        ),
    )?;
    let dyno = dynos::insert_one_off(tx, app, &new, &by.email)?;
    let mut env = release.config()?;
    env.insert(
        "PORT".into(),
        (PORT_BASE + rand::random_range(0..1000)).to_string(),
    );
    env.insert("DYNO".into(), dyno.name.clone());
    let task = ReleaseTask {
        release_id: release.id.clone(),
        version: release.version,
        by_email: by.email.clone(),
    };
    let spec = Spec {
        app_id: app.id.clone(),
        dyno_id: dyno.id,
        dyno_name: dyno.name,
        command,
        env,
        time_to_live: TIME_TO_LIVE,
        tty: None,
        release: Some(task.clone()),
        formation: None,
    };
    let release = releases::find(tx, &app.id, &release.id)?;
    Ok((release, Some(Pending { spec, task })))
}

/// Starts the release command in a runner of its own. A runner that cannot start fails the
/// release, so nothing is left pending.
pub(crate) async fn start(platform: &Platform, pending: Pending) {
    let Pending { spec, task } = pending;
    let path = output_path(platform, &task.release_id);
    if let Some(dir) = path.parent() {
        let _ = tokio::fs::create_dir_all(dir).await;
    }
    let started = match tokio::fs::File::create(&path).await {
        Ok(_) => runner::start_detached(platform, &spec).await,
        Err(e) => Err(crate::Error::io(&path, e)),
    };
    let dyno_id = spec.dyno_id.clone();
    match started {
        Ok(runner) => {
            // Recorded at once, so a runner that dies before it reports in is noticed.
            let _ = platform
                .store()
                .write_async(move |tx| {
                    if let Some(runner) = runner {
                        dynos::set_runner(tx, &dyno_id, &runner)?;
                    }
                    Ok::<_, DomainError>(())
                })
                .await;
        }
        Err(e) => {
            let message = format!("Error: cannot start the release command: {e}");
            let _ = platform
                .store()
                .write_async(move |tx| {
                    dynos::change_state(tx, &dyno_id, dynos::CRASHED, None)?;
                    Ok::<_, DomainError>(())
                })
                .await;
            let _ = tokio::fs::write(&path, format!("{message}\n")).await;
            finish(platform, &spec, &task, false).await;
        }
    }
}

/// [`start`] from a thread that is not in the async runtime (the git hook, a build).
pub(crate) fn start_blocking(platform: &Platform, pending: Pending) {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => handle.block_on(start(platform, pending)),
        Err(_) => {
            if let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                runtime.block_on(start(platform, pending));
            }
        }
    }
}

/// The release dyno's runner: runs the command with its output kept, then decides the release.
pub(crate) async fn run(
    platform: &Platform,
    spec: &Spec,
    task: &ReleaseTask,
    shutdown: impl std::future::Future<Output = ()>,
) -> i32 {
    let path = output_path(platform, &task.release_id);
    let file = tokio::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .await;
    let status = match file {
        Ok(file) => runner::execute_into(platform, spec, Box::new(file), shutdown).await,
        Err(_) => runner::execute(platform, spec, None, shutdown).await,
    };
    finish(platform, spec, task, status == 0).await;
    status
}

/// Decides the release: succeeded (so current) or failed, with Heroku's log line for a
/// failure.
async fn finish(platform: &Platform, spec: &Spec, task: &ReleaseTask, succeeded: bool) {
    let (app_id, task) = (spec.app_id.clone(), task.clone());
    // A release left pending would never become current nor fail: retry a busy store.
    for _ in 0..50 {
        let (app_id, task) = (app_id.clone(), task.clone());
        let done = platform
            .store()
            .write_async(move |tx| {
                let status = if succeeded {
                    releases::STATUS_SUCCEEDED
                } else {
                    releases::STATUS_FAILED
                };
                tx.execute_cached(
                    "UPDATE releases SET status = ?1, updated_at = ?2 WHERE id = ?3",
                    params![status, util::timestamp(util::now()), task.release_id],
                )?;
                if succeeded && let Some(app) = apps::find(tx, &app_id)? {
                    formation::restart_for_release(tx, &app)?;
                }
                if !succeeded {
                    let message = format!(
                        "Release v{} command failed by user {}",
                        task.version, task.by_email
                    );
                    events::api(tx, &app_id, &message)?;
                }
                Ok::<_, DomainError>(())
            })
            .await;
        if done.is_ok() {
            crate::supervisor::wake(platform);
            return;
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The release's status as the API shows it (a lost release command's reads as failed), if
/// the release exists.
pub(crate) fn status(conn: &Connection, release_id: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached(&format!("{} WHERE r.id = ?1", releases::SELECT))?
        .query_row([release_id], Release::from_row)
        .optional()
        .map(|release| release.map(|r| r.status))
}

/// Follows the release command's output to its end, handing each line to `line` (the git
/// hook relays them to the pusher); returns whether the release succeeded.
pub(crate) fn follow_blocking(
    platform: &Platform,
    release_id: &str,
    line: &mut dyn FnMut(&str),
) -> bool {
    let path = output_path(platform, release_id);
    let mut offset = 0u64;
    let mut partial = String::new();
    loop {
        // The status first: output written before the command ended is then in the file.
        let status = platform
            .store()
            .read(|conn| status(conn, release_id))
            .ok()
            .flatten();
        let finished = status.as_deref() != Some(releases::STATUS_PENDING);
        if let Ok(mut file) = std::fs::File::open(&path)
            && file.seek(std::io::SeekFrom::Start(offset)).is_ok()
        {
            let mut reader = std::io::BufReader::new(file);
            let mut bytes = Vec::new();
            while let Ok(n) = reader.read_until(b'\n', &mut bytes) {
                if n == 0 {
                    break;
                }
                offset += n as u64;
                partial.push_str(&String::from_utf8_lossy(&bytes));
                bytes.clear();
                if partial.ends_with('\n') {
                    line(partial.trim_end_matches(['\r', '\n']));
                    partial.clear();
                }
            }
        }
        if finished {
            if !partial.is_empty() {
                line(&partial);
            }
            return status.as_deref() == Some(releases::STATUS_SUCCEEDED);
        }
        std::thread::sleep(POLL);
    }
}
