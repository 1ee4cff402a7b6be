//! Stage config vars: the review and test stages' own vars, set, replaced and removed with a
//! `null`, kept apart per stage, refused for other stages and bad names, hidden from other
//! users, and gone with their pipeline.

use reqwest::Method;

use super::*;

async fn new_pipeline(f: &Fixture, name: &str) -> String {
    let body = json!({"name": name});
    let (status, pipeline) = f
        .call(Method::POST, "/pipelines", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{pipeline}");
    pipeline["id"].as_str().expect("id").to_string()
}

fn vars_path(pipeline: &str, stage: &str) -> String {
    format!("/pipelines/{pipeline}/stage/{stage}/config-vars")
}

#[tokio::test]
async fn each_stage_keeps_its_own_vars_and_null_removes_one() {
    let f = start().await;
    let id = new_pipeline(&f, "shop").await;
    let review = vars_path(&id, "review");
    let (status, empty) = f.call(Method::GET, &review, &f.owner(), None).await;
    assert_eq!((status, empty), (StatusCode::OK, json!({})));

    let body = json!({"FOO": "bar", "BAZ": "qux"});
    let (status, set) = f.call(Method::PATCH, &review, &f.owner(), Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{set}");
    assert_eq!(set, json!({"FOO": "bar", "BAZ": "qux"}));
    let body = json!({"FOO": null, "BAZ": "new"});
    let (_, changed) = f.call(Method::PATCH, &review, &f.owner(), Some(body)).await;
    assert_eq!(changed, json!({"BAZ": "new"}));

    // By name as well as id; the test stage has none of the review stage's.
    let (status, test) = f
        .call(Method::GET, &vars_path("shop", "test"), &f.owner(), None)
        .await;
    assert_eq!((status, test), (StatusCode::OK, json!({})));

    let platform = f.server.platform().clone();
    let read = platform
        .store()
        .read(|conn| crate::stage_config_vars::stage_vars(conn, &id, "review"))
        .expect("stage vars");
    assert_eq!(read.get("BAZ").map(String::as_str), Some("new"));
    assert_eq!(read.len(), 1);
}

#[tokio::test]
async fn other_stages_bad_names_strangers_and_destroyed_pipelines_are_refused() {
    let f = start().await;
    let id = new_pipeline(&f, "shop").await;
    let (status, body) = f
        .call(Method::GET, &vars_path(&id, "production"), &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["id"], "invalid_params", "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("review and test")
    );

    let bad = json!({"NOT OK": "x"});
    let (status, body) = f
        .call(
            Method::PATCH,
            &vars_path(&id, "test"),
            &f.owner(),
            Some(bad),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("NOT OK"),
        "{body}"
    );

    let stranger = f
        .server
        .platform()
        .create_user("stranger@example.com")
        .expect("user");
    let (status, body) = f
        .call(Method::GET, &vars_path(&id, "test"), &stranger, None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["resource"], "pipeline", "{body}");

    let set = json!({"KEPT": "no"});
    f.call(
        Method::PATCH,
        &vars_path(&id, "test"),
        &f.owner(),
        Some(set),
    )
    .await;
    let (status, _) = f
        .call(
            Method::DELETE,
            &format!("/pipelines/{id}"),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let platform = f.server.platform().clone();
    let left = platform
        .store()
        .read(|conn| crate::stage_config_vars::stage_vars(conn, &id, "test"))
        .expect("stage vars");
    assert!(left.is_empty(), "{left:?}");
}
