//! Review-app configuration and review apps: the schema's shapes, Heroku's errors, and the
//! settings a POST, PATCH and DELETE leave.

use reqwest::Method;

use super::*;

async fn new_pipeline(f: &Fixture, name: &str) -> Value {
    let body = json!({"name": name});
    let (status, pipeline) = f
        .call(Method::POST, "/pipelines", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{pipeline}");
    pipeline
}

fn config_path(pipeline: &Value) -> String {
    format!(
        "/pipelines/{}/review-app-config",
        pipeline["id"].as_str().unwrap()
    )
}

#[tokio::test]
async fn review_app_config_is_enabled_changed_and_disabled() {
    let f = start().await;
    let pipeline = new_pipeline(&f, "shop").await;
    let path = config_path(&pipeline);

    let (status, body) = f.call(Method::GET, &path, &f.owner(), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");

    let (status, body) = f
        .call(Method::POST, &path, &f.owner(), Some(json!({})))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["message"].as_str().unwrap().contains("repo"), "{body}");

    let enable = json!({"repo": "acme/shop", "destroy_stale_apps": true, "stale_days": 3});
    let (status, config) = f.call(Method::POST, &path, &f.owner(), Some(enable)).await;
    assert_eq!(status, StatusCode::CREATED, "{config}");
    assert_eq!(
        keys(&config),
        [
            "automatic_review_apps",
            "base_name",
            "deploy_target",
            "destroy_stale_apps",
            "pipeline_id",
            "repo",
            "stale_days",
            "wait_for_ci"
        ]
    );
    assert_eq!(config["pipeline_id"], pipeline["id"]);
    assert_eq!(config["destroy_stale_apps"], true);
    assert_eq!(config["stale_days"], 3);
    assert_eq!(config["automatic_review_apps"], false);
    assert!(
        config["repo"]["id"].as_i64().is_some_and(|id| id > 0),
        "{config}"
    );

    let again = json!({"repo": "acme/shop"});
    let (status, body) = f.call(Method::POST, &path, &f.owner(), Some(again)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    let change = json!({"automatic_review_apps": true, "base_name": "shop", "deploy_target": {"id": "us", "type": "region"}});
    let (status, config) = f.call(Method::PATCH, &path, &f.owner(), Some(change)).await;
    assert_eq!(status, StatusCode::OK, "{config}");
    assert_eq!(config["automatic_review_apps"], true);
    assert_eq!(config["base_name"], "shop");
    assert_eq!(
        config["deploy_target"],
        json!({"id": "us", "type": "region"})
    );
    // What the PATCH did not name stays.
    assert_eq!(config["stale_days"], 3);

    let bad = json!({"stale_days": 0});
    let (status, body) = f.call(Method::PATCH, &path, &f.owner(), Some(bad)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("stale_days"),
        "{body}"
    );

    let (status, body) = f.call(Method::DELETE, &path, &f.owner(), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["base_name"], "shop");
    let (status, _) = f.call(Method::GET, &path, &f.owner(), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn review_apps_need_an_enabled_config_and_a_pipeline_of_ones_own() {
    let f = start().await;
    let pipeline = new_pipeline(&f, "shop").await;
    let body = json!({
        "branch": "feature-x",
        "pipeline": pipeline["id"],
        "source_blob": {"url": "https://example.com/source.tgz", "version": null},
    });
    let (status, answer) = f
        .call(Method::POST, "/review-apps", &f.owner(), Some(body.clone()))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(
        answer["message"].as_str().unwrap().contains("not enabled"),
        "{answer}"
    );

    let stranger = f
        .server
        .platform()
        .create_user("stranger@example.com")
        .expect("user");
    let (status, answer) = f
        .call(Method::POST, "/review-apps", &stranger, Some(body))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{answer}");

    let path = format!(
        "/pipelines/{}/review-apps",
        pipeline["id"].as_str().unwrap()
    );
    let (status, list) = f.call(Method::GET, &path, &f.owner(), None).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list, json!([]));
    let (status, _) = f
        .call(
            Method::GET,
            "/review-apps/01234567-89ab-cdef-0123-456789abcdef",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
