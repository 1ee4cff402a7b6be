//! The official CLI's pipelines against `belt serve`: `pipelines:create`, `pipelines:add`,
//! `pipelines`, `pipelines:info`, `apps:info` showing the pipeline, and `pipelines:promote`,
//! after which production runs the very slug staging built, with its own config untouched;
//! `pipelines:diff`, which asks Kolkrabbi (Heroku's GitHub integration) and so says, as it
//! does for any pipeline not connected to GitHub, that the app is not; and the CI config vars
//! of `ci:config*`, the pipeline's test stage config vars.

use super::*;

const PRODUCTION: &str = "cli-app-prod";

/// `APP` deployed with this Procfile as the staging app of pipeline `shop`, and `PRODUCTION`
/// (with `MODE=production`) as its production app, all through the official CLI.
fn staging_and_production(procfile: &str) -> OfficialCli {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["Creating cli-app... done"]));
    cli.check(&shows(&["apps:create", PRODUCTION], &["done"]));
    cli.deploy_procfile(procfile);
    cli.check(&shows(
        &["config:set", "MODE=production", "-a", PRODUCTION],
        &["done, v2"],
    ));
    cli.check(&shows(
        &["pipelines:create", "shop", "-a", APP, "-s", "staging"],
        &[
            "Creating shop pipeline... done",
            "pipeline as staging... done",
        ],
    ));
    cli.check(&shows(
        &[
            "pipelines:add",
            "shop",
            "-a",
            PRODUCTION,
            "-s",
            "production",
        ],
        &["pipeline as production... done"],
    ));
    cli
}

#[test]
fn the_official_cli_creates_a_pipeline_and_promotes_staging_to_production() {
    let cli = staging_and_production("web: sleep 600\n");
    cli.check(&shows(&["pipelines"], &["shop"]));
    cli.check(&shows(
        &["pipelines:info", "shop"],
        &[
            "=== shop",
            "owner: owner@belt.local",
            APP,
            "staging",
            PRODUCTION,
            "production",
        ],
    ));
    cli.check(&shows(
        &["apps:info", "-a", APP],
        &["Pipeline:", "shop - staging"],
    ));
    cli.check(&shows(
        &["pipelines:promote", "-a", APP],
        &["Promotion successful", PRODUCTION, "succeeded"],
    ));

    let release = |app: &str, version: &str| {
        let (status, _, body) =
            cli.server
                .call("GET", &format!("/apps/{app}/releases/{version}"), &[], None);
        assert_eq!(status, 200, "{body}");
        body
    };
    let built = release(APP, "v2");
    let promoted = release(PRODUCTION, "v3");
    assert_eq!(promoted["slug"]["id"], built["slug"]["id"], "{promoted}");
    assert_eq!(promoted["description"], "Promote cli-app v2");
    let (_, _, config) =
        cli.server
            .call("GET", &format!("/apps/{PRODUCTION}/config-vars"), &[], None);
    assert_eq!(config, serde_json::json!({"MODE": "production"}));
    belt_shows_the_pipeline(&cli);
    diff_asks_kolkrabbi(&cli);
    open_names_the_dashboard(&cli);
}

/// The official `pipelines:open` finds the pipeline on `belt serve` and opens Heroku's
/// dashboard page of its id (through `xdg-open`, which runs BROWSER), whatever the API host.
fn open_names_the_dashboard(cli: &OfficialCli) {
    let opened = cli.sb.path("opened.txt");
    let browser = cli.sb.path("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display()),
    )
    .expect("browser script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    }
    let (_, _, pipeline) = cli.server.call("GET", "/pipelines", &[], None);
    let id = pipeline[0]["id"].as_str().expect("the pipeline's id");
    let url = format!("https://dashboard.heroku.com/pipelines/{id}");
    let output = cli
        .command(&["pipelines:open", "shop"])
        .env("BROWSER", &browser)
        .output()
        .expect("run heroku pipelines:open");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains(&format!("Opening {url}...")), "{stdout}");
    crate::harness::poll("the browser to be handed the URL", || {
        std::fs::read_to_string(&opened).is_ok_and(|text| text.trim() == url)
    });
}

/// The official CLI's `apps:info` and belt's both show the app's pipeline and stage.
fn belt_shows_the_pipeline(cli: &OfficialCli) {
    cli.check(&changes(
        &["apps:info", "-a", PRODUCTION],
        &["Pipeline:", "shop - production"],
        &["apps:info", "-a", PRODUCTION],
        &["Pipeline:  shop - production"],
        &[],
    ));
}

