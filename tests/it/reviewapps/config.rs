//! `reviewapps:enable` and `reviewapps:disable` on the embedded default: the official CLI's
//! words, and the config each leaves.

use crate::harness::Sandbox;

fn config(sb: &Sandbox) -> serde_json::Value {
    let out = sb.ok(&[
        "reviewapps:enable",
        "-p",
        "shop",
        "--stale-days",
        "5",
        "--json",
    ]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn enable_and_disable_round_trip_the_review_app_config() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shop-staging"]);
    super::couple_staging(&sb);

    // Settings for a pipeline without review apps: nothing to disable, and disable says so.
    let (code, _, stderr) = sb.fails(&["reviewapps:disable", "-p", "shop", "--no-autodeploy"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(
        stderr.contains("review apps are not enabled on pipeline shop: nothing to disable"),
        "{stderr}"
    );

    let out = sb
        .belt()
        .args(["reviewapps:enable", "-p", "shop"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Configuring pipeline... done"));

    let out = sb.ok(&[
        "reviewapps:enable",
        "-p",
        "shop",
        "--autodeploy",
        "--autodestroy",
    ]);
    assert!(out.contains("Enabling auto deployment..."), "{out}");
    assert!(out.contains("Enabling auto destroy..."), "{out}");
    let on = config(&sb);
    assert_eq!(on["automatic_review_apps"], true, "{on}");
    assert_eq!(on["destroy_stale_apps"], true, "{on}");
    assert_eq!(on["wait_for_ci"], false, "{on}");
    assert_eq!(on["stale_days"], 5, "{on}");

    let out = sb.ok(&["reviewapps:disable", "-p", "shop", "--no-autodestroy"]);
    assert!(out.contains("Disabling auto destroy..."), "{out}");
    let off = config(&sb);
    assert_eq!(off["destroy_stale_apps"], false, "{off}");
    assert_eq!(off["automatic_review_apps"], true, "untouched: {off}");

    sb.ok(&["reviewapps:disable", "-p", "shop"]);
    // Enabled again, it starts from the defaults.
    sb.ok(&["reviewapps:enable", "-p", "shop"]);
    let again = config(&sb);
    assert_eq!(again["automatic_review_apps"], false, "{again}");

    // Settings given while review apps are off enable them with those settings (the PATCH is
    // refused, then the config is created with them) rather than stopping at the refusal.
    sb.ok(&["reviewapps:disable", "-p", "shop"]);
    let out = sb.ok(&["reviewapps:enable", "-p", "shop", "--wait-for-ci"]);
    assert!(out.contains("Enabling wait for CI..."), "{out}");
    let on = config(&sb);
    assert_eq!(on["wait_for_ci"], true, "{on}");
    assert_eq!(on["automatic_review_apps"], false, "{on}");
}
