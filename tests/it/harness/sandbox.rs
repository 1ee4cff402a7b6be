//! A test's private sandbox (config, data, home and working directory) and belt run in it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

use super::{Server, env};

pub struct Sandbox {
    pub root: TempDir,
    /// Set on every process the sandbox starts (the local platform's knobs, say).
    env: Vec<(String, String)>,
}

/// A sandbox whose embedded platform ran dynos stops them (and its supervisor) as it goes,
/// rather than leave them to notice their data directory is gone.
impl Drop for Sandbox {
    fn drop(&mut self) {
        if self.data_dir().join("platform/supervisor.lock").exists() {
            let _ = self
                .belt()
                .args(["local:stop"])
                .timeout(std::time::Duration::from_secs(60))
                .output();
        }
    }
}

impl Sandbox {
    pub fn new() -> Self {
        let root = tempfile::tempdir().expect("tempdir");
        for dir in ["config", "data", "home", "work"] {
            std::fs::create_dir_all(root.path().join(dir)).expect("mkdir");
        }
        Sandbox {
            root,
            env: Vec::new(),
        }
    }

    /// This sandbox with `name=value` in the environment of everything it starts.
    pub fn with_env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.into(), value.into()));
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    pub fn config_dir(&self) -> PathBuf {
        self.path("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.path("data")
    }

    /// The working directory belt runs in.
    pub fn work(&self) -> PathBuf {
        self.path("work")
    }

    /// A plain `std::process::Command` for `program` with only this sandbox's state visible
    /// ([`env::isolate`]), in its working directory.
    pub fn std_command(&self, program: impl AsRef<std::ffi::OsStr>) -> StdCommand {
        let mut cmd = StdCommand::new(program);
        env::isolate(&mut cmd, self.root.path()).current_dir(self.work());
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
        cmd
    }

    /// A `belt` command with only this sandbox's state visible to it.
    pub fn belt(&self) -> Command {
        Command::from_std(self.std_command(belt_program()))
    }

    pub fn belt_in(&self, dir: &Path) -> Command {
        let mut cmd = self.belt();
        cmd.current_dir(dir);
        cmd
    }

    /// Runs belt with `args`, asserts success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.belt().args(args).output().expect("run belt");
        assert!(
            output.status.success(),
            "belt {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            output.status.code(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }

    /// Runs belt in `dir` with `args`, asserts success, returns stdout.
    pub fn ok_in(&self, dir: &Path, args: &[&str]) -> String {
        let output = self.belt_in(dir).args(args).output().expect("run belt");
        assert!(
            output.status.success(),
            "belt {args:?} in {} failed: {}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }

    /// Runs belt with `args` and `--json`, asserts success, parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let text = self.ok(&all);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    /// Runs belt expecting failure; returns (exit code, stdout, stderr).
    pub fn fails(&self, args: &[&str]) -> (i32, String, String) {
        let output = self.belt().args(args).output().expect("run belt");
        assert!(
            !output.status.success(),
            "belt {args:?} unexpectedly succeeded: {}",
            String::from_utf8_lossy(&output.stdout)
        );
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Runs belt with `args` and `stdin`; returns (exit code, stdout, stderr).
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        self.run_with_bytes(args, stdin.as_bytes())
    }

    /// [`Sandbox::run_with_stdin`] with bytes that need not be UTF-8.
    pub fn run_with_bytes(&self, args: &[&str], stdin: &[u8]) -> (i32, String, String) {
        let output = self
            .belt()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run belt");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Starts belt with `args` in the background, stdout and stderr piped, with this
    /// sandbox's state and `extra_env`.
    pub fn spawn(&self, args: &[&str], extra_env: &[(&str, &str)]) -> Child {
        self.std_command(belt_program())
            .args(args)
            .envs(extra_env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn belt")
    }

    /// Runs `program args` in `dir` with the sandbox's environment; asserts success and
    /// returns stdout and stderr together.
    pub fn run_in(&self, dir: &Path, program: &str, args: &[&str]) -> String {
        let output = self
            .std_command(program)
            .current_dir(dir)
            .args(args)
            .env("GIT_TERMINAL_PROMPT", "0")
            .output()
            .expect("run a program");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.status.success(), "{program} {args:?} failed: {text}");
        text
    }

    /// Names of this sandbox's apps on the embedded default.
    pub fn app_names(&self) -> Vec<String> {
        self.json(&["apps"])
            .as_array()
            .expect("array")
            .iter()
            .map(|a| a["name"].as_str().expect("name").to_string())
            .collect()
    }

    /// The app's config vars, from `config --json`.
    pub fn config(&self, app: &str) -> Value {
        self.json(&["config", "-a", app])
    }

    /// The app's releases, newest first, from `releases --json`.
    pub fn releases(&self, app: &str) -> Vec<Value> {
        self.json(&["releases", "-n", "1000", "-a", app])
            .as_array()
            .expect("array")
            .clone()
    }

    /// Adds account `name` on `server`, logged in with `token` through `--with-token`.
    pub fn add_account(&self, name: &str, server: &Server, token: &str) {
        let ca = server.ca.to_string_lossy().into_owned();
        let args = [
            "accounts:add",
            name,
            "--api-url",
            &server.url,
            "--ca-cert",
            &ca,
            "--with-token",
        ];
        let (code, stdout, stderr) = self.run_with_stdin(&args, token);
        assert_eq!(code, 0, "accounts:add {name}: {stdout}{stderr}");
        assert!(stdout.starts_with("Logged in as "), "{stdout}");
    }
}

/// The `belt` binary under test.
pub fn belt_program() -> &'static Path {
    Path::new(assert_cmd::cargo::cargo_bin!("belt"))
}
