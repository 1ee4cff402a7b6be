//! pipelines: list, create, show, rename and destroy pipelines; add an app to one, change its
//! stage, take it out; promote an app's slug downstream (promote.rs), compare it with the
//! next stage's (diff.rs), open the dashboard (open.rs); the test stage's config vars
//! (`ci:config*`, ci_config.rs). Requests, prompts and output are the official CLI's;
//! `--json` and `--dry-run` are belt's.

mod ci_config;
mod diff;
mod open;
mod promote;
mod stages;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::api::Client;
use crate::api::endpoints::{Fetched, PipelineOwnerRef};
use crate::api::models::{App, Pipeline, PipelineCoupling};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, table};
use stages::STAGES;

#[derive(Debug, Subcommand)]
pub enum PipelinesCommand {
    /// List pipelines you have access to
    #[command(
        name = "pipelines",
        long_about = "List the pipelines you have access to, by name (`--json`: the API's \
            pipeline objects).",
        after_help = "Examples:\n  belt pipelines\n  belt pipelines --json"
    )]
    List,
    /// Create a new pipeline
    #[command(
        name = "pipelines:create",
        long_about = "Create a new pipeline with an existing app as its first app. The \
            pipeline's name and the app's stage are guessed from the app's name when not \
            given (`shop-staging` is `shop` at staging); on a terminal both are asked, the \
            guesses as defaults.",
        after_help = "Examples:\n  belt pipelines:create -a my-app-staging\n  \
            belt pipelines:create my-pipeline -a my-app-staging -s staging"
    )]
    Create(CreateArgs),
    /// Add this app to a pipeline
    #[command(
        name = "pipelines:add",
        long_about = "Add the app to a pipeline. The app's stage is guessed from its name when \
            not given, and asked on a terminal.",
        after_help = "Examples:\n  belt pipelines:add my-pipeline -a my-app -s production"
    )]
    Add(AddArgs),
    /// Remove this app from its pipeline
    #[command(
        name = "pipelines:remove",
        long_about = "Remove the app from its pipeline: its coupling is deleted; the app and \
            the pipeline stay.",
        after_help = "Examples:\n  belt pipelines:remove -a my-app"
    )]
    Remove,
    /// Show the apps in a pipeline
    #[command(
        name = "pipelines:info",
        long_about = "Show a pipeline's owner and its apps by stage; `--json` is \
            `{\"pipeline\": ..., \"apps\": [...]}`, each app with its `pipelineCoupling`.",
        after_help = "Examples:\n  belt pipelines:info my-pipeline"
    )]
    Info(PipelineArg),
    /// Rename a pipeline
    #[command(
        name = "pipelines:rename",
        long_about = "Rename a pipeline (by name or id); its apps and their stages stay as \
            they are.",
        after_help = "Examples:\n  belt pipelines:rename my-pipeline new-pipeline-name"
    )]
    Rename(RenameArgs),
    /// Change the app's stage in its pipeline
    #[command(
        name = "pipelines:update",
        long_about = "Move the app to another stage of its pipeline: test, review, development, \
            staging or production.",
        after_help = "Examples:\n  belt pipelines:update -s staging -a my-app"
    )]
    Update(UpdateArgs),
    /// Destroy a pipeline
    #[command(
        name = "pipelines:destroy",
        long_about = "Destroy a pipeline. Its apps are not destroyed; they leave it.",
        after_help = "Examples:\n  belt pipelines:destroy my-pipeline"
    )]
    Destroy(PipelineArg),
    /// Promote the app's latest release to its downstream app(s)
    #[command(
        name = "pipelines:promote",
        long_about = "Promote the app's slug to the apps of the next stage (development → \
            staging → production), or to the apps named with --to. Before promoting, belt \
            warns about config var keys the source has and a target lacks, and about a \
            target on another stack; `--dry-run` shows what would be promoted where.",
        after_help = "Examples:\n  belt pipelines:promote -a my-app-staging\n  \
            belt pipelines:promote -a my-app-staging --to my-app-eu,my-app-us\n  \
            belt pipelines:promote -a my-app-staging --dry-run"
    )]
    Promote(promote::PromoteArgs),
    /// Compare the app's latest release to its downstream app(s)
    #[command(
        name = "pipelines:diff",
        long_about = "Compare the app's slug to those of the next stage's apps: the commits \
            the app has that each lacks, read from the local git repository (run it in the \
            app's repository; belt says so when the commits are not there), and the config \
            var keys that differ (their values with --values).",
        after_help = "Examples:\n  belt pipelines:diff -a my-app-staging\n  \
            belt pipelines:diff -a my-app-staging --values --json"
    )]
    Diff(diff::DiffArgs),
    /// Open a pipeline in the dashboard
    #[command(
        name = "pipelines:open",
        long_about = "Open the pipeline's page on Heroku's dashboard in a web browser (BROWSER \
            is honoured), and print its URL; `--json` prints `{\"url\"}` without opening. \
            Other backends have no dashboard: belt says so.",
        after_help = "Examples:\n  belt pipelines:open my-pipeline"
    )]
    Open(PipelineArg),
    #[command(flatten)]
    CiConfig(ci_config::CiConfigCommand),
}

