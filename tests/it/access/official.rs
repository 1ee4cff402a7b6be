//! Each command's requests, in order, with the bodies and Accept headers the official CLI
//! sends (heroku/cli `src/commands/{access,apps,members,teams}`), against a backend answering
//! with that CLI's fixtures (`test/helpers/stubs`): `myapp` is gandalf's personal app or
//! `myteam`'s, by the backend asked for.

use serde_json::{Value, json};

use crate::harness::fake::{FakeBackend, Reply};
use crate::harness::{Sandbox, run_guarded};
use crate::human_output::{settings, transcript};

const FORBIDDEN: &str = r#"{"id":"forbidden","message":"You do not have access to the team myteam."}"#;

/// What the backend answers for a team: `myteam`, of `type`, with these features.
struct Backend {
    team_app: bool,
    features: Value,
    members_forbidden: bool,
}

impl Backend {
    fn personal() -> Backend {
        Backend {
            team_app: false,
            features: json!([]),
            members_forbidden: false,
        }
    }

    fn team(features: &[(&str, bool)]) -> Backend {
        let features = features
            .iter()
            .map(|(name, enabled)| json!({"name": name, "enabled": enabled}))
            .collect();
        Backend {
            team_app: true,
            features: Value::Array(features),
            members_forbidden: false,
        }
    }

    fn start(self) -> FakeBackend {
        FakeBackend::start(move |_, request| {
            let (method, path) = request.split_once(' ').unwrap_or((request, ""));
            let body = match (method, path) {
                ("GET", "/account") => json!({"id": "u1", "email": "gandalf@heroku.com"}),
                ("GET", "/apps/myapp") if self.team_app => {
                    json!({"name": "myapp", "owner": {"email": "myteam@herokumanager.com"}})
                }
                ("GET", "/apps/myapp") => {
                    json!({"name": "myapp", "owner": {"email": "gandalf@heroku.com"}})
                }
                ("GET", "/apps/myapp/collaborators") if self.team_app => json!([
                    {"permissions": [], "role": "owner", "user": {"email": "myteam@herokumanager.com"}},
                    {"permissions": [{"name": "deploy"}, {"name": "view"}], "role": "member",
                     "user": {"email": "bob@heroku.com"}},
                    {"permissions": [{"name": "view"}], "role": "admin", "user": {"email": "gandalf@heroku.com"}}
                ]),
                ("GET", "/apps/myapp/collaborators") => json!([
                    {"role": "owner", "user": {"email": "gandalf@heroku.com"}},
                    {"role": "collaborator", "user": {"email": "frodo@heroku.com"}}
                ]),
                ("GET", "/teams/myteam/members") if self.members_forbidden => {
                    return Reply::json(403, &[], FORBIDDEN);
                }
                ("GET", "/teams/myteam/members") => json!([
                    {"email": "gandalf@heroku.com", "role": "admin", "user": {"email": "gandalf@heroku.com"}},
                    {"email": "bob@heroku.com", "role": "viewer", "user": {"email": "bob@heroku.com"}},
                    {"email": "peter@heroku.com", "role": "collaborator", "user": {"email": "peter@heroku.com"}}
                ]),
                ("GET", "/teams/permissions") => json!([
                    {"name": "deploy"}, {"name": "manage"}, {"name": "operate"}, {"name": "view"}
                ]),
                ("GET", "/teams/myteam") => json!({"name": "myteam", "role": "admin", "type": "team"}),
                ("GET", "/teams/myteam/features") => self.features.clone(),
                ("GET", "/teams/myteam/invitations") => json!([
                    {"role": "member", "user": {"email": "invited-user@mail.com"}}
                ]),
                ("GET", "/teams") => json!([
                    {"name": "org b", "role": "collaborator"},
                    {"name": "org a", "role": "admin"}
                ]),
                ("GET", "/teams/apps/myapp") => json!({"name": "myapp", "locked": false}),
                ("GET", "/account/app-transfers") => json!([{
                    "id": "t1", "app": {"name": "myapp"}, "state": "pending",
                    "owner": {"email": "gandalf@heroku.com"}, "recipient": {"email": "frodo@heroku.com"}
                }]),
                ("POST", "/account/app-transfers") => json!({"id": "t1", "state": "pending"}),
                ("GET", "/apps") => json!([
                    {"name": "mine", "owner": {"email": "gandalf@heroku.com"}},
                    {"name": "theirs", "owner": {"email": "frodo@heroku.com"}, "region": {"name": "eu"}},
                    {"name": "team-one", "owner": {"email": "myteam@herokumanager.com"}}
                ]),
                ("GET", "/teams/myteam/apps") => json!([
                    {"name": "team-two", "locked": true}, {"name": "team-one"}
                ]),
                ("POST", "/teams/apps") => json!({
                    "id": "a1", "name": "team-app", "web_url": "https://team-app.example.com/",
                    "git_url": "https://git.example.com/team-app.git"
                }),
                ("GET", _) => {
                    return Reply::json(404, &[], r#"{"id":"not_found","message":"Couldn't find that."}"#);
                }
                _ => json!({}),
            };
            Reply::json(200, &[], &body.to_string())
        })
    }
}

fn belt_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (i32, String, String) {
    run_guarded(
        sb.belt()
            .args(args)
            .args(["--api-url", &backend.url])
            .env("BELT_API_KEY", "test-token"),
    )
}

/// Runs `args`, asserting success; returns stdout and stderr.
fn ok_at(sb: &Sandbox, backend: &FakeBackend, args: &[&str]) -> (String, String) {
    let (code, stdout, stderr) = belt_at(sb, backend, args);
    assert_eq!(code, 0, "belt {args:?}: {stderr}");
    (stdout, stderr)
}

/// The body of the one request `request`, as JSON.
fn body_of(backend: &FakeBackend, request: &str) -> Value {
    backend.find_sent(request).1
}

#[test]
fn access_lists_a_personal_apps_collaborators() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["access", "-a", "myapp"]);
    assert_eq!(
        backend.requests(),
        ["GET /apps/myapp", "GET /apps/myapp/collaborators"]
    );
    settings(&sb).bind(|| {
        insta::assert_snapshot!("access_personal", transcript(code, &stdout, &stderr));
    });
    let json = ok_at(&sb, &backend, &["access", "-a", "myapp", "--json"]).0;
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
}

