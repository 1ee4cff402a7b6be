//! The router reloads its table only when `router_changes` moves: config writes that do not
//! route leave it alone, and everything the table reads moves it.

use reqwest::Method;

use super::*;

fn generation(f: &Fixture) -> i64 {
    f.server
        .platform()
        .store()
        .read(|conn| {
            conn.query_row("SELECT generation FROM router_changes", [], |row| {
                row.get::<_, i64>(0)
            })
        })
        .expect("the counter")
}

async fn patch(f: &Fixture, token: &str, path: &str, body: Value) {
    let (status, body) = f.call(Method::PATCH, path, token, Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
}

#[tokio::test]
async fn only_changes_to_what_the_router_reads_move_the_counter() {
    let f = start().await;
    let token = f.owner();
    let before = generation(&f);
    let (status, _) = f.create(&token, json!({"name": "routed"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let created = generation(&f);
    assert!(created > before, "a new app is a new hostname");

    let vars = "/apps/routed/config-vars";
    patch(&f, &token, vars, json!({"PLAIN": "1"})).await;
    patch(&f, &token, vars, json!({"PLAIN": "2", "OTHER": "x"})).await;
    patch(&f, &token, vars, json!({"PLAIN": null})).await;
    assert_eq!(
        generation(&f),
        created,
        "config writes and their releases do not route"
    );

    patch(
        &f,
        &token,
        vars,
        json!({"ERROR_PAGE_URL": "https://e.example"}),
    )
    .await;
    let page = generation(&f);
    assert!(page > created, "an error page is the router's");
    patch(&f, &token, vars, json!({"PLAIN": "3"})).await;
    let rewritten = generation(&f);
    patch(&f, &token, vars, json!({"ERROR_PAGE_URL": null})).await;
    assert!(
        generation(&f) > rewritten,
        "removing the page is the router's too"
    );

    let moved = generation(&f);
    patch(&f, &token, "/apps/routed", json!({"maintenance": true})).await;
    assert!(generation(&f) > moved, "maintenance is the router's");
}
