//! Group commit for [`super::Store::write_async`]: writers queue here, and one committer thread
//! runs each batch of them in one transaction, every writer inside its own savepoint, and
//! commits once for the lot. A commit costs about as much for 60 writers as for one, so under
//! load writes per second stop being commits per second.
//!
//! Each writer keeps its own validation and answer: a writer that fails is rolled back to its
//! savepoint and the others still commit. Nobody is answered before the commit returns, so an
//! answer still means the write is as durable as a lone commit makes it, and everything a
//! caller does after its write (waking the supervisor, files, its response) happens after.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use rusqlite::{Connection, Transaction, TransactionBehavior};
use tokio::sync::oneshot;

use super::Cached;

/// Writers committed together at most: bounds how long the first of a batch waits for the rest.
const MAX_BATCH: usize = 64;

/// Log pages after which the committer's commit checkpoints (SQLite's default is 1,000). The
/// batch whose commit checkpoints is answered only after it, so a checkpoint's size is the
/// slowest answers' wait. Measured on bench/compare's data and wrk script, 2 cores, 2026-12-02:
/// at 64 connections p99 18.2-19.3 ms against 19.0-22.9 ms with 1,000 (4,000: 31-36 ms;
/// 16,000: 65 ms); at 2 connections 3,195/s against 3,088-3,143/s. Smaller was worse: with 250
/// the 64-connection p99 reached 64-69 ms in three runs of five, with 100 the 2-connection p99
/// 49-90 ms. A disk with slow fsyncs may want more.
const CHECKPOINT_PAGES: u32 = 500;

/// The queue and its committer thread, which lives as long as the store.
pub(super) struct Committer {
    shared: Arc<Shared>,
    path: PathBuf,
    /// Held for each batch; [`super::Store::write`] takes it too, so the two never overlap.
    gate: Arc<Mutex<()>>,
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Box<dyn Job>>,
    started: bool,
    closed: bool,
}

impl Committer {
    pub(super) fn new(path: &Path, gate: Arc<Mutex<()>>) -> Committer {
        Committer {
            shared: Arc::new(Shared {
                state: Mutex::new(State::default()),
                wake: Condvar::new(),
            }),
            path: path.to_path_buf(),
            gate,
        }
    }

    /// Queues `work` for the next batch and waits for the batch's commit.
    pub(super) async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<rusqlite::Error> + Send + 'static,
    {
        let (answer, answered) = oneshot::channel();
        self.submit(Box::new(Queued { work, answer }));
        answered
            .await
            .unwrap_or_else(|_| Err(failure("the store's committer stopped").into()))
    }

    /// Starts the committer thread, which opens its connection at once, ahead of the first
    /// write (whose wait would otherwise include both).
    pub(super) fn start(&self) {
        let mut state = lock(&self.shared.state);
        if !state.started {
            self.start_thread(&mut state);
        }
    }

    fn submit(&self, job: Box<dyn Job>) {
        let mut state = lock(&self.shared.state);
        state.queue.push_back(job);
        if state.started {
            self.shared.wake.notify_one();
            return;
        }
        self.start_thread(&mut state);
    }

    fn start_thread(&self, state: &mut State) {
        let (shared, path, gate) = (self.shared.clone(), self.path.clone(), self.gate.clone());
        let spawned = std::thread::Builder::new()
            .name("belt-store-committer".into())
            .spawn(move || commit_batches(&shared, &path, &gate));
        match spawned {
            Ok(_) => state.started = true,
            Err(e) => {
                let e = failure(&format!("cannot start the store's committer: {e}"));
                state.queue.drain(..).for_each(|job| job.fail(&e));
            }
        }
    }

    /// Writers waiting for a batch (tests wait for a batch to fill).
    #[cfg(test)]
    pub(super) fn queued(&self) -> usize {
        lock(&self.shared.state).queue.len()
    }
}

impl Drop for Committer {
    fn drop(&mut self) {
        lock(&self.shared.state).closed = true;
        self.shared.wake.notify_one();
    }
}

/// The committer thread: a batch at a time until the store is dropped and the queue is empty.
fn commit_batches(shared: &Shared, path: &Path, gate: &Mutex<()>) {
    // Opened now, before any writer waits; a failure is met again at the first batch.
    let mut conn = connect(path).ok();
    loop {
        {
            let mut state = lock(&shared.state);
            while state.queue.is_empty() {
                if state.closed {
                    return;
                }
                state = shared.wake.wait(state).unwrap_or_else(|e| e.into_inner());
            }
        }
        // The gate first: writers that arrive while it is held (a batch committing in
        // another process's turn, a blocking write) join this batch.
        let _turn = lock(gate);
        let batch: Vec<_> = {
            let mut state = lock(&shared.state);
            let n = state.queue.len().min(MAX_BATCH);
            state.queue.drain(..n).collect()
        };
        commit_batch(&mut conn, path, batch);
    }
}

