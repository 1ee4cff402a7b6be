//! stack: list the stacks and set the one an app's next build uses.

use clap::{Args, Subcommand};
use serde::Deserialize;
use serde_json::Value;

use crate::api::models::{App, decode};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::forms::Human;
use crate::output::{Output, View};

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

/// `stack` for people: the stacks, the app's marked with `*`.
struct StackList<'a> {
    app: &'a str,
    current: String,
    stacks: &'a [Value],
}

impl Human for StackList<'_> {
    fn human(&self, out: &Output) -> Result<()> {
        out.header(format!("{} Available Stacks", out.style.app(self.app)))?;
        for stack in self.stacks {
            let Ok(stack) = Stack::deserialize(stack) else {
                continue;
            };
            let mark = if stack.name == self.current { "*" } else { " " };
            let state = match stack.state.as_deref() {
                Some("deprecated") => " (deprecated)",
                _ => "",
            };
            out.line(format!("{mark} {}{state}", stack.name))?;
        }
        Ok(())
    }
}

/// `stack:set`: the app; for people, how to build on the new stack when it waits for a build.
struct StackSet {
    app: String,
    raw: Value,
    remote: String,
}

impl View for StackSet {
    fn json(&self) -> Value {
        self.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app: App = decode(&self.raw)?;
        let stack = app.stack.as_ref().map(|s| s.name());
        if stack == app.build_stack.as_ref().map(|s| s.name()) {
            return Ok(());
        }
        let name = out.style.app(&self.app);
        out.line(format!(
            "You will need to redeploy {name} for the change to take effect.\n\
             Run `git push {} main` to trigger a new build on {name}.",
            self.remote
        ))
    }
}

pub async fn run(ctx: &Context, command: StackCommand) -> Result<()> {
    let name = ctx.app().await?;
    let client = ctx.client().await?;
    match command {
        StackCommand::List => {
            let stacks = client.stacks().list().await?;
            let whole = async { Ok(Value::Array(stacks.clone())) };
            let marked = async {
                let app = client.apps().info(&name).await?.model;
                Ok::<_, Error>(StackList {
                    current: app.stack.map(|s| s.name().to_string()).unwrap_or_default(),
                    app: &name,
                    stacks: &stacks,
                })
            };
            ctx.out.emit_either(whole, marked).await
        }
        StackCommand::Set(args) => {
            let action = ctx.out.action(format!(
                "Setting stack to {}",
                ctx.out.err_style.bold(&args.stack)
            ));
            let raw = client.apps().set_build_stack(&name, &args.stack).await?;
            action.done();
            let remote = ctx.globals.remote.as_deref().unwrap_or("heroku");
            ctx.out.emit(&StackSet {
                app: name,
                raw,
                remote: remote.to_string(),
            })
        }
    }
}
