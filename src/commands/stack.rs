//! stack: list the stacks and set the one an app's next build uses.

use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::models::{App, decode};
use crate::api::seg;
use crate::context::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum StackCommand {
    /// List the available stacks, marking the app's
    #[command(
        name = "stack",
        long_about = "List the stacks an app can build on, marking the app's current stack with `*`.",
        after_help = "Examples:\n  belt stack -a demo"
    )]
    List,
    /// Set the stack of an app's next build
    #[command(
        name = "stack:set",
        long_about = "Set the stack an app builds on. The change takes effect with the next deploy.",
        after_help = "Examples:\n  belt stack:set heroku-24 -a demo\n  belt -a app-name stack:set container"
    )]
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The stack's name, e.g. heroku-24
    pub stack: String,
}

#[derive(Deserialize)]
struct Stack {
    name: String,
    #[serde(default)]
    state: Option<String>,
}

pub async fn run(ctx: &Context, command: StackCommand) -> Result<()> {
    let name = ctx.app().await?;
    let client = ctx.client().await?;
    let path = format!("/apps/{}", seg(&name));
    match command {
        StackCommand::List => {
            let stacks: Vec<Value> = client.list_with("/stacks", None, &[], None).await?;
            if ctx.globals.json {
                return ctx.out.json(&stacks);
            }
            let app: App = client.get(&path).await?;
            let current = app.stack.map(|s| s.name().to_string()).unwrap_or_default();
            ctx.out
                .header(format!("{} Available Stacks", ctx.out.style.app(&name)))?;
            for stack in stacks {
                let Ok(stack) = serde_json::from_value::<Stack>(stack) else {
                    continue;
                };
                let mark = if stack.name == current { "*" } else { " " };
                let state = match stack.state.as_deref() {
                    Some("deprecated") => " (deprecated)",
                    _ => "",
                };
                ctx.out.line(format!("{mark} {}{state}", stack.name))?;
            }
            Ok(())
        }
        StackCommand::Set(args) => {
            let action = ctx.out.action(format!(
                "Setting stack to {}",
                ctx.out.err_style.bold(&args.stack)
            ));
            let raw: Value = client
                .patch(&path, &json!({ "build_stack": args.stack }))
                .await?;
            action.done();
            if ctx.globals.json {
                return ctx.out.json(&raw);
            }
            let app: App = decode(&raw)?;
            let stack = app.stack.as_ref().map(|s| s.name());
            if stack == app.build_stack.as_ref().map(|s| s.name()) {
                return Ok(());
            }
            let remote = ctx.globals.remote.as_deref().unwrap_or("heroku");
            ctx.out.line(format!(
                "You will need to redeploy {} for the change to take effect.\n\
                 Run `git push {remote} main` to trigger a new build on {}.",
                ctx.out.style.app(&name),
                ctx.out.style.app(&name)
            ))
        }
    }
}
