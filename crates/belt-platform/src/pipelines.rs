//! Pipelines and their couplings, as the schema's `pipeline` and `pipeline-coupling`: a
//! pipeline belongs to the user who made it (others find no such pipeline), and each app is
//! coupled to at most one pipeline, at one of Heroku's stages. Couplings go with their app
//! or their pipeline (ON DELETE CASCADE).

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::users::Actor;
use super::{regions_and_stacks, store, util};

/// Heroku's stages, in promotion order.
pub(crate) const STAGES: [&str; 5] = ["test", "review", "development", "staging", "production"];

#[derive(Debug, Clone)]
pub(crate) struct Pipeline {
    pub id: String,
    pub name: String,
    owner_id: String,
    created_at: String,
    updated_at: String,
}

const SELECT_PIPELINE: &str = "SELECT id, name, owner_id, created_at, updated_at FROM pipelines";

impl Pipeline {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Pipeline> {
        Ok(Pipeline {
            id: row.get(0)?,
            name: row.get(1)?,
            owner_id: row.get(2)?,
            created_at: row.get(3)?,
            updated_at: row.get(4)?,
        })
    }

    /// The schema's `pipeline` object.
    pub fn to_json(&self) -> Value {
        json!({
            "created_at": self.created_at,
            "generation": {
                "id": regions_and_stacks::GENERATION_ID,
                "name": regions_and_stacks::GENERATION_NAME,
            },
            "id": self.id,
            "name": self.name,
            "owner": {"id": self.owner_id, "type": "user"},
            "updated_at": self.updated_at,
        })
    }
}

fn pipeline_not_found() -> DomainError {
    DomainError::not_found("pipeline", "Couldn't find that pipeline.")
}

/// The schema's pattern for a pipeline name: `^[a-z][a-z0-9-]{2,29}$`.
fn validate_name(name: &str) -> DomainResult<()> {
    let valid = (3..=30).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(())
    } else {
        Err(DomainError::invalid(format!(
            "Name must start with a letter and can only contain lowercase letters, numbers, and dashes (3 to 30 characters); {name:?} does not."
        )))
    }
}

/// Heroku's words for a taken name when the write broke the names' uniqueness.
fn name_taken_or(e: rusqlite::Error) -> DomainError {
    if store::is_unique_violation(&e) {
        DomainError::invalid("Name is already taken")
    } else {
        DomainError::from(e)
    }
}

