//! The official CLI's pipelines against `belt serve`: `pipelines:create`, `pipelines:add`,
//! `pipelines`, `pipelines:info`, `apps:info` showing the pipeline, and `pipelines:promote`,
//! after which production runs the very slug staging built, with its own config untouched;
//! `pipelines:diff`, which asks Kolkrabbi (Heroku's GitHub integration; `belt serve` answers
//! it here through a proxy, as Kolkrabbi does for an app with no GitHub repository) and so
//! says, as Heroku does, that the app is not connected to GitHub; `pipelines:open`; and the
//! CI config vars of `ci:config*`, the pipeline's test stage config vars.

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
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).expect("chmod");
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
/// HTTPS_PROXY. The proxy here tunnels that host to `belt serve`, which answers as Kolkrabbi
/// does for an app with no GitHub connection (404), and the CLI prints what Heroku prints
/// for such an app.
fn diff_asks_kolkrabbi(cli: &OfficialCli) {
    let proxy = KolkrabbiProxy::start(cli);
    let output = cli
        .command(&["pipelines:diff", "-a", APP])
        .env("HTTPS_PROXY", &proxy.url)
        .env("NODE_EXTRA_CA_CERTS", &proxy.ca)
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
    let tunnels = proxy.tunnels.lock().unwrap().clone();
    assert!(tunnels.iter().all(|t| t == KOLKRABBI), "{tunnels:?}");
    let answers = proxy.answers.lock().unwrap().clone();
    // The app and its downstream app, each asked for by id.
    assert_eq!(answers.len(), 2, "{answers:?}");
    for (path, status, body) in &answers {
        assert!(
            path.starts_with("/apps/") && path.ends_with("/github"),
            "{path}"
        );
        assert_eq!(*status, 404, "{body}");
        assert!(
            body.contains("is not connected to a GitHub repository"),
            "{body}"
        );
    }
}

/// Kolkrabbi's host, as a tunnel names it.
const KOLKRABBI: &str = "kolkrabbi.heroku.com:443";

type Recorded<T> = std::sync::Arc<std::sync::Mutex<Vec<T>>>;

/// An HTTP proxy on 127.0.0.1 that records each tunnel asked for (`host:port`) and refuses
/// all but Kolkrabbi's, which it opens into a TLS stand-in for `kolkrabbi.heroku.com` (a
/// certificate of its own CA) passing each request on to `belt serve`.
struct KolkrabbiProxy {
    url: String,
    /// The server's CA and the stand-in's, for NODE_EXTRA_CA_CERTS.
    ca: std::path::PathBuf,
    tunnels: Recorded<String>,
    /// Each request passed on: its path, and `belt serve`'s status and body.
    answers: Recorded<(String, u16, String)>,
    _runtime: tokio::runtime::Runtime,
}

impl KolkrabbiProxy {
    fn start(cli: &OfficialCli) -> KolkrabbiProxy {
        let runtime = crate::harness::runtime();
        let dir = cli.sb.path("kolkrabbi");
        let host = KOLKRABBI.trim_end_matches(":443");
        let (acceptor, stand_in_ca) = crate::harness::standin::tls_acceptor_for(&dir, host);
        let ca = dir.join("cas.pem");
        let pems = [&cli.server.ca, &stand_in_ca].map(|p| std::fs::read_to_string(p).unwrap());
        std::fs::write(&ca, pems.concat()).unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let tunnels = Recorded::default();
        let answers = Recorded::default();
        let upstream = Upstream {
            url: cli.server.url.clone(),
            http: crate::harness::http_client_trusting(&cli.server.ca),
            acceptor,
            tunnels: tunnels.clone(),
            answers: answers.clone(),
        };
        runtime.spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let upstream = upstream.clone();
                tokio::spawn(async move { upstream.tunnel(tcp).await });
            }
        });
        KolkrabbiProxy {
            url,
            ca,
            tunnels,
            answers,
            _runtime: runtime,
        }
    }
}

/// Where the proxy's Kolkrabbi tunnel leads, and what it records.
#[derive(Clone)]
struct Upstream {
    url: String,
    http: reqwest::Client,
    acceptor: tokio_rustls::TlsAcceptor,
    tunnels: Recorded<String>,
    answers: Recorded<(String, u16, String)>,
}

impl Upstream {
    /// One proxy connection: `CONNECT host:port`, then, for Kolkrabbi, one request through
    /// the tunnel passed on to `belt serve` and its answer written back.
    async fn tunnel(self, mut tcp: tokio::net::TcpStream) -> Option<()> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            (tcp.read(&mut byte).await.ok()? == 1).then_some(())?;
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let target = head.split(' ').nth(1)?.to_string();
        self.tunnels.lock().unwrap().push(target.clone());
        if target != KOLKRABBI {
            let refusal = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n";
            return tcp.write_all(refusal).await.ok();
        }
        tcp.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .await
            .ok()?;
        let mut tls = self.acceptor.accept(tcp).await.ok()?;
        let request = crate::harness::standin::read_request(&mut tls).await?;
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).ok()?;
        let mut forward = self
            .http
            .request(method, format!("{}{}", self.url, request.path))
            .header("Accept", "application/vnd.heroku+json; version=3");
        if let Some(authorization) = request.header("authorization") {
            forward = forward.header("Authorization", authorization);
        }
        let answer = forward.send().await.ok()?;
        let status = answer.status().as_u16();
        let body = answer.text().await.ok()?;
        let reply = format!(
            "HTTP/1.1 {status} Answer\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.answers
            .lock()
            .unwrap()
            .push((request.path, status, body));
        tls.write_all(reply.as_bytes()).await.ok()?;
        tls.shutdown().await.ok()
    }
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
    // The release command takes a moment, as a dyno's boot does on Heroku: the official CLI
    // streams it only when its first look at the promotion finds the target still pending.
    let cli = staging_and_production("release: sleep 3; echo migrating $MODE\nweb: sleep 600\n");
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