#[derive(Debug, Args)]
pub struct PipelineArg {
    /// The pipeline's name or id
    pub pipeline: String,
}

#[derive(Debug, Args)]
pub struct StageArg {
    /// The app's stage in the pipeline
    #[arg(short, long, value_parser = STAGES)]
    pub stage: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The pipeline's name (the app's name without its stage ending by default)
    pub name: Option<String>,
    #[command(flatten)]
    pub stage: StageArg,
    /// The team to own the pipeline (the user creating it by default)
    #[arg(short, long, value_name = "TEAM")]
    pub team: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub pipeline: PipelineArg,
    #[command(flatten)]
    pub stage: StageArg,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    #[command(flatten)]
    pub pipeline: PipelineArg,
    /// The pipeline's new name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The app's new stage
    #[arg(short, long, value_parser = STAGES)]
    pub stage: String,
}

pub async fn run(ctx: &Context, command: PipelinesCommand) -> Result<()> {
    match command {
        PipelinesCommand::List => list(ctx).await,
        PipelinesCommand::Create(args) => create(ctx, args).await,
        PipelinesCommand::Add(args) => add(ctx, args).await,
        PipelinesCommand::Remove => remove(ctx).await,
        PipelinesCommand::Info(args) => info(ctx, &args.pipeline).await,
        PipelinesCommand::Rename(args) => rename(ctx, args).await,
        PipelinesCommand::Update(args) => update(ctx, &args.stage).await,
        PipelinesCommand::Destroy(args) => destroy(ctx, &args.pipeline).await,
        PipelinesCommand::Promote(args) => promote::run(ctx, args).await,
        PipelinesCommand::Diff(args) => diff::run(ctx, args).await,
        PipelinesCommand::Open(args) => open::run(ctx, args).await,
        PipelinesCommand::CiConfig(command) => ci_config::run(ctx, command).await,
    }
}

/// `pipelines`: `=== My Pipelines` and a name a line; `--json` is the list.
struct PipelineList(Fetched<Vec<Pipeline>>);

impl View for PipelineList {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.header("My Pipelines")?;
        for pipeline in &self.0.model {
            out.line(&pipeline.name)?;
        }
        Ok(())
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let client = ctx.client().await?;
    ctx.out
        .emit(&PipelineList(client.pipelines().list().await?))
}

/// The pipeline a name or id names, as the official CLI's `disambiguate` finds it: an id is
/// read directly; a name is looked up, and of several of that name the user picks one.
pub(super) async fn find(
    ctx: &Context,
    client: &Client,
    name_or_id: &str,
) -> Result<Fetched<Pipeline>> {
    if uuid::Uuid::parse_str(name_or_id).is_ok() {
        return client.pipelines().info(name_or_id).await;
    }
    let mut found = client.pipelines().named(name_or_id).await?.into_items();
    match found.len() {
        0 => Err(Error::NotFound("Pipeline not found".to_string())),
        1 => Ok(found.remove(0)),
        _ => pick(ctx, name_or_id, found),
    }
}

