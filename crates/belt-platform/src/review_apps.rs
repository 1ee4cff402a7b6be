//! Review apps, as the schema's `review-app`: an app made from a branch's source through an
//! app setup with the manifest's `environments.review`, coupled to its pipeline at stage
//! `review`, with its own add-ons. Its status follows its app setup until it is destroyed:
//! `pending` before the setup exists, `creating` while it runs, `created` or `errored` once
//! it ended; then `deleting` while `scripts.pr-predestroy` runs on a one-off dyno and the
//! app goes, and `deleted`. The row outlives its app, so a destroyed one still answers.
//! Stale review apps (no release for `stale_days`) are destroyed by [`sweep_stale`], which
//! the supervisor runs.

use std::collections::BTreeMap;

use rusqlite::{Connection, Row, params};
use serde_json::{Value, json};

use super::app_setups::{self, SetupRequest};
use super::domain_error::{DomainError, DomainResult};
use super::pipelines::{self, Pipeline};
use super::users::Actor;
use super::{Platform, apps, events, git_repos, names, settings, util};
use super::{review_app_config, stage_config_vars};

/// `state` while the app setup decides the status.
const SETUP: &str = "setup";
const DELETING: &str = "deleting";
const DELETED: &str = "deleted";
/// The stage review apps are coupled at.
const REVIEW_STAGE: &str = "review";
/// The stages a review app's parent is looked for in, first found first.
const PARENT_STAGES: [&str; 3] = ["staging", "development", "production"];

#[derive(Debug, Clone)]
pub(crate) struct ReviewApp {
    pub id: String,
    pipeline_id: String,
    creator_id: String,
    pub app_id: Option<String>,
    pub app_name: Option<String>,
    app_setup_id: Option<String>,
    branch: String,
    pr_number: Option<i64>,
    wait_for_ci: bool,
    state: String,
    error_status: Option<String>,
    message: Option<String>,
    created_at: String,
    updated_at: String,
    /// The app setup's status and failure, while `state` is `setup`.
    setup: Option<(String, Option<String>)>,
}

const SELECT_REVIEW_APP: &str = "SELECT r.id, r.pipeline_id, r.creator_id, r.app_id, \
     r.app_name, r.app_setup_id, r.branch, r.pr_number, r.wait_for_ci, r.state, \
     r.error_status, r.message, r.created_at, r.updated_at, s.status, s.failure_message, \
     s.manifest_errors FROM review_apps r LEFT JOIN app_setups s ON s.id = r.app_setup_id";

/// Why the setup failed, every manifest error named (`manifest_errors` is a JSON array).
fn setup_failure(message: Option<String>, manifest_errors: Option<String>) -> Option<String> {
    let errors: Vec<String> = manifest_errors
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    if errors.is_empty() {
        return message;
    }
    let message = message.unwrap_or_else(|| "invalid app.json".into());
    Some(format!("{message}: {}", errors.join("; ")))
}

impl ReviewApp {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<ReviewApp> {
        let setup_status: Option<String> = row.get(14)?;
        Ok(ReviewApp {
            id: row.get(0)?,
            pipeline_id: row.get(1)?,
            creator_id: row.get(2)?,
            app_id: row.get(3)?,
            app_name: row.get(4)?,
            app_setup_id: row.get(5)?,
            branch: row.get(6)?,
            pr_number: row.get(7)?,
            wait_for_ci: row.get(8)?,
            state: row.get(9)?,
            error_status: row.get(10)?,
            message: row.get(11)?,
            created_at: row.get(12)?,
            updated_at: row.get(13)?,
            setup: setup_status
                .map(|s| Ok::<_, rusqlite::Error>((s, setup_failure(row.get(15)?, row.get(16)?))))
                .transpose()?,
        })
    }

    /// The schema's status, from the review app's own state or its app setup's.
    pub fn status(&self) -> &str {
        if self.state != SETUP {
            return &self.state;
        }
        match self.setup.as_ref().map(|(status, _)| status.as_str()) {
            None => "pending",
            Some("succeeded") => "created",
            Some("failed") => "errored",
            Some(_) => "creating",
        }
    }

