//! Teams: creating one, its members and their roles (Dev Center's "Enterprise Teams
//! Permissions": only admins manage the team; admins and members create apps; viewers look),
//! the last-admin rule, the features the official CLI reads, and the team's event log.

use reqwest::Method;

use super::*;

mod apps;

const ADMIN: &str = "alice@example.com";
const MEMBER: &str = "bob@example.com";
const VIEWER: &str = "carol@example.com";
const STRANGER: &str = "dave@example.com";

/// A team `acme` created by the platform's owner, with an admin, a member and a viewer
/// besides, each with an API key.
struct Team {
    f: Fixture,
    admin: String,
    member: String,
    viewer: String,
    stranger: String,
}

fn user(f: &Fixture, email: &str) -> String {
    f.server.platform().create_user(email).expect("user")
}

async fn new_team(f: &Fixture, token: &str, name: &str) -> Value {
    let (status, team) = f
        .call(Method::POST, "/teams", token, Some(json!({"name": name})))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{team}");
    team
}

async fn put_member(f: &Fixture, token: &str, email: &str, role: &str) -> (StatusCode, Value) {
    let body = json!({"email": email, "role": role});
    f.call(Method::PUT, "/teams/acme/members", token, Some(body))
        .await
}

async fn acme() -> Team {
    let f = start().await;
    let admin = user(&f, ADMIN);
    let member = user(&f, MEMBER);
    let viewer = user(&f, VIEWER);
    let stranger = user(&f, STRANGER);
    new_team(&f, &f.owner(), "acme").await;
    for (email, role) in [(ADMIN, "admin"), (MEMBER, "member"), (VIEWER, "viewer")] {
        let (status, body) = put_member(&f, &f.owner(), email, role).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    Team {
        f,
        admin,
        member,
        viewer,
        stranger,
    }
}

fn assert_refused(status: StatusCode, body: &Value, want: StatusCode, message: &str) {
    assert_eq!(status, want, "{body}");
    assert_eq!(body["message"], message, "{body}");
}

fn team_log(f: &Fixture) -> Vec<String> {
    f.server
        .platform()
        .team_events("acme")
        .expect("events")
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect()
}

#[tokio::test]
async fn a_team_is_created_listed_and_shown_to_its_members_only() {
    let f = start().await;
    let stranger = user(&f, STRANGER);
    let team = new_team(&f, &f.owner(), "acme").await;
    assert_eq!(
        keys(&team),
        [
            "created_at",
            "credit_card_collections",
            "default",
            "enterprise_account",
            "id",
            "identity_provider",
            "membership_limit",
            "name",
            "provisioned_licenses",
            "role",
            "type",
            "updated_at"
        ]
    );
    assert_eq!(team["role"], "admin");
    assert_eq!(team["type"], "team");
    let id = team["id"].as_str().unwrap_or_default().to_string();

    let (status, all) = f.call(Method::GET, "/teams", &f.owner(), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all}");
    assert_eq!(all[0]["name"], "acme");
    assert_eq!(all[0]["role"], "admin");
    for identity in ["acme", id.as_str()] {
        let (status, found) = f
            .call(Method::GET, &format!("/teams/{identity}"), &f.owner(), None)
            .await;
        assert_eq!(status, StatusCode::OK, "{found}");
        assert_eq!(found["id"], id.as_str());
    }
    // The creator is its first admin.
    let (_, members) = f
        .call(Method::GET, "/teams/acme/members", &f.owner(), None)
        .await;
    assert_eq!(members[0]["email"], OWNER_EMAIL);
    assert_eq!(members[0]["role"], "admin");

    let (_, theirs) = f.call(Method::GET, "/teams", &stranger, None).await;
    assert_eq!(theirs, json!([]));
    let (status, body) = f.call(Method::GET, "/teams/acme", &stranger, None).await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have access to the team acme.",
    );
    let (status, body) = f.call(Method::GET, "/teams/nope", &stranger, None).await;
    assert_refused(
        status,
        &body,
        StatusCode::NOT_FOUND,
        "Couldn't find that team.",
    );
    // Heroku's app name rule, one name per team, and no name of a path under /teams/.
    for (name, message) in [
        ("Bad_Name", crate::names::INVALID_NAME),
        ("acme", "Name is already taken"),
        ("apps", "Name is already taken"),
    ] {
        let (status, body) = f
            .call(
                Method::POST,
                "/teams",
                &stranger,
                Some(json!({"name": name})),
            )
            .await;
        assert_refused(status, &body, StatusCode::UNPROCESSABLE_ENTITY, message);
    }
}

