//! Work on one app as an actor may see it: the app is found by id or name in the same read
//! or write as the work (404 when there is no such app, 403 when it is someone else's), so
//! a route says only what it does with the app.

use rusqlite::{Connection, Transaction};

use super::Platform;
use super::apps::{self, App};
use super::domain_error::DomainError;
use super::users::Actor;

impl Platform {
    /// The app `identity` as `actor` may see it.
    pub(crate) async fn find_app<E>(&self, actor: Actor, identity: String) -> Result<App, E>
    where
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        self.read_app(actor, identity, |_, app, _| Ok(app)).await
    }

    /// Runs `work` in a read, on the app `identity` as `actor` may see it.
    pub(crate) async fn read_app<T, E, F>(
        &self,
        actor: Actor,
        identity: String,
        work: F,
    ) -> Result<T, E>
    where
        F: FnOnce(&Connection, App, &Actor) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        self.store()
            .read_async(move |conn| {
                let app = apps::find_for(conn, &identity, &actor)?;
                work(conn, app, &actor)
            })
            .await
    }

    /// Runs `work` in a write transaction, on the app `identity` as `actor` may see it.
    pub(crate) async fn write_app<T, E, F>(
        &self,
        actor: Actor,
        identity: String,
        work: F,
    ) -> Result<T, E>
    where
        F: FnOnce(&Transaction<'_>, App, &Actor) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        self.store()
            .write_async(move |tx| {
                let app = apps::find_for(tx, &identity, &actor)?;
                work(tx, app, &actor)
            })
            .await
    }
}
