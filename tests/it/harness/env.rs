//! The one place a test's process gets its environment: every program a test starts (belt,
//! `belt serve`, the official CLI, the node and python clients, git, curl, shells) goes
//! through [`isolate`], so none of them sees the machine's accounts, keys, proxies or config.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Variables no test process inherits, whatever it is: what belt, the official CLI, git, curl,
/// node and python read to find accounts, keys, hosts, proxies, certificates, config files,
/// editors and the terminal's size.
const CLEARED: &[&str] = &[
    "HOME",
    "NETRC",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "FORCE_COLOR",
    "TERM",
    "COLUMNS",
    "LINES",
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "https_proxy",
    "http_proxy",
    "all_proxy",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "CURL_CA_BUNDLE",
    "REQUESTS_CA_BUNDLE",
    "EDITOR",
    "VISUAL",
    "BROWSER",
    "DEBUG",
    "HOSTNAME",
];

/// Prefixes of variables no test process inherits: belt's own, the official CLI's, the XDG
/// directories, git's, node's and npm's, python's.
const CLEARED_PREFIXES: &[&str] = &[
    "BELT_", "HEROKU_", "XDG_", "GIT_", "NODE_", "NPM_", "npm_", "PYTHON", "PIP_",
];

/// Clears from `cmd` what [`CLEARED`], [`CLEARED_PREFIXES`] and belt's registry name and points it at the
/// private directories under `root` (`config`, `data`, `home`): belt's config and data, and
/// `HOME` for everything else. Git gets a fixed author and no system config; colour is off
/// and credentials stay in files, never the machine's keyring. Tests set what they need
/// (`BELT_API_URL`, `TERM`, ...) on the command afterwards.
pub fn isolate<'a>(cmd: &'a mut Command, root: &Path) -> &'a mut Command {
    for var in CLEARED {
        cmd.env_remove(var);
    }
    // Every variable belt reads, from its registry (src/env.rs), but the PATH it runs with.
    for var in belt::env::ALL.iter().filter(|v| v.name != "PATH") {
        cmd.env_remove(var.name);
    }
    for (var, _) in std::env::vars_os() {
        let name = var.to_string_lossy();
        if CLEARED_PREFIXES.iter().any(|p| name.starts_with(p)) {
            cmd.env_remove(&var);
        }
    }
    cmd.env("BELT_CONFIG_DIR", root.join("config"))
        .env("BELT_DATA_DIR", root.join("data"))
        .env("HOME", root.join("home"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("NO_COLOR", "1")
        .env("BELT_CREDENTIAL_STORE", "file")
        .env("BELT_ROUTER_PORT", router_port(root).to_string())
}

/// The local platform's router port for the sandbox at `root`: free when first asked for,
/// the same for every process of the sandbox, so tests running at once never share one.
pub fn router_port(root: &Path) -> u16 {
    static PORTS: std::sync::Mutex<Vec<(PathBuf, u16)>> = std::sync::Mutex::new(Vec::new());
    let mut ports = PORTS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, port)) = ports.iter().find(|(r, _)| r == root) {
        return *port;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    ports.push((root.to_path_buf(), port));
    port
}

/// `program`, [`isolate`]d, for a process that needs no sandbox of its own (curl, a shell):
/// its private directories are one empty set under the target directory's tmp.
pub fn command(program: impl AsRef<OsStr>) -> Command {
    let mut cmd = Command::new(program);
    isolate(&mut cmd, &nobody());
    cmd
}

/// The private directories of processes outside any sandbox, made on first use.
fn nobody() -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("nobody");
    for dir in ["config", "data", "home"] {
        std::fs::create_dir_all(root.join(dir)).expect("mkdir");
    }
    root
}
