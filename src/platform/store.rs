//! The platform's SQLite store, shared by every belt process on the machine.
//!
//! Connections are pooled and reused. Each write is one `BEGIN IMMEDIATE` transaction, so
//! concurrent writers queue on SQLite's lock (busy_timeout) instead of failing halfway; each
//! read is one deferred transaction, so it sees a single consistent snapshot.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::migrations;
use crate::error::{Error, Result};

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Idle connections kept for reuse; more may be open at once under load.
const POOL_SIZE: usize = 8;

#[derive(Clone)]
pub(crate) struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = connect(path).map_err(|e| open_error(path, e))?;
        migrations::migrate(&mut conn, path)?;
        Ok(Store {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                idle: Mutex::new(vec![conn]),
            }),
        })
    }

    fn take(&self) -> rusqlite::Result<Connection> {
        let pooled = self.lock_idle().pop();
        match pooled {
            Some(conn) => Ok(conn),
            None => connect(&self.inner.path),
        }
    }

    fn give(&self, conn: Connection) {
        // A connection left inside a transaction (a failed commit) is not reused.
        if !conn.is_autocommit() {
            return;
        }
        let mut idle = self.lock_idle();
        if idle.len() < POOL_SIZE {
            idle.push(conn);
        }
    }

    fn lock_idle(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        // The pool holds no invariant a panic could break, so a poisoned lock is still usable.
        self.inner.idle.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on a consistent snapshot. Blocking: use [`Store::read_async`] from handlers.
    pub fn read<T, E>(&self, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E>
    where
        E: From<rusqlite::Error>,
    {
        let mut conn = self.take()?;
        let result = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })();
        self.give(conn);
        result
    }

    /// Runs `f` in one write transaction, committed only if `f` succeeds. Blocking.
    pub fn write<T, E>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<rusqlite::Error>,
    {
        let mut conn = self.take()?;
        let result = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })();
        self.give(conn);
        result
    }

    /// [`Store::read`] on the blocking pool, so waiting on a lock never stalls the runtime.
    pub async fn read_async<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<rusqlite::Error> + From<tokio::task::JoinError> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.read(f)).await?
    }

    /// [`Store::write`] on the blocking pool.
    pub async fn write_async<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<rusqlite::Error> + From<tokio::task::JoinError> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.write(f)).await?
    }
}

fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    // Set first, so everything after (including the first schema read) waits for a busy lock.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // NORMAL is safe with WAL: a killed process never corrupts or loses committed data.
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
    Ok(conn)
}

/// A store failure at startup, naming the file and, when it is damaged, the way out.
pub(crate) fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    let hint = match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            "; the file is damaged: move it away, or run `belt local:reset` to start over"
        }
        _ => "",
    };
    Error::Platform(format!("{}: {e}{hint}", path.display()))
}

/// Whether `e` is a UNIQUE (or primary key) constraint violation.
pub(crate) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}

/// Whether `e` means the database stayed locked past the busy timeout.
pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}
