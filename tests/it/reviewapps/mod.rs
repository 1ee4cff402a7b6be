//! Review apps on the embedded default, end to end: `reviewapps:create` packs a branch of a
//! local repository (no GitHub), the review app gets its own database, the HEROKU_* its
//! app.json declares and no other, sits at stage review and is listed; `reviewapps:destroy`
//! runs pr-predestroy (its output shown) and leaves no app, add-on or process; a stale one
//! is destroyed by the supervisor's sweep; `reviewapps:enable/disable` round-trip the config.

mod config;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::{Sandbox, poll};

/// The review app's app.json: a database, a worker, three of the four HEROKU_* (not
/// HEROKU_PR_NUMBER), a review-only MODE and a pr-predestroy.
const APP_JSON: &str = r#"{
  "env": {
    "HEROKU_APP_NAME": {"required": true},
    "HEROKU_PARENT_APP_NAME": {"required": true},
    "HEROKU_BRANCH": {"required": true},
    "MODE": {"value": "production"}
  },
  "addons": ["heroku-postgresql"],
  "formation": {"worker": {"quantity": 1}},
  "environments": {"review": {"env": {"MODE": "review"}}},
  "scripts": {"pr-predestroy": "echo \"goodbye from $HEROKU_APP_NAME\""}
}"#;

/// A sandbox with pipeline `shop` (`shop-staging` deployed at staging, with its own database)
/// whose review apps are enabled, and the repository: `main` checked out, `feature-x` a
/// commit ahead with the file FEATURE. Returns the repository and feature-x's commit.
fn shop(sb: &Sandbox) -> (PathBuf, String) {
    let dir = sb.repo_with_procfile("src", "worker: exec sleep 600\n", "main");
    std::fs::write(dir.join("app.json"), APP_JSON).unwrap();
    sb.commit_all(&dir, "app.json");
    sb.ok_in(&dir, &["create", "shop-staging"]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    sb.ok(&["addons:create", "heroku-postgresql", "-a", "shop-staging"]);
    couple_staging(sb);
    sb.ok(&["reviewapps:enable", "-p", "shop"]);
    // The review stage's config vars, which review apps get as an app setup's overrides.
    let stage_vars = "ci:config:set -p shop --stage review STAGE_ONLY=1";
    sb.ok(&stage_vars.split(' ').collect::<Vec<_>>());
    sb.git(&dir, &["checkout", "-q", "-b", "feature-x"]);
    std::fs::write(dir.join("FEATURE"), "x\n").unwrap();
    let commit = sb.commit_all(&dir, "feature x");
    sb.git(&dir, &["checkout", "-q", "main"]);
    (dir, commit)
}

/// Pipeline `shop` made with the app `shop-staging` at stage staging.
fn couple_staging(sb: &Sandbox) {
    let args = "pipelines:create shop -a shop-staging -s staging";
    sb.ok(&args.split(' ').collect::<Vec<_>>());
}

/// `reviewapps:create -b BRANCH --pr N --json` in `dir`: the review app and its app's name.
fn create(sb: &Sandbox, dir: &Path, branch: &str, pr: &str) -> (Value, String) {
    let args = [
        "reviewapps:create",
        "-p",
        "shop",
        "-b",
        branch,
        "--pr",
        pr,
        "--wait",
    ];
    let out = sb.ok_in(
        dir,
        &[&args[..], &["--json", "--wait-interval", "0.2"]].concat(),
    );
    let created: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let review_app = created["review_app"].clone();
    let name = review_app["app"]["name"]
        .as_str()
        .expect("app name")
        .to_string();
    (review_app, name)
}

/// The pids of the app's dynos, as `local:status` lists them.
fn dyno_pids(sb: &Sandbox, app: &str) -> Vec<u64> {
    sb.json(&["local:status"])["dynos"]
        .as_array()
        .expect("dynos")
        .iter()
        .filter(|d| d["app"] == app)
        .filter_map(|d| d["pid"].as_u64())
        .collect()
}

fn assert_no_process(pids: &[u64]) {
    poll("the review app's processes to end", || {
        pids.iter().all(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .map(|s| s.rsplit_once(") ").is_some_and(|(_, r)| r.starts_with('Z')))
                .unwrap_or(true)
        })
    });
}

