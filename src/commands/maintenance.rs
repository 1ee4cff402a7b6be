//! maintenance: show, turn on and turn off an app's maintenance mode.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::api::models::{App, decode};
use crate::api::seg;
use crate::context::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum MaintenanceCommand {
    /// Show whether an app is in maintenance mode
    #[command(
        name = "maintenance",
        long_about = "Show whether an app is in maintenance mode: prints `on` or `off`.",
        after_help = "Examples:\n  belt maintenance -a demo"
    )]
    Status,
    /// Put an app into maintenance mode
    #[command(
        name = "maintenance:on",
        long_about = "Put an app into maintenance mode: its web dynos answer with a maintenance page.",
        after_help = "Examples:\n  belt maintenance:on -a demo"
    )]
    On,
    /// Take an app out of maintenance mode
    #[command(
        name = "maintenance:off",
        long_about = "Take an app out of maintenance mode: its web dynos serve requests again.",
        after_help = "Examples:\n  belt maintenance:off -a demo"
    )]
    Off,
}

pub async fn run(ctx: &Context, command: MaintenanceCommand) -> Result<()> {
    let name = ctx.app().await?;
    let client = ctx.client().await?;
    let path = format!("/apps/{}", seg(&name));
    let enable = match command {
        MaintenanceCommand::Status => {
            let raw: Value = client.get(&path).await?;
            let app: App = decode(&raw)?;
            if ctx.globals.json {
                return ctx.out.json(&json!({ "maintenance": app.maintenance }));
            }
            return ctx.out.line(if app.maintenance { "on" } else { "off" });
        }
        MaintenanceCommand::On => true,
        MaintenanceCommand::Off => false,
    };
    let verb = if enable { "Enabling" } else { "Disabling" };
    let action = ctx.out.action(format!(
        "{verb} maintenance mode for {}",
        ctx.out.err_style.app(&name)
    ));
    let raw: Value = client
        .patch(&path, &json!({ "maintenance": enable }))
        .await?;
    action.done();
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    Ok(())
}
