//! `config:diff` and `config:history` on the embedded platform, through the real binary: two
//! apps compared in both output forms and exit codes, and the history of DATABASE_URL through
//! an add-on's creation, a plan upgrade and a rollback by another user, and across a release
//! whose config the platform cannot read.

use serde_json::Value;

use crate::harness::Sandbox;
use crate::human_output::{settings, transcript};

const STAGING: &str = "diff-staging";
const PRODUCTION: &str = "diff-prod";

/// Two apps: one key only in staging, one value that differs, one that is the same.
fn two_apps() -> Sandbox {
    let sb = Sandbox::new();
    sb.ok(&["apps:create", STAGING, "--no-remote"]);
    sb.ok(&["apps:create", PRODUCTION, "--no-remote"]);
    let staging = ["SHARED=same", "WORKERS=2", "ONLY_STAGING=yes please"];
    sb.ok(&[&["config:set"][..], &staging, &["-a", STAGING]].concat());
    sb.ok(&["config:set", "SHARED=same", "WORKERS=8", "-a", PRODUCTION]);
    sb
}

#[test]
fn config_diff_shows_the_missing_key_and_the_changed_value_and_exits_1() {
    let sb = two_apps();
    // APP_B is the current app: -a here.
    let (code, stdout, stderr) = sb.fails(&["config:diff", STAGING, "-a", PRODUCTION]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr, "", "differences are the answer, not an error");
    assert_eq!(
        stdout,
        "--- ⬢ diff-staging\n+++ ⬢ diff-prod\n- ONLY_STAGING\n~ WORKERS\n"
    );
    settings(&sb).bind(|| {
        insta::assert_snapshot!("config_diff_piped", transcript(code, &stdout, &stderr));
    });

    let (code, stdout, _) = sb.fails(&["config:diff", STAGING, PRODUCTION, "--values"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("- ONLY_STAGING=\"yes please\"\n"),
        "{stdout}"
    );
    assert!(stdout.contains("~ WORKERS: \"2\" → \"8\"\n"), "{stdout}");
    assert!(!stdout.contains("SHARED"), "{stdout}");

    let (code, stdout, stderr) = sb.fails(&["config:diff", STAGING, PRODUCTION, "--json"]);
    assert_eq!((code, stderr.as_str()), (1, ""));
    let masked: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        masked,
        serde_json::json!({
            "app_a": STAGING,
            "app_b": PRODUCTION,
            "equal": false,
            "masked": true,
            "only_in_a": {"ONLY_STAGING": "<redacted>"},
            "only_in_b": {},
            "different": {"WORKERS": {"a": "<redacted>", "b": "<redacted>"}},
        })
    );
    let args = ["config:diff", STAGING, PRODUCTION, "--json", "--values"];
    let (_, stdout, _) = sb.fails(&args);
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(shown["masked"], false);
    assert_eq!(shown["only_in_a"]["ONLY_STAGING"], "yes please");
    assert_eq!(shown["different"]["WORKERS"]["a"], "2");
    assert_eq!(shown["different"]["WORKERS"]["b"], "8");
}

#[test]
fn config_diff_of_equal_apps_exits_0_and_names_an_app_it_cannot_read() {
    let sb = two_apps();
    sb.ok(&["config:unset", "ONLY_STAGING", "-a", STAGING]);
    sb.ok(&["config:set", "WORKERS=8", "-a", STAGING]);
    let same = sb.ok(&["config:diff", STAGING, PRODUCTION]);
    assert_eq!(
        same,
        "⬢ diff-staging and ⬢ diff-prod have the same config vars.\n"
    );
    let json = sb.json(&["config:diff", STAGING, "-a", PRODUCTION]);
    assert_eq!(json["equal"], true);
    assert_eq!(json["different"], serde_json::json!({}));

    let (code, _, stderr) = sb.fails(&["config:diff", "no-such-app", "-a", PRODUCTION]);
    assert_eq!(code, 4, "{stderr}");
    assert!(
        stderr.contains("Couldn't find that app. (app: no-such-app)"),
        "{stderr}"
    );
}

/// Adds `email` as a user of the embedded platform and a collaborator on `app`; its API key.
fn collaborator(sb: &Sandbox, app: &str, email: &str) -> String {
    let added = sb.ok(&["local:users:add", email]);
    let key_file = added
        .split_once("its API key is in ")
        .and_then(|(_, rest)| rest.split_once(" (mode 0600)"))
        .map(|(path, _)| path.to_string())
        .unwrap_or_else(|| panic!("no key file named: {added}"));
    sb.ok(&["access:add", email, "-a", app]);
    std::fs::read_to_string(key_file)
        .unwrap()
        .trim()
        .to_string()
}

const OWNER: &str = "owner@belt.local";
const BOB: &str = "bob@example.com";

