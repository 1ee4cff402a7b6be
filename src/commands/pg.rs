//! pg: the app's Heroku Postgres databases: their details, and waiting until they are available.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::shared::WaitInterval;
use crate::api::models::Addon;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, key_values};

const SERVICE: &str = "heroku-postgresql";

#[derive(Debug, Subcommand)]
pub enum PgCommand {
    /// Show the app's databases
    #[command(
        name = "pg:info",
        long_about = "Show each heroku-postgresql database of an app: its plan, status, creation time \
            and add-on name, under the config var that points at it.",
        after_help = "Examples:\n  belt pg:info -a demo\n  belt pg:info DATABASE -a demo"
    )]
    Info(DatabaseArg),
    /// Wait until the app's databases are available
    #[command(
        name = "pg:wait",
        long_about = "Wait until every database of the app (or the one named) is available, \
            checking every 5 seconds (--wait-interval); a spinner shows on a terminal.",
        after_help = "Examples:\n  belt pg:wait -a demo\n  belt pg:wait DATABASE --wait-interval 10 -a demo"
    )]
    Wait(WaitArgs),
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    #[command(flatten)]
    pub database: DatabaseArg,
    #[command(flatten)]
    pub interval: WaitInterval,
}

#[derive(Debug, Args)]
pub struct DatabaseArg {
    /// A database: add-on name or attachment (DATABASE, HEROKU_POSTGRESQL_AMBER)
    pub database: Option<String>,
}

pub async fn run(ctx: &Context, command: PgCommand) -> Result<()> {
    match command {
        PgCommand::Info(args) => info(ctx, args).await,
        PgCommand::Wait(args) => wait(ctx, args).await,
    }
}

/// The attachment names of a database's config vars: `DATABASE_URL` → `DATABASE`.
fn attachments(addon: &Addon) -> impl Iterator<Item = &str> {
    addon
        .config_vars
        .iter()
        .map(|v| v.strip_suffix("_URL").unwrap_or(v))
}

/// The app's databases (the one named, when `wanted`), raw for --json and decoded.
async fn databases(ctx: &Context, app: &str, wanted: Option<&str>) -> Result<Vec<(Value, Addon)>> {
    let addons = ctx.client().await?.addons(app).list().await?;
    let raws = addons.raw.as_array().cloned().unwrap_or_default();
    let found: Vec<(Value, Addon)> = raws
        .into_iter()
        .zip(addons.model)
        .filter(|(_, a)| {
            a.plan
                .as_ref()
                .is_some_and(|p| p.name.starts_with(&format!("{SERVICE}:")))
        })
        .filter(|(_, a)| {
            wanted.is_none_or(|w| {
                a.name.eq_ignore_ascii_case(w)
                    || attachments(a).any(|t| {
                        t.eq_ignore_ascii_case(w) || format!("{t}_URL").eq_ignore_ascii_case(w)
                    })
            })
        })
        .collect();
    match wanted {
        Some(w) if found.is_empty() => Err(Error::NotFound(format!(
            "{app} has no {SERVICE} database named {w}"
        ))),
        _ => Ok(found),
    }
}

fn status(addon: &Addon) -> &'static str {
    match addon.state.as_deref() {
        Some("provisioning") => "Creating",
        Some("provisioned") => "Available",
        _ => "Unavailable",
    }
}

/// `pg:info`: the app's databases.
struct Databases {
    app: String,
    found: Vec<(Value, Addon)>,
}

impl View for Databases {
    fn json(&self) -> Value {
        Value::Array(self.found.iter().map(|(raw, _)| raw.clone()).collect())
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.found.is_empty() {
            return out.line(format!("{} has no {SERVICE} databases.", self.app));
        }
        for (i, (_, db)) in self.found.iter().enumerate() {
            let plan = db.plan.as_ref();
            let pairs = [
                (
                    "Plan",
                    plan.and_then(|p| p.human_name.clone()).unwrap_or_default(),
                ),
                ("Status", status(db).to_string()),
                ("Created", db.created_at.clone().unwrap_or_default()),
                ("Add-on", db.name.clone()),
            ];
            if i > 0 {
                out.line("")?;
            }
            out.header(db.config_vars.join(", "))?;
            out.line(key_values(&pairs))?;
        }
        Ok(())
    }
}

async fn info(ctx: &Context, args: DatabaseArg) -> Result<()> {
    let app = ctx.app().await?;
    let found = databases(ctx, &app, args.database.as_deref()).await?;
    ctx.out.emit(&Databases { app, found })
}

async fn wait(ctx: &Context, args: WaitArgs) -> Result<()> {
    let app = ctx.app().await?;
    let addons = ctx.client().await?.addons(&app);
    let mut finished = Vec::new();
    for (raw, db) in databases(ctx, &app, args.database.database.as_deref()).await? {
        if db.state.as_deref() != Some("provisioning") {
            finished.push(raw);
            continue;
        }
        let action = ctx.out.action(format!("Waiting for database {}", db.name));
        let available = addons
            .wait_provisioned(&db.id, args.interval.seconds)
            .await?;
        finished.push(available.raw);
        action.finish("available");
    }
    ctx.out.emit(&Quiet(Value::Array(finished)))
}
