//! Apps as stored, found by identity (id or name) with the owner-only access rule, and
//! rendered as the schema's `app` object.

use crate::store::Cached;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};
use serde::Serialize;
use serde_json::Value;

use super::domain_error::{DomainError, DomainResult};
use super::regions_and_stacks::{self, Region, Stack};
use super::releases::{self, NewRelease};
use super::users::Actor;
use super::{Platform, access, events, git_repos, names, store, util};

/// Tries at picking an unused generated name before giving up.
const NAME_ATTEMPTS: usize = 50;

#[derive(Debug, Clone)]
pub(crate) struct App {
    pub id: String,
    pub name: String,
    pub owner_id: String,
    pub owner_email: String,
    pub region: String,
    pub stack: String,
    pub build_stack: String,
    pub maintenance: bool,
    pub created_at: String,
    pub updated_at: String,
    pub released_at: Option<String>,
    /// The team owning a team app (`id`, `name`); personal apps have none.
    pub team: Option<(String, String)>,
}

/// Columns of [`App`], in [`App::from_row`] order; append `WHERE ...`.
pub(crate) const SELECT: &str = "SELECT apps.id, apps.name, apps.owner_id, users.email, \
     apps.region, apps.stack, apps.build_stack, apps.maintenance, apps.created_at, \
     apps.updated_at, apps.released_at, apps.team_id, teams.name FROM apps \
     JOIN users ON users.id = apps.owner_id LEFT JOIN teams ON teams.id = apps.team_id";

impl App {
    pub fn from_row(row: &Row<'_>) -> rusqlite::Result<App> {
        Ok(App {
            id: row.get(0)?,
            name: row.get(1)?,
            owner_id: row.get(2)?,
            owner_email: row.get(3)?,
            region: row.get(4)?,
            stack: row.get(5)?,
            build_stack: row.get(6)?,
            maintenance: row.get(7)?,
            created_at: row.get(8)?,
            updated_at: row.get(9)?,
            released_at: row.get(10)?,
            team: match (row.get(11)?, row.get(12)?) {
                (Some(id), Some(name)) => Some((id, name)),
                _ => None,
            },
        })
    }

    /// The schema's `app` object.
    pub fn to_json(&self, platform: &Platform) -> Value {
        serde_json::to_value(self.render(platform)).unwrap_or_default()
    }

    /// The schema's `app` object, serialized straight from the row: a list of 1,000 apps
    /// as `Value` trees spent most of its time in malloc.
    pub fn render(&self, platform: &Platform) -> AppJson<'_> {
        // The official CLI knows a team app by its owner's `TEAM@herokumanager.com` email.
        let team = self
            .team
            .as_ref()
            .map(|(id, name)| Identity { id: Some(id), name });
        let owner = match &self.team {
            Some((id, name)) => Owner {
                email: format!("{name}@herokumanager.com").into(),
                id,
            },
            None => Owner {
                email: self.owner_email.as_str().into(),
                id: &self.owner_id,
            },
        };
        AppJson {
            acm: false,
            archived_at: None,
            build_stack: stack_identity(&self.build_stack),
            buildpack_provided_description: None,
            created_at: &self.created_at,
            generation: Identity {
                id: Some(regions_and_stacks::GENERATION_ID),
                name: regions_and_stacks::GENERATION_NAME,
            },
            git_url: platform.git_url(&self.name),
            id: &self.id,
            internal_routing: None,
            maintenance: self.maintenance,
            name: &self.name,
            organization: team.as_ref().map(Identity::same),
            owner,
            region: region_identity(&self.region),
            released_at: self.released_at.as_deref(),
            repo_size: None,
            slug_size: None,
            space: None,
            stack: stack_identity(&self.stack),
            team,
            updated_at: &self.updated_at,
            web_url: platform.web_url(&self.name),
        }
    }
}

