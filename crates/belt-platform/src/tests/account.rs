//! The account and authentication: keys, `/account`, unauthenticated requests.

use super::*;

#[tokio::test]
async fn account_and_authentication() {
    let f = start().await;
    let (status, account) = f
        .call(reqwest::Method::GET, "/account", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(account["email"], OWNER_EMAIL);
    assert_eq!(account["verified"], true);
    assert_eq!(account["two_factor_authentication"], false);
    assert_eq!(account["federated"], false);
    assert!(account["default_team"].is_null());
    assert!(util::is_uuid(account["id"].as_str().unwrap_or_default()));
    assert_eq!(
        keys(&account),
        [
            "allow_tracking",
            "beta",
            "country_of_residence",
            "created_at",
            "default_organization",
            "default_team",
            "delinquent_at",
            "email",
            "federated",
            "id",
            "identity_provider",
            "last_login",
            "name",
            "sms_number",
            "suspended_at",
            "two_factor_authentication",
            "updated_at",
            "verified",
        ]
    );

    let unauthorized = json!({"id": "unauthorized", "message": "Invalid credentials provided."});
    for token in ["", "wrong"] {
        let (status, body) = f.call(reqwest::Method::GET, "/account", token, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body, unauthorized);
    }
    let res = f.client.get(f.url("/apps")).send().await.expect("send");
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_json(&res);

    // HTTP Basic with the key as password, as the Heroku CLI sends it.
    let res = f
        .client
        .get(f.url("/account"))
        .basic_auth(OWNER_EMAIL, Some(f.owner()))
        .send()
        .await
        .expect("send");
    assert_eq!(res.status(), StatusCode::OK);

    // Request-Id: echoed when given, generated otherwise.
    let res = f
        .req(reqwest::Method::GET, "/account", &f.owner())
        .header("Request-Id", "abc-123")
        .send()
        .await
        .expect("send");
    assert_eq!(res.headers()["request-id"], "abc-123");
    let res = f
        .req(reqwest::Method::GET, "/account", &f.owner())
        .send()
        .await
        .expect("send");
    let id = res.headers()["request-id"].to_str().unwrap_or_default();
    assert!(util::is_uuid(id), "{id}");
}
