//! maintenance: show, turn on and turn off an app's maintenance mode.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, Quiet, View};

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

/// `maintenance`: `on` or `off`.
struct Status(bool);

impl View for Status {
    fn json(&self) -> Value {
        json!({ "maintenance": self.0 })
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(if self.0 { "on" } else { "off" })
    }
}

pub async fn run(ctx: &Context, command: MaintenanceCommand) -> Result<()> {
    let name = ctx.app().await?;
    let apps = ctx.client().await?.apps();
    let enable = match command {
        MaintenanceCommand::Status => {
            let app = apps.info(&name).await?;
            return ctx.out.emit(&Status(app.model.maintenance));
        }
        MaintenanceCommand::On => true,
        MaintenanceCommand::Off => false,
    };
    let verb = if enable { "Enabling" } else { "Disabling" };
    let action = ctx.out.action(format!(
        "{verb} maintenance mode for {}",
        ctx.out.err_style.app(&name)
    ));
    let app = apps.set_maintenance(&name, enable).await?;
    action.done();
    ctx.out.emit(&Quiet(app.raw))
}
