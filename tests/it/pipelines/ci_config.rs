//! `ci:config*` on the embedded default: a pipeline's test stage config vars set, shown (as
//! pairs, shell lines and JSON), read one at a time and unset, the pipeline named or found
//! through an app in it, and the review stage's kept apart (`--stage review`); and `pipelines:open`, which has no dashboard to open there.

use super::seed::shop_pipeline;
use crate::harness::Sandbox;

#[test]
fn ci_config_sets_shows_gets_and_unsets_the_test_stage_vars() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shop-staging"]);
    shop_pipeline(&sb, &[("shop-staging", "staging")]);

    let out = sb
        .belt()
        .args([
            "ci:config:set",
            "--pipeline",
            "shop",
            "RAILS_ENV=test",
            "A=x y",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("Setting RAILS_ENV, A... done"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "RAILS_ENV: test\nA:         x y\n"
    );

    assert_eq!(
        sb.ok(&["ci:config", "--pipeline", "shop"]),
        "=== shop test config vars\n\nA:         x y\nRAILS_ENV: test\n"
    );
    assert_eq!(
        sb.ok(&["ci:config", "-a", "shop-staging", "--shell"]),
        "A='x y'\nRAILS_ENV='test'\n"
    );
    assert_eq!(sb.ok(&["ci:config:get", "-p", "shop", "A"]), "x y\n");
    assert_eq!(
        sb.ok(&["ci:config:get", "-p", "shop", "NOPE"]),
        "undefined\n"
    );
    sb.ok(&["ci:config:unset", "-p", "shop", "A"]);
    assert_eq!(
        sb.json(&["ci:config", "-p", "shop"]),
        serde_json::json!({"RAILS_ENV": "test"})
    );
    // The review stage's vars are its own.
    sb.ok(&[
        "ci:config:set",
        "-p",
        "shop",
        "--stage",
        "review",
        "FLAGS=all",
    ]);
    assert_eq!(
        sb.ok(&["ci:config", "-p", "shop", "--stage", "review"]),
        "=== shop review config vars\n\nFLAGS: all\n"
    );
    assert_eq!(
        sb.ok(&["ci:config:get", "-p", "shop", "FLAGS"]),
        "undefined\n"
    );
    // The app's own config vars are not the pipeline's.
    assert!(sb.config("shop-staging").get("RAILS_ENV").is_none());

    let (code, _, stderr) = sb.fails(&["ci:config", "-p", "nope"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("Pipeline not found"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["ci:config:set", "-p", "shop", "NO_EQUALS"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn pipelines_open_says_the_local_platform_has_no_dashboard() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shop-staging"]);
    shop_pipeline(&sb, &[("shop-staging", "staging")]);
    let (code, stdout, stderr) = sb.fails(&["pipelines:open", "shop"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("local platform has no dashboard to open; `belt pipelines:info shop`"),
        "{stderr}"
    );
}
