//! The routing table: which app a hostname belongs to and where its `up` web dynos listen,
//! held in memory and reloaded from the store when the database changes, so a request never
//! waits for SQLite. Changes are noticed with the `router_changes` counter (moved by triggers
//! on what [`load`] reads) on a connection of the router's own, polled every
//! [`POLL_INTERVAL`]; so a dyno that came up is routable within about that long, and writes
//! that do not route (config vars, releases, logs) never reload the table.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use hyper::http::uri::Authority;
use rusqlite::{Connection, OpenFlags};
use tokio::sync::watch;

use crate::Platform;
use crate::domain_error::DomainError;
use crate::error::{Error, Result};

pub(super) const POLL_INTERVAL: Duration = Duration::from_millis(50);

/// Every app the router knows, by the hostnames it answers to.
#[derive(Default)]
pub(super) struct Table {
    /// `APP` of `APP.localhost`.
    by_name: HashMap<String, Arc<AppRoute>>,
    /// Custom domains (`domains.hostname`), lowercased.
    by_domain: HashMap<String, Arc<AppRoute>>,
}

/// One app, as the router sees it.
pub(super) struct AppRoute {
    pub app_id: Arc<str>,
    pub maintenance: bool,
    /// The config vars Heroku's router reads to serve an app's own error pages.
    pub maintenance_page_url: Option<String>,
    pub error_page_url: Option<String>,
    /// The app's `up` web dynos, in name order.
    pub backends: Vec<Backend>,
    /// The formation asks for web dynos (quantity above zero).
    pub web_wanted: bool,
    /// Some web dyno crashed (Heroku's H10 when none is up).
    pub crashed: bool,
    /// Some web dyno is starting: a request waits for it, as Heroku's router queues requests
    /// for a booting app.
    pub booting: bool,
    /// Where the round robin is.
    next: AtomicUsize,
}

pub(super) struct Backend {
    /// `web.1`: the `dyno=` of the log line.
    pub dyno: Arc<str>,
    /// `127.0.0.1:PORT`
    pub authority: Authority,
}

impl Table {
    /// The app a request's hostname (lowercase, without port) belongs to.
    pub(super) fn find(&self, hostname: &str) -> Option<&Arc<AppRoute>> {
        self.by_domain.get(hostname).or_else(|| {
            hostname
                .strip_suffix(".localhost")
                .and_then(|name| self.by_name.get(name))
        })
    }
}

impl AppRoute {
    /// The next dyno in turn, or `None` when no web dyno is up.
    pub(super) fn pick(&self) -> Option<&Backend> {
        if self.backends.is_empty() {
            return None;
        }
        let turn = self.next.fetch_add(1, Ordering::Relaxed);
        self.backends.get(turn % self.backends.len())
    }
}

