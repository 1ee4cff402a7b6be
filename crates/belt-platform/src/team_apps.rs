//! A team's apps (the schema's `team-app`): created by the team's admins and members, locked
//! against members joining on their own, and moved between a user and a team (at once, as
//! the official CLI's `apps:transfer` prints `done`, not `email sent`). Who may do what to a
//! team app once it exists is `access`'s.

use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::{Value, json};

use super::access::{Action, Permission};
use super::apps::{self, App};
use super::domain_error::{DomainError, DomainResult};
use super::teams::{self, Need, Refusal, Role, Team};
use super::users::Actor;
use super::{Platform, events, util};

/// What `POST /teams/apps` asks for.
#[derive(Debug, Default)]
pub(crate) struct NewTeamApp {
    pub app: apps::NewApp,
    /// The team's name or id; none (or `personal`) makes a personal app.
    pub team: Option<String>,
    pub personal: bool,
    pub locked: bool,
}

/// Creates a team app for `actor` (an admin or member of the team, who joins it with every
/// permission), or a personal app when no team is named.
pub(crate) async fn create(
    platform: &Platform,
    actor: Actor,
    new: NewTeamApp,
) -> DomainResult<App> {
    let team = match new.team {
        Some(team) if !new.personal => team,
        _ => return apps::create(platform, actor, new.app).await,
    };
    let checked = apps::check(new.app)?;
    let locked = new.locked;
    let repo_platform = platform.clone();
    teams::change(
        platform,
        actor,
        team,
        Need::AppCreator,
        "create apps in",
        move |tx, team, actor| {
            let app = apps::insert(tx, &repo_platform, actor, checked)?;
            tx.execute(
                "UPDATE apps SET team_id = ?1, locked = ?2 WHERE id = ?3",
                params![team.id, locked, app.id],
            )?;
            join(tx, &app.id, &actor.id, &Permission::ALL)?;
            apps::reload(tx, &app.id)
        },
    )
    .await
}

/// Gives `user_id` a place on the app with `permissions` (added to those of a place it
/// has); the role shown is the user's team role as it is when read.
fn join(
    tx: &Transaction<'_>,
    app_id: &str,
    user_id: &str,
    permissions: &[Permission],
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO collaborators (id, app_id, user_id, role, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'collaborator', ?4, ?4) ON CONFLICT (app_id, user_id) DO NOTHING",
        params![
            util::new_id(),
            app_id,
            user_id,
            util::timestamp(util::now())
        ],
    )?;
    for permission in permissions {
        tx.execute(
            "INSERT OR IGNORE INTO collaborator_permissions (app_id, user_id, permission)
             VALUES (?1, ?2, ?3)",
            params![app_id, user_id, permission.name()],
        )?;
    }
    Ok(())
}

/// Whether the app is locked (members may not join it on their own).
fn locked(conn: &Connection, app_id: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT locked FROM apps WHERE id = ?1")?
        .query_row([app_id], |row| row.get(0))
}

/// The schema's `team-app` of `app` as `actor` sees it: the app's fields, `locked`, and
/// `joined` (whether the actor has a place on it).
pub(crate) fn to_json(
    conn: &Connection,
    platform: &Platform,
    app: &App,
    actor: &Actor,
) -> DomainResult<Value> {
    let joined = conn
        .prepare_cached("SELECT 1 FROM collaborators WHERE app_id = ?1 AND user_id = ?2")?
        .exists([&app.id, &actor.id])?;
    let mut json = app.to_json(platform);
    if let Some(fields) = json.as_object_mut() {
        // The `app` fields `team-app` does not have.
        for key in ["acm", "generation", "organization"] {
            fields.remove(key);
        }
        fields.insert("joined".into(), json!(joined));
        fields.insert("locked".into(), json!(locked(conn, &app.id)?));
    }
    Ok(json)
}

