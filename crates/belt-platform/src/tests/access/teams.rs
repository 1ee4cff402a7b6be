//! Team app permissions, action by action (DESIGN21 §4.3, D4): an admin has all four; a
//! member has view plus what their collaborator row grants; a viewer only views; an outsider
//! reaches the app only through a collaborator row. Team rows are written directly (the teams
//! endpoints are the teams helper's).

use super::*;

const ADMIN: &str = "admin@example.com";
const DEPLOYER: &str = "deployer@example.com";
const OPERATOR: &str = "operator@example.com";
const VIEWER: &str = "viewer@example.com";
const OUTSIDER: &str = "outsider@example.com";

/// The team `acme` with its members, and the team app `teamapp` (web formation released).
async fn team_with_app(f: &Fixture) -> Vec<(&'static str, String)> {
    let tokens: Vec<(&str, String)> = [ADMIN, DEPLOYER, OPERATOR, VIEWER, OUTSIDER, STRANGER]
        .into_iter()
        .map(|email| (email, user(f, email)))
        .collect();
    f.create(&f.owner(), json!({"name": "teamapp"})).await;
    release_web_slug(f, &f.owner(), "teamapp").await;
    write_rows(f, |tx, now| {
        tx.execute(
            "INSERT INTO teams (id, name, created_at, updated_at) VALUES ('t1', 'acme', ?1, ?1)",
            [now],
        )?;
        tx.execute("UPDATE apps SET team_id = 't1' WHERE name = 'teamapp'", [])?;
        for (email, role) in [
            (ADMIN, "admin"),
            (DEPLOYER, "member"),
            (OPERATOR, "member"),
            (VIEWER, "viewer"),
        ] {
            tx.execute(
                "INSERT INTO team_members (team_id, user_id, role, created_at, updated_at)
                     SELECT 't1', id, ?2, ?3, ?3 FROM users WHERE email = ?1",
                rusqlite::params![email, role, now],
            )?;
        }
        Ok(())
    });
    let admin = &tokens[0].1;
    for (email, permissions) in [
        (DEPLOYER, json!(["deploy"])),
        (OPERATOR, json!(["operate"])),
        (OUTSIDER, json!(["deploy"])),
    ] {
        let (status, body) = f
            .call(
                Method::POST,
                "/teams/apps/teamapp/collaborators",
                admin,
                Some(json!({"user": email, "permissions": permissions})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{email}: {body}");
    }
    tokens
}

/// Who of admin, deployer, operator, viewer, outsider may: `A`llowed or `-` refused.
type Row = (
    Method,
    &'static str,
    Option<Value>,
    &'static str,
    &'static str,
);

fn table() -> Vec<Row> {
    vec![
        (Method::GET, "/apps/teamapp", None, "AAAAA", "view"),
        (Method::GET, "/apps/teamapp/releases", None, "AAAAA", "view"),
        (
            Method::GET,
            "/apps/teamapp/collaborators",
            None,
            "AAAAA",
            "view",
        ),
        (
            Method::GET,
            "/apps/teamapp/config-vars",
            None,
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::PATCH,
            "/apps/teamapp/config-vars",
            Some(json!({"A": "1"})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::GET,
            "/apps/teamapp/addons",
            None,
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::POST,
            "/apps/teamapp/sources",
            None,
            "AA--A",
            "deploy",
        ),
        (
            Method::PATCH,
            "/apps/teamapp/formation/web",
            Some(json!({"quantity": 0})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::PATCH,
            "/apps/teamapp/formation/web",
            Some(json!({"size": "Standard-2X"})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::DELETE,
            "/apps/teamapp/dynos",
            None,
            "A-A--",
            "operate",
        ),
        (
            Method::PATCH,
            "/apps/teamapp",
            Some(json!({"maintenance": true})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::POST,
            "/apps/teamapp/addons",
            Some(json!({"plan": "memcache:5mb"})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::POST,
            "/apps/teamapp/addons",
            Some(json!({"plan": "memcache:100mb"})),
            "A-A--",
            "operate",
        ),
        (
            Method::POST,
            "/apps/teamapp/domains",
            Some(json!({"hostname": "x.example.com"})),
            "AAA-A",
            "deploy or operate",
        ),
        (
            Method::PATCH,
            "/apps/teamapp",
            Some(json!({"name": "renamed"})),
            "-----",
            "manage",
        ),
        (Method::DELETE, "/apps/teamapp", None, "-----", "manage"),
        (
            Method::PATCH,
            "/teams/apps/teamapp/collaborators/outsider@example.com",
            Some(json!({"permissions": ["deploy", "operate"]})),
            "A----",
            "manage",
        ),
    ]
}

#[tokio::test]
async fn each_permission_allows_and_refuses_what_it_should() {
    let f = start().await;
    let tokens = team_with_app(&f).await;
    let users = [ADMIN, DEPLOYER, OPERATOR, VIEWER, OUTSIDER];
    for (method, path, body, allowed, needs) in table() {
        for (i, email) in users.iter().enumerate() {
            let expected = allowed.as_bytes()[i] == b'A';
            // An admin may rename and destroy, which would end the table: checked by the others.
            if !expected && allowed.bytes().all(|b| b == b'-') && *email == ADMIN {
                continue;
            }
            let token = &tokens.iter().find(|(e, _)| e == email).expect("token").1;
            let (status, answer) = f.call(method.clone(), path, token, body.clone()).await;
            if expected {
                assert!(
                    status.is_success(),
                    "{email} {method} {path}: {status} {answer}"
                );
                if method == Method::POST
                    && (path.ends_with("/addons") || path.ends_with("/domains"))
                {
                    // One add-on of a service (one domain) per app: the next try needs it gone.
                    let name = answer["name"].as_str().or(answer["hostname"].as_str());
                    let gone = format!("{path}/{}", name.unwrap_or_default());
                    let (status, _) = f.call(Method::DELETE, &gone, &tokens[0].1, None).await;
                    assert_eq!(status, StatusCode::OK);
                }
                continue;
            }
            assert_eq!(
                status,
                StatusCode::FORBIDDEN,
                "{email} {method} {path}: {answer}"
            );
            let message = answer["message"].as_str().unwrap_or_default();
            assert!(
                message.ends_with(&format!(
                    "You need to have the {needs} permission on this app."
                )),
                "{email} {method} {path}: {message}"
            );
            let log = events(&f, "teamapp");
            let last = log.last().map(String::as_str).unwrap_or_default();
            assert!(
                last.starts_with("Refused ")
                    && last.ends_with(&format!("(needs {needs}) for user {email}")),
                "{email} {method} {path}: {last}"
            );
        }
    }
    let (_, outsider) = f
        .call(
            Method::GET,
            "/teams/apps/teamapp/collaborators/outsider@example.com",
            &tokens[0].1,
            None,
        )
        .await;
    let names: Vec<&str> = outsider["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["deploy", "operate", "view"]);
    assert_eq!(outsider["role"], "collaborator");
    let (_, deployer) = f
        .call(
            Method::GET,
            "/teams/apps/teamapp/collaborators/deployer@example.com",
            &tokens[0].1,
            None,
        )
        .await;
    assert_eq!(deployer["role"], "member");
    assert!(events(&f, "teamapp").contains(&format!(
        "Update {OUTSIDER} permissions to deploy, operate, view by user {ADMIN}"
    )));

    // Members see the team app, and its owner is the team; a stranger sees neither.
    let (_, apps) = f.call(Method::GET, "/apps", &tokens[3].1, None).await;
    assert_eq!(apps[0]["name"], "teamapp");
    assert_eq!(apps[0]["owner"]["email"], "acme@herokumanager.com");
    assert_eq!(apps[0]["team"]["name"], "acme");
    // The account's add-on list leaves out a team app's add-ons for its viewer.
    let (_, viewer_addons) = f.call(Method::GET, "/addons", &tokens[3].1, None).await;
    assert_eq!(viewer_addons, json!([]));
    f.call(
        Method::POST,
        "/apps/teamapp/addons",
        &tokens[1].1,
        Some(json!({"plan": "memcache:5mb"})),
    )
    .await;
    let (_, deployer_addons) = f.call(Method::GET, "/addons", &tokens[1].1, None).await;
    assert_eq!(deployer_addons.as_array().map(Vec::len), Some(1));
    let stranger = &tokens[5].1;
    let (_, apps) = f.call(Method::GET, "/apps", stranger, None).await;
    assert_eq!(apps, json!([]));
    let (status, body) = f.call(Method::GET, "/apps/teamapp", stranger, None).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::FORBIDDEN,
            forbidden("You do not have access to the app teamapp.")
        )
    );

    // The admin has every permission, destroy included; a member may leave.
    let (status, _) = f
        .call(
            Method::DELETE,
            "/apps/teamapp/collaborators/deployer@example.com",
            &tokens[1].1,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = f
        .call(Method::DELETE, "/apps/teamapp", &tokens[0].1, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
