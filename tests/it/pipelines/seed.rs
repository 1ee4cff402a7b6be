//! The seed's workflow end to end on the embedded default: a pipeline with a staging and a
//! production app; a `git push` to staging; `pipelines:diff` shows the commits production
//! lacks and the config var keys that differ; `pipelines:promote` warns about the key
//! production lacks and gives production the very slug staging built, its config untouched;
//! then `pipelines:diff` finds the two up to date. `pipelines:info` and `apps:info` show the
//! apps' stages on the way.

use std::path::Path;

use serde_json::Value;

use crate::harness::Sandbox;

/// Pipeline `shop` of these existing apps at these stages, the first app creating it.
pub(super) fn shop_pipeline(sb: &Sandbox, apps: &[(&str, &str)]) {
    for (i, (app, stage)) in apps.iter().enumerate() {
        let verb: &[&str] = match i {
            0 => &["pipelines:create"],
            _ => &["pipelines:add"],
        };
        sb.ok(&[verb, &["shop", "-a", app, "-s", stage]].concat());
    }
}

/// belt's `--json` answer to `args`, run in the repository `dir`.
fn json_in(sb: &Sandbox, dir: &Path, args: &[&str]) -> Value {
    let text = sb.ok_in(dir, &[args, &["--json"]].concat());
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn push_diff_and_promote_staging_to_production() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("shop", "worker: exec sleep 600\n", "main");
    let first = sb.git(&dir, &["rev-parse", "HEAD"]);
    sb.ok_in(&dir, &["create", "shop-staging"]);
    sb.ok(&["create", "shop-prod"]);
    sb.ok(&[
        "config:set",
        "SHARED=staging",
        "NEW_KEY=1",
        "-a",
        "shop-staging",
    ]);
    sb.ok(&[
        "config:set",
        "SHARED=prod",
        "PROD_ONLY=1",
        "-a",
        "shop-prod",
    ]);
    shop_pipeline(
        &sb,
        &[("shop-staging", "staging"), ("shop-prod", "production")],
    );
    let info = sb.json(&["pipelines:info", "shop"]);
    let stages: Vec<(&str, &str)> = info["apps"]
        .as_array()
        .expect("apps")
        .iter()
        .map(|a| {
            let stage = &a["pipelineCoupling"]["stage"];
            (
                a["name"].as_str().unwrap_or_default(),
                stage.as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(stages.contains(&("shop-staging", "staging")), "{info}");
    assert!(stages.contains(&("shop-prod", "production")), "{info}");
    let info = sb.ok(&["apps:info", "-a", "shop-prod"]);
    assert!(info.contains("\nPipeline:  shop - production\n"), "{info}");

    // Production has no release with a slug yet: nothing to compare it with.
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    let out = sb.ok_in(&dir, &["pipelines:diff", "-a", "shop-staging"]);
    assert!(
        out.contains("⬢ shop-staging was not compared to ⬢ shop-prod as ⬢ shop-prod does not have any releases"),
        "{out}"
    );
    sb.ok(&["pipelines:promote", "-a", "shop-staging"]);

    // Two new commits pushed to staging, which production lacks.
    std::fs::write(dir.join("a.txt"), "a").unwrap();
    sb.commit_all(&dir, "Add a");
    std::fs::write(dir.join("b.txt"), "b").unwrap();
    let head = sb.commit_all(&dir, "Add b");
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    let staging = &sb.releases("shop-staging")[0];
    let slug = staging["slug"]["id"].as_str().expect("slug id").to_string();

    let out = sb.ok_in(&dir, &["pipelines:diff", "-a", "shop-staging"]);
    for line in [
        "=== ⬢ shop-staging is ahead of ⬢ shop-prod by 2 commits",
        &head[..7],
        "Add b",
        "Add a",
        "Test",
        "=== Config vars that differ between ⬢ shop-staging and ⬢ shop-prod",
        "NEW_KEY:   only in ⬢ shop-staging",
        "PROD_ONLY: only in ⬢ shop-prod",
        "SHARED:    differs between ⬢ shop-staging and ⬢ shop-prod",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(
        !out.contains("staging\""),
        "no values without --values: {out}"
    );
    assert!(
        !out.contains("first deploy"),
        "production has that one: {out}"
    );
    // The slugs' commits are the pushes' (read through each app's `/slugs/{id}`).
    let diff = json_in(
        &sb,
        &dir,
        &["pipelines:diff", "-a", "shop-staging", "--values"],
    );
    let downstream = &diff["downstream"][0];
    assert_eq!(diff["commit"], head.as_str(), "{diff}");
    assert_eq!(downstream["commit"], first.as_str(), "{diff}");
    assert_eq!(downstream["status"], "ahead", "{diff}");
    assert_eq!(downstream["commits"][0]["message"], "Add b", "{diff}");
    assert_eq!(
        downstream["config_vars"]["different"]["SHARED"],
        serde_json::json!({"from": "prod", "to": "staging"}),
        "{diff}"
    );

    let out = sb
        .belt()
        .args(["pipelines:promote", "-a", "shop-staging"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("shop-prod lacks config vars that shop-staging has: NEW_KEY"),
        "{stderr}"
    );
    let production = &sb.releases("shop-prod")[0];
    assert_eq!(production["slug"]["id"], slug.as_str(), "the very slug");
    let version = staging["version"].as_i64().expect("version");
    assert_eq!(
        production["description"],
        format!("Promote shop-staging v{version}")
    );
    let config = sb.config("shop-prod");
    assert_eq!(
        config,
        serde_json::json!({"SHARED": "prod", "PROD_ONLY": "1"}),
        "production's config untouched"
    );

    // Production's slug, read through production, has staging's commit.
    let out = sb.ok_in(&dir, &["pipelines:diff", "-a", "shop-staging"]);
    assert!(
        out.contains("⬢ shop-staging is up to date with ⬢ shop-prod"),
        "{out}"
    );
    let diff = json_in(&sb, &dir, &["pipelines:diff", "-a", "shop-staging"]);
    assert_eq!(diff["downstream"][0]["commit"], head.as_str(), "{diff}");
    assert_eq!(diff["downstream"][0]["status"], "up_to_date", "{diff}");
}

/// A source build (`belt deploy` of a committed tree) records its commit on the slug as a
/// push does, so `pipelines:diff` compares it the same way.
#[test]
fn a_deployed_commit_is_the_slugs_commit_too() {
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("shop", "worker: exec sleep 600\n", "main");
    let head = sb.git(&dir, &["rev-parse", "HEAD"]);
    sb.ok(&["create", "shop-staging", "--no-remote"]);
    sb.ok(&["create", "shop-prod", "--no-remote"]);
    shop_pipeline(
        &sb,
        &[("shop-staging", "staging"), ("shop-prod", "production")],
    );
    sb.ok_in(&dir, &["deploy", ".", "-a", "shop-staging"]);
    let diff = json_in(&sb, &dir, &["pipelines:diff", "-a", "shop-staging"]);
    assert_eq!(diff["commit"], head.as_str(), "{diff}");
    assert_eq!(diff["downstream"][0]["status"], "not_compared", "{diff}");
}
