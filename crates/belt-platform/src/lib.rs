//! The local platform: a server for the subset of the Heroku Platform API v3 that belt's
//! commands use, backed by a SQLite database in the data directory. It runs embedded (plain
//! HTTP on a loopback port, inside each belt process, for the duration of one command) or
//! standalone as `belt serve` (HTTPS with a locally generated CA). Any number of processes
//! may share one data directory at once. It knows nothing of the CLI.
//!
//! The layers, each depending only on those below it:
//! - the edge: `routes/` (one file per API area, each contributing its `routes()`) and
//!   `http` (the API's conventions: JSON errors as `ApiError`, body and `Caller` extractors,
//!   `Request-Id`, Range-paginated answers), `range` (the `Range` header), `rendezvous` (the
//!   TLS listener attached dynos connect to), `tls` (`belt serve`'s CA and certificate)
//! - the domain, which speaks in `DomainError` (`domain_error`) and acts for an `Actor`
//!   (`users`), never in HTTP terms: `app_scope` (work on one app as an actor may see it),
//!   `apps`, `addons` with `addon_plans` (the catalogue), `releases` (and config vars),
//!   `formation`, `dynos`, `builds` with `slug_compiler` (the build pipeline), `buildpacks`,
//!   `domains`, `logs` (log sessions) over `events` (the per-app event log), `app_setups`
//!   (apps set up from an app.json, read by `manifest`), `review_apps` with
//!   `review_app_config` (a pipeline's review apps, made through app setups), `users`,
//!   `api_keys`, `ssh_keys`, `credentials` (passwords, second factors), `login_sessions`
//!   (browser logins), `regions_and_stacks` and `names` (static data, app names)
//! - processes outside a request: `git_repos` (each app's bare repository and its
//!   `pre-receive` hook, `belt __git-receive`), `runner/` (runs a dyno's command: spawn,
//!   supervise, its process group, its output), `procs` (recorded processes)
//! - the store: `store` (SQLite, shared across processes), `migrations`; and `error` (failures
//!   outside a request, for whoever started the platform), `util`.

mod access;
mod addon_plans;
mod addons;
mod api_keys;
mod app_scope;
mod app_setups;
mod app_transfers;
mod apps;
mod buildpacks;
mod builds;
mod collaborators;
mod credentials;
mod domain_error;
mod domains;
mod dynos;
mod error;
mod events;
mod formation;
mod git_repos;
mod http;
mod instances;
mod login_sessions;
mod logs;
mod manifest;
mod migrations;
mod names;
mod pipelines;
mod procs;
mod promotions;
mod range;
mod regions_and_stacks;
mod release_phase;
mod releases;
mod rendezvous;
mod review_app_config;
mod review_apps;
pub mod router;
mod routes;
mod runner;
mod scopes;
pub mod settings;
mod slug_compiler;
mod slug_store;
mod ssh_keys;
mod stage_config_vars;
mod store;
mod supervisor;
mod team_apps;
mod team_events;
mod teams;
mod tls;
mod users;
mod util;

#[cfg(test)]
mod tests;

use std::fs;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::serve::ListenerExt;
use belt_text::procfile;
use rusqlite::Connection;

use belt_fs as fsutil;
use store::Store;

pub use error::{Error, Result};
pub use events::Event;
pub use git_repos::{GIT_RECEIVE_COMMAND, receive_main as git_receive_main};
pub use runner::{kill_running_dynos, runner_main};
pub use slug_store::{DiskUse as SlugDiskUse, gc::disk_use as slug_disk_use};
pub use supervisor::{
    RunningDyno, SUPERVISOR_COMMAND, Stopped, SupervisorInfo, running_dynos,
    status as supervisor_status, stop_everything, supervisor_main,
};
pub use team_events::TeamEvent;

// What `belt local:users*` shows of the users it adds, lists and removes.
pub use users::{AddedUser, RemovedUser, UserSummary};

/// The account that owns a fresh install; its API key is in `DATA_DIR/owner-token`.
pub const OWNER_EMAIL: &str = "owner@belt.local";

/// The internal belt subcommand that runs a detached dyno ([`runner_main`]).
pub const DYNO_RUNNER_COMMAND: &str = "__dyno-runner";

const DB_FILE: &str = "platform.db";
const TOKEN_FILE: &str = "owner-token";
const TLS_DIR: &str = "tls";
const REPOS_DIR: &str = "repos";
const APPS_DIR: &str = "apps";
const DYNOS_DIR: &str = "dynos";
/// How long `belt serve` waits for a request's headers before closing the connection.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// An open platform: its store, where it lives, and how it is reached. Cheap to clone.
#[derive(Clone)]
pub struct Platform {
    inner: Arc<Inner>,
}

