//! belt's `pipelines:*` on the embedded default, end to end: a pipeline of two apps, and a
//! promotion that gives production staging's slug as a new release while its own config vars
//! stay as they were.

use crate::harness::Sandbox;

#[test]
fn staging_is_promoted_to_production_on_the_local_platform() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("src", "worker: exec sleep 600\n", "main");
    sb.ok_in(&dir, &["create", "shop-staging"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    sb.ok(&["create", "shop-prod"]);
    sb.ok(&["config:set", "ONLY_STAGING=1", "-a", "shop-staging"]);
    sb.ok(&["config:set", "PROD_ONLY=1", "-a", "shop-prod"]);

    sb.ok(&[
        "pipelines:create",
        "shop",
        "-a",
        "shop-staging",
        "-s",
        "staging",
    ]);
    sb.ok(&[
        "pipelines:add",
        "shop",
        "-a",
        "shop-prod",
        "-s",
        "production",
    ]);
    let info = sb.json(&["pipelines:info", "shop"]);
    let stages: Vec<(&str, &str)> = info["apps"]
        .as_array()
        .expect("apps")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap_or_default(),
                a["pipelineCoupling"]["stage"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(stages.contains(&("shop-staging", "staging")), "{info}");
    assert!(stages.contains(&("shop-prod", "production")), "{info}");

    let out = sb
        .belt()
        .args(["pipelines:promote", "-a", "shop-staging"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("shop-prod lacks config vars that shop-staging has: ONLY_STAGING"),
        "{stderr}"
    );
    let staging = &sb.releases("shop-staging")[0];
    let production = &sb.releases("shop-prod")[0];
    assert_eq!(production["slug"]["id"], staging["slug"]["id"]);
    let version = staging["version"].as_i64().expect("version");
    assert_eq!(
        production["description"],
        format!("Promote shop-staging v{version}")
    );
    let config = sb.config("shop-prod");
    assert_eq!(config["PROD_ONLY"], "1");
    assert!(config.get("ONLY_STAGING").is_none(), "{config}");
}
