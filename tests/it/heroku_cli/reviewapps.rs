//! The official CLI's `reviewapps:enable` and `reviewapps:disable` against `belt serve`: they
//! read the account feature `dashboard-repositories-api` and the pipeline's repository
//! (`GET /pipelines/{id}/repo`, nominal here), then POST, PATCH or DELETE the pipeline's
//! review-app config, which the server then holds. (The official CLI has no other reviewapps
//! command: creating and destroying review apps is belt's.)

use super::*;

/// The pipeline's review-app config as the server answers it: (status, body).
fn review_app_config(cli: &OfficialCli) -> (u16, serde_json::Value) {
    let (_, _, pipeline) = cli.server.call("GET", "/pipelines/shop", &[], None);
    let id = pipeline["id"].as_str().expect("pipeline id");
    let path = format!("/pipelines/{id}/review-app-config");
    let (status, _, config) = cli.server.call("GET", &path, &[], None);
    (status, config)
}

#[test]
fn the_official_cli_enables_configures_and_disables_review_apps() {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&shows(
        &["pipelines:create", "shop", "-a", APP, "-s", "staging"],
        &["Creating shop pipeline... done"],
    ));
    cli.check(&shows(
        &["reviewapps:enable", "-p", "shop"],
        &["Configuring pipeline... done"],
    ));
    let (status, config) = review_app_config(&cli);
    assert_eq!(status, 200, "{config}");
    assert_eq!(config["automatic_review_apps"], false, "{config}");

    cli.check(&shows(
        &[
            "reviewapps:enable",
            "-p",
            "shop",
            "--autodeploy",
            "--autodestroy",
        ],
        &[
            "Enabling auto deployment...",
            "Enabling auto destroy...",
            "Configuring pipeline... done",
        ],
    ));
    let (_, config) = review_app_config(&cli);
    assert_eq!(config["automatic_review_apps"], true, "{config}");
    assert_eq!(config["destroy_stale_apps"], true, "{config}");

    cli.check(&shows(
        &["reviewapps:disable", "-p", "shop", "--no-autodeploy"],
        &[
            "Disabling auto deployment...",
            "Configuring pipeline... done",
        ],
    ));
    let (_, config) = review_app_config(&cli);
    assert_eq!(config["automatic_review_apps"], false, "{config}");
    assert_eq!(config["destroy_stale_apps"], true, "untouched: {config}");

    cli.check(&shows(
        &["reviewapps:disable", "-p", "shop"],
        &["Configuring pipeline... done"],
    ));
    let (status, config) = review_app_config(&cli);
    assert_eq!(status, 404, "disabled: {config}");
}
