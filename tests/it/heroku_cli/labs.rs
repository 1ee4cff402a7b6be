//! The official CLI's `labs:enable`, `labs`, `labs:info` and `labs:disable` against `belt
//! serve`, and belt seeing the same switch.

use super::*;

#[test]
fn the_official_cli_switches_labs_features_as_belt_sees_them() {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&changes(
        &["labs:enable", "log-runtime-metrics", "-a", APP],
        &["Enabling log-runtime-metrics for cli-app... done"],
        &["labs", "-a", APP],
        &["[+] log-runtime-metrics"],
        &["[ ] log-runtime-metrics"],
    ));
    cli.check(&shows(
        &["labs", "-a", APP],
        &[
            "=== User Features owner@belt.local",
            "=== App Features cli-app",
            "[+] log-runtime-metrics    Emit dyno resource usage to the app's log.",
            "[ ] preboot ",
        ],
    ));
    cli.check(&shows(
        &["labs", "-a", APP, "--json"],
        &[
            "\"name\": \"dashboard-repositories-api\"",
            "\"name\": \"log-runtime-metrics\"",
        ],
    ));
    cli.check(&shows(
        &["labs:info", "log-runtime-metrics", "-a", APP],
        &["=== log-runtime-metrics", "Enabled:     true"],
    ));
    cli.check(&changes(
        &["labs:disable", "log-runtime-metrics", "-a", APP],
        &["Disabling log-runtime-metrics for cli-app... done"],
        &["labs", "-a", APP],
        &["[ ] log-runtime-metrics"],
        &["[+] log-runtime-metrics"],
    ));
    // belt's list and the official CLI's agree line for line.
    let theirs = cli
        .command(&["labs", "-a", APP])
        .output()
        .expect("heroku labs");
    let ours = cli
        .sb
        .belt()
        .args(["labs", "-a", APP, "--api-url", &cli.server.url])
        .env("BELT_API_KEY", &cli.server.token)
        .env("SSL_CERT_FILE", &cli.server.ca)
        .output()
        .expect("belt labs");
    let theirs = String::from_utf8_lossy(&theirs.stdout).replace("⬢ ", "");
    let ours = String::from_utf8_lossy(&ours.stdout).replace("⬢ ", "");
    assert_eq!(ours, theirs);
}
