//! `access`, `access:add`, `access:update`, `access:remove`, `apps:leave`; dry runs and refusals.

use serde_json::{Value, json};

use super::{Backend, belt_at, body_of, ok_at};
use crate::harness::Sandbox;
use crate::harness::fake::{FakeBackend, Reply};
use crate::human_output::{settings, transcript};

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
    assert!(
        !backend
            .requests()
            .contains(&"GET /teams/permissions".into())
    );
    let rows: Vec<&str> = stdout.lines().skip(2).map(str::trim).collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert!(rows[0].starts_with("bob@heroku.com"), "{stdout}");
    assert!(rows[1].starts_with("gandalf@heroku.com"), "{stdout}");
}

/// `POST /apps/myapp/collaborators {user}`: no permissions, which a personal app refuses.
fn posted_frodo_alone(backend: &FakeBackend) {
    assert_eq!(
        body_of(backend, "POST /apps/myapp/collaborators"),
        json!({"user": "frodo@heroku.com"})
    );
}

#[test]
fn access_add_on_a_personal_app_posts_the_user() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["access:add", "frodo@heroku.com", "-a", "myapp"],
    );
    assert_eq!(
        stderr,
        "Adding frodo@heroku.com access to the app ⬢ myapp... done\n"
    );
    assert_eq!(
        backend.requests(),
        ["GET /apps/myapp", "POST /apps/myapp/collaborators"]
    );
    posted_frodo_alone(&backend);
}

#[test]
fn access_add_on_a_team_app_with_access_controls_sends_permissions_with_view() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("org-access-controls", false)]).start();
    let args = ["access:add", "frodo@heroku.com", "-a", "myapp"];
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &[&args[..], &["-p", "operate,deploy"]].concat(),
    );
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
    ok_at(
        &sb,
        &backend,
        &["access:add", "frodo@heroku.com", "-a", "myapp"],
    );
    posted_frodo_alone(&backend);
}

#[test]
fn access_update_is_for_team_apps_only() {
    let sb = Sandbox::new();
    let personal = Backend::personal().start();
    let args = [
        "access:update",
        "bob@heroku.com",
        "-a",
        "myapp",
        "-p",
        "deploy",
    ];
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
        body_of(
            &team,
            "PATCH /teams/apps/myapp/collaborators/bob@heroku.com"
        ),
        json!({"permissions": ["deploy", "view"]})
    );
}

#[test]
fn access_remove_and_apps_leave_delete_the_collaborator_and_apps_join_posts_oneself() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[]).start();
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["access:remove", "bob@heroku.com", "-a", "myapp"],
    );
    assert_eq!(
        stderr,
        "Removing bob@heroku.com access from the app ⬢ myapp... done\n"
    );
    let (_, stderr) = ok_at(&sb, &backend, &["apps:leave", "-a", "myapp"]);
    assert_eq!(stderr, "Leaving ⬢ myapp... done\n");
    let (_, stderr) = ok_at(&sb, &backend, &["apps:join", "-a", "myapp"]);
    assert_eq!(stderr, "Joining ⬢ myapp... done\n");
    assert_eq!(
        backend.requests(),
        [
            "DELETE /apps/myapp/collaborators/bob@heroku.com",
            "GET /account",
            "DELETE /apps/myapp/collaborators/gandalf@heroku.com",
            "GET /account",
            "POST /teams/apps/myapp/collaborators"
        ]
    );
    assert_eq!(
        body_of(&backend, "POST /teams/apps/myapp/collaborators"),
        json!({"user": "gandalf@heroku.com"})
    );
}

#[test]
fn changes_are_listed_and_not_sent_with_dry_run() {
    let sb = Sandbox::new();
    let backend = Backend::team(&[("org-access-controls", false)]).start();
    for args in [
        &[
            "access:add",
            "frodo@heroku.com",
            "-a",
            "myapp",
            "-p",
            "deploy",
        ][..],
        &[
            "access:update",
            "frodo@heroku.com",
            "-a",
            "myapp",
            "-p",
            "deploy",
        ],
        &["access:remove", "frodo@heroku.com", "-a", "myapp"],
        &["apps:leave", "-a", "myapp"],
        &["apps:transfer", "acme", "-a", "myapp"],
        &["apps:transfers:accept", "myapp"],
        &["apps:transfers:cancel", "myapp"],
        &[
            "members:add",
            "frodo@heroku.com",
            "-t",
            "myteam",
            "--role",
            "member",
        ],
        &[
            "members:set",
            "frodo@heroku.com",
            "-t",
            "myteam",
            "--role",
            "admin",
        ],
        &["members:remove", "frodo@heroku.com", "-t", "myteam"],
        &["create", "team-app", "--team", "myteam", "--no-remote"],
    ] {
        let (stdout, _) = ok_at(&sb, &backend, &[args, &["--dry-run"]].concat());
        assert!(stdout.contains(&backend.url), "{args:?}: {stdout}");
    }
    let (stdout, _) = ok_at(
        &sb,
        &backend,
        &[
            "access:add",
            "frodo@heroku.com",
            "-a",
            "myapp",
            "-p",
            "deploy",
            "--dry-run",
        ],
    );
    assert!(
        stdout.contains(r#"{"permissions":["deploy","view"],"user":"frodo@heroku.com"}"#),
        "{stdout}"
    );
    assert_eq!(
        backend
            .requests()
            .iter()
            .filter(|r| !r.starts_with("GET "))
            .count(),
        0
    );
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
    let (code, stdout, stderr) = belt_at(
        &sb,
        &backend,
        &["access:add", "x@heroku.com", "-a", "myapp"],
    );
    assert_eq!((code, stdout.as_str()), (4, ""), "{stderr}");
    assert!(
        stderr.contains("Only the app owner, gandalf@heroku.com, can do that."),
        "{stderr}"
    );
}
