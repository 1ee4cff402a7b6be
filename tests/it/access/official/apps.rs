//! `apps:transfer`, `apps:transfers*`, `apps` with collaborated and team apps, `create --team`.

use serde_json::{Value, json};

use super::{Backend, belt_at, body_of, ok_at};
use crate::harness::Sandbox;
use crate::human_output::{settings, transcript};

#[test]
fn apps_transfer_to_a_user_starts_a_transfer_and_to_a_team_moves_the_app() {
    let sb = Sandbox::new();
    let backend = Backend::personal().start();
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["apps:transfer", "frodo@heroku.com", "-a", "myapp"],
    );
    assert_eq!(
        stderr,
        "Initiating transfer of ⬢ myapp to frodo@heroku.com... email sent\n"
    );
    assert_eq!(
        body_of(&backend, "POST /account/app-transfers"),
        json!({"app": "myapp", "recipient": "frodo@heroku.com"})
    );

    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &["apps:transfer", "myteam", "-a", "myapp", "--locked"],
    );
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
    let bodies: Vec<Value> = sent
        .iter()
        .map(|(_, b)| serde_json::from_str(b).unwrap())
        .collect();
    assert_eq!(
        bodies,
        [json!({"owner": "myteam"}), json!({"locked": true})]
    );
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
    let (code, _, _) = belt_at(
        &sb,
        &backend,
        &[&args[..], &["--confirm", "other"]].concat(),
    );
    assert_eq!(code, 2);
    assert_eq!(backend.count("PATCH "), 0);
    let (_, stderr) = ok_at(
        &sb,
        &backend,
        &[&args[..], &["--confirm", "myapp"]].concat(),
    );
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
        ["myapp", "gandalf@heroku.com", "frodo@heroku.com"],
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
            (
                "DELETE /account/app-transfers/myapp".to_string(),
                String::new()
            ),
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
    assert!(
        backend
            .requests()
            .contains(&"GET /teams/myteam/apps".into())
    );
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
