//! addons: list, create, remove, info and change the plan of an app's add-ons, and browse the
//! catalogue. Each change is one request, which the platform applies as one release.

use std::time::Duration;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::confirm;
use crate::api::models::{Addon, AddonAttachment, AddonService, Plan, decode};
use crate::api::{Client, seg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{key_values, table};

#[derive(Debug, Subcommand)]
pub enum AddonsCommand {
    /// List an app's add-ons
    #[command(
        name = "addons",
        long_about = "List an app's add-ons with their plan, price and state (`--all`: every app of the \
            account). --json prints the API's add-on objects.",
        visible_alias = "addons:list",
        after_help = "Examples:\n  belt addons -a demo\n  belt addons --all\n  belt addons --json -a demo | jq -r '.[].name'"
    )]
    List(ListArgs),
    /// Create an add-on and attach it to an app
    #[command(
        name = "addons:create",
        visible_alias = "addons:add",
        long_about = "Create an add-on and attach it to an app.\n\nWithout a plan the service's \
            default plan is used. The add-on's config vars (DATABASE_URL, REDIS_URL, ...) are set \
            as one new release. Databases are created in the background; --wait returns once \
            they are available, checking every 5 seconds (--wait-interval). Options after `--` \
            go to the add-on's provider.",
        after_help = "Examples:\n  belt addons:add heroku-postgresql -a demo\n  belt addons:add sendgrid:starter --as MAIL -a demo\n  belt addons:create heroku-postgresql:essential-0 --wait -a demo\n  belt addons:add heroku-redis -a demo -- --maxmemory_policy allkeys-lru"
    )]
    Create(CreateArgs),
    /// Permanently destroy add-ons
    #[command(
        name = "addons:destroy",
        visible_alias = "addons:remove",
        long_about = "Permanently destroy add-ons, unsetting their config vars as a new release.\n\n\
            On a terminal belt asks you to type the app's name; elsewhere --confirm APP must name it.",
        after_help = "Examples:\n  belt addons:remove memcache -a demo --confirm demo\n  belt addons:destroy postgresql-curly-12345 redis-shiny-54321 -a demo --confirm demo"
    )]
    Destroy(DestroyArgs),
    /// Show detailed add-on information
    #[command(
        name = "addons:info",
        long_about = "Show one add-on: its service and plan, price, state, the app it belongs to, its \
            attachments and the config vars it sets.",
        after_help = "Examples:\n  belt addons:info DATABASE -a demo\n  belt addons:info postgresql-curly-12345 --json"
    )]
    Info(AddonArg),
    /// List the add-on services of the catalogue
    #[command(
        name = "addons:services",
        long_about = "List the add-on services of the platform's catalogue, with their state.",
        after_help = "Examples:\n  belt addons:services\n  belt addons:services --json | jq -r '.[].name'"
    )]
    Services,
    /// List a service's plans
    #[command(
        name = "addons:plans",
        long_about = "List a service's plans with their prices, marking the default plan.",
        after_help = "Examples:\n  belt addons:plans heroku-postgresql"
    )]
    Plans(PlansArgs),
    /// Change an add-on's plan
    #[command(
        name = "addons:upgrade",
        visible_alias = "addons:downgrade",
        long_about = "Change an add-on's plan, within the same service.\n\nName the add-on and \
            the plan (`addons:upgrade DATABASE heroku-postgresql:standard-0`), or only the plan \
            when the app has one add-on of that service (`addons:upgrade heroku-redis:premium-0`).",
        after_help = "Examples:\n  belt addons:upgrade heroku-postgresql:ronin -a demo\n  belt addons:upgrade DATABASE standard-0 -a demo"
    )]
    Upgrade(UpgradeArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// List the add-ons of all your apps
    #[arg(short = 'A', long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The service and plan, `SERVICE[:PLAN]`
    #[arg(value_name = "SERVICE[:PLAN]")]
    pub plan: String,
    /// Attachment name: the config vars' prefix (`--as MAIL` gives MAIL_USERNAME, ...)
    #[arg(long = "as", value_name = "NAME")]
    pub attachment: Option<String>,
    /// Name of the add-on (generated when omitted)
    #[arg(long)]
    pub name: Option<String>,
    /// Wait until the add-on is provisioned
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub interval: WaitInterval,
    /// Options for the add-on's provider: `-- --key value --flag`
    #[arg(last = true, value_name = "OPTIONS")]
    pub options: Vec<String>,
}

/// `--wait-interval SECONDS`, as the official CLI's `pg:wait` has it: how often a wait polls.
#[derive(Debug, Clone, Copy, Args)]
pub struct WaitInterval {
    /// How frequently to poll while waiting, in seconds (to avoid rate limiting)
    #[arg(long = "wait-interval", value_name = "SECONDS", default_value = "5",
          value_parser = parse_interval)]
    pub seconds: Duration,
}

