//! accounts: several named accounts, each on its own backend, with a global current one and
//! per-directory bindings (`.belt.toml`).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use super::shared::{LoginArgs, log_in};
use crate::auth::login;
use crate::auth::{
    Account, AccountsFile, Backend, CredentialStore, HEROKU, HEROKU_API_URL, LOCAL, SystemStore,
    credential_key, heroku_cli, is_built_in, validate_name,
};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Message, Output, View, table};
use crate::project::PROJECT_FILE;

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// List accounts; the one in use here is marked *
    #[command(
        name = "accounts",
        long_about = "List your accounts: the current one marked `*`, with its backend URL and email.",
        visible_alias = "accounts:list",
        after_help = "Examples:\n  belt accounts\n  belt accounts --json"
    )]
    List,
    /// Add an account on a backend and log in to it
    #[command(
        name = "accounts:add",
        long_about = "Add an account on a backend and log in to it.\n\n\
            The backend is --api-url (default https://api.heroku.com). --ca-cert trusts a \
            private CA, such as `belt serve`'s, for this account only. The account is saved \
            only once the login succeeded.",
        after_help = "Examples:\n  belt accounts:add work\n  belt accounts:add dev --api-url https://localhost:5443 --ca-cert ~/.local/share/belt/platform/tls/ca.pem\n  echo \"$KEY\" | belt accounts:add ci --with-token"
    )]
    Add(AddArgs),
    /// Make an account the global current one
    #[command(
        name = "accounts:set",
        long_about = "Make an account the global current one, for every directory without a binding.",
        after_help = "Examples:\n  belt accounts:set work"
    )]
    Set(NameArg),
    /// Bind the current directory to an account (in .belt.toml)
    #[command(
        name = "accounts:use",
        long_about = "Bind the current directory to an account, through `account = \"NAME\"` in \
            .belt.toml (other keys are kept).",
        after_help = "Examples:\n  belt accounts:use personal"
    )]
    Use(NameArg),
    /// Show the account in use here
    #[command(
        name = "accounts:current",
        long_about = "Show the account the next command would use, and why (flag, environment, \
            directory binding, global current, or the built-in local).",
        after_help = "Examples:\n  belt accounts:current"
    )]
    Current,
    /// Remove an account and its stored API key
    #[command(
        name = "accounts:remove",
        long_about = "Remove an account and delete its stored credential. The current account \
            needs --force.",
        after_help = "Examples:\n  belt accounts:remove old\n  belt accounts:remove work --force"
    )]
    Remove(RemoveArgs),
    /// Copy the official Heroku CLI's login into belt
    #[command(
        name = "accounts:import",
        long_about = "Copy the official Heroku CLI's login into belt's own store, for the \
            built-in `heroku` account (its API host follows HEROKU_HOST). It is read where the \
            Heroku CLI keeps it: the OS keyring entry of service `heroku-cli` for the account \
            named in its login.json, else the netrc entry of the API host (~/.netrc, or \
            $NETRC). belt then no longer depends on it. Without importing, the `heroku` \
            account uses it directly while it has no key of its own.",
        after_help = "Examples:\n  belt accounts:import\n  belt accounts:import --insecure-storage"
    )]
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Keep the API key in a file (mode 0600) instead of the OS keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// The account's name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A name for the account
    pub name: String,
    /// A CA certificate (PEM) to trust for this account's backend
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    #[command(flatten)]
    pub login: LoginArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The account's name
    pub name: String,
    /// Remove it even if it is the current account
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context, command: AccountsCommand) -> Result<()> {
    match command {
        AccountsCommand::List => list(ctx),
        AccountsCommand::Add(args) => add(ctx, args).await,
        AccountsCommand::Set(args) => set(ctx, &args.name),
        AccountsCommand::Use(args) => bind_directory(ctx, &args.name),
        AccountsCommand::Current => current(ctx),
        AccountsCommand::Remove(args) => remove(ctx, args),
        AccountsCommand::Import(args) => import(ctx, args).await,
    }
}

/// Which user the account is: the email its login confirmed with `GET /account`, cached
/// then (one per account, so several accounts on one backend each show their own), or, for
/// `local`, which never logs in, the embedded platform's owner whose key it uses.
fn email(account: &Account) -> Option<&str> {
    match (&account.email, &account.backend) {
        (Some(email), _) => Some(email),
        (None, Backend::Local) => Some(belt_platform::OWNER_EMAIL),
        (None, Backend::Remote(_)) => None,
    }
}

fn account_json(account: &Account, current: bool) -> serde_json::Value {
    json!({
        "name": account.name,
        "api_url": match &account.backend {
            Backend::Local => LOCAL,
            Backend::Remote(url) => url,
        },
        "email": email(account),
        "ca_cert": account.ca_cert,
        "current": current,
    })
}

/// `accounts`: every account, the one in use marked.
struct AccountList {
    accounts: Vec<Account>,
    in_use: String,
}

impl View for AccountList {
    fn json(&self) -> serde_json::Value {
        let all: Vec<_> = self
            .accounts
            .iter()
            .map(|a| account_json(a, a.name == self.in_use))
            .collect();
        json!(all)
    }

    fn human(&self, out: &Output) -> Result<()> {
        let rows: Vec<Vec<String>> = self
            .accounts
            .iter()
            .map(|a| {
                vec![
                    if a.name == self.in_use { "*" } else { "" }.to_string(),
                    a.name.clone(),
                    a.backend.display(),
                    email(a).unwrap_or_default().to_string(),
                ]
            })
            .collect();
        out.line(table(&["", "Account", "Backend", "Email"], &rows))
    }
}

