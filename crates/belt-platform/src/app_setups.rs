//! App setups, as Heroku's Setup API has them: from a source tarball with an `app.json` at its
//! root, a new app, its config vars (`required` ones checked, `generator: "secret"` ones
//! generated), buildpacks, add-ons, a build, its formation and, once, its `postdeploy` script
//! on a one-off dyno. The app is created at once; the rest goes on in the background of the
//! process that took the request, and the setup is `pending` until it is over.
//!
//! A setup that fails keeps its app (with whatever was done to it), so its build output and
//! postdeploy output stay readable; deleting it is the caller's choice.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::addons::{self, NewAddon};
use super::apps::{self, App, NewApp};
use super::buildpacks::{self, Installation};
use super::domain_error::{DomainError, DomainResult};
use super::dynos::{self, NewDyno};
use super::formation::{self, Update};
use super::manifest::{self, Manifest};
use super::procs::{Liveness, ProcessId};
use super::runner::{self, Spec};
use super::users::Actor;
use super::{Platform, addon_plans, builds, release_phase, releases, util};

pub(crate) const PENDING: &str = "pending";
pub(crate) const SUCCEEDED: &str = "succeeded";
pub(crate) const FAILED: &str = "failed";

/// Heroku's `failure_message` for a manifest that failed validation (the schema's example).
const INVALID_MANIFEST: &str = "invalid app.json";
/// A one-off dyno's time to live: Heroku's default.
const SCRIPT_TIME_TO_LIVE: u64 = 3600;
/// One-off dynos get a port like web dynos do, somewhere in this range.
const PORT_BASE: u16 = 5000;
const SCRIPTS_DIR: &str = "scripts";

/// What a setup is asked to do.
#[derive(Debug, Clone, Default)]
pub(crate) struct SetupRequest {
    pub app_name: Option<String>,
    pub region: Option<String>,
    pub stack: Option<String>,
    pub source_url: String,
    pub source_checksum: Option<String>,
    pub source_version: Option<String>,
    /// overrides.env: set whatever the manifest declares
    pub env: BTreeMap<String, String>,
    /// Values for keys set only where the manifest's env declares the key (review apps'
    /// HEROKU_APP_NAME, HEROKU_PARENT_APP_NAME, HEROKU_BRANCH, HEROKU_PR_NUMBER); they
    /// satisfy `required`.
    pub offered_env: BTreeMap<String, String>,
    /// "review" (or "test") to apply manifest.environments.<name> over the manifest.
    pub environment: Option<String>,
    /// overrides.buildpacks (URLs or registry names); empty: the manifest's.
    pub buildpacks: Vec<String>,
}

/// A script's run to completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScriptOutcome {
    /// Its stdout and stderr, interleaved as written.
    pub output: String,
    pub exit_code: i32,
}

/// The setup's build, as the setup shows it.
#[derive(Debug, Clone)]
struct BuildRef {
    id: String,
    status: String,
    output_secret: String,
}

#[derive(Debug, Clone)]
pub(crate) struct AppSetup {
    pub id: String,
    pub user_id: String,
    pub app_id: String,
    pub app_name: String,
    /// `pending`, `succeeded` or `failed`.
    pub status: String,
    pub failure_message: Option<String>,
    pub manifest_errors: Vec<String>,
    pub postdeploy: Option<ScriptOutcome>,
    pub resolved_success_url: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    build: Option<BuildRef>,
}

const SELECT: &str = "SELECT s.id, s.user_id, s.app_id, coalesce(apps.name, s.app_name), \
     s.status, s.failure_message, s.manifest_errors, s.postdeploy_output, \
     s.postdeploy_exit_code, s.resolved_success_url, s.created_at, s.updated_at, s.runner_pid, \
     s.runner_started, s.build_id FROM app_setups s LEFT JOIN apps ON apps.id = s.app_id";