#[test]
fn access_on_a_team_app_shows_permissions_and_the_teams_admins() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["access", "-a", "myapp"]);
    assert_eq!(
        backend.requests(),
        [
            "GET /apps/myapp",
            "GET /apps/myapp/collaborators",
            "GET /teams/myteam/members",
            "GET /teams/permissions"
        ]
    );
    // The official CLI's test: `bob member deploy, view` / `gandalf admin deploy, manage,
    // operate, view`, and no herokumanager row.
    assert!(!stdout.contains("herokumanager"), "{stdout}");
    settings(&sb).bind(|| {
        insta::assert_snapshot!("access_team", transcript(code, &stdout, &stderr));
    });
    // Every request asks for version 3.
    for sent in backend.sent() {
        assert!(
            sent.head
                .to_ascii_lowercase()
                .contains("accept: application/vnd.heroku+json; version=3\r\n"),
            "{}",
            sent.head
        );
    }
}

#[test]
fn access_by_a_non_member_of_the_team_lists_the_collaborators_alone() {
    let sb = Sandbox::new();
    let mut backend = Backend::team(&[]);
    backend.members_forbidden = true;
    let backend = backend.start();
    let (stdout, _) = ok_at(&sb, &backend, &["access", "-a", "myapp"]);
    assert!(!backend.requests().contains(&"GET /teams/permissions".into()));
    let rows: Vec<&str> = stdout.lines().skip(2).map(str::trim).collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert!(rows[0].starts_with("bob@heroku.com"), "{stdout}");
    assert!(rows[1].starts_with("gandalf@heroku.com"), "{stdout}");
}

