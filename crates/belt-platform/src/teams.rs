//! Teams (the schema's `team` and `team-member`): who is in a team and with which role, the
//! rules of who may change what (Dev Center's "Enterprise Teams Permissions": only admins
//! manage the team and its members; admins and members create apps; viewers only look), and
//! the team's own event log, since membership changes have no app log to go to. A team's
//! apps are in `team_apps`.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde_json::{Value, json};

use super::domain_error::{DomainError, DomainResult};
use super::team_events::record;
use super::users::Actor;
use super::{Platform, names, util};

/// A member's role in a team: what the schema's `team_role` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Admin,
    Member,
    Viewer,
}

impl Role {
    pub fn parse(text: &str) -> DomainResult<Role> {
        match text {
            "admin" => Ok(Role::Admin),
            "member" => Ok(Role::Member),
            "viewer" => Ok(Role::Viewer),
            other => Err(DomainError::invalid(format!(
                "Invalid role {other}: a team member's role is admin, member or viewer."
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Viewer => "viewer",
        }
    }
}

/// Which roles a change to a team needs, and how a refusal names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    /// Reading the team, its members or its apps: any role.
    Member,
    /// Changing the team or its members.
    Admin,
    /// Creating an app in the team or moving one into it.
    AppCreator,
}

impl Need {
    fn allows(self, role: Role) -> bool {
        match self {
            Need::Member => true,
            Need::Admin => role == Role::Admin,
            Need::AppCreator => matches!(role, Role::Admin | Role::Member),
        }
    }

    fn roles(self) -> &'static str {
        match self {
            Need::Member => "admin, member or viewer",
            Need::Admin => "admin",
            Need::AppCreator => "admin or member",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Team {
    pub id: String,
    pub name: String,
    pub created_at: String,
    pub updated_at: String,
}

const TEAM_SELECT: &str = "SELECT id, name, created_at, updated_at FROM teams";

impl Team {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Team> {
        Ok(Team {
            id: row.get(0)?,
            name: row.get(1)?,
            created_at: row.get(2)?,
            updated_at: row.get(3)?,
        })
    }

    /// The schema's `team`, with `role` the caller's in it.
    pub fn to_json(&self, role: Role) -> Value {
        json!({
            "id": self.id,
            "created_at": self.created_at,
            "credit_card_collections": false,
            "default": false,
            "enterprise_account": null,
            "identity_provider": null,
            "membership_limit": null,
            "name": self.name,
            "provisioned_licenses": false,
            "role": role.as_str(),
            "type": "team",
            "updated_at": self.updated_at,
        })
    }
}

/// The team with this id or name, whoever is in it.
pub(crate) fn find(conn: &Connection, identity: &str) -> rusqlite::Result<Option<Team>> {
    let sql = if util::is_uuid(identity) {
        format!("{TEAM_SELECT} WHERE id = ?1")
    } else {
        format!("{TEAM_SELECT} WHERE name = ?1")
    };
    conn.prepare_cached(&sql)?
        .query_row([identity.to_ascii_lowercase()], Team::from_row)
        .optional()
}

fn not_found() -> DomainError {
    DomainError::not_found("team", "Couldn't find that team.")
}

/// Heroku's answer to someone outside the team.
fn no_access(team: &Team) -> DomainError {
    DomainError::forbidden(format!("You do not have access to the team {}.", team.name))
}

/// `user_id`'s role in `team_id`, if a member.
pub(crate) fn role_of(
    conn: &Connection,
    team_id: &str,
    user_id: &str,
) -> rusqlite::Result<Option<Role>> {
    let role: Option<String> = conn
        .prepare_cached("SELECT role FROM team_members WHERE team_id = ?1 AND user_id = ?2")?
        .query_row([team_id, user_id], |row| row.get(0))
        .optional()?;
    // The column's CHECK admits only the three roles.
    Ok(role.and_then(|r| Role::parse(&r).ok()))
}

/// The team `identity` for one of its members, or for an outside collaborator on one of its
/// apps (who reads its features): 404 for no such team, 403 for anyone else.
pub(crate) fn find_for_app_people(
    conn: &Connection,
    identity: &str,
    actor: &Actor,
) -> DomainResult<Team> {
    let team = find(conn, identity)?.ok_or_else(not_found)?;
    let on_an_app = conn
        .prepare_cached(
            "SELECT 1 FROM collaborators JOIN apps ON apps.id = collaborators.app_id
             WHERE apps.team_id = ?1 AND collaborators.user_id = ?2",
        )?
        .exists([&team.id, &actor.id])?;
    if on_an_app || role_of(conn, &team.id, &actor.id)?.is_some() {
        Ok(team)
    } else {
        Err(no_access(&team))
    }
}

/// The teams `actor` is in, by name, each with the actor's role.
pub(crate) fn list_for(conn: &Connection, actor: &Actor) -> rusqlite::Result<Vec<(Team, Role)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT teams.id, teams.name, teams.created_at, teams.updated_at, team_members.role
         FROM teams JOIN team_members ON team_members.team_id = teams.id
         WHERE team_members.user_id = ?1 ORDER BY teams.name",
    )?;
    let rows = stmt.query_map([&actor.id], |row| {
        let role: String = row.get(4)?;
        Ok((Team::from_row(row)?, Role::parse(&role).ok()))
    })?;
    let mut teams = Vec::new();
    for row in rows {
        if let (team, Some(role)) = row? {
            teams.push((team, role));
        }
    }
    Ok(teams)
}

/// A member of a team, as the schema's `team-member` shows one.
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub user_id: String,
    pub email: String,
    pub name: Option<String>,
    pub role: Role,
    pub created_at: String,
    pub updated_at: String,
}

const MEMBER_SELECT: &str = "SELECT users.id, users.email, users.name, team_members.role, \
     team_members.created_at, team_members.updated_at \
     FROM team_members JOIN users ON users.id = team_members.user_id";

impl Member {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Member> {
        let role: String = row.get(3)?;
        Ok(Member {
            user_id: row.get(0)?,
            email: row.get(1)?,
            name: row.get(2)?,
            role: Role::parse(&role).unwrap_or(Role::Viewer),
            created_at: row.get(4)?,
            updated_at: row.get(5)?,
        })
    }