#[test]
fn config_history_of_database_url_through_an_add_on_an_upgrade_and_a_rollback() {
    let sb = Sandbox::new();
    let app = "hist-app";
    sb.ok(&["apps:create", app, "--no-remote"]); // v1
    let bob = collaborator(&sb, app, BOB);
    sb.ok(&["addons:create", "heroku-postgresql:essential-0", "-a", app]); // v2
    sb.ok(&[
        "addons:upgrade",
        "heroku-postgresql",
        "essential-1",
        "-a",
        app,
    ]); // v3
    let rolled_back = sb
        .belt()
        .args(["releases:rollback", "v1", "-a", app])
        .env("BELT_API_KEY", &bob)
        .output()
        .unwrap();
    assert!(rolled_back.status.success(), "{rolled_back:?}"); // v4, by bob
    let releases = sb.releases(app);
    let described: Vec<(u64, &str, &str)> = releases
        .iter()
        .map(|r| {
            let user = r["user"]["email"].as_str().unwrap();
            (
                r["version"].as_u64().unwrap(),
                r["description"].as_str().unwrap(),
                user,
            )
        })
        .collect();
    assert_eq!(
        described,
        vec![
            (4, "Rollback to v1", BOB),
            (
                3,
                "Upgrade heroku-postgresql:essential-0 to heroku-postgresql:essential-1",
                OWNER
            ),
            (2, "Add heroku-postgresql:essential-0 add-on", OWNER),
            (1, "Initial release", OWNER),
        ]
    );
    // The plan change's release (v3) carries v2's DATABASE_URL: the platform changes the
    // plan, not the credentials, so the history shows no change of it at v3. (On Heroku a
    // new URL after a database's changeover comes in a release of its own, which the
    // history would show as `changed` at that release.)
    let url_in = |version: &str| {
        let vars = sb.ok(&["releases:info", version, "--shell", "-a", app]);
        vars.lines()
            .find_map(|l| l.strip_prefix("DATABASE_URL="))
            .map(|v| v.trim_matches('\'').to_string())
    };
    let url = url_in("v2").expect("v2 sets DATABASE_URL");
    assert_eq!(url_in("v3").as_deref(), Some(url.as_str()));
    assert_eq!(url_in("v4"), None);

    let history = sb.json(&["config:history", "DATABASE_URL", "-a", app]);
    let changes: Vec<(u64, &str, &str, &str)> = history["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["version"].as_u64().unwrap(),
                c["kind"].as_str().unwrap(),
                c["user"].as_str().unwrap(),
                c["description"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (4, "removed", BOB, "Rollback to v1"),
            (2, "set", OWNER, "Add heroku-postgresql:essential-0 add-on"),
        ]
    );
    assert_eq!(history["masked"], true);
    assert_eq!(history["unreadable"], serde_json::json!([]));
    assert_eq!(history["changes"][1]["value"], "<redacted>");
    assert!(!history.to_string().contains(&url));

    let shown = sb.json(&["config:history", "DATABASE_URL", "--values", "-a", app]);
    assert_eq!(shown["changes"][1]["value"], url.as_str());
    assert_eq!(shown["changes"][0]["previous_value"], url.as_str());
    assert_eq!(shown["changes"][0]["value"], Value::Null);

    let newest = sb.json(&["config:history", "DATABASE_URL", "-n", "1", "-a", app]);
    assert_eq!(newest["changes"].as_array().unwrap().len(), 1);
    assert_eq!(newest["changes"][0]["version"], 4);
    // Without KEY, every key: the add-on's own HEROKU_POSTGRESQL_*_URL as well.
    let all = sb.json(&["config:history", "-a", app]);
    assert_eq!(all["changes"].as_array().unwrap().len(), 4, "{all:#}");

    let output = sb
        .belt()
        .args(["config:history", "DATABASE_URL", "-a", app])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert!(!stdout.contains(&url), "{stdout}");
    settings(&sb).bind(|| {
        insta::assert_snapshot!(
            "config_history_piped",
            transcript(output.status.code().unwrap_or(-1), &stdout, &stderr)
        );
    });
}

#[test]
fn a_release_whose_config_cannot_be_read_is_named_and_its_change_shown_at_the_next() {
    let sb = Sandbox::new();
    let app = "gap-app";
    sb.ok(&["apps:create", app, "--no-remote"]); // v1
    for value in ["1", "2", "3"] {
        sb.ok(&["config:set", &format!("A={value}"), "-a", app]); // v2, v3, v4
    }
    // A release whose stored config is damaged: the platform answers 500 for its config.
    let db = rusqlite::Connection::open(sb.data_dir().join("platform/platform.db")).unwrap();
    let damaged = db
        .execute(
            "UPDATE releases SET config = '{damaged' WHERE version = 3 \
             AND app_id = (SELECT id FROM apps WHERE name = ?1)",
            [app],
        )
        .unwrap();
    assert_eq!(damaged, 1);
    drop(db);
    let (code, _, stderr) = sb.fails(&["releases:info", "v3", "-a", app]);
    assert!(
        code == 1 && stderr.contains("The config of release v3 is damaged"),
        "{stderr}"
    );

    let output = sb
        .belt()
        .args(["config:history", "A", "--json", "-a", app])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("could not read the config of v3 (The config of release v3 is damaged"),
        "{stderr}"
    );
    assert!(
        stderr.contains("shown at the next release that could be read"),
        "{stderr}"
    );
    let history: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(history["unreadable"][0]["version"], 3);
    let changes: Vec<(u64, &str, Value)> = history["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let kind = c["kind"].as_str().unwrap();
            (
                c["version"].as_u64().unwrap(),
                kind,
                c["unreadable_before"].clone(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            (4, "changed", serde_json::json!([3])),
            (2, "set", serde_json::json!([])),
        ]
    );
    let human = sb.ok(&["config:history", "A", "--values", "-a", app]);
    assert!(
        human.contains("Set A config vars (or v3: could not be read)"),
        "{human}"
    );
    assert!(human.contains("\"1\" → \"3\""), "{human}");
}
