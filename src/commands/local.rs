//! The local platform: `serve` runs it standalone over HTTPS; `local:status`, `local:stop`
//! and `local:reset` look after the embedded one: its state, its supervisor and its dynos.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Message, Output, View, key_values};
use belt_platform::{RunningDyno, ServeOptions, Stopped, SupervisorInfo, serve};

#[derive(Debug, Subcommand)]
pub enum LocalCommand {
    /// Run the local platform as a standalone HTTPS server
    #[command(
        name = "serve",
        long_about = "Run the local platform as a standalone HTTPS server.\n\n\
            On first start it generates a CA and a certificate for localhost, and an owner \
            account whose API key it writes to `owner-token` in the data directory. Point belt \
            (`belt accounts:add`, or --api-url with --ca-cert) or the official Heroku CLI \
            (HEROKU_HOST, NODE_EXTRA_CA_CERTS, HEROKU_API_KEY) at the printed URL.",
        after_help = "Examples:\n  belt serve\n  belt serve --port 5443 --data-dir ./platform"
    )]
    Serve(ServeArgs),
    /// Show the local platform's state, supervisor and running dynos
    #[command(
        name = "local:status",
        long_about = "Show the local platform: where it keeps its state (data directory, database, \
            CA certificate, owner API key file), how many apps it has, its supervisor (the \
            background process that runs the apps' dynos, and the router's port) and the dynos \
            running now with their process ids.",
        after_help = "Examples:\n  belt local:status --json"
    )]
    Status,
    /// Stop every dyno of the local platform, and its supervisor
    #[command(
        name = "local:stop",
        long_about = "Stop every running dyno of the local platform (the embedded default), as \
            `ps:stop` would (SIGTERM, then SIGKILL after 30 seconds), and its supervisor, and wait \
            for them to end. The dynos stay down until scaled, restarted or released again.",
        after_help = "Examples:\n  belt local:stop\n  belt local:stop --json"
    )]
    Stop,
    /// Delete every app and all state of the local platform
    #[command(
        name = "local:reset",
        long_about = "Delete every app and all state of the local platform (the embedded default), \
            after stopping its dynos and supervisor as `local:stop` does.\n\n\
            Asks for confirmation on a terminal; elsewhere needs --confirm local.",
        after_help = "Examples:\n  belt local:reset --confirm local"
    )]
    Reset(ResetArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 5443)]
    pub port: u16,
    /// Address to bind; the default reaches this machine only
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Where the platform keeps its database, TLS material and repositories
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Port of the router, where `http://APP.localhost:PORT/` reaches an app's web dynos
    #[arg(long, value_name = "PORT", env = crate::env::BELT_ROUTER_PORT.name, default_value_t = belt_platform::settings::DEFAULT_ROUTER_PORT)]
    pub router_port: u16,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Type `local` to confirm without a prompt
    #[arg(long)]
    pub confirm: Option<String>,
}

pub async fn run(ctx: &Context, command: LocalCommand) -> Result<()> {
    match command {
        LocalCommand::Serve(args) => serve_command(ctx, args).await,
        LocalCommand::Status => status(ctx).await,
        LocalCommand::Stop => stop(ctx).await,
        LocalCommand::Reset(args) => reset(ctx, args).await,
    }
}

async fn serve_command(ctx: &Context, args: ServeArgs) -> Result<()> {
    let options = ServeOptions {
        data_dir: args.data_dir.unwrap_or_else(crate::dirs::platform_dir),
        bind: args.bind,
        port: args.port,
        router_port: args.router_port,
    };
    if !args.bind.is_loopback() {
        ctx.out.warn(format!(
            "binding {} exposes the platform beyond this machine; anyone who can reach it can try tokens",
            args.bind
        ));
    }
    let out = &ctx.out;
    // A closed stdout ends `serve` as it ends any command: quietly, through the exit path.
    let (closed, stdout_closed) = tokio::sync::oneshot::channel();
    let serving = serve(options, |info| {
        let json = json!({
            "url": info.url,
            "ca_cert": info.ca_path,
            "token_file": info.token_path,
            "router_url": info.router_url,
        });
        let text = format!(
            "belt platform listening on {}\n{}\nPress Ctrl-C to stop.",
            info.url,
            key_values(&[
                ("CA certificate", info.ca_path.display().to_string()),
                ("Owner API key", info.token_path.display().to_string()),
                ("Apps at", info.router_url.clone()),
            ])
        );
        match out.emit(&Message::new(json, text)) {
            Ok(()) => {}
            Err(Error::BrokenPipe) => {
                let _ = closed.send(());
            }
            Err(e) => out.error(&e),
        }
    });
    tokio::select! {
        served = serving => match served? {
            // Ctrl-C is the user's own doing: exit 130 as any command does, dynos stopped.
            belt_platform::ServeEnd::Interrupted => Err(Error::Interrupted),
            belt_platform::ServeEnd::Terminated => Ok(()),
        },
        Ok(()) = stdout_closed => Err(Error::BrokenPipe),
    }
}

/// `local:status`: where the embedded platform keeps its state, and what runs.
struct Status {
    dir: PathBuf,
    database: PathBuf,
    ca: Option<String>,
    token_file: PathBuf,
    apps: usize,
    supervisor: Option<SupervisorInfo>,
    dynos: Vec<RunningDyno>,
    slugs: belt_platform::SlugDiskUse,
}

