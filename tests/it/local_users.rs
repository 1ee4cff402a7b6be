//! `local:users*`: the administrator adds users to the embedded platform and to `belt serve`,
//! each logs in with its own key file (never shown) or password, the browser login approved
//! by a second user logs in as that user, and removal revokes every key at once.

use std::path::{Path, PathBuf};
use std::process::Stdio;

use serde_json::Value;

use crate::harness::{Sandbox, Server, belt_program};

const ALICE: &str = "alice@example.com";
const BOB: &str = "bob@example.com";
const BOB_PASSWORD: &str = "a long password for bob";

/// What `local:users:add` printed, and the key it wrote.
struct Added {
    key_file: PathBuf,
    key: String,
}

/// `local:users:add EXTRA...` (the password on stdin), checked: the file's path is printed,
/// the file is 0600, and the key appears in neither stdout nor stderr.
fn add_user(sb: &Sandbox, email: &str, extra: &[&str], stdin: &str) -> Added {
    let mut args = vec!["local:users:add", email];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = sb.run_with_stdin(&args, stdin);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let key_file = stdout
        .split_once("its API key is in ")
        .and_then(|(_, rest)| rest.split_once(" (mode 0600)"))
        .map(|(path, _)| PathBuf::from(path))
        .unwrap_or_else(|| panic!("no key file path printed: {stdout}"));
    assert!(stdout.contains(&format!("Added {email}")), "{stdout}");
    let key = std::fs::read_to_string(&key_file)
        .unwrap()
        .trim()
        .to_string();
    assert!(key.len() >= 32, "a real key: {key:?}");
    assert!(!stdout.contains(&key) && !stderr.contains(&key));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", key_file.display());
    }
    Added { key_file, key }
}

/// `belt whoami` with `BELT_API_KEY=key` on the embedded platform: (exit code, stdout).
fn whoami_with_key(sb: &Sandbox, key: &str) -> (i32, String) {
    let output = sb
        .belt()
        .args(["whoami"])
        .env("BELT_API_KEY", key)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).trim().to_string();
    (output.status.code().unwrap_or(-1), stdout)
}

fn emails(users: &Value) -> Vec<&str> {
    users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect()
}

