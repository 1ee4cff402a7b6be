//! local:users: the local platform's users, added and removed by its administrator on the
//! server's side (Heroku has no API that creates users, so these call the platform directly,
//! as `local:status` does). Each user then logs in as any Heroku user does.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Message, Output, View, table};
use belt_platform::{Platform, UserSummary};

#[derive(Debug, Subcommand)]
pub enum LocalUsersCommand {
    /// List the local platform's users
    #[command(
        name = "local:users",
        long_about = "List the users of the local platform (the embedded default, or the \
            `belt serve` whose data directory --data-dir names): each one's email, when it was \
            added, how many API keys it has, and whether it has a password. The owner, created \
            on the platform's first start, is marked.",
        after_help = "Examples:\n  belt local:users\n  belt local:users --data-dir ./platform --json"
    )]
    List(DataDirArg),
    /// Add a user to the local platform and write its first API key to a file
    #[command(
        name = "local:users:add",
        long_about = "Add a user to the local platform (the embedded default, or the `belt \
            serve` whose data directory --data-dir names) and write its first API key to a new \
            file of mode 0600, whose path is printed: the key itself is never shown. The file \
            is `user-keys/EMAIL.key` in the data directory unless --key-file names another; an \
            existing file is never overwritten. Hand the file to the user, who logs in with \
            it: `belt accounts:add NAME --api-url URL --with-token < FILE` (the official \
            CLI: `HEROKU_API_KEY`).\n\n\
            With --password-stdin the user also gets the password read from stdin (its first \
            line), for `belt login -i`, `heroku login -i` and the browser login; without it \
            the API key is the only way in.",
        after_help = "Examples:\n  belt local:users:add alice@example.com\n  belt local:users:add bob@example.com --data-dir ./platform --key-file bob.key\n  printf '%s\\n' \"$PASSWORD\" | belt local:users:add carol@example.com --password-stdin"
    )]
    Add(AddArgs),
    /// Remove a user from the local platform, revoking all its API keys
    #[command(
        name = "local:users:remove",
        long_about = "Remove a user from the local platform (the embedded default, or the \
            `belt serve` whose data directory --data-dir names) and revoke all its API keys \
            at once: its next request, with any of them, is refused as not logged in (401). \
            The platform's owner cannot be removed, nor a user who still owns apps or \
            pipelines (transfer or destroy them first) or is a team's last admin (make \
            another member an admin first). Each app the user collaborated on logs the \
            removal.",
        after_help = "Examples:\n  belt local:users:remove alice@example.com\n  belt local:users:remove bob@example.com --data-dir ./platform"
    )]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct DataDirArg {
    /// The data directory of a `belt serve` (default: the embedded platform's)
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The new user's email
    pub email: String,
    /// Where to write its first API key (default: user-keys/EMAIL.key in the data directory)
    #[arg(long, value_name = "PATH")]
    pub key_file: Option<PathBuf>,
    /// Read a password for the user from stdin (first line), for interactive and browser logins
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub data_dir: DataDirArg,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The user's email
    pub email: String,
    #[command(flatten)]
    pub data_dir: DataDirArg,
}

pub async fn run(ctx: &Context, command: LocalUsersCommand) -> Result<()> {
    match command {
        LocalUsersCommand::List(args) => list(ctx, &args),
        LocalUsersCommand::Add(args) => add(ctx, args),
        LocalUsersCommand::Remove(args) => remove(ctx, args),
    }
}

/// The platform of `--data-dir`, which must exist (a typo must not start a new platform), or
/// the embedded one, created on first use as every local command does.
fn open(args: &DataDirArg) -> Result<Platform> {
    let dir = match &args.data_dir {
        Some(dir) if !dir.is_dir() => {
            return Err(Error::NotFound(format!(
                "no platform data directory at {}: start `belt serve --data-dir {0}` once first",
                dir.display()
            )));
        }
        Some(dir) => dir.clone(),
        None => crate::dirs::platform_dir(),
    };
    Ok(Platform::open(&dir, None)?)
}

/// `local:users`: one row per user.
struct UserList(Vec<UserSummary>);

impl View for UserList {
    fn json(&self) -> Value {
        json!(self.0)
    }

    fn human(&self, out: &Output) -> Result<()> {
        let rows: Vec<Vec<String>> = self
            .0
            .iter()
            .map(|user| {
                let email = if user.owner {
                    format!("{} (owner)", user.email)
                } else {
                    user.email.clone()
                };
                let password = if user.password { "yes" } else { "no" };
                vec![
                    email,
                    user.created_at.clone(),
                    user.api_keys.to_string(),
                    password.to_string(),
                ]
            })
            .collect();
        out.line(table(&["Email", "Created", "API keys", "Password"], &rows))
    }
}

fn list(ctx: &Context, args: &DataDirArg) -> Result<()> {
    ctx.out.emit(&UserList(open(args)?.users()?))
}

/// The first line of stdin, as `--password-stdin` reads it.
fn password_from_stdin() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::io("<stdin>", e))?;
    let password = line.trim_end_matches(['\r', '\n']);
    if password.is_empty() {
        return Err(Error::Usage(
            "--password-stdin reads the password from stdin, which was empty".into(),
        ));
    }
    Ok(password.to_string())
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io(path, e))
}

fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    let password = args.password_stdin.then(password_from_stdin).transpose()?;
    let platform = open(&args.data_dir)?;
    let key_file = match &args.key_file {
        Some(path) => absolute(path)?,
        None => platform.default_key_file(&args.email),
    };
    if ctx.globals.dry_run {
        let json = json!({"dry_run": {"add_user": args.email.trim(), "key_file": key_file}});
        let text = format!(
            "Would add {} to the platform in {}, its API key written to {}",
            args.email.trim(),
            platform.data_dir().display(),
            key_file.display()
        );
        return ctx.out.emit(&Message::new(json, text));
    }
    let added = platform.add_user(&args.email, password.as_deref(), &key_file)?;
    let ways_in = if added.user.password {
        "with the key (`belt accounts:add NAME --api-url URL --with-token < FILE`) or the password"
    } else {
        "with the key: `belt accounts:add NAME --api-url URL --with-token < FILE`"
    };
    let text = format!(
        "Added {}; its API key is in {} (mode 0600).\nThey log in {ways_in}.",
        added.user.email,
        added.key_file.display()
    );
    ctx.out.emit(&Message::new(json!(added), text))
}

/// `1 API key`, `2 API keys`.
fn api_keys(n: i64) -> String {
    match n {
        1 => "1 API key".to_string(),
        n => format!("{n} API keys"),
    }
}

fn remove(ctx: &Context, args: RemoveArgs) -> Result<()> {
    let platform = open(&args.data_dir)?;
    if ctx.globals.dry_run {
        let user = platform.removable_user(&args.email)?;
        let json =
            json!({"dry_run": {"remove_user": user.email, "revoke_api_keys": user.api_keys}});
        let text = format!(
            "Would remove {} and revoke its {}",
            user.email,
            api_keys(user.api_keys)
        );
        return ctx.out.emit(&Message::new(json, text));
    }
    let removed = platform.remove_user(&args.email)?;
    let keys = api_keys(removed.revoked_api_keys.try_into().unwrap_or(i64::MAX));
    let text = format!("Removed {} and revoked its {keys}", removed.email);
    ctx.out.emit(&Message::new(json!(removed), text))
}