/// The official `pipelines:diff` reads the coupling, pipeline, apps, releases and slugs from
/// `belt serve`, then asks `https://kolkrabbi.heroku.com/apps/{id}/github` for the app's
/// GitHub repository: a fixed host (HEROKU_HOST does not move it) reached through
/// HTTPS_PROXY. Here the proxy refuses the tunnel, as Kolkrabbi has no repository for an
/// app belt serves, and the CLI prints what Heroku prints for an app not connected to GitHub.
fn diff_asks_kolkrabbi(cli: &OfficialCli) {
    let (proxy, tunnels) = refusing_proxy();
    let output = cli
        .command(&["pipelines:diff", "-a", APP])
        .env("HTTPS_PROXY", &proxy)
        .output()
        .expect("run heroku pipelines:diff");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // oclif's `ux.error`, exit 2.
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    for wanted in [
        "Fetching apps from pipeline... done",
        "Fetching release info for all apps... done",
        " ›   Error: cli-app does not seem to be connected to GitHub!\n \
         ›   Run heroku pipelines:open shop and \"Connect to GitHub\".",
    ] {
        assert!(stderr.contains(wanted), "no {wanted:?} in {stderr}");
    }
    let asked = tunnels.lock().unwrap().clone();
    assert!(
        asked
            .iter()
            .any(|line| line.starts_with("CONNECT kolkrabbi.heroku.com:443 ")),
        "{asked:?}"
    );
}

/// An HTTP proxy on 127.0.0.1 that records each request line (a tunnel's `CONNECT
/// host:port HTTP/1.1`) and refuses it with 502; returns its URL and the lines.
fn refusing_proxy() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let recorded = lines.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut first = String::new();
            if reader.read_line(&mut first).is_err() {
                continue;
            }
            recorded.lock().unwrap().push(first.trim_end().to_string());
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let _ = (&stream).write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        }
    });
    (url, lines)
}

/// `ci:config:set`, `ci:config`, `ci:config:get` and `ci:config:unset` on the pipeline's test
/// stage config vars, which belt then reads through the same API.
#[test]
fn the_official_cli_sets_and_reads_ci_config_vars() {
    let cli = OfficialCli::new();
    cli.check(&shows(&["apps:create", APP], &["done"]));
    cli.check(&shows(
        &["pipelines:create", "shop", "-a", APP, "-s", "staging"],
        &["Creating shop pipeline... done"],
    ));
    cli.check(&changes(
        &[
            "ci:config:set",
            "--pipeline",
            "shop",
            "RAILS_ENV=test",
            "A=1",
        ],
        &["Setting RAILS_ENV, A... done", "RAILS_ENV: test"],
        &["ci:config", "--pipeline", "shop", "--json"],
        &["\"RAILS_ENV\": \"test\"", "\"A\": \"1\""],
        &[],
    ));
    cli.check(&shows(
        &["ci:config", "--pipeline", "shop"],
        &["=== shop test config vars", "RAILS_ENV: test"],
    ));
    cli.check(&shows(
        &["ci:config:get", "--pipeline", "shop", "A"],
        &["1"],
    ));
    cli.check(&shows(
        &["ci:config", "-a", APP, "--shell"],
        &["RAILS_ENV=test"],
    ));
    cli.check(&changes(
        &["ci:config:unset", "--pipeline", "shop", "A"],
        &["Unsetting A... done"],
        &["ci:config", "--pipeline", "shop", "--json"],
        &["RAILS_ENV"],
        &["\"A\""],
    ));
}

/// A slug with a release command runs it on the target too, and the official CLI streams
/// its output before it reports the promotion.
#[test]
fn the_official_cli_promotes_through_the_release_phase() {
    let cli = staging_and_production("release: echo migrating $MODE\nweb: sleep 600\n");
    cli.check(&shows(
        &["pipelines:promote", "-a", APP],
        &[
            "Running release command...",
            "migrating production",
            "Promotion successful",
        ],
    ));
    let (_, _, release) =
        cli.server
            .call("GET", &format!("/apps/{PRODUCTION}/releases/v3"), &[], None);
    assert_eq!(release["status"], "succeeded", "{release}");
    assert_eq!(release["current"], true, "{release}");
}
