//! Several accounts on several backends: precedence, isolation of tokens, management,
//! corrupt files, and the git credential helper.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use crate::harness::{Sandbox, Server};

/// Two `belt serve` instances, account `a` (owner of the first) and `b` (owner of the
/// second), each with one app.
fn two_accounts(sb: &Sandbox) -> (Server, Server) {
    let one = sb.serve_in("serve-one");
    let two = sb.serve_in("serve-two");
    sb.add_account("a", &one, &one.token);
    sb.add_account("b", &two, &two.token);
    sb.ok(&["create", "alpha-app", "--account", "a"]);
    sb.ok(&["create", "beta-app", "--account", "b"]);
    (one, two)
}

fn apps_in(sb: &Sandbox, dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = sb.belt_in(dir);
    cmd.args(["apps", "--json"]).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("run belt");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let apps: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let names: Vec<&str> = apps
        .as_array()
        .expect("array")
        .iter()
        .map(|a| a["name"].as_str().expect("name"))
        .collect();
    names.join(",")
}

#[test]
fn apps_follow_set_flag_env_and_directory_in_that_precedence() {
    let sb = Sandbox::new();
    let _servers = two_accounts(&sb);
    let work = sb.work();
    // Nothing chosen: the built-in local account, which has neither app.
    assert_eq!(apps_in(&sb, &work, &[], &[]), "");
    sb.ok(&["accounts:set", "a"]);
    assert_eq!(apps_in(&sb, &work, &[], &[]), "alpha-app");
    assert!(sb.ok(&["apps"]).starts_with("=== owner@belt.local Apps"));

    // A directory bound to b beats the global current account...
    let bound = sb.path("bound");
    std::fs::create_dir_all(&bound).unwrap();
    std::fs::write(bound.join(".belt.toml"), "app = \"beta-app\"\n").unwrap();
    sb.belt_in(&bound)
        .args(["accounts:use", "b"])
        .assert()
        .success();
    let project = std::fs::read_to_string(bound.join(".belt.toml")).unwrap();
    assert!(
        project.contains("app = \"beta-app\"") && project.contains("account = \"b\""),
        "{project}"
    );
    assert_eq!(apps_in(&sb, &bound, &[], &[]), "beta-app");
    // ...BELT_ACCOUNT beats the directory...
    assert_eq!(
        apps_in(&sb, &bound, &[], &[("BELT_ACCOUNT", "a")]),
        "alpha-app"
    );
    assert_eq!(
        apps_in(&sb, &work, &[], &[("BELT_ACCOUNT", "b")]),
        "beta-app"
    );
    // ...and --account beats them all.
    assert_eq!(
        apps_in(&sb, &bound, &["--account", "b"], &[("BELT_ACCOUNT", "a")]),
        "beta-app"
    );
    assert_eq!(apps_in(&sb, &work, &["--account", "local"], &[]), "");
    let current = sb
        .belt_in(&bound)
        .args(["accounts:current"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&current.stdout).trim(), "b");
}

/// A plain-HTTP backend on loopback that records every Authorization header it gets and
/// answers as a tiny Heroku-compatible API for the token `fake-token`.
fn recording_backend() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            let mut length = 0;
            let mut authorization = String::from("(none)");
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if lower.starts_with("authorization:") {
                    authorization = line.trim().to_string();
                }
                if let Some(v) = lower.strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            record
                .lock()
                .unwrap()
                .push(format!("{} {authorization}", request_line.trim()));
            let ok = authorization == "authorization: Bearer fake-token"
                || authorization == "Authorization: Bearer fake-token";
            let (status, body) = match (ok, request_line.split(' ').nth(1)) {
                (false, _) => (
                    "401 Unauthorized",
                    r#"{"id":"unauthorized","message":"no"}"#,
                ),
                (true, Some("/account")) => ("200 OK", r#"{"id":"c1","email":"c@fake.test"}"#),
                (true, _) => ("200 OK", "[]"),
            };
            let mut stream = reader.into_inner();
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, seen)
}

