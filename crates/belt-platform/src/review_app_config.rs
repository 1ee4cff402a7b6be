//! A pipeline's review-app configuration, as the schema's `review-app-config`: enabled by
//! creating it, changed by PATCH, disabled by deleting it. There is no GitHub here: `repo`
//! (required by the schema) is stored as given and changes nothing, since review apps are
//! built from the sources the client uploads; its `repo.id` is a number derived from the
//! name, stable across installs. `automatic_review_apps` and `wait_for_ci` are recorded for
//! the same reason (no pull requests, no CI to wait for); `destroy_stale_apps` and
//! `stale_days` drive the stale sweep of `review_apps`.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::pipelines::Pipeline;
use super::util;

/// Heroku's default number of days after which a review app is stale.
const DEFAULT_STALE_DAYS: i64 = 5;
/// The schema's deploy target types.
const DEPLOY_TARGET_TYPES: [&str; 2] = ["region", "space"];

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub pipeline_id: String,
    repo: String,
    pub automatic_review_apps: bool,
    pub destroy_stale_apps: bool,
    pub stale_days: i64,
    pub wait_for_ci: bool,
    pub base_name: Option<String>,
    deploy_target: Option<(String, String)>,
}

const SELECT_CONFIG: &str = "SELECT pipeline_id, repo, automatic_review_apps, \
     destroy_stale_apps, stale_days, wait_for_ci, base_name, deploy_target_id, \
     deploy_target_type FROM review_app_configs";

impl Config {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Config> {
        let target_id: Option<String> = row.get(7)?;
        let target_type: Option<String> = row.get(8)?;
        Ok(Config {
            pipeline_id: row.get(0)?,
            repo: row.get(1)?,
            automatic_review_apps: row.get(2)?,
            destroy_stale_apps: row.get(3)?,
            stale_days: row.get(4)?,
            wait_for_ci: row.get(5)?,
            base_name: row.get(6)?,
            deploy_target: target_id.zip(target_type),
        })
    }

    /// The schema's `review-app-config` object.
    pub fn to_json(&self) -> Value {
        json!({
            "automatic_review_apps": self.automatic_review_apps,
            "base_name": self.base_name,
            "deploy_target": self.deploy_target.as_ref().map(|(id, kind)| json!({"id": id, "type": kind})),
            "destroy_stale_apps": self.destroy_stale_apps,
            "pipeline_id": self.pipeline_id,
            "repo": {"id": repo_id(&self.repo)},
            "stale_days": self.stale_days,
            "wait_for_ci": self.wait_for_ci,
        })
    }
}

impl Config {
    /// The region review apps are made in, when the deploy target is one (a space is not).
    pub fn region(&self) -> Option<&str> {
        match &self.deploy_target {
            Some((id, kind)) if kind == "region" => Some(id),
            _ => None,
        }
    }
}

/// A positive number standing for the repository, as GitHub's ids do on Heroku.
fn repo_id(repo: &str) -> i64 {
    let digest = util::token_hash(repo);
    i64::from_str_radix(&digest[..12], 16).unwrap_or(0)
}

/// What a POST or PATCH sets; `None` leaves a setting as it is (or at its default).
#[derive(Debug, Default, Clone)]
pub(crate) struct Settings {
    pub automatic_review_apps: Option<bool>,
    pub destroy_stale_apps: Option<bool>,
    pub stale_days: Option<i64>,
    pub wait_for_ci: Option<bool>,
    pub base_name: Option<Option<String>>,
    pub deploy_target: Option<Option<(String, String)>>,
}

impl Settings {
    fn validate(&self) -> DomainResult<()> {
        if let Some(days) = self.stale_days
            && !(1..=30).contains(&days)
        {
            return Err(DomainError::invalid(format!(
                "stale_days must be between 1 and 30; {days} is not."
            )));
        }
        if let Some(Some(name)) = &self.base_name
            && (name.is_empty()
                || name.len() > 24
                || !name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
        {
            return Err(DomainError::invalid(format!(
                "base_name must be 1 to 24 lowercase letters, digits and dashes (a review app's name adds -pr-N); {name:?} is not."
            )));
        }
        if let Some(Some((_, kind))) = &self.deploy_target
            && !DEPLOY_TARGET_TYPES.contains(&kind.as_str())
        {
            return Err(DomainError::invalid(format!(
                "deploy_target.type must be region or space; {kind:?} is not."
            )));
        }
        Ok(())
    }
}

fn not_enabled() -> DomainError {
    DomainError::not_found(
        "review-app-config",
        "Review apps are not enabled for this pipeline.",
    )
}

pub(crate) fn find(conn: &Connection, pipeline: &Pipeline) -> DomainResult<Option<Config>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT_CONFIG} WHERE pipeline_id = ?1"))?
        .query_row([&pipeline.id], Config::from_row)
        .optional()?)
}

