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

/// A review app's app.json: its own database, the HEROKU_* it declares (not
/// HEROKU_PARENT_APP_NAME), a review-only variable and a pr-predestroy.
const APP_JSON: &str = r#"{
    "env": {
        "HEROKU_APP_NAME": {"required": true},
        "HEROKU_BRANCH": {"required": true},
        "HEROKU_PR_NUMBER": {"required": false},
        "MODE": {"value": "production"}
    },
    "addons": ["heroku-postgresql"],
    "environments": {"review": {"env": {"MODE": "review"}}},
    "scripts": {"pr-predestroy": "echo \"goodbye $HEROKU_APP_NAME\""}
}"#;

/// The pipeline `shop` with review apps enabled (`shop-pr-N` names) and an app at staging.
async fn shop(f: &Fixture) -> Value {
    let pipeline = new_pipeline(f, "shop").await;
    let (status, _) = f.create(&f.owner(), json!({"name": "shop-staging"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let body = json!({"app": "shop-staging", "pipeline": pipeline["id"], "stage": "staging"});
    let (status, _) = f
        .call(Method::POST, "/pipeline-couplings", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let enable = json!({
        "repo": "acme/shop",
        "base_name": "shop",
        "deploy_target": {"id": "eu", "type": "region"},
    });
    let (status, _) = f
        .call(
            Method::POST,
            &config_path(&pipeline),
            &f.owner(),
            Some(enable),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    pipeline
}

async fn new_review_app(f: &Fixture, pipeline: &Value, pr: i64) -> Value {
    new_review_app_of(f, pipeline, pr, APP_JSON).await
}

async fn new_review_app_of(f: &Fixture, pipeline: &Value, pr: i64, app_json: &str) -> Value {
    let source = super::app_setups::tarball(&[("app.json", app_json), ("index.txt", "hi")]);
    let url = super::app_setups::upload(f, source).await;
    let body = json!({
        "branch": "feature-x",
        "pr_number": pr,
        "pipeline": pipeline["id"],
        "source_blob": {"url": url, "version": "abc123"},
        "environment": {"EXTRA": "yes"},
    });
    let (status, created) = f
        .call(Method::POST, "/review-apps", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created
}

/// The review app once its status is none of `passing`.
async fn settled(f: &Fixture, id: &str, passing: &[&str]) -> Value {
    for _ in 0..600 {
        let (status, review_app) = f
            .call(Method::GET, &format!("/review-apps/{id}"), &f.owner(), None)
            .await;
        assert_eq!(status, StatusCode::OK, "{review_app}");
        if !passing.contains(&review_app["status"].as_str().unwrap_or_default()) {
            return review_app;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("review app {id} still {passing:?}");
}

async fn delete(f: &Fixture, id: &str) -> (StatusCode, Value) {
    let path = format!("/review-apps/{id}");
    f.call(Method::DELETE, &path, &f.owner(), None).await
}

const REVIEW_APP_KEYS: [&str; 14] = [
    "app",
    "app_setup",
    "branch",
    "created_at",
    "creator",
    "error_status",
    "fork_repo",
    "id",
    "message",
    "pipeline",
    "pr_number",
    "status",
    "updated_at",
    "wait_for_ci",
];

#[tokio::test]
async fn a_review_app_is_set_up_coupled_listed_and_destroyed_with_its_predestroy() {
    let f = start().await;
    let pipeline = shop(&f).await;
    let created = new_review_app(&f, &pipeline, 7).await;
    assert_eq!(keys(&created), REVIEW_APP_KEYS, "{created}");
    assert!(
        ["pending", "creating"].contains(&created["status"].as_str().unwrap()),
        "{created}"
    );
    assert_eq!(created["app"]["name"], "shop-pr-7");
    assert_eq!(created["branch"], "feature-x");
    assert_eq!(created["pr_number"], 7);
    let id = created["id"].as_str().unwrap().to_string();

    let done = settled(&f, &id, &["pending", "creating"]).await;
    assert_eq!(done["status"], "created", "{done}");
    assert_eq!(done["error_status"], Value::Null);

    let (_, config) = f
        .call(Method::GET, "/apps/shop-pr-7/config-vars", &f.owner(), None)
        .await;
    assert_eq!(config["HEROKU_APP_NAME"], "shop-pr-7", "{config}");
    assert_eq!(config["HEROKU_BRANCH"], "feature-x");
    assert_eq!(config["HEROKU_PR_NUMBER"], "7");
    assert_eq!(
        config["MODE"], "review",
        "environments.review applies: {config}"
    );
    assert_eq!(config["EXTRA"], "yes");
    assert!(
        config.get("HEROKU_PARENT_APP_NAME").is_none(),
        "undeclared: {config}"
    );
    assert!(
        config["DATABASE_URL"]
            .as_str()
            .is_some_and(|u| u.starts_with("postgres")),
        "{config}"
    );

    let (_, app) = f
        .call(Method::GET, "/apps/shop-pr-7", &f.owner(), None)
        .await;
    assert_eq!(
        app["region"]["name"], "eu",
        "the deploy target's region: {app}"
    );
    let (_, coupling) = f
        .call(
            Method::GET,
            "/apps/shop-pr-7/pipeline-couplings",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(coupling["stage"], "review", "{coupling}");
    assert_eq!(coupling["pipeline"]["id"], pipeline["id"]);
    let (_, of_app) = f
        .call(Method::GET, "/apps/shop-pr-7/review-app", &f.owner(), None)
        .await;
    assert_eq!(of_app["id"], id.as_str());
    let list_path = format!(
        "/pipelines/{}/review-apps",
        pipeline["id"].as_str().unwrap()
    );
    let (_, list) = f.call(Method::GET, &list_path, &f.owner(), None).await;
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");

    let (status, deleting) = delete(&f, &id).await;
    assert_eq!(status, StatusCode::OK, "{deleting}");
    assert_eq!(deleting["status"], "deleting");
    let gone = settled(&f, &id, &["deleting"]).await;
    assert_eq!(gone["status"], "deleted", "{gone}");
    let message = gone["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("exited 0") && message.contains("goodbye shop-pr-7"),
        "{gone}"
    );
    let (status, _) = f
        .call(Method::GET, "/apps/shop-pr-7", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, addons) = f.call(Method::GET, "/addons", &f.owner(), None).await;
    assert_eq!(addons, json!([]), "the review app's database went with it");
    let (_, list) = f.call(Method::GET, &list_path, &f.owner(), None).await;
    assert_eq!(list, json!([]));
    let (status, _) = delete(&f, &id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_sweep_destroys_stale_review_apps_only_where_the_config_says() {
    let f = start().await;
    let pipeline = shop(&f).await;
    let id = new_review_app(&f, &pipeline, 8).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    settled(&f, &id, &["pending", "creating"]).await;
    // Its last release and change a week ago.
    let platform = f.server.platform().clone();
    let week_ago = crate::util::timestamp(crate::util::now() - time::Duration::days(7));
    platform
        .store()
        .write(|tx| {
            tx.execute(
                "UPDATE apps SET released_at = ?1 WHERE name = 'shop-pr-8'",
                [&week_ago],
            )?;
            tx.execute("UPDATE review_apps SET updated_at = ?1", [&week_ago])?;
            Ok::<_, crate::error::Error>(())
        })
        .expect("backdate");

    crate::review_apps::sweep_stale(&platform)
        .await
        .expect("sweep");
    let (_, kept) = f
        .call(Method::GET, &format!("/review-apps/{id}"), &f.owner(), None)
        .await;
    assert_eq!(
        kept["status"], "created",
        "destroy_stale_apps is off: {kept}"
    );

    let on = json!({"destroy_stale_apps": true, "stale_days": 5});
    let (status, _) = f
        .call(Method::PATCH, &config_path(&pipeline), &f.owner(), Some(on))
        .await;
    assert_eq!(status, StatusCode::OK);
    crate::review_apps::sweep_stale(&platform)
        .await
        .expect("sweep");
    let gone = settled(&f, &id, &["deleting"]).await;
    assert_eq!(gone["status"], "deleted", "{gone}");
    assert!(
        gone["message"]
            .as_str()
            .unwrap_or_default()
            .contains("goodbye shop-pr-8"),
        "{gone}"
    );
    let (status, _) = f
        .call(Method::GET, "/apps/shop-pr-8", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_review_app_whose_app_is_destroyed_is_deleted_with_it() {
    let f = start().await;
    let pipeline = shop(&f).await;
    let id = new_review_app(&f, &pipeline, 9).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    settled(&f, &id, &["pending", "creating"]).await;
    let (status, _) = f
        .call(Method::DELETE, "/apps/shop-pr-9", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, review_app) = f
        .call(Method::GET, &format!("/review-apps/{id}"), &f.owner(), None)
        .await;
    assert_eq!(review_app["status"], "deleted", "{review_app}");
    let (status, _) = delete(&f, &id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_failing_pr_predestroy_is_reported_and_the_app_goes_anyway() {
    let f = start().await;
    let pipeline = shop(&f).await;
    let app_json = r#"{"scripts": {"pr-predestroy": "echo cannot; exit 3"}}"#;
    let id = new_review_app_of(&f, &pipeline, 10, app_json).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    settled(&f, &id, &["pending", "creating"]).await;
    delete(&f, &id).await;
    let gone = settled(&f, &id, &["deleting"]).await;
    assert_eq!(gone["status"], "deleted", "{gone}");
    assert_eq!(gone["error_status"], "pr-predestroy exited 3", "{gone}");
    assert!(
        gone["message"]
            .as_str()
            .unwrap_or_default()
            .contains("cannot"),
        "{gone}"
    );
    let (status, _) = f
        .call(Method::GET, "/apps/shop-pr-10", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_review_app_whose_setup_fails_is_errored_with_every_manifest_error() {
    let f = start().await;
    let pipeline = shop(&f).await;
    // HEROKU_PR_NUMBER is required, and there is no pull request to give it.
    let app_json =
        r#"{"env": {"HEROKU_PR_NUMBER": {"required": true}, "OTHER": {"required": true}}}"#;
    let source = super::app_setups::tarball(&[("app.json", app_json)]);
    let url = super::app_setups::upload(&f, source).await;
    let body = json!({"branch": "b", "pipeline": pipeline["id"], "source_blob": {"url": url}});
    let (status, created) = f
        .call(Method::POST, "/review-apps", &f.owner(), Some(body))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().unwrap();
    let failed = settled(&f, id, &["pending", "creating"]).await;
    assert_eq!(failed["status"], "errored", "{failed}");
    let error = failed["error_status"].as_str().unwrap_or_default();
    assert!(
        error.contains("HEROKU_PR_NUMBER") && error.contains("OTHER"),
        "{failed}"
    );
}
