//! The config insight scenario: `config:diff` (two apps' `GET /apps/{app}/config-vars`) and
//! `config:history` (the releases, paged with Range, and each release's
//! `GET /apps/{app}/releases/{version}/config-vars`) after an add-on, a plan change and a
//! rollback, every exchange checked against the schema's `config-var` and `release`.

use super::checker::Schema;
use super::harness::Conformance;
use crate::harness::Sandbox;

const A: &str = "insight-a";
const B: &str = "insight-b";

const SCENARIO: &[&[&str]] = &[
    &["apps:create", A, "--no-remote"],
    &["apps:create", B, "--no-remote"],
    &["config:set", "SHARED=1", "ONLY_A=x", "-a", A],
    &["config:set", "SHARED=2", "-a", B],
    &["addons:create", "heroku-postgresql:essential-0", "-a", A],
    &[
        "addons:upgrade",
        "heroku-postgresql",
        "essential-1",
        "-a",
        A,
    ],
    &["releases:rollback", "v2", "-a", A],
    &["config:diff", A, A],
    &["config:history", "-a", A],
    &[
        "config:history",
        "DATABASE_URL",
        "-n",
        "1",
        "--json",
        "-a",
        A,
    ],
    &["config:history", "--values", "-a", A],
];

/// `config:diff` exits 1 when the apps differ (with nothing on stderr), 4 for an unknown app.
const FAILING: &[(&[&str], i32, &str)] = &[
    (&["config:diff", A, B], 1, ""),
    (&["config:diff", A, "-a", B, "--json", "--values"], 1, ""),
    (
        &["config:diff", "no-such-app", "-a", B],
        4,
        "Couldn't find that app",
    ),
];

#[test]
fn config_insight_exchanges_follow_the_official_schema() {
    let schema = Schema::load();
    let run = Conformance::start(Sandbox::new());
    run.run_all(SCENARIO);
    run.run_failing(FAILING);
    let exchanges = run.assert_conforms(&schema);
    assert!(exchanges.iter().any(|e| e.status == 404), "{exchanges:#?}");
    run.assert_covered(&[
        ("GET", "/apps/{}/config-vars"),
        ("GET", "/apps/{}/releases"),
        ("GET", "/apps/{}/releases/{}/config-vars"),
    ]);
    // config:history reads every release's config by version, as the official CLI's
    // releases:info does: v1 to v5 of A.
    let read: Vec<String> = exchanges
        .iter()
        .filter(|e| e.path.starts_with(&format!("/apps/{A}/releases/")))
        .map(|e| e.path.clone())
        .collect();
    for version in 1..=5 {
        let path = format!("/apps/{A}/releases/{version}/config-vars");
        assert!(read.contains(&path), "{path} not in {read:?}");
    }
}
