//! A team's own event log (migration 22): membership and team changes, and refused
//! attempts at them, have no app log to go to. Kept after the team is deleted, under its id,
//! as an audit trail is; tests and the reliability check read it with
//! [`Platform::team_events`].

use rusqlite::{Connection, params};

use super::error::Result;
use super::{Platform, teams, util};

/// One line of a team's event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamEvent {
    pub created_at: String,
    /// Who made the change, or was refused it.
    pub actor_email: String,
    /// E.g. `Add bob@example.com as member by user alice@example.com`.
    pub message: String,
}

/// Appends a line to `team_id`'s log; call inside the transaction of the change it reports.
pub(crate) fn record(
    conn: &Connection,
    team_id: &str,
    actor_email: &str,
    message: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO team_events (team_id, created_at, actor_email, message)
         VALUES (?1, ?2, ?3, ?4)",
        params![
            team_id,
            util::timestamp_micros(util::now()),
            actor_email,
            message
        ],
    )?;
    Ok(())
}

impl Platform {
    /// Every line of the log of the team `team` (its id, or the name of a team that still
    /// exists), oldest first; `None` when there is no such team and no log under that id.
    pub fn team_events(&self, team: &str) -> Result<Option<Vec<TeamEvent>>> {
        self.store().read(|conn| {
            let team_id = match teams::find(conn, team)? {
                Some(found) => found.id,
                None => team.to_string(),
            };
            let mut stmt = conn.prepare_cached(
                "SELECT created_at, actor_email, message FROM team_events
                 WHERE team_id = ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([&team_id], |row| {
                Ok(TeamEvent {
                    created_at: row.get(0)?,
                    actor_email: row.get(1)?,
                    message: row.get(2)?,
                })
            })?;
            let events = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Some(events).filter(|e| !e.is_empty()))
        })
    }
}
