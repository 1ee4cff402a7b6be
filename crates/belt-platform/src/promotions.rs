//! Pipeline promotions: the source app's current slug becomes a new release on each target
//! app (`Promote SOURCE vN`), with the target's own config vars and add-ons, through the same
//! release creation as a deploy, so release phase and the formation restart apply. The
//! source's installed tree (its current slug's) is copied to the target as a deploy installs
//! one. A target's status is read from its release: pending while its release command runs.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::access::Action;
use super::apps::{self, App};
use super::domain_error::{DomainError, DomainResult};
use super::pipelines::{self, Pipeline};
use super::release_phase::{self, Pending};
use super::releases::{self, NewRelease};
use super::users::Actor;
use super::util;

const TARGET_PENDING: &str = "pending";
const TARGET_SUCCEEDED: &str = "succeeded";
const TARGET_FAILED: &str = "failed";

#[derive(Debug, Clone)]
pub(crate) struct Promotion {
    pub id: String,
    pipeline_id: String,
    source_app_id: String,
    source_release_id: String,
    created_at: String,
    updated_at: String,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone)]
pub(crate) struct Target {
    id: String,
    promotion_id: String,
    app_id: String,
    pub release_id: Option<String>,
    pub status: String,
    pub error_message: Option<String>,
}

/// A target's status follows its release's: a release command still running keeps it
/// pending, a failed one fails it.
const SELECT_TARGETS: &str = "SELECT t.id, t.promotion_id, t.app_id, t.release_id, \
     coalesce(r.status, t.status), t.error_message FROM pipeline_promotion_targets t \
     LEFT JOIN releases r ON r.id = t.release_id WHERE t.promotion_id = ?1 ORDER BY t.rowid";

impl Target {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Target> {
        let status: String = row.get(4)?;
        let error_message: Option<String> = row.get(5)?;
        let error_message = match (status.as_str(), error_message) {
            (TARGET_FAILED, None) => Some("The release command failed.".to_string()),
            (_, message) => message,
        };
        Ok(Target {
            id: row.get(0)?,
            promotion_id: row.get(1)?,
            app_id: row.get(2)?,
            release_id: row.get(3)?,
            status,
            error_message,
        })
    }

    /// The schema's `pipeline-promotion-target` object.
    pub fn to_json(&self) -> Value {
        json!({
            "app": {"id": self.app_id},
            "error_message": self.error_message,
            "id": self.id,
            "pipeline_promotion": {"id": self.promotion_id},
            "release": self.release_id.as_ref().map(|id| json!({"id": id})),
            "status": self.status,
        })
    }
}

impl Promotion {
    /// `completed` once no target is pending.
    fn status(&self) -> &'static str {
        if self.targets.iter().any(|t| t.status == TARGET_PENDING) {
            "pending"
        } else {
            "completed"
        }
    }

    /// The schema's `pipeline-promotion` object.
    pub fn to_json(&self) -> Value {
        json!({
            "created_at": self.created_at,
            "id": self.id,
            "pipeline": {"id": self.pipeline_id},
            "source": {
                "app": {"id": self.source_app_id},
                "release": {"id": self.source_release_id},
            },
            "status": self.status(),
            "updated_at": self.updated_at,
        })
    }
}

fn not_found() -> DomainError {
    DomainError::not_found(
        "pipeline-promotion",
        "Couldn't find that pipeline promotion.",
    )
}

