//! The official CLI logs in and out of `belt serve` (browser and password with a second factor), and belt logs in the same ways.

use super::*;

const CLI_EMAIL: &str = "cli-user@example.com";

const CLI_PASSWORD: &str = "a long password";

const CLI_CODE: &str = "135790";

impl OfficialCli {
    /// `heroku ARGS` logged in by its own store (netrc), not `HEROKU_API_KEY`, with the
    /// server as its login host.
    fn logged_in_command(&self, args: &[&str]) -> StdCommand {
        let mut cmd = self.command(args);
        cmd.env_remove("HEROKU_API_KEY")
            .env("HEROKU_LOGIN_HOST", &self.server.url)
            .env("HEROKU_NETRC_WRITE", "true")
            // The browser it opens is a no-op: the test approves the page itself.
            .env("BROWSER", "true");
        cmd
    }

    /// Runs `cli` (`heroku ARGS`, or belt) on a terminal, typing each answer (`[[prompt,
    /// answer], ...]`) once its prompt shows, ended with a carriage return as a terminal's
    /// Enter does; calls `on_output` with everything written so far (the login URL while it
    /// waits) until it returns true; then waits for the end: (exit code, all output).
    fn on_login_terminal(
        &self,
        cli: StdCommand,
        answers: &serde_json::Value,
        mut on_output: impl FnMut(&str) -> bool,
    ) -> (i32, String) {
        let mut child = self
            .on_pty(&cli, &pty::answering(answers, "\r"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 runs the pty driver");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut seen = String::new();
        let mut done = false;
        let mut buf = [0u8; 4096];
        loop {
            let n = std::io::Read::read(&mut stdout, &mut buf).unwrap_or(0);
            if n == 0 {
                break;
            }
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            if !done {
                done = on_output(&seen);
            }
        }
        let mut report = String::new();
        let _ =
            std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut report);
        child.wait().expect("wait for the driver");
        let ran = pty::ran(seen, &report);
        (ran.status, ran.output)
    }

    /// Approves the browser login whose page is the first `.../auth/cli/browser/ID` in `text`,
    /// as a person would: the page's form, posted with the user's email, password and code.
    fn approve_page_in(&self, text: &str) -> bool {
        let Some(start) = text.find(&format!("{}/auth/cli/browser/", self.server.url)) else {
            return false;
        };
        let url: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || ":/.-_?=&".contains(*c))
            .collect();
        let http = crate::harness::http_client_trusting(&self.server.ca);
        let page = crate::harness::runtime().block_on(async {
            let page = http
                .get(&url)
                .send()
                .await
                .expect("the page")
                .text()
                .await
                .unwrap();
            let form = format!(
                "email={}&password={}&code={CLI_CODE}",
                CLI_EMAIL.replace('@', "%40"),
                CLI_PASSWORD.replace(' ', "+")
            );
            let answer = http
                .post(format!("{url}/approve"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(form)
                .send()
                .await
                .expect("approve")
                .text()
                .await
                .unwrap();
            format!("{page}\n{answer}")
        });
        assert!(page.contains("asks to log in"), "{page}");
        assert!(page.contains("Login approved"), "{page}");
        true
    }

    /// The API key the official CLI keeps in its netrc for the server's host.
    fn netrc_token(&self) -> Option<String> {
        let host = self.server.url.trim_start_matches("https://");
        let netrc = std::fs::read_to_string(self.sb.path("home/.netrc")).unwrap_or_default();
        let entry = netrc
            .split("machine ")
            .find(|m| m.starts_with(&format!("{host}\n")))?;
        let mut words = entry.split_whitespace();
        words.position(|w| w == "password")?;
        words.next().map(str::to_string)
    }

    /// Whether `token` still opens the account.
    fn token_works(&self, token: &str) -> bool {
        let http = crate::harness::http_client_trusting(&self.server.ca);
        crate::harness::runtime().block_on(async {
            http.get(format!("{}/account", self.server.url))
                .header("Accept", "application/vnd.heroku+json; version=3")
                .bearer_auth(token)
                .send()
                .await
                .expect("GET /account")
                .status()
                .is_success()
        })
    }

    /// `heroku auth:whoami` then `heroku logout`: the login's key is revoked, the netrc entry gone.
    fn whoami_then_logout(&self, token: &str) {
        let whoami = self
            .logged_in_command(&["auth:whoami"])
            .output()
            .expect("whoami");
        assert_eq!(String::from_utf8_lossy(&whoami.stdout).trim(), CLI_EMAIL);
        let logout = self
            .logged_in_command(&["logout"])
            .output()
            .expect("logout");
        assert!(
            logout.status.success(),
            "{}",
            String::from_utf8_lossy(&logout.stderr)
        );
        assert!(
            !self.token_works(token),
            "heroku logout revoked its authorization"
        );
        assert_eq!(self.netrc_token(), None);
    }
}

/// The official CLI logs in to `belt serve` both ways, with a second factor, and out; then
/// belt's client does the same against the same server. The server is its login host
/// (`HEROKU_LOGIN_HOST`), as cli-auth.heroku.com is Heroku's.
#[test]
fn the_official_heroku_cli_logs_in_and_out_of_belt_serve() {
    let cli = OfficialCli::new();
    let (sb, server) = (&cli.sb, &cli.server);
    let default_key = server
        .platform()
        .create_user_with_password(CLI_EMAIL, CLI_PASSWORD, Some(CLI_CODE))
        .expect("a user with a second factor");

    // Browser: any key opens the page, which the test approves; the CLI's long poll ends.
    let (code, text) = cli.on_login_terminal(
        cli.logged_in_command(&["login"]),
        &serde_json::json!([["Press any key", "x"]]),
        |seen| cli.approve_page_in(seen),
    );
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&format!("Logged in as {CLI_EMAIL}")),
        "{text}"
    );
    let token = cli.netrc_token().expect("the CLI stored its login");
    assert_ne!(token, default_key);
    cli.whoami_then_logout(&token);
    assert!(cli.token_works(&default_key), "the default API key stays");

