//! Logging in as the official CLI does: `--with-token`, Heroku's browser flow (cli-auth, on
//! `belt serve` approved by a BROWSER script or a real headless Chromium, and a stand-in login
//! host), the password prompt with a second factor through a pseudo-terminal; logout, which
//! revokes belt's own authorization and never the default API key; tokens in output.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Duration;

use crate::harness::standin::{self, StandIn};
use crate::harness::{Sandbox, Server, env};
use serde_json::{Value, json};

mod browser;
mod password;

const EMAIL: &str = "dev@example.com";
const PASSWORD: &str = "correct horse";
/// The second factor of [`password_user`]'s user, where a test gives it one.
const CODE: &str = "424242";

/// What a person types at belt's prompts to log in as that user, with [`CODE`].
fn email_password_code() -> Value {
    json!([
        ["Email", EMAIL],
        ["Password", PASSWORD],
        ["Two-factor code", CODE]
    ])
}

#[test]
fn with_token_login_whoami_token_and_logout() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("work", &server, &server.token);
    sb.ok(&["accounts:set", "work"]);
    assert_eq!(sb.ok(&["whoami"]).trim(), "owner@belt.local");
    assert_eq!(sb.ok(&["auth:token"]).trim(), server.token);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = sb.config_dir().join("credentials.toml");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // A wrong token is refused and leaves the stored one alone.
    let (code, _, stderr) = sb.run_with_stdin(&["login", "--with-token"], "not-a-key\n");
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("rejected this API key"), "{stderr}");
    assert_eq!(sb.ok(&["whoami"]).trim(), "owner@belt.local");

    // No terminal and no token: usage error pointing at --with-token.
    let (code, _, stderr) = sb.fails(&["login"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--with-token"), "{stderr}");

    // Logout forgets the key, but this one is the account's default API key (Heroku's `~`):
    // as with the official CLI, it is not revoked, since other tools may use it.
    assert!(sb.ok(&["logout"]).contains("Logged out of work"));
    let (code, _, stderr) = sb.fails(&["whoami"]);
    assert_eq!(code, 3, "{stderr}");
    let (code, _, stderr) = sb.fails(&["whoami", "--account", "x"]);
    assert_eq!(code, 4, "{stderr}");
    let still = sb
        .belt()
        .args(["whoami"])
        .env("BELT_API_KEY", &server.token)
        .output()
        .unwrap();
    assert_eq!(still.status.code(), Some(0));
}

#[test]
fn no_token_in_debug_output_except_auth_token() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let token = server.token.clone();
    let ssh = sb.path("home/.ssh");
    std::fs::create_dir_all(&ssh).unwrap();
    std::fs::write(
        ssh.join("id_ed25519.pub"),
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1Z2dhZ2UxMjM0NTY3ODkwMTIzNDU2Nzg5MDEy me@laptop\n",
    )
    .unwrap();
    let ca = server.ca.to_string_lossy().into_owned();
    let add = [
        "accounts:add",
        "work",
        "--api-url",
        &server.url,
        "--ca-cert",
        &ca,
        "--with-token",
        "--debug",
    ];
    let mut outputs = vec![(
        &add[..],
        0,
        // The second learns when the token expires.
        &["GET /account", "GET /oauth/authorizations"][..],
        sb.run_with_stdin(&add, &token),
    )];
    sb.ok(&["accounts:set", "work"]);
    // The one command whose job is to print it.
    assert_eq!(sb.ok(&["auth:token", "--debug"]).trim(), token);
    // Each command, its exit code and the requests `--debug` must show (`accounts` and
    // `accounts:current` send none; after logout there is no token to send).
    let logout = [
        "DELETE /oauth/sessions/~",
        "GET /oauth/authorizations",
        "GET /oauth/authorizations/~",
    ];
    let commands: [(&[&str], i32, &[&str]); 13] = [
        (&["whoami", "--debug"], 0, &["GET /account"]),
        (&["create", "debug-app", "--debug"], 0, &["POST /apps"]),
        (&["apps", "--debug"], 0, &["GET /apps"]),
        (&["apps", "--debug", "--json"], 0, &["GET /apps"]),
        (
            &["info", "-a", "debug-app", "--debug"],
            0,
            &[
                "GET /apps/debug-app",
                "GET /apps/debug-app/addons",
                "GET /apps/debug-app/pipeline-couplings",
            ],
        ),
        (&["keys:add", "--debug"], 0, &["POST /account/keys"]),
        (&["keys", "--debug"], 0, &["GET /account/keys"]),
        (&["keys", "--debug", "--json"], 0, &["GET /account/keys"]),
        (&["accounts", "--debug", "--json"], 0, &[]),
        (&["accounts:current", "--debug"], 0, &[]),
        (
            &[
                "apps:destroy",
                "-a",
                "debug-app",
                "--confirm",
                "debug-app",
                "--debug",
                "--dry-run",
            ],
            0,
            &["GET /apps/debug-app"],
        ),
        (&["logout", "--debug"], 0, &logout),
        (&["whoami", "--debug"], 3, &[]),
    ];
    for (args, code, requests) in commands {
        outputs.push((args, code, requests, sb.run_with_stdin(args, "")));
    }
    assert!(outputs[0].3.1.contains("Logged in as owner@belt.local"));
    assert!(outputs[7].3.1.contains("ssh-ed25519"), "{}", outputs[7].3.1);
    assert!(
        outputs[13]
            .3
            .2
            .contains("not logged in to account \"work\"")
    );
    for (args, expected_code, requests, (code, stdout, stderr)) in &outputs {
        assert_eq!(code, expected_code, "{args:?}: {stderr}");
        let mut shown: Vec<String> = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("--> "))
            .map(|l| l.replacen(&server.url, "", 1))
            .collect();
        shown.sort();
        let mut wanted: Vec<String> = requests.iter().map(|r| r.to_string()).collect();
        wanted.sort();
        assert_eq!(shown, wanted, "{args:?}: {stderr}");
        // Every request is shown with its token, masked; every response is shown too.
        let masked = stderr
            .matches("\n    Authorization: Bearer [REDACTED]")
            .count();
        assert_eq!(masked, requests.len(), "{args:?}: {stderr}");
        assert_eq!(stderr.matches("<-- ").count(), requests.len(), "{stderr}");
        assert!(
            !stdout.contains(&token) && !stderr.contains(&token),
            "token leaked:\n{stdout}\n{stderr}"
        );
    }
}

