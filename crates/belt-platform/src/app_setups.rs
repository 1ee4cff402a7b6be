//! App setups, as Heroku's Setup API has them: from a source tarball with an `app.json` at its
//! root, a new app, its config vars (`required` ones checked, `generator: "secret"` ones
//! generated), buildpacks, add-ons, a build, its formation and, once, its `postdeploy` script
//! on a one-off dyno. The app is created at once; the rest goes on in the background of the
//! process that took the request, and the setup is `pending` until it is over.
//!
//! A setup that fails keeps its app (with whatever was done to it), so its build output and
//! postdeploy output stay readable; deleting it is the caller's choice.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::{self, NewApp};
use super::domain_error::{DomainError, DomainResult};
use super::dynos::{self, NewDyno};
use super::manifest::{self, Manifest};
use super::procs::{Liveness, ProcessId};
use super::runner::{self, Spec};
use super::users::Actor;
use super::{Platform, builds, util};

pub(crate) const PENDING: &str = "pending";
pub(crate) const SUCCEEDED: &str = "succeeded";
pub(crate) const FAILED: &str = "failed";

/// A one-off dyno's time to live: Heroku's default.
const SCRIPT_TIME_TO_LIVE: u64 = 3600;
/// One-off dynos get a port like web dynos do, somewhere in this range.
const PORT_BASE: u16 = 5000;
const SCRIPTS_DIR: &str = "scripts";

mod steps;

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
    let prepared = steps::prepare(platform, &req).await;
    // app.json's `stack` is the app's, unless the request names one.
    let manifest_stack = prepared.as_ref().ok().and_then(steps::Prepared::stack);
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
            Ok(prepared) => steps::carry_out(&platform, &actor, &id, &app, req, prepared).await,
            Err(failure) => Err(failure),
        };
        steps::finish(&platform, &id, &app, outcome).await;
    });
    Ok(setup)
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
    let exit_code =
        runner::execute_into(platform, &spec, Box::new(file), std::future::pending()).await;
    let output = tokio::fs::read(&path).await.map_err(io)?;
    let _ = tokio::fs::remove_file(&path).await;
    Ok(ScriptOutcome {
        output: String::from_utf8_lossy(&output).into_owned(),
        exit_code,
    })
}