fn list(ctx: &Context) -> Result<()> {
    let accounts = AccountsFile::load()?.all()?;
    let in_use = ctx.account()?.name;
    ctx.out.emit(&AccountList { accounts, in_use })
}

async fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    validate_name(&args.name)?;
    if is_built_in(&args.name) {
        return Err(Error::Usage(format!(
            "the {0} account is built in: log in to it with `belt login --account {0}`",
            args.name
        )));
    }
    if AccountsFile::load()?.contains(&args.name) {
        return Err(Error::Usage(format!(
            "account {:?} already exists: log in again with `belt login --account {0}`, or remove it first",
            args.name
        )));
    }
    let url = ctx.globals.api_url.as_deref().unwrap_or(HEROKU_API_URL);
    let backend = Backend::parse(url)?;
    if backend == Backend::Local {
        return Err(Error::Usage(
            "the local platform is always the `local` account; give --api-url a backend's URL"
                .into(),
        ));
    }
    let ca_cert = match args.ca_cert {
        Some(path) => Some(std::path::absolute(&path).map_err(|e| Error::io(&path, e))?),
        None => None,
    };
    let account = Account {
        name: args.name,
        backend,
        email: None,
        ca_cert,
        credential_scope_matches: true,
        token_expires_at: None,
    };
    log_in(ctx, &account, &args.login).await
}

/// The account, or "not found" (exit 4) naming the known ones.
fn existing(name: &str) -> Result<Account> {
    AccountsFile::load()?.get(name)
}

fn set(ctx: &Context, name: &str) -> Result<()> {
    let account = existing(name)?;
    AccountsFile::update(|file| {
        file.current = Some(name.to_string());
        Ok(())
    })?;
    let text = format!(
        "Now using account {name} ({}) by default",
        account.backend.display()
    );
    ctx.out
        .emit(&Message::new(account_json(&account, true), text))
}

/// Writes `account = "NAME"` into `.belt.toml` here, keeping whatever else it says.
fn bind_directory(ctx: &Context, name: &str) -> Result<()> {
    let account = existing(name)?;
    let path = std::env::current_dir()
        .map_err(|e| Error::io(".", e))?
        .join(PROJECT_FILE);
    let mut table: toml::Table = match std::fs::read_to_string(&path) {
        Ok(text) => text.parse().map_err(|e: toml::de::Error| Error::Config {
            path: path.clone(),
            message: format!(
                "{}; fix it before binding an account",
                e.message().trim_end()
            ),
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => toml::Table::new(),
        Err(e) => return Err(Error::io(&path, e)),
    };
    table.insert("account".into(), toml::Value::String(name.to_string()));
    std::fs::write(&path, table.to_string()).map_err(|e| Error::io(&path, e))?;
    let text = format!(
        "This directory now uses account {name} ({}), written to {}",
        account.backend.display(),
        path.display()
    );
    ctx.out
        .emit(&Message::new(account_json(&account, true), text))
}

fn current(ctx: &Context) -> Result<()> {
    let account = ctx.account()?;
    let json = account_json(&account, true);
    ctx.out.emit(&Message::new(json, account.name))
}

fn remove(ctx: &Context, args: RemoveArgs) -> Result<()> {
    if is_built_in(&args.name) {
        return Err(Error::Usage(format!(
            "the {} account is built in and cannot be removed (`belt logout --account {0}` \
             forgets its API key)",
            args.name
        )));
    }
    let file = AccountsFile::load()?;
    let account = file.get(&args.name)?;
    if file.current.as_deref() == Some(args.name.as_str()) && !args.force {
        return Err(Error::Usage(format!(
            "{:?} is the current account: switch with `belt accounts:set NAME` first, or use --force",
            args.name
        )));
    }
    SystemStore::new(false).delete(&credential_key(&account))?;
    AccountsFile::update(|file| {
        file.remove(&args.name);
        Ok(())
    })?;
    let text = format!("Removed account {}", args.name);
    ctx.out
        .emit(&Message::new(json!({"removed": args.name}), text))
}

/// `accounts:import`: the official CLI's token for the `heroku` account's API host, checked
/// with `GET /account`, then stored as belt's own.
async fn import(ctx: &Context, args: ImportArgs) -> Result<()> {
    let account = AccountsFile::load()?.get(HEROKU)?;
    let host = account.backend.host();
    let found = heroku_cli::find(&host).ok_or_else(|| {
        let netrc = heroku_cli::netrc_path()
            .map_or_else(|| "~/.netrc".to_string(), |p| p.display().to_string());
        Error::NotLoggedIn(format!(
            "no Heroku CLI login found for {host}: neither its keyring entry (service heroku-cli) \
             nor a `machine {host}` in {netrc}; log in with `belt login --account heroku`"
        ))
    })?;
    let (user, expires_at) = login::confirm(&account, &found.token, &ctx.login_options()).await?;
    login::save(
        &account,
        &found.token,
        &user.email,
        expires_at,
        args.insecure_storage,
    )?;
    let json = json!({
        "account": HEROKU,
        "api_url": account.backend.display(),
        "email": user.email,
        "found_in": found.place,
    });
    let text = format!(
        "Imported the Heroku CLI's login of {} from {} into account {HEROKU}",
        user.email, found.place
    );
    ctx.out.emit(&Message::new(json, text))
}
