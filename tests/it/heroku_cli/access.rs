//! The official CLI's `access`, `access:add`, `access:remove`, `members` and `apps:transfer`
//! against `belt serve` with a second user, and belt seeing each change.

use super::*;

const BOB: &str = "bob@example.com";

#[test]
fn the_official_cli_manages_collaborators_teams_and_transfers() {
    let cli = OfficialCli::new();
    cli.server
        .platform()
        .create_user(BOB)
        .expect("a second user");
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&changes(
        &["access:add", BOB, "-a", APP],
        &["Adding bob@example.com access to the app cli-app... done"],
        &["access", "-a", APP],
        &[BOB, "collaborator"],
        &[],
    ));
    cli.check(&shows(
        &["access", "-a", APP],
        &[BOB, "collaborator", "owner@belt.local", "owner"],
    ));
    cli.check(&shows(
        &["access", "-a", APP, "--json"],
        &["\"email\": \"bob@example.com\""],
    ));
    cli.check(&changes(
        &["apps:transfer", BOB, "-a", APP],
        &["Initiating transfer of cli-app to bob@example.com... email sent"],
        &["apps:transfers", "--json"],
        &["\"state\": \"pending\""],
        &[],
    ));
    cli.belt_stdout(&["apps:transfers:cancel", APP]);
    cli.check(&changes(
        &["access:remove", BOB, "-a", APP],
        &["Removing bob@example.com access from the app cli-app... done"],
        &["access", "-a", APP],
        &["owner@belt.local"],
        &[BOB],
    ));

    // A team: its members, and the app moved to it.
    let (status, _, team) = cli
        .server
        .call("POST", "/teams", &[], Some(r#"{"name":"acme"}"#));
    assert_eq!(status, 201, "{team}");
    cli.belt_stdout(&["members:add", BOB, "-t", "acme", "--role", "member"]);
    cli.check(&shows(
        &["members", "-t", "acme"],
        &[BOB, "member", "owner@belt.local", "admin"],
    ));
    cli.check(&shows(
        &["members", "-t", "acme", "--role", "admin"],
        &["owner@belt.local"],
    ));
    cli.check(&shows(&["teams"], &["acme", "admin"]));
    cli.check(&changes(
        &["apps:transfer", "acme", "-a", APP],
        &["Transferring cli-app to acme... done"],
        &["info", "-a", APP, "--json"],
        &["acme@herokumanager.com"],
        &[],
    ));
    // On a team app access:add sends permissions, and access shows them.
    cli.check(&changes(
        &["access:add", BOB, "-a", APP, "-p", "deploy"],
        &["Adding bob@example.com access to the app cli-app with deploy, view permissions... done"],
        &["access", "-a", APP],
        &[BOB],
        &[],
    ));
    cli.check(&shows(
        &["access", "-a", APP],
        &[
            "deploy, view",
            "owner@belt.local",
            "deploy, manage, operate, view",
        ],
    ));
    cli.check(&shows(
        &["apps", "-t", "acme"],
        &["=== Apps in team acme", APP],
    ));
}
