//! Who may do what to an app (issue 21; SECURITY.md records the table). An actor's standing on
//! an app is resolved from the store in the same transaction as the work, so a revoked
//! collaborator's very next request is refused; each action names what it needs.
//!
//! Personal apps: the owner may do everything; a collaborator everything except what the
//! owner pays for or owns (paid add-ons, dyno sizes above Basic, rename, destroy, transfer,
//! managing collaborators). Team apps: team admins have every permission; members and
//! viewers see every team app (view) and have the permissions their collaborator row grants;
//! outside collaborators only their row's.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension};

use super::apps::App;
use super::domain_error::{DomainError, DomainResult};
use super::events;
use super::users::Actor;

/// A team app permission, in the schema's `team-app-permission` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Permission {
    Deploy,
    Manage,
    Operate,
    View,
}

impl Permission {
    /// Every permission, sorted by name as Heroku lists them.
    pub const ALL: [Permission; 4] = [
        Permission::Deploy,
        Permission::Manage,
        Permission::Operate,
        Permission::View,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Permission::View => "view",
            Permission::Deploy => "deploy",
            Permission::Operate => "operate",
            Permission::Manage => "manage",
        }
    }

    /// Belt's own descriptions (the schema gives only one example, deploy's).
    pub fn description(self) -> &'static str {
        match self {
            Permission::View => "Can view the app, its activity, builds, releases, logs and dynos.",
            Permission::Deploy => "Can manage config, deploy, run commands and restart the app.",
            Permission::Operate => {
                "Can change the dyno formation, add and remove paid add-ons and restart the app."
            }
            Permission::Manage => {
                "Can rename, transfer, lock and delete the app, and manage who has access to it."
            }
        }
    }

    pub fn parse(name: &str) -> Option<Permission> {
        Permission::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// What an actor does to an app; each maps to what it needs in [`Action::team_needs`] and
/// [`Action::owner_only`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    /// App info, activity, releases, logs, dynos, builds, formation, domains and features read.
    View,
    /// Listing add-ons and reading their configuration.
    ViewAddons,
    /// Pushing code, builds, buildpacks, app setup steps.
    Deploy,
    ConfigRead,
    ConfigWrite,
    /// One-off dynos and their rendezvous, release phase commands.
    Run,
    /// Changing a process type's quantity.
    Scale,
    /// Changing a process type's dyno size (D2: above Basic is the owner's).
    Resize(String),
    /// Restarting or stopping dynos.
    Restart,
    Maintenance,
    Rollback,
    /// Creating, destroying or changing the plan of an add-on; `paid` when a plan involved
    /// has a price (D2, D4).
    Addon {
        paid: bool,
    },
    Domains,
    /// Switching an app's labs features.
    Features,
    /// Coupling an app to a pipeline, or removing it from one.
    Pipeline,
    Rename,
    Destroy,
    Transfer,
    /// Adding, changing or removing collaborators and their permissions (D3).
    ManageAccess,
    /// Locking or unlocking a team app against members joining it on their own.
    Lock,
    StackSet,
}

const DEPLOY_OR_OPERATE: &[Permission] = &[Permission::Deploy, Permission::Operate];

/// Dyno sizes a personal-app collaborator may choose (D2).
const COLLABORATOR_SIZES: &[&str] = &["Eco", "Basic"];