/// The apps of `team`, by name; when `member_id` is given, only those it has a place on.
pub(crate) fn list(
    conn: &Connection,
    team: &Team,
    member_id: Option<&str>,
) -> rusqlite::Result<Vec<App>> {
    let sql = match member_id {
        None => format!(
            "{} WHERE apps.team_id = ?1 ORDER BY apps.name",
            apps::SELECT
        ),
        Some(_) => format!(
            "{} WHERE apps.team_id = ?1 AND apps.id IN
             (SELECT app_id FROM collaborators WHERE user_id = ?2) ORDER BY apps.name",
            apps::SELECT
        ),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = match member_id {
        None => stmt.query_map([&team.id], App::from_row)?,
        Some(member) => stmt.query_map([team.id.as_str(), member], App::from_row)?,
    };
    rows.collect()
}

/// The team apps the member `identity` has a place on (every one, for an admin).
pub(crate) fn list_for_member(
    conn: &Connection,
    team: &Team,
    identity: &str,
) -> DomainResult<Vec<App>> {
    let member = teams::member(conn, &team.id, identity)?.ok_or_else(|| {
        DomainError::not_found(
            "team-member",
            format!("{identity} is not a member of {}.", team.name),
        )
    })?;
    let only = (member.role != Role::Admin).then_some(member.user_id.as_str());
    Ok(list(conn, team, only)?)
}

/// Where `PATCH /teams/apps/{app} {owner}` sends an app.
enum Recipient {
    Team(Team),
    User { id: String, email: String },
}

/// `owner` names a user (an email, `~`, or a user's id) or a team (its name or id).
fn recipient(conn: &Connection, owner: &str, actor: &Actor) -> DomainResult<Recipient> {
    if actor.is(owner) {
        return Ok(Recipient::User {
            id: actor.id.clone(),
            email: actor.email.clone(),
        });
    }
    if !owner.contains('@')
        && let Some(team) = teams::find(conn, owner)?
    {
        return Ok(Recipient::Team(team));
    }
    let user: Option<(String, String)> = conn
        .prepare_cached("SELECT id, email FROM users WHERE id = ?1 OR email = ?1")?
        .query_row([owner], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match user {
        Some((id, email)) => Ok(Recipient::User { id, email }),
        None if owner.contains('@') => {
            Err(DomainError::not_found("user", "Couldn't find that user."))
        }
        None => Err(DomainError::not_found("team", "Couldn't find that team.")),
    }
}

/// Moves `app` to the team or user `owner`, for someone allowed to transfer it (the owner
/// of a personal app, someone with `manage` on a team app).
pub(crate) async fn transfer(
    platform: &Platform,
    actor: Actor,
    app: String,
    owner: String,
) -> DomainResult<App> {
    let refused = Arc::new(Mutex::new(None::<Refusal>));
    let slot = refused.clone();
    let result = platform
        .write_app(actor, app, Action::Transfer, move |tx, app, access| {
            let actor = access.actor();
            match recipient(tx, &owner, actor)? {
                Recipient::Team(team) => {
                    match teams::require(tx, &team, actor, Need::AppCreator, "move apps into")? {
                        Ok(_) => to_team(tx, &app, actor, &team),
                        Err(refusal) => {
                            let error = refusal.error.clone();
                            *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(refusal);
                            Err(error)
                        }
                    }
                }
                Recipient::User { id, email } => to_user(tx, &app, actor, &id, &email),
            }
        })
        .await;
    let refusal = refused.lock().unwrap_or_else(|e| e.into_inner()).take();
    match refusal {
        Some(refusal) => Err(refusal.record(platform).await),
        None => result,
    }
}

/// Into `team` (the actor is one of its admins or members). A personal app's owner joins it
/// with every permission and its collaborators with view and deploy (what they had, short of
/// what the team pays for); a pending transfer of it is cancelled.
fn to_team(tx: &Transaction<'_>, app: &App, actor: &Actor, team: &Team) -> DomainResult<App> {
    let from_team = app.team.as_ref().map(|(id, _)| id.as_str());
    if from_team == Some(team.id.as_str()) {
        return Ok(app.clone());
    }
    let now = util::timestamp(util::now());
    tx.execute(
        "UPDATE apps SET team_id = ?1, updated_at = ?2 WHERE id = ?3",
        params![team.id, now, app.id],
    )?;
    if from_team.is_none() {
        let collaborators: Vec<String> = {
            let mut stmt =
                tx.prepare_cached("SELECT user_id FROM collaborators WHERE app_id = ?1")?;
            let rows = stmt.query_map([&app.id], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for user_id in collaborators {
            join(
                tx,
                &app.id,
                &user_id,
                &[Permission::View, Permission::Deploy],
            )?;
        }
        join(tx, &app.id, &app.owner_id, &Permission::ALL)?;
        tx.execute(
            "UPDATE app_transfers SET state = 'cancelled', updated_at = ?1
             WHERE app_id = ?2 AND state = 'pending'",
            params![now, app.id],
        )?;
    }
    let message = format!("Transfer to team {} by user {}", team.name, actor.email);
    events::api(tx, &app.id, &message)?;
    apps::reload(tx, &app.id)
}

/// Out of its team to a member's personal account: every collaborator is removed, as the
/// official CLI warns before it asks.
fn to_user(
    tx: &Transaction<'_>,
    app: &App,
    actor: &Actor,
    user_id: &str,
    email: &str,
) -> DomainResult<App> {
    let Some((team_id, team_name)) = &app.team else {
        return Err(DomainError::invalid(format!(
            "{} is not a team app: transfer it to {email} with an app transfer (POST /account/app-transfers).",
            app.name
        )));
    };
    if teams::role_of(tx, team_id, user_id)?.is_none() {
        return Err(DomainError::invalid(format!(
            "{email} is not a member of {team_name}: only a member of the team can receive its app."
        )));
    }
    tx.execute(
        "UPDATE apps SET team_id = NULL, locked = 0, owner_id = ?1, updated_at = ?2 WHERE id = ?3",
        params![user_id, util::timestamp(util::now()), app.id],
    )?;
    tx.execute("DELETE FROM collaborators WHERE app_id = ?1", [&app.id])?;
    let message = format!("Transfer to {email} by user {}", actor.email);
    events::api(tx, &app.id, &message)?;
    apps::reload(tx, &app.id)
}

/// Locks or unlocks a team app, for someone with `manage` on it.
pub(crate) async fn set_locked(
    platform: &Platform,
    actor: Actor,
    app: String,
    on: bool,
) -> DomainResult<App> {
    platform
        .write_app(actor, app, Action::Lock, move |tx, app, access| {
            if app.team.is_none() {
                return Err(DomainError::invalid(format!(
                    "{} is not a team app; only a team app can be locked.",
                    app.name
                )));
            }
            if locked(tx, &app.id)? != on {
                tx.execute(
                    "UPDATE apps SET locked = ?1, updated_at = ?2 WHERE id = ?3",
                    params![on, util::timestamp(util::now()), app.id],
                )?;
                let verb = if on { "Lock" } else { "Unlock" };
                let message = format!("{verb} app by user {}", access.actor().email);
                events::api(tx, &app.id, &message)?;
            }
            apps::reload(tx, &app.id)
        })
        .await
}