impl AppSetup {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<AppSetup> {
        let errors: String = row.get(6)?;
        let output: Option<String> = row.get(7)?;
        let exit_code: Option<i32> = row.get(8)?;
        let mut setup = AppSetup {
            id: row.get(0)?,
            user_id: row.get(1)?,
            app_id: row.get(2)?,
            app_name: row.get(3)?,
            status: row.get(4)?,
            failure_message: row.get(5)?,
            manifest_errors: serde_json::from_str(&errors).unwrap_or_default(),
            postdeploy: output
                .zip(exit_code)
                .map(|(output, exit_code)| ScriptOutcome { output, exit_code }),
            resolved_success_url: row.get(9)?,
            created_at: row.get(10)?,
            updated_at: row.get(11)?,
            build: None,
        };
        // Pending after the process carrying it out has gone (killed mid-setup): it will never
        // finish, so it reads as failed.
        let runner = ProcessId::from_columns(row.get(12)?, row.get(13)?);
        if setup.status == PENDING && runner.is_some_and(|r| r.liveness() == Liveness::Gone) {
            setup.status = FAILED.to_string();
            setup.failure_message =
                Some("The belt process carrying out this setup stopped before it finished.".into());
        }
        Ok(setup)
    }

    /// The schema's `app-setup` object; `base` is the platform URL the caller reached (for
    /// the build's `output_stream_url`).
    pub fn to_json(&self, base: &str) -> Value {
        json!({
            "app": {"id": self.app_id, "name": self.app_name},
            "build": self.build.as_ref().map(|b| json!({
                "id": b.id,
                "output_stream_url": format!("{base}/build-output/{}/{}", b.id, b.output_secret),
                "status": b.status,
            })),
            "created_at": self.created_at,
            "failure_message": self.failure_message,
            "id": self.id,
            "manifest_errors": self.manifest_errors,
            "postdeploy": self.postdeploy.as_ref().map(|p| json!({
                "exit_code": p.exit_code,
                "output": p.output,
            })),
            "resolved_success_url": self.resolved_success_url,
            "status": self.status,
            "updated_at": self.updated_at,
        })
    }
}

/// The setup `id`, whoever made it: 404 when there is none.
pub(crate) fn find(conn: &Connection, id: &str) -> DomainResult<AppSetup> {
    let not_found = || DomainError::not_found("app-setup", "Couldn't find that app setup.");
    if !util::is_uuid(id) {
        return Err(not_found());
    }
    let row = conn
        .prepare_cached(&format!("{SELECT} WHERE s.id = ?1"))?
        .query_row([id.to_ascii_lowercase()], |row| {
            Ok((AppSetup::from_row(row)?, row.get::<_, Option<String>>(14)?))
        })
        .optional()?;
    let (mut setup, build_id) = row.ok_or_else(not_found)?;
    if let Some(build_id) = build_id {
        // Gone with its app: the setup shows no build then.
        setup.build = builds::find(conn, &setup.app_id, &build_id)
            .ok()
            .map(|b| BuildRef {
                id: b.id,
                status: b.status,
                output_secret: b.output_secret,
            });
    }
    Ok(setup)
}

/// The parsed app.json the app was set up from (its environment applied), if it was.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "review apps (issue 20) read pr-predestroy from it"
    )
)]
pub(crate) fn manifest_of_app(conn: &Connection, app_id: &str) -> DomainResult<Option<Manifest>> {
    let stored: Option<String> = conn
        .prepare_cached(
            "SELECT manifest FROM app_setups WHERE app_id = ?1 AND manifest IS NOT NULL
             ORDER BY created_at DESC LIMIT 1",
        )?
        .query_row([app_id], |row| row.get(0))
        .optional()?;
    stored
        .map(|text| {
            manifest::parse(text.as_bytes(), None).map_err(|errors| {
                DomainError::internal(format!("The stored app.json is damaged: {errors:?}"))
            })
        })
        .transpose()
}