/// One of several pipelines of one name, by its id: typed at a prompt, or given as the
/// argument instead of the name where there is no terminal.
fn pick(ctx: &Context, name: &str, found: Vec<Fetched<Pipeline>>) -> Result<Fetched<Pipeline>> {
    let ids: Vec<&str> = found.iter().map(|p| p.model.id.as_str()).collect();
    if !ctx.out.can_prompt() {
        return Err(Error::Usage(format!(
            "there are {} pipelines named {name}: name one by its id ({})",
            ids.len(),
            ids.join(", ")
        )));
    }
    ctx.out
        .err_line(format!("Which {name} pipeline? {}", ids.join(", ")));
    let typed = ctx.out.prompt("id: ", false)?;
    found
        .into_iter()
        .find(|p| p.model.id == typed.trim())
        .ok_or_else(|| Error::Usage("Must pick a pipeline".to_string()))
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let name = stages::name_for(ctx, &app, args.name)?;
    let stage = stages::stage_for(ctx, &app, args.stage.stage)?;
    let pipelines = client.pipelines();
    let (owner_id, target) =
        tokio::try_join!(owner_id(client, args.team.as_deref()), pipelines.app(&app))?;
    let owner = PipelineOwnerRef {
        id: &owner_id,
        kind: if args.team.is_some() { "team" } else { "user" },
    };
    let generation = generation(&target.raw);
    let style = &ctx.out.err_style;
    let action = ctx.out.action(format!("Creating {name} pipeline"));
    let pipeline = match pipelines.create(&name, &owner, generation).await {
        // The coupling's request is listed too, for the pipeline `--dry-run` did not create.
        Err(Error::DryRun) => {
            let coupling = pipelines.planned_couple("<pipeline.id>", &app, &stage);
            ctx.out.planned(&coupling);
            return Err(Error::DryRun);
        }
        answer => answer?,
    };
    action.done();
    let action = ctx.out.action(format!(
        "Adding {} to {} pipeline as {stage}",
        style.app(&app),
        pipeline.model.name
    ));
    let coupling = pipelines.couple(&pipeline.model.id, &app, &stage).await?;
    action.done();
    ctx.out.emit(&Quiet(
        json!({"pipeline": pipeline.raw, "coupling": coupling.raw}),
    ))
}

/// The id of the team named, or of the user.
async fn owner_id(client: &Client, team: Option<&str>) -> Result<String> {
    match team {
        Some(team) => {
            let team = client.pipelines().team(team).await?;
            let id = team["id"].as_str().unwrap_or_default();
            Ok(id.to_string())
        }
        None => Ok(client.account().info().await?.model.id),
    }
}

/// The app's generation (`cedar` or `fir`) as the official CLI reads it; `cedar` when the
/// answer names none.
fn generation(app: &Value) -> &str {
    let name = app["generation"]["name"]
        .as_str()
        .or_else(|| app["generation"].as_str());
    match name {
        Some(name) if name.contains("fir") => "fir",
        _ => "cedar",
    }
}

async fn add(ctx: &Context, args: AddArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let pipeline = find(ctx, client, &args.pipeline.pipeline).await?.model;
    let stage = stages::stage_for(ctx, &app, args.stage.stage)?;
    let action = ctx.out.action(format!(
        "Adding {} to {} pipeline as {stage}",
        ctx.out.err_style.app(&app),
        pipeline.name
    ));
    let coupling = client
        .pipelines()
        .couple(&pipeline.id, &app, &stage)
        .await?;
    action.done();
    ctx.out.emit(&Quiet(coupling.raw))
}

async fn remove(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let action = ctx
        .out
        .action(format!("Removing {}", ctx.out.err_style.app(&app)));
    let pipelines = client.pipelines();
    let coupling = pipelines.coupling_of(&app).await?;
    let answer = pipelines.uncouple(&coupling.model.id).await?;
    action.done();
    ctx.out.emit(&Quiet(answer))
}

async fn update(ctx: &Context, stage: &str) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let action = ctx.out.action(format!(
        "Changing {} to {stage}",
        ctx.out.err_style.app(&app)
    ));
    let pipelines = client.pipelines();
    let coupling = pipelines.coupling_of(&app).await?;
    let answer = pipelines.set_stage(&coupling.model.id, stage).await?;
    action.done();
    ctx.out.emit(&Quiet(answer))
}

async fn rename(ctx: &Context, args: RenameArgs) -> Result<()> {
    let client = ctx.client().await?;
    let pipeline = find(ctx, client, &args.pipeline.pipeline).await?.model;
    let action = ctx.out.action(format!(
        "Renaming {} pipeline to {}",
        pipeline.name, args.name
    ));
    let renamed = client.pipelines().rename(&pipeline.id, &args.name).await?;
    action.done();
    ctx.out.emit(&Quiet(renamed.raw))
}

async fn destroy(ctx: &Context, name_or_id: &str) -> Result<()> {
    let client = ctx.client().await?;
    let pipeline = find(ctx, client, name_or_id).await?.model;
    let action = ctx
        .out
        .action(format!("Destroying {} pipeline", pipeline.name));
    let answer = client.pipelines().destroy(&pipeline).await?;
    action.done();
    ctx.out.emit(&Quiet(answer))
}

