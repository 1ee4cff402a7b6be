//! Logging in: `--with-token`, the browser flow (a BROWSER script, and a real headless
//! Chromium), the interactive prompt through a pseudo-terminal; logout, tokens in output.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};
use std::time::Duration;

use common::{Sandbox, Server};
use serde_json::{Value, json};

const EMAIL: &str = "dev@example.com";
const PASSWORD: &str = "correct horse";

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

    // Logout revokes the key on the backend too.
    assert!(sb.ok(&["logout"]).contains("Logged out of work"));
    let (code, _, stderr) = sb.fails(&["whoami"]);
    assert_eq!(code, 3, "{stderr}");
    let (code, _, stderr) = sb.fails(&["whoami", "--account", "x"]);
    assert_eq!(code, 4, "{stderr}");
    let revoked = sb
        .belt()
        .args(["whoami"])
        .env("BELT_API_KEY", &server.token)
        .output()
        .unwrap();
    assert_eq!(revoked.status.code(), Some(3));
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
    let mut outputs = vec![sb.run_with_stdin(
        &[
            "accounts:add",
            "work",
            "--api-url",
            &server.url,
            "--ca-cert",
            &ca,
            "--with-token",
            "--debug",
        ],
        &token,
    )];
    sb.ok(&["accounts:set", "work"]);
    // The one command whose job is to print it.
    assert_eq!(sb.ok(&["auth:token", "--debug"]).trim(), token);
    for args in [
        &["whoami", "--debug"][..],
        &["create", "debug-app", "--debug"],
        &["apps", "--debug"],
        &["apps", "--debug", "--json"],
        &["info", "-a", "debug-app", "--debug"],
        &["keys:add", "--debug"],
        &["keys", "--debug"],
        &["keys", "--debug", "--json"],
        &["accounts", "--debug", "--json"],
        &["accounts:current", "--debug"],
        &[
            "apps:destroy",
            "-a",
            "debug-app",
            "--confirm",
            "debug-app",
            "--debug",
            "--dry-run",
        ],
        &["logout", "--debug"],
        &["whoami", "--debug"],
    ] {
        outputs.push(sb.run_with_stdin(args, ""));
    }
    assert!(outputs[0].1.contains("Logged in as owner@belt.local"));
    assert!(outputs[7].1.contains("ssh-ed25519"), "{}", outputs[7].1);
    for (code, stdout, stderr) in &outputs {
        assert!(*code == 0 || *code == 3, "{code}: {stderr}");
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
    let mut cmd = sb.std_command(assert_cmd::cargo::cargo_bin!("belt"));
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
        stderr.contains("/auth/sessions/"),
        "the URL is printed: {stderr}"
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
            StdCommand::new("sh")
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
        let driver = StdCommand::new("chromedriver")
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
        page.contains("asks to log in") && page.contains("belt/"),
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
    password_user(&server, Some("424242"));

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
    let (code, text) = on_terminal(
        &sb,
        &server,
        json!([
            ["Email", EMAIL],
            ["Password", PASSWORD],
            ["Two-factor code", "424242"]
        ]),
    );
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
