//! `ci:config`, `ci:config:get`, `ci:config:set`, `ci:config:unset`: a pipeline's test stage
//! config vars (those of Heroku CI's test runs), named by `--pipeline` or by an app in the
//! pipeline, with the official CLI's requests and output. Beyond the official ones,
//! `--stage review` works on the review stage's vars, which new review apps start with (on
//! Heroku only the dashboard sets those).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::find;
use crate::api::Client;
use crate::api::endpoints::Fetched;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, key_values};
use belt_text::dotenv::{self, ConfigMap};

/// The stages with config vars of their own; the official CLI's commands know only `test`.
const STAGES: [&str; 2] = ["test", "review"];

#[derive(Debug, Subcommand)]
pub enum CiConfigCommand {
    /// Display CI config vars
    #[command(
        name = "ci:config",
        long_about = "Show the config vars of a pipeline's test stage (Heroku CI's test \
            runs get them). The pipeline is named with --pipeline or is the app's; \
            `--stage review` shows the review stage's instead, which new review apps start \
            with.\n\n--shell prints KEY='value' lines a POSIX shell can source.",
        after_help = "Examples:\n  belt ci:config --pipeline my-pipeline\n  \
            belt ci:config -a my-app --shell\n  belt ci:config --pipeline my-pipeline --json\n  \
            belt ci:config --pipeline my-pipeline --stage review"
    )]
    Show(ShowArgs),
    /// Get a CI config var
    #[command(
        name = "ci:config:get",
        long_about = "Print the value of one of a pipeline's test stage config vars \
            (`undefined` when it is not set, as the Heroku CLI prints it).",
        after_help = "Examples:\n  belt ci:config:get --pipeline my-pipeline RAILS_ENV"
    )]
    Get(GetArgs),
    /// Set CI config vars
    #[command(
        name = "ci:config:set",
        long_about = "Set config vars of a pipeline's test stage; other vars stay as they are.",
        after_help = "Examples:\n  belt ci:config:set --pipeline my-pipeline RAILS_ENV=test\n  \
            belt ci:config:set --pipeline my-pipeline --stage review FEATURE_FLAGS=all"
    )]
    Set(SetArgs),
    /// Unset CI config vars
    #[command(
        name = "ci:config:unset",
        long_about = "Remove config vars from a pipeline's test stage.",
        after_help = "Examples:\n  belt ci:config:unset --pipeline my-pipeline RAILS_ENV"
    )]
    Unset(UnsetArgs),
}

#[derive(Debug, Args)]
pub struct PipelineFlag {
    /// The pipeline (name or id); the app's pipeline when not given
    #[arg(short, long, value_name = "PIPELINE")]
    pub pipeline: Option<String>,
    /// The stage whose config vars these are: test (Heroku CI's), or review (new review apps')
    #[arg(long, value_parser = STAGES, default_value = "test")]
    pub stage: String,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub pipeline: PipelineFlag,
    /// Print KEY='value' lines a shell can source
    #[arg(short, long)]
    pub shell: bool,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(flatten)]
    pub pipeline: PipelineFlag,
    /// Print KEY='value', as a shell reads it
    #[arg(short, long)]
    pub shell: bool,
    /// The config var's name
    pub key: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    #[command(flatten)]
    pub pipeline: PipelineFlag,
    /// KEY=VALUE pairs
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    #[command(flatten)]
    pub pipeline: PipelineFlag,
    /// The config vars' names
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
}

pub async fn run(ctx: &Context, command: CiConfigCommand) -> Result<()> {
    match command {
        CiConfigCommand::Show(args) => show(ctx, args).await,
        CiConfigCommand::Get(args) => get(ctx, args).await,
        CiConfigCommand::Set(args) => set(ctx, args).await,
        CiConfigCommand::Unset(args) => unset(ctx, args).await,
    }
}

/// The pipeline's id and name: the one `--pipeline` names, or the app's.
async fn pipeline(ctx: &Context, client: &Client, flag: &PipelineFlag) -> Result<(String, String)> {
    if let Some(name_or_id) = &flag.pipeline {
        let pipeline = find(ctx, client, name_or_id).await?.model;
        return Ok((pipeline.id, pipeline.name));
    }
    let app = ctx.app().await.map_err(|_| {
        Error::Usage("name the pipeline with --pipeline, or an app in it with -a".to_string())
    })?;
    let coupling = client.pipelines().coupling_of(&app).await?.model;
    let id = coupling.pipeline.id.clone().unwrap_or_default();
    Ok((id, coupling.pipeline.name().to_string()))
}

