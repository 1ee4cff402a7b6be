//! Who owns an app: `apps:transfer` (to a user, who must accept, or to a team), belt's
//! `apps:transfers*` to answer or take back a transfer (the official CLI leaves that to the
//! Dashboard), `apps:join` and `apps:leave`, and `apps:lock`/`apps:unlock` for a team app.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::confirm;
use super::shared::{owner_email, owning_team};
use crate::api::models::{AppTransfer, TeamApp, decode};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, table};

#[derive(Debug, Subcommand)]
pub enum AppsAccessCommand {
    /// Transfer an app to another user or a team
    #[command(
        name = "apps:transfer",
        long_about = "Transfer an app to another user or to a team.\n\nTo a user, a personal app waits for \
            them to accept (`belt apps:transfers:accept APP`); they must be a collaborator already, \
            and you stay one once they accept. To a team (by name) it moves at once. A team app \
            given to a user loses its collaborators, so the app's name must be typed back \
            (or given as --confirm).",
        after_help = "Examples:\n  belt apps:transfer collaborator@example.com -a demo\n  belt apps:transfer acme -a demo --locked\n  belt apps:transfer user@example.com -a team-app --confirm team-app"
    )]
    Transfer(TransferArgs),
    /// List the app transfers waiting for you or for others
    #[command(
        name = "apps:transfers",
        long_about = "List the pending app transfers: those offered to you, which you may accept or \
            decline, and those you offered, which you may cancel. --json prints every transfer \
            the API lists, answered ones too.",
        after_help = "Examples:\n  belt apps:transfers\n  belt apps:transfers --json | jq -r '.[].app.name'"
    )]
    Transfers,
    /// Accept an app transferred to you
    #[command(
        name = "apps:transfers:accept",
        long_about = "Accept an app offered to you: it becomes yours, and its old owner a collaborator.",
        after_help = "Examples:\n  belt apps:transfers:accept demo"
    )]
    Accept(TransferredApp),
    /// Decline an app transferred to you
    #[command(
        name = "apps:transfers:decline",
        long_about = "Decline an app offered to you: it stays its owner's.",
        after_help = "Examples:\n  belt apps:transfers:decline demo"
    )]
    Decline(TransferredApp),
    /// Cancel a transfer of your app that is still pending
    #[command(
        name = "apps:transfers:cancel",
        long_about = "Take back the transfer of your app before its recipient answers.",
        after_help = "Examples:\n  belt apps:transfers:cancel -a demo"
    )]
    Cancel(TransferredApp),
    /// Add yourself to a team app
    #[command(
        name = "apps:join",
        visible_alias = "join",
        long_about = "Join an unlocked app of a team you are a member of, with the permissions the \
            team gives its members.",
        after_help = "Examples:\n  belt apps:join -a team-app"
    )]
    Join,
    /// Remove yourself from an app
    #[command(
        name = "apps:leave",
        visible_alias = "leave",
        long_about = "Remove yourself from an app you collaborate on; the app stays its owner's.",
        after_help = "Examples:\n  belt apps:leave -a demo"
    )]
    Leave,
    /// Prevent team members from joining a team app
    #[command(
        name = "apps:lock",
        visible_alias = "lock",
        long_about = "Lock a team app: team members without access can no longer join it.",
        after_help = "Examples:\n  belt apps:lock -a team-app"
    )]
    Lock,
    /// Let any team member join a team app
    #[command(
        name = "apps:unlock",
        visible_alias = "unlock",
        long_about = "Unlock a team app, so any member of its team may join it.",
        after_help = "Examples:\n  belt apps:unlock -a team-app"
    )]
    Unlock,
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// The user (by email) or team (by name) to transfer the app to
    pub recipient: String,
    /// The app's name, to confirm without a prompt (a team app given to a user)
    #[arg(short, long, value_name = "APP")]
    pub confirm: Option<String>,
    /// Lock the app once it is the team's
    #[arg(short, long)]
    pub locked: bool,
}

#[derive(Debug, Args)]
pub struct TransferredApp {
    /// The app (same as -a)
    #[arg(value_name = "APP")]
    pub app_name: Option<String>,
}

pub async fn run(ctx: &Context, command: AppsAccessCommand) -> Result<()> {
    match command {
        AppsAccessCommand::Transfer(args) => transfer(ctx, args).await,
        AppsAccessCommand::Transfers => transfers(ctx).await,
        AppsAccessCommand::Accept(args) => answer(ctx, args, "accepted").await,
        AppsAccessCommand::Decline(args) => answer(ctx, args, "declined").await,
        AppsAccessCommand::Cancel(args) => cancel(ctx, args).await,
        AppsAccessCommand::Join => join(ctx).await,
        AppsAccessCommand::Leave => leave(ctx).await,
        AppsAccessCommand::Lock => lock(ctx, true).await,
        AppsAccessCommand::Unlock => lock(ctx, false).await,
    }
}

/// A user's email rather than a team's name, by the shape the official CLI checks:
/// `local@domain.tld`.
fn is_email(recipient: &str) -> bool {
    recipient.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !local.contains(char::is_whitespace)
            && domain.split('.').count() >= 2
            && domain.split('.').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    })
}