#[test]
fn one_accounts_token_never_reaches_another_backend() {
    let sb = Sandbox::new();
    let (one, two) = two_accounts(&sb);
    let (fake_url, seen) = recording_backend();
    let (code, out, err) = sb.run_with_stdin(
        &["accounts:add", "c", "--api-url", &fake_url, "--with-token"],
        "fake-token\n",
    );
    assert_eq!(code, 0, "{out}{err}");
    sb.ok(&["accounts:set", "a"]);
    for args in [
        vec!["apps"],
        vec!["apps", "--account", "b"],
        vec!["apps", "--account", "c"],
        vec!["whoami", "--account", "c"],
    ] {
        sb.ok(&args);
    }
    // --api-url moves one call to another backend: the account's token stays behind.
    for account in ["a", "b"] {
        let (code, _, stderr) = sb.fails(&["apps", "--account", account, "--api-url", &fake_url]);
        assert_eq!(code, 3, "{stderr}");
    }
    let seen = seen.lock().unwrap().clone();
    assert!(seen.len() >= 3, "{seen:?}");
    for line in &seen {
        assert!(line.ends_with("Bearer fake-token"), "{line}");
        assert!(!line.contains(&one.token) && !line.contains(&two.token));
    }
    // And the git helper answers for each backend's host only.
    let host_of = |url: &str| url.trim_start_matches("https://").to_string();
    let ask = |account: &str, host: &str| {
        sb.run_with_stdin(
            &["git:credentials", "get", "--account", account],
            &format!("protocol=https\nhost={host}\n\n"),
        )
    };
    let (_, out, _) = ask("a", &host_of(&one.url));
    assert!(out.contains(&format!("password={}", one.token)), "{out}");
    let (_, out, _) = ask("a", &host_of(&two.url));
    assert_eq!(out, "");
    let (_, out, _) = ask("b", &host_of(&two.url));
    assert!(out.contains(&format!("password={}", two.token)), "{out}");
}

