//! An app's collaborators (the schema's `collaborator` and `team-app-collaborator`): who
//! besides the owner may reach it, and on team apps with which permissions. Every change is
//! an event in the app's log. Who may change them is [`access`]'s (D3: on a personal app only
//! the owner, except that a collaborator may leave).

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};

use super::access::{self, Access, Action, Permission};
use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::events;
use super::users::Actor;
use super::util;

#[derive(Debug, Clone)]
pub(crate) struct Collaborator {
    id: String,
    app_id: String,
    app_name: String,
    user: Actor,
    role: String,
    permissions: BTreeSet<Permission>,
    created_at: String,
    updated_at: String,
}

/// A team member's role is read from the team as it is now (members change roles).
const SELECT: &str = "SELECT c.id, c.user_id, users.email, \
     COALESCE((SELECT m.role FROM team_members m JOIN apps a ON a.team_id = m.team_id \
               WHERE a.id = c.app_id AND m.user_id = c.user_id), c.role), \
     c.created_at, c.updated_at FROM collaborators c JOIN users ON users.id = c.user_id";

impl Collaborator {
    fn from_row(app: &App, row: &Row<'_>) -> rusqlite::Result<Collaborator> {
        Ok(Collaborator {
            id: row.get(0)?,
            app_id: app.id.clone(),
            app_name: app.name.clone(),
            user: Actor {
                id: row.get(1)?,
                email: row.get(2)?,
            },
            role: row.get(3)?,
            permissions: BTreeSet::new(),
            created_at: row.get(4)?,
            updated_at: row.get(5)?,
        })
    }

    /// The owner's own record, listed first: it lives as long as the app, so it shares the
    /// app's id. A team app's owner is its team, as `TEAM@herokumanager.com`.
    fn owner(app: &App) -> Collaborator {
        let user = match &app.team {
            Some((id, name)) => Actor {
                id: id.clone(),
                email: format!("{name}@herokumanager.com"),
            },
            None => Actor {
                id: app.owner_id.clone(),
                email: app.owner_email.clone(),
            },
        };
        Collaborator {
            id: app.id.clone(),
            app_id: app.id.clone(),
            app_name: app.name.clone(),
            user,
            role: "owner".into(),
            permissions: BTreeSet::new(),
            created_at: app.created_at.clone(),
            updated_at: app.updated_at.clone(),
        }
    }

    /// The schema's `collaborator` (and `team-app-collaborator`), keys in its order.
    pub fn to_json(&self) -> Value {
        let permissions: Vec<Value> = self
            .permissions
            .iter()
            .map(|p| json!({"name": p.name(), "description": p.description()}))
            .collect();
        json!({
            "app": {"id": self.app_id, "name": self.app_name},
            "created_at": self.created_at,
            "id": self.id,
            "permissions": permissions,
            "role": self.role,
            "updated_at": self.updated_at,
            "user": {"email": self.user.email, "federated": false, "id": self.user.id},
        })
    }
}

/// The schema's `team-app-permission` list.
pub(crate) fn permissions_json() -> Value {
    Permission::ALL
        .iter()
        .map(|p| json!({"name": p.name(), "description": p.description()}))
        .collect()
}

/// The owner's record, then every collaborator by email.
pub(crate) fn list(conn: &Connection, app: &App) -> rusqlite::Result<Vec<Collaborator>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE c.app_id = ?1 ORDER BY users.email"
    ))?;
    let rows = stmt.query_map([&app.id], |row| Collaborator::from_row(app, row))?;
    let mut all = vec![Collaborator::owner(app)];
    for row in rows {
        all.push(with_permissions(conn, app, row?)?);
    }
    Ok(all)
}

fn with_permissions(
    conn: &Connection,
    app: &App,
    mut c: Collaborator,
) -> rusqlite::Result<Collaborator> {
    if app.team.is_some() {
        c.permissions = access::permissions_of(conn, &app.id, &c.user.id)?;
    }
    Ok(c)
}

fn not_found() -> DomainError {
    DomainError::not_found("collaborator", "Couldn't find that collaborator.")
}

/// The collaborator `identity` (email or id; the owner's record too) of `app`.
pub(crate) fn find(conn: &Connection, app: &App, identity: &str) -> DomainResult<Collaborator> {
    let owner = Collaborator::owner(app);
    if owner.id == identity || owner.user.email.eq_ignore_ascii_case(identity) {
        return Ok(owner);
    }
    let found = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE c.app_id = ?1 AND (c.id = ?2 OR users.email = ?2 COLLATE NOCASE)"
        ))?
        .query_row([&app.id, identity], |row| Collaborator::from_row(app, row))
        .optional()?;
    let found = found.ok_or_else(not_found)?;
    Ok(with_permissions(conn, app, found)?)
}

/// `user` (email, id, or `~` for the actor) as a collaborator to add: 404 when unknown.
fn named_user(conn: &Connection, by: &Actor, user: &str) -> DomainResult<Actor> {
    if user == "~" {
        return Ok(by.clone());
    }
    access::user_named(conn, user)?
        .ok_or_else(|| DomainError::not_found("user", "Couldn't find that user."))
}

/// The user's role in the app's team, if the app is a team app and the user a member.
fn team_role(conn: &Connection, app: &App, user_id: &str) -> rusqlite::Result<Option<String>> {
    let Some((team_id, _)) = &app.team else {
        return Ok(None);
    };
    conn.prepare_cached("SELECT role FROM team_members WHERE team_id = ?1 AND user_id = ?2")?
        .query_row([team_id, user_id], |row| row.get(0))
        .optional()
}