/// The committer's connection, which checkpoints at [`CHECKPOINT_PAGES`].
fn connect(path: &Path) -> rusqlite::Result<Connection> {
    let open = super::connect(path)?;
    open.pragma_update(None, "wal_autocheckpoint", CHECKPOINT_PAGES)?;
    Ok(open)
}

/// Runs `batch` in one transaction (more only when SQLite ends one early) and answers each
/// writer once its transaction has committed or failed.
fn commit_batch(conn: &mut Option<Connection>, path: &Path, batch: Vec<Box<dyn Job>>) {
    let mut jobs = batch.into_iter().peekable();
    while jobs.peek().is_some() {
        let open = match conn.take() {
            Some(open) => Ok(open),
            None => connect(path),
        };
        let mut open = match open {
            Ok(open) => open,
            Err(e) => return jobs.for_each(|job| job.fail(&e)),
        };
        let mut ran = Vec::new();
        let outcome = open
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .and_then(|tx| {
                for job in jobs.by_ref() {
                    run_in_savepoint(&tx, job, &mut ran)?;
                }
                tx.commit()
            });
        if let Err(e) = &outcome
            && ran.is_empty()
        {
            // Not even begun: the writers still queued in this batch fail as one would alone.
            return jobs.for_each(|job| job.fail(e));
        }
        let uncommitted = outcome.err();
        ran.into_iter()
            .for_each(|done| done.answer(uncommitted.as_ref()));
        // A connection left inside a transaction (a failed commit) is not reused.
        if open.is_autocommit() {
            *conn = Some(open);
        }
    }
}

/// Runs one writer inside its own savepoint, rolled back to if the writer fails. An error
/// means the transaction itself is lost (SQLite rolled it back, or a savepoint failed).
fn run_in_savepoint(
    tx: &Transaction<'_>,
    job: Box<dyn Job>,
    ran: &mut Vec<Box<dyn Done>>,
) -> rusqlite::Result<()> {
    if let Err(e) = tx.execute_cached("SAVEPOINT belt_writer", []) {
        job.fail(&e);
        return Err(e);
    }
    let done = job.run(tx);
    let succeeded = done.succeeded();
    ran.push(done);
    if tx.is_autocommit() {
        return Err(failure(
            "the transaction was rolled back by a failure in the same batch",
        ));
    }
    if succeeded {
        tx.execute_cached("RELEASE belt_writer", []).map(drop)
    } else {
        tx.execute_batch("ROLLBACK TO belt_writer; RELEASE belt_writer")
    }
}

/// A queued writer, its types erased so one batch can hold any writers.
trait Job: Send {
    /// Runs the work on the batch's transaction; the answer waits for the commit.
    fn run(self: Box<Self>, tx: &Transaction<'_>) -> Box<dyn Done>;
    /// Answers without running: the batch's transaction could not begin.
    fn fail(self: Box<Self>, e: &rusqlite::Error);
}

/// A writer that has run and waits for its batch's commit.
trait Done: Send {
    fn succeeded(&self) -> bool;
    /// Sends the answer: the work's own result, unless it succeeded and the batch was not
    /// committed (`uncommitted`).
    fn answer(self: Box<Self>, uncommitted: Option<&rusqlite::Error>);
}

struct Queued<F, T, E> {
    work: F,
    answer: oneshot::Sender<Result<T, E>>,
}

struct Finished<T, E> {
    result: Result<T, E>,
    answer: oneshot::Sender<Result<T, E>>,
}

impl<F, T, E> Job for Queued<F, T, E>
where
    F: FnOnce(&Transaction<'_>) -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: From<rusqlite::Error> + Send + 'static,
{
    fn run(self: Box<Self>, tx: &Transaction<'_>) -> Box<dyn Done> {
        let Queued { work, answer } = *self;
        // A writer that panics fails alone (where panics unwind; release builds abort).
        let result = catch_unwind(AssertUnwindSafe(|| work(tx)))
            .unwrap_or_else(|_| Err(failure("the write panicked").into()));
        Box::new(Finished { result, answer })
    }

    fn fail(self: Box<Self>, e: &rusqlite::Error) {
        let _ = self.answer.send(Err(copy_error(e).into()));
    }
}

impl<T, E> Done for Finished<T, E>
where
    T: Send + 'static,
    E: From<rusqlite::Error> + Send + 'static,
{
    fn succeeded(&self) -> bool {
        self.result.is_ok()
    }

    fn answer(self: Box<Self>, uncommitted: Option<&rusqlite::Error>) {
        let result = match (self.result, uncommitted) {
            (Ok(_), Some(e)) => Err(copy_error(e).into()),
            (result, _) => result,
        };
        // A writer that stopped waiting (its request was dropped) needs no answer.
        let _ = self.answer.send(result);
    }
}

/// The same failure for each writer of a batch (rusqlite's errors are not `Clone`).
fn copy_error(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(code, message) => {
            rusqlite::Error::SqliteFailure(*code, message.clone())
        }
        other => failure(&other.to_string()),
    }
}

fn failure(message: &str) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
        Some(message.to_string()),
    )
}

/// Nothing guarded can be left half-done by a panic, so a poisoned lock is still usable.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
