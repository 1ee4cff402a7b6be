//! Git remote URLs that point at apps: Heroku's `https://git.heroku.com/NAME.git` and
//! `git@heroku.com:NAME.git`, a compatible server's `https://HOST/NAME.git`, and the local
//! platform's bare repositories (`/DATA/platform/repos/NAME.git` or a `file://` URL).

use std::path::Path;

/// Where an account's apps keep their git repositories: plain data, so belt's account
/// backend maps to it and the fuzz target can make up its own.
#[derive(Debug, Clone, Copy)]
pub enum GitServer<'a> {
    /// The local platform: one bare repository per app in this directory.
    Local { repos: &'a Path },
    /// A Platform API server at this URL (`https://api.heroku.com`, `https://localhost:5443`):
    /// its host, its `api.` host's parent, and for Heroku `git.heroku.com` serve git.
    Remote { api_url: &'a str },
}

/// The app `url` points at on `server`, if it is one of that server's git URLs. The name is
/// never empty, `.` or `..`, and never holds a `/`, so it cannot move an API path.
pub fn app_from_git_url(url: &str, server: &GitServer<'_>) -> Option<String> {
    let name = match *server {
        GitServer::Local { repos } => {
            let path = url.strip_prefix("file://").unwrap_or(url);
            let rest = Path::new(path).strip_prefix(repos).ok()?;
            rest.to_str()?.strip_suffix(".git")?.to_string()
        }
        GitServer::Remote { api_url } => {
            let api_host = url::Url::parse(api_url).ok()?.host_str()?.to_string();
            let heroku = api_host == "api.heroku.com" || api_host.ends_with(".heroku.com");
            if let Some(rest) = url.strip_prefix("git@heroku.com:") {
                if !heroku {
                    return None;
                }
                rest.strip_suffix(".git")?.to_string()
            } else {
                let parsed = url::Url::parse(url).ok()?;
                let host = parsed.host_str()?;
                let matches = host == api_host
                    || (heroku && host == "git.heroku.com")
                    || api_host.strip_prefix("api.") == Some(host);
                if !matches {
                    return None;
                }
                parsed
                    .path()
                    .trim_start_matches('/')
                    .strip_suffix(".git")?
                    .to_string()
            }
        }
    };
    (!matches!(name.as_str(), "" | "." | "..") && !name.contains('/')).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEROKU: GitServer<'static> = GitServer::Remote {
        api_url: "https://api.heroku.com",
    };

    #[test]
    fn heroku_url_forms() {
        assert_eq!(
            app_from_git_url("https://git.heroku.com/demo.git", &HEROKU).as_deref(),
            Some("demo")
        );
        assert_eq!(
            app_from_git_url("git@heroku.com:demo.git", &HEROKU).as_deref(),
            Some("demo")
        );
        for url in [
            "https://github.com/x/demo.git",
            "https://git.heroku.com/...git",
            "git@heroku.com:...git",
        ] {
            assert_eq!(app_from_git_url(url, &HEROKU), None, "{url}");
        }
    }

    #[test]
    fn compatible_server_urls() {
        let serve = GitServer::Remote {
            api_url: "https://localhost:5443",
        };
        assert_eq!(
            app_from_git_url("https://localhost:5443/demo.git", &serve).as_deref(),
            Some("demo")
        );
        assert_eq!(app_from_git_url("git@heroku.com:demo.git", &serve), None);
        assert_eq!(
            app_from_git_url("https://localhost:5443/a/b.git", &serve),
            None
        );
    }

    #[test]
    fn local_repositories_by_path_or_file_url() {
        let local = GitServer::Local {
            repos: Path::new("/data/platform/repos"),
        };
        for url in [
            "/data/platform/repos/demo.git",
            "file:///data/platform/repos/demo.git",
        ] {
            assert_eq!(app_from_git_url(url, &local).as_deref(), Some("demo"));
        }
        for url in [
            "/data/platform/repos/a/b.git",
            "/data/platform/repos/.git",
            "/data/platform/repos/...git",
            "/data/platform/other/demo.git",
            "/data/platform/repos/demo",
            "https://git.heroku.com/demo.git",
        ] {
            assert_eq!(app_from_git_url(url, &local), None, "{url}");
        }
    }
}