/// The pipeline's configuration: 404 when review apps are not enabled.
pub(crate) fn get(conn: &Connection, pipeline: &Pipeline) -> DomainResult<Config> {
    find(conn, pipeline)?.ok_or_else(not_enabled)
}

/// Enables review apps for the pipeline; 422 when they already are.
pub(crate) fn enable(
    tx: &Connection,
    pipeline: &Pipeline,
    repo: &str,
    settings: &Settings,
) -> DomainResult<Config> {
    if repo.trim().is_empty() {
        return Err(DomainError::invalid("repo is required."));
    }
    settings.validate()?;
    if find(tx, pipeline)?.is_some() {
        return Err(DomainError::invalid(
            "Review apps are already enabled for this pipeline; change them with PATCH.",
        ));
    }
    let now = util::timestamp(util::now());
    let (target_id, target_type) = settings.deploy_target.clone().flatten().unzip();
    tx.execute(
        "INSERT INTO review_app_configs (pipeline_id, repo, automatic_review_apps,
            destroy_stale_apps, stale_days, wait_for_ci, base_name, deploy_target_id,
            deploy_target_type, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            pipeline.id,
            repo,
            settings.automatic_review_apps.unwrap_or(false),
            settings.destroy_stale_apps.unwrap_or(false),
            settings.stale_days.unwrap_or(DEFAULT_STALE_DAYS),
            settings.wait_for_ci.unwrap_or(false),
            settings.base_name.clone().flatten(),
            target_id,
            target_type,
            now,
        ],
    )?;
    get(tx, pipeline)
}

/// Changes the settings given; 404 when review apps are not enabled.
pub(crate) fn update(
    tx: &Connection,
    pipeline: &Pipeline,
    settings: &Settings,
) -> DomainResult<Config> {
    settings.validate()?;
    let mut config = get(tx, pipeline)?;
    let s = settings.clone();
    config.automatic_review_apps = s
        .automatic_review_apps
        .unwrap_or(config.automatic_review_apps);
    config.destroy_stale_apps = s.destroy_stale_apps.unwrap_or(config.destroy_stale_apps);
    config.stale_days = s.stale_days.unwrap_or(config.stale_days);
    config.wait_for_ci = s.wait_for_ci.unwrap_or(config.wait_for_ci);
    config.base_name = s.base_name.unwrap_or(config.base_name);
    config.deploy_target = s.deploy_target.unwrap_or(config.deploy_target);
    let (target_id, target_type) = config.deploy_target.clone().unzip();
    tx.execute(
        "UPDATE review_app_configs SET automatic_review_apps = ?2, destroy_stale_apps = ?3,
            stale_days = ?4, wait_for_ci = ?5, base_name = ?6, deploy_target_id = ?7,
            deploy_target_type = ?8, updated_at = ?9
         WHERE pipeline_id = ?1",
        params![
            pipeline.id,
            config.automatic_review_apps,
            config.destroy_stale_apps,
            config.stale_days,
            config.wait_for_ci,
            config.base_name,
            target_id,
            target_type,
            util::timestamp(util::now()),
        ],
    )?;
    get(tx, pipeline)
}

/// Disables review apps; the review apps already made stay until destroyed.
pub(crate) fn disable(tx: &Connection, pipeline: &Pipeline) -> DomainResult<Config> {
    let config = get(tx, pipeline)?;
    tx.execute(
        "DELETE FROM review_app_configs WHERE pipeline_id = ?1",
        [&pipeline.id],
    )?;
    Ok(config)
}

/// The configurations that destroy stale review apps.
pub(crate) fn destroying_stale(conn: &Connection) -> DomainResult<Vec<Config>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT_CONFIG} WHERE destroy_stale_apps = 1"))?;
    let rows = stmt.query_map([], Config::from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
