//! App transfers (D5): only the owner offers, only to a collaborator; the recipient accepts
//! or declines, the owner cancels; acceptance swaps owner and collaborator at once.

use super::*;

async fn offer(f: &Fixture, token: &str, recipient: &str) -> (StatusCode, Value) {
    f.call(
        Method::POST,
        "/account/app-transfers",
        token,
        Some(json!({"app": "shared", "recipient": recipient})),
    )
    .await
}

async fn answer(f: &Fixture, token: &str, transfer: &str, state: &str) -> (StatusCode, Value) {
    f.call(
        Method::PATCH,
        &format!("/account/app-transfers/{transfer}"),
        token,
        Some(json!({"state": state})),
    )
    .await
}

#[tokio::test]
async fn transfers_are_offered_declined_cancelled_and_accepted() {
    let f = start().await;
    let collab = user(&f, COLLABORATOR);
    user(&f, STRANGER);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    add_collaborator(&f, COLLABORATOR).await;

    let (status, body) = offer(&f, &f.owner(), STRANGER).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = offer(&f, &collab, COLLABORATOR).await;
    assert_eq!(
        (status, body),
        (StatusCode::FORBIDDEN, owner_only("transfer"))
    );

    // Declined by the recipient.
    let (status, pending) = offer(&f, &f.owner(), COLLABORATOR).await;
    assert_eq!(status, StatusCode::CREATED, "{pending}");
    assert_eq!(pending["state"], "pending");
    assert_eq!(pending["owner"]["email"], OWNER_EMAIL);
    assert_eq!(pending["recipient"]["email"], COLLABORATOR);
    assert_eq!(
        keys(&pending),
        [
            "app",
            "created_at",
            "id",
            "owner",
            "recipient",
            "state",
            "updated_at"
        ]
    );
    let (status, _) = offer(&f, &f.owner(), COLLABORATOR).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, listed) = f
        .call(Method::GET, "/account/app-transfers", &collab, None)
        .await;
    assert_eq!(listed[0]["id"], pending["id"]);
    let id = pending["id"].as_str().unwrap_or_default();
    let (status, _) = answer(&f, &f.owner(), id, "accepted").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, declined) = answer(&f, &collab, id, "declined").await;
    assert_eq!(status, StatusCode::OK, "{declined}");
    assert_eq!(declined["state"], "declined");
    let (status, _) = answer(&f, &collab, id, "accepted").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Cancelled by the owner, named by the app.
    offer(&f, &f.owner(), COLLABORATOR).await;
    let (status, _) = f
        .call(
            Method::DELETE,
            "/account/app-transfers/shared",
            &collab,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, cancelled) = f
        .call(
            Method::DELETE,
            "/account/app-transfers/shared",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(
        (status, cancelled["state"].clone()),
        (StatusCode::OK, json!("cancelled"))
    );

    // Accepted: the app is the recipient's, the old owner a collaborator.
    offer(&f, &f.owner(), COLLABORATOR).await;
    let (status, accepted) = answer(&f, &collab, "shared", "accepted").await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    assert_eq!(accepted["state"], "accepted");
    let (_, app) = f.call(Method::GET, "/apps/shared", &f.owner(), None).await;
    assert_eq!(app["owner"]["email"], COLLABORATOR);
    let (_, listed) = f
        .call(Method::GET, "/apps/shared/collaborators", &collab, None)
        .await;
    let roles: Vec<(Value, Value)> = listed
        .as_array()
        .expect("list")
        .iter()
        .map(|c| (c["user"]["email"].clone(), c["role"].clone()))
        .collect();
    assert!(
        roles.contains(&(json!(COLLABORATOR), json!("owner"))),
        "{roles:?}"
    );
    assert!(
        roles.contains(&(json!(OWNER_EMAIL), json!("collaborator"))),
        "{roles:?}"
    );
    assert_eq!(roles.len(), 2);
    let (status, _) = f
        .call(Method::DELETE, "/apps/shared", &f.owner(), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let log = events(&f, "shared");
    for line in [
        format!("Transfer to {COLLABORATOR} requested by user {OWNER_EMAIL}"),
        format!("Transfer to {COLLABORATOR} declined by user {COLLABORATOR}"),
        format!("Transfer to {COLLABORATOR} cancelled by user {OWNER_EMAIL}"),
        format!("Transfer to {COLLABORATOR} accepted by user {COLLABORATOR}"),
        format!("Refused transfer (needs owner) for user {COLLABORATOR}"),
        // The owner answering, the recipient cancelling: refused, and logged.
        format!(
            "Refused answer the transfer to {COLLABORATOR} (needs recipient) for user {OWNER_EMAIL}"
        ),
        format!(
            "Refused cancel the transfer to {COLLABORATOR} (needs owner) for user {COLLABORATOR}"
        ),
    ] {
        assert!(log.contains(&line), "{line} in {log:?}");
    }
}
