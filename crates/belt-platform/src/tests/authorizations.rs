//! OAuth authorizations: scopes validated and enforced on every request, expiry told apart
//! from an unknown key, regeneration and description changes.

use axum::http::Method as M;

use super::*;
use crate::scopes;

fn allowed(scope: &[&str], method: M, path: &str) -> bool {
    let scope: Vec<String> = scope.iter().map(|s| s.to_string()).collect();
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    scopes::refusal(&scope, &method, path, query).is_none()
}

#[test]
fn the_scope_table_is_herokus() {
    let config = "/apps/a/config-vars";
    let release_config = "/apps/a/releases/3/config-vars";
    let stage_config = "/pipelines/p/stage/production/config-vars";
    let addon_config = "/addons/x/config";
    for path in [
        "/apps",
        "/apps/a",
        "/apps/a/releases",
        config,
        "/account",
        "/oauth/authorizations",
    ] {
        assert!(allowed(&["global"], M::GET, path), "{path}");
        assert!(allowed(&["global"], M::PATCH, path), "{path}");
    }
    // read: resources, not config var values nor the account.
    assert!(allowed(&["read"], M::GET, "/apps"));
    assert!(allowed(&["read"], M::HEAD, "/apps/a/releases"));
    for path in [
        config,
        release_config,
        stage_config,
        addon_config,
        "/account",
    ] {
        assert!(!allowed(&["read"], M::GET, path), "{path}");
    }
    assert!(!allowed(&["read"], M::PATCH, config));
    // POSTs that only read: a log session, a pipeline's apps.
    assert!(allowed(&["read"], M::POST, "/apps/a/log-sessions"));
    assert!(allowed(&["read"], M::POST, "/filters/apps"));
    assert!(!allowed(&["read"], M::POST, "/apps"));
    assert!(!allowed(&["read"], M::DELETE, "/apps/a"));
    // write: read plus changes, still not config vars.
    assert!(allowed(&["write"], M::POST, "/apps"));
    assert!(allowed(&["write"], M::GET, "/apps/a"));
    assert!(!allowed(&["write"], M::PATCH, config));
    assert!(!allowed(&["write"], M::GET, config));
    // the protected ones include config vars.
    assert!(allowed(&["read-protected"], M::GET, config));
    assert!(allowed(&["read-protected"], M::GET, release_config));
    assert!(!allowed(&["read-protected"], M::PATCH, config));
    assert!(!allowed(&["read-protected"], M::POST, "/apps"));
    assert!(allowed(&["write-protected"], M::PATCH, config));
    assert!(allowed(&["write-protected"], M::PATCH, stage_config));
    assert!(allowed(&["write-protected"], M::POST, "/apps"));
    // identity: reading the account only.
    assert!(allowed(&["identity"], M::GET, "/account"));
    assert!(allowed(&["identity"], M::GET, "/account/keys"));
    assert!(!allowed(&["identity"], M::PATCH, "/account"));
    assert!(!allowed(&["identity"], M::GET, "/apps"));
    assert!(allowed(&["read", "identity"], M::GET, "/account"));
    // Only global manages authorizations or changes the account.
    for scope in scopes::NAMES.iter().filter(|s| **s != "global") {
        assert!(
            !allowed(&[scope], M::POST, "/oauth/authorizations"),
            "{scope}"
        );
        assert!(
            !allowed(&[scope], M::GET, "/oauth/authorizations"),
            "{scope}"
        );
        assert!(!allowed(&[scope], M::POST, "/account/keys"), "{scope}");
    }
    // git: a fetch is a read, a push (even its first GET) a write.
    assert!(allowed(
        &["read"],
        M::GET,
        "/a.git/info/refs?service=git-upload-pack"
    ));
    assert!(allowed(&["read"], M::POST, "/a.git/git-upload-pack"));
    assert!(!allowed(
        &["read"],
        M::GET,
        "/a.git/info/refs?service=git-receive-pack"
    ));
    assert!(!allowed(&["read"], M::POST, "/a.git/git-receive-pack"));
    assert!(allowed(&["write"], M::POST, "/a.git/git-receive-pack"));
}

#[test]
fn scopes_asked_for_are_herokus_names() {
    assert_eq!(scopes::checked(None).unwrap(), "global");
    assert_eq!(scopes::checked(Some(vec![])).unwrap(), "global");
    assert_eq!(
        scopes::checked(Some(vec!["write".into(), "read".into(), "read".into()])).unwrap(),
        "read,write"
    );
    assert!(scopes::checked(Some(vec!["admin".into()])).is_err());
}

#[tokio::test]
async fn scoped_tokens_are_enforced_expiry_is_told_and_rotation_refuses_the_old_key() {
    let f = start().await;
    let owner = f.owner();
    let (status, _) = f.create(&owner, json!({"name": "scoped"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let authorize = |body: Value| f.call(M::POST, "/oauth/authorizations", &owner, Some(body));
    let (status, bad) = authorize(json!({"scope": ["admin"]})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad["id"], "invalid_params");
    let (status, read) = authorize(json!({"scope": ["read"], "description": "ci"})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(read["scope"], json!(["read"]));
    let token = read["access_token"]["token"].as_str().unwrap().to_string();
    let id = read["id"].as_str().unwrap().to_string();

    let (status, _) = f.call(M::GET, "/apps", &token, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, refused) = f
        .call(
            M::PATCH,
            "/apps/scoped/config-vars",
            &token,
            Some(json!({"A": "1"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(refused["id"], "forbidden");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("write-protected")
    );
    let (status, _) = f
        .call(M::GET, "/apps/scoped/config-vars", &token, None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, config) = f
        .call(M::GET, "/apps/scoped/config-vars", &owner, None)
        .await;
    assert_eq!(config, json!({}));
    // A read token cannot mint a wider one.
    let (status, _) = f
        .call(
            M::POST,
            "/oauth/authorizations",
            &token,
            Some(json!({"scope": ["global"]})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (_, listed) = f
        .call(M::GET, &format!("/oauth/authorizations/{id}"), &owner, None)
        .await;
    assert_eq!(listed["scope"], json!(["read"]));
    let (status, updated) = f
        .call(
            M::PATCH,
            &format!("/oauth/authorizations/{id}"),
            &owner,
            Some(json!({"description": "deploys"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(updated["description"], "deploys");

    let path = format!("/oauth/authorizations/{id}/actions/regenerate-tokens");
    let (status, rotated) = f.call(M::POST, &path, &owner, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rotated["id"], id.as_str());
    let new_token = rotated["access_token"]["token"].as_str().unwrap();
    assert_ne!(new_token, token);
    let (status, _) = f.call(M::GET, "/apps", &token, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = f.call(M::GET, "/apps", new_token, None).await;
    assert_eq!(status, StatusCode::OK);

    let (_, short) = authorize(json!({"expires_in": 1})).await;
    let short = short["access_token"]["token"].as_str().unwrap().to_string();
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let (status, expired) = f.call(M::GET, "/apps", &short, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(expired["id"], "unauthorized");
    assert!(expired["message"].as_str().unwrap().contains("expired at"));
    let (_, unknown) = f.call(M::GET, "/apps", "no-such-key", None).await;
    assert_eq!(unknown["message"], "Invalid credentials provided.");
}