#[test]
fn access_add_on_a_personal_app_posts_the_user() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (_, stderr) = ok_at(&sb, &backend, &["access:add", "frodo@heroku.com", "-a", "myapp"]);
    assert_eq!(
        stderr,
        "Adding frodo@heroku.com access to the app ⬢ myapp... done\n"
    );
    assert_eq!(
        backend.requests(),
        ["GET /apps/myapp", "POST /apps/myapp/collaborators"]
    );
    assert_eq!(
        body_of(&backend, "POST /apps/myapp/collaborators"),
        json!({"user": "frodo@heroku.com"})
    );
}

#[test]
fn access_add_on_a_team_app_with_access_controls_sends_permissions_with_view() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("org-access-controls", false)]).start();
    let args = ["access:add", "frodo@heroku.com", "-a", "myapp"];
    let (_, stderr) = ok_at(&sb, &backend, &[&args[..], &["-p", "operate,deploy"]].concat());
    assert_eq!(
        stderr,
        "Adding frodo@heroku.com access to the app ⬢ myapp with deploy, operate, view permissions... done\n"
    );
    assert_eq!(
        backend.requests(),
        [
            "GET /apps/myapp",
            "GET /teams/myteam/features",
            "POST /teams/apps/myapp/collaborators"
        ]
    );
    assert_eq!(
        body_of(&backend, "POST /teams/apps/myapp/collaborators"),
        json!({"permissions": ["deploy", "operate", "view"], "user": "frodo@heroku.com"})
    );
    // Without -p nothing is sent.
    let (code, _, stderr) = belt_at(&sb, &backend, &args);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("Missing argument: permissions"), "{stderr}");
    assert_eq!(backend.count("POST "), 1);
}

#[test]
fn access_add_on_a_team_app_without_access_controls_posts_the_user_alone() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("other-feature", true)]).start();
    ok_at(&sb, &backend, &["access:add", "frodo@heroku.com", "-a", "myapp"]);
    assert_eq!(
        body_of(&backend, "POST /apps/myapp/collaborators"),
        json!({"user": "frodo@heroku.com"})
    );
}

#[test]
fn access_update_is_for_team_apps_only() {
    let sb = Sandbox::new();
    let personal = Backend::personal().start();
    let args = ["access:update", "bob@heroku.com", "-a", "myapp", "-p", "deploy"];
    let (code, _, stderr) = belt_at(&sb, &personal, &args);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("cannot update permissions. The app ⬢ myapp is not owned by a team"),
        "{stderr}"
    );
    assert_eq!(personal.requests(), ["GET /apps/myapp"]);

    let team = Backend::team(&[]).start();
    let (_, stderr) = ok_at(&sb, &team, &args);
    assert_eq!(
        stderr,
        "Updating bob@heroku.com in application ⬢ myapp with deploy,view permissions... done\n"
    );
    assert_eq!(
        body_of(&team, "PATCH /teams/apps/myapp/collaborators/bob@heroku.com"),
        json!({"permissions": ["deploy", "view"]})
    );
}

#[test]
fn access_remove_and_apps_leave_delete_the_collaborator() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let (_, stderr) = ok_at(&sb, &backend, &["access:remove", "bob@heroku.com", "-a", "myapp"]);
    assert_eq!(
        stderr,
        "Removing bob@heroku.com access from the app ⬢ myapp... done\n"
    );
    let (_, stderr) = ok_at(&sb, &backend, &["apps:leave", "-a", "myapp"]);
    assert_eq!(stderr, "Leaving ⬢ myapp... done\n");
    assert_eq!(
        backend.requests(),
        [
            "DELETE /apps/myapp/collaborators/bob@heroku.com",
            "GET /account",
            "DELETE /apps/myapp/collaborators/gandalf@heroku.com"
        ]
    );
}

