//! Group commit seen through the API: config-var writers batched into one transaction each
//! get a release of their own, numbered in sequence.

use reqwest::Method;

use super::*;

const WRITERS: usize = 16;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batched_config_writers_get_distinct_sequential_release_versions() {
    let f = start().await;
    let token = f.owner();
    let (status, _) = f.create(&token, json!({"name": "batched"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let store = f.server.platform().store().clone();
    // Writers queued while the store is held commit together once it is let go.
    let held = store.hold_writes();
    let mut writers = Vec::new();
    for n in 0..WRITERS {
        let request = f
            .req(Method::PATCH, "/apps/batched/config-vars", &token)
            .json(&json!({ format!("KEY_{n}"): n.to_string() }));
        writers.push(tokio::spawn(async move { request.send().await }));
    }
    while store.queued_writes() < WRITERS {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    drop(held);
    for writer in writers {
        let response = writer.await.expect("task").expect("send");
        assert_eq!(response.status(), StatusCode::OK);
    }
    let (status, releases) = f
        .call(Method::GET, "/apps/batched/releases", &token, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let releases = releases.as_array().expect("a list");
    let versions: Vec<u64> = releases
        .iter()
        .filter_map(|r| r["version"].as_u64())
        .collect();
    let first = versions[0];
    let expected: Vec<u64> = (first..first + versions.len() as u64).collect();
    assert_eq!(versions, expected, "one version each, in sequence");
    // Each writer's release is its own: one per key.
    for n in 0..WRITERS {
        let key = format!("KEY_{n}");
        let mentions = releases
            .iter()
            .filter(|r| {
                r["description"]
                    .as_str()
                    .unwrap_or_default()
                    .contains(&format!("{key} "))
            })
            .count();
        assert_eq!(mentions, 1, "{key}: {releases:?}");
    }
    let (_, vars) = f
        .call(Method::GET, "/apps/batched/config-vars", &token, None)
        .await;
    assert_eq!(vars.as_object().map(|o| o.len()), Some(WRITERS));
}
