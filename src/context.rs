//! What every command is handed: the global flags, the output streams, and (built on first use)
//! the account, its API client and, for the `local` backend, the embedded platform.

use tokio::sync::OnceCell;

use crate::api::{Client, ClientOptions};
use crate::auth::{self, Account, Backend};
use crate::cli::Globals;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::project::{self, Project};
use belt_platform::Embedded;

pub struct Context {
    pub globals: Globals,
    pub out: Output,
    session: OnceCell<Session>,
    /// The app this command is about, once known: named in errors that don't name it.
    app: std::sync::OnceLock<String>,
}

/// A resolved account and a client for its backend.
pub struct Session {
    pub account: Account,
    pub client: Client,
    /// CA certificates trusted beyond the built-in roots (for TLS outside the API client,
    /// such as attaching to a dyno): the account's, and the embedded platform's own.
    pub extra_ca: Vec<std::path::PathBuf>,
    /// Keeps the embedded platform running while the command needs it.
    _embedded: Option<Embedded>,
}

impl Context {
    pub fn new(globals: Globals, out: Output) -> Self {
        Context {
            globals,
            out,
            session: OnceCell::new(),
            app: std::sync::OnceLock::new(),
        }
    }

    pub async fn session(&self) -> Result<&Session> {
        self.session.get_or_try_init(|| self.connect()).await
    }

    pub async fn client(&self) -> Result<&Client> {
        Ok(&self.session().await?.client)
    }

    /// The account this command uses, without connecting to its backend.
    pub fn account(&self) -> Result<Account> {
        let project = Project::discover()?;
        auth::resolve_account(
            self.globals.account.as_deref(),
            project.as_ref().and_then(|p| p.account.as_deref()),
            self.globals.api_url.as_deref(),
        )
    }

    /// The flags of the clients that log in and out, which work without a session.
    pub fn login_options(&self) -> auth::login::Options {
        auth::login::Options {
            debug: self.globals.debug.then(|| self.out.trace_sink()),
            dry_run: self.globals.dry_run.then(|| self.out.planned_sink_prose()),
        }
    }

    async fn connect(&self) -> Result<Session> {
        let account = self.account()?;
        let token = match auth::token(&account)? {
            Some((token, source)) => {
                auth::expiry::check(&account, &source, &self.out)?;
                Some(token)
            }
            None => None,
        };
        let (base_url, token, embedded) = match &account.backend {
            Backend::Local => {
                let embedded = belt_platform::start_embedded(&crate::dirs::platform_dir()).await?;
                let token = token.unwrap_or_else(|| embedded.token.clone());
                (embedded.url.clone(), Some(token), Some(embedded))
            }
            Backend::Remote(url) => (url.clone(), token, None),
        };
        // A malformed or refused URL is a usage error, reported before "not logged in".
        let mut extra_ca: Vec<_> = account.ca_cert.iter().cloned().collect();
        extra_ca.extend(embedded.as_ref().map(|e| e.platform().ca_path()));
        let client = Client::new(ClientOptions {
            base_url,
            token: token.clone(),
            debug: self.globals.debug.then(|| self.out.trace_sink()),
            dry_run: self.globals.dry_run.then(|| self.out.planned_sink()),
            extra_ca: account.ca_cert.iter().cloned().collect(),
        })?;
        if token.is_none() {
            return Err(Error::NotLoggedIn(format!(
                "not logged in to account {:?} ({})",
                account.name,
                account.backend.display()
            )));
        }
        Ok(Session {
            account,
            client,
            extra_ca,
            _embedded: embedded,
        })
    }

    /// The app this command is about: `-a`, `BELT_APP`/`HEROKU_APP`, `.belt.toml`, then the git
    /// remote (`-r`, or the one remote that points at an app of this account's backend).
    pub async fn app(&self) -> Result<String> {
        if let Some(app) = self.app.get() {
            return Ok(app.clone());
        }
        let app = self.find_app().await?;
        Ok(self.app.get_or_init(|| app).clone())
    }

    /// Names the app for a command that takes it as a positional argument.
    pub async fn app_or(&self, positional: Option<String>) -> Result<String> {
        match positional {
            Some(name) => Ok(self.app.get_or_init(|| name).clone()),
            None => self.app().await,
        }
    }

    /// Adds the app's name to "not found" and "no access" answers that don't carry it, so the
    /// user learns which name was wrong (Heroku's message is a bare "Couldn't find that app."),
    /// and the Request-Id to an answer found to be of the wrong shape after it was read.
    pub fn annotate(&self, error: Error) -> Error {
        match (error, self.app.get()) {
            (
                Error::Api {
                    status,
                    id,
                    message,
                    resource,
                    request_id,
                },
                Some(app),
            ) if matches!(status, 403 | 404)
                && !message.contains(app.as_str())
                && !resource.as_deref().is_some_and(is_catalogue) =>
            {
                Error::Api {
                    status,
                    id,
                    message: format!("{message} (app: {app})"),
                    resource,
                    request_id,
                }
            }
            (
                Error::Protocol {
                    message,
                    request_id: None,
                },
                _,
            ) => Error::Protocol {
                message,
                // A body of the wrong shape is found after its answer was read: it came with
                // the newest one.
                request_id: self.session.get().and_then(|s| s.client.last_request_id()),
            },
            (error, _) => error,
        }
    }

    async fn find_app(&self) -> Result<String> {
        if let Some(app) = &self.globals.app {
            return Ok(app.clone());
        }
        if self.globals.remote.is_none() {
            for var in [crate::env::BELT_APP, crate::env::HEROKU_APP] {
                if let Some(app) = var.get().filter(|v| !v.is_empty()) {
                    return Ok(app);
                }
            }
            if let Some(app) = Project::discover()?.and_then(|p| p.app) {
                return Ok(app);
            }
        }
        let session = self.session().await?;
        project::app_from_git_remotes(&session.account.backend, self.globals.remote.as_deref())
    }
}

/// Things that belong to no app (the add-on catalogue, regions, stacks, sizes): an error
/// about one does not get the app named after it.
fn is_catalogue(resource: &str) -> bool {
    matches!(
        resource.replace(['_', '-'], " ").as_str(),
        "add on service" | "addon service" | "plan" | "region" | "stack" | "dyno size"
    )
}