impl Action {
    /// On a team app: any one of these permissions allows the action (DESIGN21 §4.3, D4).
    pub fn team_needs(&self) -> &'static [Permission] {
        match self {
            Action::View => &[Permission::View],
            Action::Deploy => &[Permission::Deploy],
            Action::Restart | Action::Addon { paid: true } => &[Permission::Operate],
            Action::ViewAddons
            | Action::ConfigRead
            | Action::ConfigWrite
            | Action::Run
            | Action::Scale
            | Action::Resize(_)
            | Action::Maintenance
            | Action::Rollback
            | Action::Addon { paid: false }
            | Action::Domains
            | Action::Features => DEPLOY_OR_OPERATE,
            Action::Pipeline
            | Action::Rename
            | Action::Destroy
            | Action::Transfer
            | Action::ManageAccess
            | Action::Lock
            | Action::StackSet => &[Permission::Manage],
        }
    }

    /// On a personal app: only the owner may (D2, D3, Dev Center's collaborator rules).
    pub fn owner_only(&self) -> bool {
        match self {
            Action::Resize(size) => !COLLABORATOR_SIZES
                .iter()
                .any(|free| free.eq_ignore_ascii_case(size)),
            Action::Addon { paid } => *paid,
            Action::Rename
            | Action::Destroy
            | Action::Transfer
            | Action::ManageAccess
            | Action::Lock => true,
            _ => false,
        }
    }

    /// The words before the app's name in "You do not have permission to ... APP."
    fn phrase(&self) -> String {
        match self {
            Action::View => "view".into(),
            Action::ViewAddons => "view addon resources on".into(),
            Action::Deploy => "deploy to".into(),
            Action::ConfigRead => "view config vars of".into(),
            Action::ConfigWrite => "edit config vars of".into(),
            Action::Run => "run commands on".into(),
            Action::Scale => "scale".into(),
            Action::Resize(size) => format!("resize dynos to {size} on"),
            Action::Restart => "restart".into(),
            Action::Maintenance => "change maintenance mode of".into(),
            Action::Rollback => "roll back".into(),
            Action::Addon { paid: true } => "provision paid resources for".into(),
            Action::Addon { paid: false } => "manage add-ons of".into(),
            Action::Domains => "manage domains of".into(),
            Action::Features => "change features of".into(),
            Action::Pipeline => "change the pipeline of".into(),
            Action::Rename => "rename".into(),
            Action::Destroy => "destroy".into(),
            Action::Transfer => "transfer".into(),
            Action::ManageAccess => "manage collaborators on".into(),
            Action::Lock => "lock".into(),
            Action::StackSet => "change the stack of".into(),
        }
    }

    /// The action's name in the refusal event.
    fn label(&self) -> String {
        match self {
            Action::View => "view".into(),
            Action::ViewAddons => "add-on view".into(),
            Action::Deploy => "deploy".into(),
            Action::ConfigRead => "config read".into(),
            Action::ConfigWrite => "config write".into(),
            Action::Run => "run".into(),
            Action::Scale => "scale".into(),
            Action::Resize(size) => format!("resize to {size}"),
            Action::Restart => "restart".into(),
            Action::Maintenance => "maintenance".into(),
            Action::Rollback => "rollback".into(),
            Action::Addon { paid: true } => "paid add-on".into(),
            Action::Addon { paid: false } => "add-on".into(),
            Action::Domains => "domains".into(),
            Action::Features => "features".into(),
            Action::Pipeline => "pipeline".into(),
            Action::Rename => "rename".into(),
            Action::Destroy => "destroy".into(),
            Action::Transfer => "transfer".into(),
            Action::ManageAccess => "collaborator management".into(),
            Action::Lock => "lock".into(),
            Action::StackSet => "stack set".into(),
        }
    }
}

/// How an actor stands with one app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Standing {
    /// The owner of a personal app.
    Owner,
    /// A collaborator on a personal app.
    Collaborator,
    /// Someone a team app lets in, with their permissions (a team admin has all four).
    Team(BTreeSet<Permission>),
    /// No access at all.
    Stranger,
}

/// The standing of `actor` on `app`, read now (never cached).
pub(crate) fn standing(conn: &Connection, app: &App, actor: &Actor) -> rusqlite::Result<Standing> {
    let collaborator = conn
        .prepare_cached("SELECT 1 FROM collaborators WHERE app_id = ?1 AND user_id = ?2")?
        .exists([&app.id, &actor.id])?;
    let Some((team_id, _)) = &app.team else {
        return Ok(if app.owner_id == actor.id {
            Standing::Owner
        } else if collaborator {
            Standing::Collaborator
        } else {
            Standing::Stranger
        });
    };
    let role: Option<String> = conn
        .prepare_cached("SELECT role FROM team_members WHERE team_id = ?1 AND user_id = ?2")?
        .query_row([team_id, &actor.id], |row| row.get(0))
        .optional()?;
    if role.as_deref() == Some("admin") {
        return Ok(Standing::Team(Permission::ALL.into_iter().collect()));
    }
    if role.is_none() && !collaborator {
        return Ok(Standing::Stranger);
    }
    let mut permissions = permissions_of(conn, &app.id, &actor.id)?;
    permissions.insert(Permission::View);
    Ok(Standing::Team(permissions))
}

/// The permissions a collaborator row grants.
pub(crate) fn permissions_of(
    conn: &Connection,
    app_id: &str,
    user_id: &str,
) -> rusqlite::Result<BTreeSet<Permission>> {
    let mut stmt = conn.prepare_cached(
        "SELECT permission FROM collaborator_permissions WHERE app_id = ?1 AND user_id = ?2",
    )?;
    let names = stmt.query_map([app_id, user_id], |row| row.get::<_, String>(0))?;
    let mut permissions = BTreeSet::new();
    for name in names {
        permissions.extend(Permission::parse(&name?));
    }
    Ok(permissions)
}

/// A refused action, to be written to the app's log once the refused work is rolled back.
#[derive(Debug, Clone)]
pub(crate) struct Refusal {
    pub app_id: String,
    pub line: String,
}

