//! The official CLI's pipelines against `belt serve`: `pipelines:create`, `pipelines:add`,
//! `pipelines`, `pipelines:info`, `apps:info` showing the pipeline, and `pipelines:promote`,
//! after which production runs the very slug staging built, with its own config untouched.

use super::*;

const PRODUCTION: &str = "cli-app-prod";

/// `APP` deployed with this Procfile as the staging app of pipeline `shop`, and `PRODUCTION`
/// (with `MODE=production`) as its production app, all through the official CLI.
fn staging_and_production(procfile: &str) -> OfficialCli {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&shows(&["apps:create", PRODUCTION], &["done"]));
    cli.deploy_procfile(procfile);
    cli.check(&shows(
        &["config:set", "MODE=production", "-a", PRODUCTION],
        &["done, v2"],
    ));
    cli.check(&shows(
        &["pipelines:create", "shop", "-a", APP, "-s", "staging"],
        &[
            "Creating shop pipeline... done",
            "pipeline as staging... done",
        ],
    ));
    cli.check(&shows(
        &[
            "pipelines:add",
            "shop",
            "-a",
            PRODUCTION,
            "-s",
            "production",
        ],
        &["pipeline as production... done"],
    ));
    cli
}

#[test]
fn the_official_cli_creates_a_pipeline_and_promotes_staging_to_production() {
    let cli = staging_and_production("web: sleep 600\n");
    cli.check(&shows(&["pipelines"], &["shop"]));
    cli.check(&shows(
        &["pipelines:info", "shop"],
        &[
            "=== shop",
            "owner: owner@belt.local",
            APP,
            "staging",
            PRODUCTION,
            "production",
        ],
    ));
    cli.check(&shows(
        &["apps:info", "-a", APP],
        &["Pipeline:", "shop - staging"],
    ));
    cli.check(&shows(
        &["pipelines:promote", "-a", APP],
        &["Promotion successful", PRODUCTION, "succeeded"],
    ));

    let release = |app: &str, version: &str| {
        let (status, _, body) =
            cli.server
                .call("GET", &format!("/apps/{app}/releases/{version}"), &[], None);
        assert_eq!(status, 200, "{body}");
        body
    };
    let built = release(APP, "v2");
    let promoted = release(PRODUCTION, "v3");
    assert_eq!(promoted["slug"]["id"], built["slug"]["id"], "{promoted}");
    assert_eq!(promoted["description"], "Promote cli-app v2");
    let (_, _, config) =
        cli.server
            .call("GET", &format!("/apps/{PRODUCTION}/config-vars"), &[], None);
    assert_eq!(config, serde_json::json!({"MODE": "production"}));
}

/// A slug with a release command runs it on the target too, and the official CLI streams
/// its output before it reports the promotion.
#[test]
fn the_official_cli_promotes_through_the_release_phase() {
    let cli = staging_and_production("release: echo migrating $MODE\nweb: sleep 600\n");
    cli.check(&shows(
        &["pipelines:promote", "-a", APP],
        &[
            "Running release command...",
            "migrating production",
            "Promotion successful",
        ],
    ));
    let (_, _, release) =
        cli.server
            .call("GET", &format!("/apps/{PRODUCTION}/releases/v3"), &[], None);
    assert_eq!(release["status"], "succeeded", "{release}");
    assert_eq!(release["current"], true, "{release}");
}
