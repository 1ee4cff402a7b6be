//! Wire conformance with the official Heroku Platform API schema (tests/it/data/README.md says
//! where the copy comes from). A scenario drives every command through the real binary, via a
//! recording proxy in front of `belt serve`; every request belt sent must match a
//! link of the schema (method, href, body against the link's `schema`), and every answer the
//! platform gave must match that link's `targetSchema`, or be a `{id, message}` error.
//! Whatever belt uses that the schema lacks is listed in `EXTENSIONS`, with the reason, and
//! whatever the schema gets wrong or leaves out (`HOST_SPECIFIC`, `FORMAT_FIXES`,
//! `EXPANSIONS`) likewise.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::harness::Sandbox;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use serde_json::{Value, json};

/// Endpoints belt uses that the official schema lacks: (method, href pattern, reason).
/// `{}` stands for one path segment. Not seen by this proxy, since they live on the
/// platform's public URL rather than the API's: git's smart-HTTP endpoints
/// (`/{app}.git/info/refs`, `/git-receive-pack`) at an app's `git_url`, the source upload and
/// download URLs a `POST /sources` hands out, and a build's `output_stream_url`.
const EXTENSIONS: &[(&str, &str, &str)] = &[
    (
        "POST",
        "/account/keys",
        "keys:add: Heroku retired the endpoint from the schema; belt keeps it for git over SSH",
    ),
    (
        "DELETE",
        "/account/keys/{}",
        "keys:remove: as for POST, Heroku still deletes a key by id or fingerprint (the \
         official CLI's keys:remove does) but the schema no longer lists it",
    ),
    (
        "GET",
        "/log-streams/{}",
        "a log session's logplex_url (on the platform's public URL, so not seen by this proxy): \
         a Server-Sent Events stream whose URL carries its own secret",
    ),
    (
        "POST",
        "/auth",
        "browser login: Heroku's login host (cli-auth), which a backend other than Heroku is \
         itself, starts a login the user approves in a browser",
    ),
    (
        "POST",
        "/auth/cli/browser/{}/approve",
        "browser login: the approval page's form (the page is on the login host, the proxy)",
    ),
    (
        "GET",
        "/auth/cli/{}",
        "browser login: the CLI's one long poll for the approved login's access token",
    ),
    (
        "DELETE",
        "/oauth/sessions/{}",
        "logout, as the official CLI does it: ends the token's SSO session first (Heroku has \
         the endpoint, outside the schema)",
    ),
];

/// Values whose `pattern` names Heroku's own hosts; a local platform serves them from its
/// own, so only their type and format are checked: (definition, reason).
const HOST_SPECIFIC: &[(&str, &str)] = &[
    (
        "/definitions/app/definitions/git_url",
        "git is served by the platform itself, https://HOST:PORT/APP.git",
    ),
    (
        "/definitions/app/definitions/web_url",
        "apps are reached at https://APP.localhost/",
    ),
];

/// Values whose `format` in the schema contradicts its own example and what Heroku returns:
/// they are checked against the format they really have instead: (definition, format, reason).
const FORMAT_FIXES: &[(&str, &str, &str)] = &[(
    "/definitions/domain/definitions/hostname",
    "hostname",
    "`format: uri`, yet the example is `subdomain.example.com`: a hostname has no scheme, so \
     it is no URI (a wildcard `*.example.com` would need this relaxed further)",
)];

/// `Accept-Expansion`, which the schema does not describe: an add-on answer then spells out
/// the named embedded objects in full, as the official CLI asks for prices and names. Each
/// expanded object is checked against its resource's own definition, then as its identity:
/// (property, definition, reason).
const EXPANSIONS: &[(&str, &str, &str)] = &[
    (
        "plan",
        "#/definitions/plan",
        "`Accept-Expansion: plan`: the plan with its price (addons, addons:create, upgrade)",
    ),
    (
        "addon_service",
        "#/definitions/add-on-service",
        "`Accept-Expansion: addon_service`: the service with its human name",
    ),
];

const APP: &str = "wire-app";
const RENAMED: &str = "wire-app-two";

