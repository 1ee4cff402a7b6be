//! Apps on the embedded default, through the real binary.

use crate::harness::Sandbox;
use serde_json::Value;

mod resources;

#[test]
fn create_list_info_rename_destroy_round_trip() {
    let sb = Sandbox::new();
    let created = sb.json(&["create", "demo-app"]);
    assert_eq!(created["name"], "demo-app");
    assert_eq!(created["region"]["name"], "us");
    assert!(created["id"].as_str().is_some_and(|id| id.len() == 36));

    // Human forms.
    let list = sb.ok(&["apps"]);
    assert!(list.starts_with("=== "), "{list}");
    assert!(list.lines().any(|l| l == "demo-app"), "{list}");
    let info = sb.ok(&["apps:info", "-a", "demo-app"]);
    assert!(info.starts_with("=== demo-app\n"), "{info}");
    assert!(info.contains("Region:") && info.contains("us"), "{info}");
    assert!(
        info.contains("Stack:") && info.contains("heroku-24"),
        "{info}"
    );

    // JSON forms.
    assert_eq!(sb.app_names(), vec!["demo-app"]);
    let info = sb.json(&["info", "-a", "demo-app"]);
    assert_eq!(info["app"]["name"], "demo-app");
    assert_eq!(info["app"]["id"], created["id"]);

    // Rename keeps the id.
    let renamed = sb.json(&["apps:rename", "demo-two", "-a", "demo-app"]);
    assert_eq!(renamed["name"], "demo-two");
    assert_eq!(renamed["id"], created["id"]);
    assert_eq!(sb.app_names(), vec!["demo-two"]);
    let (code, _, stderr) = sb.fails(&["info", "-a", "demo-app"]);
    assert_eq!(code, 4, "{stderr}");

    // Destroy with confirmation.
    sb.ok(&["apps:destroy", "-a", "demo-two", "--confirm", "demo-two"]);
    assert!(sb.app_names().is_empty());
}