/// The actor's pipelines, oldest first; `name` keeps only the one so named (`eq[name]`).
pub(crate) fn list(
    conn: &Connection,
    actor: &Actor,
    name: Option<&str>,
) -> DomainResult<Vec<Pipeline>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_PIPELINE} WHERE owner_id = ?1 AND (?2 IS NULL OR name = ?2) ORDER BY rowid"
    ))?;
    let rows = stmt.query_map(params![actor.id, name], Pipeline::from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The actor's pipeline with this id or name: 404 when there is none they may see.
pub(crate) fn find(conn: &Connection, actor: &Actor, identity: &str) -> DomainResult<Pipeline> {
    let identity = identity.to_ascii_lowercase();
    conn.prepare_cached(&format!(
        "{SELECT_PIPELINE} WHERE owner_id = ?1 AND (id = ?2 OR name = ?2)"
    ))?
    .query_row(params![actor.id, identity], Pipeline::from_row)
    .optional()?
    .ok_or_else(pipeline_not_found)
}

pub(crate) fn create(tx: &Connection, actor: &Actor, name: &str) -> DomainResult<Pipeline> {
    validate_name(name)?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    tx.execute(
        "INSERT INTO pipelines (id, name, owner_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![id, name, actor.id, now],
    )
    .map_err(name_taken_or)?;
    find(tx, actor, &id)
}

pub(crate) fn rename(
    tx: &Connection,
    actor: &Actor,
    pipeline: &Pipeline,
    name: &str,
) -> DomainResult<Pipeline> {
    validate_name(name)?;
    let now = util::timestamp(util::now());
    tx.execute(
        "UPDATE pipelines SET name = ?1, updated_at = ?2 WHERE id = ?3",
        params![name, now, pipeline.id],
    )
    .map_err(name_taken_or)?;
    find(tx, actor, &pipeline.id)
}

/// Deletes the pipeline with its couplings and promotions.
pub(crate) fn destroy(tx: &Connection, pipeline: &Pipeline) -> DomainResult<()> {
    tx.execute("DELETE FROM pipelines WHERE id = ?1", [&pipeline.id])?;
    Ok(())
}

#[derive(Debug, Clone)]
pub(crate) struct Coupling {
    pub id: String,
    pub app_id: String,
    app_name: String,
    pub pipeline_id: String,
    pipeline_name: String,
    pub stage: String,
    created_at: String,
    updated_at: String,
}

const SELECT_COUPLING: &str = "SELECT c.id, c.app_id, apps.name, c.pipeline_id, p.name, c.stage, \
     c.created_at, c.updated_at FROM pipeline_couplings c JOIN apps ON apps.id = c.app_id \
     JOIN pipelines p ON p.id = c.pipeline_id";

impl Coupling {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Coupling> {
        Ok(Coupling {
            id: row.get(0)?,
            app_id: row.get(1)?,
            app_name: row.get(2)?,
            pipeline_id: row.get(3)?,
            pipeline_name: row.get(4)?,
            stage: row.get(5)?,
            created_at: row.get(6)?,
            updated_at: row.get(7)?,
        })
    }

    /// The schema's `pipeline-coupling` object; the names beside the ids are what Heroku
    /// answers too (the official CLI's `pipelines:promote` prints `pipeline.name`).
    pub fn to_json(&self) -> Value {
        json!({
            "app": {"id": self.app_id, "name": self.app_name},
            "created_at": self.created_at,
            "id": self.id,
            "pipeline": {"id": self.pipeline_id, "name": self.pipeline_name},
            "stage": self.stage,
            "updated_at": self.updated_at,
        })
    }
}

pub(crate) fn coupling_not_found() -> DomainError {
    DomainError::not_found("pipeline-coupling", "Couldn't find that pipeline coupling.")
}

fn validate_stage(stage: &str) -> DomainResult<()> {
    if STAGES.contains(&stage) {
        Ok(())
    } else {
        Err(DomainError::invalid(format!(
            "Stage {stage:?} is not one of {}.",
            STAGES.join(", ")
        )))
    }
}

fn query_couplings(conn: &Connection, condition: &str, value: &str) -> DomainResult<Vec<Coupling>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COUPLING} WHERE {condition} ORDER BY c.rowid"
    ))?;
    let rows = stmt.query_map([value], Coupling::from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The couplings of all the actor's pipelines.
pub(crate) fn couplings_of_actor(conn: &Connection, actor: &Actor) -> DomainResult<Vec<Coupling>> {
    query_couplings(conn, "p.owner_id = ?1", &actor.id)
}

pub(crate) fn couplings_of_pipeline(
    conn: &Connection,
    pipeline: &Pipeline,
) -> DomainResult<Vec<Coupling>> {
    query_couplings(conn, "c.pipeline_id = ?1", &pipeline.id)
}

/// The app's coupling, if it is in a pipeline.
pub(crate) fn coupling_of_app(conn: &Connection, app: &App) -> DomainResult<Option<Coupling>> {
    Ok(query_couplings(conn, "c.app_id = ?1", &app.id)?
        .into_iter()
        .next())
}

/// The coupling with this id in one of the actor's pipelines.
pub(crate) fn find_coupling(conn: &Connection, actor: &Actor, id: &str) -> DomainResult<Coupling> {
    query_couplings(conn, "c.id = ?1", &id.to_ascii_lowercase())?
        .into_iter()
        .next()
        .filter(|c| find(conn, actor, &c.pipeline_id).is_ok())
        .ok_or_else(coupling_not_found)
}

/// Couples `app` to `pipeline` at `stage`; 422 when the stage is not Heroku's or the app is
/// already in a pipeline.
pub(crate) fn couple(
    tx: &Connection,
    app: &App,
    pipeline: &Pipeline,
    stage: &str,
) -> DomainResult<Coupling> {
    validate_stage(stage)?;
    let taken = || {
        DomainError::invalid(format!(
            "App {} is already in a pipeline; remove it from that pipeline first.",
            app.name
        ))
    };
    if coupling_of_app(tx, app)?.is_some() {
        return Err(taken());
    }
    let id = util::new_id();
    let now = util::timestamp(util::now());
    tx.execute(
        "INSERT INTO pipeline_couplings (id, pipeline_id, app_id, stage, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, pipeline.id, app.id, stage, now],
    )
    .map_err(|e| {
        if store::is_unique_violation(&e) {
            taken()
        } else {
            DomainError::from(e)
        }
    })?;
    coupling_of_app(tx, app)?.ok_or_else(coupling_not_found)
}

pub(crate) fn change_stage(
    tx: &Connection,
    coupling: &Coupling,
    stage: &str,
) -> DomainResult<Coupling> {
    validate_stage(stage)?;
    let now = util::timestamp(util::now());
    tx.execute(
        "UPDATE pipeline_couplings SET stage = ?1, updated_at = ?2 WHERE id = ?3",
        params![stage, now, coupling.id],
    )?;
    query_couplings(tx, "c.id = ?1", &coupling.id)?
        .into_iter()
        .next()
        .ok_or_else(coupling_not_found)
}

pub(crate) fn uncouple(tx: &Connection, coupling: &Coupling) -> DomainResult<()> {
    tx.execute(
        "DELETE FROM pipeline_couplings WHERE id = ?1",
        [&coupling.id],
    )?;
    Ok(())
}