/// [`App::render`]: the fields in the order the former JSON map printed them (sorted).
#[derive(Serialize)]
pub(crate) struct AppJson<'a> {
    acm: bool,
    archived_at: Option<()>,
    build_stack: Identity<'a>,
    buildpack_provided_description: Option<()>,
    created_at: &'a str,
    generation: Identity<'a>,
    git_url: String,
    pub id: &'a str,
    internal_routing: Option<()>,
    maintenance: bool,
    pub name: &'a str,
    organization: Option<Identity<'a>>,
    owner: Owner<'a>,
    region: Identity<'a>,
    released_at: Option<&'a str>,
    repo_size: Option<()>,
    slug_size: Option<()>,
    space: Option<()>,
    stack: Identity<'a>,
    team: Option<Identity<'a>>,
    updated_at: &'a str,
    web_url: String,
}

/// `{id, name}` of a region, stack or generation (`id` null for one the catalog lacks).
#[derive(Serialize)]
struct Identity<'a> {
    id: Option<&'a str>,
    name: &'a str,
}

impl<'a> Identity<'a> {
    fn same(&self) -> Identity<'a> {
        Identity {
            id: self.id,
            name: self.name,
        }
    }
}

#[derive(Serialize)]
struct Owner<'a> {
    email: std::borrow::Cow<'a, str>,
    id: &'a str,
}

fn stack_identity(name: &str) -> Identity<'_> {
    identity(
        regions_and_stacks::stack(name).map(|s| (s.id, s.name)),
        name,
    )
}

fn region_identity(name: &str) -> Identity<'_> {
    identity(
        regions_and_stacks::region(name).map(|r| (r.id, r.name)),
        name,
    )
}

/// The catalogue's `(id, name)` when it has the entry, else the stored name with no id.
fn identity<'a>(found: Option<(&'static str, &'static str)>, name: &'a str) -> Identity<'a> {
    match found {
        Some((id, name)) => Identity { id: Some(id), name },
        None => Identity { id: None, name },
    }
}

/// The app with this id or name, whoever owns it.
pub(crate) fn find(conn: &Connection, identity: &str) -> rusqlite::Result<Option<App>> {
    // Names start with a letter and have at most 30 characters, so a UUID is never a name.
    let sql = if util::is_uuid(identity) {
        format!("{SELECT} WHERE apps.id = ?1")
    } else {
        format!("{SELECT} WHERE apps.name = ?1")
    };
    let identity = identity.to_ascii_lowercase();
    conn.prepare_cached(&sql)?
        .query_row([&identity], App::from_row)
        .optional()
}

/// The app with this id or name once `actor` may do `action` to it: 404 when it does not
/// exist, 403 when the actor may not. For work inside a write of its own (a promotion's
/// targets): a refusal's event is written in that write, so it lasts only if the write does;
/// routes use `Platform::read_app`/`write_app`, which always keep it.
pub(crate) fn find_for(
    conn: &Connection,
    identity: &str,
    actor: &Actor,
    action: &access::Action,
) -> DomainResult<App> {
    let app = find(conn, identity)?
        .ok_or_else(|| DomainError::not_found("app", "Couldn't find that app."))?;
    let refused = std::sync::Arc::default();
    let access =
        access::Access::resolve(conn, &app, actor.clone(), std::sync::Arc::clone(&refused))?;
    if let Err(e) = access.require(action) {
        if let Some(refusal) = refused.lock().ok().and_then(|mut slot| slot.take()) {
            access::record(conn, &refusal)?;
        }
        return Err(e);
    }
    Ok(app)
}

pub(crate) fn name_taken(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM apps WHERE name = ?1")?
        .exists([name])
}

/// Heroku's exact words, which API libraries match on.
pub(crate) fn name_taken_error() -> DomainError {
    DomainError::invalid("Name is already taken")
}

/// Maps a UNIQUE violation on `apps.name` (a concurrent create or rename that won the race)
/// to Heroku's "taken" error.
pub(crate) fn taken_on_conflict(e: rusqlite::Error) -> DomainError {
    if store::is_unique_violation(&e) {
        name_taken_error()
    } else {
        DomainError::from(e)
    }
}