/// Creates the app at once (name conflicts etc. answer as app creation does) and returns the
/// pending setup; the build, add-ons, formation and postdeploy go on in the background.
pub(crate) async fn start(
    platform: &Platform,
    actor: Actor,
    req: SetupRequest,
) -> DomainResult<AppSetup> {
    let prepared = prepare(platform, &req).await;
    // app.json's `stack` is the app's, unless the request names one.
    let manifest_stack = prepared
        .as_ref()
        .ok()
        .and_then(|p| p.manifest.stack.clone());
    let new = NewApp {
        name: req.app_name.clone(),
        region: req.region.clone(),
        stack: req.stack.clone().or(manifest_stack),
    };
    let app = apps::create(platform, actor.clone(), new).await?;
    let id = util::new_id();
    let runner = ProcessId::current();
    let setup = {
        let (id, app, user_id) = (id.clone(), app.clone(), actor.id.clone());
        platform
            .store()
            .write_async(move |tx| {
                let now = util::timestamp_micros(util::now());
                tx.execute(
                    "INSERT INTO app_setups (id, user_id, app_id, app_name, status, runner_pid,
                                             runner_started, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    params![
                        id,
                        user_id,
                        app.id,
                        app.name,
                        PENDING,
                        runner.as_ref().map(|p| p.pid),
                        runner.map(|p| p.started),
                        now
                    ],
                )?;
                find(tx, &id)
            })
            .await?
    };
    let platform = platform.clone();
    tokio::spawn(async move {
        let outcome = match prepared {
            Ok(prepared) => carry_out(&platform, &actor, &id, &app, req, prepared).await,
            Err(failure) => Err(failure),
        };
        finish(&platform, &id, &app, outcome).await;
    });
    Ok(setup)
}

/// Why a setup failed.
#[derive(Debug)]
struct Failure {
    message: String,
    manifest_errors: Vec<String>,
}

impl Failure {
    fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            manifest_errors: Vec::new(),
        }
    }
}

impl From<DomainError> for Failure {
    fn from(e: DomainError) -> Failure {
        Failure::new(e.to_string())
    }
}

/// The source and its manifest, read before the app is made.
struct Prepared {
    blob: PathBuf,
    checksum: Option<String>,
    manifest: Manifest,
    config: BTreeMap<String, String>,
}

/// Finds and checks the source, reads its app.json and works out the config vars; a manifest
/// with problems fails with all of them.
async fn prepare(platform: &Platform, req: &SetupRequest) -> Result<Prepared, Failure> {
    let blob = source_path(platform, &req.source_url).await?;
    let checksum = match req.source_checksum.clone() {
        Some(checksum) => Some(builds::verify_checksum(&blob, checksum).await?),
        None => None,
    };
    let text = {
        let blob = blob.clone();
        tokio::task::spawn_blocking(move || read_app_json(&blob))
            .await
            .map_err(DomainError::from)?
            .map_err(Failure::new)?
    };
    let (manifest, mut errors) = match &text {
        Some(text) => manifest::check(text, req.environment.as_deref()),
        None => (Manifest::default(), Vec::new()),
    };
    let config = match manifest.config_vars(&req.env, &req.offered_env) {
        Ok(config) => config,
        Err(missing) => {
            errors.extend(missing);
            BTreeMap::new()
        }
    };
    if !errors.is_empty() {
        return Err(Failure {
            message: INVALID_MANIFEST.into(),
            manifest_errors: errors,
        });
    }
    Ok(Prepared {
        blob,
        checksum,
        manifest,
        config,
    })
}

/// Every step of the setup after the app's creation, in Heroku's order; the manifest's
/// `success_url` on success.
async fn carry_out(
    platform: &Platform,
    actor: &Actor,
    setup_id: &str,
    app: &App,
    req: SetupRequest,
    prepared: Prepared,
) -> Result<Option<String>, Failure> {
    let Prepared {
        blob,
        checksum,
        manifest,
        config,
    } = prepared;
    record_manifest(platform, setup_id, &manifest).await?;
    configure(platform, actor, app, &manifest, config, &req.buildpacks).await?;
    provision(platform, actor, app, &manifest).await?;
    let source = builds::SourceInfo {
        version: req.source_version.clone(),
        version_description: None,
        checksum,
    };
    build(
        platform,
        actor,
        setup_id,
        app,
        &req.source_url,
        source,
        blob,
    )
    .await?;
    scale(platform, actor, app, &manifest).await?;
    if let Some(command) = &manifest.scripts.postdeploy {
        let outcome = run_script(platform, &app.id, command).await?;
        let exit_code = outcome.exit_code;
        record_postdeploy(platform, setup_id, outcome).await?;
        if exit_code != 0 {
            return Err(Failure::new(format!(
                "The postdeploy script failed with exit code {exit_code}."
            )));
        }
    }
    Ok(manifest.success_url)
}