/// A positive number of seconds, decimals allowed (`5`, `0.5`), at most a day.
fn parse_interval(text: &str) -> std::result::Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 86_400.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "invalid interval {text:?}: expected a number of seconds, such as 5 or 0.5"
        )),
    }
}

#[derive(Debug, Args)]
pub struct DestroyArgs {
    /// Add-ons to destroy: name, attachment (DATABASE) or service
    #[arg(required = true, value_name = "ADDON")]
    pub addons: Vec<String>,
    /// The app's name, to confirm without a prompt
    #[arg(short, long, value_name = "APP")]
    pub confirm: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddonArg {
    /// The add-on: name, attachment (DATABASE) or service
    #[arg(value_name = "ADDON")]
    pub addon: String,
}

#[derive(Debug, Args)]
pub struct PlansArgs {
    /// The service, e.g. heroku-postgresql
    pub service: String,
}

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// The add-on (name, attachment or service), or `SERVICE:PLAN` alone
    #[arg(value_name = "ADDON")]
    pub addon: String,
    /// The new plan, `PLAN` or `SERVICE:PLAN`
    pub plan: Option<String>,
}

pub async fn run(ctx: &Context, command: AddonsCommand) -> Result<()> {
    match command {
        AddonsCommand::List(args) => list(ctx, args).await,
        AddonsCommand::Create(args) => create(ctx, args).await,
        AddonsCommand::Destroy(args) => destroy(ctx, args).await,
        AddonsCommand::Info(args) => info(ctx, args).await,
        AddonsCommand::Services => services(ctx).await,
        AddonsCommand::Plans(args) => plans(ctx, args).await,
        AddonsCommand::Upgrade(args) => upgrade(ctx, args).await,
    }
}

/// Ask for the plan (and service) spelled out, as the Heroku CLI does, for prices.
const EXPANSION: (&str, &str) = ("Accept-Expansion", "addon_service,plan");

pub(crate) fn app_addons_path(app: &str) -> String {
    format!("/apps/{}/addons", seg(app))
}

pub(crate) fn addon_path(app: &str, addon: &str) -> String {
    format!("{}/{}", app_addons_path(app), seg(addon))
}