/// The app `id` read again after a change.
pub(crate) fn reload(conn: &Connection, id: &str) -> DomainResult<App> {
    find(conn, id)?.ok_or_else(|| DomainError::internal("The app vanished while it was changed."))
}

pub(crate) fn region_named(name: &str) -> DomainResult<&'static Region> {
    regions_and_stacks::region(name).ok_or_else(|| {
        DomainError::invalid(format!(
            "Couldn't find the region {name}. Valid regions are: {}.",
            regions_and_stacks::region_names()
        ))
    })
}

pub(crate) fn stack_named(name: &str) -> DomainResult<&'static Stack> {
    regions_and_stacks::stack(name).ok_or_else(|| {
        DomainError::invalid(format!(
            "Couldn't find the stack {name}. Valid stacks are: {}.",
            regions_and_stacks::stack_names()
        ))
    })
}

/// What `POST /apps` (and an app setup) asks for; each left out gets Heroku's default.
#[derive(Debug, Default, Clone)]
pub(crate) struct NewApp {
    pub name: Option<String>,
    pub region: Option<String>,
    pub stack: Option<String>,
}

/// Creates an app for `actor`: its row, the initial release and its git repository, with
/// Heroku's refusals (a bad or taken name, an unknown region or stack).
pub(crate) async fn create(platform: &Platform, actor: Actor, new: NewApp) -> DomainResult<App> {
    let checked = check(new)?;
    let repo_platform = platform.clone();
    platform
        .store()
        .write_async(move |tx| insert(tx, &repo_platform, &actor, checked))
        .await
}

/// A [`NewApp`] whose name, region and stack passed Heroku's rules.
pub(crate) struct CheckedApp {
    name: Option<String>,
    region: &'static Region,
    stack: &'static Stack,
}

/// Heroku's refusals of a new app that need no store: a bad name, an unknown region or stack.
pub(crate) fn check(new: NewApp) -> DomainResult<CheckedApp> {
    if let Some(name) = &new.name {
        names::validate(name).map_err(DomainError::invalid)?;
    }
    let region = region_named(
        new.region
            .as_deref()
            .unwrap_or(regions_and_stacks::DEFAULT_REGION),
    )?;
    let stack = stack_named(
        new.stack
            .as_deref()
            .unwrap_or(regions_and_stacks::DEFAULT_STACK),
    )?;
    Ok(CheckedApp {
        name: new.name,
        region,
        stack,
    })
}

/// Creates the app in `tx` (a team app's creation adds its team in the same transaction).
pub(crate) fn insert(
    tx: &Transaction<'_>,
    platform: &Platform,
    actor: &Actor,
    new: CheckedApp,
) -> DomainResult<App> {
    let CheckedApp {
        name,
        region,
        stack,
    } = new;
    let name = match name {
        Some(name) if name_taken(tx, &name)? => return Err(name_taken_error()),
        Some(name) => name,
        None => free_generated_name(tx)?,
    };
    let id = util::new_id();
    let now = util::timestamp(util::now());
    tx.execute_cached(
        "INSERT INTO apps (id, name, owner_id, region, stack, build_stack, maintenance,
                           created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0, ?6, ?6)",
        params![id, name, actor.id, region.name, stack.name, now],
    )
    .map_err(taken_on_conflict)?;
    events::api(tx, &id, &format!("Created app by user {}", actor.email))?;
    releases::create(tx, &id, actor, NewRelease::initial())?;
    // Before the commit, so an app never exists without the repository it pushes to.
    git_repos::create_repo(platform, &name, &id)
        .map_err(|e| DomainError::internal(e.to_string()))?;
    reload(tx, &id)
}

fn free_generated_name(conn: &Connection) -> DomainResult<String> {
    for _ in 0..NAME_ATTEMPTS {
        let name = names::generate();
        if !name_taken(conn, &name)? {
            return Ok(name);
        }
    }
    Err(DomainError::invalid(
        "Could not find a free app name; please choose one.",
    ))
}