#[test]
fn an_app_of_another_user_exits_4() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let bob = server.platform().create_user("bob@example.com").unwrap();
    sb.add_account("owner", &server, &server.token);
    sb.add_account("bob", &server, &bob);
    sb.ok(&["create", "bobs-app", "--account", "bob"]);
    let (code, _, stderr) = sb.fails(&["info", "-a", "bobs-app", "--account", "owner"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(
        sb.ok(&["info", "-a", "bobs-app", "--account", "bob"])
            .contains("bobs-app")
    );
}

#[test]
fn accounts_are_listed_set_and_removed() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("work", &server, &server.token);
    sb.ok(&["accounts:set", "work"]);
    let list = sb.json(&["accounts"]);
    assert_eq!(list[0]["name"], "local");
    // The official CLI's users find their account built in.
    assert_eq!(list[1]["name"], "heroku");
    assert_eq!(list[1]["api_url"], "https://api.heroku.com");
    assert_eq!(list[2]["name"], "work");
    assert_eq!(list[2]["current"], true);
    assert_eq!(list[2]["api_url"], server.url.as_str());
    assert_eq!(list[2]["email"], "owner@belt.local");
    let human = sb.ok(&["accounts"]);
    assert!(
        human
            .lines()
            .any(|l| l.contains("* ") && l.contains("work") && l.contains(&server.url)),
        "{human}"
    );
    let (code, _, stderr) = sb.fails(&["accounts:set", "nope"]);
    assert_eq!(code, 4, "{stderr}");
    // A second `accounts:add work` with a usable token (another user's) is refused for the
    // duplicate name, and leaves the existing account and its credentials as they were.
    let credentials = sb.config_dir().join("credentials.toml");
    let saved = std::fs::read_to_string(&credentials).unwrap();
    let bob = server.platform().create_user("bob@example.com").unwrap();
    let ca = server.ca.to_string_lossy().into_owned();
    let (code, stdout, stderr) = sb.run_with_stdin(
        &[
            "accounts:add",
            "work",
            "--api-url",
            &server.url,
            "--ca-cert",
            &ca,
            "--with-token",
        ],
        &bob,
    );
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stderr.contains("account \"work\" already exists"),
        "{stderr}"
    );
    assert_eq!(sb.json(&["accounts"]), list);
    assert_eq!(std::fs::read_to_string(&credentials).unwrap(), saved);
    let (code, _, stderr) = sb.fails(&["accounts:remove", "work"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(
        std::fs::read_to_string(&credentials)
            .unwrap()
            .contains("work@")
    );
    sb.ok(&["accounts:remove", "work", "--force"]);
    assert!(
        !std::fs::read_to_string(&credentials)
            .unwrap()
            .contains("work@")
    );
    assert_eq!(sb.ok(&["accounts:current"]).trim(), "local");
    for built_in in ["local", "heroku"] {
        let (code, _, _) = sb.fails(&["accounts:remove", built_in]);
        assert_eq!(code, 2);
    }
}

#[test]
fn corrupt_accounts_and_credentials_files_give_clear_errors() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("work", &server, &server.token);
    let credentials = sb.config_dir().join("credentials.toml");
    std::fs::write(&credentials, "tokens = [not toml").unwrap();
    let (code, _, stderr) = sb.fails(&["apps", "--account", "work"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&credentials.display().to_string()) && stderr.contains("log in again"),
        "{stderr}"
    );
    let accounts = sb.config_dir().join("accounts.toml");
    std::fs::write(&accounts, "current = \n[[[").unwrap();
    for args in [&["apps"][..], &["accounts"], &["accounts:set", "work"]] {
        let (code, _, stderr) = sb.fails(args);
        assert_eq!(code, 1, "{stderr}");
        assert!(
            stderr.contains(&accounts.display().to_string()) && stderr.contains("Fix it by hand"),
            "{stderr}"
        );
    }
}

#[test]
fn create_makes_belt_the_scoped_git_credential_helper() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("work", &server, &server.token);
    let repo = sb.path("repo");
    std::fs::create_dir_all(&repo).unwrap();
    sb.git(&repo, &["init", "-q"]);
    sb.belt_in(&repo)
        .args(["accounts:use", "work"])
        .assert()
        .success();
    sb.belt_in(&repo)
        .args(["create", "helped-app"])
        .assert()
        .success();
    let key = format!("credential.{}.helper", server.url);
    let helpers = sb.git(&repo, &["config", "--get-all", &key]);
    assert!(helpers.ends_with("git:credentials"), "{helpers}");
    // git itself, through the helper, gets the bound account's key for the app's host.
    let host = server.url.trim_start_matches("https://");
    let output = sb
        .std_command("git")
        .args(["credential", "fill"])
        .current_dir(&repo)
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(
                format!("protocol=https\nhost={host}\npath=helped-app.git\n\n").as_bytes(),
            )?;
            child.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains(&format!("password={}", server.token)),
        "{text}"
    );
}

/// belt with the official CLI's environment: `HEROKU_HOST`, `HEROKU_API_KEY`, the server's CA.
fn heroku_env<'a>(server: &'a Server, ca: &'a str) -> [(&'static str, &'a str); 3] {
    [
        ("HEROKU_HOST", server.url.as_str()),
        ("HEROKU_API_KEY", server.token.as_str()),
        ("SSL_CERT_FILE", ca),
    ]
}

