//! Several users on one `belt serve`, each with a belt account of their own (issue 21): what a
//! personal app's collaborator may and may not do, what a stranger sees, removal and
//! transfers taking effect on the next request, and a team's members and permissions.

use std::path::Path;

use serde_json::Value;

use crate::harness::{Sandbox, Server, run_guarded};

const OWNER: &str = "owner";
const BOB: &str = "bob@example.com";
const CAROL: &str = "carol@example.com";

/// A server with its owner and two more users (bob, carol), each a belt account of `sb`.
fn three_users() -> (Sandbox, Server, String) {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account(OWNER, &server, &server.token);
    let platform = server.platform();
    for (account, email) in [("bob", BOB), ("carol", CAROL)] {
        let key = platform.create_user(email).expect("a user");
        sb.add_account(account, &server, &key);
    }
    let owner_email = server.call("GET", "/account", &[], None).2["email"]
        .as_str()
        .expect("the owner's email")
        .to_string();
    (sb, server, owner_email)
}

/// `belt ARGS --account ACCOUNT`: exit code, stdout, stderr.
fn as_user(sb: &Sandbox, account: &str, args: &[&str]) -> (i32, String, String) {
    run_guarded(sb.belt().args(args).args(["--account", account]))
}

fn ok_as(sb: &Sandbox, account: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = as_user(sb, account, args);
    assert_eq!(code, 0, "{account}: belt {args:?}: {stderr}");
    stdout
}

fn json_as(sb: &Sandbox, account: &str, args: &[&str]) -> Value {
    let stdout = ok_as(sb, account, &[args, &["--json"]].concat());
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"))
}

/// Runs `args` as `account`, asserting a 403: exit 4 and the platform's message on stderr.
fn refused(sb: &Sandbox, account: &str, args: &[&str], message: &str) {
    let (code, stdout, stderr) = as_user(sb, account, args);
    assert_eq!((code, stdout.as_str()), (4, ""), "{args:?}: {stderr}");
    assert!(stderr.contains(message), "{args:?}: {stderr}");
}

/// A table's rows (under its header and rule), each as its words.
fn table_rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

fn app_names(sb: &Sandbox, account: &str) -> Vec<String> {
    json_as(sb, account, &["apps"])
        .as_array()
        .expect("apps")
        .iter()
        .filter_map(|a| a["name"].as_str().map(str::to_string))
        .collect()
}

/// Pushes the repository at `dir` to `app` as the account bound to the directory.
fn push_as(sb: &Sandbox, server: &Server, dir: &Path, account: &str, app: &str) -> String {
    sb.belt_in(dir)
        .args(["accounts:use", account])
        .assert()
        .success();
    let (code, _, stderr) = run_guarded(sb.belt_in(dir).args(["git:remote", "-a", app]));
    assert_eq!(code, 0, "{stderr}");
    let output = sb
        .std_command("git")
        .current_dir(dir)
        .args(["push", "heroku", "main"])
        .env("GIT_SSL_CAINFO", &server.ca)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git push");
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{text}");
    text
}