#[test]
fn users_of_the_embedded_platform_are_added_listed_and_removed() {
    let sb = Sandbox::new();
    let alice = add_user(&sb, ALICE, &[], "");
    assert!(
        alice
            .key_file
            .ends_with("platform/user-keys/alice@example.com.key"),
        "{}",
        alice.key_file.display()
    );
    let bob_file = sb.path("bob.key");
    let bob = add_user(
        &sb,
        BOB,
        &["--key-file", bob_file.to_str().unwrap(), "--password-stdin"],
        &format!("{BOB_PASSWORD}\n"),
    );
    assert_eq!(bob.key_file, bob_file);
    assert_eq!(whoami_with_key(&sb, &alice.key), (0, ALICE.to_string()));
    assert_eq!(whoami_with_key(&sb, &bob.key), (0, BOB.to_string()));
    // The local account is the owner, and says so.
    assert_eq!(sb.json(&["accounts"])[0]["email"], "owner@belt.local");

    let users = sb.json(&["local:users"]);
    assert_eq!(emails(&users), ["owner@belt.local", ALICE, BOB]);
    assert_eq!(users[0]["owner"], true);
    assert_eq!(users[1]["api_keys"], 1);
    assert_eq!(users[1]["password"], false);
    assert_eq!(users[2]["password"], true);
    let human = sb.ok(&["local:users"]);
    assert!(human.contains("owner@belt.local (owner)"), "{human}");

    // Neither a second user of the same email nor a key file over an existing one.
    let (code, _, stderr) = sb.fails(&["local:users:add", ALICE]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, _, stderr) = sb.fails(&[
        "local:users:add",
        "carol@example.com",
        "--key-file",
        bob_file.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&bob_file).unwrap().trim(), bob.key);
    assert_eq!(
        emails(&sb.json(&["local:users"])).len(),
        3,
        "carol not added"
    );
    let (code, _, stderr) = sb.fails(&["local:users:add", "not-an-email"]);
    assert_eq!(code, 2, "{stderr}");

    // A dry run says what it would do, and does nothing.
    let planned = sb.ok(&["local:users:add", "carol@example.com", "--dry-run"]);
    assert!(
        planned.starts_with("Would add carol@example.com"),
        "{planned}"
    );
    let planned = sb.ok(&["local:users:remove", ALICE, "--dry-run"]);
    assert_eq!(
        planned.trim(),
        "Would remove alice@example.com and revoke its 1 API key"
    );
    assert_eq!(
        emails(&sb.json(&["local:users"])).len(),
        3,
        "nothing changed"
    );
    assert_eq!(whoami_with_key(&sb, &alice.key), (0, ALICE.to_string()));

    let (code, _, stderr) = sb.fails(&["local:users:remove", "owner@belt.local"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("cannot be removed"), "{stderr}");
    // A user who owns an app keeps it, and so stays, until it is destroyed.
    let as_alice = |args: &[&str]| {
        let output = sb
            .belt()
            .args(args)
            .env("BELT_API_KEY", &alice.key)
            .output();
        assert!(output.unwrap().status.success(), "{args:?}");
    };
    as_alice(&["create", "alices-app"]);
    let (code, _, stderr) = sb.fails(&["local:users:remove", ALICE]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("still owns app alices-app: transfer or destroy"),
        "{stderr}"
    );
    as_alice(&[
        "apps:destroy",
        "-a",
        "alices-app",
        "--confirm",
        "alices-app",
    ]);
    let removed = sb.ok(&["local:users:remove", ALICE]);
    assert!(
        removed.contains("Removed alice@example.com and revoked its 1 API key"),
        "{removed}"
    );
    assert_eq!(whoami_with_key(&sb, &alice.key).0, 3);
    assert!(
        !alice.key_file.exists(),
        "its dead default key file goes too"
    );
    assert_eq!(whoami_with_key(&sb, &bob.key), (0, BOB.to_string()));
    let (code, _, stderr) = sb.fails(&["local:users:remove", ALICE]);
    assert_eq!(code, 4, "{stderr}");
    assert_eq!(
        emails(&sb.json(&["local:users"])),
        ["owner@belt.local", BOB]
    );
}

/// `belt accounts:add NAME --browser` on `server`, BROWSER approving the page as `email` and
/// writing the page it got back to `page`.
fn browser_login_as(sb: &Sandbox, server: &Server, email: &str, page: &Path) -> (i32, String) {
    let browser = sb.path("approve.sh");
    let ca = server.ca.display();
    let body = format!(
        "#!/bin/sh\ncurl -sf --cacert '{ca}' --data-urlencode 'email={email}' \
         --data-urlencode 'password={BOB_PASSWORD}' \"$1/approve\" > '{}'\n",
        page.display()
    );
    std::fs::write(&browser, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let ca = server.ca.to_string_lossy().into_owned();
    let output = sb
        .std_command(belt_program())
        .args(["accounts:add", "web", "--browser", "--api-url", &server.url])
        .args(["--ca-cert", &ca])
        .env("BROWSER", &browser)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

/// `accounts:add NAME --with-token < KEY_FILE` on `server`.
fn add_account_from_file(sb: &Sandbox, server: &Server, name: &str, key_file: &Path) {
    let ca = server.ca.to_string_lossy().into_owned();
    let output = sb
        .std_command(belt_program())
        .args([
            "accounts:add",
            name,
            "--with-token",
            "--api-url",
            &server.url,
        ])
        .args(["--ca-cert", &ca])
        .stdin(std::fs::File::open(key_file).unwrap())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.starts_with("Logged in as "), "{stdout}");
}

#[test]
fn users_of_belt_serve_log_in_as_themselves_and_removal_logs_them_out() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let data_dir = server.data_dir.to_string_lossy().into_owned();
    let alice = add_user(&sb, ALICE, &["--data-dir", &data_dir], "");
    let bob = add_user(
        &sb,
        BOB,
        &["--data-dir", &data_dir, "--password-stdin"],
        &format!("{BOB_PASSWORD}\n"),
    );
    assert!(alice.key_file.starts_with(&server.data_dir));
    let listed = sb.json(&["local:users", "--data-dir", &data_dir]);
    assert_eq!(emails(&listed), ["owner@belt.local", ALICE, BOB]);

    add_account_from_file(&sb, &server, "alice", &alice.key_file);
    add_account_from_file(&sb, &server, "bob", &bob.key_file);
    assert_eq!(sb.ok(&["whoami", "--account", "alice"]).trim(), ALICE);
    assert_eq!(sb.ok(&["whoami", "--account", "bob"]).trim(), BOB);

    // The browser login, approved with bob's email and password, is bob's, and says so.
    let page = sb.path("approved.html");
    let (code, text) = browser_login_as(&sb, &server, BOB, &page);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains(&format!("Logged in as {BOB}")), "{text}");
    let approved = std::fs::read_to_string(&page).unwrap();
    assert!(
        approved.contains(&format!("logged in as <b id=\"user\">{BOB}</b>")),
        "{approved}"
    );
    assert_eq!(sb.ok(&["whoami", "--account", "web"]).trim(), BOB);

    // `accounts` says which user each account on the one backend is.
    let accounts = sb.json(&["accounts"]);
    let email_of = |name: &str| {
        accounts
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == name)
            .map(|a| a["email"].clone())
    };
    assert_eq!(email_of("alice"), Some(Value::from(ALICE)));
    assert_eq!(email_of("bob"), Some(Value::from(BOB)));
    assert_eq!(email_of("web"), Some(Value::from(BOB)));
    let listed = sb.json(&["local:users", "--data-dir", &data_dir]);
    assert_eq!(listed[2]["api_keys"], 2, "bob's first key and his login's");

    // Removing bob ends every login of his on the next request; alice is untouched.
    let (code, _, stderr) = sb.fails(&[
        "local:users:remove",
        "owner@belt.local",
        "--data-dir",
        &data_dir,
    ]);
    assert_eq!(code, 1, "{stderr}");
    let removed = sb.ok(&["local:users:remove", BOB, "--data-dir", &data_dir]);
    assert!(removed.contains("revoked its 2 API keys"), "{removed}");
    for account in ["bob", "web"] {
        let (code, _, stderr) = sb.fails(&["whoami", "--account", account]);
        assert_eq!(code, 3, "{account}: {stderr}");
    }
    assert_eq!(sb.ok(&["whoami", "--account", "alice"]).trim(), ALICE);
}