fn belt_with(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let output = sb
        .belt()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Item 4: a CI script written for `heroku` runs unchanged: with `HEROKU_API_KEY` set and no
/// account chosen, belt uses the built-in `heroku` account, whose API is `HEROKU_HOST` read as
/// the official CLI reads it. `HEROKU_API_KEY` is for that account only, `BELT_API_KEY` for the
/// current one, and neither reaches another backend than its account's.
#[test]
fn heroku_api_key_drives_the_heroku_account_and_stays_on_its_backend() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let ca = server.ca.to_string_lossy().into_owned();
    let env = heroku_env(&server, &ca);
    let (code, out, err) = belt_with(&sb, &["accounts:current"], &env);
    assert_eq!((code, out.trim()), (0, "heroku"), "{err}");
    let (code, out, err) = belt_with(&sb, &["whoami"], &env);
    assert_eq!((code, out.trim()), (0, "owner@belt.local"), "{err}");
    let (code, _, err) = belt_with(&sb, &["create", "ci-app", "--no-remote"], &env);
    assert_eq!(code, 0, "{err}");
    assert!(
        server
            .platform()
            .recent_events("ci-app", 5)
            .unwrap()
            .is_some(),
        "the app is on the HEROKU_HOST server"
    );
    // Logging in would be shadowed by the key, as for the official CLI.
    let (code, _, err) = belt_with(&sb, &["login", "--with-token"], &env);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("Cannot log in with HEROKU_API_KEY set"),
        "{err}"
    );

    // HEROKU_HOST as a domain, or not one of Heroku's (then the default, with a warning).
    let url_for = |host: &str| {
        let (_, out, err) = belt_with(
            &sb,
            &["accounts:current", "--json", "--account", "heroku"],
            &[("HEROKU_HOST", host)],
        );
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        (json["api_url"].as_str().unwrap().to_string(), err)
    };
    assert_eq!(url_for("herokudev.com").0, "https://api.herokudev.com");
    let (url, warning) = url_for("example.com");
    assert_eq!(url, "https://api.heroku.com");
    assert!(
        warning.contains("Invalid HEROKU_HOST 'example.com' - using default"),
        "{warning}"
    );

    // Another account chosen: HEROKU_API_KEY stays home; BELT_API_KEY goes to the current one.
    let (fake_url, seen) = recording_backend();
    let (code, out, err) = sb.run_with_stdin(
        &["accounts:add", "c", "--api-url", &fake_url, "--with-token"],
        "fake-token\n",
    );
    assert_eq!(code, 0, "{out}{err}");
    sb.ok(&["accounts:set", "c"]);
    let (code, _, err) = belt_with(&sb, &["apps"], &env);
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = belt_with(
        &sb,
        &["apps", "--account", "heroku", "--api-url", &fake_url],
        &env,
    );
    assert_eq!(code, 3, "HEROKU_API_KEY is not sent to another backend");
    let (code, _, _) = belt_with(&sb, &["apps"], &[("BELT_API_KEY", "belt-env-key")]);
    assert_eq!(code, 3, "the fake backend refuses that key");
    let seen = seen.lock().unwrap().clone();
    assert!(seen.iter().all(|l| !l.contains(&server.token)), "{seen:?}");
    assert!(
        seen.iter().any(|l| l.ends_with("Bearer fake-token")),
        "{seen:?}"
    );
    assert!(
        seen.iter().any(|l| l.ends_with("Bearer belt-env-key")),
        "{seen:?}"
    );
}

