//! Logging in through the browser: Heroku's cli-auth flow approved by a BROWSER script, by a real headless Chromium, and against a stand-in login host.

use super::*;

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
