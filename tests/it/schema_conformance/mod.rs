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

mod app_setups;
mod authorizations;
mod checker;
mod harness;
mod pipelines;
mod proxy;
mod releases_config;
mod review_apps;
mod scripting;

use checker::Schema;
use harness::Conformance;

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

/// Endpoints belt uses that the official schema lacks: (method, href pattern, reason).
/// `{}` stands for one path segment. Not seen by this proxy, since they live on the
/// platform's public URL rather than the API's: git's smart-HTTP endpoints
/// (`/{app}.git/info/refs`, `/git-receive-pack`) at an app's `git_url`, the source upload and
/// download URLs a `POST /sources` hands out, and a build's and a release's
/// `output_stream_url`.
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
        "GET",
        "/pipelines/{}/repo",
        "reviewapps:enable/disable: the pipeline's repository, from Heroku's repositories API \
         (the official CLI's `3.repositories-api` variant), outside the schema",
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

/// Request fields the official CLI sends (and Heroku takes) that the link's schema lacks;
/// belt sends them as it does, and they are left out before the check: (method, href,
/// field, reason).
const OFFICIAL_FIELDS: &[(&str, &str, &str, &str)] = &[
    (
        "POST",
        "/pipelines",
        "generation",
        "pipelines:create: the official CLI's createPipeline sends `generation: {name}` (cedar \
         or fir), which the schema's create link does not list",
    ),
    (
        "DELETE",
        "/pipelines/{}",
        "name",
        "pipelines:destroy: the official CLI's destroyPipeline sends `{name}` with the DELETE",
    ),
];

/// Request fields a link's schema requires that the official CLI leaves out (as belt does);
/// they are made optional before the check: (method, href, field, reason).
const OFFICIAL_OMISSIONS: &[(&str, &str, &str, &str)] = &[(
    "PATCH",
    "/oauth/authorizations/{}",
    "client",
    "authorizations:update: the official CLI's sends `client` only with --client-id and \
     --client-secret, so `-d` alone sends `{description}`",
)];

/// Values the local platform cannot give as the schema types them, so `null` is let through
/// as well: (definition, reason).
const NULLABLE: &[(&str, &str)] = &[(
    "/definitions/slug/definitions/url",
    "a slug's blob.url: the local platform keeps a slug as an installed tree, not an archive \
     to download, so it has no URL to hand out",
)];

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
    &["ps:wait", "-a", APP],
    // Deploys: sources, builds and their output.
    &["deploy", "site", "-a", APP],
    &["builds", "-a", APP],
    &["builds", "-n", "5", "-a", APP, "--json"],
    &["builds:info", "-a", APP],
    &["builds:info", "-a", APP, "--json"],
    &["builds:output", "-a", APP],
    // The deploy's release ran the Procfile's release command.
    &["releases:output", "-a", APP],
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
    std::fs::write(
        site.join("Procfile"),
        "release: echo migrated\nweb: sleep 600\n",
    )
    .unwrap();
    sb.git(&sb.work(), &["-c", "init.defaultBranch=main", "init", "-q"]);
    sb.commit_all(&sb.work(), "wire deploy");

    let run = Conformance::start(sb);
    run.run_all(SCENARIO);
    run.run_failing(FAILING);
    accounts(&run.sb, &run.server, &run.proxy_url);

    let exchanges = run.assert_conforms(&schema);
    let seen_errors = exchanges.iter().filter(|e| e.status >= 400).count();
    // The scenario really covered the API: every command above sends requests.
    run.assert_covered(&[
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
    ]);
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
