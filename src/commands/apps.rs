//! apps: create, list, info, rename, destroy, open.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{confirm, validate_app_name};
use crate::api::models::{App, NamedRef, decode};
use crate::api::{MAX_PAGE, seg};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::key_values;
use crate::project;

#[derive(Debug, Subcommand)]
pub enum AppsCommand {
    /// Create a new app
    #[command(
        name = "apps:create",
        visible_alias = "create",
        long_about = "Create a new app.\n\nWithout a name the platform picks one (adjective-noun-1234). \
            Inside a git repository a git remote for the app is added, named `heroku` unless \
            --remote says otherwise, so `git push heroku main` deploys.",
        after_help = "Examples:\n  belt create\n  belt create myappname\n  belt create --stack cedar\n  belt create demo --region eu --remote staging"
    )]
    Create(CreateArgs),
    /// List your apps
    #[command(
        name = "apps",
        long_about = "List your apps.\n\nThe apps of the current account, one per line, with the region when it is not `us`. \
            --json prints the API's app objects.",
        visible_alias = "apps:list",
        after_help = "Examples:\n  belt apps\n  belt apps --json | jq -r '.[].name'"
    )]
    List,
    /// Show detailed app information
    #[command(
        name = "apps:info",
        long_about = "Show detailed app information: git and web URLs, owner, region, stack and sizes.\n\n\
            --json prints `{\"app\": ...}` as the Heroku CLI does.",
        visible_alias = "info",
        after_help = "Examples:\n  belt info -a demo\n  belt apps:info demo --json"
    )]
    Info(AppArg),
    /// Rename an app
    #[command(
        name = "apps:rename",
        visible_alias = "rename",
        long_about = "Rename an app.\n\nGit remotes in the current repository that point at the \
            app are updated to its new git URL.",
        after_help = "Examples:\n  belt apps:rename newname -a oldname"
    )]
    Rename(RenameArgs),
    /// Permanently destroy an app
    #[command(
        name = "apps:destroy",
        visible_alias = "destroy",
        long_about = "Permanently destroy an app.\n\nOn a terminal belt asks you to type the app's \
            name; elsewhere --confirm APP must name it. Git remotes pointing at the app are removed.",
        after_help = "Examples:\n  belt destroy -a demo --confirm demo"
    )]
    Destroy(DestroyArgs),
    /// Open the app in a web browser
    #[command(
        name = "apps:open",
        long_about = "Open the app's web URL in a web browser (BROWSER is honoured), and print it.",
        visible_alias = "open",
        after_help = "Examples:\n  belt open -a demo\n  belt open /admin -a demo"
    )]
    Open(OpenArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of the app (generated when omitted)
    pub name: Option<String>,
    /// Region to create the app in (us, eu)
    #[arg(long)]
    pub region: Option<String>,
    /// Stack to build on (heroku-24, heroku-22, container, cedar)
    #[arg(short, long)]
    pub stack: Option<String>,
    /// Do not add a git remote
    #[arg(long)]
    pub no_remote: bool,
}

#[derive(Debug, Args)]
pub struct AppArg {
    /// The app (same as -a)
    #[arg(value_name = "APP")]
    pub app_name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The app's new name
    pub new_name: String,
}

#[derive(Debug, Args)]
pub struct DestroyArgs {
    /// The app to destroy (same as -a)
    #[arg(value_name = "APP")]
    pub app_name: Option<String>,
    /// The app's name, to confirm without a prompt
    #[arg(short, long, value_name = "APP")]
    pub confirm: Option<String>,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// A path to open on the app's URL
    pub path: Option<String>,
}

