//! apps: create, list, info, rename, destroy, open.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::shared::TeamArg;
use super::{confirm, validate_app_name};
use crate::api::Fetched;
use crate::api::endpoints::{NewApp, NewTeamApp};
use crate::api::models::{Addon, App, NamedRef, Owner, PipelineCoupling};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::forms::Human;
use crate::output::{Output, Quiet, View, key_values, table};
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
        long_about = "List your apps.\n\nThe apps of the current account, one per line, with the region when it is not `us`, \
            then the apps you collaborate on with their owners (a team app's owner is \
            TEAM@herokumanager.com). With --team, the team's apps. --json prints the API's app objects.",
        visible_alias = "apps:list",
        after_help = "Examples:\n  belt apps\n  belt apps --team acme\n  belt apps --json | jq -r '.[].name'"
    )]
    List(ListArgs),
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
    #[command(flatten)]
    Setup(super::apps_setup::SetupCommand),
    #[command(flatten)]
    Manifest(super::apps_manifest::ManifestCommand),
    #[command(flatten)]
    Access(super::apps_access::AppsAccessCommand),
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
    #[command(flatten)]
    pub team: TeamArg,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub team: TeamArg,
    /// Your personal apps even when HEROKU_TEAM names a team
    #[arg(short, long)]
    pub personal: bool,
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
        AppsCommand::List(args) => list(ctx, args).await,
        AppsCommand::Info(args) => info(ctx, args).await,
        AppsCommand::Rename(args) => rename(ctx, args).await,
        AppsCommand::Destroy(args) => destroy(ctx, args).await,
        AppsCommand::Open(args) => open(ctx, args).await,
        AppsCommand::Setup(c) => super::apps_setup::run(ctx, c).await,
        AppsCommand::Manifest(c) => super::apps_manifest::run(ctx, c).await,
        AppsCommand::Access(c) => super::apps_access::run(ctx, c).await,
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
    let client = ctx.client().await?;
    let style = &ctx.out.err_style;
    let action = ctx.out.action(format!(
        "Creating {}",
        args.name
            .as_deref()
            .map_or("app".to_string(), |n| style.app(n))
    ));
    let created = match args.team.team() {
        Some(team) => {
            let new_app = NewTeamApp {
                name: args.name.as_deref(),
                region: args.region.as_deref(),
                stack: args.stack.as_deref(),
                team: &team,
                locked: false,
            };
            Fetched::read(client.teams().create_app(&new_app).await?)?
        }
        None => {
            let new_app = NewApp {
                name: args.name.as_deref(),
                region: args.region.as_deref(),
                stack: args.stack.as_deref(),
            };
            client.apps().create(&new_app).await?
        }
    };
    let app = &created.model;
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
    let notes = if remote_added {
        vec![format!("Git remote {remote} added")]
    } else {
        Vec::new()
    };
    ctx.out.emit(&Urls {
        app: created,
        notes,
        warning: None,
    })
}

/// The app as `--json`, or its two URLs as the Heroku CLI prints them after create and rename,
/// followed on stderr by what was done to the git remotes.
struct Urls {
    app: Fetched<App>,
    notes: Vec<String>,
    warning: Option<&'static str>,
}

impl View for Urls {
    fn json(&self) -> Value {
        self.app.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app.model;
        out.line(format!(
            "{} | {}",
            app.web_url.as_deref().unwrap_or(""),
            app.git_url.as_deref().unwrap_or("")
        ))?;
        for note in &self.notes {
            out.err_line(note);
        }
        if let Some(warning) = self.warning {
            out.warn(warning);
        }
        Ok(())
    }
}

/// What `apps` shows of each app.
#[derive(serde::Deserialize)]
struct AppListing {
    name: String,
    #[serde(default)]
    region: Option<NamedRef>,
    #[serde(default)]
    owner: Option<Owner>,
    #[serde(default)]
    locked: bool,
}

