//! `reviewapps:enable` and `reviewapps:disable`, as the official CLI's: the pipeline read by
//! name, then POST (enable, with the repository's name), DELETE (disable) or PATCH (settings)
//! of its review-app config, with its stdout lines and `Configuring pipeline... done`.

use clap::Args;

use super::find_pipeline;
use crate::api::endpoints::ReviewAppSettings;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Quiet;

#[derive(Debug, Args)]
pub struct EnableArgs {
    #[command(flatten)]
    pub pipeline: super::PipelineFlag,
    /// Autodeploy the review app
    #[arg(long)]
    pub autodeploy: bool,
    /// Autodestroy the review app
    #[arg(long)]
    pub autodestroy: bool,
    /// Wait for CI to pass before deploying
    #[arg(long)]
    pub wait_for_ci: bool,
    /// Days without a deploy after which --autodestroy destroys a review app (1 to 30)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=30))]
    pub stale_days: Option<u32>,
}

#[derive(Debug, Args)]
pub struct DisableArgs {
    #[command(flatten)]
    pub pipeline: super::PipelineFlag,
    /// Disable autodeployments
    #[arg(long = "no-autodeploy", alias = "autodeploy")]
    pub no_autodeploy: bool,
    /// Disable automatically destroying review apps
    #[arg(long = "no-autodestroy", alias = "autodestroy")]
    pub no_autodestroy: bool,
    /// Disable wait for CI
    #[arg(long = "no-wait-for-ci", alias = "wait-for-ci")]
    pub no_wait_for_ci: bool,
}

/// What the official CLI warns of `-a`/`-r`, which Review Apps no longer need.
fn warn_app_flag(ctx: &Context) {
    if ctx.globals.app.is_some() || ctx.globals.remote.is_some() {
        ctx.out
            .warn("Specifying an app via --app or --remote is no longer needed with Review Apps");
    }
}

/// `Some(value)` for a flag given, after its line on stdout (the official CLI's words).
fn setting(ctx: &Context, given: bool, line: &str, value: bool) -> Result<Option<bool>> {
    if !given {
        return Ok(None);
    }
    ctx.out.line(line)?;
    Ok(Some(value))
}

pub async fn enable(ctx: &Context, args: EnableArgs) -> Result<()> {
    warn_app_flag(ctx);
    let settings = ReviewAppSettings {
        automatic_review_apps: setting(ctx, args.autodeploy, "Enabling auto deployment...", true)?,
        destroy_stale_apps: setting(ctx, args.autodestroy, "Enabling auto destroy...", true)?,
        wait_for_ci: setting(ctx, args.wait_for_ci, "Enabling wait for CI...", true)?,
        stale_days: args.stale_days,
    };
    configure(ctx, &args.pipeline.pipeline, settings, Change::Enable).await
}

pub async fn disable(ctx: &Context, args: DisableArgs) -> Result<()> {
    warn_app_flag(ctx);
    let settings = ReviewAppSettings {
        automatic_review_apps: setting(
            ctx,
            args.no_autodeploy,
            "Disabling auto deployment...",
            false,
        )?,
        destroy_stale_apps: setting(ctx, args.no_autodestroy, "Disabling auto destroy...", false)?,
        wait_for_ci: setting(ctx, args.no_wait_for_ci, "Disabling wait for CI...", false)?,
        stale_days: None,
    };
    configure(ctx, &args.pipeline.pipeline, settings, Change::Disable).await
}

enum Change {
    Enable,
    Disable,
}

/// No settings: enable or disable review apps; settings: change them.
async fn configure(
    ctx: &Context,
    pipeline: &str,
    settings: ReviewAppSettings,
    change: Change,
) -> Result<()> {
    let client = ctx.client().await?;
    let action = ctx.out.action("Configuring pipeline");
    let pipeline = find_pipeline(client, pipeline).await?.model;
    let review_apps = client.review_apps();
    let answer = match (settings.is_empty(), change) {
        (true, Change::Enable) => {
            let repo = review_apps.repository(&pipeline.id).await?;
            review_apps.enable(&pipeline.id, &repo, &settings).await
        }
        (true, Change::Disable) => review_apps.disable(&pipeline.id).await,
        // Settings for a pipeline without review apps (404): enable them with those settings,
        // rather than refuse what the user plainly asked for.
        (false, Change::Enable) => match review_apps.configure(&pipeline.id, &settings).await {
            Err(Error::Api { status: 404, .. }) => {
                let repo = review_apps.repository(&pipeline.id).await?;
                review_apps.enable(&pipeline.id, &repo, &settings).await
            }
            answer => answer,
        },
        (false, Change::Disable) => review_apps.configure(&pipeline.id, &settings).await,
    }
    .map_err(|e| match e {
        Error::Api { status: 404, .. } if !settings.is_empty() => Error::NotFound(format!(
            "review apps are not enabled on pipeline {}: nothing to disable (`belt reviewapps:enable -p {}` enables them)",
            pipeline.name, pipeline.name
        )),
        other => other,
    })?;
    action.done();
    ctx.out.emit(&Quiet(answer))
}