    /// The error of a failed setup, or the review app's own.
    fn error_status(&self) -> Option<String> {
        match (&self.setup, self.status()) {
            (Some((_, failure)), "errored") if self.state == SETUP => Some(
                failure
                    .clone()
                    .unwrap_or_else(|| "The app setup failed.".into()),
            ),
            _ => self.error_status.clone(),
        }
    }

    /// The schema's `review-app` object; `app.name` beside its id, as couplings have it.
    pub fn to_json(&self) -> Value {
        json!({
            "app": self.app_id.as_ref().map(|id| json!({"id": id, "name": self.app_name})),
            "app_setup": self.app_setup_id.as_ref().map(|id| json!({"id": id})),
            "branch": self.branch,
            "created_at": self.created_at,
            "creator": {"id": self.creator_id},
            "error_status": self.error_status(),
            "fork_repo": null,
            "id": self.id,
            "message": self.message,
            "pipeline": {"id": self.pipeline_id},
            "pr_number": self.pr_number,
            "status": self.status(),
            "updated_at": self.updated_at,
            "wait_for_ci": self.wait_for_ci,
        })
    }
}

fn review_app_not_found() -> DomainError {
    DomainError::not_found("review-app", "Couldn't find that review app.")
}

fn query(conn: &Connection, condition: &str, value: &str) -> DomainResult<Vec<ReviewApp>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_REVIEW_APP} WHERE {condition} ORDER BY r.rowid"
    ))?;
    let rows = stmt.query_map([value], ReviewApp::from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The pipeline's review apps that are not yet deleted, oldest first.
pub(crate) fn list(conn: &Connection, pipeline: &Pipeline) -> DomainResult<Vec<ReviewApp>> {
    query(
        conn,
        &format!("r.pipeline_id = ?1 AND r.state != '{DELETED}'"),
        &pipeline.id,
    )
}

/// The review app with this id in one of the actor's pipelines.
pub(crate) fn find(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<ReviewApp> {
    query(conn, "r.id = ?1", &id.to_ascii_lowercase())?
        .into_iter()
        .next()
        .filter(|r| pipelines::find(conn, actor, &r.pipeline_id).is_ok())
        .ok_or_else(review_app_not_found)
}

/// The review app the app is, if it is one and not deleted.
pub(crate) fn of_app(conn: &Connection, app_id: &str) -> DomainResult<ReviewApp> {
    query(
        conn,
        &format!("r.app_id = ?1 AND r.state != '{DELETED}'"),
        app_id,
    )?
    .into_iter()
    .next()
    .ok_or_else(review_app_not_found)
}

/// What `POST /review-apps` asks for.
#[derive(Debug, Clone)]
pub(crate) struct NewReviewApp {
    pub pipeline: String,
    pub branch: String,
    pub pr_number: Option<i64>,
    pub source_url: String,
    pub source_version: Option<String>,
    /// Config vars over the pipeline's review-stage ones.
    pub environment: BTreeMap<String, String>,
}

/// What the setup of a new review app needs, read in one go.
struct Plan {
    pipeline: Pipeline,
    name: String,
    region: Option<String>,
    parent: Option<String>,
    wait_for_ci: bool,
    stage_env: BTreeMap<String, String>,
}

fn plan(conn: &Connection, actor: &Actor, new: &NewReviewApp) -> DomainResult<Plan> {
    let pipeline = pipelines::find(conn, actor, &new.pipeline)?;
    let config = review_app_config::find(conn, &pipeline)?.ok_or_else(|| {
        DomainError::invalid(format!(
            "Review apps are not enabled for pipeline {}; enable them first.",
            pipeline.name
        ))
    })?;
    if new.branch.trim().is_empty() {
        return Err(DomainError::invalid("branch is required."));
    }
    if let Some(pr) = new.pr_number
        && pr < 1
    {
        return Err(DomainError::invalid(format!(
            "pr_number must be a positive number; {pr} is not."
        )));
    }
    let couplings = pipelines::couplings_of_pipeline(conn, &pipeline)?;
    let parent = PARENT_STAGES.iter().find_map(|stage| {
        couplings
            .iter()
            .find(|c| c.stage == *stage)
            .and_then(|c| apps::find(conn, &c.app_id).ok().flatten())
            .map(|app| app.name)
    });
    Ok(Plan {
        name: review_app_name(conn, config.base_name.as_deref(), new.pr_number)?,
        parent,
        region: config.region().map(str::to_string),
        wait_for_ci: config.wait_for_ci,
        stage_env: stage_config_vars::stage_vars(conn, &pipeline.id, REVIEW_STAGE)?,
        pipeline,
    })
}

/// Heroku's predictable pattern `BASE-pr-N` when the config has a base name and there is a
/// pull request; otherwise a random name, as Heroku's default pattern.
fn review_app_name(conn: &Connection, base: Option<&str>, pr: Option<i64>) -> DomainResult<String> {
    if let (Some(base), Some(pr)) = (base, pr) {
        return Ok(format!("{base}-pr-{pr}"));
    }
    loop {
        let name = names::generate();
        if !apps::name_taken(conn, &name)? {
            return Ok(name);
        }
    }
}

/// Creates the review app: its app at once (through an app setup with the manifest's
/// `environments.review`), coupled to the pipeline at stage `review`; the build, add-ons and
/// postdeploy go on in the background.
pub(crate) async fn create(
    platform: &Platform,
    actor: Actor,
    new: NewReviewApp,
) -> DomainResult<ReviewApp> {
    let plan = {
        let (actor, new) = (actor.clone(), new.clone());
        platform
            .store()
            .read_async(move |conn| plan(conn, &actor, &new))
            .await?
    };
    let mut offered_env = BTreeMap::from([
        ("HEROKU_APP_NAME".to_string(), plan.name.clone()),
        ("HEROKU_BRANCH".to_string(), new.branch.clone()),
    ]);
    if let Some(parent) = &plan.parent {
        offered_env.insert("HEROKU_PARENT_APP_NAME".into(), parent.clone());
    }
    if let Some(pr) = new.pr_number {
        offered_env.insert("HEROKU_PR_NUMBER".into(), pr.to_string());
    }
    let mut env = plan.stage_env.clone();
    env.extend(new.environment.clone());
    let request = SetupRequest {
        app_name: Some(plan.name.clone()),
        region: plan.region.clone(),
        stack: None,
        source_url: new.source_url.clone(),
        source_checksum: None,
        source_version: new.source_version.clone(),
        env,
        offered_env,
        environment: Some(REVIEW_STAGE.to_string()),
        buildpacks: Vec::new(),
    };
    let setup = app_setups::start(platform, actor.clone(), request).await?;
    platform
        .store()
        .write_async(move |tx| {
            let app = apps::find(tx, &setup.app_id)?
                .ok_or_else(|| DomainError::internal("The review app's app is gone."))?;
            pipelines::couple(tx, &app, &plan.pipeline, REVIEW_STAGE)?;
            let id = util::new_id();
            let now = util::timestamp(util::now());
            tx.execute(
                "INSERT INTO review_apps (id, pipeline_id, creator_id, app_id, app_name,
                    app_setup_id, branch, pr_number, source_url, source_version, wait_for_ci,
                    state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                params![
                    id,
                    plan.pipeline.id,
                    actor.id,
                    app.id,
                    app.name,
                    setup.id,
                    new.branch,
                    new.pr_number,
                    new.source_url,
                    new.source_version,
                    plan.wait_for_ci,
                    SETUP,
                    now,
                ],
            )?;
            events::api(
                tx,
                &app.id,
                &format!("Review app for branch {} created", new.branch),
            )?;
            find(tx, &actor, &id)
        })
        .await
}

/// Starts destroying the review app: it answers `deleting` at once, then runs
/// `scripts.pr-predestroy` and destroys the app with its add-ons in the background.
pub(crate) async fn destroy(
    platform: &Platform,
    actor: Actor,
    id: String,
) -> DomainResult<ReviewApp> {
    let marked = platform
        .store()
        .write_async(move |tx| {
            let found = find(tx, &actor, &id)?;
            mark_deleting(tx, &found)?;
            find(tx, &actor, &id)
        })
        .await?;
    let platform = platform.clone();
    let review_app = marked.clone();
    tokio::spawn(async move { tear_down(&platform, &review_app).await });
    Ok(marked)
}

/// 422 when it is already going.
fn mark_deleting(tx: &Connection, review_app: &ReviewApp) -> DomainResult<()> {
    if matches!(review_app.state.as_str(), DELETING | DELETED) {
        return Err(DomainError::invalid(format!(
            "The review app is already {}.",
            review_app.state
        )));
    }
    tx.execute(
        "UPDATE review_apps SET state = ?1, updated_at = ?2 WHERE id = ?3",
        params![DELETING, util::timestamp(util::now()), review_app.id],
    )?;
    Ok(())
}

/// `pr-predestroy` (its output in the app's log and the review app's `message`), then the
/// app with its add-ons, couplings and repository; the review app stays, `deleted`.
async fn tear_down(platform: &Platform, review_app: &ReviewApp) {
    let (message, error) = match predestroy(platform, review_app).await {
        Ok(Some(outcome)) if outcome.exit_code != 0 => {
            let error = format!("pr-predestroy exited {}", outcome.exit_code);
            (Some(outcome.message), Some(error))
        }
        Ok(outcome) => (outcome.map(|o| o.message), None),
        // The app goes anyway, as on Heroku; the review app says why the script did not run.
        Err(e) => (None, Some(e.to_string())),
    };
    let app = review_app.clone();
    let gone = platform
        .store()
        .write_async(move |tx| {
            if let Some(app_id) = &app.app_id {
                // Config, releases, add-ons, dynos, the coupling... go with it (ON DELETE CASCADE).
                tx.execute("DELETE FROM apps WHERE id = ?1", [app_id])?;
            }
            tx.execute(
                "UPDATE review_apps SET state = ?1, message = ?2, error_status = ?3,
                    updated_at = ?4 WHERE id = ?5",
                params![
                    DELETED,
                    message,
                    error,
                    util::timestamp(util::now()),
                    app.id
                ],
            )?;
            Ok::<_, DomainError>(())
        })
        .await;
    if gone.is_ok()
        && let Some(name) = &review_app.app_name
    {
        git_repos::remove_repo(platform, name);
    }
}

/// How `pr-predestroy` ended: its exit code, and what the review app's `message` says.
struct Predestroyed {
    exit_code: i32,
    message: String,
}

/// Runs the manifest's `scripts.pr-predestroy`, if any, to completion.
async fn predestroy(
    platform: &Platform,
    review_app: &ReviewApp,
) -> DomainResult<Option<Predestroyed>> {
    let Some(app_id) = review_app.app_id.clone() else {
        return Ok(None);
    };
    let manifest = {
        let app_id = app_id.clone();
        platform
            .store()
            .read_async(move |conn| app_setups::manifest_of_app(conn, &app_id))
            .await?
    };
    let Some(command) = manifest.and_then(|m| m.scripts.pr_predestroy) else {
        return Ok(None);
    };
    let outcome = app_setups::run_script(platform, &app_id, &command).await?;
    // In the app's log too, for whoever tails it while the app goes.
    let output = outcome.output.clone();
    platform
        .store()
        .write_async(move |tx| {
            for line in output.lines() {
                events::append(tx, &app_id, "app", "pr-predestroy", line)?;
            }
            Ok::<_, DomainError>(())
        })
        .await?;
    Ok(Some(Predestroyed {
        exit_code: outcome.exit_code,
        message: format!(
            "pr-predestroy `{command}` exited {}:\n{}",
            outcome.exit_code, outcome.output
        ),
    }))
}

/// Destroys (with `pr-predestroy`) every review app of a pipeline that destroys stale ones
/// whose app had no release for its `stale_days` (a day lasts [`settings::review_app_day`]).
pub(crate) async fn sweep_stale(platform: &Platform) -> DomainResult<()> {
    let day = settings::review_app_day().as_secs_f64();
    let stale = platform
        .store()
        .write_async(move |tx| {
            let mut stale = Vec::new();
            for config in review_app_config::destroying_stale(tx)? {
                let cutoff =
                    util::now() - time::Duration::seconds_f64(config.stale_days as f64 * day);
                let cutoff = util::timestamp(cutoff);
                let mut stmt = tx.prepare_cached(&format!(
                    "{SELECT_REVIEW_APP} LEFT JOIN apps a ON a.id = r.app_id
                     WHERE r.pipeline_id = ?1 AND r.state = '{SETUP}'
                       AND coalesce(a.released_at, r.updated_at) < ?2"
                ))?;
                let found = stmt
                    .query_map(params![config.pipeline_id, cutoff], ReviewApp::from_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                for review_app in found.into_iter().filter(|r| r.status() != "creating") {
                    mark_deleting(tx, &review_app)?;
                    if let Some(app_id) = &review_app.app_id {
                        events::api(tx, app_id, "Destroying stale review app")?;
                    }
                    stale.push(review_app);
                }
            }
            Ok::<_, DomainError>(stale)
        })
        .await?;
    for review_app in stale {
        tear_down(platform, &review_app).await;
    }
    Ok(())
}

/// Whether a review app may yet go stale: one not destroyed, in a pipeline that destroys
/// stale ones. The embedded platform's background supervisor stays up for it.
pub(crate) fn awaiting_sweep(conn: &Connection) -> rusqlite::Result<bool> {
    conn.prepare_cached(&format!(
        "SELECT EXISTS (SELECT 1 FROM review_apps r
            JOIN review_app_configs c ON c.pipeline_id = r.pipeline_id
            WHERE c.destroy_stale_apps = 1 AND r.state = '{SETUP}')"
    ))?
    .query_row([], |row| row.get(0))
}

/// The supervisor's stale sweep: one at a time, every [`sweep_interval`].
pub(crate) struct Sweeper {
    next: tokio::time::Instant,
    /// The running sweep; it answers whether review apps still await a sweep.
    task: Option<tokio::task::JoinHandle<bool>>,
    /// What the last sweep found; until there is one, that there may be work.
    awaiting: bool,
}

impl Sweeper {
    pub fn new() -> Sweeper {
        Sweeper {
            next: tokio::time::Instant::now(),
            task: None,
            awaiting: true,
        }
    }

    /// Starts a sweep when one is due and none runs. Whether the supervisor has work here:
    /// review apps that may go stale (a sweep only runs while there are).
    pub async fn tick(&mut self, platform: &Platform) -> bool {
        if let Some(task) = self.task.take_if(|t| t.is_finished()) {
            self.awaiting = task.await.unwrap_or(false);
        }
        if self.task.is_none() && tokio::time::Instant::now() >= self.next {
            self.next = tokio::time::Instant::now() + sweep_interval();
            let platform = platform.clone();
            self.task = Some(tokio::spawn(async move {
                let _ = sweep_stale(&platform).await;
                platform
                    .store()
                    .read_async(|conn| Ok::<_, DomainError>(awaiting_sweep(conn)?))
                    .await
                    .unwrap_or(false)
            }));
        }
        self.awaiting
    }
}

/// A sixtieth of a day, between a second and a minute: a minute on Heroku's days.
fn sweep_interval() -> std::time::Duration {
    (settings::review_app_day() / 60).clamp(
        std::time::Duration::from_secs(1),
        std::time::Duration::from_secs(60),
    )
}
