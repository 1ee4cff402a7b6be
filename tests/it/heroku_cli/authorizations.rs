//! The official CLI's `authorizations*` against `belt serve`: it creates a scoped, expiring
//! token (`--short` for `$(...)`), lists, shows, updates, rotates and revokes it, and belt
//! sees the same authorizations; the token it made is refused outside its scope.

use super::*;

impl OfficialCli {
    /// `heroku ARGS`, which must succeed without an error: its stdout and stderr.
    fn heroku_ok(&self, args: &[&str]) -> (String, String) {
        let output = Command::from_std(self.command(args))
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run heroku");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            output.status.success() && !stderr.contains("Error:"),
            "heroku {args:?}: {stdout}{stderr}"
        );
        (stdout, stderr)
    }
}

#[test]
fn the_official_cli_manages_authorizations_as_belt_sees_them() {
    let cli = OfficialCli::new();
    let (token, _) = cli.heroku_ok(&[
        "authorizations:create",
        "--scope",
        "read",
        "--expires-in",
        "600",
        "--short",
        "-d",
        "from heroku",
    ]);
    let token = token.trim().to_string();
    assert_eq!(token.len(), 64, "only the token: {token}");

    let listed: serde_json::Value =
        serde_json::from_str(&cli.belt_stdout(&["authorizations", "--json"])).expect("json");
    let ours = listed
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["description"] == "from heroku")
        .expect("belt lists it")
        .clone();
    assert_eq!(ours["scope"], serde_json::json!(["read"]));
    let id = ours["id"].as_str().expect("id").to_string();

    let (theirs, _) = cli.heroku_ok(&["authorizations"]);
    assert!(
        theirs.contains("from heroku") && theirs.contains(&id),
        "{theirs}"
    );
    assert!(theirs.contains("read"), "{theirs}");
    let (theirs, _) = cli.heroku_ok(&["authorizations", "--json"]);
    assert!(theirs.contains(&format!("\"id\": \"{id}\"")), "{theirs}");

    let (info, _) = cli.heroku_ok(&["authorizations:info", &id]);
    for wanted in ["from heroku", "Scope:", "read", "Expires at:", &id] {
        assert!(info.contains(wanted), "{wanted:?} in {info}");
    }
    let ours = cli.belt_stdout(&["authorizations:info", &id]);
    assert!(
        ours.contains("Expires at:") && ours.contains("Scope:       read"),
        "{ours}"
    );

    // The token it made reads apps but is refused a change (belt exits 4 on the 403). `--json`:
    // the human list's header is the account's email, which `read` may not see on Heroku.
    let as_token = |args: &[&str]| {
        cli.sb
            .belt()
            .args(args)
            .args(["--api-url", &cli.server.url])
            .env("BELT_API_KEY", &token)
            .env("SSL_CERT_FILE", &cli.server.ca)
            .output()
            .expect("run belt")
            .status
            .code()
    };
    assert_eq!(as_token(&["apps", "--json"]), Some(0));
    assert_eq!(as_token(&["create", "not-allowed"]), Some(4));

    let (updated, _) = cli.heroku_ok(&["authorizations:update", &id, "-d", "renamed"]);
    assert!(updated.contains("renamed"), "{updated}");
    assert!(cli.belt_stdout(&["authorizations"]).contains("renamed"));

    let (rotated, _) = cli.heroku_ok(&["authorizations:rotate", &id]);
    assert!(rotated.contains(&id), "{rotated}");
    assert!(!rotated.contains(&token), "a new token: {rotated}");
    assert_eq!(as_token(&["apps", "--json"]), Some(3));

    let (_, said) = cli.heroku_ok(&["authorizations:revoke", &id]);
    assert!(
        said.contains("revoked authorization from renamed"),
        "{said}"
    );
    assert!(!cli.belt_stdout(&["authorizations"]).contains(&id));
}