/// The tarball a setup's `source_blob.url` names: one of this platform's own sources, or a
/// `file:` URL on its machine. Nothing is fetched over the network.
async fn source_path(platform: &Platform, url: &str) -> Result<PathBuf, Failure> {
    if let Ok(parsed) = url::Url::parse(url)
        && parsed.scheme() == "file"
    {
        let path = parsed
            .to_file_path()
            .map_err(|()| Failure::new(format!("source_blob.url {url} is not a file path.")))?;
        return match tokio::fs::metadata(&path).await {
            Ok(meta) if meta.is_file() => Ok(path),
            _ => Err(Failure::new(format!(
                "source_blob.url {url}: there is no such file."
            ))),
        };
    }
    builds::uploaded_source(platform, url).await.map_err(|e| {
        Failure::new(format!(
            "{e} This platform reads only its own sources (POST /sources) and file: URLs; it \
             fetches nothing from the network."
        ))
    })
}

/// The bytes of `app.json` at the tree's root, if it has one. As the build has it, a tarball
/// holding a single directory (GitHub's) has its root there.
fn read_app_json(blob: &std::path::Path) -> Result<Option<Vec<u8>>, String> {
    let unreadable = |e: std::io::Error| format!("The source blob cannot be read: {e}");
    let mut archive = tar::Archive::new(builds::open_blob(blob)?);
    let mut tops = std::collections::BTreeSet::new();
    let mut nested = None;
    for entry in archive.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let path = entry.path().map_err(unreadable)?.into_owned();
        let parts: Vec<_> = path
            .components()
            .map(|c| c.as_os_str().to_owned())
            .filter(|c| c != ".")
            .collect();
        let Some(top) = parts.first() else { continue };
        tops.insert(top.clone());
        let is_manifest = parts.last().is_some_and(|n| n == "app.json");
        if !is_manifest || parts.len() > 2 || (parts.len() == 2 && nested.is_some()) {
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).map_err(unreadable)?;
        if parts.len() == 1 {
            return Ok(Some(bytes));
        }
        nested = Some(bytes);
    }
    Ok(nested.filter(|_| tops.len() == 1))
}

async fn record_manifest(
    platform: &Platform,
    setup_id: &str,
    manifest: &Manifest,
) -> DomainResult<()> {
    let (id, text) = (setup_id.to_string(), manifest.to_json().to_string());
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "UPDATE app_setups SET manifest = ?1 WHERE id = ?2",
                params![text, id],
            )?;
            Ok(())
        })
        .await
}

/// The config vars (one release) and the buildpacks the build will name.
async fn configure(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
    config: BTreeMap<String, String>,
    overrides: &[String],
) -> DomainResult<()> {
    let wanted = if overrides.is_empty() {
        &manifest.buildpacks
    } else {
        overrides
    };
    let installations = wanted
        .iter()
        .map(|url| Installation::parse(url))
        .collect::<DomainResult<Vec<_>>>()?;
    let changes: Vec<(String, Option<String>)> =
        config.into_iter().map(|(k, v)| (k, Some(v))).collect();
    let pending = platform
        .write_app(actor.clone(), app.id.clone(), move |tx, app, actor| {
            buildpacks::replace(tx, &app.id, &installations)?;
            match releases::change_config(tx, &app, actor, &changes)? {
                Some(release) => Ok(release_phase::prepare(tx, &app, actor, release, None)?.1),
                None => Ok::<_, DomainError>(None),
            }
        })
        .await?;
    if let Some(pending) = pending {
        release_phase::start(platform, pending).await;
    }
    Ok(())
}

