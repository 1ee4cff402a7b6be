//! git:credentials: belt as git's credential helper for its platforms' git hosts, so
//! `git push` over HTTPS authenticates as the account bound to the directory.

use std::io::BufRead;

use clap::{Args, Subcommand};

use crate::auth::{self, Backend};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Message;
use crate::project;

#[derive(Debug, Subcommand)]
pub enum GitCommand {
    /// Git credential helper (called by git, not by people)
    #[command(
        name = "git:credentials",
        long_about = "Git credential helper (called by git, not by people).\n\n\
            `belt create` sets it up for the app's git host in the repository's config \
            (credential.<url>.helper). For `get`, belt answers with the API key of the \
            account in use in the current directory, and only for that account's own git \
            host; `store` and `erase` are ignored, since belt keeps its own credentials.",
        after_help = "Examples:\n  belt git:credentials get   # reads protocol=https, host=... on stdin\n  \
            git config credential.https://git.heroku.com.helper '!belt git:credentials'"
    )]
    Credentials(CredentialsArgs),
    /// Add (or point) a git remote at an app
    #[command(
        name = "git:remote",
        long_about = "Add (or point) a git remote at an app.\n\n\
            The remote is named `heroku` unless -r says otherwise; an existing remote of that \
            name is pointed at the app. For HTTPS git URLs belt is also set up as the \
            repository's credential helper for the app's git host.",
        after_help = "Examples:\n  belt git:remote -a demo\n  belt git:remote -a demo -r staging"
    )]
    Remote,
}

#[derive(Debug, Args)]
pub struct CredentialsArgs {
    /// The git credential operation: get, store or erase
    pub operation: String,
}

pub async fn run(ctx: &Context, command: GitCommand) -> Result<()> {
    match command {
        GitCommand::Credentials(args) => credentials(ctx, &args.operation),
        GitCommand::Remote => remote(ctx).await,
    }
}

async fn remote(ctx: &Context) -> Result<()> {
    if !project::in_git_repo() {
        return Err(Error::Usage(
            "not inside a git repository: run `git init` first".into(),
        ));
    }
    let app = ctx.app().await?;
    let remote = ctx.globals.remote.as_deref().unwrap_or("heroku");
    let git_url = ctx
        .client()
        .await?
        .apps()
        .info(&app)
        .await?
        .model
        .git_url
        .filter(|u| !u.is_empty())
        .ok_or_else(|| Error::Failed(format!("{app} has no git URL on this backend")))?;
    if ctx.globals.dry_run {
        return ctx
            .out
            .line(format!("Would set git remote {remote} to {git_url}"));
    }
    let exists = project::git_remotes()
        .iter()
        .any(|(name, _)| name == remote);
    let verb = if exists { "set-url" } else { "add" };
    project::git(&["remote", verb, remote, &git_url])
        .ok_or_else(|| Error::Failed(format!("git remote {verb} {remote} failed")))?;
    project::use_credential_helper(&git_url);
    let json = serde_json::json!({"remote": remote, "url": git_url});
    let text = format!("set git remote {remote} to {git_url}");
    ctx.out.emit(&Message::new(json, text))
}

/// git's `key=value` request lines, up to a blank line or the end of input.
fn read_request(input: impl BufRead) -> Vec<(String, String)> {
    input
        .lines()
        .map_while(|line| line.ok())
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| {
            let (key, value) = line.split_once('=')?;
            Some((key.trim().to_string(), value.trim().to_string()))
        })
        .collect()
}

/// Whether `host` (git's `host`, with a port when not the default) is `backend`'s git host:
/// the API's own host and port, its name without `api.`, or Heroku's git host.
pub fn is_git_host(backend: &Backend, host: &str) -> bool {
    let Backend::Remote(_) = backend else {
        return false;
    };
    let api_host = backend.host();
    let host = host.to_ascii_lowercase();
    host == api_host
        || api_host.strip_prefix("api.") == Some(host.as_str())
        || (api_host == "api.heroku.com" && host == "git.heroku.com")
}

fn credentials(ctx: &Context, operation: &str) -> Result<()> {
    let request = read_request(std::io::stdin().lock());
    match operation {
        "get" => {}
        "store" | "erase" => return Ok(()),
        other => {
            return Err(Error::Usage(format!(
                "unknown git credential operation {other:?}: expected get, store or erase"
            )));
        }
    }
    let field = |name: &str| {
        request
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let account = ctx.account()?;
    let secure = matches!(field("protocol"), Some("https"));
    let Some(host) = field("host").filter(|h| secure && is_git_host(&account.backend, h)) else {
        // Not ours: say nothing, and git asks its other helpers.
        return Ok(());
    };
    let (token, _) = auth::token(&account)?.ok_or_else(|| {
        Error::NotLoggedIn(format!(
            "not logged in to account {:?} for {host}: run `belt login --account {}`",
            account.name, account.name
        ))
    })?;
    let username = account.email.as_deref().unwrap_or("belt");
    ctx.out
        .line(format!("username={username}\npassword={token}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_requests_and_matches_hosts() {
        let request = read_request("protocol=https\nhost=localhost:5443\n\nignored=1\n".as_bytes());
        assert_eq!(request.len(), 2);
        assert_eq!(request[1], ("host".into(), "localhost:5443".into()));
        let serve = Backend::Remote("https://localhost:5443".into());
        assert!(is_git_host(&serve, "localhost:5443"));
        assert!(!is_git_host(&serve, "localhost:6443"));
        assert!(!is_git_host(&serve, "localhost"));
        let heroku = Backend::Remote("https://api.heroku.com".into());
        assert!(is_git_host(&heroku, "git.heroku.com"));
        assert!(is_git_host(&heroku, "heroku.com"));
        assert!(!is_git_host(&heroku, "github.com"));
        assert!(!is_git_host(&Backend::Local, "local"));
    }
}
