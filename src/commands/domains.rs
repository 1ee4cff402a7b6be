//! domains: the app's own hostname and its custom domains.

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::api::models::{Domain, decode};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, Quiet, View, table};

#[derive(Debug, Subcommand)]
pub enum DomainsCommand {
    /// List an app's domains
    #[command(
        name = "domains",
        long_about = "List an app's domains: its own Heroku domain, then the custom domains with the DNS \
            target each must point at.",
        visible_alias = "domains:list",
        after_help = "Examples:\n  belt domains -a demo\n  belt domains --json -a demo | jq -r '.[].hostname'"
    )]
    List,
    /// Add a custom domain to an app
    #[command(
        name = "domains:add",
        long_about = "Add a custom domain to an app, and show the DNS target to point it at. \
            A hostname belongs to one app only.",
        after_help = "Examples:\n  belt domains:add www.example.com -a demo"
    )]
    Add(HostnameArg),
    /// Remove a custom domain from an app
    #[command(
        name = "domains:remove",
        long_about = "Remove a custom domain from an app.",
        after_help = "Examples:\n  belt domains:remove www.example.com -a demo"
    )]
    Remove(HostnameArg),
}

#[derive(Debug, Args)]
pub struct HostnameArg {
    /// The hostname, e.g. www.example.com
    pub hostname: String,
}

pub async fn run(ctx: &Context, command: DomainsCommand) -> Result<()> {
    match command {
        DomainsCommand::List => list(ctx).await,
        DomainsCommand::Add(args) => add(ctx, args).await,
        DomainsCommand::Remove(args) => remove(ctx, args).await,
    }
}

/// A subdomain takes a CNAME; an apex (`example.com`) needs an ALIAS or ANAME record.
fn record_type(hostname: &str) -> &'static str {
    if hostname.split('.').count() > 2 {
        "CNAME"
    } else {
        "ALIAS or ANAME"
    }
}

/// `domains`: the app's own domain, then its custom domains.
struct DomainList {
    app: String,
    raw: Vec<Value>,
}

impl View for DomainList {
    fn json(&self) -> Value {
        Value::Array(self.raw.clone())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let app = &self.app;
        let domains: Vec<Domain> = self.raw.iter().map(decode).collect::<Result<_>>()?;
        let (own, custom): (Vec<&Domain>, Vec<&Domain>) = domains
            .iter()
            .partition(|d| d.kind.as_deref() == Some("heroku"));
        out.header(format!("{app} Heroku Domain"))?;
        let own: Vec<&str> = own.iter().map(|d| d.hostname.as_str()).collect();
        out.line(own.join("\n"))?;
        if custom.is_empty() {
            return Ok(());
        }
        out.line("")?;
        out.header(format!("{app} Custom Domains"))?;
        let rows: Vec<Vec<String>> = custom
            .iter()
            .map(|d| {
                vec![
                    d.hostname.clone(),
                    record_type(&d.hostname).to_string(),
                    d.cname.clone().unwrap_or_default(),
                ]
            })
            .collect();
        out.line(table(
            &["Domain Name", "DNS Record Type", "DNS Target"],
            &rows,
        ))
    }
}

async fn list(ctx: &Context) -> Result<()> {
    let app = ctx.app().await?;
    let raw = ctx.client().await?.domains(&app).list().await?;
    ctx.out.emit(&DomainList { app, raw })
}

/// `domains:add`: the domain, and for people the DNS target to point it at.
struct Added(Value);

impl View for Added {
    fn json(&self) -> Value {
        self.0.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let domain: Domain = decode(&self.0)?;
        out.line(format!(
            "Configure your app's DNS provider to point to the DNS Target {}.\n    For help, see https://devcenter.heroku.com/articles/custom-domains",
            domain.cname.unwrap_or_default()
        ))
    }
}

async fn add(ctx: &Context, args: HostnameArg) -> Result<()> {
    let app = ctx.app().await?;
    let domains = ctx.client().await?.domains(&app);
    let action = ctx.out.action(format!(
        "Adding {} to {}",
        args.hostname,
        ctx.out.err_style.app(&app)
    ));
    let raw = domains.add(&args.hostname).await?;
    action.done();
    ctx.out.emit(&Added(raw))
}

async fn remove(ctx: &Context, args: HostnameArg) -> Result<()> {
    let app = ctx.app().await?;
    let domains = ctx.client().await?.domains(&app);
    let action = ctx.out.action(format!(
        "Removing {} from {}",
        args.hostname,
        ctx.out.err_style.app(&app)
    ));
    let raw = domains.remove(&args.hostname).await?;
    action.done();
    ctx.out.emit(&Quiet(raw))
}
