//! App transfers (the schema's `app-transfer`, D5): the owner of a personal app offers it to
//! one of its collaborators; the recipient accepts (the app becomes theirs and the old owner
//! a collaborator, in one transaction) or declines; the owner may cancel while it is pending.
//! Each step is an event in the app's log.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::access::{self, Access, Action, Refusal};
use super::apps::App;
use super::collaborators;
use super::domain_error::{DomainError, DomainResult};
use super::events;
use super::users::Actor;
use super::util;

pub(crate) const PENDING: &str = "pending";
pub(crate) const ACCEPTED: &str = "accepted";
pub(crate) const DECLINED: &str = "declined";
pub(crate) const CANCELLED: &str = "cancelled";

#[derive(Debug, Clone)]
pub(crate) struct Transfer {
    id: String,
    app_id: String,
    app_name: String,
    owner: Actor,
    recipient: Actor,
    state: String,
    created_at: String,
    updated_at: String,
}

const SELECT: &str = "SELECT t.id, t.app_id, apps.name, t.owner_id, o.email, t.recipient_id, \
     r.email, t.state, t.created_at, t.updated_at FROM app_transfers t \
     JOIN apps ON apps.id = t.app_id JOIN users o ON o.id = t.owner_id \
     JOIN users r ON r.id = t.recipient_id";

impl Transfer {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Transfer> {
        Ok(Transfer {
            id: row.get(0)?,
            app_id: row.get(1)?,
            app_name: row.get(2)?,
            owner: Actor {
                id: row.get(3)?,
                email: row.get(4)?,
            },
            recipient: Actor {
                id: row.get(5)?,
                email: row.get(6)?,
            },
            state: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
        })
    }

    /// The schema's `app-transfer`, keys in its order.
    pub fn to_json(&self) -> Value {
        json!({
            "app": {"id": self.app_id, "name": self.app_name},
            "created_at": self.created_at,
            "id": self.id,
            "owner": {"email": self.owner.email, "id": self.owner.id},
            "recipient": {"email": self.recipient.email, "id": self.recipient.id},
            "state": self.state,
            "updated_at": self.updated_at,
        })
    }
}

/// The transfers `actor` offered or was offered, oldest first.
pub(crate) fn list(conn: &Connection, actor: &Actor) -> rusqlite::Result<Vec<Transfer>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE t.owner_id = ?1 OR t.recipient_id = ?1 ORDER BY t.created_at, t.id"
    ))?;
    let rows = stmt.query_map([&actor.id], Transfer::from_row)?;
    rows.collect()
}

/// The transfer with this id, or the newest of the app with this name (the pending one
/// first), that `actor` is a party to: 404 otherwise.
pub(crate) fn find(conn: &Connection, actor: &Actor, identity: &str) -> DomainResult<Transfer> {
    let found = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE (t.id = ?1 OR apps.name = lower(?1)) \
             AND (t.owner_id = ?2 OR t.recipient_id = ?2) \
             ORDER BY t.state = 'pending' DESC, t.created_at DESC LIMIT 1"
        ))?
        .query_row([identity, &actor.id], Transfer::from_row)
        .optional()?;
    found.ok_or_else(|| DomainError::not_found("app-transfer", "Couldn't find that app transfer."))
}

/// Offers `app` to `recipient` (an email, id or `~`), who must already be a collaborator.
pub(crate) fn create(
    conn: &Connection,
    app: &App,
    by: &Access,
    recipient: &str,
) -> DomainResult<Transfer> {
    by.require(&Action::Transfer)?;
    if app.team.is_some() {
        return Err(DomainError::invalid(format!(
            "{} is a team app; a team app is transferred with PATCH /teams/apps/{}.",
            app.name, app.name
        )));
    }
    let recipient = match recipient {
        "~" => Some(by.actor().clone()),
        other => access::user_named(conn, other)?,
    }
    .ok_or_else(|| DomainError::not_found("user", "Couldn't find that user."))?;
    if recipient.id == app.owner_id {
        return Err(DomainError::invalid(format!(
            "{} already owns {}.",
            recipient.email, app.name
        )));
    }
    if access::standing(conn, app, &recipient)? != access::Standing::Collaborator {
        return Err(DomainError::invalid(format!(
            "{} is not a collaborator on {}; add them as one first.",
            recipient.email, app.name
        )));
    }
    let (id, now) = (util::new_id(), util::timestamp(util::now()));
    let inserted = conn.execute(
        "INSERT INTO app_transfers (id, app_id, owner_id, recipient_id, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)
         ON CONFLICT (app_id) WHERE state = 'pending' DO NOTHING",
        params![id, app.id, app.owner_id, recipient.id, now],
    )?;
    if inserted == 0 {
        return Err(DomainError::invalid(format!(
            "{} already has a pending transfer; cancel it first.",
            app.name
        )));
    }
    let message = format!(
        "Transfer to {} requested by user {}",
        recipient.email, by.email
    );
    events::api(conn, &app.id, &message)?;
    find(conn, by, &id)
}