#[test]
fn apps_transfer_to_a_user_starts_a_transfer_and_to_a_team_moves_the_app() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (_, stderr) = ok_at(&sb, &backend, &["apps:transfer", "frodo@heroku.com", "-a", "myapp"]);
    assert_eq!(
        stderr,
        "Initiating transfer of ⬢ myapp to frodo@heroku.com... email sent\n"
    );
    assert_eq!(
        body_of(&backend, "POST /account/app-transfers"),
        json!({"app": "myapp", "recipient": "frodo@heroku.com"})
    );

    let (_, stderr) = ok_at(&sb, &backend, &["apps:transfer", "myteam", "-a", "myapp", "--locked"]);
    assert_eq!(
        stderr,
        "Transferring ⬢ myapp to myteam... done\nLocking ⬢ myapp... done\n"
    );
    let sent: Vec<(String, String)> = backend
        .sent()
        .into_iter()
        .filter(|s| s.request == "PATCH /teams/apps/myapp")
        .map(|s| (s.request, s.body))
        .collect();
    let bodies: Vec<Value> = sent.iter().map(|(_, b)| serde_json::from_str(b).unwrap()).collect();
    assert_eq!(bodies, [json!({"owner": "myteam"}), json!({"locked": true})]);
    assert!(backend.requests().contains(&"GET /teams/apps/myapp".into()));
}

#[test]
fn a_team_app_goes_to_a_user_only_when_confirmed() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let args = ["apps:transfer", "frodo@heroku.com", "-a", "myapp"];
    let (code, _, stderr) = belt_at(&sb, &backend, &args);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--confirm myapp"), "{stderr}");
    let (code, _, _) = belt_at(&sb, &backend, &[&args[..], &["--confirm", "other"]].concat());
    assert_eq!(code, 2);
    assert_eq!(backend.count("PATCH "), 0);
    let (_, stderr) = ok_at(&sb, &backend, &[&args[..], &["--confirm", "myapp"]].concat());
    assert_eq!(stderr, "Transferring ⬢ myapp to frodo@heroku.com... done\n");
    assert_eq!(
        body_of(&backend, "PATCH /teams/apps/myapp"),
        json!({"owner": "frodo@heroku.com"})
    );
}

#[test]
fn transfers_are_listed_accepted_declined_and_cancelled() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (stdout, _) = ok_at(&sb, &backend, &["apps:transfers"]);
    let row = stdout.lines().nth(2).unwrap_or_default();
    let words: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        words,
        ["myapp", "gandalf@heroku.com", "frodo@heroku.com", "pending"],
        "{stdout}"
    );
    let (_, stderr) = ok_at(&sb, &backend, &["apps:transfers:accept", "myapp"]);
    assert_eq!(stderr, "Accepting the transfer of ⬢ myapp... done\n");
    ok_at(&sb, &backend, &["apps:transfers:decline", "myapp"]);
    let (_, stderr) = ok_at(&sb, &backend, &["apps:transfers:cancel", "myapp"]);
    assert_eq!(stderr, "Cancelling the transfer of ⬢ myapp... done\n");
    let sent: Vec<(String, String)> = backend
        .sent()
        .into_iter()
        .map(|s| (s.request, s.body))
        .collect();
    assert_eq!(
        sent[1..],
        [
            (
                "PATCH /account/app-transfers/myapp".to_string(),
                r#"{"state":"accepted"}"#.to_string()
            ),
            (
                "PATCH /account/app-transfers/myapp".to_string(),
                r#"{"state":"declined"}"#.to_string()
            ),
            ("DELETE /account/app-transfers/myapp".to_string(), String::new()),
        ]
    );
}