#[test]
fn nested_and_alias_forms_are_the_same_call() {
    let sb = Sandbox::new();
    sb.ok(&["apps", "create", "nested-form"]);
    sb.ok(&["create", "alias-form"]);
    sb.ok(&["apps:create", "canonical-form"]);
    assert_eq!(
        sb.app_names(),
        vec!["alias-form", "canonical-form", "nested-form"]
    );
    assert_eq!(
        sb.json(&["apps", "info", "-a", "alias-form"])["app"]["name"],
        "alias-form"
    );
    let listed = sb.json(&["apps:list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(3));
}

#[test]
fn generated_name_when_none_given() {
    let sb = Sandbox::new();
    let app = sb.json(&["create"]);
    let name = app["name"].as_str().unwrap();
    let parts: Vec<&str> = name.split('-').collect();
    assert_eq!(parts.len(), 3, "{name}");
    assert!(
        parts[2].len() == 4 && parts[2].chars().all(|c| c.is_ascii_digit()),
        "{name}"
    );
    assert!(parts[0].chars().all(|c| c.is_ascii_lowercase()), "{name}");
    assert_eq!(sb.app_names(), vec![name.to_string()]);
}

#[test]
fn region_and_stack_options() {
    let sb = Sandbox::new();
    let app = sb.json(&["create", "euro-app", "--region", "eu", "--stack", "cedar"]);
    assert_eq!(app["region"]["name"], "eu");
    assert_eq!(app["stack"]["name"], "cedar");
    let list = sb.ok(&["apps"]);
    assert!(list.contains("euro-app (eu)"), "{list}");
    let (code, _, stderr) = sb.fails(&["create", "moon-app", "--region", "moon"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("moon") || stderr.contains("region"),
        "{stderr}"
    );
    assert_eq!(sb.app_names(), vec!["euro-app"]);
}

#[test]
fn a_second_process_sees_the_first_ones_app() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shared-app"]);
    // Each belt invocation is its own process with its own embedded server.
    let info = sb.json(&["info", "-a", "shared-app"]);
    assert_eq!(info["app"]["name"], "shared-app");
}

#[test]
fn invalid_names_are_refused_before_any_request() {
    let sb = Sandbox::new();
    let too_long = format!("a{}", "b".repeat(30));
    for bad in [
        "UpperCase",
        too_long.as_str(),
        "1leading-digit",
        "trailing-dash-",
    ] {
        let (code, _, stderr) = sb.fails(&["create", bad, "--debug"]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("invalid app name"), "{stderr}");
        assert!(
            !stderr.contains("-->"),
            "a request was sent for {bad}: {stderr}"
        );
    }
    assert!(sb.app_names().is_empty());
}

#[test]
fn a_taken_name_is_a_clear_error() {
    let sb = Sandbox::new();
    sb.ok(&["create", "taken-name"]);
    let (code, _, stderr) = sb.fails(&["create", "taken-name"]);
    assert_eq!(code, 1);
    // Heroku's exact words, which API libraries match on; the action line names the app.
    assert!(stderr.contains("error: Name is already taken"), "{stderr}");
    assert!(stderr.contains("taken-name"), "{stderr}");
    assert!(stderr.contains("Request-Id"), "{stderr}");
}

#[test]
fn concurrent_creates_of_one_name_exactly_one_wins() {
    let sb = Sandbox::new();
    // Initialise the store first so the race is on the name, not on set-up.
    sb.ok(&["apps"]);
    let children: Vec<_> = (0..6)
        .map(|_| {
            let mut cmd = sb.std_command(crate::harness::belt_program());
            cmd.args(["create", "race-app"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().expect("spawn")
        })
        .collect();
    let successes = children
        .into_iter()
        .map(|mut c| c.wait().expect("wait").success())
        .filter(|ok| *ok)
        .count();
    assert_eq!(successes, 1);
    assert_eq!(sb.app_names(), vec!["race-app"]);
}

#[test]
fn unknown_app_exits_4_naming_it() {
    let sb = Sandbox::new();
    let (code, _, stderr) = sb.fails(&["info", "-a", "no-such-app"]);
    assert_eq!(code, 4);
    assert!(stderr.contains("no-such-app"), "{stderr}");
}

#[test]
fn destroy_without_terminal_or_confirm_destroys_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "keep-me"]);
    let (code, _, stderr) = sb.fails(&["destroy", "-a", "keep-me"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--confirm keep-me"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["destroy", "-a", "keep-me", "--confirm", "other"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(sb.app_names(), vec!["keep-me"]);
}

#[test]
fn maintenance_and_stack() {
    let sb = Sandbox::new();
    sb.ok(&["create", "mode-app"]);
    assert_eq!(sb.ok(&["maintenance", "-a", "mode-app"]).trim(), "off");
    sb.ok(&["maintenance:on", "-a", "mode-app"]);
    assert_eq!(sb.ok(&["maintenance", "-a", "mode-app"]).trim(), "on");
    sb.ok(&["maintenance", "off", "-a", "mode-app"]);
    assert_eq!(
        sb.json(&["maintenance", "-a", "mode-app"])["maintenance"],
        false
    );

    sb.ok(&["-a", "mode-app", "stack:set", "container"]);
    let info = sb.json(&["info", "-a", "mode-app"]);
    assert_eq!(info["app"]["build_stack"]["name"], "container");
    let stacks = sb.ok(&["stack", "-a", "mode-app"]);
    assert!(stacks.lines().any(|l| l == "* heroku-24"), "{stacks}");
    // The platform refuses the name (422, exit 1) and says which stack it could not find.
    let (code, _, stderr) = sb.fails(&["stack:set", "no-such-stack", "-a", "mode-app"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("Couldn't find the stack no-such-stack."),
        "{stderr}"
    );
    let info = sb.json(&["info", "-a", "mode-app"]);
    assert_eq!(info["app"]["build_stack"]["name"], "container");
}

#[test]
fn app_from_env_project_file_and_git_remote() {
    let sb = Sandbox::new();
    sb.ok(&["create", "env-app"]);
    sb.ok(&["create", "file-app"]);

    let out = sb
        .belt()
        .args(["info", "--json"])
        .env("BELT_APP", "env-app")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "env-app");

    let project = sb.work().join("project");
    std::fs::create_dir_all(project.join("sub")).unwrap();
    std::fs::write(project.join(".belt.toml"), "app = \"file-app\"\n").unwrap();
    let out = sb
        .belt_in(&project.join("sub"))
        .args(["info", "--json"])
        .output()
        .unwrap();
    let v: Value = crate::harness::json_of(&out);
    assert_eq!(v["app"]["name"], "file-app");

    // A broken project file is a clear error naming the file.
    std::fs::write(project.join(".belt.toml"), "app = [").unwrap();
    let out = sb.belt_in(&project).args(["info"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".belt.toml"));

    // Inside a git repository, `create` adds the `heroku` remote and later commands use it.
    let repo = sb.work().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    sb.git(&repo, &["init", "-q"]);
    let out = sb
        .belt_in(&repo)
        .args(["create", "git-app"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Git remote heroku added"));
    let url = sb.git(&repo, &["remote", "get-url", "heroku"]);
    assert!(url.ends_with("git-app.git"), "{url}");
    let out = sb.belt_in(&repo).args(["info", "--json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "git-app");

    // Renaming updates the remote; a second app remote makes the choice ambiguous.
    sb.belt_in(&repo)
        .args(["rename", "git-app-2"])
        .assert()
        .success();
    assert!(
        sb.git(&repo, &["remote", "get-url", "heroku"])
            .ends_with("git-app-2.git")
    );
    let out = sb
        .belt_in(&repo)
        .args(["create", "other-git-app", "--remote", "staging"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = sb.belt_in(&repo).args(["info"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("git-app-2") && err.contains("other-git-app"),
        "{err}"
    );
    let out = sb
        .belt_in(&repo)
        .args(["info", "-r", "staging", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app"]["name"], "other-git-app");
}

/// On a terminal `destroy` asks for the app's name: a wrong answer destroys nothing.
#[test]
fn destroy_prompts_on_a_terminal() {
    let sb = Sandbox::new();
    sb.ok(&["create", "prompt-app"]);
    let run_in_pty = |answer: &str| {
        let answers = serde_json::json!([["To proceed, type", answer]]);
        sb.belt_on_terminal(["destroy", "-a", "prompt-app"], &answers)
            .1
    };
    let transcript = run_in_pty("not-the-name");
    assert!(transcript.contains("To proceed, type"), "{transcript}");
    assert!(transcript.contains("did not match"), "{transcript}");
    assert_eq!(sb.app_names(), vec!["prompt-app"]);
    let transcript = run_in_pty("prompt-app");
    assert!(transcript.contains("done"), "{transcript}");
    assert!(sb.app_names().is_empty());
}
