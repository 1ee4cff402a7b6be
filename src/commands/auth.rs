//! auth: login, logout, whoami, token; keys: the account's SSH keys.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::shared::{LoginArgs, log_in};
use crate::api::Fetched;
use crate::api::endpoints::Key;
use crate::api::models;
use crate::auth::login;
use crate::auth::{self, Account, Backend};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Message, Output, Quiet, View};

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in to the current account's backend
    #[command(
        name = "auth:login",
        visible_alias = "login",
        long_about = "Log in to the current account's backend.\n\n\
            On a terminal belt opens the login page of the backend's login host in your browser \
            (Heroku's is https://cli-auth.heroku.com, HEROKU_LOGIN_HOST overrides it for the \
            heroku account; BROWSER is respected) and waits up to ten minutes for you to \
            approve it. -i asks for email and password (and a two-factor code when needed) or \
            an API key instead; \
            --with-token reads an API key from stdin, for CI. The API key is kept in the OS \
            keyring, or in a 0600 file where there is none.",
        after_help = "Examples:\n  belt login\n  belt login -i\n  echo \"$KEY\" | belt login --with-token --account work"
    )]
    Login(LoginArgs),
    /// Log out: revoke the API key on the backend and forget it
    #[command(
        name = "auth:logout",
        long_about = "Log out of the current account: revoke belt's authorization on the backend \
            (never the account's default API key), and delete the stored credential.",
        visible_alias = "logout",
        after_help = "Examples:\n  belt logout\n  belt logout --account work"
    )]
    Logout,
    /// Show the email of the logged-in user
    #[command(
        name = "auth:whoami",
        long_about = "Show the email of the account you are logged in as; exits 3 when not logged in.",
        visible_alias = "whoami",
        after_help = "Examples:\n  belt whoami\n  belt whoami --account work --json"
    )]
    Whoami,
    /// Print the API key of the current account
    #[command(
        name = "auth:token",
        long_about = "Print the API key of the current account, for scripts. This is the one command \
            that prints a token (besides `authorizations:create` and `rotate`, which make one).\n\n\
            As the official CLI does, it warns on stderr when the token expires, learned from \
            its authorization.",
        after_help = "Examples:\n  belt auth:token\n  curl -H \"Authorization: Bearer $(belt auth:token)\" ..."
    )]
    Token,
    /// List your SSH keys
    #[command(
        name = "keys",
        long_about = "List the SSH keys of your account.",
        after_help = "Examples:\n  belt keys\n  belt keys --json"
    )]
    Keys,
    /// Add an SSH public key to your account
    #[command(
        name = "keys:add",
        long_about = "Add an SSH public key to your account.\n\n\
            Without a file, the one ~/.ssh/id_*.pub key is used.",
        after_help = "Examples:\n  belt keys:add\n  belt keys:add ~/.ssh/id_ed25519.pub"
    )]
    KeysAdd(KeysAddArgs),
    /// Remove an SSH key from your account
    #[command(
        name = "keys:remove",
        long_about = "Remove SSH keys from your account: those whose comment (the user@host at \
            the end of the key, as `belt keys` shows it) is KEY, or the key with that id or \
            fingerprint.",
        after_help = "Examples:\n  belt keys:remove me@laptop\n  belt keys:remove SHA256:1a2b..."
    )]
    KeysRemove(KeysRemoveArgs),
}

#[derive(Debug, Args)]
pub struct KeysAddArgs {
    /// The public key file (default: the one ~/.ssh/id_*.pub)
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct KeysRemoveArgs {
    /// The key's comment (e.g. me@laptop), id or fingerprint
    pub key: String,
}

pub async fn run(ctx: &Context, command: AuthCommand) -> Result<()> {
    match command {
        AuthCommand::Login(args) => log_in(ctx, &ctx.account()?, &args).await,
        AuthCommand::Logout => logout(ctx).await,
        AuthCommand::Whoami => whoami(ctx).await,
        AuthCommand::Token => token(ctx).await,
        AuthCommand::Keys => keys(ctx).await,
        AuthCommand::KeysAdd(args) => keys_add(ctx, args).await,
        AuthCommand::KeysRemove(args) => keys_remove(ctx, args).await,
    }
}

/// `logout`: whether belt's own credential was forgotten, and what login is left.
struct LoggedOut {
    account: Account,
    forgotten: bool,
}

impl View for LoggedOut {
    fn json(&self) -> Value {
        json!({"account": self.account.name, "logged_out": self.forgotten})
    }

