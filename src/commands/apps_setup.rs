//! apps:setup: an app from a directory's `app.json`, through `/app-setups` as Heroku's
//! "Deploy to Heroku" button makes one: the directory is packed and uploaded as a deploy's
//! source is, the setup created, its build's output streamed, and the setup followed until
//! it is over: the postdeploy script's output, or every manifest error.

mod plan;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::shared::source::{self, Follow, Wait, pack};
use super::shared::wait_for_every_dyno;
use crate::api::endpoints::NewAppSetup;
use crate::api::models::AppSetup;
use crate::api::reconnect::FIRST_RETRY;
use crate::api::{Client, Fetched};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, key_values};
use plan::Manifest;

#[derive(Debug, Subcommand)]
pub enum SetupCommand {
    /// Create an app from a directory's app.json (add-ons, config, build, postdeploy)
    #[command(
        name = "apps:setup",
        long_about = "Create an app from a directory's app.json, as Heroku's app setups \
            (`POST /app-setups`, the Deploy to Heroku button) do: the app is created with the \
            manifest's env (plain values, `generator: \"secret\"` values, and the required keys \
            given with --env), its add-ons and buildpacks; its code is built (the output is \
            streamed), its formation scaled, and `scripts.postdeploy` run once on a one-off \
            dyno, whose output and exit code are shown.\n\n\
            The directory is packed as `deploy` packs it: inside a git repository the committed \
            tree, so app.json must be committed. When the setup fails, belt exits 1 and lists \
            every problem the platform found in the manifest. With --wait, belt then waits as \
            ps:wait does until every dyno is up. --json prints the finished setup object; --dry-run shows the app that would be made (values of secret-looking \
            keys hidden) and sends nothing. `apps:manifest` writes an app.json for an existing \
            app, to recreate it with this command.",
        after_help = "Examples:\n  belt apps:setup\n  belt apps:setup ./shop --name shop-staging --env API_KEY=abc123\n  belt apps:setup --dry-run\n  belt apps:setup --json | jq .postdeploy"
    )]
    Setup(SetupArgs),
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The directory with the app's code and its app.json
    #[arg(default_value = ".", value_name = "DIR")]
    pub dir: PathBuf,
    /// Name of the new app (also -a; generated when omitted)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Region to create the app in (us, eu)
    #[arg(long)]
    pub region: Option<String>,
    /// Stack to build on, instead of the manifest's
    #[arg(short, long)]
    pub stack: Option<String>,
    /// A value for one of the manifest's env keys (required keys need one); repeatable
    #[arg(short, long = "env", value_name = "KEY=VALUE", value_parser = env_pair)]
    pub env: Vec<(String, String)>,
    /// A buildpack to build with instead of the manifest's; repeatable, in order
    #[arg(short, long = "buildpack", value_name = "URL")]
    pub buildpacks: Vec<String>,
    /// Then wait until every dyno is up (as ps:wait), looking every --wait-interval seconds
    #[arg(long = "wait")]
    pub wait_for_dynos: bool,
    #[command(flatten)]
    pub wait: Wait,
}

fn env_pair(text: &str) -> std::result::Result<(String, String), String> {
    belt_text::key_value::parse_pair(text).map_err(|e| e.to_string())
}

pub async fn run(ctx: &Context, command: SetupCommand) -> Result<()> {
    let SetupCommand::Setup(mut args) = command;
    // `-a NAME` names the new app too, as it does for the official CLI's apps:create.
    args.name = args.name.or_else(|| ctx.globals.app.clone());
    if let Some(name) = &args.name {
        super::validate_app_name(name)?;
    }
    let packed = pack::pack(&args.dir)?;
    let manifest = Manifest::from_tarball(&args.dir, &packed.tarball)?;
    let env: BTreeMap<String, String> = args.env.iter().cloned().collect();
    let checksum = packed.checksum();
    let setup = |url| NewAppSetup {
        name: args.name.as_deref(),
        region: args.region.as_deref(),
        stack: args.stack.as_deref(),
        source_url: url,
        checksum: Some(&checksum),
        version: packed.commit.as_deref(),
        env: env.clone(),
        buildpacks: args.buildpacks.clone(),
    };
    let client = ctx.client().await?;
    if ctx.globals.dry_run {
        let lines = manifest.preview(&args, &env);
        ctx.out.preview(std::future::ready(Ok(lines))).await?;
    }
    let url = source::upload(ctx, client, packed.tarball, |url| {
        let mut shown = setup(url);
        shown.env = plan::redacted(&env);
        client.app_setups().planned_create(&shown)
    })
    .await?;
    let action = ctx
        .out
        .action(format!("Creating an app from {}", manifest.shown_path()));
    let started = client.app_setups().create(&setup(&url)).await?;
    let app = started.model.app.name().to_string();
    action.finish(&format!("done, {}", ctx.out.err_style.app(&app)));
    let finished = follow(ctx, client, started, args.wait.wait_interval).await?;
    let succeeded = finished.model.status.as_deref() == Some("succeeded");
    ctx.out.emit(&SetupView(finished.clone()))?;
    if !succeeded {
        return Err(failure(&finished.model));
    }
    if args.wait_for_dynos {
        wait_for_every_dyno(ctx, &app, args.wait.wait_interval).await?;
    }
    Ok(())
}

