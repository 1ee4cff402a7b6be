//! Issue 21's access model over real HTTP, with several users on one platform: personal-app
//! collaborators (D2, D3), strangers (D1), revocation on the next request, transfers (D5),
//! and team permissions action by action (`teams`).

use reqwest::Method;

use super::*;

mod teams;
mod transfers;

const COLLABORATOR: &str = "collab@example.com";
const STRANGER: &str = "stranger@example.com";

/// A user of the platform and its API key.
fn user(f: &Fixture, email: &str) -> String {
    f.server.platform().create_user(email).expect("user")
}

/// The app's log lines, oldest first.
fn events(f: &Fixture, app: &str) -> Vec<String> {
    f.server
        .platform()
        .recent_events(app, 500)
        .expect("events")
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect()
}

/// Writes rows no endpoint makes (yet) straight to the platform's store, at `now`.
fn write_rows(
    f: &Fixture,
    work: impl FnOnce(&rusqlite::Transaction<'_>, &str) -> rusqlite::Result<()>,
) {
    let now = crate::util::timestamp(crate::util::now());
    f.server
        .platform()
        .store()
        .write(|tx| work(tx, &now))
        .expect("rows");
}

/// Releases a slug with a `web` process type, so the app has a formation to scale.
async fn release_web_slug(f: &Fixture, token: &str, app: &str) {
    let app_id = f
        .call(Method::GET, &format!("/apps/{app}"), token, None)
        .await
        .1["id"]
        .as_str()
        .expect("app id")
        .to_string();
    let slug = crate::util::new_id();
    write_rows(f, |tx, now| {
        tx.execute(
            "INSERT INTO slugs (id, app_id, process_types, created_at, updated_at)
             VALUES (?1, ?2, '{\"web\":\"sleep 100\"}', ?3, ?3)",
            rusqlite::params![slug, app_id, now],
        )
        .map(|_| ())
    });
    let (status, body) = f
        .call(
            Method::POST,
            &format!("/apps/{app}/releases"),
            token,
            Some(json!({"slug": slug})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

fn forbidden(message: &str) -> Value {
    json!({"id": "forbidden", "message": message})
}

fn owner_only(action: &str) -> Value {
    forbidden(&format!(
        "You do not have permission to {action} shared. Only the app owner, {OWNER_EMAIL}, can do that."
    ))
}

async fn add_collaborator(f: &Fixture, email: &str) -> (StatusCode, Value) {
    f.call(
        Method::POST,
        "/apps/shared/collaborators",
        &f.owner(),
        Some(json!({"user": email, "silent": true})),
    )
    .await
}

#[tokio::test]
async fn owner_adds_a_collaborator_who_works_on_the_app() {
    let f = start().await;
    let collab = user(&f, COLLABORATOR);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    release_web_slug(&f, &f.owner(), "shared").await;

    let (status, added) = add_collaborator(&f, COLLABORATOR).await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    assert_eq!(added["role"], "collaborator");
    assert_eq!(added["permissions"], json!([]));
    assert_eq!(added["app"]["name"], "shared");
    assert_eq!(added["user"]["email"], COLLABORATOR);
    assert_eq!(added["user"]["federated"], false);
    assert_eq!(
        keys(&added),
        [
            "app",
            "created_at",
            "id",
            "permissions",
            "role",
            "updated_at",
            "user"
        ]
    );

    let (_, listed) = f
        .call(Method::GET, "/apps/shared/collaborators", &collab, None)
        .await;
    let mut roles: Vec<(String, String)> = listed
        .as_array()
        .expect("list")
        .iter()
        .map(|c| {
            (
                c["user"]["email"].as_str().unwrap_or_default().into(),
                c["role"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            (COLLABORATOR.to_string(), "collaborator".to_string()),
            (OWNER_EMAIL.to_string(), "owner".to_string())
        ]
    );
    let (status, one) = f
        .call(
            Method::GET,
            &format!("/apps/shared/collaborators/{COLLABORATOR}"),
            &collab,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["id"], added["id"]);

    // What the seed's collaborator does: config, scale (free sizes), restart, logs, deploy.
    let ok = [
        (
            Method::PATCH,
            "/apps/shared/config-vars",
            Some(json!({"FOO": "bar"})),
        ),
        (Method::GET, "/apps/shared/config-vars", None),
        (
            Method::PATCH,
            "/apps/shared/formation",
            Some(json!({"updates": [{"type": "web", "quantity": 0, "size": "Basic"}]})),
        ),
        (Method::DELETE, "/apps/shared/dynos", None),
        (
            Method::POST,
            "/apps/shared/log-sessions",
            Some(json!({"lines": 10})),
        ),
        (
            Method::POST,
            "/apps/shared/addons",
            Some(json!({"plan": "memcache:5mb"})),
        ),
        (
            Method::PATCH,
            "/apps/shared",
            Some(json!({"maintenance": true})),
        ),
        (Method::GET, "/apps/shared/releases", None),
        (Method::POST, "/apps/shared/sources", None),
    ];
    for (method, path, body) in ok {
        let (status, answer) = f.call(method.clone(), path, &collab, body).await;
        assert!(status.is_success(), "{method} {path}: {status} {answer}");
    }
    let (_, config) = f
        .call(Method::GET, "/apps/shared/config-vars", &f.owner(), None)
        .await;
    assert_eq!(config["FOO"], "bar");
    for path in ["/apps", "/users/~/apps"] {
        let (_, apps) = f.call(Method::GET, path, &collab, None).await;
        assert_eq!(apps[0]["name"], "shared", "{path}");
        assert_eq!(apps[0]["owner"]["email"], OWNER_EMAIL, "{path}");
    }
    let log = events(&f, "shared");
    assert!(log.contains(&format!(
        "Add {COLLABORATOR} as collaborator by user {OWNER_EMAIL}"
    )));
    assert!(
        log.iter()
            .any(|l| l.starts_with(&format!("Scaled to web@0:Basic by user {COLLABORATOR}"))),
        "{log:?}"
    );
}

#[tokio::test]
async fn a_collaborator_is_refused_what_the_owner_pays_for_or_owns() {
    let f = start().await;
    let collab = user(&f, COLLABORATOR);
    user(&f, STRANGER);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    release_web_slug(&f, &f.owner(), "shared").await;
    add_collaborator(&f, COLLABORATOR).await;
    let (status, free) = f
        .call(
            Method::POST,
            "/apps/shared/addons",
            &f.owner(),
            Some(json!({"plan": "memcache:100mb"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{free}");
    let before = events(&f, "shared").len();

    let refused = [
        (
            Method::POST,
            "/apps/shared/addons".to_string(),
            Some(json!({"plan": "memcache:250mb"})),
            "provision paid resources for",
            "paid add-on",
        ),
        (
            Method::PATCH,
            format!(
                "/apps/shared/addons/{}",
                free["name"].as_str().unwrap_or_default()
            ),
            Some(json!({"plan": "memcache:5mb"})),
            "provision paid resources for",
            "paid add-on",
        ),
        (
            Method::DELETE,
            format!(
                "/apps/shared/addons/{}",
                free["name"].as_str().unwrap_or_default()
            ),
            None,
            "provision paid resources for",
            "paid add-on",
        ),
        (
            Method::DELETE,
            "/apps/shared".into(),
            None,
            "destroy",
            "destroy",
        ),
        (
            Method::PATCH,
            "/apps/shared".into(),
            Some(json!({"name": "taken-over"})),
            "rename",
            "rename",
        ),
        (
            Method::POST,
            "/apps/shared/collaborators".into(),
            Some(json!({"user": STRANGER})),
            "manage collaborators on",
            "collaborator management",
        ),
        (
            Method::DELETE,
            "/apps/shared/collaborators/".to_string() + OWNER_EMAIL,
            None,
            "manage collaborators on",
            "collaborator management",
        ),
        (
            Method::PATCH,
            "/apps/shared/formation/web".into(),
            Some(json!({"size": "Standard-2X"})),
            "resize dynos to Standard-2X on",
            "resize to Standard-2X",
        ),
    ];
    for (method, path, body, phrase, label) in &refused {
        let (status, answer) = f.call(method.clone(), path, &collab, body.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}: {answer}");
        assert_eq!(answer, owner_only(phrase), "{method} {path}");
        let log = events(&f, "shared");
        assert_eq!(
            log.last().map(String::as_str),
            Some(format!("Refused {label} (needs owner) for user {COLLABORATOR}").as_str()),
            "{method} {path}"
        );
    }
    // Nothing changed: only the refusal lines were added.
    let log = events(&f, "shared");
    assert_eq!(log.len(), before + refused.len(), "{log:?}");
    let (_, app) = f.call(Method::GET, "/apps/shared", &f.owner(), None).await;
    assert_eq!(app["name"], "shared");
    let (_, addons) = f
        .call(Method::GET, "/apps/shared/addons", &f.owner(), None)
        .await;
    assert_eq!(addons.as_array().map(Vec::len), Some(1));
    assert_eq!(addons[0]["plan"]["name"], "memcache:100mb");
    let (_, listed) = f
        .call(Method::GET, "/apps/shared/collaborators", &f.owner(), None)
        .await;
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    let (_, web) = f
        .call(Method::GET, "/apps/shared/formation/web", &f.owner(), None)
        .await;
    assert_eq!(web["size"], "Standard-1X");
}

#[tokio::test]
async fn a_stranger_sees_nothing_and_a_removed_collaborator_is_refused_at_once() {
    let f = start().await;
    let collab = user(&f, COLLABORATOR);
    let stranger = user(&f, STRANGER);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    add_collaborator(&f, COLLABORATOR).await;

    let no_access = forbidden("You do not have access to the app shared.");
    for path in [
        "/apps/shared",
        "/apps/shared/config-vars",
        "/apps/shared/collaborators",
    ] {
        let (status, body) = f.call(Method::GET, path, &stranger, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(body, no_access, "{path}");
    }
    let (status, body) = f
        .call(
            Method::POST,
            "/apps/shared/collaborators",
            &stranger,
            Some(json!({"user": "~"})),
        )
        .await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, no_access.clone()));
    for path in ["/apps", "/users/~/apps", "/addons"] {
        let (_, list) = f.call(Method::GET, path, &stranger, None).await;
        assert_eq!(list, json!([]), "{path}");
    }
    assert!(events(&f, "shared").contains(&format!(
        "Refused config read (needs collaborator) for user {STRANGER}"
    )));
    let (status, _) = f.call(Method::GET, "/apps/nowhere", &stranger, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _) = f
        .call(Method::GET, "/apps/shared/config-vars", &collab, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, removed) = f
        .call(
            Method::DELETE,
            &format!("/apps/shared/collaborators/{COLLABORATOR}"),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(removed["user"]["email"], COLLABORATOR);
    let (status, body) = f
        .call(Method::GET, "/apps/shared/config-vars", &collab, None)
        .await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, no_access));
    let (_, list) = f.call(Method::GET, "/apps", &collab, None).await;
    assert_eq!(list, json!([]));
    assert!(events(&f, "shared").contains(&format!(
        "Remove {COLLABORATOR} as collaborator by user {OWNER_EMAIL}"
    )));

    // A collaborator may leave on their own (apps:leave).
    add_collaborator(&f, COLLABORATOR).await;
    let (status, _) = f
        .call(
            Method::DELETE,
            &format!("/apps/shared/collaborators/{COLLABORATOR}"),
            &collab,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(events(&f, "shared").contains(&format!(
        "Remove {COLLABORATOR} as collaborator by user {COLLABORATOR}"
    )));
}

#[tokio::test]
async fn collaborator_requests_heroku_refuses() {
    let f = start().await;
    user(&f, COLLABORATOR);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    let cases = [
        (
            json!({"user": COLLABORATOR, "permissions": ["deploy"]}),
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"id": "invalid_params", "message": "Unknown params: permissions."}),
        ),
        (
            json!({"user": "nobody@example.com"}),
            StatusCode::NOT_FOUND,
            json!({"id": "not_found", "message": "Couldn't find that user.", "resource": "user"}),
        ),
        (
            json!({"user": OWNER_EMAIL}),
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"id": "invalid_params", "message": format!("{OWNER_EMAIL} is the owner of shared.")}),
        ),
    ];
    for (body, status, answer) in cases {
        let got = f
            .call(
                Method::POST,
                "/apps/shared/collaborators",
                &f.owner(),
                Some(body.clone()),
            )
            .await;
        assert_eq!(got, (status, answer), "{body}");
    }
    assert_eq!(
        add_collaborator(&f, COLLABORATOR).await.0,
        StatusCode::CREATED
    );
    let (status, body) = add_collaborator(&f, COLLABORATOR).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["message"],
        format!("{COLLABORATOR} is already a collaborator on shared.")
    );
    let (status, body) = f
        .call(
            Method::DELETE,
            &format!("/apps/shared/collaborators/{OWNER_EMAIL}"),
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = f
        .call(
            Method::GET,
            "/apps/shared/collaborators/nobody@example.com",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Permissions are a team app's: a personal app has none to set.
    let (status, body) = f
        .call(
            Method::GET,
            "/teams/apps/shared/collaborators",
            &f.owner(),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (_, permissions) = f
        .call(Method::GET, "/teams/permissions", &f.owner(), None)
        .await;
    let names: Vec<&str> = permissions
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["deploy", "manage", "operate", "view"]);
    assert!(
        permissions
            .as_array()
            .expect("list")
            .iter()
            .all(|p| p["description"].is_string())
    );
}

#[tokio::test]
async fn a_removed_user_leaves_each_app_with_an_event_and_a_team_keeps_its_admin() {
    let f = start().await;
    let collab = user(&f, COLLABORATOR);
    f.create(&f.owner(), json!({"name": "shared"})).await;
    add_collaborator(&f, COLLABORATOR).await;
    let (status, _) = f
        .call(
            Method::POST,
            "/teams",
            &collab,
            Some(json!({"name": "acme"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // The collaborator is acme's only admin: a team always keeps one.
    let refused = f.server.platform().remove_user(COLLABORATOR);
    let message = format!("{refused:?}");
    assert!(message.contains("team acme"), "{message}");
    let (status, _) = f
        .call(
            Method::PUT,
            "/teams/acme/members",
            &collab,
            Some(json!({"email": crate::OWNER_EMAIL, "role": "admin"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    f.server
        .platform()
        .remove_user(COLLABORATOR)
        .expect("removed");
    let (_, collaborators) = f
        .call(Method::GET, "/apps/shared/collaborators", &f.owner(), None)
        .await;
    assert_eq!(
        collaborators.as_array().map(Vec::len),
        Some(1),
        "{collaborators}"
    );
    let removal = format!(
        "Remove {COLLABORATOR} as collaborator by user {} (the user was removed)",
        crate::OWNER_EMAIL
    );
    assert_eq!(
        events(&f, "shared")
            .iter()
            .filter(|e| **e == removal)
            .count(),
        1,
        "{:?}",
        events(&f, "shared")
    );
}