/// Parses permission names, with `view` always among them (team apps: 422 on unknown ones).
pub(crate) fn parse_permissions(names: &[String]) -> DomainResult<BTreeSet<Permission>> {
    let mut set = BTreeSet::from([Permission::View]);
    for name in names {
        let permission = Permission::parse(name)
            .ok_or_else(|| DomainError::invalid(format!("Unknown permission: {name}.")))?;
        set.insert(permission);
    }
    Ok(set)
}

fn names(permissions: &BTreeSet<Permission>) -> String {
    permissions
        .iter()
        .map(|p| p.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Adds `user` to `app`; on a team app with `permissions` (view at least). A team member may
/// join an unlocked team app on their own (`apps:join`); everything else needs
/// [`Action::ManageAccess`].
pub(crate) fn add(
    conn: &Connection,
    app: &App,
    by: &Access,
    user: &str,
    permissions: BTreeSet<Permission>,
) -> DomainResult<Collaborator> {
    let user = named_user(conn, by, user)?;
    let role = team_role(conn, app, &user.id)?;
    if !joins_on_their_own(conn, app, by, &user, role.as_deref())? {
        by.require(&Action::ManageAccess)?;
    }
    let is_owner = app.team.is_none() && app.owner_id == user.id;
    if is_owner {
        return Err(DomainError::invalid(format!(
            "{} is the owner of {}.",
            user.email, app.name
        )));
    }
    let now = util::timestamp(util::now());
    let id = util::new_id();
    let inserted = conn.execute(
        "INSERT INTO collaborators (id, app_id, user_id, role, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'collaborator', ?4, ?4) ON CONFLICT (app_id, user_id) DO NOTHING",
        params![id, app.id, user.id, now],
    )?;
    if inserted == 0 {
        // Belt's own wording: Heroku's answer to a duplicate is not documented.
        return Err(DomainError::invalid(format!(
            "{} is already a collaborator on {}.",
            user.email, app.name
        )));
    }
    if app.team.is_some() {
        set_permissions(conn, app, &user.id, &permissions)?;
    }
    let message = format!("Add {} as collaborator by user {}", user.email, by.email);
    events::api(conn, &app.id, &message)?;
    find(conn, app, &id)
}

/// Whether `by` adds themselves to an unlocked team app of their team (admins: locked too).
fn joins_on_their_own(
    conn: &Connection,
    app: &App,
    by: &Actor,
    user: &Actor,
    role: Option<&str>,
) -> rusqlite::Result<bool> {
    if user.id != by.id || role.is_none() {
        return Ok(false);
    }
    let locked: bool = conn
        .prepare_cached("SELECT locked FROM apps WHERE id = ?1")?
        .query_row([&app.id], |row| row.get(0))?;
    Ok(!locked || role == Some("admin"))
}

fn set_permissions(
    conn: &Connection,
    app: &App,
    user_id: &str,
    permissions: &BTreeSet<Permission>,
) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM collaborator_permissions WHERE app_id = ?1 AND user_id = ?2",
        [&app.id, user_id],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO collaborator_permissions (app_id, user_id, permission) VALUES (?1, ?2, ?3)",
    )?;
    for permission in permissions {
        insert.execute([&app.id, user_id, permission.name()])?;
    }
    Ok(())
}

/// Replaces a team app collaborator's permissions (view always among them).
pub(crate) fn update_permissions(
    conn: &Connection,
    app: &App,
    by: &Access,
    identity: &str,
    permissions: BTreeSet<Permission>,
) -> DomainResult<Collaborator> {
    by.require(&Action::ManageAccess)?;
    let found = find(conn, app, identity)?;
    if found.role == "owner" {
        return Err(DomainError::invalid(format!(
            "The owner of {} has every permission.",
            app.name
        )));
    }
    set_permissions(conn, app, &found.user.id, &permissions)?;
    conn.execute(
        "UPDATE collaborators SET updated_at = ?1 WHERE id = ?2",
        params![util::timestamp(util::now()), found.id],
    )?;
    let message = format!(
        "Update {} permissions to {} by user {}",
        found.user.email,
        names(&permissions),
        by.email
    );
    events::api(conn, &app.id, &message)?;
    find(conn, app, &found.id)
}

/// Removes a collaborator: the actor themselves (`apps:leave`), or anyone with
/// [`Action::ManageAccess`]. The owner's record cannot go.
pub(crate) fn remove(
    conn: &Connection,
    app: &App,
    by: &Access,
    identity: &str,
) -> DomainResult<Collaborator> {
    let found = find(conn, app, identity)?;
    if found.user.id != by.id {
        by.require(&Action::ManageAccess)?;
    }
    if found.role == "owner" {
        return Err(DomainError::invalid(format!(
            "The owner of {} cannot be removed; transfer the app first.",
            app.name
        )));
    }
    conn.execute("DELETE FROM collaborators WHERE id = ?1", [&found.id])?;
    let message = format!(
        "Remove {} as collaborator by user {}",
        found.user.email, by.email
    );
    events::api(conn, &app.id, &message)?;
    Ok(found)
}

/// Makes `user` a collaborator of `app` without an event (a transfer's old owner), unless
/// they already are one.
pub(crate) fn ensure(conn: &Connection, app: &App, user_id: &str) -> rusqlite::Result<()> {
    let now = util::timestamp(util::now());
    conn.execute(
        "INSERT INTO collaborators (id, app_id, user_id, role, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'collaborator', ?4, ?4) ON CONFLICT (app_id, user_id) DO NOTHING",
        params![util::new_id(), app.id, user_id, now],
    )?;
    Ok(())
}
