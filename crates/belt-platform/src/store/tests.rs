use super::*;

/// A read that could wait (here: no pooled connection, and opening one waits for another
/// connection's exclusive lock) never waits on the runtime's thread: it waits for the
/// lock on the blocking pool, and then succeeds instead of failing as busy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_blocked_by_an_exclusive_lock_waits_for_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("platform.db");
    let store = Store::open(&path).expect("open");
    // Every open connection holds a shared lock in WAL mode; close the pool's so another
    // connection can take the database exclusively.
    store.lock_idle().clear();
    let holder = connect(&path).expect("second connection");
    holder
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE;
             BEGIN IMMEDIATE; CREATE TABLE marker (v TEXT); INSERT INTO marker VALUES ('x');
             COMMIT;",
        )
        .expect("exclusive write");
    // An exclusive-mode connection keeps its lock until it closes.
    let read = |conn: &Connection| conn.query_row("SELECT v FROM marker", [], |r| r.get(0));
    assert!(store.read_now::<String, _, _>(read).is_err());
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(holder);
    });
    let value: String = store
        .read_async(|conn| {
            conn.query_row("SELECT v FROM marker", [], |r| r.get(0))
                .map_err(super::super::domain_error::DomainError::from)
        })
        .await
        .expect("the read waits for the lock");
    assert_eq!(value, "x");
    release.join().expect("release thread");
    // The fast path is back once the lock is gone.
    assert!(matches!(store.read_now::<String, _, _>(read), Ok(Ok(v)) if v == "x"));
}

fn marker_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("platform.db")).expect("open");
    store
        .write(|tx| tx.execute_batch("CREATE TABLE marker (n INTEGER PRIMARY KEY)"))
        .expect("create table");
    (dir, store)
}

