//! reviewapps: a pipeline's review apps (list, create from a local branch, destroy) and
//! whether it makes them (`reviewapps:enable`/`disable`, with the official CLI's flags and
//! requests). The official CLI has only enable and disable; the rest is belt's, and needs no
//! GitHub: belt packs and uploads the branch itself.

mod config;
mod create;

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::api::Client;
use crate::api::endpoints::Fetched;
use crate::api::models::{Pipeline, ReviewApp};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, table};

#[derive(Debug, Subcommand)]
pub enum ReviewappsCommand {
    /// List a pipeline's review apps
    #[command(
        name = "reviewapps",
        long_about = "List the review apps of a pipeline: each one's app, branch, pull request \
            number and status (pending, creating, created or errored as its app setup goes; \
            deleting while it is destroyed). `--json`: the API's review-app objects.",
        after_help = "Examples:\n  belt reviewapps -p my-pipeline\n  belt reviewapps -p my-pipeline --json"
    )]
    List(PipelineFlag),
    /// Create a review app from a branch
    #[command(
        name = "reviewapps:create",
        long_about = "Create a review app of the pipeline from a branch of the local git \
            repository (the current branch by default): belt packs the branch's committed tree \
            (`git archive`), uploads it (POST /sources) and asks for a review app, which is \
            set up from its app.json with `environments.review` over it, the pipeline's \
            review config vars, its own add-ons, and the HEROKU_APP_NAME, \
            HEROKU_PARENT_APP_NAME, HEROKU_BRANCH and HEROKU_PR_NUMBER the app.json's env \
            declares (the parent is the pipeline's staging app, else its development or \
            production one). It is named BASE-pr-N when the review-app config has a base name \
            and --pr is given, else at random, as on Heroku. No GitHub is needed. With --wait (always on the embedded platform, \
            where the setup runs inside belt), belt waits for the setup and prints the app's \
            URL. `--json`: the review app; after a wait, `{\"review_app\": ..., \
            \"web_url\": ...}`.",
        after_help = "Examples:\n  belt reviewapps:create -p my-pipeline\n  \
            belt reviewapps:create -p my-pipeline -b feature-x --pr 7 --wait"
    )]
    Create(create::CreateArgs),
    /// Destroy a review app
    #[command(
        name = "reviewapps:destroy",
        long_about = "Destroy a review app, named by its app (-a) or by the pipeline and its \
            branch or pull request number. The app.json's `scripts.pr-predestroy` runs first \
            on a one-off dyno, and its output is shown; then the app goes with its add-ons. \
            belt waits until it is gone.",
        after_help = "Examples:\n  belt reviewapps:destroy -a my-pipeline-pr-7 --confirm my-pipeline-pr-7\n  \
            belt reviewapps:destroy -p my-pipeline --pr 7 --confirm my-pipeline-pr-7"
    )]
    Destroy(DestroyArgs),
    /// Enable review apps and/or settings on an existing pipeline
    #[command(
        name = "reviewapps:enable",
        long_about = "Enable review apps on a pipeline (no flags), or turn settings on \
            (--autodeploy, --autodestroy, --wait-for-ci; --stale-days sets after how many days \
            without a deploy --autodestroy destroys a review app). Requests as the official \
            CLI's; the repository's name is read from the pipeline (on the local platform it \
            is nominal: review apps come from the sources belt uploads).",
        after_help = "Examples:\n  belt reviewapps:enable -p my-pipeline\n  \
            belt reviewapps:enable -p my-pipeline --autodeploy --autodestroy --stale-days 3"
    )]
    Enable(config::EnableArgs),
    /// Disable review apps and/or settings on an existing pipeline
    #[command(
        name = "reviewapps:disable",
        long_about = "Disable review apps on a pipeline (no flags), or turn settings off \
            (--no-autodeploy, --no-autodestroy, --no-wait-for-ci). Review apps already made \
            stay until destroyed.",
        after_help = "Examples:\n  belt reviewapps:disable -p my-pipeline\n  \
            belt reviewapps:disable -p my-pipeline --no-autodestroy"
    )]
    Disable(config::DisableArgs),
}

#[derive(Debug, Args)]
pub struct PipelineFlag {
    /// Name or id of the pipeline
    #[arg(short, long, value_name = "PIPELINE")]
    pub pipeline: String,
}

#[derive(Debug, Args)]
pub struct DestroyArgs {
    /// Name or id of the pipeline (with --branch or --pr, instead of -a)
    #[arg(short, long, value_name = "PIPELINE")]
    pub pipeline: Option<String>,
    /// The review app's branch
    #[arg(short, long, value_name = "BRANCH", requires = "pipeline")]
    pub branch: Option<String>,
    /// The review app's pull request number
    #[arg(long = "pr", value_name = "NUMBER", requires = "pipeline")]
    pub pr_number: Option<u64>,
    /// The review app's app name, to skip the confirmation prompt
    #[arg(long, value_name = "APP")]
    pub confirm: Option<String>,
    /// How often to look at the review app while it goes, in seconds
    #[arg(long = "wait-interval", value_name = "SECONDS", default_value = "1",
          value_parser = parse_seconds)]
    pub wait_interval: Duration,
}