/// Follows the setup until it is no longer pending: its build's output streamed as a deploy's
/// is, then the rest (formation, postdeploy) under a progress line.
async fn follow(
    ctx: &Context,
    client: &Client,
    started: Fetched<AppSetup>,
    interval: Duration,
) -> Result<Fetched<AppSetup>> {
    let id = started.model.id.clone();
    let app = started.model.app.name().to_string();
    let styled = ctx.out.err_style.app(&app);
    let mut setup = started;
    let mut action = Some(ctx.out.action(format!("Setting up {styled}")));
    let mut built = false;
    // Looked at soon at first (each step is quick on a local platform), then every interval.
    let mut pause = FIRST_RETRY.min(interval);
    loop {
        let pending = setup.model.status.as_deref() == Some("pending");
        if let Some(build) = setup.model.build.as_ref().filter(|_| !built) {
            if let Some(action) = action.take() {
                action.finish("building");
            }
            Follow::new(ctx, client, &app, &build.id, interval)
                .progress()
                .run(build.output_stream_url.as_deref())
                .await?;
            built = true;
            action = Some(ctx.out.action(format!("Finishing the setup of {styled}")));
        } else if !pending {
            if let Some(action) = action.take() {
                action.finish(match setup.model.status.as_deref() {
                    Some("succeeded") => "done",
                    other => other.unwrap_or("ended"),
                });
            }
            return Ok(setup);
        } else {
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(interval);
        }
        setup = client.app_setups().info(&id).await?;
    }
}

/// The failure of a finished setup, as the exit path prints it: the platform's message, then
/// each manifest error on a line of its own.
fn failure(setup: &AppSetup) -> Error {
    let mut message = format!(
        "the setup of {} failed: {}",
        setup.app.name(),
        setup
            .failure_message
            .as_deref()
            .unwrap_or("the platform gave no reason")
    );
    for problem in setup.manifest_errors.iter().flatten() {
        message.push_str(&format!("\n  - {problem}"));
    }
    let app = setup.app.name();
    let build_failed = setup
        .build
        .as_ref()
        .is_some_and(|b| b.status.as_deref() == Some("failed"));
    if let Some(build) = setup.build.as_ref().filter(|_| build_failed) {
        message.push_str(&format!(
            "\nThe build's output: `belt builds:output {} -a {app}`.",
            build.id
        ));
    }
    // The app stays as the setup left it, and keeps its name from the next try.
    message.push_str(&format!(
        "\n{app} stays as the setup left it: `belt destroy -a {app} --confirm {app}` removes it."
    ));
    Error::Failed(message)
}

/// The finished setup: the API's object for `--json`; its outcome and the postdeploy
/// script's output for people.
struct SetupView(Fetched<AppSetup>);

impl View for SetupView {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let setup = &self.0.model;
        out.header(out.style.app(setup.app.name()))?;
        let mut pairs = vec![
            ("Setup", setup.id.clone()),
            ("Status", setup.status.clone().unwrap_or_default()),
        ];
        if let Some(build) = &setup.build {
            pairs.push(("Build", build.status.clone().unwrap_or_default()));
        }
        let postdeploy = setup.postdeploy.as_ref();
        if let Some(code) = postdeploy.and_then(|p| p.exit_code) {
            pairs.push(("Postdeploy", format!("exit {code}")));
        }
        if let Some(url) = &setup.resolved_success_url {
            pairs.push(("Success URL", url.clone()));
        }
        out.line(key_values(&pairs))?;
        match postdeploy.and_then(|p| p.output.as_deref()) {
            Some(output) if !output.is_empty() => {
                out.line("")?;
                out.header("Postdeploy output")?;
                out.line(output.trim_end())
            }
            _ => Ok(()),
        }
    }
}