/// Sends a request asking for expanded plans; returns the raw answer.
pub(crate) async fn expanded(
    client: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Result<Value> {
    let (name, value) = EXPANSION;
    client
        .send(method, path, body, &[(name, value.to_string())])
        .await?
        .decode()
}

/// Every add-on of the list at `path` (all its pages), raw and decoded.
pub(crate) async fn fetch_all(client: &Client, path: &str) -> Result<(Value, Vec<Addon>)> {
    let (name, value) = EXPANSION;
    let items: Vec<Value> = client
        .list_with(path, None, &[(name, value.to_string())], None)
        .await?;
    let raw = Value::Array(items);
    let addons = decode(&raw)?;
    Ok((raw, addons))
}

/// `free`, `$5/month`, `$9.95/month`.
pub(crate) fn monthly(cents: u64) -> String {
    match cents {
        0 => "free".into(),
        c if c % 100 == 0 => format!("${}/month", c / 100),
        c => format!("${}.{:02}/month", c / 100, c % 100),
    }
}

/// `free`, or Heroku's `~$0.007/hour (max $5/month)`.
fn hourly(cents: u64) -> String {
    if cents == 0 {
        return "free".into();
    }
    let per_hour = cents as f64 / 100.0 / 720.0;
    format!("~${per_hour:.3}/hour (max {})", monthly(cents))
}

fn plan_cents(plan: Option<&Plan>) -> u64 {
    plan.and_then(|p| p.price.as_ref()).map_or(0, |p| p.cents)
}

fn plan_name(addon: &Addon) -> &str {
    addon.plan.as_ref().map_or("", |p| p.name.as_str())
}

fn service_name(addon: &Addon) -> &str {
    match &addon.addon_service {
        Some(s) => s.name(),
        None => plan_name(addon).split(':').next().unwrap_or_default(),
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let client = ctx.client().await?;
    let app = if args.all {
        None
    } else {
        Some(ctx.app().await?)
    };
    let path = match &app {
        Some(app) => app_addons_path(app),
        None => "/addons".to_string(),
    };
    let (raw, mut addons) = fetch_all(client, &path).await?;
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    // In the official CLI's order, whatever order the backend lists them in.
    let owner = |a: &Addon| {
        a.app
            .as_ref()
            .map(|r| r.name().to_string())
            .unwrap_or_default()
    };
    addons.sort_by_cached_key(|a| (owner(a), plan_name(a).to_string(), a.name.clone()));
    if addons.is_empty() {
        return ctx.out.line(match &app {
            Some(app) => format!("No add-ons for app {app}."),
            None => "You have no add-ons.".to_string(),
        });
    }
    let mut headers = vec!["Add-on", "Plan", "Price", "State"];
    if app.is_none() {
        headers.insert(0, "Owning App");
    }
    let rows: Vec<Vec<String>> = addons
        .iter()
        .map(|a| {
            let short = plan_name(a)
                .split_once(':')
                .map_or(plan_name(a), |(_, p)| p);
            let mut row = vec![
                format!("{} ({})", service_name(a), a.name),
                short.to_string(),
                monthly(plan_cents(a.plan.as_ref())),
                a.state.clone().unwrap_or_default(),
            ];
            if app.is_none() {
                let owner = a
                    .app
                    .as_ref()
                    .map(|r| r.name().to_string())
                    .unwrap_or_default();
                row.insert(0, owner);
            }
            row
        })
        .collect();
    ctx.out.line(table(&headers, &rows))
}

/// `-- --key value --flag --k=v` → `{"key": "value", "flag": "true", "k": "v"}`.
fn provider_options(args: &[String]) -> Result<Map<String, Value>> {
    let mut options = Map::new();
    let mut rest = args.iter().peekable();
    while let Some(arg) = rest.next() {
        let Some(key) = arg.strip_prefix("--").filter(|k| !k.is_empty()) else {
            return Err(Error::Usage(format!(
                "unexpected provider option {arg:?}: use `-- --key value`"
            )));
        };
        let (key, value) = match key.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => match rest.next_if(|next| !next.starts_with("--")) {
                Some(value) => (key.to_string(), value.clone()),
                None => (key.to_string(), "true".to_string()),
            },
        };
        options.insert(key, Value::String(value));
    }
    Ok(options)
}

/// Polls the add-on every `interval` (5 seconds unless told, as the official CLI does) until
/// it is no longer `provisioning`; returns its latest raw state.
pub(crate) async fn wait_provisioned(
    client: &Client,
    app: &str,
    id: &str,
    interval: WaitInterval,
) -> Result<Value> {
    loop {
        tokio::time::sleep(interval.seconds).await;
        let raw = expanded(client, Method::GET, &addon_path(app, id), None).await?;
        let addon: Addon = decode(&raw)?;
        if addon.state.as_deref() != Some("provisioning") {
            return Ok(raw);
        }
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let options = provider_options(&args.options)?;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    // The schema's plan identity is a string (the official CLI sends `{"name": ...}`,
    // which Heroku also takes).
    let mut body = json!({"plan": args.plan, "config": options});
    if let Some(name) = &args.attachment {
        body["attachment"] = json!({"name": name});
    }
    if let Some(name) = &args.name {
        body["name"] = json!(name);
    }
    let style = &ctx.out.err_style;
    let action = ctx
        .out
        .action(format!("Creating {} on {}", args.plan, style.app(&app)));
    let mut raw = expanded(client, Method::POST, &app_addons_path(&app), Some(&body)).await?;
    let mut addon: Addon = decode(&raw)?;
    action.finish(&hourly(plan_cents(addon.plan.as_ref())));
    let provisioning = addon.state.as_deref() == Some("provisioning");
    if provisioning && args.wait {
        let action = ctx.out.action(format!("Waiting for {}", addon.name));
        raw = wait_provisioned(client, &app, &addon.id, args.interval).await?;
        addon = decode(&raw)?;
        action.done();
    }
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    let created = if addon.config_vars.is_empty() {
        format!("Created {}", addon.name)
    } else {
        format!("Created {} as {}", addon.name, addon.config_vars.join(", "))
    };
    ctx.out.line(created)?;
    if provisioning && !args.wait {
        if let Some(message) = &addon.provision_message {
            ctx.out.line(message)?;
        }
        ctx.out.line(format!(
            "Use belt addons:info {} to check creation progress",
            addon.name
        ))?;
    }
    Ok(())
}

async fn destroy(ctx: &Context, args: DestroyArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    // Resolve every name first, so a typo is "not found" rather than a prompt.
    let mut addons = Vec::new();
    for name in &args.addons {
        let raw: Value = client.get(&addon_path(&app, name)).await?;
        addons.push(decode::<Addon>(&raw)?);
    }
    let style = &ctx.out.err_style;
    let names = addons
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    confirm(
        ctx,
        &app,
        args.confirm.as_deref(),
        &format!("Destroying {names} on {}", style.app(&app)),
    )?;
    let mut removed = Vec::new();
    for addon in &addons {
        let action = ctx
            .out
            .action(format!("Destroying {} on {}", addon.name, style.app(&app)));
        let raw: Value = client.delete(&addon_path(&app, &addon.id)).await?;
        action.done();
        removed.push(raw);
    }
    if ctx.globals.json {
        return ctx.out.json(&removed);
    }
    Ok(())
}

async fn info(ctx: &Context, args: AddonArg) -> Result<()> {
    let client = ctx.client().await?;
    // On an app the add-on may be named by attachment or service; elsewhere by its name.
    let path = match ctx.app().await {
        Ok(app) => addon_path(&app, &args.addon),
        Err(_) => format!("/addons/{}", seg(&args.addon)),
    };
    let raw = expanded(client, Method::GET, &path, None).await?;
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    let addon: Addon = decode(&raw)?;
    let attachments: Vec<AddonAttachment> = client
        .list_with(
            &format!("/addons/{}/addon-attachments", seg(&addon.id)),
            None,
            &[],
            None,
        )
        .await?;
    let owner = addon
        .app
        .as_ref()
        .map(|a| a.name().to_string())
        .unwrap_or_default();
    let attached = attachments
        .iter()
        .map(|t| {
            let on = t.app.as_ref().map_or(owner.as_str(), |a| a.name());
            format!("{on}::{}", t.name)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let cents = plan_cents(addon.plan.as_ref());
    let pairs = [
        ("Attachments", attached),
        ("Installed at", addon.created_at.clone().unwrap_or_default()),
        ("Max Price", monthly(cents)),
        ("Owning app", owner),
        ("Plan", plan_name(&addon).to_string()),
        ("Price", hourly(cents)),
        ("State", addon.state.clone().unwrap_or_default()),
    ];
    ctx.out.header(&addon.name)?;
    ctx.out.line(key_values(&pairs))
}

async fn services(ctx: &Context) -> Result<()> {
    let raw = Value::Array(
        ctx.client()
            .await?
            .list_with("/addon-services", None, &[], None)
            .await?,
    );
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    let services: Vec<AddonService> = decode(&raw)?;
    let rows: Vec<Vec<String>> = services
        .into_iter()
        .map(|s| {
            vec![
                s.name,
                s.human_name.unwrap_or_default(),
                s.state.unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out.line(table(&["Slug", "Name", "State"], &rows))
}

async fn plans(ctx: &Context, args: PlansArgs) -> Result<()> {
    let path = format!("/addon-services/{}/plans", seg(&args.service));
    let raw = Value::Array(
        ctx.client()
            .await?
            .list_with(&path, None, &[], None)
            .await?,
    );
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    let mut plans: Vec<Plan> = decode(&raw)?;
    // Cheapest first, as the official CLI orders them.
    plans.sort_by_key(|p| plan_cents(Some(p)));
    let rows: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                if p.default { "default" } else { "" }.to_string(),
                p.name.clone(),
                p.human_name.clone().unwrap_or_default(),
                monthly(plan_cents(Some(p))),
            ]
        })
        .collect();
    ctx.out.line(table(&["", "Slug", "Name", "Price"], &rows))
}

async fn upgrade(ctx: &Context, args: UpgradeArgs) -> Result<()> {
    let (addon_name, plan) = match args.plan {
        Some(plan) => (args.addon, plan),
        None => match args.addon.split_once(':') {
            Some((service, _)) => (service.to_string(), args.addon.clone()),
            None => {
                return Err(Error::Usage(format!(
                    "no plan given: use `addons:upgrade {} SERVICE:PLAN` or `addons:upgrade SERVICE:PLAN`",
                    args.addon
                )));
            }
        },
    };
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let current: Addon =
        decode(&expanded(client, Method::GET, &addon_path(&app, &addon_name), None).await?)?;
    // A bare plan belongs to the add-on's own service.
    let plan = if plan.contains(':') {
        plan
    } else {
        format!("{}:{plan}", service_name(&current))
    };
    let action = ctx.out.action(format!(
        "Changing {} on {} from {} to {plan}",
        current.name,
        ctx.out.err_style.app(&app),
        plan_name(&current)
    ));
    let body = json!({ "plan": plan });
    let raw = expanded(
        client,
        Method::PATCH,
        &addon_path(&app, &current.id),
        Some(&body),
    )
    .await?;
    let addon: Addon = decode(&raw)?;
    action.finish(&format!(
        "done, {}",
        hourly(plan_cents(addon.plan.as_ref()))
    ));
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_read_like_herokus() {
        assert_eq!(monthly(0), "free");
        assert_eq!(monthly(500), "$5/month");
        assert_eq!(monthly(995), "$9.95/month");
        assert_eq!(hourly(500), "~$0.007/hour (max $5/month)");
        assert_eq!(hourly(0), "free");
    }

    #[test]
    fn provider_options_pair_up() {
        let args: Vec<String> = ["--version", "16", "--fork=DATABASE", "--follow"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let options = provider_options(&args).unwrap();
        assert_eq!(
            Value::Object(options),
            json!({"version": "16", "fork": "DATABASE", "follow": "true"})
        );
        assert!(provider_options(&["value".to_string()]).is_err());
    }
}
