//! A pipeline's stage config vars, as the schema's `pipeline-config-var`: the review and test
//! stages each have their own (review apps and CI runs start with them); the pipeline's
//! owner reads and changes them, others find no such pipeline.

use std::collections::BTreeMap;

use rusqlite::{Connection, params};

use super::domain_error::{DomainError, DomainResult};
use super::pipelines;
use super::users::Actor;

/// The stages that have config vars of their own.
const STAGES_WITH_VARS: [&str; 2] = ["review", "test"];

fn check_stage(stage: &str) -> DomainResult<()> {
    if STAGES_WITH_VARS.contains(&stage) {
        Ok(())
    } else {
        Err(DomainError::invalid(format!(
            "Only the review and test stages have config vars, not {stage:?}."
        )))
    }
}

/// The stage's vars of the pipeline with this id, whoever asks (review apps and CI read them
/// for a pipeline already found); none for a stage without vars.
pub(crate) fn stage_vars(
    conn: &Connection,
    pipeline_id: &str,
    stage: &str,
) -> DomainResult<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, value FROM pipeline_stage_config_vars
         WHERE pipeline_id = ?1 AND stage = ?2 ORDER BY name",
    )?;
    let rows = stmt.query_map(params![pipeline_id, stage], |row| {
        Ok((row.get(0)?, row.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stage's vars of the actor's pipeline `identity` (its id or name).
pub(crate) fn info(
    conn: &Connection,
    actor: &Actor,
    identity: &str,
    stage: &str,
) -> DomainResult<BTreeMap<String, String>> {
    let pipeline = pipelines::find(conn, actor, identity)?;
    check_stage(stage)?;
    stage_vars(conn, &pipeline.id, stage)
}

/// Sets each var with a value and removes each given `None`; returns the stage's vars.
pub(crate) fn update(
    tx: &Connection,
    actor: &Actor,
    identity: &str,
    stage: &str,
    changes: &[(String, Option<String>)],
) -> DomainResult<BTreeMap<String, String>> {
    let pipeline = pipelines::find(tx, actor, identity)?;
    check_stage(stage)?;
    for (name, value) in changes {
        match value {
            Some(value) => tx.execute(
                "INSERT INTO pipeline_stage_config_vars (pipeline_id, stage, name, value)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (pipeline_id, stage, name) DO UPDATE SET value = excluded.value",
                params![pipeline.id, stage, name, value],
            )?,
            None => tx.execute(
                "DELETE FROM pipeline_stage_config_vars
                 WHERE pipeline_id = ?1 AND stage = ?2 AND name = ?3",
                params![pipeline.id, stage, name],
            )?,
        };
    }
    stage_vars(tx, &pipeline.id, stage)
}
