//! labs: list, show, enable and disable experimental features of the account and of an app.
//! A feature is looked for as the official CLI looks: on the account first, then (with an app)
//! on the app.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::api::Client;
use crate::api::endpoints::FeatureOwner;
use crate::api::models::{Feature, decode};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View, key_values};

#[derive(Debug, Subcommand)]
pub enum LabsCommand {
    /// List experimental features
    #[command(
        name = "labs",
        long_about = "List the account's experimental features and, with an app, the app's: \
            `[+]` marks one that is enabled. Features in general release are left out, as \
            `heroku labs` leaves them out; `--json` shows both lists whole.",
        after_help = "Examples:\n  belt labs\n  belt labs -a demo\n  belt labs -a demo --json"
    )]
    List,
    /// Show an experimental feature
    #[command(
        name = "labs:info",
        long_about = "Show an experimental feature: what it does, whether it is enabled and \
            where it is documented. The account's features are looked at first, then the app's.",
        after_help = "Examples:\n  belt labs:info log-runtime-metrics -a demo"
    )]
    Info(FeatureArg),
    /// Enable an experimental feature
    #[command(
        name = "labs:enable",
        long_about = "Enable an experimental feature: the account's if it has one of that name, \
            otherwise the app's.",
        after_help = "Examples:\n  belt labs:enable log-runtime-metrics -a demo"
    )]
    Enable(FeatureArg),
    /// Disable an experimental feature
    #[command(
        name = "labs:disable",
        long_about = "Disable an experimental feature: the account's if it has one of that name, \
            otherwise the app's. Disabling spaces-strict-tls allows TLS 1.0 again, so it needs \
            the app's name typed back (or --confirm APP).",
        after_help = "Examples:\n  belt labs:disable log-runtime-metrics -a demo"
    )]
    Disable(DisableArgs),
}

#[derive(Debug, Args)]
pub struct FeatureArg {
    /// The feature's name or id, e.g. log-runtime-metrics
    pub feature: String,
}

#[derive(Debug, Args)]
pub struct DisableArgs {
    #[command(flatten)]
    pub feature: FeatureArg,
    /// The app's name typed back, to disable spaces-strict-tls without a prompt
    #[arg(long, value_name = "APP")]
    pub confirm: Option<String>,
}

pub async fn run(ctx: &Context, command: LabsCommand) -> Result<()> {
    // The app is optional: without one only the account's features are in play.
    let app = ctx.app().await.ok();
    match command {
        LabsCommand::List => list(ctx, app).await,
        LabsCommand::Info(args) => info(ctx, app, &args.feature).await,
        LabsCommand::Enable(args) => switch(ctx, app, &args.feature, true).await,
        LabsCommand::Disable(args) => {
            if args.feature.feature == STRICT_TLS
                && let Some(app) = &app
            {
                confirm_insecure(ctx, app, args.confirm.as_deref())?;
            }
            switch(ctx, app, &args.feature.feature, false).await
        }
    }
}

/// `labs`: the account's features, then the app's; `--json` is `{"app": [...] | null,
/// "user": [...]}` with every feature, as the official CLI prints it.
struct FeatureList {
    email: String,
    user: Vec<Value>,
    app: Option<(String, Vec<Value>)>,
}

impl View for FeatureList {
    fn json(&self) -> Value {
        json!({
            "app": self.app.as_ref().map(|(_, features)| features),
            "user": self.user,
        })
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.header(format!("User Features {}", out.style.cyan(&self.email)))?;
        print_features(out, &self.user)?;
        if let Some((name, features)) = &self.app {
            out.line("")?;
            out.header(format!("App Features {}", out.style.app(name)))?;
            print_features(out, features)?;
        }
        Ok(())
    }
}

/// `[+] name  description` per feature, by name, names padded to the longest; features in
/// general release are managed with `features`, not `labs`, so they are left out.
fn print_features(out: &Output, raw: &[Value]) -> Result<()> {
    let mut features: Vec<Feature> = raw
        .iter()
        .map(decode::<Feature>)
        .filter(|f| {
            !f.as_ref()
                .is_ok_and(|f| f.state.as_deref() == Some("general"))
        })
        .collect::<Result<_>>()?;
    features.sort_by(|a, b| a.name.cmp(&b.name));
    let width = features.iter().map(|f| f.name.chars().count()).max();
    for f in &features {
        let marker = if f.enabled { "[+]" } else { "[ ]" };
        let pad = width.unwrap_or(0) - f.name.chars().count();
        let mut line = format!("{marker} {}{}", f.name, " ".repeat(pad));
        if f.enabled {
            line = out.style.green(&line);
        }
        out.line(format!("{line}  {}", f.description))?;
    }
    Ok(())
}