#[tokio::test]
async fn members_are_added_with_roles_and_listed_by_email() {
    let t = acme().await;
    let f = &t.f;
    let (status, members) = f
        .call(Method::GET, "/teams/acme/members", &t.viewer, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{members}");
    let rows: Vec<(&str, &str)> = members
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            (
                m["email"].as_str().unwrap_or_default(),
                m["role"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (ADMIN, "admin"),
            (MEMBER, "member"),
            (VIEWER, "viewer"),
            (OWNER_EMAIL, "admin")
        ]
    );
    assert_eq!(
        keys(&members[1]),
        [
            "created_at",
            "email",
            "federated",
            "id",
            "identity_provider",
            "role",
            "two_factor_authentication",
            "updated_at",
            "user"
        ]
    );
    assert_eq!(keys(&members[1]["user"]), ["email", "id", "name"]);
    assert_eq!(members[1]["id"], members[1]["user"]["id"]);

    // Each sees the team with their own role.
    for (token, role) in [
        (&t.admin, "admin"),
        (&t.member, "member"),
        (&t.viewer, "viewer"),
    ] {
        let (_, teams) = f.call(Method::GET, "/teams", token, None).await;
        assert_eq!(teams[0]["role"], role, "{teams}");
    }

    // PUT changes a role (200), PATCH changes only a member, POST adds only a newcomer.
    let (status, changed) = put_member(f, &t.admin, VIEWER, "member").await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["role"], "member");
    let body = json!({"email": VIEWER, "role": "viewer"});
    let (status, changed) = f
        .call(Method::PATCH, "/teams/acme/members", &t.admin, Some(body))
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["role"], "viewer");
    let body = json!({"email": VIEWER, "role": "viewer"});
    let (status, body) = f
        .call(Method::POST, "/teams/acme/members", &t.admin, Some(body))
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "carol@example.com is already a member of acme.",
    );
    let body = json!({"email": STRANGER, "role": "viewer"});
    let (status, body) = f
        .call(Method::PATCH, "/teams/acme/members", &t.admin, Some(body))
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::NOT_FOUND,
        "dave@example.com is not a member of acme.",
    );
    let (status, body) = put_member(f, &t.admin, "nobody@example.com", "member").await;
    assert_refused(
        status,
        &body,
        StatusCode::NOT_FOUND,
        "Couldn't find that user.",
    );
    let (status, body) = put_member(f, &t.admin, STRANGER, "owner").await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Invalid role owner: a team member's role is admin, member or viewer.",
    );

    // Removed by email or by id.
    let (status, gone) = f
        .call(
            Method::DELETE,
            &format!("/teams/acme/members/{VIEWER}"),
            &t.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{gone}");
    assert_eq!(gone["email"], VIEWER);
    let member_id = members[1]["id"].as_str().unwrap_or_default().to_string();
    let (status, gone) = f
        .call(
            Method::DELETE,
            &format!("/teams/acme/members/{member_id}"),
            &t.admin,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{gone}");
    assert_eq!(gone["email"], MEMBER);
    let (status, body) = f
        .call(Method::GET, "/teams/acme/members", &t.viewer, None)
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have access to the team acme.",
    );

    let log = team_log(f);
    for line in [
        format!("Create team acme by user {OWNER_EMAIL}"),
        format!("Add {MEMBER} as member by user {OWNER_EMAIL}"),
        format!("Update {VIEWER} role to member by user {ADMIN}"),
        format!("Update {VIEWER} role to viewer by user {ADMIN}"),
        format!("Remove {VIEWER} from team by user {ADMIN}"),
        format!("Remove {MEMBER} from team by user {ADMIN}"),
        // The removed viewer's read of the members, refused.
        format!("Refused view acme (needs admin, member or viewer) for user {VIEWER}"),
    ] {
        assert_eq!(
            log.iter().filter(|l| **l == line).count(),
            1,
            "{line}: {log:?}"
        );
    }
    // Refused or failed writes changed nothing, so they left no change in the log: only
    // the refusal.
    assert_eq!(log.len(), 9, "{log:?}");
}