fn pending(transfer: &Transfer) -> DomainResult<()> {
    if transfer.state == PENDING {
        return Ok(());
    }
    Err(DomainError::invalid(format!(
        "This transfer of {} is already {}.",
        transfer.app_name, transfer.state
    )))
}

fn set_state(
    conn: &Connection,
    transfer: &Transfer,
    state: &str,
    by: &Actor,
) -> DomainResult<Transfer> {
    conn.execute(
        "UPDATE app_transfers SET state = ?1, updated_at = ?2 WHERE id = ?3",
        params![state, util::timestamp(util::now()), transfer.id],
    )?;
    let message = format!(
        "Transfer to {} {state} by user {}",
        transfer.recipient.email, by.email
    );
    events::api(conn, &transfer.app_id, &message)?;
    find(conn, by, &transfer.id)
}

/// The recipient accepts (`accepted`) or declines (`declined`) a pending transfer.
pub(crate) fn answer(
    conn: &Connection,
    by: &Actor,
    identity: &str,
    state: &str,
) -> DomainResult<Transfer> {
    let transfer = find(conn, by, identity)?;
    if state != ACCEPTED && state != DECLINED {
        return Err(DomainError::invalid(format!(
            "state must be {ACCEPTED} or {DECLINED}; the owner cancels with DELETE."
        )));
    }
    mover_may(&transfer, by, Step::Answer)?;
    pending(&transfer)?;
    if state == ACCEPTED {
        accept(conn, &transfer)?;
    }
    set_state(conn, &transfer, state, by)
}

/// Moves the app to the recipient; the old owner stays on as a collaborator.
fn accept(conn: &Connection, transfer: &Transfer) -> DomainResult<()> {
    let moved = conn.execute(
        "UPDATE apps SET owner_id = ?1, updated_at = ?2 WHERE id = ?3 AND owner_id = ?4",
        params![
            transfer.recipient.id,
            util::timestamp(util::now()),
            transfer.app_id,
            transfer.owner.id
        ],
    )?;
    if moved == 0 {
        return Err(DomainError::invalid(format!(
            "{} is no longer {}'s to transfer.",
            transfer.app_name, transfer.owner.email
        )));
    }
    conn.execute(
        "DELETE FROM collaborators WHERE app_id = ?1 AND user_id = ?2",
        [&transfer.app_id, &transfer.recipient.id],
    )?;
    let app = super::apps::find(conn, &transfer.app_id)?
        .ok_or_else(|| DomainError::not_found("app", "Couldn't find that app."))?;
    collaborators::ensure(conn, &app, &transfer.owner.id)?;
    Ok(())
}

/// The owner cancels a pending transfer.
pub(crate) fn cancel(conn: &Connection, by: &Actor, identity: &str) -> DomainResult<Transfer> {
    let transfer = find(conn, by, identity)?;
    mover_may(&transfer, by, Step::Cancel)?;
    pending(&transfer)?;
    set_state(conn, &transfer, CANCELLED, by)
}

/// A move of a transfer: the recipient answers it, the owner cancels it.
#[derive(Clone, Copy)]
pub(crate) enum Step {
    Answer,
    Cancel,
}

/// Ok when `by` may make `step` on `transfer`; else the 403.
fn mover_may(transfer: &Transfer, by: &Actor, step: Step) -> DomainResult<()> {
    let (allowed, message) = match step {
        Step::Answer => (
            &transfer.recipient,
            format!(
                "Only the recipient, {}, can accept or decline this transfer.",
                transfer.recipient.email
            ),
        ),
        Step::Cancel => (
            &transfer.owner,
            format!(
                "Only the app owner, {}, can cancel this transfer.",
                transfer.owner.email
            ),
        ),
    };
    if allowed.id == by.id {
        Ok(())
    } else {
        Err(DomainError::forbidden(message))
    }
}

/// When `by` may not make `step` on transfer `identity`: the event the app's log records of
/// it (written on its own, as the refused write rolls back) and the 403 to answer.
pub(crate) fn refusal(
    conn: &Connection,
    by: &Actor,
    identity: &str,
    step: Step,
) -> DomainResult<Option<(Refusal, DomainError)>> {
    let transfer = find(conn, by, identity)?;
    let Err(refused) = mover_may(&transfer, by, step) else {
        return Ok(None);
    };
    let what = match step {
        Step::Answer => "answer the transfer",
        Step::Cancel => "cancel the transfer",
    };
    let line = format!(
        "Refused {what} to {} (needs {}) for user {}",
        transfer.recipient.email,
        match step {
            Step::Answer => "recipient",
            Step::Cancel => "owner",
        },
        by.email
    );
    let app_id = transfer.app_id.clone();
    Ok(Some((Refusal { app_id, line }, refused)))
}
