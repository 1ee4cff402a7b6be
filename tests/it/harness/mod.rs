//! Test harness: every test gets a private sandbox (config, data, home and working directory)
//! and drives the real `belt` binary.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct Sandbox {
    pub root: TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        let root = tempfile::tempdir().expect("tempdir");
        for dir in ["config", "data", "home", "work"] {
            std::fs::create_dir_all(root.path().join(dir)).expect("mkdir");
        }
        Sandbox { root }
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

    /// A `belt` command with only this sandbox's state visible to it.
    pub fn belt(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("belt"));
        self.isolate(&mut cmd);
        cmd.current_dir(self.work());
        cmd
    }

    pub fn belt_in(&self, dir: &Path) -> Command {
        let mut cmd = self.belt();
        cmd.current_dir(dir);
        cmd
    }

    fn isolate(&self, cmd: &mut Command) {
        for var in [
            "BELT_APP",
            "HEROKU_APP",
            "BELT_API_KEY",
            "HEROKU_API_KEY",
            "BELT_ACCOUNT",
            "BELT_API_URL",
            "HEROKU_HOST",
            "HEROKU_LOGIN_HOST",
            "NETRC",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "SSL_CERT_FILE",
            "HTTPS_PROXY",
            "HTTP_PROXY",
            "https_proxy",
            "http_proxy",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("BELT_CONFIG_DIR", self.config_dir())
            .env("BELT_DATA_DIR", self.data_dir())
            .env("HOME", self.path("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.com")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.com")
            .env("NO_COLOR", "1")
            // Never touch the machine's real keyring.
            .env("BELT_CREDENTIAL_STORE", "file");
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

    /// Names of this sandbox's apps on the embedded default.
    pub fn app_names(&self) -> Vec<String> {
        self.json(&["apps"])
            .as_array()
            .expect("array")
            .iter()
            .map(|a| a["name"].as_str().expect("name").to_string())
            .collect()
    }

    /// Runs git in `dir` with the sandbox's environment.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let output = StdCommand::new("git")
            .args(args)
            .current_dir(dir)
            .env("HOME", self.path("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("run git");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    /// Starts `belt serve` on a free port with its own data dir.
    pub fn serve(&self) -> Server {
        self.serve_in("serve")
    }

    /// Starts another `belt serve`, with the data dir `name` in the sandbox.
    pub fn serve_in(&self, name: &str) -> Server {
        let data_dir = self.path(name);
        let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin!("belt"));
        cmd.args(["serve", "--port", "0", "--json", "--data-dir"])
            .arg(&data_dir)
            .env("BELT_CONFIG_DIR", self.config_dir())
            .env("BELT_DATA_DIR", self.data_dir())
            .env("HOME", self.path("home"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("spawn belt serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut text = String::new();
        let mut reader = BufReader::new(stdout);
        // `--json` prints one pretty JSON document: read until it parses.
        let info: Value = loop {
            let mut line = String::new();
            let n = reader.read_line(&mut line).expect("read serve output");
            assert!(n > 0, "belt serve exited early: {text}");
            text.push_str(&line);
            if let Ok(v) = serde_json::from_str(&text) {
                break v;
            }
        };
        let token_file = PathBuf::from(info["token_file"].as_str().expect("token_file"));
        Server {
            child,
            data_dir,
            url: info["url"].as_str().expect("url").to_string(),
            ca: PathBuf::from(info["ca_cert"].as_str().expect("ca")),
            token: std::fs::read_to_string(&token_file)
                .expect("token file")
                .trim()
                .to_string(),
            token_file,
        }
    }
}

pub struct Server {
    child: Child,
    pub data_dir: PathBuf,
    pub url: String,
    pub ca: PathBuf,
    pub token: String,
    pub token_file: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A small multi-threaded runtime for tests that run the platform in process.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// A reqwest client for talking to an in-process platform (`belt_platform::start_embedded`)
/// over loopback, for bulk setup and API-level checks.
pub fn http_client() -> reqwest::Client {
    http_client_with_roots(rustls::RootCertStore::empty())
}

impl Sandbox {
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
}

impl Server {
    /// The server's platform, opened in-process (e.g. to add users).
    pub fn platform(&self) -> belt_platform::Platform {
        belt_platform::Platform::open(&self.data_dir, None).expect("open platform")
    }
}

/// The lines a child process prints, read on a thread so a test can wait for one with a
/// deadline (a guard against hanging, not a timing assertion).
pub struct Lines {
    rx: std::sync::mpsc::Receiver<String>,
    /// Every line received so far.
    pub seen: Vec<String>,
}

impl Lines {
    pub fn new(stream: impl std::io::Read + Send + 'static) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Lines {
            rx,
            seen: Vec::new(),
        }
    }

    /// Reads until a line satisfies `wanted`; panics with everything seen if none arrives
    /// within a minute or the stream ends.
    pub fn wait_for(&mut self, what: &str, wanted: impl Fn(&str) -> bool) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(line) => {
                    let done = wanted(&line);
                    self.seen.push(line);
                    if done {
                        return;
                    }
                }
                Err(e) => panic!("no line {what} ({e}); got:\n{}", self.seen.join("\n")),
            }
        }
    }
}

impl Sandbox {
    /// Runs belt with `args` and `stdin`; returns (exit code, stdout, stderr).
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
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

impl Sandbox {
    /// A plain `std::process::Command` for `program` with only this sandbox's state visible
    /// (for belt run under another program, or spawned in the background).
    pub fn std_command(&self, program: impl AsRef<std::ffi::OsStr>) -> StdCommand {
        let mut cmd = StdCommand::new(program);
        cmd.current_dir(self.work())
            .env("BELT_CONFIG_DIR", self.config_dir())
            .env("BELT_DATA_DIR", self.data_dir())
            .env("HOME", self.path("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("BELT_CREDENTIAL_STORE", "file")
            .env("NO_COLOR", "1");
        for var in [
            "BELT_ACCOUNT",
            "BELT_API_KEY",
            "HEROKU_API_KEY",
            "BELT_API_URL",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }

    /// Starts belt with `args` in the background, stdout and stderr piped, in an environment
    /// holding only this sandbox's state, `PATH` and `extra_env`.
    pub fn spawn(&self, args: &[&str], extra_env: &[(&str, &str)]) -> Child {
        StdCommand::new(assert_cmd::cargo::cargo_bin!("belt"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("BELT_CONFIG_DIR", self.config_dir())
            .env("BELT_DATA_DIR", self.data_dir())
            .env("HOME", self.path("home"))
            .env("NO_COLOR", "1")
            .env("BELT_CREDENTIAL_STORE", "file")
            .envs(extra_env.iter().copied())
            .current_dir(self.work())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn belt")
    }
}

impl Sandbox {
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
}

/// Like [`http_client`], trusting the CA certificates in the PEM file `ca` (a `belt serve`'s).
pub fn http_client_trusting(ca: &Path) -> reqwest::Client {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).expect("CA file") {
        roots.add(cert.expect("CA certificate")).expect("CA root");
    }
    http_client_with_roots(roots)
}

fn http_client_with_roots(roots: rustls::RootCertStore) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .tls_backend_preconfigured(
            rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_root_certificates(roots)
            .with_no_client_auth(),
        )
        .build()
        .expect("HTTP client")
}

pub mod curl;
pub mod fake;
pub mod pty;
pub mod standin;
pub mod stress;

impl Server {
    /// The `belt serve` process id (to read its memory use).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

/// What a successful run printed, as JSON; fails the test with its stderr otherwise.
pub fn json_of<T: serde::de::DeserializeOwned>(output: &std::process::Output) -> T {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

/// Runs `cmd` (a belt command), failing the test instead of hanging if it outlives a generous
/// guard. Returns (exit code, stdout, stderr) and asserts belt never panicked.
pub fn run_guarded(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd
        .timeout(std::time::Duration::from_secs(90))
        .output()
        .expect("run belt");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.code().is_some(),
        "belt hung or was killed: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "belt panicked: {stderr}");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

impl Sandbox {
    /// A git repository `name` in the sandbox with this Procfile, committed on `branch`.
    pub fn repo_with_procfile(&self, name: &str, procfile: &str, branch: &str) -> PathBuf {
        let dir = self.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        self.git(&dir, &["init", "-q", "-b", branch]);
        std::fs::write(dir.join("Procfile"), procfile).unwrap();
        self.commit_all(&dir, "first deploy");
        dir
    }

    /// Commits everything in the repository at `dir` as a test author; returns the commit id.
    pub fn commit_all(&self, dir: &Path, message: &str) -> String {
        self.git(dir, &["add", "-A"]);
        let author = ["-c", "user.name=Test", "-c", "user.email=test@example.com"];
        self.git(
            dir,
            &[&author[..], &["commit", "-q", "-m", message]].concat(),
        );
        self.git(dir, &["rev-parse", "HEAD"])
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
}

impl Sandbox {
    /// `belt accounts:add tty -i` on a pseudo-terminal against `api_url`, typing `answers`
    /// (`[[prompt, answer], ...]`) at its prompts: the exit code and all it wrote.
    pub fn login_on_terminal(
        &self,
        api_url: &str,
        ca: &std::path::Path,
        answers: &serde_json::Value,
    ) -> (i32, String) {
        let args = [
            "accounts:add",
            "tty",
            "-i",
            "--api-url",
            api_url,
            "--ca-cert",
        ];
        self.belt_on_terminal(
            args.iter()
                .map(std::ffi::OsStr::new)
                .chain([ca.as_os_str()]),
            answers,
        )
    }

    /// `belt ARGS` on a pseudo-terminal, typing `answers` (`[[prompt, answer], ...]`), each
    /// with Enter, at its prompts: the exit code and all it wrote.
    pub fn belt_on_terminal(
        &self,
        args: impl IntoIterator<Item = impl AsRef<std::ffi::OsStr>>,
        answers: &serde_json::Value,
    ) -> (i32, String) {
        let ran = pty::run(pty::driver(
            self.std_command("python3"),
            assert_cmd::cargo::cargo_bin!("belt"),
            args,
            &pty::answering(answers, "\n"),
        ));
        (ran.status, ran.output)
    }
}

/// Installs into `name` under the target directory's tmp with `install(dir)`, aside first and
/// moved in whole, so an interrupted install is never reused; returns the directory.
pub fn installed(name: &str, install: impl Fn(&Path)) -> PathBuf {
    // Tests of one binary wait for the first one's install instead of each making its own.
    static INSTALLING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join(name);
    if dir.exists() {
        return dir;
    }
    // Aside in a place of its own: tests installing at once must not share (and remove) it.
    let partial = tmp.join(format!("{name}.partial-{}", uuid::Uuid::new_v4().simple()));
    install(&partial);
    // Another test binary may have won the race: its copy is as good.
    if std::fs::rename(&partial, &dir).is_err() {
        let _ = std::fs::remove_dir_all(&partial);
    }
    dir
}

/// `package` (`name@version`) from the npm registry, [`installed`] on first use; returns the
/// prefix whose `node_modules` holds it.
pub fn npm_installed(package: &str) -> PathBuf {
    installed(&package.replace('@', "-"), |dir| {
        std::fs::create_dir_all(dir).expect("mkdir");
        let status = StdCommand::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--prefix",
            ])
            .arg(dir)
            .arg(package)
            .status()
            .unwrap_or_else(|e| {
                panic!("this test needs npm (Node.js) on PATH to install {package}: {e}")
            });
        assert!(status.success(), "npm install {package} failed: {status}");
    })
}

/// The processes of one test's one-off dynos, found by a unique marker in their environment
/// (`-e BELT_TEST_MARK=...`, inherited by every process the command starts, its `sleep`
/// included), so no one else's process is ever touched. Whatever is still running when this
/// is dropped, the test passing or failing, is killed.
pub struct Marked {
    marker: String,
}

impl Marked {
    pub fn new() -> Marked {
        Marked {
            marker: format!("BELT_TEST_MARK=proc-{}", uuid::Uuid::new_v4().simple()),
        }
    }

    /// `-e` and its value for `run` and `run:detached`.
    pub fn env(&self) -> [&str; 2] {
        ["-e", &self.marker]
    }

    /// This test's live processes.
    pub fn pids(&self) -> Vec<u32> {
        let wanted = format!("{}\0", self.marker).into_bytes();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                // Zombies are gone already (and show no environment).
                let zombie = std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .map(|s| s.rsplit_once(") ").is_some_and(|(_, r)| r.starts_with('Z')))
                    .unwrap_or(true);
                !zombie
                    && std::fs::read(format!("/proc/{pid}/environ"))
                        .is_ok_and(|env| env.windows(wanted.len()).any(|w| w == wanted))
            })
            .collect()
    }

    /// Waits (bounded) until the dyno's command runs.
    pub fn wait_running(&self) {
        poll("the dyno's processes to start", || !self.pids().is_empty());
    }

    /// Waits (bounded) until none of the processes is left; fails naming those that are.
    pub fn assert_all_gone(&self, after: &str) {
        for _ in 0..300 {
            if self.pids().is_empty() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("after {after}, still running: {:?}", self.commands());
    }

    pub fn commands(&self) -> Vec<String> {
        self.pids()
            .iter()
            .map(|pid| {
                let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                format!(
                    "{pid}: {}",
                    String::from_utf8_lossy(&cmdline).replace('\0', " ")
                )
            })
            .collect()
    }
}

impl Drop for Marked {
    fn drop(&mut self) {
        for _ in 0..3 {
            let pids = self.pids();
            if pids.is_empty() {
                return;
            }
            for pid in pids {
                let _ = std::process::Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

/// Polls `done` for up to 30 s (a guard against hanging, not a timing check).
pub fn poll(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("gave up waiting for {what}");
}

/// Kills the child (a test's `belt run`) when dropped.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Server {
    /// One API call to this server with its owner's key: (status, headers, JSON body or Null).
    /// For setting up many resources fast and checking answers at the wire.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        self.call_as(&self.token, method, path, headers, body)
    }

    /// [`Server::call`] with another API key, `token`.
    pub fn call_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let http = http_client_trusting(&self.ca);
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = http
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(token)
            .header("Accept", "application/vnd.heroku+json; version=3");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let response = request.send().await.expect("the server answers");
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let bytes = response.bytes().await.unwrap_or_default();
            (
                status,
                headers,
                serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            )
        })
    }

    /// A belt command of `sb` against this server (its key and CA).
    pub fn belt(&self, sb: &Sandbox) -> Command {
        let mut cmd = sb.belt();
        cmd.env("BELT_API_URL", &self.url)
            .env("BELT_API_KEY", &self.token)
            .env("SSL_CERT_FILE", &self.ca);
        cmd
    }

    /// Runs belt against this server (its key and CA), asserts success, returns stdout.
    pub fn belt_ok(&self, sb: &Sandbox, args: &[&str]) -> String {
        let output = self.belt(sb).args(args).output().expect("run belt");
        assert!(
            output.status.success(),
            "belt {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }
}
