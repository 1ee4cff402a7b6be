//! `pipelines:promote`: the source app's slug to the next stage's apps (or those named with
//! `--to`), each target's result shown as the official CLI shows it. Before the promotion
//! belt warns about what the slug will miss on a target: config var keys the source has and
//! the target lacks, and another stack.

use std::collections::BTreeMap;
use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use super::pipeline_apps;
use super::stages::PROMOTION_ORDER;
use crate::api::Client;
use crate::api::endpoints::Fetched;
use crate::api::models::{App, PipelineCoupling, PromotionTarget, Release, decode};
use crate::commands::shared::{Followed, Shown, follow_release_output};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, key_values};

/// How long to wait between looks at a pending promotion.
const POLL_WAIT: Duration = Duration::from_secs(1);

#[derive(Debug, Args)]
pub struct PromoteArgs {
    /// Comma-separated apps to promote to (names or ids), instead of the next stage's apps
    #[arg(short, long, value_name = "APP,...")]
    pub to: Option<String>,
}

type PipelineApp = (Fetched<App>, PipelineCoupling);

pub async fn run(ctx: &Context, args: PromoteArgs) -> Result<()> {
    let source_name = ctx.app().await?;
    let client = ctx.client().await?;
    let progress = |line: &str| {
        if !ctx.out.json {
            ctx.out.err_line(line);
        }
    };
    progress("Fetching app info...");
    let coupling = client.pipelines().coupling_of(&source_name).await?.model;
    progress(&format!(
        "Fetching apps from {}...",
        coupling.pipeline.name()
    ));
    let pipeline_id = coupling.pipeline.id.as_deref().unwrap_or_default();
    let apps = pipeline_apps(client, pipeline_id).await?;
    let (targets, label) = match &args.to {
        Some(to) => named_targets(&apps, &source_name, to)?,
        None => next_stage_targets(&apps, &source_name, &coupling.stage)?,
    };
    let source = apps
        .iter()
        .find(|(app, _)| app.model.name == source_name || app.model.id == source_name)
        .map(|(app, _)| &app.model);
    let missing = missing_config_vars(client, &source_name, &targets).await?;
    warn(&ctx.out, source, &targets, &missing);
    if ctx.globals.dry_run && !ctx.out.json {
        let names: Vec<String> = targets.iter().map(|t| t.name.clone()).collect();
        ctx.out.line(format!(
            "Would promote {source_name} to {}",
            names.join(", ")
        ))?;
    }
    progress(&format!("{label}..."));
    let source_id = coupling.app.id.as_deref().unwrap_or_default();
    let target_ids: Vec<&str> = targets.iter().map(|t| t.id.as_str()).collect();
    let promotion = client
        .pipelines()
        .promote(pipeline_id, source_id, &target_ids)
        .await?;
    progress("Waiting for promotion to complete...");
    let results = wait(ctx, client, &promotion.model.id).await?;
    let view = Promoted {
        promotion: promotion.raw,
        names: apps
            .iter()
            .map(|(app, _)| (app.model.id.clone(), app.model.name.clone()))
            .collect(),
        results,
        missing,
    };
    ctx.out.emit(&view)?;
    if view.all_succeeded() {
        Ok(())
    } else {
        Err(Error::Exit(1))
    }
}

/// `--to`'s apps, each one of the pipeline's and not the source, and the progress line.
fn named_targets(apps: &[PipelineApp], source: &str, to: &str) -> Result<(Vec<App>, String)> {
    let names: Vec<&str> = to.split(',').filter(|name| !name.is_empty()).collect();
    let mut targets = Vec::new();
    for name in &names {
        if *name == source {
            return Err(Error::Usage(format!(
                "Cannot promote from an app to itself: {name}. Specify a different target app."
            )));
        }
        let found = apps
            .iter()
            .find(|(app, _)| app.model.name == *name || app.model.id == *name)
            .ok_or_else(|| Error::NotFound(format!("Cannot find app {name}")))?;
        targets.push(found.0.model.clone());
    }
    Ok((
        targets,
        format!("Starting promotion to apps: {}", names.join(",")),
    ))
}

/// The apps of the stage after the source's, and the progress line.
fn next_stage_targets(
    apps: &[PipelineApp],
    source: &str,
    stage: &str,
) -> Result<(Vec<App>, String)> {
    let next = PROMOTION_ORDER
        .iter()
        .position(|s| *s == stage)
        .and_then(|i| PROMOTION_ORDER.get(i + 1));
    let Some(next) = next else {
        return Err(Error::Usage(format!(
            "Cannot promote {source} from '{stage}' stage"
        )));
    };
    let targets: Vec<App> = apps
        .iter()
        .filter(|(_, coupling)| coupling.stage == *next)
        .map(|(app, _)| app.model.clone())
        .collect();
    if targets.is_empty() {
        return Err(Error::Failed(format!(
            "Cannot promote from {source} as there are no downstream apps in {next} stage"
        )));
    }
    Ok((targets, format!("Starting promotion to {next}")))
}