/// Each add-on, in the manifest's order, as `addons:create` makes it.
async fn provision(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
) -> Result<(), Failure> {
    for (index, spec) in manifest.addons.iter().enumerate() {
        let failed = |e: &dyn std::fmt::Display| {
            Failure::new(format!("addons[{index}] ({}): {e}", spec.plan))
        };
        let plan = addon_plans::plan(&spec.plan).ok_or_else(|| failed(&"unknown plan"))?;
        let new = NewAddon {
            plan,
            name: None,
            attachment: spec.attachment.clone(),
        };
        let pending = platform
            .write_app(actor.clone(), app.id.clone(), move |tx, app, actor| {
                addons::create(tx, &app, actor, new)
            })
            .await
            .map_err(|e| failed(&e))?
            .1;
        if let Some(pending) = pending {
            release_phase::start(platform, pending).await;
        }
    }
    Ok(())
}

/// The build, recorded as the setup's, through the build pipeline; waits for it and for its
/// release (and release command) to be decided.
async fn build(
    platform: &Platform,
    actor: &Actor,
    setup_id: &str,
    app: &App,
    source_url: &str,
    source: builds::SourceInfo,
    blob: PathBuf,
) -> Result<(), Failure> {
    let (url, id) = (source_url.to_string(), setup_id.to_string());
    let (record, app) = platform
        .write_app(actor.clone(), app.id.clone(), move |tx, app, actor| {
            let record = builds::insert(tx, &app, actor, &url, &source)?;
            tx.execute(
                "UPDATE app_setups SET build_id = ?1, updated_at = ?2 WHERE id = ?3",
                params![record.id, util::timestamp_micros(util::now()), id],
            )?;
            Ok::<_, DomainError>((record, app))
        })
        .await?;
    let build_id = record.id.clone();
    let app_id = app.id.clone();
    builds::launch(platform.clone(), record, app, actor.clone(), blob)
        .await
        .await
        .map_err(DomainError::from)?;
    let built = platform
        .store()
        .read_async(move |conn| builds::find(conn, &app_id, &build_id))
        .await?;
    let Some(release_id) = built.release_id.filter(|_| built.status == SUCCEEDED) else {
        return Err(Failure::new(
            "The build failed; its output is at build.output_stream_url.",
        ));
    };
    loop {
        let id = release_id.clone();
        let status = platform
            .store()
            .read_async(move |conn| Ok::<_, DomainError>(release_phase::status(conn, &id)?))
            .await?;
        match status.as_deref() {
            Some(releases::STATUS_PENDING) => {
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            Some(releases::STATUS_SUCCEEDED) => return Ok(()),
            _ => return Err(Failure::new("The release command of the build failed.")),
        }
    }
}

/// The manifest's formation, once the build has made its process types.
async fn scale(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
) -> Result<(), Failure> {
    if manifest.formation.is_empty() {
        return Ok(());
    }
    let updates: Vec<Update> = manifest
        .formation
        .iter()
        .map(|(kind, f)| Update {
            kind: kind.clone(),
            quantity: f.quantity,
            size: f.size,
        })
        .collect();
    platform
        .write_app(actor.clone(), app.id.clone(), move |tx, app, actor| {
            formation::update(tx, &app, &updates, &actor.email)
        })
        .await
        .map_err(|e| Failure::new(format!("formation: {e}")))?;
    crate::supervisor::ensure_running(platform);
    Ok(())
}

async fn record_postdeploy(
    platform: &Platform,
    setup_id: &str,
    outcome: ScriptOutcome,
) -> DomainResult<()> {
    let id = setup_id.to_string();
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "UPDATE app_setups SET postdeploy_output = ?1, postdeploy_exit_code = ?2,
                                       updated_at = ?3 WHERE id = ?4",
                params![
                    outcome.output,
                    outcome.exit_code,
                    util::timestamp_micros(util::now()),
                    id
                ],
            )?;
            Ok(())
        })
        .await
}