fn addon_apps(sb: &Sandbox) -> Vec<String> {
    sb.json(&["addons", "--all"])
        .as_array()
        .expect("addons")
        .iter()
        .filter_map(|a| a["app"]["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_review_app_from_a_local_branch_has_its_own_database_and_is_destroyed_after_pr_predestroy() {
    let sb = Sandbox::new();
    let (dir, feature_commit) = shop(&sb);
    let (review_app, name) = create(&sb, &dir, "feature-x", "7");
    assert_eq!(review_app["status"], "created", "{review_app}");
    assert_eq!(review_app["branch"], "feature-x");
    assert_eq!(review_app["pr_number"], 7);

    // Built from feature-x's commit, though main is checked out.
    let builds = sb.json(&["builds", "-a", &name]);
    assert_eq!(
        builds[0]["source_blob"]["version"],
        feature_commit.as_str(),
        "{builds}"
    );

    let config = sb.config(&name);
    let staging = sb.config("shop-staging");
    let database = config["DATABASE_URL"]
        .as_str()
        .expect("its own DATABASE_URL");
    assert_ne!(Some(database), staging["DATABASE_URL"].as_str(), "{config}");
    assert_eq!(config["HEROKU_APP_NAME"], name.as_str());
    assert_eq!(config["HEROKU_PARENT_APP_NAME"], "shop-staging");
    assert_eq!(config["HEROKU_BRANCH"], "feature-x");
    assert!(
        config.get("HEROKU_PR_NUMBER").is_none(),
        "not declared: {config}"
    );
    assert_eq!(config["MODE"], "review", "{config}");
    assert_eq!(
        config["STAGE_ONLY"], "1",
        "the review stage's config vars: {config}"
    );

    let info = sb.json(&["pipelines:info", "shop"]);
    let at_review = info["apps"]
        .as_array()
        .expect("apps")
        .iter()
        .any(|a| a["name"] == name.as_str() && a["pipelineCoupling"]["stage"] == "review");
    assert!(at_review, "{info}");
    let listed = sb.ok(&["reviewapps", "-p", "shop"]);
    let row = listed
        .lines()
        .find(|l| l.contains(&name))
        .unwrap_or_else(|| panic!("{listed}"));
    assert!(
        row.contains("feature-x") && row.contains(" 7 ") && row.contains("created"),
        "{listed}"
    );

    poll("the review app's worker to run", || {
        !dyno_pids(&sb, &name).is_empty()
    });
    let pids = dyno_pids(&sb, &name);
    let out = sb.ok(&[
        "reviewapps:destroy",
        "-p",
        "shop",
        "--pr",
        "7",
        "--confirm",
        &name,
        "--wait-interval",
        "0.2",
    ]);
    assert!(
        out.contains(&format!("goodbye from {name}")),
        "pr-predestroy's output: {out}"
    );
    assert!(!sb.app_names().contains(&name));
    assert_eq!(addon_apps(&sb), ["shop-staging"]);
    assert_no_process(&pids);
    let listed = sb.ok(&["reviewapps", "-p", "shop"]);
    assert!(listed.contains("No review apps"), "{listed}");
}

#[test]
fn a_stale_review_app_is_destroyed_by_the_sweep() {
    // A day lasts a second.
    let sb = Sandbox::new().with_env("BELT_REVIEW_APP_DAY", "1");
    let (dir, _) = shop(&sb);
    let (_, name) = create(&sb, &dir, "feature-x", "8");
    poll("the review app's worker to run", || {
        !dyno_pids(&sb, &name).is_empty()
    });
    let pids = dyno_pids(&sb, &name);
    // With no dyno left to run, the embedded platform's supervisor goes...
    sb.ok(&["ps:scale", "worker=0", "-a", &name]);
    assert_no_process(&pids);
    poll("the idle supervisor to exit", || {
        sb.json(&["local:status"])["supervisor"].is_null()
    });
    // ...and turning stale destruction on brings one back, for the sweep.
    let autodestroy = "reviewapps:enable -p shop --autodestroy --stale-days 1";
    sb.ok(&autodestroy.split(' ').collect::<Vec<_>>());
    poll("the sweep to destroy the stale review app", || {
        !sb.app_names().contains(&name)
    });
    assert_eq!(addon_apps(&sb), ["shop-staging"]);
    let list = sb.json(&["reviewapps", "-p", "shop"]);
    assert_eq!(list, serde_json::json!([]));
    // With nothing left to sweep, it goes again.
    poll("the supervisor to exit", || {
        sb.json(&["local:status"])["supervisor"].is_null()
    });
}