async fn list(ctx: &Context, app: Option<String>) -> Result<()> {
    let client = ctx.client().await?;
    let (account, user_features) = (client.account(), client.features(FeatureOwner::Account));
    let app_features = async {
        match &app {
            Some(name) => client
                .features(FeatureOwner::App(name))
                .list()
                .await
                .map(Some),
            None => Ok(None),
        }
    };
    let (account, user, app_features) =
        tokio::try_join!(account.info(), user_features.list(), app_features)?;
    ctx.out.emit(&FeatureList {
        email: account.model.email,
        user,
        app: app.zip(app_features),
    })
}

/// `labs:info`: `=== name` and its description, state and docs; `--json` is the feature.
struct FeatureInfo(Value);

impl View for FeatureInfo {
    fn json(&self) -> Value {
        self.0.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let feature: Feature = decode(&self.0)?;
        let enabled = if feature.enabled {
            out.style.green("true")
        } else {
            out.style.red("false")
        };
        let mut pairs = vec![("Description", feature.description), ("Enabled", enabled)];
        if let Some(docs) = feature.doc_url {
            pairs.push(("Docs", docs));
        }
        out.header(&feature.name)?;
        out.line(key_values(&pairs))
    }
}

async fn info(ctx: &Context, app: Option<String>, feature: &str) -> Result<()> {
    let client = ctx.client().await?;
    let (_, raw) = locate(client, app.as_deref(), feature).await?;
    ctx.out.emit(&FeatureInfo(raw))
}

/// Finds `feature` on the account, or failing that (a 404) on `app`: whose it is and its
/// answer. Without an app, the account's 404 is the answer.
async fn locate<'n>(
    client: &Client,
    app: Option<&'n str>,
    feature: &str,
) -> Result<(FeatureOwner<'n>, Value)> {
    match (
        client.features(FeatureOwner::Account).info(feature).await,
        app,
    ) {
        (Ok(raw), _) => Ok((FeatureOwner::Account, raw)),
        (Err(Error::Api { status: 404, .. }), Some(app)) => {
            let owner = FeatureOwner::App(app);
            Ok((owner, client.features(owner).info(feature).await?))
        }
        (Err(error), _) => Err(error),
    }
}

/// `labs:enable` and `labs:disable`: `Enabling NAME for me@example.com... done` (or
/// `for ⬢ demo`); `--json` is the feature as it now is.
async fn switch(ctx: &Context, app: Option<String>, feature: &str, enabled: bool) -> Result<()> {
    let client = ctx.client().await?;
    let (owner, _) = locate(client, app.as_deref(), feature).await?;
    let style = &ctx.out.err_style;
    let target = match owner {
        FeatureOwner::Account => style.cyan(&client.account().info().await?.model.email),
        FeatureOwner::App(name) => style.app(name),
    };
    let verb = if enabled { "Enabling" } else { "Disabling" };
    let action = ctx
        .out
        .action(format!("{verb} {} for {target}", style.magenta(feature)));
    let raw = client.features(owner).set_enabled(feature, enabled).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}

/// The one feature whose disabling the official CLI has typed back: it re-allows TLS 1.0 on
/// a Private Space app.
const STRICT_TLS: &str = "spaces-strict-tls";

/// The official CLI's warning for [`STRICT_TLS`]: the app's name typed at a prompt, or
/// `--confirm APP` where there is no terminal.
fn confirm_insecure(ctx: &Context, app: &str, confirm: Option<&str>) -> Result<()> {
    let typed = match confirm {
        Some(given) => given.to_string(),
        None if ctx.out.can_prompt() => {
            ctx.out.warn("Insecure Action");
            ctx.out.err_line(format!(
                "You are enabling an older security protocol, TLS 1.0, which some \
                 organizations may not deem secure.\nTo proceed, type {app} or re-run this \
                 command with --confirm {app}"
            ));
            ctx.out.prompt("> ", false)?
        }
        None => {
            return Err(Error::Usage(format!(
                "disabling {STRICT_TLS} allows TLS 1.0 again: re-run with --confirm {app} to proceed"
            )));
        }
    };
    if typed == app {
        Ok(())
    } else {
        Err(Error::Usage(
            "Confirmation name did not match app name. Try again.".to_string(),
        ))
    }
}