pub async fn run(ctx: &Context, command: AppsCommand) -> Result<()> {
    match command {
        AppsCommand::Create(args) => create(ctx, args).await,
        AppsCommand::List => list(ctx).await,
        AppsCommand::Info(args) => info(ctx, args).await,
        AppsCommand::Rename(args) => rename(ctx, args).await,
        AppsCommand::Destroy(args) => destroy(ctx, args).await,
        AppsCommand::Open(args) => open(ctx, args).await,
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    if let Some(name) = &args.name {
        validate_app_name(name)?;
    }
    let remote = ctx
        .globals
        .remote
        .clone()
        .unwrap_or_else(|| "heroku".into());
    let mut body = serde_json::Map::new();
    for (key, value) in [
        ("name", &args.name),
        ("region", &args.region),
        ("stack", &args.stack),
    ] {
        if let Some(value) = value {
            body.insert(key.into(), json!(value));
        }
    }
    let client = ctx.client().await?;
    let style = &ctx.out.err_style;
    let action = ctx.out.action(format!(
        "Creating {}",
        args.name
            .as_deref()
            .map_or("app".to_string(), |n| style.app(n))
    ));
    let raw: Value = client.post("/apps", &Value::Object(body)).await?;
    let app: App = decode(&raw)?;
    // Like the Heroku CLI: name a generated app, and echo the options that were asked for.
    let mut status = String::from("done");
    if args.name.is_none() {
        status.push_str(&format!(", {}", style.app(&app.name)));
    }
    if let Some(region) = &args.region {
        status.push_str(&format!(", region is {region}"));
    }
    if let Some(stack) = &args.stack {
        status.push_str(&format!(", stack is {stack}"));
    }
    action.finish(&status);
    let git_url = app.git_url.clone().unwrap_or_default();
    let remote_added = !args.no_remote
        && !git_url.is_empty()
        && project::in_git_repo()
        && {
            if project::git_remotes()
                .iter()
                .any(|(name, _)| *name == remote)
            {
                ctx.out.warn(format!(
                "git remote {remote} already exists; left as it is (add one with `git remote add NAME {git_url}`)"
            ));
                false
            } else {
                project::git(&["remote", "add", &remote, &git_url]).is_some()
            }
        };
    if remote_added {
        project::use_credential_helper(&git_url);
    }
    print_app(ctx, &raw, &app)?;
    if remote_added && !ctx.globals.json {
        crate::output::stderr_line(&format!("Git remote {remote} added"));
    }
    Ok(())
}

/// The app as `--json`, or its two URLs as the Heroku CLI prints them after create and rename.
fn print_app(ctx: &Context, raw: &Value, app: &App) -> Result<()> {
    if ctx.globals.json {
        return ctx.out.json(raw);
    }
    ctx.out.line(format!(
        "{} | {}",
        app.web_url.as_deref().unwrap_or(""),
        app.git_url.as_deref().unwrap_or("")
    ))
}

/// What `apps` shows of each app.
#[derive(serde::Deserialize)]
struct AppListing {
    name: String,
    #[serde(default)]
    region: Option<NamedRef>,
}

async fn list(ctx: &Context) -> Result<()> {
    let session = ctx.session().await?;
    let range = format!("name ..; max={MAX_PAGE}");
    if ctx.globals.json {
        let apps: Vec<Value> = session.client.list("/apps", &range).await?;
        return ctx.out.json(&apps);
    }
    // Only the fields shown: whole apps as JSON values cost ~9 KiB each (90 MiB for 10,000).
    let apps: Vec<AppListing> = session.client.list("/apps", &range).await?;
    let owner = match &session.account.email {
        Some(email) => email.clone(),
        None => {
            session
                .client
                .get::<crate::api::models::Account>("/account")
                .await?
                .email
        }
    };
    ctx.out.header(format!("{owner} Apps"))?;
    if apps.is_empty() {
        return ctx.out.line("You have no apps.");
    }
    let mut text = String::new();
    for app in &apps {
        text.push_str(&app.name);
        let region = app.region.as_ref().map(|r| r.name()).unwrap_or("us");
        if region != "us" && !region.is_empty() {
            text.push_str(&format!(" ({region})"));
        }
        text.push('\n');
    }
    text.pop();
    ctx.out.line(text)
}

async fn info(ctx: &Context, args: AppArg) -> Result<()> {
    let name = ctx.app_or(args.app_name).await?;
    let client = ctx.client().await?;
    // Both at once: the command costs one round trip, not two.
    let app_path = format!("/apps/{}", seg(&name));
    let addons_path = super::addons::app_addons_path(&name);
    let (raw, (addons, _)) = tokio::try_join!(
        client.get::<Value>(&app_path),
        super::addons::fetch_all(client, &addons_path)
    )?;
    if ctx.globals.json {
        return ctx.out.json(&json!({ "app": raw, "addons": addons }));
    }
    let app: App = decode(&raw)?;
    let name_of = |r: &Option<crate::api::models::NamedRef>| {
        r.as_ref().map(|r| r.name().to_string()).unwrap_or_default()
    };
    let (stack, build_stack) = (name_of(&app.stack), name_of(&app.build_stack));
    let stack = if build_stack.is_empty() || build_stack == stack {
        stack
    } else {
        format!("{stack} (next build will use {build_stack})")
    };
    let mut plans: Vec<String> = decode::<Vec<crate::api::models::Addon>>(&addons)?
        .into_iter()
        .filter_map(|a| a.plan.map(|p| p.name))
        .collect();
    plans.sort();
    // The Heroku CLI's order, so eyes find things where they were.
    let mut pairs = vec![
        ("Addons", plans.join("\n")),
        ("Git URL", app.git_url.clone().unwrap_or_default()),
        ("Web URL", app.web_url.clone().unwrap_or_default()),
        ("Repo Size", human_bytes(app.repo_size.unwrap_or(0))),
        ("Slug Size", human_bytes(app.slug_size.unwrap_or(0))),
        (
            "Owner",
            app.owner
                .as_ref()
                .and_then(|o| o.email.clone())
                .unwrap_or_default(),
        ),
        ("Region", name_of(&app.region)),
        ("Stack", stack),
    ];
    if app.maintenance {
        pairs.push(("Maintenance", "on".into()));
    }
    ctx.out.header(&app.name)?;
    ctx.out.line(key_values(&pairs))
}

/// Sizes as the Heroku CLI prints them: powers of 1024, rounded to whole units (`118 MB`).
fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{} {}", value.round(), UNITS[unit])
}

