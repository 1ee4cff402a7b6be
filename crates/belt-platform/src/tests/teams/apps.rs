//! A team's apps: created by admins and members and refused to viewers, shown with the
//! `TEAM@herokumanager.com` owner the official CLI looks for, listed per team and per member,
//! locked, moved into and out of the team; and the permissions access-core checks on them.

use super::*;

async fn create_app(f: &Fixture, token: &str, body: Value) -> (StatusCode, Value) {
    f.call(Method::POST, "/teams/apps", token, Some(body)).await
}

async fn team_app(f: &Fixture, token: &str, name: &str) -> Value {
    let body = json!({"name": name, "team": "acme", "region": "us", "stack": "heroku-24"});
    let (status, app) = create_app(f, token, body).await;
    assert_eq!(status, StatusCode::CREATED, "{app}");
    app
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["name"].as_str())
        .collect()
}

fn app_log(f: &Fixture, app: &str) -> Vec<String> {
    f.server
        .platform()
        .recent_events(app, 100)
        .expect("events")
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect()
}

#[tokio::test]
async fn admins_and_members_create_team_apps_and_viewers_cannot() {
    let t = acme().await;
    let f = &t.f;
    let app = team_app(f, &t.member, "acme-web").await;
    assert_eq!(
        keys(&app),
        [
            "archived_at",
            "build_stack",
            "buildpack_provided_description",
            "created_at",
            "git_url",
            "id",
            "internal_routing",
            "joined",
            "locked",
            "maintenance",
            "name",
            "owner",
            "region",
            "released_at",
            "repo_size",
            "slug_size",
            "space",
            "stack",
            "team",
            "updated_at",
            "web_url"
        ]
    );
    assert_eq!(app["team"]["name"], "acme");
    assert_eq!(app["owner"]["email"], "acme@herokumanager.com");
    assert_eq!(app["joined"], true);
    assert_eq!(app["locked"], false);
    assert_eq!(app["region"]["name"], "us");
    team_app(f, &t.admin, "acme-api").await;

    for (token, message) in [
        (
            &t.viewer,
            "You do not have permission to create apps in acme. You need to have the admin or member role in this team.",
        ),
        (&t.stranger, "You do not have access to the team acme."),
    ] {
        let body = json!({"name": "acme-nope", "team": "acme"});
        let (status, body) = create_app(f, token, body).await;
        assert_refused(status, &body, StatusCode::FORBIDDEN, message);
    }
    let (status, _) = f
        .call(Method::GET, "/apps/acme-nope", &f.owner(), None)
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a refused create made nothing"
    );
    let refused = format!("Refused create apps in acme (needs admin or member) for user {VIEWER}");
    assert!(team_log(f).contains(&refused), "{:?}", team_log(f));

    // The app as `GET /apps` shows it: the official CLI reads the owner's email and `team`.
    let (status, info) = f.call(Method::GET, "/apps/acme-web", &t.viewer, None).await;
    assert_eq!(status, StatusCode::OK, "{info}");
    assert_eq!(info["owner"]["email"], "acme@herokumanager.com");
    assert_eq!(info["team"]["name"], "acme");
    assert_eq!(info["organization"], info["team"]);
    assert_eq!(
        app_log(f, "acme-web")[0],
        format!("Created app by user {MEMBER}")
    );

    let (status, apps) = f
        .call(Method::GET, "/teams/acme/apps", &t.viewer, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{apps}");
    assert_eq!(names(&apps), ["acme-api", "acme-web"]);
    assert_eq!(apps[0]["joined"], false, "the viewer has no place on it");
    let (status, _) = f
        .call(Method::GET, "/teams/acme/apps", &t.stranger, None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, info) = f
        .call(Method::GET, "/teams/apps/acme-api", &t.admin, None)
        .await;
    assert_eq!(info["joined"], true, "{info}");
    // By member: the apps they joined; an admin's are all of them.
    for (who, want) in [
        (MEMBER, vec!["acme-web"]),
        (ADMIN, vec!["acme-api", "acme-web"]),
        (VIEWER, vec![]),
    ] {
        let path = format!("/teams/acme/members/{who}/apps");
        let (status, apps) = f.call(Method::GET, &path, &t.viewer, None).await;
        assert_eq!(status, StatusCode::OK, "{apps}");
        assert_eq!(names(&apps), want, "{who}");
    }

    // With no team, or `personal`, it is the caller's own app.
    let (status, own) = create_app(f, &t.member, json!({"name": "bob-own"})).await;
    assert_eq!(status, StatusCode::CREATED, "{own}");
    assert_eq!(own["owner"]["email"], MEMBER);
    assert!(own["team"].is_null());
    // A team with apps stays.
    let (status, body) = f.call(Method::DELETE, "/teams/acme", &t.admin, None).await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "acme still has 2 app(s); transfer or destroy them first.",
    );
}

