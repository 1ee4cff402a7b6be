//! The platform's SQLite store, shared by every belt process on the machine.
//!
//! Connections are pooled and reused. Writes are `BEGIN IMMEDIATE` transactions, so writers of
//! other processes queue on SQLite's lock (busy_timeout) instead of failing halfway; this
//! process's async writers are committed in batches ([`group_commit`]). Each read is one
//! deferred transaction, so it sees a single consistent snapshot.

mod group_commit;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use self::group_commit::Committer;
use super::migrations;
use crate::error::{Error, Result};

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Idle connections kept for reuse; more may be open at once under load.
const POOL_SIZE: usize = 8;
/// Prepared statements kept per connection: more than the platform has different ones.
const STATEMENT_CACHE: usize = 512;

#[derive(Clone)]
pub(crate) struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    /// Queues this process's writers in order. Left to SQLite's busy handler, writers poll the
    /// lock with sleeps of up to 100 ms, so under load a few wait for seconds while others
    /// pass; behind this gate each waits only for the writes ahead of it. Other processes
    /// sharing the store still meet SQLite's lock and its busy timeout.
    write_gate: Arc<Mutex<()>>,
    committer: Committer,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = connect(path).map_err(|e| open_error(path, e))?;
        migrations::migrate(&mut conn, path)?;
        let write_gate = Arc::new(Mutex::new(()));
        Ok(Store {
            inner: Arc::new(Inner {
                path: path.to_path_buf(),
                idle: Mutex::new(vec![conn]),
                committer: Committer::new(path, write_gate.clone()),
                write_gate,
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

    /// Runs `f` in one write transaction of its own, committed only if `f` succeeds. Blocking;
    /// it takes its turn between the batches of [`Store::write_async`].
    pub fn write<T, E>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<rusqlite::Error>,
    {
        // Nothing guarded can be left half-done by a panic, so a poisoned gate is still usable.
        let _turn = self
            .inner
            .write_gate
            .lock()
            .unwrap_or_else(|e| e.into_inner());
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

    /// [`Store::read`] without blocking the runtime for long. In WAL mode a reader takes its
    /// snapshot without waiting for anyone, so the read runs right here: handing it to the
    /// blocking pool cost two thread switches per request, half of `belt serve`'s CPU under
    /// load. Only when the snapshot cannot be taken at once (another process is recovering
    /// or checkpointing the WAL) does the read wait for the lock on the blocking pool.
    pub async fn read_async<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<rusqlite::Error> + From<tokio::task::JoinError> + Send + 'static,
    {
        match self.read_now(f) {
            Ok(result) => result,
            Err(f) => {
                let store = self.clone();
                tokio::task::spawn_blocking(move || store.read(f)).await?
            }
        }
    }

    /// Runs `f` on a snapshot taken without waiting, or gives `f` back if that would wait.
    fn read_now<T, E, F>(&self, f: F) -> Result<Result<T, E>, F>
    where
        F: FnOnce(&Connection) -> Result<T, E>,
        E: From<rusqlite::Error>,
    {
        // Opening a connection reads the schema and may wait: only a pooled one is used here.
        let Some(conn) = self.lock_idle().pop() else {
            return Err(f);
        };
        // Reading the schema version starts the read transaction: its snapshot is taken here,
        // and later reads in the transaction need no lock.
        let begun = conn.busy_timeout(Duration::ZERO).and_then(|()| {
            conn.execute_batch("BEGIN DEFERRED")?;
            conn.query_row("PRAGMA schema_version", [], |_| Ok(()))
        });
        let begun = begun.and_then(|()| conn.busy_timeout(BUSY_TIMEOUT));
        if let Err(e) = begun {
            let busy = is_busy(&e);
            // A connection still inside the transaction is dropped by `give`, not reused.
            let _ = conn.execute_batch("ROLLBACK");
            let _ = conn.busy_timeout(BUSY_TIMEOUT);
            self.give(conn);
            return if busy { Err(f) } else { Ok(Err(e.into())) };
        }
        let result = f(&conn).and_then(|out| {
            conn.execute_batch("COMMIT")?;
            Ok(out)
        });
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        self.give(conn);
        Ok(result)
    }

    /// Gets [`Store::write_async`]'s committer ready (its thread started, its connection
    /// open), for a process whose first write is waited for (a runner's, before its dyno's
    /// command may start).
    pub fn prepare_writes(&self) {
        self.inner.committer.start();
    }

    /// Runs `f` as [`Store::write`] does, batched with the writers that queue while a batch
    /// commits: `f` runs inside its own savepoint of the batch's transaction (rolled back to
    /// alone if `f` fails) and is answered only after that transaction commits.
    pub async fn write_async<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<rusqlite::Error> + Send + 'static,
    {
        self.inner.committer.write(f).await
    }
}

#[cfg(test)]
impl Store {
    /// Holds back this process's writers until dropped: those queued meanwhile commit as one
    /// batch. A thread of its own holds the gate, so async tests may await meanwhile.
    pub(crate) fn hold_writes(&self) -> HeldWrites {
        let gate = self.inner.write_gate.clone();
        let (locked, is_locked) = std::sync::mpsc::channel();
        let (release, released) = std::sync::mpsc::channel::<()>();
        let holder = std::thread::spawn(move || {
            let _turn = gate.lock().unwrap_or_else(|e| e.into_inner());
            let _ = locked.send(());
            let _ = released.recv();
        });
        let _ = is_locked.recv();
        HeldWrites {
            release: Some(release),
            holder: Some(holder),
        }
    }

    /// Async writers queued for the next batch.
    pub(crate) fn queued_writes(&self) -> usize {
        self.inner.committer.queued()
    }
}

/// See [`Store::hold_writes`].
#[cfg(test)]
pub(crate) struct HeldWrites {
    release: Option<std::sync::mpsc::Sender<()>>,
    holder: Option<std::thread::JoinHandle<()>>,
}

#[cfg(test)]
impl Drop for HeldWrites {
    fn drop(&mut self) {
        drop(self.release.take());
        if let Some(holder) = self.holder.take() {
            let _ = holder.join();
        }
    }
}

fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    // Set first, so everything after (including the first schema read) waits for a busy lock.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // NORMAL is safe with WAL: a killed process never corrupts or loses committed data.
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
    // rusqlite keeps 16 prepared statements by default; one config change runs more than that
    // many different ones, so each was parsed again on every request (half the CPU under load).
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Plans that do not depend on bound values: otherwise SQLite compiles some statements
    // again at every new binding (the dynos listing's did, on every write), and with no
    // ANALYZE statistics there is no better plan to find.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
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

/// `execute` and `query_row` through the connection's statement cache: rusqlite's own compile
/// the statement at every call, which on the write path cost more than running it.
pub(crate) trait Cached {
    fn execute_cached<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize>;
    fn query_row_cached<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>;
}

impl Cached for Connection {
    fn execute_cached<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    fn query_row_cached<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.prepare_cached(sql)?.query_row(params, f)
    }
}
