//! The official CLI's `teams`, `members*`, `create --team`, `apps --team`, `apps:lock`,
//! `apps:unlock` and `apps:transfer` against `belt serve`'s teams, with the platform seeing
//! each change.

use super::*;

const TEAM_APP: &str = "acme-web";
const BOB: &str = "bob@example.com";

#[test]
fn the_official_cli_manages_a_team_its_members_and_its_apps() {
    let cli = OfficialCli::new();
    let bob = cli.server.platform().create_user(BOB).expect("user");
    let (status, _, team) = cli
        .server
        .call("POST", "/teams", &[], Some(r#"{"name": "acme"}"#));
    assert_eq!(status, 201, "{team}");
    cli.check(&shows(&["teams"], &["acme", "admin"]));
    cli.check(&shows(
        &["members:add", BOB, "-t", "acme", "-r", "member"],
        &["Adding bob@example.com to acme as member... done"],
    ));
    cli.check(&shows(
        &["members", "-t", "acme"],
        &["bob@example.com", "member", "owner@belt.local", "admin"],
    ));
    cli.check(&shows(
        &["members:set", BOB, "-t", "acme", "-r", "viewer"],
        &["Adding bob@example.com to acme as viewer... done"],
    ));
    let (_, _, members) = cli.server.call("GET", "/teams/acme/members", &[], None);
    assert_eq!(members[0]["email"], BOB, "{members}");
    assert_eq!(members[0]["role"], "viewer", "{members}");

    cli.check(&shows(
        &["create", TEAM_APP, "-t", "acme"],
        &["Creating acme-web... done"],
    ));
    cli.check(&shows(
        &["apps", "-t", "acme"],
        &["=== Apps in team acme", TEAM_APP],
    ));
    cli.check(&shows(
        &["apps:info", "-a", TEAM_APP],
        &["Owner:", "acme@herokumanager.com"],
    ));
    cli.check(&shows(
        &["apps:lock", "-a", TEAM_APP],
        &["Locking acme-web... done"],
    ));
    let (_, _, app) = cli.server.call("GET", "/teams/apps/acme-web", &[], None);
    assert_eq!(app["locked"], true, "{app}");
    cli.check(&shows(
        &["apps:unlock", "-a", TEAM_APP],
        &["Unlocking acme-web... done"],
    ));

    // The team lists org-access-controls, so `access:add` sends permissions.
    cli.check(&shows(
        &["members:set", BOB, "-t", "acme", "-r", "member"],
        &["Adding bob@example.com to acme as member... done"],
    ));
    cli.check(&shows(
        &["access:add", BOB, "-a", TEAM_APP, "-p", "deploy"],
        &["Adding bob@example.com access to the app acme-web with deploy, view permissions... done"],
    ));
    cli.check(&shows(
        &["access", "-a", TEAM_APP],
        &["bob@example.com", "deploy, view"],
    ));

    // Out of the team to a member, at once; then a personal app into the team.
    cli.check(&shows(
        &["apps:transfer", BOB, "-a", TEAM_APP, "--confirm", TEAM_APP],
        &["Transferring acme-web to bob@example.com... done"],
    ));
    let (_, _, app) = cli.server.call_as(&bob, "GET", "/apps/acme-web", &[], None);
    assert_eq!(app["owner"]["email"], BOB, "{app}");
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&shows(
        &["apps:transfer", "acme", "-a", APP, "--locked"],
        &[
            "Transferring cli-app to acme... done",
            "Locking cli-app... done",
        ],
    ));
    cli.check(&shows(
        &["apps", "-t", "acme"],
        &["=== Apps in team acme", "cli-app [locked]"],
    ));

    cli.check(&shows(
        &["members:remove", BOB, "-t", "acme"],
        &["Removing bob@example.com from acme... done"],
    ));
    let log: Vec<String> = cli
        .server
        .platform()
        .team_events("acme")
        .expect("events")
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert_eq!(
        log,
        [
            "Create team acme by user owner@belt.local",
            "Add bob@example.com as member by user owner@belt.local",
            "Update bob@example.com role to viewer by user owner@belt.local",
            "Update bob@example.com role to member by user owner@belt.local",
            "Remove bob@example.com from team by user owner@belt.local",
        ]
    );
}