fn write_executable(path: &std::path::Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// Item 5: the `heroku` account without a key of its own uses the official CLI's login: the
/// netrc entry of its API host (`~/.netrc`, or `$NETRC`), and the keyring entry of service
/// `heroku-cli` for the account its login.json names; `accounts:import` copies it and says
/// where it was found.
#[test]
fn an_existing_heroku_cli_login_is_reused_and_imported() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let ca = server.ca.to_string_lossy().into_owned();
    let host = server.url.trim_start_matches("https://").to_string();
    let env = [
        ("HEROKU_HOST", server.url.as_str()),
        ("SSL_CERT_FILE", ca.as_str()),
    ];
    let (code, _, _) = belt_with(&sb, &["whoami", "--account", "heroku"], &env);
    assert_eq!(code, 3, "no login anywhere yet");

    // The official CLI's netrc, as its `heroku login` writes it.
    let netrc = sb.path("home/.netrc");
    std::fs::write(
        &netrc,
        format!(
            "machine api.heroku.com\n  login someone@else.com\n  password not-this-one\n\
             machine {host}\n  login owner@belt.local\n  password {}\n",
            server.token
        ),
    )
    .unwrap();
    let (code, out, err) = belt_with(&sb, &["whoami", "--account", "heroku"], &env);
    assert_eq!((code, out.trim()), (0, "owner@belt.local"), "{err}");
    // $NETRC names another file.
    let (code, _, _) = belt_with(
        &sb,
        &["whoami", "--account", "heroku"],
        &[env[0], env[1], ("NETRC", "/nonexistent/netrc")],
    );
    assert_eq!(code, 3);
    std::fs::rename(&netrc, sb.path("elsewhere-netrc")).unwrap();
    let moved = sb.path("elsewhere-netrc").to_string_lossy().into_owned();
    let (code, _, err) = belt_with(
        &sb,
        &["whoami", "--account", "heroku"],
        &[env[0], env[1], ("NETRC", &moved)],
    );
    assert_eq!(code, 0, "{err}");
    // Logging out of it is the Heroku CLI's business.
    let (code, out, _) = belt_with(
        &sb,
        &["logout", "--account", "heroku"],
        &[env[0], env[1], ("NETRC", &moved)],
    );
    assert_eq!(code, 0);
    assert!(out.contains("heroku logout"), "{out}");

    // Import: copied into belt's store, saying from where; then the netrc is not needed.
    let (code, out, err) = belt_with(
        &sb,
        &["accounts:import"],
        &[env[0], env[1], ("NETRC", &moved)],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&moved) && out.contains("owner@belt.local"),
        "{out}"
    );
    std::fs::remove_file(&moved).unwrap();
    let (code, out, err) = belt_with(&sb, &["whoami", "--account", "heroku"], &env);
    assert_eq!((code, out.trim()), (0, "owner@belt.local"), "{err}");
    sb.ok(&["logout", "--account", "heroku"]);
    let (code, _, err) = belt_with(&sb, &["accounts:import"], &env);
    assert_eq!(code, 3, "nothing to import any more: {err}");
    assert!(err.contains("no Heroku CLI login found"), "{err}");

    // The keyring entry (service heroku-cli, account from login.json), through the same tool
    // the official CLI runs: a stand-in secret-tool that knows one entry.
    if cfg!(target_os = "linux") {
        let bin = sb.path("bin");
        std::fs::create_dir_all(&bin).unwrap();
        write_executable(
            &bin.join("secret-tool"),
            &format!(
                "#!/bin/sh\n[ \"$*\" = 'lookup service heroku-cli account owner@belt.local' ] && echo '{}' && exit 0\nexit 1\n",
                server.token
            ),
        );
        let data = sb.path("home/.local/share/heroku");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(
            data.join("login.json"),
            "{\"account\":\"owner@belt.local\"}\n",
        )
        .unwrap();
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let (code, out, err) = belt_with(
            &sb,
            &["accounts:import", "--account", "heroku"],
            &[env[0], env[1], ("PATH", &path)],
        );
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("keyring (service heroku-cli, account owner@belt.local)"),
            "{out}"
        );
    }
}

/// The embedded platform uses its own key: a local command never asks the OS keyring (which
/// would cost every command a round trip, and print a warning where there is no keyring).
#[test]
fn local_commands_never_ask_the_keyring() {
    let sb = Sandbox::new();
    for args in [&["create", "keyless", "--no-remote"][..], &["apps"]] {
        let output = sb
            .belt()
            .env_remove("BELT_CREDENTIAL_STORE")
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?}: {stderr}");
        assert!(!stderr.contains("keyring"), "{args:?}: {stderr}");
    }
    assert!(!sb.config_dir().join("credentials.toml").exists());
}