/// The promotion with this id, in one of the actor's pipelines.
pub(crate) fn find(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<Promotion> {
    let row = conn
        .prepare_cached(
            "SELECT id, pipeline_id, source_app_id, source_release_id, created_at, updated_at
             FROM pipeline_promotions WHERE id = ?1",
        )?
        .query_row([id.to_ascii_lowercase()], |row| {
            Ok(Promotion {
                id: row.get(0)?,
                pipeline_id: row.get(1)?,
                source_app_id: row.get(2)?,
                source_release_id: row.get(3)?,
                created_at: row.get(4)?,
                updated_at: row.get(5)?,
                targets: Vec::new(),
            })
        })
        .optional()?;
    let mut promotion = row.ok_or_else(not_found)?;
    pipelines::find(conn, actor, &promotion.pipeline_id).map_err(|_| not_found())?;
    let mut stmt = conn.prepare_cached(SELECT_TARGETS)?;
    promotion.targets = stmt
        .query_map([&promotion.id], Target::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(promotion)
}

/// What a promotion asks for.
#[derive(Debug)]
pub(crate) struct Request {
    pub pipeline: String,
    pub source_app: String,
    pub source_release: Option<String>,
    pub targets: Vec<String>,
}

/// The promotion made, and the release commands to start once it is committed.
pub(crate) struct Promoted {
    pub promotion: Promotion,
    pub pending: Vec<Pending>,
}

/// In a write transaction: promotes the source app's current release to each target. A
/// target the actor may not write, or that is not in the pipeline, fails on its own; the
/// others are promoted.
pub(crate) fn create(tx: &Connection, actor: &Actor, request: Request) -> DomainResult<Promoted> {
    let pipeline = pipelines::find(tx, actor, &request.pipeline)?;
    let source = apps::find_for(tx, &request.source_app, actor, &Action::View)?;
    if !in_pipeline(tx, &source, &pipeline)? {
        return Err(DomainError::invalid(format!(
            "{} is not in the {} pipeline.",
            source.name, pipeline.name
        )));
    }
    let release = releases::current(tx, &source.id)?
        .filter(|r| r.slug_id.is_some())
        .ok_or_else(|| {
            DomainError::invalid(format!(
                "{} has no release with a slug to promote.",
                source.name
            ))
        })?;
    // Heroku's promotions copy the current release's slug.
    if let Some(wanted) = &request.source_release
        && !wanted.eq_ignore_ascii_case(&release.id)
    {
        return Err(DomainError::invalid(format!(
            "Only the current release of {} (v{}) can be promoted.",
            source.name, release.version
        )));
    }
    if request.targets.is_empty() {
        return Err(DomainError::invalid("targets must name at least one app."));
    }
    let id = util::new_id();
    let now = util::timestamp(util::now());
    tx.execute(
        "INSERT INTO pipeline_promotions (id, pipeline_id, source_app_id, source_release_id,
                                          status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'completed', ?5, ?5)",
        params![id, pipeline.id, source.id, release.id, now],
    )?;
    let from = Source {
        pipeline: &pipeline,
        app: &source,
        slug_id: release.slug_id.clone(),
        description: format!("Promote {} v{}", source.name, release.version),
    };
    let mut pending = Vec::new();
    for target in &request.targets {
        let outcome = promote_one(tx, actor, &from, target);
        let (app_id, release_id, status, error) = match outcome {
            Ok((app_id, release_id, waiting)) => {
                pending.extend(waiting);
                (app_id, Some(release_id), TARGET_SUCCEEDED, None)
            }
            Err((app_id, message)) => (app_id, None, TARGET_FAILED, Some(message)),
        };
        tx.execute(
            "INSERT INTO pipeline_promotion_targets (id, promotion_id, app_id, release_id,
                                                     status, error_message)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![util::new_id(), id, app_id, release_id, status, error],
        )?;
    }
    Ok(Promoted {
        promotion: find(tx, actor, &id)?,
        pending,
    })
}

fn in_pipeline(conn: &Connection, app: &App, pipeline: &Pipeline) -> DomainResult<bool> {
    Ok(pipelines::coupling_of_app(conn, app)?.is_some_and(|c| c.pipeline_id == pipeline.id))
}

/// What every target of a promotion gets.
struct Source<'a> {
    pipeline: &'a Pipeline,
    app: &'a App,
    slug_id: Option<String>,
    description: String,
}

/// One target: `Ok((app id, release id, release command))` or `Err((app id, why))`.
fn promote_one(
    tx: &Connection,
    actor: &Actor,
    from: &Source<'_>,
    target: &str,
) -> Result<(String, String, Option<Pending>), (String, String)> {
    let (pipeline, source) = (from.pipeline, from.app);
    let target_id = target.to_ascii_lowercase();
    let fail = |message: String| (target_id.clone(), message);
    let app = apps::find_for(tx, target, actor, &Action::Deploy)
        .map_err(|_| fail("User does not have access to that app".into()))?;
    let fail = |message: String| (app.id.clone(), message);
    if app.id == source.id {
        return Err(fail("An app cannot be promoted to itself.".into()));
    }
    match in_pipeline(tx, &app, pipeline) {
        Ok(true) => {}
        Ok(false) => {
            return Err(fail(format!(
                "{} is not in the {} pipeline.",
                app.name, pipeline.name
            )));
        }
        Err(e) => return Err(fail(e.to_string())),
    }
    // A target that fails leaves nothing of its release behind; the others stand.
    let savepoint = tx.execute_batch("SAVEPOINT promote_target");
    let released = savepoint
        .map_err(DomainError::from)
        .and_then(|()| release_on(tx, actor, &app, from));
    let settled = match &released {
        Ok(_) => tx.execute_batch("RELEASE promote_target"),
        Err(_) => tx.execute_batch("ROLLBACK TO promote_target; RELEASE promote_target"),
    };
    settled.map_err(|e| fail(DomainError::from(e).to_string()))?;
    released
        .map(|(release_id, pending)| (app.id.clone(), release_id, pending))
        .map_err(|e| fail(e.to_string()))
}

/// The target's release runs the source's slug: its tree in the slug store, shared.
fn release_on(
    tx: &Connection,
    actor: &Actor,
    app: &App,
    from: &Source<'_>,
) -> DomainResult<(String, Option<Pending>)> {
    let current = releases::current(tx, &app.id)?;
    let config = releases::config_vars(tx, &app.id)?;
    let new = NewRelease {
        slug_id: from.slug_id.clone(),
        ..NewRelease::with_config(current.as_ref(), from.description.clone(), config)
    };
    let release = releases::create(tx, &app.id, actor, new)?;
    let (release, pending) = release_phase::prepare(tx, app, actor, release)?;
    Ok((release.id, pending))
}
