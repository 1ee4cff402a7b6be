//! App setups on the wire: `apps:setup` (a success, followed to its end, and a manifest with
//! three mistakes) and `apps:manifest`, through the recording proxy; every exchange must
//! follow the schema's `app-setup` links and the resources `apps:manifest` reads.

use super::checker::Schema;
use super::harness::Conformance;
use crate::app_setups::local::{APP_JSON, THREE_MISTAKES, app_dir};
use crate::harness::Sandbox;

#[test]
fn app_setups_follow_the_official_schema() {
    let schema = Schema::load();
    let sb = Sandbox::new();
    let shop = app_dir(&sb, "shop", APP_JSON);
    let broken = app_dir(&sb, "broken", THREE_MISTAKES);
    let (shop, broken) = (shop.to_string_lossy(), broken.to_string_lossy());
    let run = Conformance::start(sb);
    run.run_all(&[
        &[
            "apps:setup",
            &shop,
            "--name",
            "wire-setup",
            "-e",
            "GREETING=hi",
        ],
        &["apps:setup", &shop, "--json", "-e", "GREETING=hi"],
        &["apps:manifest", "-a", "wire-setup"],
        &["apps:manifest", "-a", "wire-setup", "--values", "--json"],
    ]);
    run.run_failing(&[(&["apps:setup", &broken], 1, "invalid app.json")]);
    run.assert_conforms(&schema);
    run.assert_covered(&[
        ("POST", "/sources"),
        ("POST", "/app-setups"),
        ("GET", "/app-setups/{}"),
        ("GET", "/apps/{}/builds/{}"),
        ("GET", "/apps/{}"),
        ("GET", "/apps/{}/config-vars"),
        ("GET", "/apps/{}/addons"),
        ("GET", "/addons/{}/addon-attachments"),
        ("GET", "/apps/{}/formation"),
        ("GET", "/apps/{}/buildpack-installations"),
    ]);
}
