//! Logging an account in, by the flow its flags choose: shared by `login` and `accounts:add`.

use clap::Args;
use serde_json::json;

use crate::auth::login;
use crate::auth::{self, Account, HEROKU};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Message;

/// How to log in; shared by `login` and `accounts:add`.
#[derive(Debug, Clone, Args)]
pub struct LoginArgs {
    /// Log in with email and password (or an API key) at a prompt
    #[arg(short, long, conflicts_with_all = ["with_token", "browser"])]
    pub interactive: bool,
    /// Read the API key from stdin (for CI)
    #[arg(long, conflicts_with = "browser")]
    pub with_token: bool,
    /// Log in through the browser even when not on a terminal
    #[arg(long)]
    pub browser: bool,
    /// Keep the API key in a file (mode 0600) instead of the OS keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

/// Logs `account` in by the chosen flow, confirms with `GET /account`, stores the key.
pub async fn log_in(ctx: &Context, account: &Account, args: &LoginArgs) -> Result<()> {
    let options = ctx.login_options();
    if account.name == HEROKU && auth::heroku_api_key().is_some() {
        // It would win over the new login anyway, as for the official CLI.
        return Err(Error::Usage(
            "Cannot log in with HEROKU_API_KEY set: unset it first".into(),
        ));
    }
    let no_terminal = || {
        Error::Usage(
            "no terminal to log in at: pipe an API key into `belt login --with-token` \
             (or use --browser to approve the login in a browser)"
                .into(),
        )
    };
    let token = if args.with_token {
        login::token_from_stdin()?
    } else if args.interactive {
        if !ctx.out.interactive() {
            return Err(no_terminal());
        }
        login::interactive(account, &options, &ctx.out).await?
    } else if args.browser || ctx.out.interactive() {
        login::browser(account, &options, &ctx.out).await?
    } else {
        return Err(no_terminal());
    };
    let (user, expires_at) = login::confirm(account, &token, &options).await?;
    login::save(
        account,
        &token,
        &user.email,
        expires_at,
        args.insecure_storage,
    )?;
    let json = json!({
        "account": account.name,
        "api_url": account.backend.display(),
        "email": user.email,
    });
    ctx.out
        .emit(&Message::new(json, format!("Logged in as {}", user.email)))
}
