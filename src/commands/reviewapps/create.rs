//! `reviewapps:create`: a branch of the local repository packed and uploaded by belt, then
//! `POST /review-apps`; with --wait, the review app followed until it is created.

use std::path::Path;
use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use super::{app_name, find_pipeline};
use crate::api::Client;
use crate::api::endpoints::{Fetched, NewReviewApp};
use crate::api::models::ReviewApp;
use crate::auth::Backend;
use crate::commands::shared::source::{self, pack};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View};

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name or id of the pipeline
    #[arg(short, long, value_name = "PIPELINE")]
    pub pipeline: String,
    /// The branch (or any commit) to make the review app from: the current branch by default
    #[arg(short, long, value_name = "BRANCH")]
    pub branch: Option<String>,
    /// The pull request number the review app is for
    #[arg(long = "pr", value_name = "NUMBER", value_parser = clap::value_parser!(u64).range(1..))]
    pub pr_number: Option<u64>,
    /// Wait until the review app is created (or failed), and print its URL (always, on the
    /// embedded platform, where the setup runs inside belt)
    #[arg(long)]
    pub wait: bool,
    /// How often to look at the review app while waiting, in seconds
    #[arg(long = "wait-interval", value_name = "SECONDS", default_value = "1",
          value_parser = super::parse_seconds)]
    pub wait_interval: Duration,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    let dir = Path::new(".");
    let branch = match &args.branch {
        Some(branch) => branch.clone(),
        None => pack::current_branch(dir).ok_or_else(|| {
            Error::Usage("no branch is checked out here: name one with --branch".into())
        })?,
    };
    let packed = pack::pack_ref(dir, &branch)?;
    let client = ctx.client().await?;
    let pipeline = find_pipeline(client, &args.pipeline).await?.model;
    let new = |url| NewReviewApp {
        pipeline_id: &pipeline.id,
        branch: &branch,
        pr_number: args.pr_number,
        source_url: url,
        version: packed.commit.as_deref(),
    };
    let url = source::upload(ctx, client, packed.tarball, |url| {
        client.review_apps().planned_create(&new(url))
    })
    .await?;
    let action = ctx.out.action(format!(
        "Creating review app for branch {branch} in pipeline {}",
        pipeline.name
    ));
    let created = client.review_apps().create(&new(&url)).await?;
    action.finish(&format!(
        "done, {}",
        ctx.out.err_style.app(&app_name(&created.model))
    ));
    // The embedded platform sets the app up inside this process, so it must not end first.
    let embedded = matches!(ctx.session().await?.account.backend, Backend::Local);
    if !args.wait && !embedded {
        return ctx.out.emit(&Created {
            review_app: created,
            web_url: None,
        });
    }
    let finished = wait(ctx, client, &created.model, args.wait_interval).await?;
    let web_url = client
        .apps()
        .info(&app_name(&finished.model))
        .await?
        .model
        .web_url;
    ctx.out.emit(&Created {
        review_app: finished,
        web_url,
    })
}

/// Follows the review app until its setup ended; an errored one fails the command.
async fn wait(
    ctx: &Context,
    client: &Client,
    review_app: &ReviewApp,
    interval: Duration,
) -> Result<Fetched<ReviewApp>> {
    let action = ctx.out.action(format!(
        "Setting up {}",
        ctx.out.err_style.app(&app_name(review_app))
    ));
    loop {
        let now = client.review_apps().info(&review_app.id).await?;
        match now.model.status.as_str() {
            "created" => {
                action.done();
                return Ok(now);
            }
            "errored" | "deleting" | "deleted" => {
                action.finish("failed");
                let why = now
                    .model
                    .error_status
                    .clone()
                    .unwrap_or_else(|| now.model.status.clone());
                return Err(Error::Failed(format!(
                    "the review app {} was not created: {why}",
                    app_name(&now.model)
                )));
            }
            _ => tokio::time::sleep(interval).await,
        }
    }
}

/// The review app's app name, and with --wait its URL; `--json`: the review app, with
/// `web_url` beside it once known.
struct Created {
    review_app: Fetched<ReviewApp>,
    web_url: Option<String>,
}

impl View for Created {
    fn json(&self) -> Value {
        match &self.web_url {
            Some(url) => json!({"review_app": self.review_app.raw, "web_url": url}),
            None => self.review_app.raw.clone(),
        }
    }

    fn human(&self, out: &Output) -> Result<()> {
        match &self.web_url {
            Some(url) => out.line(url),
            None => out.line(app_name(&self.review_app.model)),
        }
    }
}