struct Inner {
    data_dir: PathBuf,
    public_url: Option<String>,
    store: Store,
    owner_token: String,
    /// Where the API listens, and so where attached dynos' rendezvous listener goes.
    bind: IpAddr,
    /// The router's port, in apps' web URLs.
    router_port: u16,
    rendezvous: tokio::sync::OnceCell<rendezvous::Rendezvous>,
}

impl Platform {
    /// Opens (creating if needed) the platform state in `data_dir`: the SQLite database
    /// `platform.db`, migrated to the current schema, and on first start an owner account
    /// whose API key is written to `data_dir/owner-token` (mode 0600). When already
    /// initialised this is one connection, one pragma read, one file read and one lookup.
    /// `public_url`: None for the embedded platform, `Some("https://localhost:PORT")` for
    /// `belt serve`.
    pub fn open(data_dir: &Path, public_url: Option<String>) -> Result<Platform> {
        let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);
        Self::open_on(data_dir, public_url, loopback, settings::router_port())
    }

    fn open_on(
        data_dir: &Path,
        public_url: Option<String>,
        bind: IpAddr,
        router_port: u16,
    ) -> Result<Platform> {
        fs::create_dir_all(data_dir).map_err(|e| Error::io(data_dir, e))?;
        // Absolute, because embedded git URLs are paths and must work from any directory.
        let data_dir = std::path::absolute(data_dir).map_err(|e| Error::io(data_dir, e))?;
        let store = Store::open(&data_dir.join(DB_FILE))?;
        let token_path = data_dir.join(TOKEN_FILE);
        let current = match read_token(&token_path)? {
            Some(token) if store.read(|c| Ok::<_, Error>(api_keys::exists(c, &token)?))? => {
                Some(token)
            }
            _ => None,
        };
        let owner_token = match current {
            Some(token) => token,
            None => store.write(|tx| init_owner(tx, &token_path))?,
        };
        Ok(Platform {
            inner: Arc::new(Inner {
                data_dir,
                public_url: public_url.map(|u| u.trim_end_matches('/').to_string()),
                store,
                owner_token,
                bind,
                router_port,
                rendezvous: tokio::sync::OnceCell::new(),
            }),
        })
    }

    /// The owner account's API key.
    pub fn owner_token(&self) -> &str {
        &self.inner.owner_token
    }

    /// The SQLite database holding every app, release and key.
    pub fn db_path(&self) -> PathBuf {
        self.inner.data_dir.join(DB_FILE)
    }

    pub fn owner_token_path(&self) -> PathBuf {
        self.inner.data_dir.join(TOKEN_FILE)
    }

    pub fn data_dir(&self) -> &Path {
        &self.inner.data_dir
    }

    pub fn public_url(&self) -> Option<&str> {
        self.inner.public_url.as_deref()
    }

    /// The HTTP API, with every response JSON and carrying a `Request-Id`.
    pub fn router(&self) -> Router {
        routes::router()
            .fallback(http::unknown_endpoint)
            .method_not_allowed_fallback(http::wrong_method)
            .layer(DefaultBodyLimit::max(http::MAX_BODY))
            .layer(axum::middleware::from_fn(http::decorate))
            .layer(axum::middleware::from_fn_with_state(
                self.clone(),
                supervisor::wake_after,
            ))
            .with_state(self.clone())
    }

    /// The latest `limit` event-log lines of an app (by id or name), oldest first; `None`
    /// when there is no such app.
    pub fn recent_events(&self, app: &str, limit: usize) -> Result<Option<Vec<Event>>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.inner.store.read(|conn| {
            let Some(app) = apps::find(conn, app)? else {
                return Ok(None);
            };
            Ok(Some(events::recent(conn, &app.id, 0, limit)?))
        })
    }

    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Where deploys installed the current release's tree before slugs had trees of their own
    /// (`slug_store`); dynos of those slugs still start from it.
    pub(crate) fn app_source_dir(&self, app_id: &str) -> PathBuf {
        self.inner
            .data_dir
            .join(APPS_DIR)
            .join(app_id)
            .join("source")
    }

    /// The empty working directory of a dyno whose app has no deployed source yet.
    pub(crate) fn dyno_scratch_dir(&self, dyno_id: &str) -> PathBuf {
        self.inner.data_dir.join(DYNOS_DIR).join(dyno_id)
    }

    pub(crate) fn tls_dir(&self) -> PathBuf {
        self.inner.data_dir.join(TLS_DIR)
    }

    /// The CA that signs the platform's certificates (`belt serve`, attached dynos); it
    /// exists once either has been used.
    pub fn ca_path(&self) -> PathBuf {
        self.tls_dir().join(tls::CA_FILE)
    }

    /// The rendezvous listener for attached dynos, started (and its TLS material loaded or
    /// generated) on first use, so commands that never attach pay nothing for it.
    pub(crate) async fn rendezvous(&self) -> Result<&rendezvous::Rendezvous> {
        self.inner
            .rendezvous
            .get_or_try_init(|| rendezvous::Rendezvous::start(self.clone(), self.inner.bind))
            .await
    }

    /// Where `git push` goes: the bare repository's path when embedded, a URL when served.
    pub(crate) fn git_url(&self, app: &str) -> String {
        match &self.inner.public_url {
            Some(url) => format!("{url}/{app}.git"),
            None => self
                .inner
                .data_dir
                .join(REPOS_DIR)
                .join(format!("{app}.git"))
                .to_string_lossy()
                .into_owned(),
        }
    }

    pub(crate) fn router_port(&self) -> u16 {
        self.inner.router_port
    }

    /// The app's URL through the router (plain HTTP on loopback, both embedded and served).
    pub(crate) fn web_url(&self, app: &str) -> String {
        format!("http://{app}.localhost:{}/", self.inner.router_port)
    }
}