/// `=== NAME STAGE config vars` and `KEY: value` pairs, or shell lines; `--json` the map.
struct StageVars {
    pipeline: String,
    stage: String,
    vars: Fetched<ConfigMap>,
    shell: bool,
}

impl View for StageVars {
    fn json(&self) -> Value {
        self.vars.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.shell {
            let lines = dotenv::shell_lines(&self.vars.model);
            return out.line(lines.trim_end_matches('\n'));
        }
        out.header(format!("{} {} config vars", self.pipeline, self.stage))?;
        out.line(pairs(&self.vars.model))
    }
}

fn pairs(vars: &ConfigMap) -> String {
    let pairs: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    key_values(&pairs)
}

async fn show(ctx: &Context, args: ShowArgs) -> Result<()> {
    let client = ctx.client().await?;
    let (id, name) = pipeline(ctx, client, &args.pipeline).await?;
    let stage = args.pipeline.stage;
    let vars = client.stage_config_vars(&id, &stage).info().await?;
    ctx.out.emit(&StageVars {
        pipeline: name,
        stage,
        vars,
        shell: args.shell,
    })
}

/// One var's value (`undefined` when unset), or `KEY='value'`; `--json` `{"key", "value"}`.
struct StageVar {
    key: String,
    value: Option<String>,
    shell: bool,
}

impl View for StageVar {
    fn json(&self) -> Value {
        json!({"key": self.key, "value": self.value})
    }

    fn human(&self, out: &Output) -> Result<()> {
        let value = self.value.as_deref();
        match self.shell {
            true => out.line(format!(
                "{}={}",
                self.key,
                dotenv::shell_quote(value.unwrap_or_default())
            )),
            false => out.line(value.unwrap_or("undefined")),
        }
    }
}

async fn get(ctx: &Context, args: GetArgs) -> Result<()> {
    let client = ctx.client().await?;
    let (id, _) = pipeline(ctx, client, &args.pipeline).await?;
    let stage = &args.pipeline.stage;
    let vars = client.stage_config_vars(&id, stage).info().await?.model;
    ctx.out.emit(&StageVar {
        value: vars.get(&args.key).cloned(),
        key: args.key,
        shell: args.shell,
    })
}

/// The vars just set, as `KEY: value` pairs in the order given; `--json` the stage's vars.
struct SetVars {
    set: Vec<(String, String)>,
    answer: Value,
}

impl View for SetVars {
    fn json(&self) -> Value {
        self.answer.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let pairs: Vec<(&str, String)> = self
            .set
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        out.line(key_values(&pairs))
    }
}

async fn set(ctx: &Context, args: SetArgs) -> Result<()> {
    let set: Vec<(String, String)> = args
        .pairs
        .iter()
        .map(|pair| belt_text::key_value::parse_pair(pair).map_err(|e| Error::Usage(e.to_string())))
        .collect::<Result<_>>()?;
    let client = ctx.client().await?;
    let (id, _) = pipeline(ctx, client, &args.pipeline).await?;
    let keys: Vec<&str> = set.iter().map(|(k, _)| k.as_str()).collect();
    let action = ctx.out.action(format!("Setting {}", keys.join(", ")));
    let changes = set.iter().map(|(k, v)| (k.as_str(), Some(v.as_str())));
    let answer = client
        .stage_config_vars(&id, &args.pipeline.stage)
        .update(changes)
        .await?;
    action.done();
    ctx.out.emit(&SetVars {
        set,
        answer: answer.raw,
    })
}

async fn unset(ctx: &Context, args: UnsetArgs) -> Result<()> {
    let client = ctx.client().await?;
    let (id, _) = pipeline(ctx, client, &args.pipeline).await?;
    let action = ctx
        .out
        .action(format!("Unsetting {}", args.keys.join(", ")));
    let changes = args.keys.iter().map(|key| (key.as_str(), None));
    let answer = client
        .stage_config_vars(&id, &args.pipeline.stage)
        .update(changes)
        .await?;
    action.done();
    ctx.out.emit(&Quiet(answer.raw))
}
