//! An app's log buffer keeps exactly its newest lines, trimmed through the `seq` index
//! rather than by walking the buffer on every line.

use super::*;
use crate::events::{self, BUFFER_LINES};

/// (lines kept, lowest seq, highest seq, newest message) of the app `app_id`.
fn buffer(conn: &rusqlite::Connection, app_id: &str) -> rusqlite::Result<(i64, i64, i64, String)> {
    conn.query_row(
        "SELECT COUNT(*), MIN(seq), MAX(seq),
                (SELECT message FROM events WHERE app_id = ?1 ORDER BY id DESC LIMIT 1)
         FROM events WHERE app_id = ?1",
        [app_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
    )
}

#[tokio::test]
async fn the_buffer_keeps_the_newest_lines_and_the_trim_uses_the_seq_index() {
    let f = start().await;
    let token = f.owner();
    let (status, app) = f.create(&token, json!({"name": "chatty"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let app_id = app["id"].as_str().expect("an id").to_string();
    let store = f.server.platform().store().clone();
    let written = store
        .write(|tx| {
            let before = buffer(tx, &app_id)?.2;
            for n in 0..BUFFER_LINES + 5 {
                events::api(tx, &app_id, &format!("line {n}"))?;
            }
            Ok::<_, rusqlite::Error>((before, buffer(tx, &app_id)?))
        })
        .expect("appended");
    let (before, (kept, low, high, newest)) = written;
    let total = before + BUFFER_LINES + 5;
    assert_eq!(
        (kept, low, high),
        (BUFFER_LINES, total - BUFFER_LINES + 1, total)
    );
    assert_eq!(newest, format!("line {}", BUFFER_LINES + 4));

    // A batch larger than the buffer: only its newest lines are written, their numbers after
    // the skipped ones, and everything older goes.
    let messages: Vec<String> = (0..BUFFER_LINES + 100)
        .map(|n| format!("batch {n}"))
        .collect();
    let lines: Vec<(&str, &str)> = messages
        .iter()
        .map(|m| ("2026-12-01T00:00:00Z", m.as_str()))
        .collect();
    let (kept, low, high, newest) = store
        .write(|tx| {
            events::append_batch(tx, &app_id, "app", "web.1", &lines)?;
            buffer(tx, &app_id)
        })
        .expect("batch");
    let total = total + BUFFER_LINES + 100;
    assert_eq!(
        (kept, low, high),
        (BUFFER_LINES, total - BUFFER_LINES + 1, total)
    );
    assert_eq!(newest, format!("batch {}", BUFFER_LINES + 99));

    let plan = store
        .read(|conn| {
            let mut explain = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", events::TRIM))?;
            let details = explain
                .query_map(["any", "1500"], |row| row.get::<_, String>(3))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok::<_, rusqlite::Error>(details.join("\n"))
        })
        .expect("a plan");
    assert!(
        plan.contains("SEARCH events USING COVERING INDEX events_app_seq (app_id=? AND seq<?)"),
        "{plan}"
    );
}
