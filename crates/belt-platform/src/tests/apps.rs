//! Apps: creation with Heroku's fields, privacy, updates and deletes, regions and stacks,
//! and concurrent creates.

use super::*;

#[tokio::test]
async fn creates_apps_with_heroku_fields() {
    let f = start().await;
    let (status, app) = f
        .create(
            &f.owner(),
            json!({"name": "my-app", "region": "eu", "stack": "cedar"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(app["name"], "my-app");
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "cedar");
    assert_eq!(app["build_stack"]["name"], "cedar");
    assert_eq!(app["generation"]["name"], "cedar");
    assert_eq!(app["owner"]["email"], OWNER_EMAIL);
    assert_eq!(app["maintenance"], false);
    assert_eq!(app["acm"], false);
    let router_port = crate::settings::router_port();
    assert_eq!(
        app["web_url"],
        format!("http://my-app.localhost:{router_port}/")
    );
    let git_url = app["git_url"].as_str().unwrap_or_default();
    assert!(git_url.ends_with("/repos/my-app.git"), "{git_url}");
    assert!(Path::new(git_url).is_absolute());
    for key in ["archived_at", "organization", "team", "space", "repo_size"] {
        assert!(app[key].is_null(), "{key}");
    }
    // A new app has release v1.
    assert!(app["released_at"].is_string());
    let created = app["created_at"].as_str().unwrap_or_default();
    assert_eq!(created.len(), 20, "{created}");
    assert!(created.ends_with('Z'));
    assert_eq!(
        keys(&app),
        [
            "acm",
            "archived_at",
            "build_stack",
            "buildpack_provided_description",
            "created_at",
            "generation",
            "git_url",
            "id",
            "internal_routing",
            "maintenance",
            "name",
            "organization",
            "owner",
            "region",
            "released_at",
            "repo_size",
            "slug_size",
            "space",
            "stack",
            "team",
            "updated_at",
            "web_url",
        ]
    );

    // Defaults, by id, and a generated name from an empty body.
    let (status, app) = f
        .create(
            &f.owner(),
            json!({"region": regions_and_stacks::REGIONS[1].id}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "heroku-24");
    let name = app["name"].as_str().unwrap_or_default();
    assert_eq!(names::validate(name), Ok(()));
    assert_eq!(name.split('-').count(), 3, "{name}");

    let res = f
        .req(reqwest::Method::POST, "/apps", &f.owner())
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::CREATED);

    // Info by name and by id.
    let (status, by_name) = f
        .call(reqwest::Method::GET, "/apps/my-app", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let id = by_name["id"].as_str().unwrap_or_default().to_string();
    let (status, by_id) = f
        .call(
            reqwest::Method::GET,
            &format!("/apps/{id}"),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_name, by_id);

    let events = f
        .server
        .platform()
        .recent_events("my-app", 10)
        .expect("events");
    let messages: Vec<String> = events
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert_eq!(
        messages,
        vec![
            format!("Created app by user {OWNER_EMAIL}"),
            format!("Initial release by user {OWNER_EMAIL}"),
            format!("Release v1 created by user {OWNER_EMAIL}"),
        ]
    );
}

#[tokio::test]
async fn apps_are_private_to_their_owner() {
    let f = start().await;
    let (status, _) = f.create(&f.owner(), json!({"name": "mine"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let other = f
        .server
        .platform()
        .create_user("other@example.com")
        .expect("user");

    let forbidden =
        json!({"id": "forbidden", "message": "You do not have access to the app mine."});
    for method in [
        reqwest::Method::GET,
        reqwest::Method::PATCH,
        reqwest::Method::DELETE,
    ] {
        let (status, body) = f
            .call(method.clone(), "/apps/mine", &other, Some(json!({})))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method}");
        assert_eq!(body, forbidden);
    }
    let (status, body) = f.call(reqwest::Method::GET, "/apps", &other, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!([]));

    let not_found =
        json!({"id": "not_found", "message": "Couldn't find that app.", "resource": "app"});
    for path in [
        "/apps/missing",
        "/apps/01234567-89ab-cdef-0123-456789abcdef",
    ] {
        let (status, body) = f.call(reqwest::Method::GET, path, &f.owner(), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body, not_found);
    }
}

#[tokio::test]
async fn updates_and_deletes_apps() {
    let f = start().await;
    for name in ["first", "second"] {
        let (status, _) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    let (status, body) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "second"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], "Name is already taken");
    let (status, body) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "Bad"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], names::INVALID_NAME);

    let (status, app) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/first",
            &f.owner(),
            Some(json!({"name": "renamed", "maintenance": true, "build_stack": "heroku-22"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app["name"], "renamed");
    assert_eq!(app["maintenance"], true);
    assert_eq!(app["build_stack"]["name"], "heroku-22");
    assert_eq!(app["stack"]["name"], "heroku-24");
    assert!(
        app["git_url"]
            .as_str()
            .unwrap_or_default()
            .ends_with("/renamed.git")
    );

    let (status, app) = f
        .call(
            reqwest::Method::PATCH,
            "/apps/renamed",
            &f.owner(),
            Some(json!({"maintenance": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app["maintenance"], false);

    let events = f
        .server
        .platform()
        .recent_events("renamed", 10)
        .expect("events")
        .unwrap_or_default();
    let messages: Vec<String> = events.iter().map(|e| e.message.clone()).collect();
    let by = OWNER_EMAIL;
    assert_eq!(
        messages,
        [
            format!("Created app by user {by}"),
            format!("Initial release by user {by}"),
            format!("Release v1 created by user {by}"),
            format!("Rename app from first to renamed by user {by}"),
            format!("Enable Maintenance mode by user {by}"),
            format!("Set build stack to heroku-22 by user {by}"),
            format!("Disable Maintenance mode by user {by}"),
        ]
    );
    assert!(
        events
            .iter()
            .all(|e| e.source == "heroku" && e.dyno == "api")
    );
    assert!(events.windows(2).all(|w| w[0].id < w[1].id));

    let (status, deleted) = f
        .call(reqwest::Method::DELETE, "/apps/renamed", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(deleted["name"], "renamed");
    let (status, _) = f
        .call(reqwest::Method::GET, "/apps/renamed", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The name is free again; events went with the app.
    let (status, _) = f.create(&f.owner(), json!({"name": "renamed"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let events = f
        .server
        .platform()
        .recent_events("renamed", 10)
        .expect("events")
        .unwrap_or_default();
    // Only the new app's creation and its v1.
    assert_eq!(events.len(), 3);
}

#[tokio::test]
async fn regions_and_stacks() {
    let f = start().await;
    let (status, regions) = f
        .call(reqwest::Method::GET, "/regions", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(regions[0]["name"], "us");
    assert_eq!(regions[0]["provider"]["region"], "us-east-1");
    let (status, stacks) = f
        .call(reqwest::Method::GET, "/stacks", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let defaults: Vec<&str> = stacks
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["default"] == true)
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(defaults, ["heroku-24"]);
    let (status, _) = f
        .call(reqwest::Method::GET, "/stacks/cedar", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = f
        .call(reqwest::Method::GET, "/regions/mars", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_creates_of_one_name_have_one_winner() {
    let f = start().await;
    // A second platform on the same directory stands in for another belt process.
    let second = start_embedded(f._dir.path()).await.expect("second");
    assert_eq!(second.token, f.server.token);
    let mut tasks = Vec::new();
    for i in 0..16 {
        let url = if i % 2 == 0 {
            &f.server.url
        } else {
            &second.url
        };
        let req = f
            .client
            .post(format!("{url}/apps"))
            .bearer_auth(f.owner())
            .json(&json!({"name": "race"}));
        tasks.push(tokio::spawn(
            async move { req.send().await.map(|r| r.status()) },
        ));
    }
    let mut created = 0;
    for task in tasks {
        let status = task.await.expect("join").expect("send");
        match status {
            StatusCode::CREATED => created += 1,
            StatusCode::UNPROCESSABLE_ENTITY => {}
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(created, 1);
}
