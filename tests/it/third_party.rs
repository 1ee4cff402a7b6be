//! Heroku's API libraries against `belt serve`: the Python `heroku3` and Node
//! `heroku-client` (pinned), each driving a script in tests/it/data that checks what a caller of
//! Heroku relies on (the rate-limit check, "Name is already taken", config vars, SSH keys
//! added and removed, paging over Next-Range, buildpacks, features, log drains). Each package
//! is installed once per target directory, from PyPI or the npm registry (the only network
//! these tests use).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{Sandbox, installed, npm_installed, run_guarded};

/// The pinned packages. heroku3 imports `six` without declaring it.
const HEROKU3: &[&str] = &["heroku3==5.2.1", "six==1.17.0"];
const HEROKU_CLIENT: &str = "heroku-client@3.1.4";
const PUBLIC_KEY: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGVsZWN0cmljIGNvbmZvcm1hbmNlIHRlc3Qga2V5IQ== lib@test";

fn succeeded(what: &str, cmd: &mut Command) {
    let status = cmd
        .status()
        .unwrap_or_else(|e| panic!("this test needs {what}: {e}"));
    assert!(status.success(), "{what} failed: {status}");
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/data")
        .join(name)
}

#[test]
fn heroku3_works_against_belt_serve() {
    let venv = installed("heroku3-5.2.1", |dir| {
        succeeded(
            "python3 with venv",
            Command::new("python3").args(["-m", "venv"]).arg(dir),
        );
        succeeded(
            "pip install heroku3",
            Command::new(dir.join("bin/pip"))
                .args(["install", "--quiet", "--disable-pip-version-check"])
                .args(HEROKU3),
        );
    });
    let sb = Sandbox::new();
    let server = sb.serve();
    let (code, stdout, stderr) = run_guarded(
        assert_cmd::Command::from_std(sb.std_command(venv.join("bin/python")))
            .arg(script("heroku3_client.py"))
            .args([&server.url, &server.token])
            .arg(&server.ca)
            .arg(PUBLIC_KEY)
            .env("NO_PROXY", "localhost,127.0.0.1"),
    );
    assert_eq!(code, 0, "stdout: {stdout}\nstderr: {stderr}");
    assert_eq!(stdout.trim_end().lines().last(), Some("ok"), "{stdout}");
    // heroku3 warns, and goes on with the existing app, on Heroku's "Name is already taken".
    assert!(stdout.contains("Name is already taken"), "{stdout}");
}

#[test]
fn heroku_client_works_against_belt_serve() {
    let prefix = npm_installed(HEROKU_CLIENT);
    let sb = Sandbox::new();
    let server = sb.serve();
    let (code, stdout, stderr) = run_guarded(
        assert_cmd::Command::from_std(sb.std_command("node"))
            .arg(script("heroku_client.js"))
            .args([&server.url, &server.token, PUBLIC_KEY])
            .env("NODE_PATH", prefix.join("node_modules"))
            .env("SSL_CERT_FILE", &server.ca)
            .env("NO_PROXY", "localhost,127.0.0.1"),
    );
    assert_eq!(code, 0, "stdout: {stdout}\nstderr: {stderr}");
    assert_eq!(stdout.trim_end(), "ok", "{stderr}");
}
