//! addons: list, create, remove, info and change the plan of an app's add-ons, and browse the
//! catalogue. Each change is one request, which the platform applies as one release.

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::confirm;
use super::shared::WaitInterval;
use crate::api::Fetched;
use crate::api::endpoints::NewAddon;
use crate::api::models::{Addon, AddonAttachment, AddonService, Plan};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::forms::Human;
use crate::output::{Output, Quiet, View, key_values, table};

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

/// `free`, `$5/month`, `$9.95/month`.
fn monthly(cents: u64) -> String {
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

/// `addons`: an app's add-ons, or with `--all` those of every app (`app` is `None`).
struct AddonList {
    app: Option<String>,
    addons: Fetched<Vec<Addon>>,
}

impl View for AddonList {
    fn json(&self) -> Value {
        self.addons.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app;
        let mut addons: Vec<&Addon> = self.addons.model.iter().collect();
        // In the official CLI's order, whatever order the backend lists them in.
        let owner = |a: &Addon| {
            a.app
                .as_ref()
                .map(|r| r.name().to_string())
                .unwrap_or_default()
        };
        addons.sort_by_cached_key(|a| (owner(a), plan_name(a).to_string(), a.name.clone()));
        if addons.is_empty() {
            return out.line(match app {
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
                    row.insert(0, owner(a));
                }
                row
            })
            .collect();
        out.line(table(&headers, &rows))
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let client = ctx.client().await?;
    let app = if args.all {
        None
    } else {
        Some(ctx.app().await?)
    };
    let addons = match &app {
        Some(app) => client.addons(app).list().await?,
        None => client.account_addons().list().await?,
    };
    ctx.out.emit(&AddonList { app, addons })
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

/// `addons:create`: the add-on, and for people how to follow a creation still under way.
struct Created {
    addon: Fetched<Addon>,
    /// Provisioning goes on in the background: no `--wait`.
    in_background: bool,
}

impl View for Created {
    fn json(&self) -> Value {
        self.addon.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let addon = &self.addon.model;
        let created = if addon.config_vars.is_empty() {
            format!("Created {}", addon.name)
        } else {
            format!("Created {} as {}", addon.name, addon.config_vars.join(", "))
        };
        out.line(created)?;
        if self.in_background {
            if let Some(message) = &addon.provision_message {
                out.line(message)?;
            }
            out.line(format!(
                "Use belt addons:info {} to check creation progress",
                addon.name
            ))?;
        }
        Ok(())
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let config = provider_options(&args.options)?;
    let app = ctx.app().await?;
    let addons = ctx.client().await?.addons(&app);
    let new_addon = NewAddon {
        plan: &args.plan,
        attachment: args.attachment.as_deref(),
        name: args.name.as_deref(),
        config,
    };
    let style = &ctx.out.err_style;
    let action = ctx
        .out
        .action(format!("Creating {} on {}", args.plan, style.app(&app)));
    let mut addon = addons.create(&new_addon).await?;
    action.finish(&hourly(plan_cents(addon.model.plan.as_ref())));
    let provisioning = addon.model.state.as_deref() == Some("provisioning");
    if provisioning && args.wait {
        let action = ctx.out.action(format!("Waiting for {}", addon.model.name));
        addon = addons
            .wait_provisioned(&addon.model.id, args.interval.seconds)
            .await?;
        action.done();
    }
    ctx.out.emit(&Created {
        addon,
        in_background: provisioning && !args.wait,
    })
}

async fn destroy(ctx: &Context, args: DestroyArgs) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?.addons(&app);
    // Resolve every name first, so a typo is "not found" rather than a prompt.
    let mut addons = Vec::new();
    for name in &args.addons {
        addons.push(client.resolve(name).await?);
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
        removed.push(client.destroy(&addon.id).await?);
        action.done();
    }
    ctx.out.emit(&Quiet(Value::Array(removed)))
}

/// `addons:info` for people: the add-on and the apps it is attached to.
struct AddonInfo {
    addon: Addon,
    attachments: Vec<AddonAttachment>,
}

impl Human for AddonInfo {
    fn human(&self, out: &Output) -> Result<()> {
        let addon = &self.addon;
        let owner = addon
            .app
            .as_ref()
            .map(|a| a.name().to_string())
            .unwrap_or_default();
        let attached = self
            .attachments
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
            ("Plan", plan_name(addon).to_string()),
            ("Price", hourly(cents)),
            ("State", addon.state.clone().unwrap_or_default()),
        ];
        out.header(&addon.name)?;
        out.line(key_values(&pairs))
    }
}

async fn info(ctx: &Context, args: AddonArg) -> Result<()> {
    let client = ctx.client().await?;
    // On an app the add-on may be named by attachment or service; elsewhere by its name.
    let raw = match ctx.app().await {
        Ok(app) => client.addons(&app).info_raw(&args.addon).await?,
        Err(_) => client.account_addons().info_raw(&args.addon).await?,
    };
    let answer = raw.clone();
    let with_attachments = async {
        let addon: Fetched<Addon> = Fetched::read(answer)?;
        let attachments = client.account_addons().attachments(&addon.model.id).await?;
        Ok::<_, Error>(AddonInfo {
            addon: addon.model,
            attachments,
        })
    };
    ctx.out
        .emit_either(async { Ok(raw) }, with_attachments)
        .await
}

/// A table of a listing, and the listing whole for `--json`.
struct Listing<T> {
    fetched: Fetched<T>,
    headers: &'static [&'static str],
    rows: Vec<Vec<String>>,
}

impl<T> View for Listing<T> {
    fn json(&self) -> Value {
        self.fetched.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(table(self.headers, &self.rows))
    }
}

async fn services(ctx: &Context) -> Result<()> {
    let fetched = ctx.client().await?.addon_services().list().await?;
    let rows: Vec<Vec<String>> = fetched
        .model
        .iter()
        .map(|s: &AddonService| {
            vec![
                s.name.clone(),
                s.human_name.clone().unwrap_or_default(),
                s.state.clone().unwrap_or_default(),
            ]
        })
        .collect();
    ctx.out.emit(&Listing {
        fetched,
        headers: &["Slug", "Name", "State"],
        rows,
    })
}

async fn plans(ctx: &Context, args: PlansArgs) -> Result<()> {
    let fetched = ctx
        .client()
        .await?
        .addon_services()
        .plans(&args.service)
        .await?;
    let mut plans: Vec<&Plan> = fetched.model.iter().collect();
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
    ctx.out.emit(&Listing {
        fetched,
        headers: &["", "Slug", "Name", "Price"],
        rows,
    })
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
    let addons = ctx.client().await?.addons(&app);
    let current = addons.info(&addon_name).await?.model;
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
    let addon = addons.change_plan(&current.id, &plan).await?;
    action.finish(&format!(
        "done, {}",
        hourly(plan_cents(addon.model.plan.as_ref()))
    ));
    ctx.out.emit(&Quiet(addon.raw))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

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