impl View for Status {
    fn json(&self) -> Value {
        json!({
            "data_dir": self.dir,
            "database": self.database,
            "ca_cert": self.ca,
            "owner_token_file": self.token_file,
            "apps": self.apps,
            "supervisor": self.supervisor,
            "dynos": self.dynos,
            "slugs": self.slugs,
        })
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.header("Local platform")?;
        let slugs = format!(
            "{} ({} distinct files, {:.1} MiB on disk)",
            self.slugs.slugs,
            self.slugs.blobs,
            self.slugs.bytes as f64 / f64::from(1 << 20)
        );
        let supervisor = match &self.supervisor {
            Some(s) => {
                let router = match (s.router_port, &s.router_error) {
                    (Some(port), _) => format!("router on http://*.localhost:{port}/"),
                    (None, Some(error)) => format!("no router: {error}"),
                    (None, None) => "no router".into(),
                };
                format!("running (pid {}), {router}", s.pid)
            }
            None => "not running (started when a dyno is to run)".into(),
        };
        out.line(key_values(&[
            ("Data dir", self.dir.display().to_string()),
            ("Database", self.database.display().to_string()),
            (
                "CA certificate",
                self.ca
                    .clone()
                    .unwrap_or_else(|| "(created by the first `belt serve`)".into()),
            ),
            ("Owner API key", self.token_file.display().to_string()),
            ("Apps", self.apps.to_string()),
            ("Slugs", slugs),
            ("Supervisor", supervisor),
            ("Dynos running", self.dynos.len().to_string()),
        ]))?;
        dyno_lines(out, &self.dynos, true)
    }
}

/// One line per dyno: `  APP NAME: STATE (pid N)`, without the state for stopped ones.
fn dyno_lines(out: &Output, dynos: &[RunningDyno], with_state: bool) -> Result<()> {
    for dyno in dynos {
        let pid = dyno.pid.map_or_else(|| "-".into(), |p| p.to_string());
        let state = if with_state {
            format!(": {}", dyno.state)
        } else {
            String::new()
        };
        out.line(format!("  {} {}{state} (pid {pid})", dyno.app, dyno.name))?;
    }
    Ok(())
}

async fn status(ctx: &Context) -> Result<()> {
    let dir = crate::dirs::platform_dir();
    let embedded = belt_platform::start_embedded(&dir).await?;
    let api = crate::api::Client::new(crate::api::ClientOptions {
        base_url: embedded.url.clone(),
        token: Some(embedded.token.clone()),
        debug: ctx.globals.debug.then(|| ctx.out.trace_sink()),
        dry_run: None,
        extra_ca: vec![],
    })?;
    let apps = api.apps().list::<Value>().await?.len();
    let platform = embedded.platform();
    let ca = platform.ca_path();
    ctx.out.emit(&Status {
        dir: dir.clone(),
        database: platform.db_path(),
        ca: ca.exists().then(|| ca.display().to_string()),
        token_file: platform.owner_token_path(),
        apps,
        supervisor: belt_platform::supervisor_status(platform.data_dir()),
        dynos: belt_platform::running_dynos(platform)?,
        slugs: belt_platform::slug_disk_use(platform),
    })
}

/// `local:stop`: what was stopped.
struct StopView(Stopped);

impl View for StopView {
    fn json(&self) -> Value {
        json!(self.0)
    }

    fn human(&self, out: &Output) -> Result<()> {
        let supervisor = match self.0.supervisor {
            Some(pid) => format!("the supervisor (pid {pid})"),
            None => "no supervisor was running".into(),
        };
        out.line(format!(
            "Stopped {} {} and {supervisor}",
            self.0.dynos.len(),
            if self.0.dynos.len() == 1 {
                "dyno"
            } else {
                "dynos"
            }
        ))?;
        dyno_lines(out, &self.0.dynos, false)
    }
}

/// Stops the embedded platform's dynos and supervisor, if it has any state at all.
async fn stop_local(dir: &std::path::Path) -> Result<Option<Stopped>> {
    if !dir.exists() {
        return Ok(None);
    }
    let platform = belt_platform::Platform::open(dir, None)?;
    Ok(Some(belt_platform::stop_everything(&platform).await?))
}

async fn stop(ctx: &Context) -> Result<()> {
    let dir = crate::dirs::platform_dir();
    let stopped = stop_local(&dir).await?.unwrap_or(Stopped {
        dynos: Vec::new(),
        supervisor: None,
    });
    ctx.out.emit(&StopView(stopped))
}

async fn reset(ctx: &Context, args: ResetArgs) -> Result<()> {
    super::confirm(
        ctx,
        "local",
        args.confirm.as_deref(),
        "Deleting every app of the local platform",
    )?;
    let dir = crate::dirs::platform_dir();
    // Nothing of it may go on running once its state is gone.
    stop_local(&dir).await?;
    match std::fs::remove_dir_all(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&dir, e)),
    }
    let text = format!("Local platform reset ({} removed)", dir.display());
    ctx.out.emit(&Message::new(json!({ "reset": dir }), text))
}