/// Records the outcome; a setup left pending would never end, so a busy store is retried.
async fn finish(
    platform: &Platform,
    setup_id: &str,
    app: &App,
    outcome: Result<Option<String>, Failure>,
) {
    let (status, message, errors, success_url) = match outcome {
        Ok(success_url) => (
            SUCCEEDED,
            None,
            Vec::new(),
            Some(resolve_success_url(
                &platform.web_url(&app.name),
                success_url.as_deref(),
            )),
        ),
        Err(failure) => (FAILED, Some(failure.message), failure.manifest_errors, None),
    };
    let errors = serde_json::to_string(&errors).unwrap_or_else(|_| "[]".into());
    for _ in 0..50 {
        let (id, message, errors, url) = (
            setup_id.to_string(),
            message.clone(),
            errors.clone(),
            success_url.clone(),
        );
        let done =
            platform
                .store()
                .write_async(move |tx| {
                    tx.execute(
                    "UPDATE app_setups SET status = ?1, failure_message = ?2, manifest_errors = ?3,
                                           resolved_success_url = ?4, updated_at = ?5
                     WHERE id = ?6",
                    params![status, message, errors, url, util::timestamp_micros(util::now()), id],
                )?;
                    Ok::<_, DomainError>(())
                })
                .await;
        if done.is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// app.json's `success_url`: absolute as it is, relative in the context of the app's web URL
/// (Dev Center changelog, "resolved_success_url"); none: the web URL itself.
fn resolve_success_url(web_url: &str, success_url: Option<&str>) -> String {
    let Some(wanted) = success_url.filter(|u| !u.is_empty()) else {
        return web_url.to_string();
    };
    url::Url::parse(web_url)
        .and_then(|base| base.join(wanted))
        .map(String::from)
        .unwrap_or_else(|_| web_url.to_string())
}

/// Runs `command` once on a one-off dyno of the app's current release, to completion:
/// its combined output and exit code (used for postdeploy and, by review apps, pr-predestroy).
pub(crate) async fn run_script(
    platform: &Platform,
    app_id: &str,
    command: &str,
) -> DomainResult<ScriptOutcome> {
    let (id, text) = (app_id.to_string(), command.to_string());
    let (dyno, app, config) = platform
        .store()
        .write_async(move |tx| {
            let app = apps::find(tx, &id)?
                .ok_or_else(|| DomainError::not_found("app", "Couldn't find that app."))?;
            let new = NewDyno {
                kind: dynos::RUN_TYPE,
                command: &text,
                size: dynos::DEFAULT_SIZE,
                attach: false,
            };
            let dyno = dynos::insert_one_off(tx, &app, &new, &app.owner_email)?;
            // It runs in this process, as an attached dyno does.
            if let Some(me) = ProcessId::current() {
                dynos::set_runner(tx, &dyno.id, &me)?;
            }
            let config = dynos::config_vars_for(tx, &app.id)?;
            Ok::<_, DomainError>((dyno, app, config))
        })
        .await?;
    let mut env = config;
    env.insert(
        "PORT".into(),
        (PORT_BASE + rand::random_range(0..1000)).to_string(),
    );
    env.insert("DYNO".into(), dyno.name.clone());
    let spec = Spec {
        app_id: app.id,
        dyno_id: dyno.id.clone(),
        dyno_name: dyno.name,
        command: command.to_string(),
        env,
        time_to_live: SCRIPT_TIME_TO_LIVE,
        tty: None,
        release: None,
        formation: None,
    };
    let path = platform
        .data_dir()
        .join(SCRIPTS_DIR)
        .join(format!("{}.log", dyno.id));
    let io = |e: std::io::Error| DomainError::internal(format!("Cannot keep the output: {e}"));
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(io)?;
    }
    let file = tokio::fs::File::create(&path).await.map_err(io)?;
    let exit_code = runner::execute_into(
        platform,
        &spec,
        None,
        Box::new(file),
        std::future::pending(),
    )
    .await;
    let output = tokio::fs::read(&path).await.map_err(io)?;
    let _ = tokio::fs::remove_file(&path).await;
    Ok(ScriptOutcome {
        output: String::from_utf8_lossy(&output).into_owned(),
        exit_code,
    })
}
