//! The directory's view of belt: `.belt.toml` found upward from the current directory, and the
//! git remotes that point at apps.

use std::path::{Path, PathBuf};
use std::process::Command;

use belt_text::git_url::{self, GitServer};
use serde::Deserialize;

use crate::auth::Backend;
use crate::error::{Error, Result};

pub const PROJECT_FILE: &str = ".belt.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub app: Option<String>,
    pub account: Option<String>,
    #[serde(skip)]
    pub path: PathBuf,
}

impl Project {
    /// The nearest `.belt.toml` at or above the current directory.
    pub fn discover() -> Result<Option<Project>> {
        let Ok(cwd) = std::env::current_dir() else {
            return Ok(None);
        };
        for dir in cwd.ancestors() {
            let path = dir.join(PROJECT_FILE);
            match std::fs::read_to_string(&path) {
                Ok(text) => return Self::parse(&path, &text).map(Some),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => continue,
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
        Ok(None)
    }

    fn parse(path: &Path, text: &str) -> Result<Project> {
        let mut project: Project = toml::from_str(text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: format!(
                "{}. It may set `app = \"NAME\"` and `account = \"NAME\"`.",
                e.message().trim_end_matches('\n')
            ),
        })?;
        project.path = path.to_path_buf();
        Ok(project)
    }
}

/// Runs git with `args` in the current directory; None when git is missing or fails.
pub fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Makes belt this repository's git credential helper for `url`'s host (HTTPS URLs only), so
/// `git push` authenticates as the account bound to the directory. Scoped to that host, and
/// clearing other helpers for it, so no other account's or tool's credential is offered.
pub fn use_credential_helper(url: &str) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    let Some(host) = parsed.host_str() else {
        return false;
    };
    if parsed.scheme() != "https" {
        return false;
    }
    let scope = match parsed.port() {
        Some(port) => format!("https://{host}:{port}"),
        None => format!("https://{host}"),
    };
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "belt".into());
    let helper = format!("!'{}' git:credentials", exe.replace('\'', r"'\''"));
    let key = format!("credential.{scope}.helper");
    git(&["config", "--replace-all", &key, ""]).is_some()
        && git(&["config", "--add", &key, &helper]).is_some()
}

pub fn in_git_repo() -> bool {
    git(&["rev-parse", "--is-inside-work-tree"]).is_some_and(|s| s == "true")
}

/// `(name, url)` of every git remote of the current repository.
pub fn git_remotes() -> Vec<(String, String)> {
    let Some(text) = git(&["config", "--get-regexp", r"^remote\..*\.url$"]) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|line| {
            let (key, url) = line.split_once(' ')?;
            let name = key.strip_prefix("remote.")?.strip_suffix(".url")?;
            Some((name.to_string(), url.trim().to_string()))
        })
        .collect()
}

/// The app a git URL points at on `backend`, if it is one of that backend's git URLs:
/// Heroku's `https://git.heroku.com/NAME.git` and `git@heroku.com:NAME.git`, the local
/// platform's repositories, or `https://HOST/NAME.git` on a compatible server's host. The
/// parsing is belt-text's (fuzzed there); this maps the account's backend to its git server.
pub fn app_from_git_url(url: &str, backend: &Backend) -> Option<String> {
    match backend {
        Backend::Local => {
            let repos = crate::dirs::platform_dir().join("repos");
            git_url::app_from_git_url(url, &GitServer::Local { repos: &repos })
        }
        Backend::Remote(api_url) => git_url::app_from_git_url(url, &GitServer::Remote { api_url }),
    }
}

/// Finds the app from git remotes: the named remote, or else the one remote that points at an
/// app of `backend`. More than one candidate is an error naming them, never a guess.
pub fn app_from_git_remotes(backend: &Backend, remote: Option<&str>) -> Result<String> {
    let remotes = git_remotes();
    if let Some(wanted) = remote {
        let (_, url) = remotes
            .iter()
            .find(|(name, _)| name == wanted)
            .ok_or_else(|| {
                Error::Usage(format!("no git remote named {wanted:?} in this directory"))
            })?;
        return app_from_git_url(url, backend).ok_or_else(|| {
            Error::Usage(format!(
                "git remote {wanted:?} ({url}) does not point at an app on {}",
                backend.display()
            ))
        });
    }
    let mut candidates: Vec<(String, String)> = remotes
        .iter()
        .filter_map(|(name, url)| Some((name.clone(), app_from_git_url(url, backend)?)))
        .collect();
    candidates.sort();
    let mut apps: Vec<&str> = candidates.iter().map(|(_, app)| app.as_str()).collect();
    apps.dedup();
    match apps.as_slice() {
        [app] => Ok(app.to_string()),
        [] => Err(Error::Usage(
            "no app specified: use -a APP, set BELT_APP, add `app = \"NAME\"` to .belt.toml, \
             or run inside a git repository with a remote for the app"
                .into(),
        )),
        _ => {
            let list: Vec<String> = candidates
                .iter()
                .map(|(remote, app)| format!("{app} (remote {remote})"))
                .collect();
            Err(Error::Usage(format!(
                "several apps match this directory: {}; choose one with -a APP or -r REMOTE",
                list.join(", ")
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backends_map_to_their_git_servers() {
        let heroku = Backend::Remote("https://api.heroku.com".into());
        assert_eq!(
            app_from_git_url("git@heroku.com:demo.git", &heroku).as_deref(),
            Some("demo")
        );
        let local_repo = crate::dirs::platform_dir().join("repos").join("demo.git");
        let local_repo = local_repo.to_string_lossy();
        assert_eq!(
            app_from_git_url(&local_repo, &Backend::Local).as_deref(),
            Some("demo")
        );
        assert_eq!(app_from_git_url(&local_repo, &heroku), None);
    }

    #[test]
    fn project_file_errors_name_the_file() {
        let err = Project::parse(Path::new("/x/.belt.toml"), "app = 3").unwrap_err();
        assert!(err.to_string().contains("/x/.belt.toml"), "{err}");
        let ok = Project::parse(Path::new("/x/.belt.toml"), "app = \"demo\"").unwrap();
        assert_eq!(ok.app.as_deref(), Some("demo"));
    }
}