/// Parses a `Range` header as the list endpoints do and, when it is valid, checks that the
/// `Next-Range` and `Content-Range` built from it parse back, through belt's own `Range` (the
/// fuzz target `range` checks more, on belt-text's). `Err` is the 400 message a client gets.
pub fn check_range_header(header: &str) -> std::result::Result<(), String> {
    let range = range::Range::parse(Some(header), &["id", "name"])?;
    let next = range.next_range("last");
    range::Range::parse(Some(&next), &["id", "name"])
        .map_err(|e| format!("Next-Range {next:?} does not parse back: {e}"))?;
    let _ = range.content_range("first", "last");
    range.sql("name", range::Kind::Text).map(|_| ())
}

fn read_token(path: &Path) -> Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(s) => Ok(Some(s.trim().to_string()).filter(|t| !t.is_empty())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// First start (or a lost or stale token file): the owner account and a new key, written
/// to the token file while the write lock is held, so concurrent first starts agree.
fn init_owner(conn: &Connection, token_path: &Path) -> Result<String> {
    // Another process may have done this while we waited for the lock.
    if let Some(token) = read_token(token_path)?
        && api_keys::exists(conn, &token)?
    {
        return Ok(token);
    }
    let user_id = users::ensure(conn, OWNER_EMAIL)?;
    let token = api_keys::add_default(conn, &user_id)?;
    fsutil::write_atomic(token_path, token.as_bytes())?;
    Ok(token)
}

/// The embedded backend: plain HTTP on `127.0.0.1`, served on the current tokio runtime
/// for as long as this value lives.
pub struct Embedded {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// The owner's API key.
    pub token: String,
    platform: Platform,
    task: tokio::task::JoinHandle<()>,
}

impl Embedded {
    pub fn platform(&self) -> &Platform {
        &self.platform
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Opens the platform in `data_dir` and serves it on a free loopback port.
pub async fn start_embedded(data_dir: &Path) -> Result<Embedded> {
    let platform = Platform::open(data_dir, None)?;
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .map_err(|e| Error::Platform(format!("cannot listen on 127.0.0.1: {e}")))?;
    let port = listener
        .local_addr()
        .map_err(|e| Error::Platform(format!("cannot listen on 127.0.0.1: {e}")))?
        .port();
    // Small request/response exchanges: do not let Nagle hold back the last segment.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let router = platform.router();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Ok(Embedded {
        url: format!("http://127.0.0.1:{port}"),
        token: platform.owner_token().to_string(),
        platform,
        task,
    })
}

/// Where and how `belt serve` listens.
pub struct ServeOptions {
    pub data_dir: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    /// The router's port, on loopback.
    pub router_port: u16,
}

/// What `belt serve` tells the user once it listens.
pub struct ServeInfo {
    /// `https://localhost:PORT` when bound to loopback (or all interfaces).
    pub url: String,
    /// The CA that signed the server certificate, for clients to trust.
    pub ca_path: PathBuf,
    /// The owner's API key file.
    pub token_path: PathBuf,
    /// `http://*.localhost:PORT/`: where the router reaches the apps.
    pub router_url: String,
}

/// `belt serve`: HTTPS with the CA and certificate from `data_dir/tls/` (generated on first
/// start). Calls `on_ready` once listening, then serves until Ctrl-C or SIGTERM.
/// Why `belt serve` stopped, once it stopped its server and its dynos.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServeEnd {
    /// Ctrl-C (SIGINT).
    Interrupted,
    /// SIGTERM.
    Terminated,
}

