//! builds: deploy a directory (upload a source tarball, build it, stream the output), list
//! builds, show one, and replay its output.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::shared::source::{self, Follow, Wait, pack};
use super::shared::{Followed, Shown, follow_release_output, wait_for_every_dyno};
use crate::api::endpoints::SourceBlob;
use crate::api::models::{Build, NamedRef, Release, decode};
use crate::api::{Client, Fetched};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, key_values, table};

#[derive(Debug, Subcommand)]
pub enum BuildsCommand {
    /// Deploy a directory: upload its source, build it and release it
    #[command(
        name = "builds:create",
        visible_alias = "deploy",
        long_about = "Deploy a directory: upload its source, build it and release it.\n\n\
            Inside a git repository the committed tree (`git archive HEAD`) is deployed, as \
            `git push` would; elsewhere the directory's files, minus `.git`. The build output \
            is streamed as it is produced, and a dropped connection resumes where it broke; \
            belt exits 1 when the build fails, and then no release is made. When the \
            Procfile declares a `release:` command, belt waits for it as `git push` does and \
            exits 1 when it fails: the release is then failed, and the previous one stays \
            current. With --wait, belt then waits as ps:wait does until every dyno is up on the \
            new release, and exits 1 if one crashes.",
        after_help = "Examples:\n  belt deploy -a demo\n  belt deploy ./site -a demo\n  belt deploy --wait -a demo\n  belt deploy --dry-run -a demo"
    )]
    Create(CreateArgs),
    /// List an app's builds, newest first
    #[command(
        name = "builds",
        visible_alias = "builds:list",
        long_about = "List an app's builds, newest first: id, status (pending, succeeded or \
            failed), the source version (the commit, when there was one), who started it, when.",
        after_help = "Examples:\n  belt builds -a demo\n  belt builds -n 5 --json -a demo"
    )]
    List(ListArgs),
    /// Show a build (the latest by default)
    #[command(
        name = "builds:info",
        long_about = "Show a build (the latest by default): its status, source version, stack, \
            and the slug and release it made when it succeeded.",
        after_help = "Examples:\n  belt builds:info -a demo\n  belt builds:info 01234567-89ab-4cde-8f01-23456789abcd -a demo --json"
    )]
    Info(BuildArg),
    /// Print a build's output (the latest by default), following it while it runs
    #[command(
        name = "builds:output",
        long_about = "Print a build's output (the latest by default). While the build runs, the \
            output is followed until it ends, and a dropped connection resumes where it broke.",
        after_help = "Examples:\n  belt builds:output -a demo"
    )]
    Output(OutputArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The directory to deploy
    #[arg(default_value = ".", value_name = "DIR")]
    pub dir: PathBuf,
    /// Then wait until every dyno is up on the new release (as ps:wait), looking every
    /// --wait-interval seconds (at least 10 against an API on another machine)
    #[arg(long = "wait")]
    pub wait_for_dynos: bool,
    #[command(flatten)]
    pub wait: Wait,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// How many builds to show (any number: belt reads as many pages as it takes)
    #[arg(short, long, default_value_t = 15,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub num: u32,
}

#[derive(Debug, Args)]
pub struct BuildArg {
    /// The build's id (the latest build when omitted)
    #[arg(value_name = "ID")]
    pub id: Option<String>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    #[command(flatten)]
    pub build: BuildArg,
    #[command(flatten)]
    pub wait: Wait,
}

