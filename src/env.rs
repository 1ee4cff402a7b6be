//! Every environment variable belt reads, declared once: its name, what it does and its
//! default. Code reads a variable only through its entry here (`env::BELT_APP.get()`), clap's
//! `env =` attributes name the entry (`env = env::BELT_ACCOUNT.name`), and the README's and the
//! man page's lists are generated from [`ALL`] (tests/generated.rs). A unit test below fails when
//! code under src/ reads a variable any other way.
//!
//! The platform crate (`crates/belt-platform`) reads its own, named where it reads them:
//! `BELT_PUBLIC_URL` (set by `belt serve` for a repository's push hook, `git_repos::PUBLIC_URL_ENV`),
//! the variables a dyno inherits from the platform (`runner::INHERITED_ENV`), and its knobs
//! (`belt_platform::settings`), which are listed here too (a test checks they all are).

use std::ffi::OsString;

/// One environment variable belt reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Var {
    pub name: &'static str,
    /// What it does, one line.
    pub doc: &'static str,
    /// What belt does when it is unset.
    pub default: &'static str,
    pub kind: Kind,
}

/// Whose convention a variable follows: the README lists them by kind, the man page all but
/// the development ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// belt's own.
    Belt,
    /// The official Heroku CLI's, meaning what they mean to it.
    HerokuCli,
    /// A convention of the system or of other tools.
    System,
    /// Read by belt's own tests, not by belt.
    Development,
}

impl Var {
    /// The value, if set and valid Unicode (`std::env::var(..).ok()`).
    pub fn get(self) -> Option<String> {
        std::env::var(self.name).ok()
    }

    /// The value, if set, as the OS gives it (`std::env::var_os`).
    pub fn get_os(self) -> Option<OsString> {
        std::env::var_os(self.name)
    }
}