#[test]
fn teams_are_listed_by_name_with_the_callers_role() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["teams"]);
    assert_eq!(backend.requests(), ["GET /teams"]);
    settings(&sb).bind(|| {
        insta::assert_snapshot!("teams", transcript(code, &stdout, &stderr));
    });
}

#[test]
fn members_are_listed_filtered_and_found_through_heroku_team() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["members", "-t", "myteam"]);
    assert_eq!(
        backend.requests(),
        [
            "GET /teams/myteam",
            "GET /teams/myteam/features",
            "GET /teams/myteam/members"
        ]
    );
    settings(&sb).bind(|| {
        insta::assert_snapshot!("members", transcript(code, &stdout, &stderr));
    });
    let (admins, _) = ok_at(&sb, &backend, &["members", "-t", "myteam", "--role", "admin"]);
    assert_eq!(admins.lines().count(), 3, "{admins}");
    let (none, _) = ok_at(&sb, &backend, &["members", "-t", "myteam", "--role", "owner"]);
    assert_eq!(none, "No members in myteam with role owner\n");
    // -t defaults to HEROKU_TEAM, then HEROKU_ORGANIZATION.
    for variable in ["HEROKU_TEAM", "HEROKU_ORGANIZATION"] {
        let (code, by_env, stderr) = run_guarded(
            sb.belt()
                .args(["members", "--api-url", &backend.url])
                .env("BELT_API_KEY", "test-token")
                .env(variable, "myteam"),
        );
        assert_eq!((code, &by_env), (0, &stdout), "{variable}: {stderr}");
    }
    let (code, _, stderr) = belt_at(&sb, &backend, &["members"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn members_of_a_team_that_invites_include_the_invitations() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("team-invite-acceptance", true)]).start();
    let (stdout, _) = ok_at(&sb, &backend, &["members", "-t", "myteam"]);
    let (invitations, _) = backend.find_sent("GET /teams/myteam/invitations");
    assert!(
        invitations
            .head
            .to_ascii_lowercase()
            .contains("accept: application/vnd.heroku+json; version=3.team-invitations"),
        "{}",
        invitations.head
    );
    let invited = stdout
        .lines()
        .find(|l| l.contains("invited-user@mail.com"))
        .unwrap_or_default();
    assert_eq!(
        invited.split_whitespace().collect::<Vec<_>>(),
        ["invited-user@mail.com", "member", "pending"],
        "{stdout}"
    );
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["members:add", "new@heroku.com", "-t", "myteam", "--role", "member"],
    );
    assert_eq!(stderr, "Inviting new@heroku.com to myteam as member... done\n");
    assert_eq!(
        body_of(&backend, "PUT /teams/myteam/invitations"),
        json!({"email": "new@heroku.com", "role": "member"})
    );
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["members:remove", "invited-user@mail.com", "-t", "myteam"],
    );
    assert_eq!(
        stderr,
        "Revoking invite for invited-user@mail.com in myteam... done\n"
    );
    backend.find_sent("DELETE /teams/myteam/invitations/invited-user@mail.com");
}

#[test]
fn members_add_set_and_remove_send_the_official_requests() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["members:add", "bob@heroku.com", "-t", "myteam", "--role", "admin"],
    );
    assert_eq!(stderr, "Adding bob@heroku.com to myteam as admin... done\n");
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["members:set", "bob@heroku.com", "-t", "myteam", "--role", "viewer"],
    );
    assert_eq!(stderr, "Adding bob@heroku.com to myteam as viewer... done\n");
    let (_, stderr) = ok_at(&sb, &backend, &["members:remove", "bob@heroku.com", "-t", "myteam"]);
    assert_eq!(stderr, "Removing bob@heroku.com from myteam... done\n");
    let changes: Vec<(String, String)> = backend
        .sent()
        .into_iter()
        .filter(|s| !s.request.starts_with("GET "))
        .map(|s| (s.request, s.body))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "PUT /teams/myteam/members".to_string(),
                r#"{"email":"bob@heroku.com","role":"admin"}"#.to_string()
            ),
            (
                "PATCH /teams/myteam/members".to_string(),
                r#"{"email":"bob@heroku.com","role":"viewer"}"#.to_string()
            ),
            ("DELETE /teams/myteam/members/bob@heroku.com".to_string(), String::new()),
        ]
    );
}