/// A user who logs in with a password, on the server's platform.
fn password_user(server: &Server, second_factor: Option<&str>) {
    server
        .platform()
        .create_user_with_password(EMAIL, PASSWORD, second_factor)
        .unwrap();
}

/// A stand-in for a Heroku host (`tests/it/harness/standin.rs`, over TLS with its own CA): every request
/// answered with the JSON `script` gives.
fn scripted(
    sb: &Sandbox,
    script: impl Fn(&standin::Request) -> (u16, Value) + Send + Sync + 'static,
) -> StandIn {
    let script = std::sync::Arc::new(script);
    StandIn::start(&sb.path("stand-in"), move |request, mut conn| {
        let (status, body) = script(&request);
        Box::pin(async move { standin::json(&mut conn, &format!("{status} Stand-in"), body).await })
    })
}

/// `METHOD /path`
fn line(request: &standin::Request) -> String {
    format!("{} {}", request.method, request.path)
}

fn lines(stand_in: &StandIn) -> Vec<String> {
    stand_in.requests_to("/").iter().map(line).collect()
}

/// One file trusting both CAs, for `SSL_CERT_FILE`.
fn both_cas(sb: &Sandbox, one: &Path, two: &Path) -> PathBuf {
    let path = sb.path("both-cas.pem");
    let text = std::fs::read_to_string(one).unwrap() + &std::fs::read_to_string(two).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn script(sb: &Sandbox, name: &str, body: &str) -> PathBuf {
    let path = sb.path(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path
}

fn on_terminal(sb: &Sandbox, server: &Server, answers: Value) -> (i32, String) {
    sb.login_on_terminal(&server.url, &server.ca, &answers)
}

#[test]
fn interactive_login_on_a_terminal() {
    let sb = Sandbox::new();
    let server = sb.serve();
    password_user(&server, Some(CODE));

    // A wrong password exits 3 with a clear message, and saves nothing.
    let (code, text) = on_terminal(
        &sb,
        &server,
        json!([["Email", EMAIL], ["Password", "wrong"]]),
    );
    assert_eq!(code, 3, "{text}");
    assert!(text.contains("Invalid credentials"), "{text}");
    assert!(
        !text.contains("wrong"),
        "the password is not echoed: {text}"
    );

    // Email, password, then the second factor the backend asks for.
    let (code, text) = on_terminal(&sb, &server, email_password_code());
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(&format!("Logged in as {EMAIL}")), "{text}");
    assert!(!text.contains(PASSWORD), "{text}");
    assert_eq!(sb.ok(&["whoami", "--account", "tty"]).trim(), EMAIL);

    // An API key typed at the prompt works too.
    sb.ok(&["accounts:remove", "tty"]);
    let (code, text) = on_terminal(
        &sb,
        &server,
        json!([["Email", ""], ["API key", server.token]]),
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Logged in as owner@belt.local"), "{text}");
}

/// An API key of the server's platform, checked by `GET /account` (the email, or the status).
fn account_of(server: &Server, token: &str) -> Result<String, u16> {
    let http = crate::harness::http_client_trusting(&server.ca);
    crate::harness::runtime().block_on(async {
        let response = http
            .get(format!("{}/account", server.url))
            .header("Accept", "application/vnd.heroku+json; version=3")
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        match response.status().as_u16() {
            200 => Ok(response.json::<Value>().await.unwrap()["email"]
                .as_str()
                .unwrap()
                .to_string()),
            status => Err(status),
        }
    })
}

/// Item 3: logout revokes belt's own authorization by id and keeps the default API key: on
/// `belt serve`, and against a stand-in for Heroku, which sees exactly the official CLI's
/// requests and never `DELETE /oauth/authorizations/~`.
#[test]
fn logout_revokes_its_authorization_never_the_default_key() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let default_key = server
        .platform()
        .create_user_with_password(EMAIL, PASSWORD, None)
        .unwrap();
    let (code, text) = on_terminal(
        &sb,
        &server,
        json!([["Email", EMAIL], ["Password", PASSWORD]]),
    );
    assert_eq!(code, 0, "{text}");
    let login_key = sb
        .ok(&["auth:token", "--account", "tty"])
        .trim()
        .to_string();
    assert_ne!(login_key, default_key);
    let (_, _, default) = server.call_as(&default_key, "GET", "/oauth/authorizations/~", &[], None);
    let listed = default["access_token"]["token"].as_str().unwrap();
    assert!(
        listed.contains("**********") && default_key.starts_with(&listed[..6]),
        "{default}"
    );
    assert!(
        sb.ok(&["logout", "--account", "tty"])
            .contains("Logged out of tty")
    );
    assert_eq!(
        account_of(&server, &login_key),
        Err(401),
        "belt's authorization is revoked"
    );
    assert_eq!(account_of(&server, &default_key), Ok(EMAIL.to_string()));
    let (_, _, left) = server.call_as(&default_key, "GET", "/oauth/authorizations", &[], None);
    assert_eq!(left.as_array().unwrap().len(), 1, "{left}");

    let heroku = scripted(&sb, |request| {
        let body = match line(request).as_str() {
            "GET /account" => {
                json!({"email": "me@example.com", "id": "01234567-89ab-cdef-0123-456789abcdef"})
            }
            "GET /oauth/authorizations" => json!([
                {"id": "other", "access_token": {"token": "zzzzzz**********zzzz"}},
                {"id": "mine", "access_token": {"token": "belt-t**********oken"}},
            ]),
            "GET /oauth/authorizations/~" => {
                json!({"id": "default", "access_token": {"token": "HRKU-d**********ault"}})
            }
            "DELETE /oauth/sessions/~" => {
                return (
                    404,
                    json!({"id": "not_found", "resource": "session", "message": "no session"}),
                );
            }
            _ => json!({}),
        };
        (200, body)
    });
    let (code, out, err) = sb.run_with_stdin(
        &[
            "accounts:add",
            "stand",
            "--api-url",
            &heroku.url,
            "--ca-cert",
            &heroku.ca.to_string_lossy(),
            "--with-token",
        ],
        "belt-test-token",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        sb.ok(&["logout", "--account", "stand"])
            .contains("Logged out of stand")
    );
    assert_eq!(
        lines(&heroku),
        [
            "GET /account",
            "GET /oauth/authorizations",
            "DELETE /oauth/sessions/~",
            "GET /oauth/authorizations",
            "GET /oauth/authorizations/~",
            "DELETE /oauth/authorizations/mine",
        ]
    );
}