    // Email, password, and the second factor Heroku's 403 asks for.
    let typed = serde_json::json!([
        ["Email", CLI_EMAIL],
        ["Password", CLI_PASSWORD],
        ["Two-factor code", CLI_CODE]
    ]);
    let (code, text) =
        cli.on_login_terminal(cli.logged_in_command(&["login", "-i"]), &typed, |_| true);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&format!("Logged in as {CLI_EMAIL}")),
        "{text}"
    );
    let token = cli.netrc_token().expect("the CLI stored its login");
    cli.whoami_then_logout(&token);

    // belt, on the same server as the `heroku` account (HEROKU_HOST): the same two logins.
    let belt_program = crate::harness::belt_program();
    let belt = |args: &[&str]| {
        let mut cmd = sb.std_command(belt_program);
        cmd.args(args)
            .env("HEROKU_HOST", &server.url)
            .env("SSL_CERT_FILE", &server.ca)
            .env("BROWSER", "true");
        cmd
    };
    let (code, text) = cli.on_login_terminal(
        belt(&["login", "--account", "heroku"]),
        &serde_json::json!([]),
        |seen| cli.approve_page_in(seen),
    );
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&format!("Logged in as {CLI_EMAIL}")),
        "{text}"
    );
    let (code, text) = cli.on_login_terminal(
        belt(&["login", "-i", "--account", "heroku"]),
        &typed,
        |_| true,
    );
    assert_eq!(code, 0, "{text}");
    let token = String::from_utf8(
        belt(&["auth:token", "--account", "heroku"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_string();
    let whoami = belt(&["whoami", "--account", "heroku"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&whoami.stdout).trim(), CLI_EMAIL);
    let logout = belt(&["logout", "--account", "heroku"]).output().unwrap();
    assert!(String::from_utf8_lossy(&logout.stdout).contains("Logged out of heroku"));
    assert!(
        !cli.token_works(&token),
        "belt logout revoked its authorization"
    );
    assert!(cli.token_works(&default_key), "the default API key stays");
}

/// A second user, added with `belt local:users:add --password-stdin`, logs in to `belt serve`
/// with the official CLI's `login -i`, and `auth:whoami` names that user, not the owner.
#[test]
fn the_official_cli_logs_in_as_a_user_that_local_users_added() {
    const EMAIL: &str = "second@example.com";
    const PASSWORD: &str = "the second password";
    let cli = OfficialCli::new();
    let data_dir = cli.server.data_dir.to_string_lossy().into_owned();
    let args = [
        "local:users:add",
        EMAIL,
        "--data-dir",
        &data_dir,
        "--password-stdin",
    ];
    let (code, stdout, stderr) = cli.sb.run_with_stdin(&args, &format!("{PASSWORD}\n"));
    assert_eq!(code, 0, "{stdout}{stderr}");
    let typed = serde_json::json!([["Email", EMAIL], ["Password", PASSWORD]]);
    let (code, text) =
        cli.on_login_terminal(cli.logged_in_command(&["login", "-i"]), &typed, |_| true);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(&format!("Logged in as {EMAIL}")), "{text}");
    let whoami = cli
        .logged_in_command(&["auth:whoami"])
        .output()
        .expect("whoami");
    assert_eq!(String::from_utf8_lossy(&whoami.stdout).trim(), EMAIL);
}
