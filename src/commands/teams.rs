//! teams and members: the teams you belong to, and a team's members with their roles.
//! Requests and lines are the official CLI's (`teams/index.ts`, `members/*.ts`).

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Value, json};

use super::shared::TeamArg;
use crate::api::Client;
use crate::api::models::{Team, TeamMember, decode};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, Quiet, View, table};

/// The team feature under which members are invited (and accept) instead of being added.
const INVITE_ACCEPTANCE: &str = "team-invite-acceptance";

#[derive(Debug, Subcommand)]
pub enum TeamsCommand {
    /// List the teams you are a member of
    #[command(
        name = "teams",
        long_about = "List the teams you are a member of, with your role in each. Use `belt members` \
            to manage a team's members.",
        after_help = "Examples:\n  belt teams\n  belt teams --json | jq -r '.[].name'"
    )]
    List,
    /// List the members of a team
    #[command(
        name = "members",
        long_about = "List the members of a team and their roles (admin, member, viewer), and the \
            invitations not accepted yet when the team invites members.",
        after_help = "Examples:\n  belt members -t acme\n  belt members -t acme --role admin"
    )]
    Members(MembersArgs),
    /// Add a member to a team
    #[command(
        name = "members:add",
        long_about = "Add a user to a team with a role: `admin` manages the team and has every \
            permission on its apps, `member` creates apps and views them all, `viewer` only views.",
        after_help = "Examples:\n  belt members:add user@example.com -t acme --role member"
    )]
    Add(MemberRoleArgs),
    /// Change a team member's role
    #[command(
        name = "members:set",
        long_about = "Change the role of a team's member (admin, member, viewer).",
        after_help = "Examples:\n  belt members:set user@example.com -t acme --role admin"
    )]
    Set(MemberRoleArgs),
    /// Remove a member from a team
    #[command(
        name = "members:remove",
        long_about = "Remove a user from a team, or take back their invitation if they have not \
            accepted it yet.",
        after_help = "Examples:\n  belt members:remove user@example.com -t acme"
    )]
    Remove(MemberArgs),
}

#[derive(Debug, Args)]
pub struct MembersArgs {
    #[command(flatten)]
    pub team: TeamArg,
    /// Only members with this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Only invitations not accepted yet
    #[arg(long)]
    pub pending: bool,
}

#[derive(Debug, Args)]
pub struct MemberRoleArgs {
    /// The user's email address
    pub email: String,
    #[command(flatten)]
    pub team: TeamArg,
    /// The member's role (admin, member, viewer)
    #[arg(long, value_name = "ROLE")]
    pub role: String,
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The user's email address
    pub email: String,
    #[command(flatten)]
    pub team: TeamArg,
}

pub async fn run(ctx: &Context, command: TeamsCommand) -> Result<()> {
    match command {
        TeamsCommand::List => list(ctx).await,
        TeamsCommand::Members(args) => members(ctx, args).await,
        TeamsCommand::Add(args) => add(ctx, args).await,
        TeamsCommand::Set(args) => set(ctx, args).await,
        TeamsCommand::Remove(args) => remove(ctx, args).await,
    }
}

/// `teams`: name and role, by name.
struct TeamList(Vec<Value>);