/// The scenario: one belt invocation per line, in order, each expected to succeed, run in a
/// git repository holding `site/` (a Procfile). New commands add a line or two here.
const SCENARIO: &[&[&str]] = &[
    &["whoami"],
    &["whoami", "--json"],
    &["auth:token"],
    &["keys:add", "../home/id_ed25519.pub"],
    &["keys"],
    &["keys", "--json"],
    &["keys:remove", "wire@test"],
    &[
        "apps:create",
        APP,
        "--region",
        "us",
        "--stack",
        "heroku-24",
        "--no-remote",
    ],
    &["apps"],
    &["apps", "--json"],
    &["apps:info", "-a", APP],
    &["apps:info", "-a", APP, "--json"],
    &["apps:open", "-a", APP, "--json"],
    &["maintenance", "-a", APP],
    &["maintenance:on", "-a", APP],
    &["maintenance:off", "-a", APP],
    &["stack", "-a", APP],
    &["stack:set", "heroku-22", "-a", APP],
    &["config:add", "A=1", "B=two words", "-a", APP],
    &["config", "-a", APP],
    &["config", "-a", APP, "--json"],
    &["config:get", "A", "-a", APP],
    &["config:unset", "B", "-a", APP],
    &["config:import", "../home/import.env", "-a", APP],
    &["config:export", "-a", APP],
    &["config:edit", "-a", APP],
    &["releases", "-a", APP],
    &["releases", "-a", APP, "--json"],
    &["releases:info", "-a", APP],
    &["releases:info", "v2", "-a", APP, "--json"],
    &["releases:diff", "v2", "-a", APP],
    &["rollback", "v3", "-a", APP],
    &["logs", "-n", "20", "-a", APP],
    &["run", "-a", APP, "--", "echo", "hi"],
    &["run:detached", "-a", APP, "--", "echo", "hi"],
    &["ps", "-a", APP],
    &["ps:scale", "-a", APP],
    &["ps:restart", "-a", APP],
    // Deploys: sources, builds and their output.
    &["deploy", "site", "-a", APP],
    &["builds", "-a", APP],
    &["builds", "-n", "5", "-a", APP, "--json"],
    &["builds:info", "-a", APP],
    &["builds:info", "-a", APP, "--json"],
    &["builds:output", "-a", APP],
    // Buildpacks.
    &["buildpacks:add", "heroku/python", "-a", APP],
    &[
        "buildpacks:add",
        "-i",
        "1",
        "https://github.com/heroku/heroku-buildpack-nodejs",
        "-a",
        APP,
    ],
    &["buildpacks", "-a", APP],
    &["buildpacks", "-a", APP, "--json"],
    &["buildpacks:remove", "heroku/python", "-a", APP],
    &["buildpacks:clear", "-a", APP],
    // Processes of the deployed Procfile.
    &["ps:scale", "web=1", "-a", APP],
    &["ps:type", "web=basic", "-a", APP],
    &["ps", "-a", APP, "--json"],
    &["ps:restart", "web", "-a", APP],
    &["ps:stop", "web", "-a", APP],
    &["ps:scale", "web=0", "-a", APP],
    // Add-ons: the catalogue, then each way of creating, reading, changing and destroying.
    &["addons:services"],
    &["addons:services", "--json"],
    &["addons:plans", "heroku-redis"],
    &["addons:plans", "heroku-redis", "--json"],
    &["addons:create", "heroku-postgresql", "-a", APP],
    &[
        "addons:add",
        "heroku-redis:premium-0",
        "--as",
        "CACHE",
        "--name",
        "wire-cache",
        "-a",
        APP,
        "--",
        "--maxmemory_policy",
        "allkeys-lru",
    ],
    &["addons:create", "sendgrid", "--json", "-a", APP],
    &[
        "addons:create",
        "heroku-postgresql:essential-0",
        "--wait",
        "--json",
        "-a",
        APP,
    ],
    &["pg:wait", "-a", APP],
    &["pg:info", "-a", APP],
    &["pg:info", "DATABASE", "-a", APP, "--json"],
    &["addons", "-a", APP],
    &["addons", "-a", APP, "--json"],
    &["addons", "--all"],
    &["addons", "--all", "--json"],
    &["addons:info", "DATABASE", "-a", APP],
    &["addons:info", "CACHE", "-a", APP, "--json"],
    &["addons:info", "wire-cache"],
    &["addons:upgrade", "wire-cache", "premium-1", "-a", APP],
    &[
        "addons:downgrade",
        "heroku-redis:premium-0",
        "-a",
        APP,
        "--json",
    ],
    &["apps:info", "-a", APP],
    &["addons:destroy", "wire-cache", "-a", APP, "--confirm", APP],
    &[
        "addons:remove",
        "sendgrid",
        "-a",
        APP,
        "--confirm",
        APP,
        "--json",
    ],
    // Domains.
    &["domains:add", "www.wire.example", "-a", APP],
    &["domains:add", "wire.example", "-a", APP, "--json"],
    &["domains", "-a", APP],
    &["domains", "-a", APP, "--json"],
    &["domains:remove", "www.wire.example", "-a", APP],
    &["domains:remove", "wire.example", "-a", APP, "--json"],
    // Last: with the `heroku` remote, commands without -a name the app too.
    &["git:remote", "-a", APP],
    &["apps:rename", RENAMED, "-a", APP],
    &["apps:destroy", "-a", RENAMED, "--confirm", RENAMED],
];

