//! authorizations: the account's OAuth authorizations (API tokens), as the official CLI
//! manages them: list, create (scoped, expiring: tokens for CI), info, update, rotate, revoke.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::api::Fetched;
use crate::api::endpoints::{Authorization, NewAuthorization};
use crate::auth::expiry;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Message, Output, View, key_values, table};

#[derive(Debug, Subcommand)]
pub enum AuthorizationsCommand {
    /// List your OAuth authorizations
    #[command(
        name = "authorizations",
        long_about = "List the OAuth authorizations (API tokens) of your account: description, \
            id and scope, by description. Tokens are not shown.",
        after_help = "Examples:\n  belt authorizations\n  belt authorizations --json | jq -r '.[] | select(.description == \"ci\") | .id'"
    )]
    List,
    /// Create an OAuth authorization: a token, scoped and expiring if asked
    #[command(
        name = "authorizations:create",
        long_about = "Create an OAuth authorization: a new API token for your account, shown this \
            once.\n\n\
            --scope limits what it may do, with Heroku's scopes (comma-separated): global \
            (everything; the default), identity (read the account), read and write (apps and \
            other resources, but not config var values nor the account), read-protected and \
            write-protected (the same, config vars included). A request outside the scope is \
            refused (403, exit 4). --expires-in makes it expire after SECONDS (at most thirty \
            days); belt then warns in its last week and exits 3 once it has expired. --short \
            prints only the token, for `$(...)`.",
        after_help = "Examples:\n  belt authorizations:create --description \"CI deploys\" --scope write --expires-in 86400\n  export HEROKU_API_KEY=$(belt authorizations:create --scope read --expires-in 3600 --short)"
    )]
    Create(CreateArgs),
    /// Show an OAuth authorization
    #[command(
        name = "authorizations:info",
        long_about = "Show an OAuth authorization: its description, scope, (redacted) token and \
            when it expires.",
        after_help = "Examples:\n  belt authorizations:info 105a7bfa-34c3-476e-873a-b1ac3fdc12fb"
    )]
    Info(IdArg),
    /// Change an OAuth authorization's description
    #[command(
        name = "authorizations:update",
        long_about = "Change the description of an OAuth authorization.",
        after_help = "Examples:\n  belt authorizations:update 105a7bfa-34c3-476e-873a-b1ac3fdc12fb --description \"CI, staging\""
    )]
    Update(UpdateArgs),
    /// Give an OAuth authorization a new token; the old one stops working
    #[command(
        name = "authorizations:rotate",
        long_about = "Regenerate the token of an OAuth authorization: the new token is shown this \
            once, the old one is refused from now on. Its scope stays, and an expiring one lasts \
            as long again.",
        after_help = "Examples:\n  belt authorizations:rotate 105a7bfa-34c3-476e-873a-b1ac3fdc12fb"
    )]
    Rotate(IdArg),
    /// Revoke an OAuth authorization: its token stops working
    #[command(
        name = "authorizations:revoke",
        visible_alias = "authorizations:destroy",
        long_about = "Revoke an OAuth authorization: its token is refused from now on.",
        after_help = "Examples:\n  belt authorizations:revoke 105a7bfa-34c3-476e-873a-b1ac3fdc12fb"
    )]
    Revoke(IdArg),
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The authorization's id
    pub id: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// What the token is for
    #[arg(short, long)]
    pub description: Option<String>,
    /// Seconds until the token expires (default: never)
    #[arg(short, long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub expires_in: Option<u64>,
    /// Scopes, comma-separated: global, identity, read, write, read-protected, write-protected
    #[arg(short, long, value_delimiter = ',')]
    pub scope: Vec<String>,
    /// Print only the token
    #[arg(short = 'S', long)]
    pub short: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The authorization's id
    pub id: String,
    /// The new description
    #[arg(short, long)]
    pub description: String,
}

pub async fn run(ctx: &Context, command: AuthorizationsCommand) -> Result<()> {
    match command {
        AuthorizationsCommand::List => list(ctx).await,
        AuthorizationsCommand::Create(args) => create(ctx, args).await,
        AuthorizationsCommand::Info(args) => {
            let shown = ctx.client().await?.authorization(&args.id).await?;
            ctx.out.emit(&Shown(shown))
        }
        AuthorizationsCommand::Update(args) => {
            let client = ctx.client().await?;
            let action = ctx.out.action("Updating OAuth Authorization");
            let shown = client
                .describe_authorization(&args.id, &args.description)
                .await?;
            action.done();
            ctx.out.emit(&Shown(shown))
        }
        AuthorizationsCommand::Rotate(args) => {
            let client = ctx.client().await?;
            let action = ctx.out.action("Rotating OAuth Authorization");
            let shown = client.regenerate_authorization(&args.id).await?;
            action.done();
            ctx.out.emit(&Shown(shown))
        }
        AuthorizationsCommand::Revoke(args) => revoke(ctx, args).await,
    }
}

/// `authorizations`: a table by description, as the official CLI's.
struct Listed(Fetched<Vec<Authorization>>);

fn field(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn scope(authorization: &Authorization) -> String {
    authorization.scope.clone().unwrap_or_default().join(",")
}

impl View for Listed {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.0.model.is_empty() {
            return out.line("No OAuth authorizations.");
        }
        let mut rows: Vec<Vec<String>> = self
            .0
            .model
            .iter()
            .map(|a| vec![field(&a.description), field(&a.id), scope(a)])
            .collect();
        rows.sort();
        out.line(table(&["Description", "ID", "Scope"], &rows))
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let listed = ctx.client().await?.authorization_list().await?;
    ctx.out.emit(&Listed(listed))
}

/// One authorization as the official CLI displays it; the token is the new one after create
/// and rotate, else redacted.
struct Shown(Fetched<Authorization>);

impl View for Shown {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let a = &self.0.model;
        let mut pairs = vec![
            ("Client", "<none>".to_string()),
            ("ID", field(&a.id)),
            ("Description", field(&a.description)),
            ("Scope", scope(a)),
            ("Token", a.token().unwrap_or_default().to_string()),
        ];
        if let Some(left) = a.expires_in() {
            let at = expiry::timestamp(expiry::now_unix() + left);
            pairs.push(("Expires at", format!("{at} ({})", expiry::in_words(left))));
        }
        if let Some(updated) = &a.updated_at {
            pairs.push(("Updated at", updated.clone()));
        }
        out.line(key_values(&pairs))
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let client = ctx.client().await?;
    let new = NewAuthorization {
        description: args.description.as_deref(),
        expires_in: args.expires_in,
        scope: (!args.scope.is_empty()).then(|| args.scope.clone()),
    };
    let action = ctx.out.action("Creating OAuth Authorization");
    let created = client.new_authorization(&new).await?;
    action.done();
    if !args.short {
        return ctx.out.emit(&Shown(created));
    }
    let token = created.model.token().ok_or_else(|| Error::Protocol {
        message: "the backend's authorization carries no access token".into(),
        request_id: None,
    })?;
    ctx.out
        .emit(&Message::new(json!({"token": token}), token.to_string()))
}

async fn revoke(ctx: &Context, args: IdArg) -> Result<()> {
    let client = ctx.client().await?;
    let action = ctx.out.action("Revoking OAuth Authorization");
    let revoked = Fetched::<Authorization>::read(client.delete_authorization(&args.id).await?)?;
    action.done();
    let text = format!(
        "Revoked authorization from {}",
        field(&revoked.model.description)
    );
    ctx.out.emit(&Message::new(revoked.raw, text))
}