/// Markers a fresh connection sees, so only committed ones.
fn committed_markers(store: &Store) -> Vec<i64> {
    let conn = connect(&store.inner.path).expect("fresh connection");
    let mut query = conn
        .prepare("SELECT n FROM marker ORDER BY n")
        .expect("prepare");
    query
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

/// Waits (without a deadline) until `n` writers are queued behind a held gate.
async fn until_queued(store: &Store, n: usize) {
    while store.queued_writes() < n {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Writer `n` inserts its marker; the second also fails afterwards, the third panics. What each
/// successful one answers: the markers its transaction saw, and those a fresh connection saw.
fn marker_writer(
    n: i64,
) -> impl FnOnce(&Transaction<'_>) -> rusqlite::Result<(i64, usize)> + Send + 'static {
    move |tx| {
        tx.execute("INSERT INTO marker (n) VALUES (?1)", [n])?;
        match n {
            2 => return Err(rusqlite::Error::QueryReturnedNoRows),
            3 => panic!("writer 3 panics after its insert"),
            _ => {}
        }
        let seen = tx.query_row("SELECT count(*) FROM marker", [], |r| r.get(0))?;
        let outside = connect(Path::new(tx.path().unwrap_or_default()))?.query_row(
            "SELECT count(*) FROM marker",
            [],
            |r| r.get::<_, i64>(0),
        )?;
        Ok((seen, usize::try_from(outside).unwrap_or(usize::MAX)))
    }
}

/// Five writers queued while the gate is held run as one batch: one transaction (each sees
/// the markers of those before it, a fresh connection sees none until the commit), the one
/// that fails and the one that panics are rolled back alone, and the others commit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_or_panicking_writer_in_a_batch_fails_alone() {
    let (_dir, store) = marker_store();
    let held = store.hold_writes();
    let mut writers = Vec::new();
    for n in 1..=5 {
        let writer = store.clone();
        writers.push(tokio::spawn(async move {
            writer.write_async(marker_writer(n)).await
        }));
        // One at a time, so the batch runs them in this order.
        until_queued(&store, usize::try_from(n).expect("small")).await;
    }
    drop(held);
    let mut answers = Vec::new();
    for writer in writers {
        answers.push(writer.await.expect("writer task"));
    }
    assert!(matches!(answers[0], Ok((1, 0))), "{:?}", answers[0]);
    assert!(matches!(
        answers[1],
        Err(rusqlite::Error::QueryReturnedNoRows)
    ));
    assert!(
        matches!(&answers[2], Err(e) if e.to_string().contains("panicked")),
        "{:?}",
        answers[2]
    );
    // Writers 2 and 3 left nothing behind: writer 4 sees 1 and itself.
    assert!(matches!(answers[3], Ok((2, 0))), "{:?}", answers[3]);
    assert!(matches!(answers[4], Ok((3, 0))), "{:?}", answers[4]);
    assert_eq!(committed_markers(&store), vec![1, 4, 5]);
    // The store goes on writing after a batch with failures.
    store
        .write_async(|tx| tx.execute("INSERT INTO marker (n) VALUES (6)", []))
        .await
        .expect("next write");
    assert_eq!(committed_markers(&store), vec![1, 4, 5, 6]);
}

/// However writers batch, each answer comes after its commit: the moment a writer is
/// answered, a fresh connection already sees its row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_writer_is_answered_only_after_its_commit() {
    let (_dir, store) = marker_store();
    let mut writers = Vec::new();
    for n in 100..164 {
        let store = store.clone();
        writers.push(tokio::spawn(async move {
            store
                .write_async(move |tx| tx.execute("INSERT INTO marker (n) VALUES (?1)", [n]))
                .await
                .expect("write");
            assert!(committed_markers(&store).contains(&n), "marker {n} unseen");
        }));
    }
    for writer in writers {
        writer.await.expect("writer task");
    }
    assert_eq!(committed_markers(&store).len(), 64);
}

/// A batch whose commit fails answers every writer that succeeded with the failure (and the
/// one that failed with its own error); nothing of theirs is kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_that_cannot_commit_fails_every_writer() {
    let (_dir, store) = marker_store();
    store
        .write(|tx| {
            tx.execute_batch(
                "CREATE TABLE parent (id INTEGER PRIMARY KEY);
                 CREATE TABLE child (parent INTEGER REFERENCES parent (id)
                   DEFERRABLE INITIALLY DEFERRED)",
            )
        })
        .expect("tables");
    let held = store.hold_writes();
    let first = tokio::spawn({
        let store = store.clone();
        async move {
            store
                .write_async(|tx| tx.execute("INSERT INTO marker (n) VALUES (1)", []))
                .await
        }
    });
    until_queued(&store, 1).await;
    // A deferred foreign key is checked only at COMMIT, so this writer's release of its
    // savepoint succeeds and the batch's commit fails.
    let second = tokio::spawn({
        let store = store.clone();
        async move {
            store
                .write_async(|tx| tx.execute("INSERT INTO child (parent) VALUES (7)", []))
                .await
        }
    });
    until_queued(&store, 2).await;
    drop(held);
    assert!(first.await.expect("task").is_err());
    assert!(second.await.expect("task").is_err());
    assert!(committed_markers(&store).is_empty());
    store
        .write_async(|tx| tx.execute("INSERT INTO marker (n) VALUES (2)", []))
        .await
        .expect("the next batch commits");
    assert_eq!(committed_markers(&store), vec![2]);
}

/// A statement's cached compilation is reused across transactions and new bindings: each
/// write runs some forty different statements, and compiling them again each time was half
/// of `belt serve`'s CPU under load.
#[test]
fn statements_stay_compiled_across_writes_and_bindings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("platform.db")).expect("open");
    // The dynos listing's shape (a correlated subquery in a join), which SQLite otherwise
    // compiles again at every new binding of ?1.
    let latest = "SELECT dynos.id FROM dynos JOIN apps ON apps.id = dynos.app_id \
                  LEFT JOIN releases ON releases.id = COALESCE(dynos.release_id, \
                  (SELECT r.id FROM releases r WHERE r.app_id = dynos.app_id \
                  AND r.created_at <= dynos.created_at ORDER BY r.version DESC LIMIT 1)) \
                  WHERE dynos.app_id = ?1 ORDER BY dynos.created_at, dynos.name";
    let status = |conn: &Connection, sql: &str, kind| -> rusqlite::Result<i32> {
        Ok(conn.prepare_cached(sql)?.get_status(kind))
    };
    for n in 0..3 {
        store
            .write(|tx| {
                tx.prepare_cached(latest)?
                    .query_map([format!("app-{n}")], |_| Ok(()))?
                    .for_each(drop);
                // More different statements than rusqlite keeps by default.
                for k in 0..40 {
                    tx.prepare_cached(&format!("SELECT {k} FROM apps WHERE id = ?1"))?
                        .query_map([format!("app-{n}")], |_| Ok(()))?
                        .for_each(drop);
                }
                Ok::<_, rusqlite::Error>(())
            })
            .expect("write");
    }
    let (runs, reprepared) = store
        .read(|conn| {
            Ok::<_, rusqlite::Error>((
                status(conn, latest, rusqlite::StatementStatus::Run),
                status(conn, latest, rusqlite::StatementStatus::RePrepare),
            ))
        })
        .expect("read");
    // The pool's one connection ran every write: the statement kept from the first is the one
    // that ran all three, never compiled again.
    assert_eq!((runs.expect("run"), reprepared.expect("reprepare")), (3, 0));
}