impl View for TeamList {
    fn json(&self) -> Value {
        Value::Array(self.0.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let mut teams: Vec<Team> = self.0.iter().map(decode).collect::<Result<_>>()?;
        teams.sort_by(|a, b| a.name.cmp(&b.name));
        let rows: Vec<Vec<String>> = teams
            .into_iter()
            .map(|t| vec![t.name, t.role.unwrap_or_default()])
            .collect();
        out.line(table(&["Team", "Role"], &rows))
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let teams = ctx.client().await?.teams().list().await?;
    let raw = match teams.raw {
        Value::Array(items) => items,
        other => vec![other],
    };
    ctx.out.emit(&TeamList(raw))
}

/// Whether the team invites members instead of adding them: only a `team` (not an
/// enterprise team) with the feature on, as the official CLI checks.
async fn invites_members(client: &Client, team: &str) -> Result<bool> {
    let info = client.teams().info(team).await?;
    if info.kind.as_deref() != Some("team") {
        return Ok(false);
    }
    let features = client.teams().features(team).await?;
    Ok(features
        .iter()
        .any(|f| f.name == INVITE_ACCEPTANCE && f.enabled))
}

/// `members`: the members and invitations, by email, with a status column when there are
/// invitations.
struct MemberList {
    team: String,
    role: Option<String>,
    members: Vec<Value>,
    with_status: bool,
}

impl View for MemberList {
    fn json(&self) -> Value {
        Value::Array(self.members.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.members.is_empty() {
            let mut message = format!("No members in {}", self.team);
            if let Some(role) = &self.role {
                message.push_str(&format!(" with role {role}"));
            }
            return out.line(message);
        }
        let mut rows = Vec::new();
        for raw in &self.members {
            let member: TeamMember = decode(raw)?;
            let mut row = vec![member.email, member.role.unwrap_or_default()];
            if self.with_status {
                row.push(raw["status"].as_str().unwrap_or_default().to_string());
            }
            rows.push(row);
        }
        let headers: &[&str] = if self.with_status {
            &["Email", "Role", "Status"]
        } else {
            &["Email", "Role"]
        };
        out.line(table(headers, &rows))
    }
}

async fn members(ctx: &Context, args: MembersArgs) -> Result<()> {
    let team = args.team.required()?;
    let client = ctx.client().await?;
    let mut invited = Vec::new();
    if invites_members(client, &team).await? {
        for invitation in client.teams().invitations(&team).await? {
            let email = invitation.user.and_then(|u| u.email).unwrap_or_default();
            invited.push(json!({
                "email": email, "role": invitation.role, "status": "pending",
                "federated": false, "two_factor_authentication": false,
            }));
        }
    }
    let with_status = !invited.is_empty();
    let listed = client.teams().members(&team).await?;
    let mut members: Vec<Value> = listed
        .into_items()
        .into_iter()
        .map(|mut member| {
            member.raw["status"] = json!("");
            member.raw
        })
        .chain(invited)
        .collect();
    members.sort_by(|a, b| a["email"].as_str().cmp(&b["email"].as_str()));
    if let Some(role) = &args.role {
        members.retain(|m| m["role"].as_str() == Some(role));
    }
    if args.pending {
        members.retain(|m| m["status"] == "pending");
    }
    ctx.out.emit(&MemberList {
        team,
        role: args.role,
        members,
        with_status,
    })
}

async fn add(ctx: &Context, args: MemberRoleArgs) -> Result<()> {
    let team = args.team.required()?;
    let client = ctx.client().await?;
    let invite = invites_members(client, &team).await?;
    let verb = if invite { "Inviting" } else { "Adding" };
    let action = ctx.out.action(format!(
        "{verb} {} to {team} as {}",
        args.email,
        ctx.out.err_style.green(&args.role)
    ));
    let raw = if invite {
        client
            .teams()
            .invite(&team, &args.email, &args.role)
            .await?
    } else {
        let teams = client.teams();
        teams
            .put_member(&team, Method::PUT, &args.email, &args.role)
            .await?
    };
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn set(ctx: &Context, args: MemberRoleArgs) -> Result<()> {
    let team = args.team.required()?;
    let client = ctx.client().await?;
    // The official CLI's line for a change of role says "Adding" too.
    let action = ctx.out.action(format!(
        "Adding {} to {team} as {}",
        args.email,
        ctx.out.err_style.green(&args.role)
    ));
    let raw = client
        .teams()
        .put_member(&team, Method::PATCH, &args.email, &args.role)
        .await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn remove(ctx: &Context, args: MemberArgs) -> Result<()> {
    let team = args.team.required()?;
    let client = ctx.client().await?;
    let invited = invites_members(client, &team).await?
        && client
            .teams()
            .invitations(&team)
            .await?
            .iter()
            .any(|i| i.user.as_ref().and_then(|u| u.email.as_deref()) == Some(&args.email));
    let teams = client.teams();
    let raw = if invited {
        let action = ctx
            .out
            .action(format!("Revoking invite for {} in {team}", args.email));
        let raw = teams.revoke_invitation(&team, &args.email).await?;
        action.done();
        raw
    } else {
        let action = ctx
            .out
            .action(format!("Removing {} from {team}", args.email));
        let raw = teams.remove_member(&team, &args.email).await?;
        action.done();
        raw
    };
    ctx.out.emit(&Quiet(raw))
}