/// Commands expected to fail, for the platform's error answers.
/// With the exit code and a part of stderr each must give: the error answers the schema
/// checks are real refusals. The first create succeeds (the app was destroyed); the second
/// collides.
const FAILING: &[(&[&str], i32, &str)] = &[
    (
        &["apps:info", "-a", "no-such-app"],
        4,
        "Couldn't find that app.",
    ),
    (
        &["config", "-a", "no-such-app"],
        4,
        "Couldn't find that app.",
    ),
    (&["apps:create", APP], 0, ""),
    (&["apps:create", APP], 1, "Name is already taken"),
];

#[test]
fn requests_and_responses_follow_the_official_schema() {
    let schema = Schema::load();
    let sb = Sandbox::new();
    std::fs::write(
        sb.path("home/id_ed25519.pub"),
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGVsZWN0cmljIGNvbmZvcm1hbmNlIHRlc3Qga2V5IQ== wire@test\n",
    )
    .unwrap();
    std::fs::write(sb.path("home/import.env"), "IMPORTED=yes\nA=1\n").unwrap();
    // The working directory is a repository with a committed site to deploy.
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), "web: sleep 600\n").unwrap();
    sb.git(&sb.work(), &["-c", "init.defaultBranch=main", "init", "-q"]);
    sb.commit_all(&sb.work(), "wire deploy");

    // `belt serve`, not the in-process platform: run:detached starts a runner process from
    // the platform's own executable, which must be belt.
    let server = sb.serve();
    let rt = crate::harness::runtime();
    let log = Arc::new(Mutex::new(Vec::new()));
    let proxy_url = rt.block_on(start_proxy(&server, log.clone()));

    let belt = |args: &[&str]| {
        let mut cmd = sb.belt();
        cmd.args(args)
            .env("BELT_API_URL", &proxy_url)
            .env("BELT_API_KEY", &server.token)
            // For the proxy, and for log streams and `run`'s dyno connection, which go to the
            // server directly.
            .env("SSL_CERT_FILE", &server.ca)
            // config:edit: the editor appends a line to the dotenv file it is given.
            .env("EDITOR", "sh -c 'echo EDITED=1 >> \"$1\"' editor");
        cmd.output().expect("run belt")
    };
    for args in SCENARIO {
        let out = belt(args);
        assert!(
            out.status.success(),
            "belt {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for (args, code, message) in FAILING {
        let out = belt(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "belt {args:?}: {stderr}");
        assert!(stderr.contains(message), "belt {args:?}: {stderr}");
    }
    accounts(&sb, &server, &proxy_url);

    let exchanges = log.lock().unwrap().clone();
    let mut problems = Vec::new();
    let mut seen_errors = 0;
    for exchange in &exchanges {
        if exchange.status >= 400 {
            seen_errors += 1;
        }
        if let Err(problem) = schema.check(exchange) {
            problems.push(format!("{} {}: {problem}", exchange.method, exchange.path));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} exchanges break the schema:\n{}",
        problems.len(),
        exchanges.len(),
        problems.join("\n")
    );
    // The scenario really covered the API: every command above sends requests.
    let covered = |method: &str, href: &str| {
        exchanges
            .iter()
            .any(|e| e.method == method && segments_match(href, &e.path))
    };
    for (method, href) in [
        ("GET", "/account"),
        ("GET", "/account/keys"),
        ("POST", "/account/keys"),
        ("DELETE", "/account/keys/{}"),
        ("GET", "/apps/{}/buildpack-installations"),
        ("PUT", "/apps/{}/buildpack-installations"),
        ("POST", "/apps"),
        ("GET", "/apps"),
        ("GET", "/apps/{}"),
        ("PATCH", "/apps/{}"),
        ("DELETE", "/apps/{}"),
        ("GET", "/apps/{}/config-vars"),
        ("PATCH", "/apps/{}/config-vars"),
        ("GET", "/apps/{}/releases"),
        ("GET", "/apps/{}/releases/{}"),
        ("POST", "/apps/{}/releases"),
        ("POST", "/apps/{}/log-sessions"),
        ("POST", "/apps/{}/dynos"),
        ("GET", "/apps/{}/formation"),
        ("PATCH", "/apps/{}/formation"),
        ("GET", "/apps/{}/dynos"),
        ("POST", "/sources"),
        ("POST", "/apps/{}/builds"),
        ("GET", "/apps/{}/builds"),
        ("GET", "/apps/{}/builds/{}"),
        ("GET", "/addon-services"),
        ("GET", "/addon-services/{}/plans"),
        ("POST", "/apps/{}/addons"),
        ("GET", "/apps/{}/addons"),
        ("GET", "/apps/{}/addons/{}"),
        ("PATCH", "/apps/{}/addons/{}"),
        ("DELETE", "/apps/{}/addons/{}"),
        ("GET", "/addons"),
        ("GET", "/addons/{}"),
        ("GET", "/addons/{}/addon-attachments"),
        ("POST", "/apps/{}/domains"),
        ("GET", "/apps/{}/domains"),
        ("DELETE", "/apps/{}/domains/{}"),
        ("POST", "/oauth/authorizations"),
        ("DELETE", "/oauth/authorizations/{}"),
        ("GET", "/oauth/authorizations"),
        ("GET", "/oauth/authorizations/{}"),
        ("DELETE", "/oauth/sessions/{}"),
        ("POST", "/auth"),
        ("GET", "/auth/cli/{}"),
    ] {
        assert!(
            covered(method, href),
            "the scenario sent no {method} {href}"
        );
    }
    assert!(seen_errors >= 3, "expected error answers: {exchanges:#?}");
}