#[test]
fn a_collaborator_works_on_the_app_but_changes_nothing_billed_and_a_stranger_sees_nothing() {
    let (sb, server, owner_email) = three_users();
    ok_as(&sb, OWNER, &["create", "shared-app", "--no-remote"]);
    ok_as(&sb, OWNER, &["access:add", BOB, "-a", "shared-app"]);
    let people = ok_as(&sb, OWNER, &["access", "-a", "shared-app"]);
    let rows = table_rows(&people);
    assert!(rows.contains(&vec![BOB, "collaborator"]), "{people}");
    assert!(
        rows.contains(&vec![owner_email.as_str(), "owner"]),
        "{people}"
    );

    // bob pushes, sets config, scales and reads the app's logs.
    let dir = sb.repo_with_procfile("bob-src", "worker: exec sleep 600\n", "main");
    let pushed = push_as(&sb, &server, &dir, "bob", "shared-app");
    assert!(pushed.contains("Released v"), "{pushed}");
    ok_as(
        &sb,
        "bob",
        &["config:set", "SET_BY=bob", "-a", "shared-app"],
    );
    assert_eq!(
        json_as(&sb, OWNER, &["config", "-a", "shared-app"])["SET_BY"],
        "bob"
    );
    ok_as(&sb, "bob", &["ps:scale", "worker=1", "-a", "shared-app"]);
    let logs = ok_as(&sb, "bob", &["logs", "-n", "200", "-a", "shared-app"]);
    assert!(
        logs.contains(&format!("Add {BOB} as collaborator by user {owner_email}")),
        "{logs}"
    );
    assert!(
        logs.contains("Set SET_BY config vars by user bob@example.com"),
        "{logs}"
    );
    // The app is bob's to see, as a collaborated app.
    let apps = ok_as(&sb, "bob", &["apps"]);
    assert!(apps.contains("Collaborated Apps"), "{apps}");
    let row = apps
        .lines()
        .find(|l| l.contains("shared-app"))
        .unwrap_or_default();
    assert!(row.contains(&owner_email), "{apps}");

    // What is billed, the app itself and its people are the owner's.
    refused(
        &sb,
        "bob",
        &[
            "addons:add",
            "heroku-postgresql:essential-0",
            "-a",
            "shared-app",
        ],
        "Only the app owner",
    );
    // Dyno sizes above Basic are billed too (D2); Basic is not.
    ok_as(&sb, "bob", &["ps:type", "worker=basic", "-a", "shared-app"]);
    refused(
        &sb,
        "bob",
        &["ps:type", "worker=standard-1x", "-a", "shared-app"],
        "Only the app owner",
    );
    // A free plan is the collaborator's to add.
    ok_as(
        &sb,
        "bob",
        &["addons:add", "heroku-postgresql:dev", "-a", "shared-app"],
    );
    refused(
        &sb,
        "bob",
        &[
            "apps:destroy",
            "-a",
            "shared-app",
            "--confirm",
            "shared-app",
        ],
        "Only the app owner",
    );
    refused(
        &sb,
        "bob",
        &["access:add", CAROL, "-a", "shared-app"],
        "Only the app owner",
    );
    let addons = json_as(&sb, OWNER, &["addons", "-a", "shared-app"]);
    let plans: Vec<&str> = addons
        .as_array()
        .expect("add-ons")
        .iter()
        .filter_map(|a| a["plan"]["name"].as_str())
        .collect();
    assert_eq!(plans, ["heroku-postgresql:dev"], "{addons}");
    let (_, _, formation) = server.call("GET", "/apps/shared-app/formation", &[], None);
    assert_eq!(formation[0]["size"], "Basic", "{formation}");
    assert_eq!(
        json_as(&sb, OWNER, &["access", "-a", "shared-app"])
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let logs = ok_as(&sb, OWNER, &["logs", "-n", "200", "-a", "shared-app"]);
    assert!(
        logs.contains(&format!("for user {BOB}")) && logs.contains("Refused"),
        "{logs}"
    );

    // carol is a stranger: refused the app, and never shown it.
    refused(
        &sb,
        "carol",
        &["info", "-a", "shared-app"],
        "You do not have access to the app shared-app.",
    );
    refused(
        &sb,
        "carol",
        &["config:set", "X=1", "-a", "shared-app"],
        "You do not have access to the app shared-app.",
    );
    assert!(!app_names(&sb, "carol").contains(&"shared-app".to_string()));
    assert!(app_names(&sb, "bob").contains(&"shared-app".to_string()));

    // Removal takes effect on bob's next request.
    ok_as(&sb, OWNER, &["access:remove", BOB, "-a", "shared-app"]);
    refused(
        &sb,
        "bob",
        &["config", "-a", "shared-app"],
        "You do not have access to the app shared-app.",
    );
    assert!(!app_names(&sb, "bob").contains(&"shared-app".to_string()));
    ok_as(&sb, OWNER, &["ps:scale", "worker=0", "-a", "shared-app"]);
}

#[test]
fn a_collaborator_leaves_and_a_transfer_waits_for_its_recipient() {
    let (sb, _server, owner_email) = three_users();
    ok_as(&sb, OWNER, &["create", "given-app", "--no-remote"]);
    ok_as(&sb, OWNER, &["access:add", BOB, "-a", "given-app"]);
    ok_as(&sb, OWNER, &["access:add", CAROL, "-a", "given-app"]);
    // carol leaves on her own.
    let (code, _, stderr) = as_user(&sb, "carol", &["apps:leave", "-a", "given-app"]);
    assert_eq!(
        (code, stderr.as_str()),
        (0, "Leaving ⬢ given-app... done\n")
    );
    assert!(!app_names(&sb, "carol").contains(&"given-app".to_string()));

    let (code, _, stderr) = as_user(&sb, OWNER, &["apps:transfer", BOB, "-a", "given-app"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr,
        format!("Initiating transfer of ⬢ given-app to {BOB}... email sent\n")
    );
    // Pending: still the owner's, and listed for both.
    let transfers = json_as(&sb, "bob", &["apps:transfers"]);
    assert_eq!(transfers[0]["app"]["name"], "given-app", "{transfers}");
    assert_eq!(transfers[0]["state"], "pending");
    assert_eq!(json_as(&sb, OWNER, &["apps:transfers"]), transfers);
    refused(
        &sb,
        "bob",
        &["apps:destroy", "-a", "given-app", "--confirm", "given-app"],
        "Only the app owner",
    );
    // The owner cannot accept on bob's behalf; bob declines, then accepts a second offer.
    let (code, _, _) = as_user(&sb, OWNER, &["apps:transfers:accept", "given-app"]);
    assert_ne!(code, 0);
    ok_as(&sb, "bob", &["apps:transfers:decline", "given-app"]);
    ok_as(&sb, OWNER, &["apps:transfer", BOB, "-a", "given-app"]);
    ok_as(&sb, "bob", &["apps:transfers:accept", "given-app"]);
    let info = json_as(&sb, "bob", &["info", "-a", "given-app"]);
    assert_eq!(info["app"]["owner"]["email"], BOB, "{info}");
    // The old owner stays on as a collaborator.
    let people = json_as(&sb, "bob", &["access", "-a", "given-app"]);
    let old_owner = people
        .as_array()
        .expect("collaborators")
        .iter()
        .find(|c| c["user"]["email"] == owner_email.as_str())
        .cloned()
        .unwrap_or_default();
    assert_eq!(old_owner["role"], "collaborator", "{people}");
}

#[test]
fn a_teams_members_and_their_permissions_on_its_apps() {
    let (sb, server, owner_email) = three_users();
    let (status, _, team) = server.call("POST", "/teams", &[], Some(r#"{"name":"acme"}"#));
    assert_eq!(status, 201, "{team}");
    ok_as(
        &sb,
        OWNER,
        &["members:add", BOB, "-t", "acme", "--role", "member"],
    );
    let teams = ok_as(&sb, "bob", &["teams"]);
    assert!(
        teams
            .lines()
            .any(|l| l.split_whitespace().eq(["acme", "member"])),
        "{teams}"
    );
    let members = ok_as(&sb, OWNER, &["members", "-t", "acme"]);
    let rows = table_rows(&members);
    assert_eq!(
        rows,
        [vec![BOB, "member"], vec![owner_email.as_str(), "admin"]],
        "{members}"
    );

    let (code, _, stderr) = run_guarded(
        sb.belt()
            .args(["create", "acme-app", "--no-remote", "--account", OWNER])
            .env("HEROKU_TEAM", "acme"),
    );
    assert_eq!(code, 0, "{stderr}");
    let listed = ok_as(&sb, "bob", &["apps", "--team", "acme"]);
    assert_eq!(listed, "=== Apps in team acme\n\nacme-app\n");
    let info = json_as(&sb, OWNER, &["info", "-a", "acme-app"]);
    assert_eq!(info["app"]["owner"]["email"], "acme@herokumanager.com");
    // bob, a member, joins the unlocked app on his own, and leaves it.
    let (code, _, stderr) = as_user(&sb, "bob", &["apps:join", "-a", "acme-app"]);
    assert_eq!((code, stderr.as_str()), (0, "Joining ⬢ acme-app... done\n"));
    let joined = ok_as(&sb, OWNER, &["access", "-a", "acme-app"]);
    assert!(
        table_rows(&joined)
            .iter()
            .any(|r| r[..2] == [BOB, "member"]),
        "{joined}"
    );
    ok_as(&sb, "bob", &["apps:leave", "-a", "acme-app"]);
    assert!(!ok_as(&sb, OWNER, &["access", "-a", "acme-app"]).contains(BOB));

    // carol, outside the team, is given deploy; the team's admin shows with every permission.
    ok_as(
        &sb,
        OWNER,
        &["access:add", CAROL, "-a", "acme-app", "-p", "deploy"],
    );
    let people = ok_as(&sb, OWNER, &["access", "-a", "acme-app"]);
    let rows = table_rows(&people);
    assert!(
        rows.contains(&vec![CAROL, "collaborator", "deploy,", "view"]),
        "{people}"
    );
    assert!(
        rows.contains(&vec![
            owner_email.as_str(),
            "admin",
            "deploy,",
            "manage,",
            "operate,",
            "view"
        ]),
        "{people}"
    );
    assert!(!people.contains("herokumanager"), "{people}");
    ok_as(&sb, "carol", &["config:set", "BY=carol", "-a", "acme-app"]);
    refused(
        &sb,
        "carol",
        &["apps:destroy", "-a", "acme-app", "--confirm", "acme-app"],
        "You need to have the manage permission on this app.",
    );
    ok_as(
        &sb,
        OWNER,
        &["access:update", CAROL, "-a", "acme-app", "-p", "manage"],
    );
    let carol = json_as(&sb, OWNER, &["access", "-a", "acme-app"])
        .as_array()
        .expect("collaborators")
        .iter()
        .find(|c| c["user"]["email"] == CAROL)
        .cloned()
        .unwrap_or_default();
    let names: Vec<&str> = carol["permissions"]
        .as_array()
        .map(|p| p.iter().filter_map(|p| p["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["manage", "view"], "{carol}");

    ok_as(
        &sb,
        OWNER,
        &["members:set", BOB, "-t", "acme", "--role", "admin"],
    );
    ok_as(&sb, OWNER, &["members:remove", BOB, "-t", "acme"]);
    assert_eq!(
        ok_as(&sb, OWNER, &["members", "-t", "acme", "--role", "member"]),
        "No members in acme with role member\n"
    );
}