#[test]
fn apps_shows_collaborated_apps_and_a_teams_apps() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["apps"]);
    settings(&sb).bind(|| {
        insta::assert_snapshot!("apps_collaborated", transcript(code, &stdout, &stderr));
    });
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["apps", "--team", "myteam"]);
    assert!(backend.requests().contains(&"GET /teams/myteam/apps".into()));
    settings(&sb).bind(|| {
        insta::assert_snapshot!("apps_team", transcript(code, &stdout, &stderr));
    });
}

#[test]
fn create_with_a_team_posts_to_team_apps() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (stdout, stderr) = ok_at(
        &sb,
        &backend,
        &["create", "team-app", "--team", "myteam", "--no-remote"],
    );
    assert_eq!(stderr, "Creating ⬢ team-app... done\n");
    assert_eq!(
        stdout,
        "https://team-app.example.com/ | https://git.example.com/team-app.git\n"
    );
    assert_eq!(
        body_of(&backend, "POST /teams/apps"),
        json!({"name": "team-app", "team": "myteam"})
    );
}

#[test]
fn changes_are_listed_and_not_sent_with_dry_run() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("org-access-controls", false)]).start();
    for args in [
        &["access:add", "frodo@heroku.com", "-a", "myapp", "-p", "deploy"][..],
        &["access:update", "frodo@heroku.com", "-a", "myapp", "-p", "deploy"],
        &["access:remove", "frodo@heroku.com", "-a", "myapp"],
        &["apps:leave", "-a", "myapp"],
        &["apps:transfer", "acme", "-a", "myapp"],
        &["apps:transfers:accept", "myapp"],
        &["apps:transfers:cancel", "myapp"],
        &["members:add", "frodo@heroku.com", "-t", "myteam", "--role", "member"],
        &["members:set", "frodo@heroku.com", "-t", "myteam", "--role", "admin"],
        &["members:remove", "frodo@heroku.com", "-t", "myteam"],
        &["create", "team-app", "--team", "myteam", "--no-remote"],
    ] {
        let (stdout, _) = ok_at(&sb, &backend, &[args, &["--dry-run"]].concat());
        assert!(stdout.contains(&backend.url), "{args:?}: {stdout}");
    }
    let (stdout, _) = ok_at(
        &sb,
        &backend,
        &["access:add", "frodo@heroku.com", "-a", "myapp", "-p", "deploy", "--dry-run"],
    );
    assert!(
        stdout.contains(r#"{"permissions":["deploy","view"],"user":"frodo@heroku.com"}"#),
        "{stdout}"
    );
    assert_eq!(backend.requests().iter().filter(|r| !r.starts_with("GET ")).count(), 0);
}

#[test]
fn a_refusal_shows_the_platforms_message_and_exits_4() {
    let sb = Sandbox::new();
    let backend = FakeBackend::start(|_, request| match request {
        "GET /apps/myapp" => Reply::json(
            200,
            &[],
            r#"{"name":"myapp","owner":{"email":"gandalf@heroku.com"}}"#,
        ),
        _ => Reply::json(
            403,
            &[],
            r#"{"id":"forbidden","message":"You do not have permission to add collaborators to myapp. Only the app owner, gandalf@heroku.com, can do that."}"#,
        ),
    });
    let (code, stdout, stderr) = belt_at(&sb, &backend, &["access:add", "x@heroku.com", "-a", "myapp"]);
    assert_eq!((code, stdout.as_str()), (4, ""), "{stderr}");
    assert!(
        stderr.contains("Only the app owner, gandalf@heroku.com, can do that."),
        "{stderr}"
    );
}