/// Accounts on the platform behind the proxy: `accounts:add` with a token and through the
/// browser (a script approves), commands through an account, and logging out.
fn accounts(sb: &Sandbox, server: &crate::harness::Server, proxy_url: &str) {
    server
        .platform()
        .create_user_with_password("wire@example.com", "wire password", None)
        .unwrap();
    let ca = server.ca.to_string_lossy().into_owned();
    let approve = sb.path("home/approve.sh");
    std::fs::write(
        &approve,
        format!(
            "#!/bin/sh\ncurl -sf --cacert '{ca}' --data-urlencode 'email=wire@example.com' \
             --data-urlencode 'password=wire password' \"$1/approve\" > /dev/null\n"
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&approve, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let add = |name: &str, how: &str| {
        let args = [
            "accounts:add",
            name,
            how,
            "--api-url",
            proxy_url,
            "--ca-cert",
            &ca,
        ];
        sb.belt()
            .args(args)
            .env("BROWSER", &approve)
            .write_stdin(server.token.as_str())
            .assert()
            .success();
    };
    add("wire", "--with-token");
    add("browser", "--browser");
    // Email and password at a prompt: POST /oauth/authorizations.
    let answers = json!([["Email", "wire@example.com"], ["Password", "wire password"]]);
    let (code, text) = sb.login_on_terminal(proxy_url, &server.ca, &answers);
    assert_eq!(code, 0, "accounts:add -i: {text}");
    for args in [
        &["whoami", "--account", "wire"][..],
        &["apps", "--account", "browser", "--json"],
        &["accounts"],
        &["accounts:current", "--account", "wire"],
        &["whoami", "--account", "tty"],
        &["auth:logout", "--account", "tty"],
        &["auth:logout", "--account", "browser"],
        &["auth:logout", "--account", "wire"],
    ] {
        sb.belt().args(args).assert().success();
    }
}

/// One request belt sent and the platform's answer.
#[derive(Debug, Clone)]
struct Exchange {
    method: String,
    path: String,
    range: Option<String>,
    /// `Accept-Expansion`: the embedded objects the answer spells out in full.
    expansion: Option<String>,
    request_body: Bytes,
    status: u16,
    /// None for a streamed answer (Server-Sent Events), passed through unchecked.
    response_body: Option<Bytes>,
}

#[derive(Clone)]
struct Proxy {
    upstream: String,
    http: reqwest::Client,
    log: Arc<Mutex<Vec<Exchange>>>,
}

/// Serves a loopback reverse proxy to `server` that records every exchange in `log`. It
/// speaks HTTPS with the server's own certificate, so belt treats it as it would the server.
async fn start_proxy(server: &crate::harness::Server, log: Arc<Mutex<Vec<Exchange>>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "https://localhost:{}",
        listener.local_addr().unwrap().port()
    );
    let state = Proxy {
        upstream: server.url.clone(),
        http: crate::harness::http_client_trusting(&server.ca),
        log,
    };
    let app = axum::Router::new().fallback(forward).with_state(state);
    let tls = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(server_tls(server)));
    let proxy = axum_server::tls_rustls::from_tcp_rustls(listener, tls).unwrap();
    tokio::spawn(async move { proxy.serve(app.into_make_service()).await });
    url
}