#[tokio::test]
async fn a_team_app_is_locked_by_those_who_manage_it() {
    let t = acme().await;
    let f = &t.f;
    team_app(f, &t.member, "acme-web").await;
    let lock = Some(json!({"locked": true}));
    let (status, body) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.viewer,
            lock.clone(),
        )
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have permission to lock acme-web. You need to have the manage permission on this app.",
    );
    // Its creator has every permission on it.
    let (status, locked) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.member,
            lock.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{locked}");
    assert_eq!(locked["locked"], true);
    let (_, info) = f
        .call(Method::GET, "/teams/apps/acme-web", &t.viewer, None)
        .await;
    assert_eq!(info["locked"], true);
    let (status, unlocked) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.admin,
            Some(json!({"locked": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{unlocked}");
    assert_eq!(unlocked["locked"], false);
    let log = app_log(f, "acme-web");
    assert!(
        log.contains(&format!("Lock app by user {MEMBER}")),
        "{log:?}"
    );
    assert!(
        log.contains(&format!("Unlock app by user {ADMIN}")),
        "{log:?}"
    );
    assert!(
        log.contains(&format!("Refused lock (needs manage) for user {VIEWER}")),
        "{log:?}"
    );

    // Locked, members may not join it on their own (`apps:join`); unlocked, they may.
    let (status, _) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.admin,
            Some(json!({"locked": true})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let join = Some(json!({"user": VIEWER}));
    let path = "/teams/apps/acme-web/collaborators";
    let (status, body) = f.call(Method::POST, path, &t.viewer, join.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (_, info) = f
        .call(Method::GET, "/teams/apps/acme-web", &t.viewer, None)
        .await;
    assert_eq!(info["joined"], false, "a refused join changed nothing");
    let (status, _) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.admin,
            Some(json!({"locked": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = f.call(Method::POST, path, &t.viewer, join).await;
    assert!(status.is_success(), "{body}");
    let (_, info) = f
        .call(Method::GET, "/teams/apps/acme-web", &t.viewer, None)
        .await;
    assert_eq!(info["joined"], true);

    // A personal app has nothing to lock.
    let (status, _) = f.create(&f.owner(), json!({"name": "own-app"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = f
        .call(Method::PATCH, "/teams/apps/own-app", &f.owner(), lock)
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "own-app is not a team app; only a team app can be locked.",
    );
}

#[tokio::test]
async fn apps_move_into_a_team_and_out_to_a_member() {
    let t = acme().await;
    let f = &t.f;
    let (status, _) = f.create(&f.owner(), json!({"name": "own-app"})).await;
    assert_eq!(status, StatusCode::CREATED);
    // Only someone who may create apps in the team moves one into it.
    let (status, _) = f.create(&t.viewer, json!({"name": "carol-app"})).await;
    assert_eq!(status, StatusCode::CREATED);
    let to_acme = Some(json!({"owner": "acme"}));
    let (status, body) = f
        .call(
            Method::PATCH,
            "/teams/apps/carol-app",
            &t.viewer,
            to_acme.clone(),
        )
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have permission to move apps into acme. You need to have the admin or member role in this team.",
    );
    let refused = format!("Refused move apps into acme (needs admin or member) for user {VIEWER}");
    assert!(team_log(f).contains(&refused), "{:?}", team_log(f));
    // The owner's transfer into the team is done at once.
    let (status, moved) = f
        .call(Method::PATCH, "/teams/apps/own-app", &f.owner(), to_acme)
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["owner"]["email"], "acme@herokumanager.com");
    assert_eq!(moved["team"]["name"], "acme");
    assert_eq!(moved["joined"], true, "the former owner keeps a place");
    let log = app_log(f, "own-app");
    assert!(
        log.contains(&format!("Transfer to team acme by user {OWNER_EMAIL}")),
        "{log:?}"
    );

    // Out of the team, only to one of its members, with every collaborator removed.
    let (status, body) = f
        .call(
            Method::PATCH,
            "/teams/apps/own-app",
            &t.admin,
            Some(json!({"owner": STRANGER})),
        )
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "dave@example.com is not a member of acme: only a member of the team can receive its app.",
    );
    let (status, moved) = f
        .call(
            Method::PATCH,
            "/teams/apps/own-app",
            &t.admin,
            Some(json!({"owner": MEMBER})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["owner"]["email"], MEMBER);
    assert!(moved["team"].is_null());
    let (_, collaborators) = f
        .call(Method::GET, "/apps/own-app/collaborators", &t.member, None)
        .await;
    let others: Vec<&Value> = collaborators
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["role"] != "owner")
        .collect();
    assert!(others.is_empty(), "{collaborators}");
    let (status, _) = f.call(Method::GET, "/apps/own-app", &f.owner(), None).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the former owner left with the team"
    );
}

#[tokio::test]
async fn a_member_with_only_view_cannot_set_config_on_a_team_app_and_an_admin_can() {
    let t = acme().await;
    let f = &t.f;
    team_app(f, &t.admin, "acme-api").await;
    let config = Some(json!({"GREETING": "hello"}));
    let (status, body) = f
        .call(
            Method::PATCH,
            "/apps/acme-api/config-vars",
            &t.member,
            config.clone(),
        )
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have permission to edit config vars of acme-api. You need to have the deploy or operate permission on this app.",
    );
    let (status, vars) = f
        .call(
            Method::PATCH,
            "/apps/acme-api/config-vars",
            &t.admin,
            config,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{vars}");
    assert_eq!(vars["GREETING"], "hello");
    // The member still sees the app.
    let (status, _) = f.call(Method::GET, "/apps/acme-api", &t.member, None).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_removed_member_loses_the_team_apps_at_once() {
    let t = acme().await;
    let f = &t.f;
    team_app(f, &t.member, "acme-web").await;
    let path = format!("/teams/acme/members/{MEMBER}");
    let (status, _) = f.call(Method::DELETE, &path, &t.admin, None).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = f.call(Method::GET, "/apps/acme-web", &t.member, None).await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have access to the app acme-web.",
    );
    let (_, collaborators) = f
        .call(Method::GET, "/apps/acme-web/collaborators", &t.admin, None)
        .await;
    let emails: Vec<&str> = collaborators
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["user"]["email"].as_str())
        .collect();
    assert!(!emails.contains(&MEMBER), "{collaborators}");
    // Back in the team, the member sees the app again, without the place they had on it.
    let (status, _) = put_member(f, &t.admin, MEMBER, "member").await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, info) = f
        .call(Method::GET, "/teams/apps/acme-web", &t.member, None)
        .await;
    assert_eq!(info["joined"], false, "{info}");
}

#[tokio::test]
async fn a_team_app_follows_its_team_renamed_and_moves_to_another_team() {
    let t = acme().await;
    let f = &t.f;
    team_app(f, &t.member, "acme-web").await;
    let (status, _) = f
        .call(
            Method::PATCH,
            "/teams/acme",
            &t.admin,
            Some(json!({"name": "acme-corp"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, info) = f.call(Method::GET, "/apps/acme-web", &t.member, None).await;
    assert_eq!(info["owner"]["email"], "acme-corp@herokumanager.com");
    assert_eq!(info["team"]["name"], "acme-corp");

    // To another team the mover is in; each place on the app takes its holder's new role.
    new_team(f, &t.member, "bobs").await;
    let (status, moved) = f
        .call(
            Method::PATCH,
            "/teams/apps/acme-web",
            &t.member,
            Some(json!({"owner": "bobs"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["owner"]["email"], "bobs@herokumanager.com");
    let (_, collaborators) = f
        .call(Method::GET, "/apps/acme-web/collaborators", &t.member, None)
        .await;
    let bob = collaborators
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["user"]["email"] == MEMBER)
        .cloned()
        .unwrap_or_default();
    assert_eq!(bob["role"], "admin", "{collaborators}");
    // The old team's people no longer reach it.
    let (status, _) = f.call(Method::GET, "/apps/acme-web", &t.viewer, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
