//! The statements every config change runs stay one index step, however many releases an
//! app has: a query plan that walked an app's releases would cost one page per release.

use reqwest::Method;

use super::*;

#[tokio::test]
async fn the_current_process_types_are_found_through_the_slugged_releases_index() {
    let f = start().await;
    let token = f.owner();
    let (status, _) = f.create(&token, json!({"name": "undeployed"})).await;
    assert_eq!(status, StatusCode::CREATED);
    for n in 0..3 {
        let (status, _) = f
            .call(
                Method::PATCH,
                "/apps/undeployed/config-vars",
                &token,
                Some(json!({"N": n.to_string()})),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    let store = f.server.platform().store().clone();
    let plan = store
        .read(|conn| {
            let mut explain = conn.prepare(&format!(
                "EXPLAIN QUERY PLAN {}",
                crate::formation::CURRENT_PROCESS_TYPES
            ))?;
            let details = explain
                .query_map(["any"], |row| row.get::<_, String>(3))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok::<_, rusqlite::Error>(details.join("\n"))
        })
        .expect("a plan");
    assert!(
        plan.contains("SEARCH releases USING INDEX releases_app_slugged (app_id=?)"),
        "{plan}"
    );
    // An app never deployed has no process types: no formation.
    let (status, formation) = f
        .call(Method::GET, "/apps/undeployed/formation", &token, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(formation, json!([]));
}
