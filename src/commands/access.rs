//! access: who may work on an app, with their permissions on a team app; adding, changing and
//! removing them. Requests and lines are the official CLI's (`access/*.ts`).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::shared::{owner_email, owning_team};
use crate::api::models::{Collaborator, TeamMember, decode};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, table};

/// The team feature under which a team app's collaborators get fine-grained permissions.
const ACCESS_CONTROLS: &str = "org-access-controls";

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// List who has access to an app
    #[command(
        name = "access",
        long_about = "List who has access to an app: its owner and collaborators by email, with their \
            role, and on a team app the permissions of each (the team's admins have every one).\n\n\
            --json prints the collaborator objects.",
        after_help = "Examples:\n  belt access -a demo\n  belt access --json -a demo | jq -r '.[].user.email'"
    )]
    List,
    /// Add a collaborator to an app
    #[command(
        name = "access:add",
        long_about = "Give someone access to an app.\n\nOn a personal app they become a collaborator: they \
            can deploy, set config, scale and read logs, but not change what is billed, rename, \
            destroy or transfer the app. On a team app --permissions says what they may do; `view` \
            is always included.",
        after_help = "Examples:\n  belt access:add user@example.com -a demo\n  belt access:add user@example.com -a team-app --permissions deploy,operate"
    )]
    Add(AddArgs),
    /// Change a team app collaborator's permissions
    #[command(
        name = "access:update",
        long_about = "Replace a team app collaborator's permissions with those given (`view` is always \
            included). Personal apps have no permissions to change.",
        after_help = "Examples:\n  belt access:update user@example.com -a team-app --permissions deploy,manage"
    )]
    Update(UpdateArgs),
    /// Remove someone's access to an app
    #[command(
        name = "access:remove",
        long_about = "Remove someone's access to an app; their next request is refused.",
        after_help = "Examples:\n  belt access:remove user@example.com -a demo"
    )]
    Remove(EmailArg),
}

#[derive(Debug, Args)]
pub struct EmailArg {
    /// The user's email address
    pub email: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The user's email address
    pub email: String,
    /// Permissions on a team app, comma separated (view, deploy, operate, manage)
    #[arg(short, long, value_name = "LIST")]
    pub permissions: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The user's email address
    pub email: String,
    /// The new permissions, comma separated (deploy, operate, manage)
    #[arg(short, long, value_name = "LIST")]
    pub permissions: String,
}

pub async fn run(ctx: &Context, command: AccessCommand) -> Result<()> {
    match command {
        AccessCommand::List => list(ctx).await,
        AccessCommand::Add(args) => add(ctx, args).await,
        AccessCommand::Update(args) => update(ctx, args).await,
        AccessCommand::Remove(args) => remove(ctx, args).await,
    }
}