    fn human(&self, out: &Output) -> Result<()> {
        let name = &self.account.name;
        // What is left is not belt's to revoke: the official CLI's login, which `heroku` then
        // uses.
        let heroku_cli = match auth::token(&self.account)? {
            Some((_, auth::Source::HerokuCli(place))) => Some(place),
            _ => None,
        };
        match (self.forgotten, heroku_cli) {
            (true, None) => out.line(format!("Logged out of {name}")),
            (true, Some(place)) => out.line(format!(
                "Logged out of {name}; it now uses the Heroku CLI's login, from {place} (log out \
                 of that with `heroku logout`)"
            )),
            (false, Some(place)) => out.line(format!(
                "belt has no login of its own for {name}: it uses the Heroku CLI's, from {place}; \
                 log out with `heroku logout`"
            )),
            (false, None) => out.line(format!("Not logged in to {name}; nothing to do")),
        }
    }
}

async fn logout(ctx: &Context) -> Result<()> {
    let account = ctx.account()?;
    if account.backend == Backend::Local {
        return Err(Error::Usage(
            "the local account needs no login, so there is nothing to log out of".into(),
        ));
    }
    let forgotten = login::logout(&account, &ctx.login_options(), &ctx.out).await?;
    ctx.out.emit(&LoggedOut { account, forgotten })
}

/// `whoami`: the account's email.
struct Whoami(Fetched<models::Account>);

impl View for Whoami {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(&self.0.model.email)
    }
}

async fn whoami(ctx: &Context) -> Result<()> {
    let raw = ctx.client().await?.account().info_raw().await?;
    ctx.out
        .emit_unread(raw, |raw| Ok(Whoami(Fetched::read(raw)?)))
}

async fn token(ctx: &Context) -> Result<()> {
    let client = ctx.client().await?;
    let token = client
        .token()
        .ok_or_else(|| Error::NotLoggedIn("no API key for this account".into()))?;
    if let Some(at) = login::token_expiry(client, token).await {
        auth::expiry::warn_once(&ctx.out, at);
    }
    ctx.out.emit(&Message::new(json!({"token": token}), token))
}

/// `ssh-ed25519 AAAA...xyz4 me@host`: a key shortened for display.
fn abbreviate_key(key: &str) -> String {
    let mut parts = key.split_whitespace();
    let kind = parts.next().unwrap_or_default();
    let blob: Vec<char> = parts.next().unwrap_or_default().chars().collect();
    let short = if blob.len() > 20 {
        let head: String = blob[..10].iter().collect();
        let tail: String = blob[blob.len() - 10..].iter().collect();
        format!("{head}...{tail}")
    } else {
        blob.iter().collect()
    };
    let comment = parts.collect::<Vec<_>>().join(" ");
    format!("{kind} {short} {comment}").trim_end().to_string()
}

/// `keys`: the account's SSH keys, shortened.
struct KeyList(Fetched<Vec<Key>>);

impl View for KeyList {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let keys = &self.0.model;
        let Some(first) = keys.first() else {
            return out.line("You have no SSH keys.");
        };
        out.header(format!("{} keys", first.email.as_deref().unwrap_or("your")))?;
        let lines: Vec<String> = keys
            .iter()
            .map(|k| abbreviate_key(k.public_key.as_deref().unwrap_or_default()))
            .collect();
        out.line(lines.join("\n"))
    }
}

async fn keys(ctx: &Context) -> Result<()> {
    let keys = ctx.client().await?.keys().list().await?;
    ctx.out.emit(&KeyList(keys))
}

/// The one `~/.ssh/id_*.pub`, or an error naming what was (not) found.
fn default_public_key() -> Result<PathBuf> {
    let home = crate::env::HOME
        .get_os()
        .map(PathBuf::from)
        .unwrap_or_default();
    let dir = home.join(".ssh");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("id_") && n.ends_with(".pub"))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::Usage(format!(
            "no SSH public key found in {}: create one with `ssh-keygen -t ed25519`, or name a file",
            dir.display()
        ))),
        many => Err(Error::Usage(format!(
            "several SSH public keys found ({}); name the one to add: belt keys:add FILE",
            many.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

async fn keys_add(ctx: &Context, args: KeysAddArgs) -> Result<()> {
    let path = match args.file {
        Some(path) => path,
        None => default_public_key()?,
    };
    let public_key = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let client = ctx.client().await?;
    let action = ctx
        .out
        .action(format!("Uploading {} SSH key", path.display()));
    let raw = client.keys().add(public_key.trim()).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

/// As the official CLI does: every key whose comment is `key` is deleted by id; belt also
/// takes a key's id or fingerprint.
async fn keys_remove(ctx: &Context, args: KeysRemoveArgs) -> Result<()> {
    let client = ctx.client().await?;
    let action = ctx.out.action(format!("Removing {} SSH key", args.key));
    let keys = client.keys().list().await?.model;
    if keys.is_empty() {
        return Err(Error::NotFound("No SSH keys on account".into()));
    }
    let field = |value: &Option<String>| value.clone().unwrap_or_default();
    let chosen: Vec<&Key> = keys
        .iter()
        .filter(|k| {
            field(&k.comment) == args.key
                || field(&k.id) == args.key
                || field(&k.fingerprint) == args.key
        })
        .collect();
    if chosen.is_empty() {
        let found: Vec<String> = keys.iter().map(|k| field(&k.comment)).collect();
        return Err(Error::NotFound(format!(
            "SSH Key {} not found.\nFound keys: {}.",
            args.key,
            found.join(", ")
        )));
    }
    let mut removed = Vec::with_capacity(chosen.len());
    for key in chosen {
        removed.push(client.keys().remove(&field(&key.id)).await?);
    }
    action.done();
    ctx.out.emit(&Quiet(Value::Array(removed)))
}
