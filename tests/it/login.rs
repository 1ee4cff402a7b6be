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
        &["GET /account"][..],
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
            &["GET /apps/debug-app", "GET /apps/debug-app/addons"],
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

/// `belt accounts:add web --browser` with BROWSER set to `browser`.
fn browser_login(sb: &Sandbox, server: &Server, browser: &Path) -> std::process::Child {
    let ca = server.ca.to_string_lossy().into_owned();
    let mut cmd = sb.std_command(crate::harness::belt_program());
    cmd.args([
        "accounts:add",
        "web",
        "--browser",
        "--api-url",
        &server.url,
        "--ca-cert",
        &ca,
    ])
    .env("BROWSER", browser)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    cmd.spawn().expect("spawn belt")
}

#[test]
fn browser_login_approved_and_denied_by_a_browser_script() {
    let sb = Sandbox::new();
    let server = sb.serve();
    password_user(&server, None);
    let ca = server.ca.display();
    let approve = script(
        &sb,
        "approve.sh",
        &format!(
            "curl -sf --cacert '{ca}' --data-urlencode 'email={EMAIL}' --data-urlencode 'password={PASSWORD}' \"$1/approve\" > /dev/null"
        ),
    );
    let output = browser_login(&sb, &server, &approve)
        .wait_with_output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!("Logged in as {EMAIL}")),
        "{stdout}"
    );
    assert!(
        stderr.contains(&format!("{}/auth/cli/browser/", server.url)),
        "the URL is printed, on the login host (the backend itself): {stderr}"
    );
    assert_eq!(sb.ok(&["whoami", "--account", "web"]).trim(), EMAIL);

    sb.ok(&["accounts:remove", "web"]);
    let deny = script(
        &sb,
        "deny.sh",
        &format!("curl -sf --cacert '{ca}' -X POST \"$1/deny\" > /dev/null"),
    );
    let output = browser_login(&sb, &server, &deny)
        .wait_with_output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&output.stderr).contains("denied"));
    // Nothing was saved for a denied login.
    let (code, _, _) = sb.fails(&["whoami", "--account", "web"]);
    assert_eq!(code, 4);
}

/// A WebDriver session on a headless Chromium, driven over chromedriver's HTTP API.
struct Chromium {
    driver: std::process::Child,
    base: String,
    session: String,
    runtime: tokio::runtime::Runtime,
    http: reqwest::Client,
}