/// Reads the whole table in one snapshot.
fn load(conn: &Connection) -> rusqlite::Result<Table> {
    struct Draft {
        name: String,
        route: AppRoute,
        domains: Vec<String>,
    }
    let mut drafts: HashMap<String, Draft> = HashMap::new();
    let mut apps = conn.prepare_cached("SELECT id, name, maintenance FROM apps")?;
    let rows = apps.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, bool>(2)?,
        ))
    })?;
    for row in rows {
        let (id, name, maintenance) = row?;
        let route = AppRoute {
            app_id: Arc::from(id.as_str()),
            maintenance,
            maintenance_page_url: None,
            error_page_url: None,
            backends: Vec::new(),
            web_wanted: false,
            crashed: false,
            booting: false,
            next: AtomicUsize::new(0),
        };
        let domains = Vec::new();
        drafts.insert(
            id,
            Draft {
                name,
                route,
                domains,
            },
        );
    }

    let mut domains = conn.prepare_cached("SELECT app_id, hostname FROM domains")?;
    let rows = domains.query_map([], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (app_id, hostname) = row?;
        if let Some(draft) = drafts.get_mut(&app_id) {
            draft.domains.push(hostname.to_ascii_lowercase());
        }
    }

    let mut dynos = conn.prepare_cached(
        "SELECT app_id, name, state, port FROM dynos WHERE type = 'web' AND state IN ('up', 'crashed', 'starting')
         ORDER BY app_id, length(name), name",
    )?;
    let rows = dynos.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Option<u16>>(3)?,
        ))
    })?;
    for row in rows {
        let (app_id, name, state, port) = row?;
        let Some(draft) = drafts.get_mut(&app_id) else {
            continue;
        };
        match (state.as_str(), port) {
            ("up", Some(port)) => {
                if let Ok(authority) = Authority::try_from(format!("127.0.0.1:{port}")) {
                    draft.route.backends.push(Backend {
                        dyno: Arc::from(name.as_str()),
                        authority,
                    });
                }
            }
            ("crashed", _) => draft.route.crashed = true,
            ("starting", _) => draft.route.booting = true,
            _ => {}
        }
    }

    let mut formation =
        conn.prepare_cached("SELECT app_id FROM formation WHERE type = 'web' AND quantity > 0")?;
    let rows = formation.query_map([], |row| row.get::<_, String>(0))?;
    for app_id in rows {
        if let Some(draft) = drafts.get_mut(&app_id?) {
            draft.route.web_wanted = true;
        }
    }

    let mut pages = conn.prepare_cached(
        "SELECT app_id, key, value FROM config_vars
         WHERE key IN ('MAINTENANCE_PAGE_URL', 'ERROR_PAGE_URL') AND value != ''",
    )?;
    let rows = pages.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (app_id, key, value) = row?;
        if let Some(draft) = drafts.get_mut(&app_id) {
            if key == "MAINTENANCE_PAGE_URL" {
                draft.route.maintenance_page_url = Some(value);
            } else {
                draft.route.error_page_url = Some(value);
            }
        }
    }

    let mut table = Table::default();
    for draft in drafts.into_values() {
        let route = Arc::new(draft.route);
        for hostname in draft.domains {
            table.by_domain.insert(hostname, route.clone());
        }
        table.by_name.insert(draft.name.to_ascii_lowercase(), route);
    }
    Ok(table)
}

/// Loads the table through the platform's store.
pub(super) async fn read(platform: &Platform) -> Result<Table> {
    platform
        .store()
        .read_async(|conn| Ok::<_, DomainError>(load(conn)?))
        .await
        .map_err(|e| Error::Platform(format!("the router cannot read the apps: {e}")))
}

/// Notices commits that change what the table holds, by any connection.
pub(super) struct ChangeWatch {
    conn: Connection,
    last: Option<i64>,
}

impl ChangeWatch {
    pub(super) fn open(platform: &Platform) -> Result<ChangeWatch> {
        let path = platform.db_path();
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::Platform(format!("{}: {e}", path.display())))?;
        let mut watch = ChangeWatch { conn, last: None };
        watch.changed();
        Ok(watch)
    }

    /// Whether what the table holds changed since the last call (also when it cannot tell,
    /// so a failing check errs on the side of a reload).
    pub(super) fn changed(&mut self) -> bool {
        let version = self
            .conn
            .prepare_cached("SELECT generation FROM router_changes")
            .and_then(|mut counter| counter.query_row([], |row| row.get::<_, i64>(0)))
            .ok();
        let changed = version.is_none() || version != self.last;
        self.last = version;
        changed
    }
}

/// Keeps `table` current until the router stops.
pub(super) async fn refresh(
    platform: Platform,
    mut watch: ChangeWatch,
    table: watch::Sender<Arc<Table>>,
) {
    let mut tick = tokio::time::interval(POLL_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        // A check reads one row, mostly from the connection's cache: fine on the runtime's thread.
        if !watch.changed() {
            continue;
        }
        match read(&platform).await {
            Ok(fresh) => {
                table.send_replace(Arc::new(fresh));
            }
            // The table stays as it was, and the next tick tries again.
            Err(_) => watch.last = None,
        }
    }
}
