//! builds: deploy a directory (upload a source tarball, build it, stream the output), list
//! builds, show one, and replay its output.

mod pack;
mod stream;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Value, json};

use crate::api::models::{Build, Source, decode};
use crate::api::{Client, MAX_PAGE, seg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{key_values, table};

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
            belt exits 1 when the build fails, and then no release is made.",
        after_help = "Examples:\n  belt deploy -a demo\n  belt deploy ./site -a demo\n  belt deploy --dry-run -a demo"
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
    #[command(flatten)]
    pub wait: Wait,
}

#[derive(Debug, Args)]
pub struct Wait {
    /// Seconds between looks at a build whose output has paused
    #[arg(long, value_name = "SECONDS", env = crate::env::BELT_WAIT_INTERVAL.name, default_value = "5",
          value_parser = parse_seconds)]
    pub wait_interval: Duration,
}

fn parse_seconds(text: &str) -> std::result::Result<Duration, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err("expected a number of seconds from 0 to 3600, such as 5 or 0.5".into()),
    }
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

fn builds_path(app: &str) -> String {
    format!("/apps/{}/builds", seg(app))
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let app = ctx.app().await?;
    let packed = pack::pack(&args.dir)?;
    let client = ctx.client().await?;
    let checksum = packed.checksum();
    // Every field of the schema's source_blob, which has strict properties.
    let build_body = |url: &str| {
        json!({"source_blob": {
            "checksum": checksum,
            "url": url,
            "version": packed.commit,
            "version_description": packed.description,
        }})
    };
    if ctx.globals.dry_run {
        client.print_dry_run(Method::POST, "/sources", None);
        let size = json!({"bytes": packed.tarball.len()});
        client.print_dry_run(Method::PUT, "<source_blob.put_url>", Some(&size));
        let body = build_body("<source_blob.get_url>");
        client.print_dry_run(Method::POST, &builds_path(&app), Some(&body));
        return Err(Error::DryRun);
    }
    let source: Source = client.post("/sources", &json!({})).await?;
    upload(ctx, client, &source.source_blob.put_url, packed.tarball).await?;
    let raw: Value = client
        .post(&builds_path(&app), &build_body(&source.source_blob.get_url))
        .await?;
    let build: Build = decode(&raw)?;
    let (raw, build) = stream::Follow::new(
        ctx,
        client,
        build_path(&app, &build.id),
        !ctx.globals.json,
        args.wait.wait_interval,
    )
    .run(build.output_stream_url.as_deref())
    .await?;
    if ctx.globals.json {
        ctx.out.json(&raw)?;
    }
    match build.status.as_deref() {
        Some("succeeded") => Ok(()),
        status => Err(Error::Failed(format!(
            "build {} {}: no release was made (see `belt builds:output {} -a {app}`)",
            build.id,
            status.unwrap_or("ended"),
            build.id
        ))),
    }
}

/// Uploads the tarball, with a progress bar when someone is watching.
async fn upload(ctx: &Context, client: &Client, url: &str, tarball: Vec<u8>) -> Result<()> {
    let total = tarball.len() as u64;
    let bar = if std::io::stderr().is_terminal() && !ctx.globals.json {
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "Uploading source {bar:30} {bytes}/{total_bytes}",
        ) {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let progress = bar.clone();
    client
        .put_blob(url, tarball, move |sent| progress.set_position(sent))
        .await?;
    bar.finish_and_clear();
    Ok(())
}

fn build_path(app: &str, id: &str) -> String {
    format!("{}/{}", builds_path(app), seg(id))
}

/// The app's newest `max` builds, newest first.
async fn newest(client: &Client, app: &str, max: u32) -> Result<Vec<Value>> {
    // The schema ranges builds by `id` or `started_at` (not `created_at`).
    let range = format!("started_at ..; order=desc, max={}", max.min(MAX_PAGE));
    client
        .list_with(&builds_path(app), Some(&range), &[], Some(max as usize))
        .await
}

/// The build named on the command line, or the app's latest.
async fn fetch(client: &Client, app: &str, id: Option<&str>) -> Result<Value> {
    match id {
        Some(id) => client.get(&build_path(app, id)).await,
        None => newest(client, app, 1)
            .await?
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

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let app = ctx.app().await?;
    let raw = newest(ctx.client().await?, &app, args.num).await?;
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    ctx.out.header(format!("{app} Builds"))?;
    if raw.is_empty() {
        return ctx.out.line(format!("{app} has no builds."));
    }
    let builds: Vec<Build> = raw.iter().map(decode).collect::<Result<_>>()?;
    let rows: Vec<Vec<String>> = builds
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
    ctx.out.line(table(
        &["Id", "Status", "Version", "User", "Created at"],
        &rows,
    ))
}

async fn info(ctx: &Context, args: BuildArg) -> Result<()> {
    let app = ctx.app().await?;
    let raw = fetch(ctx.client().await?, &app, args.id.as_deref()).await?;
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    let build: Build = decode(&raw)?;
    let id_of = |r: &Option<crate::api::models::NamedRef>| {
        r.as_ref().and_then(|r| r.id.clone()).unwrap_or_default()
    };
    ctx.out.header(format!("Build {}", build.id))?;
    ctx.out.line(key_values(&[
        ("Status", build.status.clone().unwrap_or_default()),
        ("Version", version(&build)),
        ("Stack", build.stack.clone().unwrap_or_default()),
        ("Slug", id_of(&build.slug)),
        ("Release", id_of(&build.release)),
        ("By", user_email(&build)),
        ("When", build.created_at.clone().unwrap_or_default()),
    ]))
}

async fn output(ctx: &Context, args: OutputArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let build: Build = decode(&fetch(client, &app, args.build.id.as_deref()).await?)?;
    let url = build
        .output_stream_url
        .ok_or_else(|| Error::NotFound(format!("build {} has no output", build.id)))?;
    stream::Follow::new(
        ctx,
        client,
        build_path(&app, &build.id),
        true,
        args.wait.wait_interval,
    )
    .run(Some(&url))
    .await
    .map(|_| ())
}
