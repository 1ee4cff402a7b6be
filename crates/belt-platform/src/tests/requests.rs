//! Request conventions: JSON errors for bad input, and Range pagination.

use super::*;

#[tokio::test]
async fn rejects_bad_input_with_json_errors() {
    let f = start().await;
    let invalid = json!({"id": "invalid_params", "message": names::INVALID_NAME});
    for name in ["A", "1app", "my_app", "app-", ""] {
        let (status, body) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert_eq!(body, invalid);
    }
    let (status, body) = f.create(&f.owner(), json!({"name": "a".repeat(31)})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], names::TOO_LONG);

    let (status, _) = f.create(&f.owner(), json!({"name": "taken"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = f.create(&f.owner(), json!({"name": "taken"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({"id": "invalid_params", "message": "Name is already taken"})
    );

    let (status, body) = f.create(&f.owner(), json!({"region": "mars"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("us, eu")
    );
    let (status, body) = f.create(&f.owner(), json!({"stack": "heroku-12"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("heroku-24")
    );

    // Malformed JSON is a 400; valid JSON of the wrong type Heroku's 422 naming the field
    // (the whole body when it is not an object); too large a 413: JSON, never 500.
    for (raw, status, id) in [
        ("{", StatusCode::BAD_REQUEST, "bad_request"),
        ("not json", StatusCode::BAD_REQUEST, "bad_request"),
        ("[1,2]", StatusCode::UNPROCESSABLE_ENTITY, "invalid_params"),
        (
            r#"{"name": 5}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_params",
        ),
        (
            r#"{"maintenance": "yes"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_params",
        ),
    ] {
        let path = if raw.contains("maintenance") {
            "/apps/taken"
        } else {
            "/apps"
        };
        let method = if raw.contains("maintenance") {
            reqwest::Method::PATCH
        } else {
            reqwest::Method::POST
        };
        let res = f
            .req(method, path, &f.owner())
            .header("Content-Type", "text/plain")
            .body(raw)
            .send()
            .await
            .expect("send");
        assert_eq!(res.status(), status, "{raw}");
        assert_json(&res);
        let body: Value = res.json().await.expect("json");
        assert_eq!(body["id"], id, "{raw}");
    }
    let res = f
        .req(reqwest::Method::POST, "/apps", &f.owner())
        .body(vec![b' '; 2 << 20])
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_json(&res);

    // Unknown fields are ignored.
    let (status, _) = f
        .create(
            &f.owner(),
            json!({"name": "extra", "feature_flags": [], "x": 1}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // Unknown endpoint and wrong verb.
    let (status, body) = f
        .call(reqwest::Method::GET, "/nope", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["id"], "not_found");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("The requested API endpoint was not found.")
    );
    let (status, body) = f
        .call(reqwest::Method::PUT, "/apps", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(body["id"], "method_not_allowed");

    // Bad Range.
    let res = f
        .req(reqwest::Method::GET, "/apps", &f.owner())
        .header("Range", "bytes=0-10")
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_json(&res);
}

#[tokio::test]
async fn lists_with_range_pagination() {
    let f = start().await;
    let names = ["app-e", "app-a", "app-d", "app-b", "app-c"];
    for name in names {
        let (status, _) = f.create(&f.owner(), json!({"name": name})).await;
        assert_eq!(status, StatusCode::CREATED);
    }
    // Someone else's app is never listed.
    let other = f
        .server
        .platform()
        .create_user("other@example.com")
        .expect("user");
    let (status, _) = f.create(&other, json!({"name": "app-other"})).await;
    assert_eq!(status, StatusCode::CREATED);

    let (status, all) = f
        .call(reqwest::Method::GET, "/apps", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let listed: Vec<&str> = all
        .as_array()
        .map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(listed, ["app-a", "app-b", "app-c", "app-d", "app-e"]);

    // Follow Next-Range, sending it back verbatim, until a 200.
    let mut range = "name ..; max=2".to_string();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let res = f
            .req(reqwest::Method::GET, "/users/~/apps", &f.owner())
            .header("Range", &range)
            .send()
            .await
            .expect("send");
        pages += 1;
        let status = res.status();
        let next = res
            .headers()
            .get("next-range")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let page: Value = res.json().await.expect("json");
        seen.extend(
            page.as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a["name"].as_str().map(str::to_string)),
        );
        match status {
            StatusCode::PARTIAL_CONTENT => {
                let next = next.expect("Next-Range on 206");
                if pages == 1 {
                    assert_eq!(next, "name ]app-b..; max=2");
                }
                range = next;
            }
            StatusCode::OK => {
                assert!(next.is_none());
                break;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ["app-a", "app-b", "app-c", "app-d", "app-e"]);

    // Descending by name, and by email as the user identity.
    let res = f
        .req(
            reqwest::Method::GET,
            &format!("/users/{OWNER_EMAIL}/apps"),
            &f.owner(),
        )
        .header("Range", "name ..; max=3, order=desc")
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        res.headers()["next-range"],
        "name ]app-c..; max=3, order=desc"
    );
    assert_eq!(
        res.headers()["content-range"],
        "name app-e..app-c; max=3, order=desc"
    );

    // Another user's list is not visible; an unknown user is not found.
    let (status, body) = f
        .call(
            reqwest::Method::GET,
            "/users/other@example.com/apps",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["id"], "forbidden");
    let (status, body) = f
        .call(
            reqwest::Method::GET,
            "/users/ghost@example.com/apps",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["resource"], "user");
}
