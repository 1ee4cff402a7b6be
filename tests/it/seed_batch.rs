//! The seeds' promise: a staging deploy script from a blog post (create, add-ons, config,
//! domains, git push, scale, pg:wait) runs top to bottom with `heroku` replaced by belt, on
//! the embedded default, without editing a single line.

use crate::harness::Sandbox;
use serde_json::Value;

/// A copy of `../shared/seeds/000_491763ecefa21f4c.txt`, so the test stands on its own.
const SEED: &str = include_str!("data/000_491763ecefa21f4c.txt");

/// The lines of the seed's `commands = """ ... """` block.
fn script() -> Vec<&'static str> {
    let start = SEED.find("commands = \"\"\"").expect("the seed's script") + 14;
    let end = start + SEED[start..].find("\"\"\"").expect("the script's end");
    SEED[start..end].trim().lines().map(str::trim).collect()
}

#[test]
fn the_fabric_staging_script_runs_unchanged() {
    let commands = script();
    assert_eq!(commands.len(), 16, "{commands:?}");
    let sb = Sandbox::new();
    let dir = sb.repo_with_procfile("staging", "web: gunicorn app:app\n", "master");
    for line in &commands {
        let words: Vec<&str> = line.split_whitespace().collect();
        let program = match words[0] {
            "heroku" => env!("CARGO_BIN_EXE_belt"),
            other => other,
        };
        sb.run_in(&dir, program, &words[1..]);
    }

    let json = |args: &[&str]| -> Value { serde_json::from_str(&sb.ok_in(&dir, args)).unwrap() };
    let addons = json(&["addons", "--json"]);
    let services: Vec<&str> = addons
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["addon_service"]["name"].as_str())
        .collect();
    for service in [
        "memcache",
        "redistogo",
        "sendgrid",
        "mongolab",
        "sentry",
        "pgbackups",
        "custom_domains",
        "zerigo_dns",
        "ssl",
        "heroku-postgresql",
    ] {
        assert!(
            services.contains(&service),
            "{service} missing from {services:?}"
        );
    }
    let config = json(&["config", "--json"]);
    assert_eq!(config["S3_KEY"], "HAHAHAHAHAHA");
    assert_eq!(config["S3_SECRET"], "NOTGIVINGITOUT");
    assert!(config["DATABASE_URL"].is_string(), "{config}");
    let domains = json(&["domains", "--json"]);
    assert!(
        domains
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["hostname"] == "staging.consumernotebook.com"),
        "{domains}"
    );
    let releases = json(&["releases", "--json"]);
    assert!(
        releases.as_array().unwrap().iter().any(|r| r["description"]
            .as_str()
            .unwrap_or("")
            .starts_with("Deploy")),
        "{releases}"
    );
    let formation = sb.ok_in(&dir, &["ps:scale"]);
    assert_eq!(formation.trim(), "web=1:Standard-1X");
}