async fn transfer(ctx: &Context, args: TransferArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let info = client.apps().info_raw(&app).await?;
    let app = info["name"].as_str().unwrap_or(&app).to_string();
    let style = &ctx.out.err_style;
    let team_app = owning_team(owner_email(&info)).is_some();
    let to_user = is_email(&args.recipient);
    if to_user && team_app {
        let what = format!(
            "Transferring {} to {} removes all its collaborators, and",
            style.app(&app),
            args.recipient
        );
        confirm(ctx, &app, args.confirm.as_deref(), &what)?;
    }
    let (raw, state) = if to_user && !team_app {
        let action = ctx.out.action(format!(
            "Initiating transfer of {} to {}",
            style.app(&app),
            args.recipient
        ));
        let raw = client.app_transfers().create(&app, &args.recipient).await?;
        let state = raw["state"].as_str().map(str::to_string);
        action.finish(transfer_status(state.as_deref()));
        (raw, state)
    } else {
        let action = ctx.out.action(format!(
            "Transferring {} to {}",
            style.app(&app),
            args.recipient
        ));
        let raw = client.teams().transfer_app(&app, &args.recipient).await?;
        let state = raw["state"].as_str().map(str::to_string);
        action.finish(transfer_status(state.as_deref()));
        (raw, state)
    };
    if args.locked && state.as_deref() != Some("pending") {
        lock_app(ctx, &app, true).await?;
    }
    ctx.out.emit(&Quiet(raw))
}

/// A transfer waiting for its recipient has sent them an email, in the official CLI's words.
fn transfer_status(state: Option<&str>) -> &'static str {
    match state {
        Some("pending") => "email sent",
        _ => "done",
    }
}

/// `apps:transfers`: the pending ones for people (app, from, to); every one with `--json`.
struct TransferList(Vec<Value>);

impl View for TransferList {
    fn json(&self) -> Value {
        Value::Array(self.0.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let transfers: Vec<AppTransfer> = self.0.iter().map(decode).collect::<Result<_>>()?;
        let email = |o: &Option<crate::api::models::Owner>| {
            o.as_ref().and_then(|o| o.email.clone()).unwrap_or_default()
        };
        let rows: Vec<Vec<String>> = transfers
            .iter()
            .filter(|t| t.state == "pending")
            .map(|t| {
                vec![
                    t.app.name().to_string(),
                    email(&t.owner),
                    email(&t.recipient),
                ]
            })
            .collect();
        if rows.is_empty() {
            return out.line("There are no pending app transfers.");
        }
        out.line(table(&["App", "From", "To"], &rows))
    }
}

async fn transfers(ctx: &Context) -> Result<()> {
    let listed = ctx.client().await?.app_transfers().list().await?;
    let raw = match listed.raw {
        Value::Array(items) => items,
        other => vec![other],
    };
    ctx.out.emit(&TransferList(raw))
}

async fn answer(ctx: &Context, args: TransferredApp, state: &str) -> Result<()> {
    let app = ctx.app_or(args.app_name).await?;
    let client = ctx.client().await?;
    let verb = if state == "accepted" {
        "Accepting"
    } else {
        "Declining"
    };
    let action = ctx.out.action(format!(
        "{verb} the transfer of {}",
        ctx.out.err_style.app(&app)
    ));
    let raw = client.app_transfers().answer(&app, state).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn cancel(ctx: &Context, args: TransferredApp) -> Result<()> {
    let app = ctx.app_or(args.app_name).await?;
    let client = ctx.client().await?;
    let action = ctx.out.action(format!(
        "Cancelling the transfer of {}",
        ctx.out.err_style.app(&app)
    ));
    let raw = client.app_transfers().cancel(&app).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn join(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let account = client.account().info().await?.model;
    let action = ctx
        .out
        .action(format!("Joining {}", ctx.out.err_style.app(&app)));
    let raw = client
        .team_app_collaborators(&app)
        .join(&account.email)
        .await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn leave(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let account = client.account().info().await?.model;
    let action = ctx
        .out
        .action(format!("Leaving {}", ctx.out.err_style.app(&app)));
    let raw = client.collaborators(&app).remove(&account.email).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn lock(ctx: &Context, locked: bool) -> Result<()> {
    let app = ctx.app().await?;
    let raw = lock_app(ctx, &app, locked).await?;
    ctx.out.emit(&Quiet(raw))
}

/// `GET /teams/apps/{app}` then `PATCH {locked}`, refusing a lock already as asked, as the
/// official CLI's `apps:lock` and `apps:unlock` do.
async fn lock_app(ctx: &Context, app: &str, locked: bool) -> Result<Value> {
    let teams = ctx.client().await?.teams();
    let current: TeamApp = teams.app(app).await?;
    let name = if current.name.is_empty() {
        app
    } else {
        current.name.as_str()
    };
    let style = &ctx.out.err_style;
    if current.locked == locked {
        let (verb, state) = if locked {
            ("lock", "already locked")
        } else {
            ("unlock", "not locked")
        };
        return Err(Error::Failed(format!(
            "cannot {verb} {}.\nThis app is {state}.",
            style.app(name)
        )));
    }
    let verb = if locked { "Locking" } else { "Unlocking" };
    let action = ctx.out.action(format!("{verb} {}", style.app(name)));
    let raw = teams.lock_app(name, locked).await?;
    action.done();
    Ok(raw)
}

#[cfg(test)]
mod tests {
    #[test]
    fn emails_and_team_names_are_told_apart() {
        for email in ["bob@example.com", "a.b+c@sub.example.co"] {
            assert!(super::is_email(email), "{email}");
        }
        for team in [
            "acme",
            "acme-widgets",
            "@example.com",
            "bob@localhost",
            "a b@x.com",
        ] {
            assert!(!super::is_email(team), "{team}");
        }
    }
}