async fn rename(ctx: &Context, args: RenameArgs) -> Result<()> {
    validate_app_name(&args.new_name)?;
    let old = ctx.app().await?;
    let client = ctx.client().await?;
    let style = &ctx.out.err_style;
    let action = ctx.out.action(format!(
        "Renaming {} to {}",
        style.app(&old),
        style.app(&args.new_name)
    ));
    let raw: Value = client
        .patch(
            &format!("/apps/{}", seg(&old)),
            &json!({ "name": args.new_name }),
        )
        .await?;
    let app: App = decode(&raw)?;
    action.done();
    let git_url = app.git_url.clone().unwrap_or_default();
    let backend = &ctx.session().await?.account.backend;
    let mut updated = Vec::new();
    for (remote, url) in project::git_remotes() {
        if project::app_from_git_url(&url, backend).as_deref() == Some(old.as_str())
            && project::git(&["remote", "set-url", &remote, &git_url]).is_some()
        {
            updated.push(remote);
        }
    }
    print_app(ctx, &raw, &app)?;
    if ctx.globals.json {
        return Ok(());
    }
    for remote in updated {
        crate::output::stderr_line(&format!("Git remote {remote} updated"));
    }
    ctx.out
        .warn("Don't forget to update git remotes for all other local checkouts of the app.");
    Ok(())
}

async fn destroy(ctx: &Context, args: DestroyArgs) -> Result<()> {
    let name = ctx.app_or(args.app_name).await?;
    let client = ctx.client().await?;
    // Look the app up first, so a typo is "not found" rather than a prompt.
    let _: Value = client.get(&format!("/apps/{}", seg(&name))).await?;
    confirm(
        ctx,
        &name,
        args.confirm.as_deref(),
        &format!("Destroying {}", ctx.out.err_style.app(&name)),
    )?;
    let action = ctx.out.action(format!(
        "Destroying {} (including all add-ons)",
        ctx.out.err_style.app(&name)
    ));
    let raw: Value = client.delete(&format!("/apps/{}", seg(&name))).await?;
    action.done();
    let backend = &ctx.session().await?.account.backend;
    for (remote, url) in project::git_remotes() {
        if project::app_from_git_url(&url, backend).as_deref() == Some(name.as_str()) {
            project::git(&["remote", "remove", &remote]);
        }
    }
    if ctx.globals.json {
        return ctx.out.json(&raw);
    }
    Ok(())
}

async fn open(ctx: &Context, args: OpenArgs) -> Result<()> {
    let name = ctx.app().await?;
    let client = ctx.client().await?;
    let app: App = client.get(&format!("/apps/{}", seg(&name))).await?;
    let base = app.web_url.unwrap_or_default();
    let url = match args.path {
        Some(path) => format!(
            "{}/{}",
            base.trim_end_matches('/'),
            path.trim_start_matches('/')
        ),
        None => base,
    };
    if ctx.globals.json {
        return ctx.out.json(&json!({ "url": url }));
    }
    ctx.out.line(&url)?;
    webbrowser::open(&url)
        .map_err(|e| Error::Failed(format!("could not open a browser for {url}: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn bytes_are_human() {
        assert_eq!(super::human_bytes(0), "0 B");
        assert_eq!(super::human_bytes(1023), "1023 B");
        assert_eq!(super::human_bytes(1024), "1 KB");
        assert_eq!(super::human_bytes(123_456_789), "118 MB");
    }
}