/// A positive number of seconds, at most a minute.
fn parse_seconds(text: &str) -> std::result::Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 60.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "invalid interval {text:?}: expected seconds, such as 1 or 0.5"
        )),
    }
}

pub async fn run(ctx: &Context, command: ReviewappsCommand) -> Result<()> {
    match command {
        ReviewappsCommand::List(args) => list(ctx, &args.pipeline).await,
        ReviewappsCommand::Create(args) => create::run(ctx, args).await,
        ReviewappsCommand::Destroy(args) => destroy(ctx, args).await,
        ReviewappsCommand::Enable(args) => config::enable(ctx, args).await,
        ReviewappsCommand::Disable(args) => config::disable(ctx, args).await,
    }
}

/// The pipeline a name or id names; the official CLI reads it as `GET /pipelines/{name}`.
async fn find_pipeline(client: &Client, name_or_id: &str) -> Result<Fetched<Pipeline>> {
    client.pipelines().info(name_or_id).await
}

fn app_name(review_app: &ReviewApp) -> String {
    review_app
        .app
        .as_ref()
        .and_then(|a| a.name.clone().or_else(|| a.id.clone()))
        .unwrap_or_default()
}

/// `=== Review apps in PIPELINE` and a table; `--json` is the list.
struct ReviewAppList {
    pipeline: String,
    apps: Fetched<Vec<ReviewApp>>,
}

impl View for ReviewAppList {
    fn json(&self) -> Value {
        self.apps.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.header(format!("Review apps in pipeline {}", self.pipeline))?;
        if self.apps.model.is_empty() {
            return out.line("No review apps");
        }
        let rows: Vec<Vec<String>> = self
            .apps
            .model
            .iter()
            .map(|r| {
                vec![
                    out.style.app(&app_name(r)),
                    r.branch.clone(),
                    r.pr_number.map(|n| n.to_string()).unwrap_or_default(),
                    r.status.clone(),
                ]
            })
            .collect();
        out.line(table(&["App", "Branch", "PR", "Status"], &rows).trim_end())
    }
}

async fn list(ctx: &Context, pipeline: &str) -> Result<()> {
    let client = ctx.client().await?;
    let pipeline = find_pipeline(client, pipeline).await?.model;
    let apps = client.review_apps().list(&pipeline.id).await?;
    ctx.out.emit(&ReviewAppList {
        pipeline: pipeline.name,
        apps,
    })
}

/// The review app to destroy: the app's, or the pipeline's of that branch or pull request.
async fn find_review_app(
    ctx: &Context,
    client: &Client,
    args: &DestroyArgs,
) -> Result<Fetched<ReviewApp>> {
    let Some(pipeline) = &args.pipeline else {
        let app = ctx.app().await?;
        return client.review_apps().of_app(&app).await;
    };
    if args.branch.is_none() && args.pr_number.is_none() {
        return Err(Error::Usage(
            "name the review app: -a APP, or -p PIPELINE with --branch or --pr".into(),
        ));
    }
    let pipeline = find_pipeline(client, pipeline).await?.model;
    client
        .review_apps()
        .list(&pipeline.id)
        .await?
        .into_items()
        .into_iter()
        .find(|r| {
            args.branch.as_ref().is_none_or(|b| *b == r.model.branch)
                && args.pr_number.is_none_or(|n| r.model.pr_number == Some(n))
        })
        .ok_or_else(|| Error::NotFound(format!("no such review app in pipeline {}", pipeline.name)))
}

/// `Destroying ⬢ APP... done`, the pr-predestroy output, nothing on stdout; `--json`: the
/// deleted review app.
struct Destroyed(Fetched<ReviewApp>);

impl View for Destroyed {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        match &self.0.model.message {
            Some(message) => out.line(message.trim_end()),
            None => Ok(()),
        }
    }
}

async fn destroy(ctx: &Context, args: DestroyArgs) -> Result<()> {
    let client = ctx.client().await?;
    let found = find_review_app(ctx, client, &args).await?.model;
    let name = app_name(&found);
    super::confirm(
        ctx,
        &name,
        args.confirm.as_deref(),
        &format!("Destroying review app {name}"),
    )?;
    let action = ctx.out.action(format!(
        "Destroying review app {}",
        ctx.out.err_style.app(&name)
    ));
    let review_apps = client.review_apps();
    review_apps.destroy(&found.id).await?;
    let gone = loop {
        let now = review_apps.info(&found.id).await?;
        if now.model.status == "deleted" {
            break now;
        }
        tokio::time::sleep(args.wait_interval).await;
    };
    match &gone.model.error_status {
        Some(error) => {
            action.finish("done, but pr-predestroy failed");
            ctx.out.warn(error);
        }
        None => action.done(),
    }
    ctx.out.emit(&Destroyed(gone))
}
