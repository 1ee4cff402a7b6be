//! `teams`, `members`, `members:add`, `members:set`, `members:remove`.

use serde_json::json;

use super::{Backend, belt_at, body_of, ok_at};
use crate::harness::{Sandbox, run_guarded};
use crate::human_output::{settings, transcript};

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
    let (admins, _) = ok_at(
        &sb,
        &backend,
        &["members", "-t", "myteam", "--role", "admin"],
    );
    assert_eq!(admins.lines().count(), 3, "{admins}");
    let (none, _) = ok_at(
        &sb,
        &backend,
        &["members", "-t", "myteam", "--role", "owner"],
    );
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
        &[
            "members:add",
            "new@heroku.com",
            "-t",
            "myteam",
            "--role",
            "member",
        ],
    );
    assert_eq!(
        stderr,
        "Inviting new@heroku.com to myteam as member... done\n"
    );
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
        &[
            "members:add",
            "bob@heroku.com",
            "-t",
            "myteam",
            "--role",
            "admin",
        ],
    );
    assert_eq!(stderr, "Adding bob@heroku.com to myteam as admin... done\n");
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &[
            "members:set",
            "bob@heroku.com",
            "-t",
            "myteam",
            "--role",
            "viewer",
        ],
    );
    assert_eq!(
        stderr,
        "Adding bob@heroku.com to myteam as viewer... done\n"
    );
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["members:remove", "bob@heroku.com", "-t", "myteam"],
    );
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
            (
                "DELETE /teams/myteam/members/bob@heroku.com".to_string(),
                String::new()
            ),
        ]
    );
}