/// The TLS configuration of `belt serve`, from its data directory.
fn server_tls(server: &crate::harness::Server) -> rustls::ServerConfig {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let tls = server.data_dir.join("tls");
    let certs = CertificateDer::pem_file_iter(tls.join("server.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(tls.join("server-key.pem")).unwrap();
    rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap()
}

async fn forward(State(proxy): State<Proxy>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let request_body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut request_headers = parts.headers.clone();
    request_headers.remove(header::HOST);
    let upstream = proxy
        .http
        .request(
            parts.method.clone(),
            format!("{}{path_and_query}", proxy.upstream),
        )
        .headers(request_headers)
        .body(request_body.clone())
        .send()
        .await
        .expect("upstream answers");
    let status = upstream.status();
    let mut headers = upstream.headers().clone();
    for hop in [header::TRANSFER_ENCODING, header::CONNECTION] {
        headers.remove(hop);
    }
    let streamed = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"));
    let (response_body, body) = if streamed {
        (None, Body::from_stream(upstream.bytes_stream()))
    } else {
        let bytes = upstream.bytes().await.expect("upstream body");
        (Some(bytes.clone()), Body::from(bytes))
    };
    proxy.log.lock().unwrap().push(Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        range: header_text(&parts.headers, "Range"),
        expansion: header_text(&parts.headers, "Accept-Expansion"),
        request_body,
        status: status.as_u16(),
        response_body,
    });
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// `href` (segments, `{...}` for a variable one) matches `path`.
fn segments_match(href: &str, path: &str) -> bool {
    let (href, path): (Vec<_>, Vec<_>) = (href.split('/').collect(), path.split('/').collect());
    href.len() == path.len()
        && href
            .iter()
            .zip(&path)
            .all(|(h, p)| h == p || (h.starts_with('{') && !p.is_empty()))
}

/// How many segments of `href` are literal: the most specific link wins.
fn literal_segments(href: &str) -> usize {
    href.split('/').filter(|s| !s.starts_with('{')).count()
}

struct Link {
    method: String,
    href: String,
    title: String,
    request: Option<Value>,
    response: Value,
    ranges: Option<Vec<String>>,
}

struct Schema {
    definitions: Value,
    links: Vec<Link>,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

impl Schema {
    fn load() -> Schema {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/it/data/heroku-platform-api-schema.json"
        );
        let mut root: Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("schema file"))
                .expect("schema JSON");
        strict_properties(&mut root);
        for (pointer, _) in HOST_SPECIFIC {
            let definition = root.pointer_mut(pointer).expect("a definition");
            definition.as_object_mut().unwrap().remove("pattern");
        }
        for (pointer, format, _) in FORMAT_FIXES {
            let definition = root.pointer_mut(pointer).expect("a definition");
            definition["format"] = json!(format);
        }
        let mut links = Vec::new();
        for (name, resource) in root["definitions"].as_object().expect("definitions") {
            for link in resource["links"].as_array().into_iter().flatten() {
                let rel = link["rel"].as_str().unwrap_or_default();
                let resource_ref = json!({"$ref": format!("#/definitions/{name}")});
                let response = match link.get("targetSchema") {
                    Some(target) => target.clone(),
                    None if rel == "instances" => json!({"type": ["array"], "items": resource_ref}),
                    None => resource_ref,
                };
                links.push(Link {
                    method: link["method"].as_str().expect("method").to_string(),
                    href: link["href"].as_str().expect("href").to_string(),
                    title: format!("{name} {}", link["title"].as_str().unwrap_or(rel)),
                    request: link.get("schema").cloned().map(closed_request),
                    response,
                    ranges: link["ranges"].as_array().map(|r| {
                        r.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    }),
                });
            }
        }
        Schema {
            definitions: root["definitions"].take(),
            links,
            validators: Mutex::default(),
        }
    }

    /// Checks one exchange; Err says what breaks the schema.
    fn check(&self, exchange: &Exchange) -> Result<(), String> {
        let matches = self.matching_links(exchange);
        if matches.is_empty() {
            return match EXTENSIONS
                .iter()
                .any(|(m, href, _)| *m == exchange.method && segments_match(href, &exchange.path))
            {
                true => check_error_shape(exchange),
                false => Err("no link of the schema, and not a listed extension".into()),
            };
        }
        let body = parse_body(&exchange.request_body)?;
        // Links sharing an href (release create and rollback): the body picks one.
        let mut failures = Vec::new();
        for link in &matches {
            match self.check_request(link, exchange, body.as_ref()) {
                Ok(()) => return self.check_response(link, exchange),
                Err(e) => failures.push(format!("{}: {e}", link.title)),
            }
        }
        Err(format!("request: {}", failures.join("; ")))
    }

    /// The links for the exchange's method whose href matches, the most specific ones only.
    fn matching_links(&self, exchange: &Exchange) -> Vec<&Link> {
        let candidates: Vec<&Link> = self
            .links
            .iter()
            .filter(|l| l.method == exchange.method && segments_match(&l.href, &exchange.path))
            .collect();
        let best = candidates
            .iter()
            .map(|l| literal_segments(&l.href))
            .max()
            .unwrap_or(0);
        candidates
            .into_iter()
            .filter(|l| literal_segments(&l.href) == best)
            .collect()
    }

    fn check_request(
        &self,
        link: &Link,
        exchange: &Exchange,
        body: Option<&Value>,
    ) -> Result<(), String> {
        if let (Some(range), Some(ranges)) = (&exchange.range, &link.ranges) {
            let field = range.split_whitespace().next().unwrap_or_default();
            if !ranges.iter().any(|r| r == field) {
                return Err(format!("Range {range:?} is not on one of {ranges:?}"));
            }
        }
        match (&link.request, body) {
            (Some(schema), Some(body)) => self.validate(schema, body),
            (Some(_), None) if exchange.method != "GET" && exchange.method != "DELETE" => {
                Err("no request body".into())
            }
            (None, Some(body)) if body != &json!({}) => {
                Err(format!("a body the link does not take: {body}"))
            }
            _ => Ok(()),
        }
    }

    fn check_response(&self, link: &Link, exchange: &Exchange) -> Result<(), String> {
        let Some(body) = &exchange.response_body else {
            return Ok(());
        };
        if exchange.status >= 400 {
            return check_error_shape(exchange);
        }
        let mut body = parse_body(body)?.ok_or("an empty response body")?;
        if link.title.starts_with("add-on ") {
            self.check_expansions(exchange, &mut body)
                .map_err(|e| format!("response {}: {e}", exchange.status))?;
        }
        self.validate(&link.response, &body)
            .map_err(|e| format!("response {}: {e}", exchange.status))
    }

    /// Checks the add-ons' expanded objects (see `EXPANSIONS`) against their definitions and
    /// puts their identities in their place. Without the header nothing is expanded, so the
    /// objects stay as they are, for the link's schema to judge.
    fn check_expansions(&self, exchange: &Exchange, body: &mut Value) -> Result<(), String> {
        let asked: Vec<&str> = exchange
            .expansion
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .collect();
        let addons: Vec<&mut Value> = match body {
            Value::Array(items) => items.iter_mut().collect(),
            other => vec![other],
        };
        for addon in addons {
            for (property, definition, _) in EXPANSIONS {
                if !asked.contains(property) {
                    continue;
                }
                let Some(expanded) = addon.get_mut(*property) else {
                    continue;
                };
                self.validate(&json!({"$ref": definition}), expanded)
                    .map_err(|e| format!("expanded {property}: {e}"))?;
                *expanded = json!({"id": expanded["id"], "name": expanded["name"]});
            }
        }
        Ok(())
    }

    fn validate(&self, schema: &Value, instance: &Value) -> Result<(), String> {
        let key = schema.to_string();
        let validator = self
            .validators
            .lock()
            .unwrap()
            .entry(key)
            .or_insert_with(|| {
                // The sub-schema with the root's definitions beside it, so `#/definitions/..`
                // references resolve.
                let wrapped = json!({"definitions": self.definitions, "allOf": [schema]});
                Arc::new(
                    jsonschema::draft4::options()
                        .should_validate_formats(true)
                        // Formats of the schema that draft 4 does not know: checked too.
                        .with_format("uuid", |s| {
                            s.len() == 36 && uuid::Uuid::try_parse(s).is_ok()
                        })
                        .with_format("date", |s| {
                            let b = s.as_bytes();
                            b.len() == 10
                                && b.iter().enumerate().all(|(i, c)| match i {
                                    4 | 7 => *c == b'-',
                                    _ => c.is_ascii_digit(),
                                })
                        })
                        .build(&wrapped)
                        .expect("the schema compiles"),
                )
            })
            .clone();
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        match errors.is_empty() {
            true => Ok(()),
            false => Err(errors.join("; ")),
        }
    }
}

/// Errors are `{"id": "...", "message": "..."}`, as on Heroku.
fn check_error_shape(exchange: &Exchange) -> Result<(), String> {
    if exchange.status < 400 {
        return Ok(());
    }
    let body = exchange.response_body.as_ref().map(|b| parse_body(b));
    match body {
        Some(Ok(Some(Value::Object(error))))
            if error.get("id").is_some_and(Value::is_string)
                && error.get("message").is_some_and(Value::is_string) =>
        {
            Ok(())
        }
        other => Err(format!(
            "error {} is not {{id, message}}: {other:?}",
            exchange.status
        )),
    }
}

fn parse_body(bytes: &[u8]) -> Result<Option<Value>, String> {
    if bytes.is_empty() {
        return Ok(None);
    }
    serde_json::from_slice(bytes)
        .map(Some)
        .map_err(|e| format!("not JSON ({e}): {}", String::from_utf8_lossy(bytes)))
}

/// The interagent hyper-schema's `strictProperties: true` means every listed property is
/// present and no other is: spelled out here in draft-04 terms, throughout the schema.
fn strict_properties(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("strictProperties") == Some(&Value::Bool(true))
                && let Some(Value::Object(properties)) = map.get("properties")
            {
                let required: Vec<Value> = properties.keys().cloned().map(Value::String).collect();
                // Draft 4 wants at least one name in `required`.
                if !required.is_empty() {
                    map.insert("required".into(), Value::Array(required));
                }
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(strict_properties);
        }
        Value::Array(items) => items.iter_mut().for_each(strict_properties),
        _ => {}
    }
}