/// A pipeline's apps, each with its coupling, as the official CLI's `listPipelineApps` reads
/// them: the couplings, then the apps of their ids in one search.
pub(super) async fn pipeline_apps(
    client: &Client,
    pipeline_id: &str,
) -> Result<Vec<(Fetched<App>, PipelineCoupling)>> {
    let pipelines = client.pipelines();
    let couplings = pipelines.couplings(pipeline_id).await?.model;
    let ids: Vec<&str> = couplings
        .iter()
        .filter_map(|c| c.app.id.as_deref())
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let apps = pipelines.apps_by_id(&ids).await?.into_items();
    Ok(apps
        .into_iter()
        .filter_map(|app| {
            let coupling = couplings
                .iter()
                .find(|c| c.app.id.as_deref() == Some(app.model.id.as_str()))?;
            Some((app, coupling.clone()))
        })
        .collect())
}

/// `pipelines:info`: `=== NAME`, `owner: EMAIL`, and a table of app name and stage, by stage
/// (development, review, staging, production), then name; `--json` is `{"pipeline",
/// "apps"}`, each app with its `pipelineCoupling`, as the official CLI prints it.
struct PipelineInfo {
    pipeline: Fetched<Pipeline>,
    apps: Vec<(Fetched<App>, PipelineCoupling)>,
    /// The owning team's name, when a team owns the pipeline.
    team: Option<String>,
}

impl View for PipelineInfo {
    fn json(&self) -> Value {
        let apps: Vec<Value> = self
            .apps
            .iter()
            .map(|(app, coupling)| {
                let mut raw = app.raw.clone();
                if let Some(fields) = raw.as_object_mut() {
                    let coupling = serde_json::to_value(coupling).unwrap_or_default();
                    fields.insert("pipelineCoupling".to_string(), coupling);
                }
                raw
            })
            .collect();
        json!({"pipeline": self.pipeline.raw, "apps": apps})
    }

    fn human(&self, out: &Output) -> Result<()> {
        let pipeline = &self.pipeline.model;
        out.header(&pipeline.name)?;
        let owner_id = pipeline.owner.as_ref().and_then(|o| o.id.as_deref());
        let owner = pipeline.owner.as_ref().map(|_| self.owner_name(owner_id));
        if let Some(owner) = &owner {
            out.line(format!("owner: {owner}"))?;
        }
        out.line("")?;
        let order = ["development", "review", "staging", "production"];
        let mut shown: Vec<&(Fetched<App>, PipelineCoupling)> = self
            .apps
            .iter()
            .filter(|(_, c)| order.contains(&c.stage.as_str()))
            .collect();
        shown.sort_by_key(|(app, c)| {
            let rank = order.iter().position(|s| *s == c.stage);
            (rank, app.model.name.clone())
        });
        let rows: Vec<Vec<String>> = shown
            .iter()
            .map(|(app, c)| vec![out.style.app(&app.model.name), c.stage.clone()])
            .collect();
        out.line(table(&["App name", "Stage"], &rows))?;
        let foreign =
            |app: &Fetched<App>| app.model.owner.as_ref().and_then(|o| o.id.as_deref()) != owner_id;
        if let Some(owner) = owner
            && self.apps.iter().any(|(app, _)| foreign(app))
        {
            out.line("")?;
            out.warn(format!(
                "Some apps in this pipeline do not belong to {owner}.\n\n\
                 All apps in a pipeline must have the same owner as the pipeline owner.\n\
                 Transfer these apps or change the pipeline owner in pipeline settings.\n\
                 See https://devcenter.heroku.com/articles/pipelines for more info."
            ));
        }
        Ok(())
    }
}

impl PipelineInfo {
    /// `TEAM (team)` for a team; for a user, the email read off an app the user owns, or the
    /// id when the user owns none, as the official CLI finds it.
    fn owner_name(&self, owner_id: Option<&str>) -> String {
        if let Some(team) = &self.team {
            return format!("{team} (team)");
        }
        self.apps
            .iter()
            .filter_map(|(app, _)| app.model.owner.as_ref())
            .find(|owner| owner.id.as_deref() == owner_id)
            .and_then(|owner| owner.email.clone())
            .unwrap_or_else(|| owner_id.unwrap_or_default().to_string())
    }
}

async fn info(ctx: &Context, name_or_id: &str) -> Result<()> {
    let client = ctx.client().await?;
    let pipeline = find(ctx, client, name_or_id).await?;
    let apps = pipeline_apps(client, &pipeline.model.id).await?;
    // The team's name is for people: `--json` is the pipeline as the API has it.
    let team_id = pipeline.model.owner.as_ref().and_then(|owner| {
        let is_team = owner.kind.as_deref() == Some("team");
        owner.id.as_deref().filter(|_| is_team && !ctx.out.json)
    });
    let team = match team_id {
        Some(id) => client.pipelines().team(id).await?["name"]
            .as_str()
            .map(str::to_string),
        None => None,
    };
    ctx.out.emit(&PipelineInfo {
        pipeline,
        apps,
        team,
    })
}