impl Chromium {
    fn start(profile: &Path) -> Option<Chromium> {
        let installed = ["chromium", "chromedriver"].iter().all(|tool| {
            env::command("sh")
                .args(["-c", &format!("command -v {tool}")])
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        });
        if !installed {
            assert!(
                std::env::var("BELT_SKIP_BROWSER_TESTS").is_ok_and(|v| v == "1"),
                "chromium and chromedriver are needed (scripts/install-test-deps installs them); \
                 set BELT_SKIP_BROWSER_TESTS=1 to skip this test"
            );
            eprintln!("SKIPPED: chromium or chromedriver missing and BELT_SKIP_BROWSER_TESTS=1");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = env::command("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let mut chromium = Chromium {
            driver,
            base: format!("http://127.0.0.1:{port}"),
            session: String::new(),
            runtime,
            http,
        };
        // chromedriver takes a moment to listen.
        for _ in 0..200 {
            if chromium.call("GET", "/status", None).is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "acceptInsecureCerts": true,
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--ignore-certificate-errors",
                    format!("--user-data-dir={}", profile.display())],
            },
        }}});
        let session = chromium
            .call("POST", "/session", Some(capabilities))
            .expect("create a WebDriver session");
        chromium.session = session["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {session}"))
            .to_string();
        Some(chromium)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Option<Value> {
        let url = format!("{}{path}", self.base);
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        self.runtime.block_on(async {
            let mut request = self.http.request(method, url);
            if let Some(body) = body {
                request = request.json(&body);
            }
            let response = request.send().await.ok()?;
            response.json::<Value>().await.ok()
        })
    }

    fn session_call(&self, method: &str, path: &str, body: Value) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let answer = self
            .call(method, &path, Some(body))
            .expect("webdriver answer");
        assert!(answer["value"]["error"].is_null(), "{path}: {answer}");
        answer
    }

    fn goto(&self, url: &str) {
        self.session_call("POST", "/url", json!({"url": url}));
    }

    fn element(&self, css: &str) -> String {
        let found = self.session_call(
            "POST",
            "/element",
            json!({"using": "css selector", "value": css}),
        );
        found["value"]
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("element id")
            .to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.session_call(
            "POST",
            &format!("/element/{id}/value"),
            json!({"text": text}),
        );
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        self.session_call("POST", &format!("/element/{id}/click"), json!({}));
    }

    fn page_text(&self) -> String {
        let answer = self.session_call(
            "POST",
            "/execute/sync",
            json!({"script": "return document.body.innerText", "args": []}),
        );
        answer["value"].as_str().unwrap_or_default().to_string()
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let path = format!("/session/{}", self.session);
        let _ = self.call("DELETE", &path, None);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Waits for the URL the BROWSER script wrote (belt hands it over as soon as it has it).
fn url_from(file: &Path, belt: &mut std::process::Child) -> String {
    loop {
        if let Ok(url) = std::fs::read_to_string(file)
            && url.ends_with('\n')
        {
            return url.trim().to_string();
        }
        if let Ok(Some(status)) = belt.try_wait() {
            panic!("belt exited before opening the browser: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn finish(belt: std::process::Child) -> (Output, String, String) {
    let output = belt.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

#[test]
fn browser_login_in_headless_chromium() {
    let sb = Sandbox::new();
    let Some(chromium) = Chromium::start(&sb.path("chromium-profile")) else {
        return;
    };
    let server = sb.serve();
    password_user(&server, None);
    let url_file = sb.path("opened-url");
    let browser = script(
        &sb,
        "browser.sh",
        &format!(
            "echo \"$1\" > '{}.tmp' && mv '{0}.tmp' '{0}'",
            url_file.display()
        ),
    );

    // Approve: the page names the machine, takes the password, and belt logs in.
    let mut belt = browser_login(&sb, &server, &browser);
    let url = url_from(&url_file, &mut belt);
    assert!(url.starts_with(&server.url), "{url}");
    chromium.goto(&url);
    let page = chromium.page_text();
    assert!(
        page.contains("asks to log in") && page.contains("belt login from"),
        "{page}"
    );
    chromium.type_into("#email", EMAIL);
    chromium.type_into("#password", PASSWORD);
    chromium.click("#approve");
    let (output, stdout, stderr) = finish(belt);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains(&format!("Logged in as {EMAIL}")),
        "{stdout}"
    );
    assert!(chromium.page_text().contains("Login approved"));

    // Deny: belt exits 3.
    sb.ok(&["accounts:remove", "web"]);
    std::fs::remove_file(&url_file).unwrap();
    let mut belt = browser_login(&sb, &server, &browser);
    let url = url_from(&url_file, &mut belt);
    chromium.goto(&url);
    chromium.click("#deny");
    let (output, stdout, stderr) = finish(belt);
    assert_eq!(output.status.code(), Some(3), "{stdout}{stderr}");
    assert!(stderr.contains("denied"), "{stderr}");
    assert!(chromium.page_text().contains("Login denied"));
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

/// Item 1: the `heroku` account's browser login goes to `HEROKU_LOGIN_HOST` (here a stand-in
/// for cli-auth.heroku.com): `POST /auth` with the description, the page opened on that host,
/// ONE long-polling `GET {cli_url}` with the login's bearer token (asked again after a 503),
/// then `GET /account` on the API (`HEROKU_HOST`, a belt serve) for the email.
#[test]
fn browser_login_goes_to_the_login_host_and_long_polls_once() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let owner_token = server.token.clone();
    let polls = std::sync::atomic::AtomicUsize::new(0);
    let login_host = scripted(&sb, move |request| match line(request).as_str() {
        "POST /auth" => (
            201,
            json!({"browser_url": "/auth/cli/browser/abc?requestor=x", "cli_url": "/auth/cli/abc",
                   "token": "poll-secret"}),
        ),
        "GET /auth/cli/abc" if polls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 => {
            (503, json!({"id": "unavailable", "message": "busy"}))
        }
        "GET /auth/cli/abc" => (200, json!({"access_token": owner_token})),
        _ => (404, json!({"id": "not_found", "message": "no"})),
    });
    let opened = sb.path("opened-url");
    let browser = script(
        &sb,
        "browser.sh",
        &format!("echo \"$1\" > '{}'", opened.display()),
    );
    let output = sb
        .belt()
        .args(["login", "--browser", "--account", "heroku"])
        .env("HEROKU_HOST", &server.url)
        .env("HEROKU_LOGIN_HOST", &login_host.url)
        .env("SSL_CERT_FILE", both_cas(&sb, &server.ca, &login_host.ca))
        .env("BROWSER", &browser)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("Logged in as owner@belt.local"), "{stdout}");
    let page = format!("{}/auth/cli/browser/abc?requestor=x", login_host.url);
    assert_eq!(std::fs::read_to_string(&opened).unwrap().trim(), page);
    let requests = login_host.requests_to("/");
    assert_eq!(
        lines(&login_host),
        ["POST /auth", "GET /auth/cli/abc", "GET /auth/cli/abc"],
        "one long poll, asked again after the 503"
    );
    let start: Value = requests[0].json();
    assert!(
        start["description"]
            .as_str()
            .unwrap()
            .starts_with("belt login from "),
        "{start}"
    );
    assert_eq!(requests[0].header("authorization"), None);
    assert_eq!(
        requests[2].header("authorization"),
        Some("Bearer poll-secret")
    );
    let whoami = sb
        .belt()
        .args(["whoami", "--account", "heroku"])
        .env("HEROKU_HOST", &server.url)
        .env("SSL_CERT_FILE", &server.ca)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&whoami.stdout).trim(),
        "owner@belt.local"
    );

    // Without HEROKU_LOGIN_HOST the login host of a backend that is not Heroku is itself.
    let stderr = String::from_utf8_lossy(
        &sb.belt()
            .args(["login", "--browser", "--account", "heroku"])
            .env("HEROKU_HOST", &server.url)
            .env("SSL_CERT_FILE", &server.ca)
            .env(
                "BROWSER",
                script(
                    &sb,
                    "deny.sh",
                    &format!(
                        "curl -sf --cacert '{}' -X POST \"$1/deny\" > /dev/null",
                        server.ca.display()
                    ),
                ),
            )
            .output()
            .unwrap()
            .stderr,
    )
    .into_owned();
    assert!(
        stderr.contains(&format!("{}/auth/cli/browser/", server.url)) && stderr.contains("denied"),
        "{stderr}"
    );
}

/// Item 1, platform side: `belt serve` is a login host as cli-auth is, over plain HTTP calls:
/// `POST /auth`, its page and form, and the held `GET {cli_url}` that answers once approved.
#[test]
fn belt_serve_speaks_the_cli_auth_protocol() {
    let sb = Sandbox::new();
    let server = sb.serve();
    password_user(&server, None);
    let http = crate::harness::http_client_trusting(&server.ca);
    let rt = crate::harness::runtime();
    let start: Value = rt.block_on(async {
        http.post(format!("{}/auth", server.url))
            .json(&json!({"description": "Heroku CLI login from box"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    let (browser_url, cli_url, token) = (
        start["browser_url"].as_str().unwrap().to_string(),
        start["cli_url"].as_str().unwrap().to_string(),
        start["token"].as_str().unwrap().to_string(),
    );
    assert!(browser_url.starts_with("/auth/cli/browser/"), "{start}");
    // The poll waits while nobody answered.
    let poll = {
        let (http, url, token) = (
            http.clone(),
            format!("{}{cli_url}", server.url),
            token.clone(),
        );
        rt.spawn(async move {
            let response = http.get(url).bearer_auth(token).send().await.unwrap();
            (
                response.status().as_u16(),
                response.json::<Value>().await.unwrap(),
            )
        })
    };
    let page = rt.block_on(async {
        http.get(format!("{}{browser_url}", server.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    assert!(page.contains("Heroku CLI login from box"), "{page}");
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        !poll.is_finished(),
        "the poll is held until the login is answered"
    );
    // A wrong bearer token gets nothing.
    let wrong = rt.block_on(async {
        http.get(format!("{}{cli_url}", server.url))
            .bearer_auth("not-it")
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(wrong, 404);
    rt.block_on(async {
        http.post(format!("{}{browser_url}/approve", server.url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("email=dev%40example.com&password=correct+horse")
            .send()
            .await
            .unwrap()
    });
    let (status, answer) = rt.block_on(poll).unwrap();
    assert_eq!(status, 200, "{answer}");
    let access_token = answer["access_token"].as_str().unwrap();
    assert_eq!(account_of(&server, access_token), Ok(EMAIL.to_string()));
    // The login is an authorization of the account, with its description.
    let (_, _, listed) = server.call_as(access_token, "GET", "/oauth/authorizations", &[], None);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["description"] == "Heroku CLI login from box"),
        "{listed}"
    );
}

/// Item 2, platform side: a second factor is asked for with 403 `two_factor` and
/// `Heroku-Two-Factor-Required: true`, as Heroku does; the authorization lasts what the
/// password login asked (thirty days); pre-authorizations check the code.
#[test]
fn password_login_second_factor_and_pre_authorizations_on_belt_serve() {
    let sb = Sandbox::new();
    let server = sb.serve();
    password_user(&server, Some(CODE));
    let http = crate::harness::http_client_trusting(&server.ca);
    let rt = crate::harness::runtime();
    let create = |code: Option<&str>| {
        rt.block_on(async {
            let mut request = http
                .post(format!("{}/oauth/authorizations", server.url))
                .basic_auth(EMAIL, Some(PASSWORD))
                .json(&json!({"description": "d", "expires_in": 2592000, "scope": ["global"]}));
            if let Some(code) = code {
                request = request.header("Heroku-Two-Factor-Code", code);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let required = response
                .headers()
                .get("heroku-two-factor-required")
                .map(|v| v.to_str().unwrap().to_string());
            (status, required, response.json::<Value>().await.unwrap())
        })
    };
    let (status, required, body) = create(None);
    assert_eq!((status, required.as_deref()), (403, Some("true")), "{body}");
    assert_eq!(body["id"], "two_factor");
    let (status, _, body) = create(Some("000000"));
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["id"], "invalid_two_factor_code");
    let (status, _, body) = create(Some(CODE));
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["access_token"]["expires_in"], 2592000);
    // An authorization lasts what it asked for: two seconds here.
    let short: Value = rt.block_on(async {
        http.post(format!("{}/oauth/authorizations", server.url))
            .basic_auth(EMAIL, Some(PASSWORD))
            .header("Heroku-Two-Factor-Code", CODE)
            .json(&json!({"expires_in": 2, "scope": ["global"]}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    let short = short["access_token"]["token"].as_str().unwrap();
    assert_eq!(account_of(&server, short), Ok(EMAIL.to_string()));
    std::thread::sleep(Duration::from_millis(3100));
    assert_eq!(account_of(&server, short), Err(401));

    // Through belt on a terminal: the code is asked for, and the authorization is the
    // official CLI's: described, thirty days.
    let (code, text) = on_terminal(&sb, &server, email_password_code());
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains(CODE), "the code is not echoed: {text}");
    let token = sb
        .ok(&["auth:token", "--account", "tty"])
        .trim()
        .to_string();
    let (_, _, listed) = server.call_as(&token, "GET", "/oauth/authorizations", &[], None);
    let mine = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["description"]
                .as_str()
                .unwrap()
                .starts_with("belt login from ")
        })
        .unwrap_or_else(|| panic!("{listed}"))
        .clone();
    let expires = mine["access_token"]["expires_in"].as_i64().unwrap();
    assert!((2_591_000..=2_592_000).contains(&expires), "{mine}");

    // PUT /apps/{app}/pre-authorizations checks the code.
    sb.belt()
        .args(["create", "preauth-app", "--no-remote", "--account", "tty"])
        .assert()
        .success();
    let path = "/apps/preauth-app/pre-authorizations";
    let (status, headers, body) = server.call_as(&token, "PUT", path, &[], None);
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["id"], "two_factor");
    assert_eq!(headers["heroku-two-factor-required"], "true");
    let (status, _, _) = server.call_as(
        &token,
        "PUT",
        path,
        &[("Heroku-Two-Factor-Code", "1")],
        None,
    );
    assert_eq!(status, 403);
    let (status, _, body) = server.call_as(
        &token,
        "PUT",
        path,
        &[("Heroku-Two-Factor-Code", CODE)],
        None,
    );
    assert_eq!(status, 200, "{body}");
    let (status, _, _) = server.call_as(&token, "PUT", "/apps/nope/pre-authorizations", &[], None);
    assert_eq!(status, 404);
}

/// Item 2, client side, against a stand-in for Heroku: `two_factor` at a status other than
/// 403 still asks for the code; `device_trust_required` gets the official advice; any request
/// on a terminal answered `two_factor` is repeated with the code, after
/// `PUT /apps/{app}/pre-authorizations` when the error names an app.
#[test]
fn second_factor_at_any_status_and_on_any_request() {
    let sb = Sandbox::new();
    // The third password login meets an account that needs device trust.
    let posts = std::sync::atomic::AtomicUsize::new(0);
    let heroku = scripted(&sb, move |request| {
        let code = request.header("heroku-two-factor-code");
        let error = |status, id: &str, extra: Value| {
            let mut body = json!({"id": id, "message": format!("{id} says the stand-in")});
            body.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            (status, body)
        };
        let account =
            json!({"email": "two@example.com", "id": "01234567-89ab-cdef-0123-456789abcdef"});
        match (line(request).as_str(), code) {
            ("POST /oauth/authorizations", _)
                if posts.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2 =>
            {
                error(401, "device_trust_required", json!({}))
            }
            ("POST /oauth/authorizations", None) => error(401, "two_factor", json!({})),
            ("POST /oauth/authorizations", Some("777777")) => (
                201,
                json!({"id": "a1", "access_token": {"token": "tok-1234567890"},
                       "user": account}),
            ),
            ("GET /account", _) => (200, account.clone()),
            ("GET /apps", None) => error(403, "two_factor", json!({})),
            ("GET /apps", Some("555555")) => (200, json!([])),
            ("PUT /apps/guarded/pre-authorizations", Some("666666")) => (200, json!({})),
            ("GET /apps/guarded", _) if request.header("heroku-two-factor-code").is_none() => {
                // Always refused, so belt must stop after one round.
                (
                    403,
                    json!({"id": "two_factor", "message": "2fa",
                    "app": {"id": "01234567-89ab-cdef-0123-456789abcdef", "name": "guarded"}}),
                )
            }
            _ => error(404, "not_found", json!({})),
        }
    });
    let url = heroku.url.clone();
    let ca = heroku.ca.to_string_lossy().into_owned();
    let add = |answers: Value| {
        sb.belt_on_terminal(
            [
                "accounts:add",
                "two",
                "-i",
                "--api-url",
                &url,
                "--ca-cert",
                &ca,
            ],
            &answers,
        )
    };
    let (code, text) = add(json!([
        ["Email", "two@example.com"],
        ["Password", "pw"],
        ["Two-factor code", "777777"]
    ]));
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Logged in as two@example.com"), "{text}");
    let posts: Vec<_> = heroku
        .requests_to("/")
        .into_iter()
        .filter(|r| line(r) == "POST /oauth/authorizations")
        .collect();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1].header("heroku-two-factor-code"), Some("777777"));
    assert!(
        posts[0]
            .header("authorization")
            .unwrap()
            .starts_with("Basic ")
    );
    let body: Value = posts[0].json();
    assert_eq!(body["expires_in"], 2592000);
    assert_eq!(body["scope"], json!(["global"]));
    assert!(
        body["description"]
            .as_str()
            .unwrap()
            .starts_with("belt login from ")
    );

    let (code, text) = sb.belt_on_terminal(
        ["login", "-i", "--account", "two"],
        &json!([["Email", "two@example.com"], ["Password", "pw"]]),
    );
    assert_eq!(code, 3, "{text}");
    assert!(text.contains("Please use belt login."), "{text}");

    // Any request: without an app, repeated with the code.
    let (code, text) = sb.belt_on_terminal(
        ["apps", "--account", "two"],
        &json!([["Two-factor code", "555555"]]),
    );
    assert_eq!(code, 0, "{text}");
    let apps: Vec<_> = heroku
        .requests_to("/")
        .into_iter()
        .filter(|r| line(r) == "GET /apps")
        .collect();
    assert_eq!(
        apps.last().unwrap().header("heroku-two-factor-code"),
        Some("555555")
    );
    // With an app: pre-authorized, then repeated as it was. The stand-in keeps refusing it,
    // so belt gives up after one round instead of asking forever.
    let before = lines(&heroku).len();
    let (code, text) = sb.belt_on_terminal(
        ["maintenance", "-a", "guarded", "--account", "two"],
        &json!([["Two-factor code", "666666"]]),
    );
    assert_ne!(code, 0, "{text}");
    assert_eq!(
        lines(&heroku)[before..],
        [
            "GET /apps/guarded",
            "PUT /apps/guarded/pre-authorizations",
            "GET /apps/guarded"
        ],
        "{text}"
    );
    // Not on a terminal the error stands, and nothing is asked.
    let (code, _, stderr) = sb.fails(&["apps", "--account", "two"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("two_factor says"), "{stderr}");
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
            "DELETE /oauth/sessions/~",
            "GET /oauth/authorizations",
            "GET /oauth/authorizations/~",
            "DELETE /oauth/authorizations/mine",
        ]
    );
}