pub async fn serve(opts: ServeOptions, on_ready: impl FnOnce(&ServeInfo)) -> Result<ServeEnd> {
    let tls_dir = opts.data_dir.join(TLS_DIR);
    let material = tokio::task::spawn_blocking(move || tls::ensure(&tls_dir))
        .await
        .map_err(|e| Error::Platform(format!("TLS setup was interrupted: {e}")))??;

    let addr = SocketAddr::new(opts.bind, opts.port);
    let listen_error = |e: std::io::Error| Error::Platform(format!("cannot listen on {addr}: {e}"));
    let listener = std::net::TcpListener::bind(addr).map_err(listen_error)?;
    let port = listener.local_addr().map_err(listen_error)?.port();
    // The certificate names localhost; a specific address is shown as itself.
    let host = match opts.bind {
        ip if ip.is_loopback() || ip.is_unspecified() => "localhost".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("https://{host}:{port}");
    // The router listens on loopback only, as its apps' `web_url`s say.
    let router_listener = supervisor::router_listener(opts.router_port)
        .map_err(|e| Error::Platform(format!("{e}, or `belt serve --router-port`")))?;
    let router_port = router_listener
        .local_addr()
        .map_err(|e| Error::Platform(format!("cannot listen for the router: {e}")))?
        .port();
    let platform = Platform::open_on(&opts.data_dir, Some(url.clone()), opts.bind, router_port)?;
    if let Some(other) = supervisor::status(platform.data_dir()) {
        return Err(Error::Platform(format!(
            "another belt process (pid {}) runs the dynos of {}; stop it first (`belt local:stop` for the embedded platform)",
            other.pid,
            platform.data_dir().display()
        )));
    }

    let config = axum_server::tls_rustls::RustlsConfig::from_config(material.config);
    // As embedded: without TCP_NODELAY a response of more than one segment waits for the
    // client's delayed ACK (~40 ms on Linux) before its last segment leaves.
    let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config)
        .acceptor(axum_server::accept::NoDelayAcceptor::new());
    let handle = axum_server::Handle::new();
    let mut server = axum_server::from_tcp(listener)
        .map_err(listen_error)?
        .acceptor(acceptor)
        .handle(handle.clone());
    // axum-server turns hyper's header read timeout off; without it a slowloris client
    // (headers sent a byte at a time) holds a connection and its buffers forever.
    server
        .http_builder()
        .http1()
        .header_read_timeout(HEADER_READ_TIMEOUT);

    on_ready(&ServeInfo {
        url,
        ca_path: material.ca_path,
        token_path: platform.owner_token_path(),
        router_url: format!("http://*.localhost:{router_port}/"),
    });

    let (stopping, mut stop) = tokio::sync::watch::channel(None);
    let mut ended = stopping.subscribe();
    tokio::spawn(async move {
        let end = shutdown_signal().await;
        handle.graceful_shutdown(Some(Duration::from_secs(5)));
        let _ = stopping.send(Some(end));
    });
    // `belt serve` runs its own dynos, and stops them when it stops.
    let supervising = {
        let platform = platform.clone();
        let options = supervisor::SupervisorOptions {
            exit_when_idle: false,
            router: Ok(router_listener),
        };
        tokio::spawn(async move {
            let stopped = async move {
                let _ = stop.wait_for(Option::is_some).await;
            };
            supervisor::run(&platform, options, stopped).await
        })
    };
    let served = server
        .serve(platform.router().into_make_service())
        .await
        .map_err(|e| Error::Platform(format!("the server stopped: {e}")));
    if let Ok(supervised) = supervising.await {
        supervised?;
    }
    served?;
    let end = *ended.borrow_and_update();
    Ok(end.unwrap_or(ServeEnd::Terminated))
}

/// Waits for Ctrl-C or SIGTERM, and says which.
async fn shutdown_signal() -> ServeEnd {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // No signal handling available: run until killed.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => ServeEnd::Interrupted,
        _ = terminate => ServeEnd::Terminated,
    }
}
