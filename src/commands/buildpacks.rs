//! buildpacks: list, add, set, remove and clear the buildpacks an app's next build runs, as
//! the official CLI's commands do (`PUT /apps/{app}/buildpack-installations` with the whole
//! new list). A buildpack is a registry name (`heroku/python`) or a URL; the backend resolves
//! names, so belt sends them as typed.

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::api::Client;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View};

#[derive(Debug, Subcommand)]
pub enum BuildpacksCommand {
    /// List the buildpacks on an app
    #[command(
        name = "buildpacks",
        long_about = "List the buildpacks an app's next build runs, in order.",
        after_help = "Examples:\n  belt buildpacks -a demo\n  belt buildpacks --json -a demo"
    )]
    List,
    /// Add a buildpack, inserting it into the list if -i says where
    #[command(
        name = "buildpacks:add",
        long_about = "Add a buildpack to an app: at the end of its list, or at the 1-based \
            position --index gives. BUILDPACK is a registry name (heroku/python) or a URL.",
        after_help = "Examples:\n  belt buildpacks:add heroku/nodejs -a demo\n  belt buildpacks:add -i 1 https://github.com/heroku/heroku-buildpack-ruby -a demo"
    )]
    Add(IndexedBuildpack),
    /// Set a buildpack, replacing the first one (or the one at -i)
    #[command(
        name = "buildpacks:set",
        long_about = "Set an app's buildpack: replace its first buildpack, or the one at the \
            1-based position --index gives (added at the end when there is none there).",
        after_help = "Examples:\n  belt buildpacks:set heroku/python -a demo\n  belt buildpacks:set -i 2 heroku/nodejs -a demo"
    )]
    Set(IndexedBuildpack),
    /// Remove a buildpack set on the app
    #[command(
        name = "buildpacks:remove",
        long_about = "Remove one of an app's buildpacks, named or at the 1-based position \
            --index gives.",
        after_help = "Examples:\n  belt buildpacks:remove heroku/nodejs -a demo\n  belt buildpacks:remove -i 2 -a demo"
    )]
    Remove(RemoveArgs),
    /// Clear all buildpacks set on the app
    #[command(
        name = "buildpacks:clear",
        long_about = "Clear an app's buildpacks: its next build detects them again.",
        after_help = "Examples:\n  belt buildpacks:clear -a demo"
    )]
    Clear,
}

#[derive(Debug, Args)]
pub struct IndexedBuildpack {
    /// The buildpack: a registry name (namespace/name) or a URL
    pub buildpack: String,
    /// The 1-based index of the buildpack in the app's list
    #[arg(short, long)]
    pub index: Option<i64>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The buildpack: a registry name (namespace/name) or a URL
    pub buildpack: Option<String>,
    /// The 1-based index of the buildpack to remove
    #[arg(short, long)]
    pub index: Option<i64>,
}

pub async fn run(ctx: &Context, command: BuildpacksCommand) -> Result<()> {
    match command {
        BuildpacksCommand::List => list(ctx).await,
        BuildpacksCommand::Add(args) => add(ctx, args).await,
        BuildpacksCommand::Set(args) => set(ctx, args).await,
        BuildpacksCommand::Remove(args) => remove(ctx, args).await,
        BuildpacksCommand::Clear => clear(ctx, "Buildpacks cleared.").await,
    }
}

/// A buildpack's URL as shown and compared: Heroku's registry URNs without their prefix.
fn shown(raw: &Value) -> String {
    let url = raw["buildpack"]["url"].as_str().unwrap_or_default();
    url.strip_prefix("urn:buildpack:")
        .unwrap_or(url)
        .to_string()
}

/// The app's buildpacks, raw (every page) and as shown.
async fn fetch(client: &Client, app: &str) -> Result<(Vec<Value>, Vec<String>)> {
    let raw = client.buildpacks(app).list().await?;
    let urls = raw.iter().map(shown).collect();
    Ok((raw, urls))
}

/// Sends the whole new list; returns the list the backend now has, as shown.
async fn put(client: &Client, app: &str, urls: &[String]) -> Result<(Value, Vec<String>)> {
    let raw = client.buildpacks(app).replace(urls).await?;
    let now = raw
        .as_array()
        .map(|a| a.iter().map(shown).collect())
        .unwrap_or_default();
    Ok((raw, now))
}

