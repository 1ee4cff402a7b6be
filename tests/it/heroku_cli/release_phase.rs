//! The official CLI reads release phase from `belt serve`: `heroku releases` shows a failed
//! release command as it does Heroku's, and `heroku releases:output` streams a release
//! command's output from the release's `output_stream_url` (which it reads with no API key).

use super::*;

impl OfficialCli {
    /// The release `version` of `APP` once its release command is over, as belt reads it.
    fn settled_release(&self, version: &str) -> serde_json::Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let out = self
                .sb
                .belt()
                .args(["releases:info", version, "-a", APP, "--json"])
                .args(["--api-url", &self.server.url])
                .env("BELT_API_KEY", &self.server.token)
                .env("SSL_CERT_FILE", &self.server.ca)
                .output()
                .expect("run belt");
            let release: serde_json::Value =
                serde_json::from_slice(&out.stdout).expect("release JSON");
            if release["status"] != "pending" || std::time::Instant::now() > deadline {
                return release;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }
}

#[test]
fn the_official_cli_reads_release_commands_and_their_output() {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    // belt deploys (v2) and waits for the release command, which passes for now.
    cli.deploy_procfile(
        "release: echo migrating with $MODE; test \"$MODE\" != broken\nweb: sleep 600\n",
    );
    cli.check(&shows(
        &["releases:output", "-a", APP],
        &["migrating with\n"],
    ));
    cli.check(&shows(
        &["releases:output", "v1", "-a", APP],
        &["Release v1 has no release output available."],
    ));
    // A config change runs it too: this one fails it.
    cli.check(&shows(
        &["config:set", "MODE=broken", "-a", APP],
        &["Setting MODE and restarting cli-app... done, v3"],
    ));
    assert_eq!(cli.settled_release("v3")["status"], "failed");
    cli.check(&shows(
        &["releases", "-a", APP],
        &[
            "=== cli-app Releases - Current: v2",
            "Set MODE config vars release command failed",
        ],
    ));
    cli.check(&shows(
        &["releases:info", "v3", "-a", APP],
        &["Set MODE config vars (release command failed)"],
    ));
    cli.check(&shows(
        &["releases:output", "v3", "-a", APP],
        &["migrating with broken\n"],
    ));
}