pub async fn run(ctx: &Context, command: BuildsCommand) -> Result<()> {
    match command {
        BuildsCommand::Create(args) => create(ctx, args).await,
        BuildsCommand::List(args) => list(ctx, args).await,
        BuildsCommand::Info(args) => info(ctx, args).await,
        BuildsCommand::Output(args) => output(ctx, args).await,
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let app = ctx.app().await?;
    let packed = pack::pack(&args.dir)?;
    let client = ctx.client().await?;
    let checksum = packed.checksum();
    let blob = |url| SourceBlob {
        checksum: &checksum,
        url,
        version: packed.commit.as_deref(),
        version_description: packed.description.as_deref(),
    };
    let builds = client.builds(&app);
    let url = source::upload(ctx, client, packed.tarball, |url| {
        builds.planned_create(&blob(url))
    })
    .await?;
    let started = builds.create(&blob(&url)).await?;
    let finished = Follow::new(
        ctx,
        client,
        &app,
        &started.model.id,
        args.wait.wait_interval,
    )
    .progress()
    .run(started.model.output_stream_url.as_deref())
    .await?;
    ctx.out.emit(&Quiet(finished.raw))?;
    let build = finished.model;
    match build.status.as_deref() {
        Some("succeeded") => {
            release_phase(ctx, client, &app, &build).await?;
            if args.wait_for_dynos {
                wait_for_every_dyno(ctx, &app, args.wait.wait_interval).await?;
            }
            Ok(())
        }
        status => Err(Error::Failed(format!(
            "build {} {}: no release was made (see `belt builds:output {} -a {app}`)",
            build.id,
            status.unwrap_or("ended"),
            build.id
        ))),
    }
}

/// Waits for the build's release when it runs a release command, showing its output as `git
/// push` does; a failed release command fails the deploy.
async fn release_phase(ctx: &Context, client: &Client, app: &str, build: &Build) -> Result<()> {
    let Some(id) = build.release.as_ref().and_then(|r| r.id.as_deref()) else {
        return Ok(());
    };
    let release: Release = decode(&client.releases(app).info(id).await?)?;
    let Some(url) = release.output_stream_url.as_deref() else {
        return Ok(());
    };
    ctx.out.progress_raw(b"Running release command...\n\n")?;
    let ended = match follow_release_output(ctx, client, app, id, url, Shown::Progress).await? {
        Followed::Ended(status) => status,
        Followed::NotStarted => None,
    };
    let version = release.version;
    if ended.as_deref() == Some("succeeded") {
        return ctx.out.progress_raw(b"Waiting for release.... done.\n");
    }
    ctx.out.progress_raw(b"Waiting for release.... failed.\n")?;
    Err(Error::Failed(format!(
        "the release command of v{version} failed: v{version} is not current (see `belt releases:output v{version} -a {app}`)"
    )))
}

/// The build named on the command line, or the app's latest.
async fn fetch(client: &Client, app: &str, id: Option<&str>) -> Result<Fetched<Build>> {
    match id {
        Some(id) => client.builds(app).info(id).await,
        None => client
            .builds(app)
            .newest(1)
            .await?
            .into_items()
            .into_iter()
            .next()
            .ok_or_else(|| Error::NotFound(format!("{app} has no builds yet"))),
    }
}

fn user_email(build: &Build) -> String {
    build
        .user
        .as_ref()
        .and_then(|u| u.email.clone())
        .unwrap_or_default()
}

fn version(build: &Build) -> String {
    build
        .source_blob
        .as_ref()
        .and_then(|s| s.version.clone())
        .unwrap_or_default()
}

/// `builds`: a table of the newest builds.
struct BuildList {
    app: String,
    builds: Fetched<Vec<Build>>,
}

impl View for BuildList {
    fn json(&self) -> Value {
        self.builds.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app;
        out.header(format!("{app} Builds"))?;
        if self.builds.model.is_empty() {
            return out.line(format!("{app} has no builds."));
        }
        let rows: Vec<Vec<String>> = self
            .builds
            .model
            .iter()
            .map(|b| {
                vec![
                    b.id.clone(),
                    b.status.clone().unwrap_or_default(),
                    version(b),
                    user_email(b),
                    b.created_at.clone().unwrap_or_default(),
                ]
            })
            .collect();
        out.line(table(
            &["Id", "Status", "Version", "User", "Created at"],
            &rows,
        ))
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let app = ctx.app().await?;
    let builds = ctx.client().await?.builds(&app).newest(args.num).await?;
    ctx.out.emit(&BuildList { app, builds })
}

/// `builds:info`: one build's fields.
struct BuildInfo(Fetched<Build>);

impl View for BuildInfo {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let build = &self.0.model;
        let id_of =
            |r: &Option<NamedRef>| r.as_ref().and_then(|r| r.id.clone()).unwrap_or_default();
        out.header(format!("Build {}", build.id))?;
        out.line(key_values(&[
            ("Status", build.status.clone().unwrap_or_default()),
            ("Version", version(build)),
            ("Stack", build.stack.clone().unwrap_or_default()),
            ("Slug", id_of(&build.slug)),
            ("Release", id_of(&build.release)),
            ("By", user_email(build)),
            ("When", build.created_at.clone().unwrap_or_default()),
        ]))
    }
}

async fn info(ctx: &Context, args: BuildArg) -> Result<()> {
    let app = ctx.app().await?;
    let build = fetch(ctx.client().await?, &app, args.id.as_deref()).await?;
    ctx.out.emit(&BuildInfo(build))
}

async fn output(ctx: &Context, args: OutputArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let build = fetch(client, &app, args.build.id.as_deref()).await?.model;
    let url = build
        .output_stream_url
        .ok_or_else(|| Error::NotFound(format!("build {} has no output", build.id)))?;
    Follow::new(ctx, client, &app, &build.id, args.wait.wait_interval)
        .run(Some(&url))
        .await
        .map(|_| ())
}