/// Per target name, the config var keys the source has and the target does not: the slug
/// may need them, and a promotion leaves config vars as they are.
async fn missing_config_vars(
    client: &Client,
    source: &str,
    targets: &[App],
) -> Result<BTreeMap<String, Vec<String>>> {
    let keys = |vars: Value| -> Vec<String> {
        vars.as_object()
            .map(|vars| vars.keys().cloned().collect())
            .unwrap_or_default()
    };
    let source_keys = keys(client.config_vars(source).info().await?.raw);
    let mut missing = BTreeMap::new();
    for target in targets {
        let target_keys = keys(client.config_vars(&target.name).info().await?.raw);
        let absent: Vec<String> = source_keys
            .iter()
            .filter(|key| !target_keys.contains(key))
            .cloned()
            .collect();
        if !absent.is_empty() {
            missing.insert(target.name.clone(), absent);
        }
    }
    Ok(missing)
}

fn stack_of(app: &App) -> Option<&str> {
    app.stack
        .as_ref()
        .or(app.build_stack.as_ref())
        .and_then(|stack| stack.name.as_deref())
}

/// belt's warnings before a promotion, on stderr: missing config var keys, another stack.
fn warn(
    out: &Output,
    source: Option<&App>,
    targets: &[App],
    missing: &BTreeMap<String, Vec<String>>,
) {
    for (target, keys) in missing {
        out.warn(format!(
            "{target} lacks config vars that {} has: {}",
            source.map_or("the source", |s| s.name.as_str()),
            keys.join(", ")
        ));
    }
    let Some(source) = source else { return };
    let Some(source_stack) = stack_of(source) else {
        return;
    };
    for target in targets {
        if let Some(stack) = stack_of(target).filter(|stack| *stack != source_stack) {
            out.warn(format!(
                "{} is on {stack} and {} on {source_stack}: the slug was built for {source_stack}",
                target.name, source.name
            ));
        }
    }
}

/// Polls the promotion's targets until none is pending. A single target's release command
/// output is shown while it runs, as the official CLI shows it.
async fn wait(ctx: &Context, client: &Client, id: &str) -> Result<Fetched<Vec<PromotionTarget>>> {
    let pipelines = client.pipelines();
    let mut streamed = false;
    loop {
        let targets = pipelines.promotion_targets(id).await?;
        if targets.model.iter().all(|t| t.status != "pending") {
            return Ok(targets);
        }
        if let [only] = targets.model.as_slice()
            && !streamed
            && let Some(release) = only.release.as_ref().and_then(|r| r.id.as_deref())
            && let Some(app) = only.app.id.as_deref()
        {
            streamed = true;
            release_output(ctx, client, app, release).await?;
        }
        tokio::time::sleep(POLL_WAIT).await;
    }
}

/// The target's release command output, when its release has one.
async fn release_output(ctx: &Context, client: &Client, app: &str, id: &str) -> Result<()> {
    let release: Release = decode(&client.releases(app).info(id).await?)?;
    let Some(url) = release.output_stream_url.as_deref() else {
        return Ok(());
    };
    ctx.out.progress_raw(b"Running release command...\n")?;
    match follow_release_output(ctx, client, app, id, url, Shown::Progress).await? {
        Followed::Ended(_) | Followed::NotStarted => Ok(()),
    }
}

/// The promotion's outcome: `Promotion successful` (or a warning that some failed), then
/// `app: status` per target, a failure's message under it; `--json` is `{"promotion",
/// "targets", "missing_config_vars"}`.
struct Promoted {
    promotion: Value,
    names: BTreeMap<String, String>,
    results: Fetched<Vec<PromotionTarget>>,
    missing: BTreeMap<String, Vec<String>>,
}

impl Promoted {
    fn all_succeeded(&self) -> bool {
        self.results.model.iter().all(|t| t.status == "succeeded")
    }
}

impl View for Promoted {
    fn json(&self) -> Value {
        json!({
            "promotion": self.promotion,
            "targets": self.results.raw,
            "missing_config_vars": self.missing,
        })
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.all_succeeded() {
            out.line("\nPromotion successful")?;
        } else {
            out.warn("Promotion to some apps failed");
        }
        let rows: Vec<(String, String)> = self
            .results
            .model
            .iter()
            .map(|target| {
                let id = target.app.id.as_deref().unwrap_or_default();
                let name = self.names.get(id).map_or(id, String::as_str).to_string();
                let mut details = target.status.clone();
                if target.status == "failed"
                    && let Some(message) = &target.error_message
                {
                    details.push('\n');
                    details.push_str(message);
                }
                (name, details)
            })
            .collect();
        let pairs: Vec<(&str, String)> = rows
            .iter()
            .map(|(name, details)| (name.as_str(), details.clone()))
            .collect();
        out.line(key_values(&pairs))
    }
}