    /// The schema's `team-member`; its `id` is the user's.
    pub fn to_json(&self) -> Value {
        json!({
            "created_at": self.created_at,
            "email": self.email,
            "federated": false,
            "id": self.user_id,
            "identity_provider": null,
            "role": self.role.as_str(),
            "two_factor_authentication": false,
            "updated_at": self.updated_at,
            "user": {"email": self.email, "id": self.user_id, "name": self.name},
        })
    }
}

/// The members of `team_id`, by email.
pub(crate) fn members(conn: &Connection, team_id: &str) -> rusqlite::Result<Vec<Member>> {
    let sql = format!("{MEMBER_SELECT} WHERE team_members.team_id = ?1 ORDER BY users.email");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([team_id], Member::from_row)?;
    rows.collect()
}

/// The member of `team_id` with this email or user id.
pub(crate) fn member(
    conn: &Connection,
    team_id: &str,
    identity: &str,
) -> rusqlite::Result<Option<Member>> {
    let sql = format!(
        "{MEMBER_SELECT} WHERE team_members.team_id = ?1 AND (users.id = ?2 OR users.email = ?2)"
    );
    conn.prepare_cached(&sql)?
        .query_row([team_id, identity], Member::from_row)
        .optional()
}

fn member_or_404(conn: &Connection, team: &Team, identity: &str) -> DomainResult<Member> {
    member(conn, &team.id, identity)?.ok_or_else(|| {
        DomainError::not_found(
            "team-member",
            format!("{identity} is not a member of {}.", team.name),
        )
    })
}

fn admin_count(conn: &Connection, team_id: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COUNT(*) FROM team_members WHERE team_id = ?1 AND role = 'admin'")?
        .query_row([team_id], |row| row.get(0))
}

/// belt's own rule (Heroku's wording is unknown): a team always keeps an admin.
fn keep_an_admin(conn: &Connection, team: &Team, member: &Member) -> DomainResult<()> {
    if member.role == Role::Admin && admin_count(conn, &team.id)? <= 1 {
        return Err(DomainError::invalid(format!(
            "{} is the last admin of {}; make another member an admin first.",
            member.email, team.name
        )));
    }
    Ok(())
}

/// A refused change to a team: the 403 to answer, and the line for the team's log, written
/// once the refused transaction has rolled back (it would take the line with it).
pub(crate) struct Refusal {
    team_id: String,
    actor_email: String,
    event: String,
    pub error: DomainError,
}

impl Refusal {
    /// Writes the refusal's line; the answer is still the refusal's 403.
    pub async fn record(self, platform: &Platform) -> DomainError {
        let Refusal {
            team_id,
            actor_email,
            event,
            error,
        } = self;
        let written = platform
            .store()
            .write_async(move |tx| {
                Ok::<_, DomainError>(record(tx, &team_id, &actor_email, &event)?)
            })
            .await;
        written.err().unwrap_or(error)
    }
}

/// `actor`'s role in `team` when it allows `need`, else the refusal; `action` names the
/// change in it ("manage members of").
pub(crate) fn require(
    conn: &Connection,
    team: &Team,
    actor: &Actor,
    need: Need,
    action: &str,
) -> rusqlite::Result<std::result::Result<Role, Refusal>> {
    let refuse = |error: DomainError| Refusal {
        team_id: team.id.clone(),
        actor_email: actor.email.clone(),
        event: format!(
            "Refused {action} {} (needs {}) for user {}",
            team.name,
            need.roles(),
            actor.email
        ),
        error,
    };
    Ok(match role_of(conn, &team.id, &actor.id)? {
        None => Err(refuse(no_access(team))),
        Some(role) if !need.allows(role) => Err(refuse(DomainError::forbidden(format!(
            "You do not have permission to {action} {}. You need to have the {} role in this team.",
            team.name,
            need.roles()
        )))),
        Some(role) => Ok(role),
    })
}

/// Runs `work` in one write on the team `identity`, when `actor`'s role there allows `need`;
/// `action` names the change in a refusal. 404 for no such team; 403 (recorded in the team's
/// log) for someone outside it or without the role.
pub(crate) async fn change<T, F>(
    platform: &Platform,
    actor: Actor,
    identity: String,
    need: Need,
    action: &'static str,
    work: F,
) -> DomainResult<T>
where
    F: FnOnce(&Transaction<'_>, &Team, &Actor) -> DomainResult<T> + Send + 'static,
    T: Send + 'static,
{
    let outcome = platform
        .store()
        .write_async(move |tx| {
            let team = find(tx, &identity)?.ok_or_else(not_found)?;
            match require(tx, &team, &actor, need, action)? {
                Ok(_) => work(tx, &team, &actor).map(Ok),
                Err(refusal) => Ok(Err(refusal)),
            }
        })
        .await?;
    match outcome {
        Ok(done) => Ok(done),
        Err(refusal) => Err(refusal.record(platform).await),
    }
}

/// Runs `work` in one read of the team `identity` for one of its members: 404 for no such
/// team; 403, recorded in the team's log, for someone outside it.
pub(crate) async fn read<T, F>(
    platform: &Platform,
    actor: Actor,
    identity: String,
    work: F,
) -> DomainResult<T>
where
    F: FnOnce(&Connection, &Team, Role) -> DomainResult<T> + Send + 'static,
    T: Send + 'static,
{
    let outcome = platform
        .store()
        .read_async(move |conn| {
            let team = find(conn, &identity)?.ok_or_else(not_found)?;
            match require(conn, &team, &actor, Need::Member, "view")? {
                Ok(role) => work(conn, &team, role).map(Ok),
                Err(refusal) => Ok(Err(refusal)),
            }
        })
        .await?;
    match outcome {
        Ok(done) => Ok(done),
        Err(refusal) => Err(refusal.record(platform).await),
    }
}

/// Paths under `/teams/` that are not teams.
const RESERVED_NAMES: &[&str] = &["apps", "invitations", "permissions"];

/// Heroku's app name rule (a team's name is the local part of its apps' owner email), not
/// taken by another team nor by a path under `/teams/`.
fn check_free_name(conn: &Connection, name: &str) -> DomainResult<()> {
    names::validate(name).map_err(DomainError::invalid)?;
    if RESERVED_NAMES.contains(&name) || find(conn, name)?.is_some() {
        return Err(DomainError::invalid("Name is already taken"));
    }
    Ok(())
}

/// Creates the team `name` with `actor` as its first admin.
pub(crate) fn create(tx: &Transaction<'_>, actor: &Actor, name: &str) -> DomainResult<Team> {
    check_free_name(tx, name)?;
    let id = util::new_id();
    let now = util::timestamp(util::now());
    tx.execute(
        "INSERT INTO teams (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![id, name, now],
    )?;
    tx.execute(
        "INSERT INTO team_members (team_id, user_id, role, created_at, updated_at)
         VALUES (?1, ?2, 'admin', ?3, ?3)",
        params![id, actor.id, now],
    )?;
    record(
        tx,
        &id,
        &actor.email,
        &format!("Create team {name} by user {}", actor.email),
    )?;
    find(tx, &id)?.ok_or_else(not_found)
}

/// Renames `team` (its apps' owner email follows).
pub(crate) fn rename(
    tx: &Transaction<'_>,
    team: &Team,
    actor: &Actor,
    name: &str,
) -> DomainResult<Team> {
    if name != team.name {
        check_free_name(tx, name)?;
        tx.execute(
            "UPDATE teams SET name = ?1, updated_at = ?2 WHERE id = ?3",
            params![name, util::timestamp(util::now()), team.id],
        )?;
        let message = format!(
            "Rename team from {} to {name} by user {}",
            team.name, actor.email
        );
        record(tx, &team.id, &actor.email, &message)?;
    }
    find(tx, &team.id)?.ok_or_else(not_found)
}

/// Deletes `team` and its memberships; refused while it still has apps.
pub(crate) fn delete(tx: &Transaction<'_>, team: &Team, actor: &Actor) -> DomainResult<()> {
    let apps: i64 = tx
        .prepare_cached("SELECT COUNT(*) FROM apps WHERE team_id = ?1")?
        .query_row([&team.id], |row| row.get(0))?;
    if apps > 0 {
        return Err(DomainError::invalid(format!(
            "{} still has {apps} app(s); transfer or destroy them first.",
            team.name
        )));
    }
    tx.execute("DELETE FROM teams WHERE id = ?1", [&team.id])?;
    let message = format!("Delete team {} by user {}", team.name, actor.email);
    record(tx, &team.id, &actor.email, &message)?;
    Ok(())
}

/// How a member write treats a user already in the team or not yet in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MemberWrite {
    /// `POST`: only a new member.
    Create,
    /// `PATCH`: only an existing member.
    Update,
    /// `PUT`: either.
    CreateOrUpdate,
}

/// Adds `email` to `team` as `role`, or changes its role; `true` when the member is new.
pub(crate) fn set_member(
    tx: &Transaction<'_>,
    team: &Team,
    actor: &Actor,
    email: &str,
    role: Role,
    write: MemberWrite,
) -> DomainResult<(Member, bool)> {
    let user_id: String = tx
        .prepare_cached("SELECT id FROM users WHERE email = ?1")?
        .query_row([email], |row| row.get(0))
        .optional()?
        .ok_or_else(|| DomainError::not_found("user", "Couldn't find that user."))?;
    let now = util::timestamp(util::now());
    let by = &actor.email;
    match (member(tx, &team.id, &user_id)?, write) {
        (Some(existing), MemberWrite::Create) => Err(DomainError::invalid(format!(
            "{} is already a member of {}.",
            existing.email, team.name
        ))),
        (None, MemberWrite::Update) => Err(DomainError::not_found(
            "team-member",
            format!("{email} is not a member of {}.", team.name),
        )),
        (Some(existing), _) => {
            if existing.role != role {
                if role != Role::Admin {
                    keep_an_admin(tx, team, &existing)?;
                }
                tx.execute(
                    "UPDATE team_members SET role = ?1, updated_at = ?2
                     WHERE team_id = ?3 AND user_id = ?4",
                    params![role.as_str(), now, team.id, user_id],
                )?;
                let message = format!(
                    "Update {} role to {} by user {by}",
                    existing.email,
                    role.as_str()
                );
                record(tx, &team.id, by, &message)?;
            }
            Ok((member_or_404(tx, team, &user_id)?, false))
        }
        (None, _) => {
            tx.execute(
                "INSERT INTO team_members (team_id, user_id, role, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![team.id, user_id, role.as_str(), now],
            )?;
            let added = member_or_404(tx, team, &user_id)?;
            let message = format!("Add {} as {} by user {by}", added.email, role.as_str());
            record(tx, &team.id, by, &message)?;
            Ok((added, true))
        }
    }
}

/// Removes the member `identity` (email or id) from `team`, and with it every place the
/// member held on the team's apps.
pub(crate) fn remove_member(
    tx: &Transaction<'_>,
    team: &Team,
    actor: &Actor,
    identity: &str,
) -> DomainResult<Member> {
    let gone = member_or_404(tx, team, identity)?;
    keep_an_admin(tx, team, &gone)?;
    tx.execute(
        "DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2",
        params![team.id, gone.user_id],
    )?;
    tx.execute(
        "DELETE FROM collaborators WHERE user_id = ?1
         AND app_id IN (SELECT id FROM apps WHERE team_id = ?2)",
        params![gone.user_id, team.id],
    )?;
    let message = format!("Remove {} from team by user {}", gone.email, actor.email);
    record(tx, &team.id, &actor.email, &message)?;
    Ok(gone)
}
