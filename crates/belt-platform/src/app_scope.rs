//! Work on one app as an actor may do it: the app is found by id or name and the actor's
//! standing on it checked against the action in the same read or write as the work (404 when
//! there is no such app, 403 when the actor may not), so no check outlives a revocation and a
//! route says only what it does with the app. A refusal is written to the app's log after
//! the refused work rolled back.

use std::sync::{Arc, Mutex};

use rusqlite::{Connection, Transaction};

use super::Platform;
use super::access::{self, Access, Action, Refusal};
use super::apps::{self, App};
use super::domain_error::DomainError;
use super::users::Actor;

type Refused = Arc<Mutex<Option<Refusal>>>;

/// The app `identity` and `actor`'s access to it, once `action` is allowed.
fn enter(
    conn: &Connection,
    identity: &str,
    actor: Actor,
    action: &Action,
    refused: Refused,
) -> Result<(App, Access), DomainError> {
    let app = apps::find(conn, identity)?
        .ok_or_else(|| DomainError::not_found("app", "Couldn't find that app."))?;
    let access = Access::resolve(conn, &app, actor, refused)?;
    access.require(action)?;
    Ok((app, access))
}

impl Platform {
    /// The app `identity`, once `actor` may do `action` to it.
    pub(crate) async fn find_app<E>(
        &self,
        actor: Actor,
        identity: String,
        action: Action,
    ) -> Result<App, E>
    where
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        self.read_app(actor, identity, action, |_, app, _| Ok(app))
            .await
    }

    /// Runs `work` in a read, on the app `identity`, once `actor` may do `action` to it.
    pub(crate) async fn read_app<T, E, F>(
        &self,
        actor: Actor,
        identity: String,
        action: Action,
        work: F,
    ) -> Result<T, E>
    where
        F: FnOnce(&Connection, App, &Access) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        let refused = Refused::default();
        let slot = refused.clone();
        let result = self
            .store()
            .read_async(move |conn| {
                let (app, access) = enter(conn, &identity, actor, &action, slot)?;
                work(conn, app, &access)
            })
            .await;
        self.record_refusal(refused, result).await
    }

    /// Runs `work` in a write transaction, on the app `identity`, once `actor` may do
    /// `action` to it.
    pub(crate) async fn write_app<T, E, F>(
        &self,
        actor: Actor,
        identity: String,
        action: Action,
        work: F,
    ) -> Result<T, E>
    where
        F: FnOnce(&Transaction<'_>, App, &Access) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        let refused = Refused::default();
        let slot = refused.clone();
        let result = self
            .store()
            .write_async(move |tx| {
                let (app, access) = enter(tx, &identity, actor, &action, slot)?;
                work(tx, app, &access)
            })
            .await;
        self.record_refusal(refused, result).await
    }

    /// Writes the refusal the work met, if any, and hands its result on.
    async fn record_refusal<T, E>(&self, refused: Refused, result: Result<T, E>) -> Result<T, E>
    where
        E: From<DomainError> + From<rusqlite::Error> + From<tokio::task::JoinError>,
        E: Send + 'static,
    {
        let refusal = refused.lock().ok().and_then(|mut slot| slot.take());
        if let (Err(_), Some(refusal)) = (&result, refusal) {
            self.store()
                .write_async(move |tx| access::record(tx, &refusal).map_err(E::from))
                .await?;
        }
        result
    }
}