/// `-p deploy,operate` as sent: the names given and `view`, sorted, each once.
fn permission_list(given: &str) -> Vec<String> {
    let mut names: Vec<String> = given
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .chain(std::iter::once("view".to_string()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// `access`: the collaborators, with permissions when the app is a team's.
struct AccessList {
    raw: Vec<Value>,
    team_app: bool,
}

impl View for AccessList {
    fn json(&self) -> Value {
        Value::Array(self.raw.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let mut people: Vec<Collaborator> = self.raw.iter().map(decode).collect::<Result<_>>()?;
        people.sort_by(|a, b| a.user.email.cmp(&b.user.email));
        // The team's own owner record is no person.
        people.retain(|c| !c.user.email.ends_with("herokumanager.com"));
        let rows: Vec<Vec<String>> = people
            .iter()
            .map(|c| {
                let mut row = vec![
                    c.user.email.clone(),
                    c.role.clone().unwrap_or_else(|| "collaborator".into()),
                ];
                if self.team_app {
                    let mut names: Vec<&str> =
                        c.permissions.iter().map(|p| p.name.as_str()).collect();
                    names.sort();
                    row.push(names.join(", "));
                }
                row
            })
            .collect();
        let headers: &[&str] = if self.team_app {
            &["Email", "Role", "Permissions"]
        } else {
            &["Email", "Role"]
        };
        out.line(table(headers, &rows))
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let info = client.apps().info_raw(&app).await?;
    let mut raw = client.collaborators(&app).list().await?.raw;
    let team = owning_team(owner_email(&info)).map(str::to_string);
    if let Some(team) = &team {
        // A team app's admins have every permission, whether or not they joined it; only a
        // team member may list them, so anyone else sees the collaborators alone.
        match client.teams().members(team).await {
            Ok(members) => {
                let permissions = client.teams().permissions().await?.raw;
                raw = with_admins(raw, members.into_items(), &permissions);
            }
            Err(Error::Api { status: 403, .. }) => {}
            Err(error) => return Err(error),
        }
    }
    let raw = match raw {
        Value::Array(items) => items,
        other => vec![other],
    };
    ctx.out.emit(&AccessList {
        raw,
        team_app: team.is_some(),
    })
}

/// The collaborators without admin records, then each team admin with every permission, as
/// the official CLI merges them.
fn with_admins(
    collaborators: Value,
    members: Vec<crate::api::Fetched<TeamMember>>,
    permissions: &Value,
) -> Value {
    let mut merged: Vec<Value> = match collaborators {
        Value::Array(items) => items,
        other => vec![other],
    };
    merged.retain(|c| c["role"] != "admin");
    for member in members {
        if member.model.role.as_deref() != Some("admin") {
            continue;
        }
        let mut admin = member.raw;
        admin["user"] = json!({ "email": member.model.email });
        admin["permissions"] = permissions.clone();
        merged.push(admin);
    }
    Value::Array(merged)
}

async fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let info = client.apps().info_raw(&app).await?;
    let style = &ctx.out.err_style;
    let mut message = format!(
        "Adding {} access to the app {}",
        args.email,
        style.app(&app)
    );
    let mut controlled = false;
    if let Some(team) = owning_team(owner_email(&info)) {
        let features = client.teams().features(team).await?;
        controlled = features.iter().any(|f| f.name == ACCESS_CONTROLS);
    }
    let raw = if controlled {
        let given = args
            .permissions
            .as_deref()
            .ok_or_else(|| Error::Usage("Missing argument: permissions".into()))?;
        let permissions = permission_list(given);
        message.push_str(&format!(
            " with {} permissions",
            style.green(&permissions.join(", "))
        ));
        let action = ctx.out.action(message);
        let raw = client
            .team_app_collaborators(&app)
            .add(&args.email, &permissions)
            .await?;
        action.done();
        raw
    } else {
        if args.permissions.is_some() {
            ctx.out.warn(format!(
                "{} is not a team app with permissions: --permissions is ignored",
                style.app(&app)
            ));
        }
        let action = ctx.out.action(message);
        let raw = client.collaborators(&app).add(&args.email).await?;
        action.done();
        raw
    };
    ctx.out.emit(&Quiet(raw))
}

async fn update(ctx: &Context, args: UpdateArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let info = client.apps().info_raw(&app).await?;
    let style = &ctx.out.err_style;
    if owning_team(owner_email(&info)).is_none() {
        return Err(Error::Failed(format!(
            "cannot update permissions. The app {} is not owned by a team",
            style.app(&app)
        )));
    }
    let permissions = permission_list(&args.permissions);
    let action = ctx.out.action(format!(
        "Updating {} in application {} with {} permissions",
        args.email,
        style.app(&app),
        permissions.join(",")
    ));
    let raw = client
        .team_app_collaborators(&app)
        .update(&args.email, &permissions)
        .await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn remove(ctx: &Context, args: EmailArg) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let action = ctx.out.action(format!(
        "Removing {} access from the app {}",
        args.email,
        ctx.out.err_style.app(&app)
    ));
    let raw = client.collaborators(&app).remove(&args.email).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

#[cfg(test)]
mod tests {
    #[test]
    fn view_is_always_granted_once_and_sorted() {
        assert_eq!(
            super::permission_list("operate,deploy,view"),
            ["deploy", "operate", "view"]
        );
        assert_eq!(super::permission_list(" manage, "), ["manage", "view"]);
    }
}
