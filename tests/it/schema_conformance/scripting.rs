//! The scripting scenario (issue 22's client-side features): a secret set from a file, and
//! logs filtered by time and text. Both send only what Heroku's API already has (a `PATCH
//! config-vars`, a log session asking for the whole 1,500-line buffer), checked against the
//! schema like every other exchange.

use serde_json::Value;

use super::checker::Schema;
use super::harness::Conformance;
use crate::harness::Sandbox;

const APP: &str = "scripting-app";

#[test]
fn scripting_exchanges_follow_the_official_schema() {
    let schema = Schema::load();
    let run = Conformance::start(Sandbox::new());
    let secret = run.sb.path("home/key.pem");
    std::fs::write(&secret, "-----BEGIN KEY-----\nAAA\n-----END KEY-----\n").unwrap();
    let secret = secret.to_str().unwrap();
    run.run_all(&[
        &["apps:create", APP, "--no-remote"],
        &["config:set", "SIGNING_KEY", "--file", secret, "-a", APP],
        &["logs", "--since", "1h", "--grep", "SIGNING_KEY", "-a", APP],
        &["logs", "--grep-regex", "Set [A-Z_]+", "--json", "-a", APP],
        &["logs", "--until", "2099-01-01", "-n", "5", "-a", APP],
    ]);
    let exchanges = run.assert_conforms(&schema);
    run.assert_covered(&[
        ("PATCH", "/apps/{}/config-vars"),
        ("POST", "/apps/{}/log-sessions"),
    ]);
    // A filtered history asks for the whole buffer, and never for a tail.
    let sessions: Vec<Value> = exchanges
        .iter()
        .filter(|e| e.method == "POST" && e.path.ends_with("/log-sessions"))
        .map(|e| serde_json::from_slice(&e.request_body).unwrap())
        .collect();
    assert_eq!(sessions.len(), 3, "{sessions:?}");
    for body in &sessions {
        assert_eq!(body["lines"], 1500, "{body}");
        assert_ne!(body["tail"], true, "{body}");
    }
}