/// A variable of belt's environment by any name, for `belt local`: it hands belt's environment
/// on to the processes it starts, and no `.env` line or config var replaces one already set.
pub fn inherited(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// Declares each variable as a constant named as the variable, and [`ALL`] in this order.
macro_rules! registry {
    ($($name:ident, $kind:ident: $doc:literal, default $default:literal;)*) => {
        $(
            #[doc = $doc]
            pub const $name: Var = Var {
                name: stringify!($name),
                doc: $doc,
                default: $default,
                kind: Kind::$kind,
            };
        )*
        /// Every variable belt reads, in the order the documentation lists them.
        pub const ALL: &[Var] = &[$($name),*];
    };
}

registry! {
    BELT_API_KEY, Belt:
        "API key for the account in use, over its stored one",
        default "the account's stored key";
    BELT_API_URL, Belt:
        "API base URL for a command, as `--api-url` (`local` for the embedded platform)",
        default "the account's backend";
    BELT_ACCOUNT, Belt:
        "account to use, as `--account`",
        default "`.belt.toml`'s, then the `accounts:set` one";
    BELT_APP, Belt:
        "app to use when neither `-a` nor `-r` is given",
        default "`HEROKU_APP`, then `.belt.toml`'s, then the git remote's";
    BELT_CREDENTIAL_STORE, Belt:
        "`file` keeps API keys in `credentials.toml` (as `--insecure-storage`)",
        default "the OS keyring";
    BELT_CONFIG_DIR, Belt:
        "directory of `accounts.toml` and `credentials.toml`",
        default "`$XDG_CONFIG_HOME/belt`";
    BELT_DATA_DIR, Belt:
        "directory of the local platform's database, TLS material and repositories",
        default "`$XDG_DATA_HOME/belt`";
    BELT_HTTP_TIMEOUT, Belt:
        "seconds an API call waits for an answer (not build output or log streams)",
        default "30";
    BELT_WAIT_INTERVAL, Belt:
        "seconds between looks at a build whose output has paused, as `--wait-interval`",
        default "5";
    BELT_ROUTER_PORT, Belt:
        "port of the local platform's router, where `http://APP.localhost:PORT/` answers (`belt serve --router-port`)",
        default "5466";
    BELT_BOOT_TIMEOUT, Belt:
        "seconds a local web dyno has to listen on `$PORT` before Heroku's R10 boot timeout",
        default "60, as on Heroku";
    BELT_RESTART_COOLOFF, Belt:
        "longest wait, in seconds, before a local dyno that keeps crashing is restarted",
        default "20 (Heroku: 320 minutes)";
    BELT_METRICS_INTERVAL, Belt:
        "seconds between a local dyno's runtime-metrics lines (`labs:enable log-runtime-metrics`)",
        default "20, as on Heroku";
    BELT_REVIEW_APP_DAY, Belt:
        "seconds a day lasts for the local platform's stale review apps (`reviewapps:enable --autodestroy --stale-days N`)",
        default "86400";
    BELT_SUPERVISOR_TICK, Belt:
        "seconds between the local supervisor's looks for dynos to start when nothing wakes it sooner (every change does)",
        default "0.1";
    HEROKU_API_KEY, HerokuCli:
        "API key of the `heroku` account, which it selects when no account is chosen",
        default "the `heroku` account's stored key or the official CLI's login";
    HEROKU_APP, HerokuCli:
        "app to use when neither `-a`, `-r` nor `BELT_APP` is given",
        default "`.belt.toml`'s, then the git remote's";
    HEROKU_TEAM, HerokuCli:
        "team to use when `-t` is not given (`apps`, `create`, `members`)",
        default "`HEROKU_ORGANIZATION`";
    HEROKU_ORGANIZATION, HerokuCli:
        "team to use when neither `-t` nor `HEROKU_TEAM` is given (its older name)",
        default "none: personal apps, and `members` asks for `-t`";
    HEROKU_HOST, HerokuCli:
        "the `heroku` account's API: a URL, or a domain whose API is `https://api.DOMAIN` (Heroku's or localhost)",
        default "`https://api.heroku.com`";
    HEROKU_LOGIN_HOST, HerokuCli:
        "the `heroku` account's browser-login host",
        default "`https://cli-auth.heroku.com` for Heroku, else the backend";
    HEROKU_DATA_DIR, HerokuCli:
        "the official CLI's data directory, where its login is looked for",
        default "`$XDG_DATA_HOME/heroku`";
    NETRC, HerokuCli:
        "the netrc file the official CLI's login is read from",
        default "`~/.netrc` (`~/_netrc` on Windows)";
    NO_COLOR, System:
        "any non-empty value turns colour off, as `--no-color`",
        default "colour on a terminal";
    TERM, System:
        "`dumb` turns colour off; sent to an attached one-off dyno",
        default "colour on a terminal, none sent";
    SSL_CERT_FILE, System:
        "extra CA certificates (PEM) to trust for HTTPS backends",
        default "Mozilla's roots and the account's CA";
    XDG_CONFIG_HOME, System:
        "base of belt's config directory",
        default "`~/.config`";
    XDG_DATA_HOME, System:
        "base of belt's and the official CLI's data directories",
        default "`~/.local/share`";
    HOME, System:
        "home directory: the base of the default directories, `~/.ssh` and `~/.netrc`",
        default "the current directory";
    USERPROFILE, System:
        "home directory on Windows, when `HOME` is unset",
        default "none";
    LOCALAPPDATA, System:
        "base of the official CLI's data directory on Windows",
        default "`~/.local/share`";
    VISUAL, System:
        "editor `config:edit` runs (through `sh`, so it may carry arguments)",
        default "`EDITOR`";
    EDITOR, System:
        "editor `config:edit` runs when `VISUAL` is unset",
        default "`vi`";
    PATH, System:
        "where `plugins` and `belt NAME` look for `belt-NAME` executables",
        default "none";
    HOSTNAME, System:
        "this machine's name, shown on a browser login's approval page",
        default "`COMPUTERNAME`, then `/etc/hostname`";
    COMPUTERNAME, System:
        "this machine's name on Windows, when `HOSTNAME` is unset",
        default "`/etc/hostname`";
    BELT_REGENERATE, Development:
        "makes `cargo test --test generated` rewrite the generated files (completions, man pages, README sections)",
        default "they are checked";
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    #[test]
    fn the_platforms_knobs_are_listed() {
        for name in belt_platform::settings::ALL {
            assert!(
                ALL.iter().any(|v| v.name == *name),
                "{name} is not in the registry"
            );
        }
    }

    /// Every .rs file under src/ but this one, with its text.
    fn other_sources() -> Vec<(PathBuf, String)> {
        fn walk(dir: &Path, files: &mut Vec<(PathBuf, String)>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, files);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    files.push((path, text));
                }
            }
        }
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&src, &mut files);
        files.retain(|(path, _)| *path != src.join("env.rs"));
        files
    }

    /// Reads that bypass the registry: the std functions, and clap attributes naming a literal.
    const DIRECT_READS: &[&str] = &["env::var(", "env::var_os(", "env::vars(", "env = \""];

    #[test]
    fn code_reads_variables_only_through_the_registry() {
        let mut found = Vec::new();
        for (path, text) in other_sources() {
            for (number, line) in text.lines().enumerate() {
                if DIRECT_READS.iter().any(|read| line.contains(read)) {
                    found.push(format!(
                        "{}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
        assert!(
            found.is_empty(),
            "read these through crate::env (declare the variable there):\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn every_declared_variable_is_read() {
        let mut readers: Vec<String> = other_sources().into_iter().map(|(_, text)| text).collect();
        let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/generated.rs");
        readers.push(std::fs::read_to_string(generated).unwrap());
        let unread: Vec<&str> = ALL
            .iter()
            .map(|var| var.name)
            .filter(|name| {
                let path = format!("env::{name}");
                !readers.iter().any(|text| text.contains(&path))
            })
            // The platform's knobs are read where the platform opens (`belt_platform::settings`).
            .filter(|name| !belt_platform::settings::ALL.contains(name))
            .collect();
        assert!(unread.is_empty(), "declared but never read: {unread:?}");
    }

    #[test]
    fn names_are_unique_and_docs_one_line() {
        let mut names: Vec<&str> = ALL.iter().map(|v| v.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len());
        for var in ALL {
            for text in [var.doc, var.default] {
                assert!(!text.is_empty() && !text.contains(['\n', '|']), "{var:?}");
            }
        }
    }
}