#[tokio::test]
async fn only_admins_change_the_team_and_its_members() {
    let t = acme().await;
    let f = &t.f;
    let member_write = json!({"email": STRANGER, "role": "viewer"});
    // (token, who, allowed)
    let cases = [
        (&t.admin, ADMIN, true),
        (&t.member, MEMBER, false),
        (&t.viewer, VIEWER, false),
        (&t.stranger, STRANGER, false),
    ];
    for (token, who, allowed) in cases {
        let in_team = who != STRANGER;
        let refusal = |action: &str| {
            if in_team {
                format!(
                    "You do not have permission to {action} acme. You need to have the admin role in this team."
                )
            } else {
                "You do not have access to the team acme.".to_string()
            }
        };
        // Everyone in the team sees it and its members; no one else does.
        let (status, _) = f.call(Method::GET, "/teams/acme", token, None).await;
        assert_eq!(status.is_success(), in_team, "{who} info");
        let (status, _) = f
            .call(Method::GET, "/teams/acme/members", token, None)
            .await;
        assert_eq!(status.is_success(), in_team, "{who} members");

        let (status, body) = f
            .call(
                Method::PUT,
                "/teams/acme/members",
                token,
                Some(member_write.clone()),
            )
            .await;
        if allowed {
            assert!(status.is_success(), "{who}: {body}");
            let (status, _) = f
                .call(
                    Method::DELETE,
                    &format!("/teams/acme/members/{STRANGER}"),
                    token,
                    None,
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{who} removes");
        } else {
            let want = refusal("manage members of");
            assert_refused(status, &body, StatusCode::FORBIDDEN, &want);
            let (status, body) = f
                .call(
                    Method::DELETE,
                    &format!("/teams/acme/members/{ADMIN}"),
                    token,
                    None,
                )
                .await;
            assert_refused(status, &body, StatusCode::FORBIDDEN, &want);
            let (status, body) = f
                .call(
                    Method::PATCH,
                    "/teams/acme",
                    token,
                    Some(json!({"name": "taken-over"})),
                )
                .await;
            assert_refused(status, &body, StatusCode::FORBIDDEN, &refusal("change"));
            let (status, body) = f.call(Method::DELETE, "/teams/acme", token, None).await;
            assert_refused(status, &body, StatusCode::FORBIDDEN, &refusal("delete"));
        }
    }
    // The refusals changed nothing and are each in the team's log.
    let (_, members) = f
        .call(Method::GET, "/teams/acme/members", &t.admin, None)
        .await;
    assert_eq!(members.as_array().map(Vec::len), Some(4), "{members}");
    let log = team_log(f);
    let refused = format!("Refused manage members of acme (needs admin) for user {MEMBER}");
    assert_eq!(log.iter().filter(|l| **l == refused).count(), 2, "{log:?}");
    let refused = format!("Refused delete acme (needs admin) for user {STRANGER}");
    assert_eq!(log.iter().filter(|l| **l == refused).count(), 1, "{log:?}");

    // An admin renames the team and deletes it once it has no apps.
    let (status, renamed) = f
        .call(
            Method::PATCH,
            "/teams/acme",
            &t.admin,
            Some(json!({"name": "acme-two"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{renamed}");
    assert_eq!(renamed["name"], "acme-two");
    let (status, gone) = f
        .call(Method::DELETE, "/teams/acme-two", &t.admin, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{gone}");
    let (status, _) = f.call(Method::GET, "/teams/acme-two", &t.admin, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The log outlives the team, under its id.
    let id = gone["id"].as_str().unwrap_or_default();
    let log = f.server.platform().team_events(id).expect("events");
    let last = log.and_then(|l| l.last().map(|e| e.message.clone()));
    assert_eq!(last, Some(format!("Delete team acme-two by user {ADMIN}")));
}

#[tokio::test]
async fn the_last_admin_can_be_neither_removed_nor_demoted() {
    let f = start().await;
    let admin = user(&f, ADMIN);
    new_team(&f, &f.owner(), "acme").await;
    let last_admin =
        format!("{OWNER_EMAIL} is the last admin of acme; make another member an admin first.");
    let (status, body) = put_member(&f, &f.owner(), OWNER_EMAIL, "member").await;
    assert_refused(status, &body, StatusCode::UNPROCESSABLE_ENTITY, &last_admin);
    let path = format!("/teams/acme/members/{OWNER_EMAIL}");
    let (status, body) = f.call(Method::DELETE, &path, &f.owner(), None).await;
    assert_refused(status, &body, StatusCode::UNPROCESSABLE_ENTITY, &last_admin);

    // With a second admin, the first may step down, and then the second is the last.
    let (status, _) = put_member(&f, &f.owner(), ADMIN, "admin").await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = put_member(&f, &f.owner(), OWNER_EMAIL, "viewer").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = put_member(&f, &admin, ADMIN, "member").await;
    assert_refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "alice@example.com is the last admin of acme; make another member an admin first.",
    );
    let (status, body) = f.call(Method::DELETE, &path, &admin, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn features_list_app_permissions_and_no_invitations() {
    let t = acme().await;
    let f = &t.f;
    let (status, features) = f
        .call(Method::GET, "/teams/acme/features", &t.viewer, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{features}");
    let names: Vec<&str> = features
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert!(names.contains(&"org-access-controls"), "{names:?}");
    assert!(!names.contains(&"team-invite-acceptance"), "{names:?}");
    assert_eq!(
        keys(&features[0]),
        [
            "created_at",
            "description",
            "display_name",
            "doc_url",
            "enabled",
            "feedback_email",
            "id",
            "name",
            "state",
            "updated_at"
        ]
    );
    let id = features[0]["id"].as_str().unwrap_or_default().to_string();
    for identity in ["org-access-controls", id.as_str()] {
        let (status, one) = f
            .call(
                Method::GET,
                &format!("/teams/acme/features/{identity}"),
                &t.member,
                None,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{one}");
        assert_eq!(one["enabled"], true);
    }
    let (status, _) = f
        .call(
            Method::GET,
            "/teams/acme/features/team-invite-acceptance",
            &t.member,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, body) = f
        .call(Method::GET, "/teams/acme/features", &t.stranger, None)
        .await;
    assert_refused(
        status,
        &body,
        StatusCode::FORBIDDEN,
        "You do not have access to the team acme.",
    );
}