/// Writes a refusal's event (in its own write: the refused work's transaction rolled back).
pub(crate) fn record(conn: &Connection, refusal: &Refusal) -> rusqlite::Result<()> {
    events::api(conn, &refusal.app_id, &refusal.line).map(|_| ())
}

/// An actor's standing on one app, as the work on it sees it: it checks further actions the
/// work finds it needs (the plan of an add-on being destroyed, say) and keeps what it refused.
pub(crate) struct Access {
    actor: Actor,
    app: App,
    standing: Standing,
    refused: Arc<Mutex<Option<Refusal>>>,
}

impl std::ops::Deref for Access {
    type Target = Actor;

    fn deref(&self) -> &Actor {
        &self.actor
    }
}

impl Access {
    /// Resolves `actor`'s standing on `app`; refusals go to `refused`.
    pub fn resolve(
        conn: &Connection,
        app: &App,
        actor: Actor,
        refused: Arc<Mutex<Option<Refusal>>>,
    ) -> rusqlite::Result<Access> {
        let standing = standing(conn, app, &actor)?;
        Ok(Access {
            actor,
            app: app.clone(),
            standing,
            refused,
        })
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Ok when the actor may do `action`; else the 403 to answer, with the refusal kept.
    pub fn require(&self, action: &Action) -> DomainResult<()> {
        let Some((message, needs)) = self.refusal(action) else {
            return Ok(());
        };
        let line = format!(
            "Refused {} (needs {needs}) for user {}",
            action.label(),
            self.actor.email
        );
        if let Ok(mut slot) = self.refused.lock() {
            *slot = Some(Refusal {
                app_id: self.app.id.clone(),
                line,
            });
        }
        Err(DomainError::forbidden(message))
    }

    /// The refusal's message and what the action needs, or None when it is allowed.
    fn refusal(&self, action: &Action) -> Option<(String, String)> {
        let app = &self.app.name;
        let denied = |needs: String| {
            format!("You do not have permission to {} {app}.", action.phrase()) + &needs
        };
        match &self.standing {
            Standing::Owner => None,
            Standing::Collaborator if !action.owner_only() => None,
            Standing::Collaborator => Some((
                denied(format!(
                    " Only the app owner, {}, can do that.",
                    self.app.owner_email
                )),
                "owner".into(),
            )),
            Standing::Team(held) => {
                let needs = action.team_needs();
                if needs.iter().any(|p| held.contains(p)) {
                    return None;
                }
                let names = needs
                    .iter()
                    .map(|p| p.name())
                    .collect::<Vec<_>>()
                    .join(" or ");
                Some((
                    denied(format!(
                        " You need to have the {names} permission on this app."
                    )),
                    names,
                ))
            }
            Standing::Stranger => {
                let needs = if self.app.team.is_some() {
                    action
                        .team_needs()
                        .iter()
                        .map(|p| p.name())
                        .collect::<Vec<_>>()
                        .join(" or ")
                } else if action.owner_only() {
                    "owner".into()
                } else {
                    "collaborator".into()
                };
                Some((format!("You do not have access to the app {app}."), needs))
            }
        }
    }
}

/// An SQL condition on `apps`: the user whose id is the parameter `user` (`?1`, say) may see
/// the app, as its owner, a collaborator or (team apps) a team member. Lists use it, so a
/// stranger never sees an app in one.
pub(crate) fn visible_to(user: &str) -> String {
    format!(
        "((apps.team_id IS NULL AND apps.owner_id = {user}) \
         OR EXISTS (SELECT 1 FROM collaborators c WHERE c.app_id = apps.id AND c.user_id = {user}) \
         OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = apps.team_id AND m.user_id = {user}))"
    )
}

/// An SQL condition on `apps`, as [`visible_to`], for the apps whose add-ons the user may
/// see ([`Action::ViewAddons`]): every personal app they see, and the team apps where they are
/// an admin or hold deploy or operate.
pub(crate) fn addons_visible_to(user: &str) -> String {
    format!(
        "((apps.team_id IS NULL AND {}) \
         OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = apps.team_id \
                    AND m.user_id = {user} AND m.role = 'admin') \
         OR EXISTS (SELECT 1 FROM collaborator_permissions p WHERE p.app_id = apps.id \
                    AND p.user_id = {user} AND p.permission IN ('deploy', 'operate')))",
        visible_to(user)
    )
}

/// The user an access request names by id or email (`~` is the actor's business).
pub(crate) fn user_named(conn: &Connection, id_or_email: &str) -> rusqlite::Result<Option<Actor>> {
    conn.prepare_cached("SELECT id, email FROM users WHERE id = ?1 OR email = ?1 COLLATE NOCASE")?
        .query_row([id_or_email], |row| {
            Ok(Actor {
                id: row.get(0)?,
                email: row.get(1)?,
            })
        })
        .optional()
}