/// `1. url` lines, or the one URL alone, as the official CLI lists them.
fn numbered(urls: &[String], indent: &str) -> String {
    match urls {
        [one] => one.clone(),
        many => many
            .iter()
            .enumerate()
            .map(|(i, u)| format!("{indent}{}. {u}", i + 1))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Position of the buildpack at 1-based `index`, if the list has one there.
fn position(urls: &[String], index: i64) -> Option<usize> {
    usize::try_from(index - 1).ok().filter(|i| *i < urls.len())
}

fn check_index(index: Option<i64>) -> Result<()> {
    match index {
        Some(i) if i <= 0 => Err(Error::Usage(
            "Invalid index. Must be greater than 0.".into(),
        )),
        _ => Ok(()),
    }
}

fn check_not_set(urls: &[String], buildpack: &str) -> Result<()> {
    if urls.iter().any(|u| u == buildpack) {
        return Err(Error::Failed(format!(
            "The buildpack {buildpack} is already set on your app."
        )));
    }
    Ok(())
}

/// `buildpacks`: the app's buildpacks in order.
struct BuildpackList {
    app: String,
    raw: Vec<Value>,
    urls: Vec<String>,
}

impl View for BuildpackList {
    fn json(&self) -> Value {
        Value::Array(self.raw.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let (app, urls) = (out.style.app(&self.app), &self.urls);
        if urls.is_empty() {
            return out.line(format!("{app} has no Buildpacks."));
        }
        let noun = if urls.len() > 1 {
            "Buildpack URLs"
        } else {
            "Buildpack URL"
        };
        out.header(format!("{app} {noun}"))?;
        out.line(numbered(urls, ""))
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let (raw, urls) = fetch(ctx.client().await?, &app).await?;
    ctx.out.emit(&BuildpackList { app, raw, urls })
}

/// What the official CLI prints after a change: the list the next release uses.
struct Changed {
    app: String,
    raw: Value,
    urls: Vec<String>,
    /// `added`, `set`, `removed`.
    action: &'static str,
    remote: String,
}

impl View for Changed {
    fn json(&self) -> Value {
        self.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let (action, remote) = (self.action, &self.remote);
        let app = out.style.app(&self.app);
        match self.urls.as_slice() {
            [one] => {
                out.line(format!(
                    "Buildpack {action}. Next release on {app} will use {one}."
                ))?;
                out.line(format!(
                    "Run git push {remote} main to create a new release using this buildpack."
                ))
            }
            many => {
                out.line(format!(
                    "Buildpack {action}. Next release on {app} will use:"
                ))?;
                out.line(numbered(many, "  "))?;
                out.line(format!(
                    "Run git push {remote} main to create a new release using these buildpacks."
                ))
            }
        }
    }
}

/// Sends the whole new list and shows what the backend now has.
async fn replace(ctx: &Context, app: String, urls: &[String], action: &'static str) -> Result<()> {
    let (raw, urls) = put(ctx.client().await?, &app, urls).await?;
    let remote = ctx
        .globals
        .remote
        .as_deref()
        .unwrap_or("heroku")
        .to_string();
    ctx.out.emit(&Changed {
        app,
        raw,
        urls,
        action,
        remote,
    })
}

async fn add(ctx: &Context, args: IndexedBuildpack) -> Result<()> {
    check_index(args.index)?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let (_, mut urls) = fetch(client, &app).await?;
    check_not_set(&urls, &args.buildpack)?;
    let at = args
        .index
        .and_then(|i| position(&urls, i))
        .unwrap_or(urls.len());
    urls.insert(at, args.buildpack);
    replace(ctx, app, &urls, "added").await
}

async fn set(ctx: &Context, args: IndexedBuildpack) -> Result<()> {
    check_index(args.index)?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let (_, mut urls) = fetch(client, &app).await?;
    check_not_set(&urls, &args.buildpack)?;
    match args.index {
        None if urls.is_empty() => urls.push(args.buildpack),
        None => urls[0] = args.buildpack,
        Some(i) => match position(&urls, i) {
            Some(at) => urls[at] = args.buildpack,
            None => urls.push(args.buildpack),
        },
    }
    replace(ctx, app, &urls, "set").await
}

/// Which buildpack `buildpacks:remove` names: by position or by name, never both.
enum Target {
    Index(i64),
    Named(String),
}

async fn remove(ctx: &Context, args: RemoveArgs) -> Result<()> {
    let target = match (args.buildpack, args.index) {
        (Some(_), Some(_)) => {
            return Err(Error::Usage(
                "Please choose either index or Buildpack, but not both.".into(),
            ));
        }
        (None, None) => {
            return Err(Error::Usage(
                "Must specify a buildpack to remove, either by index or URL: \
                 belt buildpacks:remove [BUILDPACK] [-i INDEX]"
                    .into(),
            ));
        }
        (Some(buildpack), None) => Target::Named(buildpack),
        (None, Some(index)) => Target::Index(index),
    };
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let (_, mut urls) = fetch(client, &app).await?;
    if urls.is_empty() {
        return Err(Error::Failed(format!(
            "No buildpacks were found. Next release on {} will detect buildpack normally.",
            ctx.out.err_style.app(&app)
        )));
    }
    let at = match target {
        Target::Index(i) => position(&urls, i).ok_or_else(|| {
            Error::Usage(if urls.len() == 1 {
                "Invalid index. Only valid value is 1.".to_string()
            } else {
                format!(
                    "Invalid index. Please choose a value between 1 and {}",
                    urls.len()
                )
            })
        })?,
        Target::Named(buildpack) => urls
            .iter()
            .position(|u| *u == buildpack)
            .ok_or_else(|| Error::NotFound("Buildpack not found. Nothing was removed.".into()))?,
    };
    if urls.len() == 1 {
        return clear(ctx, "Buildpack removed.").await;
    }
    urls.remove(at);
    replace(ctx, app, &urls, "removed").await
}

/// `buildpacks:clear`: the empty list; for people, which config var (if any) still picks a
/// buildpack.
struct Cleared {
    app: String,
    raw: Value,
    done: &'static str,
    /// `BUILDPACK_URL` or `LANGUAGE_PACK_URL`, when still set.
    still_set: Option<&'static str>,
}

impl View for Cleared {
    fn json(&self) -> Value {
        self.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        match self.still_set {
            Some(var) => {
                out.line(self.done)?;
                out.warn(format!(
                    "The {var} config var is still set and will be used for the next release"
                ));
                Ok(())
            }
            None => out.line(format!(
                "{} Next release on {} will detect buildpacks normally.",
                self.done,
                out.style.app(&self.app)
            )),
        }
    }
}

/// Empties the list, then looks for a config var that still picks a buildpack.
async fn clear(ctx: &Context, done: &'static str) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let (raw, _) = put(client, &app, &[]).await?;
    let config = client.config_vars(&app).info().await?.raw;
    let still_set = ["BUILDPACK_URL", "LANGUAGE_PACK_URL"]
        .into_iter()
        .find(|var| config.get(var).is_some());
    ctx.out.emit(&Cleared {
        app,
        raw,
        done,
        still_set,
    })
}