/// A request may send only the fields its link lists (the schema leaves that open, the API
/// does not take others).
fn closed_request(mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema
        && map.contains_key("properties")
        && !map.contains_key("additionalProperties")
        && !map.contains_key("patternProperties")
    {
        map.insert("additionalProperties".into(), Value::Bool(false));
    }
    schema
}

#[test]
fn hrefs_match_by_segment() {
    let href = "/apps/{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}/config-vars";
    assert!(segments_match(href, "/apps/demo/config-vars"));
    assert!(!segments_match(href, "/apps/demo/releases"));
    assert!(!segments_match(href, "/apps//config-vars"));
    assert!(!segments_match(href, "/apps/demo"));
    assert_eq!(literal_segments(href), 3);
}

#[test]
fn strict_properties_become_required_and_closed() {
    let mut schema = json!({"properties": {"a": {}, "b": {}}, "strictProperties": true});
    strict_properties(&mut schema);
    assert_eq!(schema["required"], json!(["a", "b"]));
    assert_eq!(schema["additionalProperties"], json!(false));
}

/// The checks bite: each of these breaks the schema in one way.
#[test]
fn checker_rejects_what_the_schema_forbids() {
    let schema = Schema::load();
    let app = json!({
        "acm": false, "archived_at": null, "buildpack_provided_description": null,
        "build_stack": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a10", "name": "heroku-24"},
        "created_at": "2024-01-01T00:00:00Z", "generation": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a11", "name": "cedar"},
        "git_url": "https://git.heroku.com/demo.git", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a12",
        "internal_routing": null, "maintenance": false, "name": "demo", "organization": null,
        "owner": {"email": "a@b.c", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a13"},
        "region": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a14", "name": "us"},
        "released_at": null, "repo_size": null, "slug_size": null, "space": null,
        "stack": {"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a10", "name": "heroku-24"},
        "team": null, "updated_at": "2024-01-01T00:00:00Z", "web_url": "https://demo.herokuapp.com/",
    });
    let exchange = |method: &str, path: &str, request: Value, status: u16, response: &Value| {
        let bytes = |v: &Value| match v {
            Value::Null => Bytes::new(),
            v => Bytes::from(v.to_string()),
        };
        Exchange {
            method: method.into(),
            path: path.into(),
            range: None,
            expansion: None,
            request_body: bytes(&request),
            status,
            response_body: Some(bytes(response)),
        }
    };
    let good = exchange("POST", "/apps", json!({"name": "demo"}), 201, &app);
    assert_eq!(schema.check(&good), Ok(()));

    let mut missing = app.clone();
    missing.as_object_mut().unwrap().remove("acm");
    let mut wrong_type = app.clone();
    wrong_type["region"] = Value::Null;
    let mut extra = app.clone();
    extra["color"] = json!("blue");
    let mut bad_range = good.clone();
    bad_range.range = Some("created_at ..; max=10".into());
    bad_range.method = "GET".into();
    bad_range.request_body = Bytes::new();
    bad_range.response_body = Some(Bytes::from(json!([app]).to_string()));
    let mut not_a_uuid = app.clone();
    not_a_uuid["id"] = json!("app-12");
    let mut not_a_time = app.clone();
    not_a_time["created_at"] = json!("2024-01-01 00:00");

    // Add-ons: `plan` is an identity, or with `Accept-Expansion: plan` the whole plan.
    let (service, plan_id, addon_id) = (
        json!({"id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a20", "name": "heroku-postgresql"}),
        "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a21",
        "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a22",
    );
    let price = json!({"cents": 500, "contract": false, "unit": "month"});
    let addon = json!({
        "actions": [], "addon_service": service, "app": {"id": app["id"], "name": "demo"},
        "billed_price": price,
        "billing_entity": {"id": app["id"], "name": "demo", "type": "app"},
        "config_vars": ["DATABASE_URL"], "created_at": "2024-01-01T00:00:00Z", "id": addon_id,
        "name": "postgresql-shiny-12345",
        "plan": {"id": plan_id, "name": "heroku-postgresql:essential-0"},
        "provider_id": addon_id, "state": "provisioned", "updated_at": "2024-01-01T00:00:00Z",
        "web_url": null,
    });
    let mut expanded = addon.clone();
    expanded["plan"] = json!({
        "addon_service": service, "compliance": null, "created_at": "2024-01-01T00:00:00Z",
        "default": true, "description": "Heroku Postgres Essential 0", "human_name": "Essential 0",
        "id": plan_id, "installable_inside_private_network": false,
        "installable_outside_private_network": true, "name": "heroku-postgresql:essential-0",
        "price": price, "space_default": false, "state": "public",
        "updated_at": "2024-01-01T00:00:00Z", "visible": true,
    });
    let addon_path = "/apps/demo/addons/postgresql-shiny-12345";
    let addon_exchange = |response: &Value, expansion: Option<&str>| {
        let mut e = exchange("GET", addon_path, Value::Null, 200, response);
        e.expansion = expansion.map(str::to_string);
        e
    };
    assert_eq!(schema.check(&addon_exchange(&addon, None)), Ok(()));
    assert_eq!(
        schema.check(&addon_exchange(&expanded, Some("plan"))),
        Ok(())
    );
    let mut expanded_extra = expanded.clone();
    expanded_extra["plan"]["color"] = json!("blue");
    let mut null_message = addon.clone();
    null_message["provision_message"] = Value::Null;

    // Domains: the request names sni_endpoint; the hostname is a hostname.
    let domain = json!({
        "acm_status": null, "acm_status_reason": null, "app": {"id": app["id"], "name": "demo"},
        "cname": "www.example.com.herokudns.com", "created_at": "2024-01-01T00:00:00Z",
        "hostname": "www.example.com", "id": "ae20ff48-42f5-4f0b-9b05-5b1a2a2e3a23",
        "kind": "custom", "sni_endpoint": null, "status": "succeeded",
        "updated_at": "2024-01-01T00:00:00Z",
    });
    let domains = "/apps/demo/domains";
    let add_domain = json!({"hostname": "www.example.com", "sni_endpoint": null});
    assert_eq!(
        schema.check(&exchange("POST", domains, add_domain, 201, &domain)),
        Ok(())
    );
    let mut not_a_hostname = domain.clone();
    not_a_hostname["hostname"] = json!("https://www.example.com/");

    let not_an_error = json!({"error": "nope"});
    for bad in [
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &missing),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &wrong_type),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &extra),
        exchange("POST", "/apps", json!({"nom": "demo"}), 201, &app),
        exchange("POST", "/apps", json!({"name": 7}), 201, &app),
        exchange("GET", "/apps/demo/colors", Value::Null, 200, &app),
        exchange("GET", "/apps/demo", Value::Null, 404, &not_an_error),
        exchange(
            "GET",
            "/log-streams/s3cret",
            Value::Null,
            404,
            &not_an_error,
        ),
        bad_range,
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &not_a_uuid),
        exchange("POST", "/apps", json!({"name": "demo"}), 201, &not_a_time),
        // Expanded without asking, or expanded with more than the plan has.
        addon_exchange(&expanded, None),
        addon_exchange(&expanded_extra, Some("plan")),
        addon_exchange(&expanded, Some("addon_service,plan")),
        addon_exchange(&null_message, None),
        exchange(
            "POST",
            domains,
            json!({"hostname": "www.example.com"}),
            201,
            &domain,
        ),
        exchange(
            "POST",
            domains,
            json!({"hostname": "www.example.com", "sni_endpoint": null}),
            201,
            &not_a_hostname,
        ),
        // A build's source_blob has strict properties: all four, or the request is refused.
        exchange(
            "POST",
            "/apps/demo/builds",
            json!({"source_blob": {"url": "https://x.test/s.tgz", "version": null}}),
            201,
            &Value::Null,
        ),
    ] {
        assert!(schema.check(&bad).is_err(), "accepted {bad:#?}");
    }
}