impl AppListing {
    /// The name, `[locked]` for a locked team app, and the region when it is not `us`.
    fn label(&self) -> String {
        let mut text = self.name.clone();
        if self.locked {
            text.push_str(" [locked]");
        }
        let region = self.region.as_ref().map(|r| r.name()).unwrap_or("us");
        if region != "us" && !region.is_empty() {
            text.push_str(&format!(" ({region})"));
        }
        text
    }

    fn owner_email(&self) -> &str {
        self.owner
            .as_ref()
            .and_then(|o| o.email.as_deref())
            .unwrap_or("")
    }
}

/// `apps` for people: the user's own apps by name, then those they collaborate on with their
/// owners; or a team's apps.
struct AppList {
    /// The account's email; `None` when the token may not read the account (Heroku's `read`
    /// scope): then the apps are listed without telling own from collaborated.
    user: Option<String>,
    team: Option<String>,
    apps: Vec<AppListing>,
}

impl Human for AppList {
    fn human(&self, out: &Output) -> Result<()> {
        let mut apps: Vec<&AppListing> = self.apps.iter().collect();
        apps.sort_by(|a, b| a.name.cmp(&b.name));
        let names = |apps: &[&AppListing]| {
            let labels: Vec<String> = apps.iter().map(|a| a.label()).collect();
            labels.join("\n")
        };
        if let Some(team) = &self.team {
            if apps.is_empty() {
                return out.line(format!("There are no apps in team {team}."));
            }
            out.header(format!("Apps in team {team}"))?;
            return out.line(names(&apps));
        }
        let Some(user) = &self.user else {
            out.header("Apps")?;
            return out.line(names(&apps));
        };
        let (own, collaborated): (Vec<&AppListing>, Vec<&AppListing>) = apps
            .into_iter()
            .partition(|a| a.owner.is_none() || a.owner_email() == user);
        if collaborated.is_empty() || !own.is_empty() {
            out.header(format!("{user} Apps"))?;
            out.line(if own.is_empty() {
                "You have no apps.".to_string()
            } else {
                names(&own)
            })?;
        }
        if collaborated.is_empty() {
            return Ok(());
        }
        if !own.is_empty() {
            out.line("")?;
        }
        let rows: Vec<Vec<String>> = collaborated
            .iter()
            .map(|a| vec![a.label(), a.owner_email().to_string()])
            .collect();
        out.line(format!("{}\n", out.style.bold("Collaborated Apps")))?;
        out.line(table(&["Name", "Email"], &rows))
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let session = ctx.session().await?;
    let team = if args.personal {
        None
    } else {
        args.team.team()
    };
    let listed = async {
        match &team {
            Some(team) => session.client.teams().apps(team).await,
            None => session.client.apps().list().await,
        }
    };
    let whole = async { Ok::<_, Error>(Value::Array(listed.await?)) };
    // Only the fields shown: whole apps as JSON values cost ~9 KiB each (90 MiB for 10,000).
    let listing = async {
        let apps = match &team {
            Some(team) => session.client.teams().apps(team).await?,
            None => session.client.apps().list().await?,
        };
        let user = match &session.account.email {
            Some(email) => Some(email.clone()),
            None => match session.client.account().info().await {
                Ok(account) => Some(account.model.email),
                // A token scoped away from the account still lists apps.
                Err(Error::Api { status: 403, .. }) => None,
                Err(e) => return Err(e),
            },
        };
        Ok::<_, Error>(AppList {
            user,
            team: team.clone(),
            apps,
        })
    };
    ctx.out.emit_either(whole, listing).await
}

/// `apps:info`: the app and its add-ons.
struct AppInfo {
    app: Fetched<App>,
    addons: Fetched<Vec<Addon>>,
    /// The app's place in a pipeline, when it has one.
    coupling: Option<Fetched<PipelineCoupling>>,
}

impl View for AppInfo {
    fn json(&self) -> Value {
        json!({ "app": self.app.raw, "addons": self.addons.raw })
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app.model;
        let name_of =
            |r: &Option<NamedRef>| r.as_ref().map(|r| r.name().to_string()).unwrap_or_default();
        let (stack, build_stack) = (name_of(&app.stack), name_of(&app.build_stack));
        let stack = if build_stack.is_empty() || build_stack == stack {
            stack
        } else {
            format!("{stack} (next build will use {build_stack})")
        };
        let mut plans: Vec<String> = self
            .addons
            .model
            .iter()
            .filter_map(|a| a.plan.as_ref().map(|p| p.name.clone()))
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
        // After the add-ons, as the Heroku CLI prints it: `Pipeline:  NAME - STAGE`.
        if let Some(coupling) = &self.coupling {
            let coupling = &coupling.model;
            let pipeline = format!("{} - {}", coupling.pipeline.name(), coupling.stage);
            pairs.insert(1, ("Pipeline", pipeline));
        }
        out.header(&app.name)?;
        out.line(key_values(&pairs))
    }
}

async fn info(ctx: &Context, args: AppArg) -> Result<()> {
    let name = ctx.app_or(args.app_name).await?;
    let client = ctx.client().await?;
    // Both at once: the command costs one round trip, not two.
    let (apps, addons) = (client.apps(), client.addons(&name));
    // Only people see the pipeline; an app in none answers 404, as on Heroku.
    let coupling = async {
        match ctx.out.json {
            true => Ok(None),
            false => Ok(client.pipelines().coupling_of(&name).await.ok()),
        }
    };
    let (app, addons, coupling) =
        tokio::try_join!(apps.info_raw(&name), addons.list_raw(), coupling)?;
    let raw = json!({ "app": app, "addons": addons });
    ctx.out.emit_unread(raw, |_| {
        Ok(AppInfo {
            app: Fetched::read(app)?,
            addons: Fetched::read_list(addons)?,
            coupling,
        })
    })
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
    let renamed = client.apps().rename(&old, &args.new_name).await?;
    action.done();
    let git_url = renamed.model.git_url.clone().unwrap_or_default();
    let backend = &ctx.session().await?.account.backend;
    let mut notes = Vec::new();
    for (remote, url) in project::git_remotes() {
        if project::app_from_git_url(&url, backend).as_deref() == Some(old.as_str())
            && project::git(&["remote", "set-url", &remote, &git_url]).is_some()
        {
            notes.push(format!("Git remote {remote} updated"));
        }
    }
    ctx.out.emit(&Urls {
        app: renamed,
        notes,
        warning: Some(
            "Don't forget to update git remotes for all other local checkouts of the app.",
        ),
    })
}

async fn destroy(ctx: &Context, args: DestroyArgs) -> Result<()> {
    let name = ctx.app_or(args.app_name).await?;
    let apps = ctx.client().await?.apps();
    // Look the app up first, so a typo is "not found" rather than a prompt.
    apps.info_raw(&name).await?;
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
    let raw = apps.destroy(&name).await?;
    action.done();
    let backend = &ctx.session().await?.account.backend;
    for (remote, url) in project::git_remotes() {
        if project::app_from_git_url(&url, backend).as_deref() == Some(name.as_str()) {
            project::git(&["remote", "remove", &remote]);
        }
    }
    ctx.out.emit(&Quiet(raw))
}

/// `apps:open`: the URL, printed and opened in a browser for people.
struct Opened(String);

impl View for Opened {
    fn json(&self) -> Value {
        json!({ "url": self.0 })
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(&self.0)?;
        webbrowser::open(&self.0)
            .map_err(|e| Error::Failed(format!("could not open a browser for {}: {e}", self.0)))
    }
}

async fn open(ctx: &Context, args: OpenArgs) -> Result<()> {
    let name = ctx.app().await?;
    let app = ctx.client().await?.apps().info(&name).await?.model;
    let base = app.web_url.unwrap_or_default();
    let url = match args.path {
        Some(path) => format!(
            "{}/{}",
            base.trim_end_matches('/'),
            path.trim_start_matches('/')
        ),
        None => base,
    };
    ctx.out.emit(&Opened(url))
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
