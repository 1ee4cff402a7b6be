//! ps: an app's dynos, grouped by process type; scaling and resizing the formation;
//! restarting and stopping dynos; waiting for them to run the newest release.

use clap::{Args, Subcommand};
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

use super::shared::{DynoPollInterval, DynoWait, wait_for_dynos};
use crate::api::Fetched;
use crate::api::endpoints::FormationUpdate;
use crate::api::models::{Dyno, Formation};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, Quiet, View};

#[derive(Debug, Subcommand)]
pub enum PsCommand {
    /// List an app's dynos
    #[command(
        name = "ps",
        long_about = "List an app's dynos: one-off dynos first, then one group per process type with its size, \
            command and count, and each dyno's state and age. --json prints the dyno objects.",
        after_help = "Examples:\n  belt ps -a demo\n  belt ps web -a demo\n  belt ps --json -a demo | jq -r '.[].state'"
    )]
    List(ListArgs),
    /// Scale dyno quantities (and sizes) up or down
    #[command(
        name = "ps:scale",
        visible_aliases = ["scale", "dyno:scale"],
        long_about = "Scale dyno quantities up or down, and optionally resize them.\n\n\
            Each argument is TYPE=QUANTITY, TYPE+AMOUNT or TYPE-AMOUNT, optionally followed by \
            :SIZE. Without arguments, prints the current formation. All changes are applied \
            together, or none is. With --wait, belt then waits as ps:wait does for the dynos of \
            the scaled types, and exits 1 if one crashes.",
        after_help = "Examples:\n  belt ps:scale web=2 -a demo\n  belt scale web+1 worker-1 -a demo\n  belt ps:scale web=3:standard-2x -a demo\n  belt ps:scale web=2 --wait -a demo\n  belt ps:scale -a demo"
    )]
    Scale(ScaleArgs),
    /// Restart dynos (all, one process type, or one dyno)
    #[command(
        name = "ps:restart",
        long_about = "Restart dynos: one dyno (web.1), every dyno of a type (web), or, with no argument, \
            all of the app's dynos. One-off dynos (run.1234, or all of them as the type run) have \
            nothing to restart into: they are stopped, and their processes with them.",
        visible_alias = "restart",
        after_help = "Examples:\n  belt ps:restart -a demo\n  belt ps:restart web -a demo\n  belt restart web.1 -a demo"
    )]
    Restart(OptionalTarget),
    /// Stop dynos (one process type, or one dyno)
    #[command(
        name = "ps:stop",
        long_about = "Stop a dyno (worker.1) or every dyno of a type (worker); they stay down until \
            restarted. A one-off dyno (run.1234) is ended: its processes get SIGTERM, and SIGKILL \
            if any is left 30 seconds later. The type run stops every one-off dyno.",
        after_help = "Examples:\n  belt ps:stop worker.1 -a demo\n  belt ps:stop worker -a demo\n  belt ps:stop run -a demo"
    )]
    Stop(Target),
    /// Change the dyno size of process types
    #[command(
        name = "ps:type",
        long_about = "Change the dyno size of process types (eco, basic, standard-1x, standard-2x, \
            performance-m, performance-l, ...; case-insensitive). Any size is sent as typed: \
            the backend says which it has.",
        visible_alias = "ps:resize",
        after_help = "Examples:\n  belt ps:type web=standard-2x -a demo\n  belt ps:resize web=performance-m worker=basic -a demo"
    )]
    Type(TypeArgs),
    /// Wait for every dyno to be running the newest release
    #[command(
        name = "ps:wait",
        long_about = "Wait until every dyno runs the app's newest release and is up, as the official \
            CLI's ps:wait does: the dynos are looked at every --wait-interval seconds, and the \
            progress line tells how many are there. A release command's dyno is never waited \
            for, one-off dynos only with --with-run. Unlike the official CLI, belt exits 1 \
            instead of waiting forever when a dyno it waits for crashed on that release, or \
            when the release failed. --json prints the dynos once they are all up.",
        after_help = "Examples:\n  belt ps:wait -a demo\n  belt ps:wait -t worker -w 30 -a demo\n  belt ps:wait --with-run -a demo"
    )]
    Wait(WaitArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only these process types (e.g. web run)
    pub types: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ScaleArgs {
    /// TYPE=QUANTITY, TYPE+AMOUNT or TYPE-AMOUNT, each optionally with :SIZE
    pub changes: Vec<String>,
    /// Then wait until the scaled types' dynos are up on the newest release (as ps:wait)
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub interval: DynoPollInterval,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Wait for one specific dyno type
    #[arg(short = 't', long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Whether to wait for one-off run dynos
    #[arg(short = 'R', long, conflicts_with = "kind")]
    pub with_run: bool,
    #[command(flatten)]
    pub interval: DynoPollInterval,
}

#[derive(Debug, Args)]
pub struct OptionalTarget {
    /// A dyno (web.1) or a process type (web); all dynos when omitted
    pub target: Option<String>,
}

#[derive(Debug, Args)]
pub struct Target {
    /// A dyno (web.1) or a process type (web)
    pub target: String,
}

#[derive(Debug, Args)]
pub struct TypeArgs {
    /// TYPE=SIZE, e.g. web=standard-2x
    #[arg(required = true)]
    pub changes: Vec<String>,
}

pub async fn run(ctx: &Context, command: PsCommand) -> Result<()> {
    match command {
        PsCommand::List(args) => list(ctx, args).await,
        PsCommand::Scale(args) => scale(ctx, args).await,
        PsCommand::Restart(args) => restart(ctx, args.target).await,
        PsCommand::Stop(args) => stop(ctx, args.target).await,
        PsCommand::Type(args) => resize(ctx, args).await,
        PsCommand::Wait(args) => wait(ctx, args).await,
    }
}

// Scale arguments are parsed in belt-text (fuzzed there).
use belt_text::scale::{canonical_size, parse_scale_spec};
use belt_text::scale::{is_type_name, target_quantity};

fn unknown_type(kind: &str) -> Error {
    Error::NotFound(format!("Couldn't find that process type ({kind})."))
}

/// `web=1:Standard-1X worker=0:Standard-1X`
fn summary(formation: &[Formation], separator: &str) -> String {
    formation
        .iter()
        .map(|f| format!("{}{separator}{}:{}", f.kind, f.quantity, f.size))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `ps:scale` without changes: `web=1:Standard-1X worker=0:Standard-1X`.
struct Current(Fetched<Vec<Formation>>);

impl View for Current {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        let listed: Vec<String> = self
            .0
            .model
            .iter()
            .map(|f| format!("{}={}:{}", f.kind, f.quantity, f.size))
            .collect();
        out.line(listed.join(" "))
    }
}

/// `ps:type`: the formation as it now is, `web=1:Standard-2X, ...`.
struct Resized(Fetched<Vec<Formation>>);

impl View for Resized {
    fn json(&self) -> Value {
        self.0.raw.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(summary(&self.0.model, "="))
    }
}

async fn scale(ctx: &Context, args: ScaleArgs) -> Result<()> {
    let specs = args
        .changes
        .iter()
        .map(|a| parse_scale_spec(a))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(Error::Usage)?;
    let app = ctx.app().await?;
    let formation = ctx.client().await?.formation(&app);
    let current = formation.list().await?;
    if specs.is_empty() {
        return ctx.out.emit(&Current(current));
    }
    // A refused interval is refused before anything changes.
    let interval = match args.wait {
        true => Some(args.interval.checked(ctx).await?),
        false => None,
    };
    let mut updates = Vec::with_capacity(specs.len());
    for spec in &specs {
        let entry = current
            .model
            .iter()
            .find(|f| f.kind == spec.kind)
            .ok_or_else(|| unknown_type(&spec.kind))?;
        updates.push(FormationUpdate {
            kind: spec.kind.clone(),
            quantity: Some(target_quantity(spec, entry.quantity)),
            size: spec.size.clone(),
        });
    }
    let action = ctx.out.action("Scaling dynos");
    let changed = formation.update(&updates).await?;
    action.finish(&format!(
        "done, now running {}",
        summary(&changed.model, " at ")
    ));
    if let Some(interval) = interval {
        let kinds: Vec<String> = updates.into_iter().map(|u| u.kind).collect();
        let wait = DynoWait {
            kinds: &kinds,
            with_run: false,
            interval,
        };
        wait_for_dynos(ctx, &app, &wait).await?;
    }
    ctx.out.emit(&Quiet(changed.raw))
}

async fn wait(ctx: &Context, args: WaitArgs) -> Result<()> {
    let app = ctx.app().await?;
    let interval = args.interval.checked(ctx).await?;
    let kinds: Vec<String> = args.kind.into_iter().collect();
    let wait = DynoWait {
        kinds: &kinds,
        with_run: args.with_run,
        interval,
    };
    let dynos = wait_for_dynos(ctx, &app, &wait).await?;
    ctx.out.emit(&Quiet(dynos))
}

async fn resize(ctx: &Context, args: TypeArgs) -> Result<()> {
    let mut updates = Vec::with_capacity(args.changes.len());
    for change in &args.changes {
        let (kind, size) = change
            .split_once('=')
            .filter(|(kind, _)| is_type_name(kind))
            .ok_or_else(|| {
                Error::Usage(format!("Invalid argument `{change}`: expected TYPE=SIZE."))
            })?;
        updates.push(FormationUpdate {
            kind: kind.to_string(),
            quantity: None,
            size: Some(canonical_size(size).map_err(Error::Usage)?),
        });
    }
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let action = ctx
        .out
        .action(format!("Scaling dynos on {}", ctx.out.err_style.app(&app)));
    let changed = client.formation(&app).update(&updates).await?;
    action.done();
    ctx.out.emit(&Resized(changed))
}

/// A dyno name has a dot (`web.1`); anything else names a process type.
fn is_dyno_name(target: &str) -> bool {
    target.contains('.')
}

async fn restart(ctx: &Context, target: Option<String>) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let what = match &target {
        None => "dynos".to_string(),
        Some(t) if is_dyno_name(t) => format!("dyno {t}"),
        Some(t) => format!("{t} dynos"),
    };
    let action = ctx.out.action(format!(
        "Restarting {what} on {}",
        ctx.out.err_style.app(&app)
    ));
    let raw = match &target {
        None => client.dynos(&app).restart_all().await?,
        Some(t) if is_dyno_name(t) => client.dynos(&app).restart(t).await?,
        Some(t) => client.formation(&app).restart(t).await?,
    };
    action.done();
    ctx.out.emit(&Quiet(raw))
}

async fn stop(ctx: &Context, target: String) -> Result<()> {
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let dyno = is_dyno_name(&target);
    let what = if dyno {
        format!("dyno {target}")
    } else {
        format!("{target} dynos")
    };
    let action = ctx.out.action(format!(
        "Stopping {what} on {}",
        ctx.out.err_style.app(&app)
    ));
    let raw = if dyno {
        client.dynos(&app).stop(&target).await?
    } else {
        client.formation(&app).stop(&target).await?
    };
    action.done();
    ctx.out.emit(&Quiet(raw))
}

const ONE_OFF: &str = "run";

/// A one-off dyno that has finished is no longer shown.
fn finished(dyno: &Dyno) -> bool {
    matches!(dyno.state.as_deref(), Some("complete" | "crashed" | "down"))
}

fn is_one_off(dyno: &Dyno) -> bool {
    dyno.name.starts_with("run.")
}

/// `ps`: one-off dynos, then one block per process type.
struct DynoList {
    app: String,
    shown: Vec<Fetched<Dyno>>,
}

impl View for DynoList {
    fn json(&self) -> Value {
        Value::Array(self.shown.iter().map(|d| d.raw.clone()).collect())
    }

    fn human(&self, out: &Output) -> Result<()> {
        let now = OffsetDateTime::now_utc();
        let (one_offs, formation): (Vec<&Dyno>, Vec<&Dyno>) = self
            .shown
            .iter()
            .map(|d| &d.model)
            .partition(|d| is_one_off(d));
        let mut blocks = Vec::new();
        if !one_offs.is_empty() {
            let lines: Vec<String> = one_offs
                .iter()
                .map(|d| {
                    format!(
                        "{} ({}): {}: {}",
                        d.name,
                        d.size.as_deref().unwrap_or(""),
                        state_and_age(d, now),
                        d.command.as_deref().unwrap_or("")
                    )
                })
                .collect();
            blocks.push(format!(
                "=== run: one-off processes ({})\n\n{}",
                lines.len(),
                lines.join("\n")
            ));
        }
        let mut types: Vec<&str> = formation.iter().filter_map(|d| d.kind.as_deref()).collect();
        types.sort_unstable();
        types.dedup();
        for kind in types {
            let mut dynos: Vec<&Dyno> = formation
                .iter()
                .copied()
                .filter(|d| d.kind.as_deref() == Some(kind))
                .collect();
            dynos.sort_by_key(|d| dyno_index(&d.name));
            let first = dynos[0];
            let lines: Vec<String> = dynos
                .iter()
                .map(|d| format!("{}: {}", d.name, state_and_age(d, now)))
                .collect();
            blocks.push(format!(
                "=== {kind} ({}): {} ({})\n\n{}",
                first.size.as_deref().unwrap_or(""),
                first.command.as_deref().unwrap_or(""),
                lines.len(),
                lines.join("\n")
            ));
        }
        if blocks.is_empty() {
            return out.line(format!("No dynos on {}", self.app));
        }
        out.line(blocks.join("\n\n"))
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let app = ctx.app().await?;
    let all = ctx.client().await?.dynos(&app).list().await?;
    let wanted = |kind: &str| args.types.is_empty() || args.types.iter().any(|t| t == kind);
    let shown = all
        .into_items()
        .into_iter()
        .filter(|dyno| {
            let dyno = &dyno.model;
            let group = if is_one_off(dyno) {
                ONE_OFF
            } else {
                dyno.kind.as_deref().unwrap_or("")
            };
            wanted(group) && !(is_one_off(dyno) && finished(dyno))
        })
        .collect();
    ctx.out.emit(&DynoList { app, shown })
}

fn dyno_index(name: &str) -> u64 {
    name.rsplit_once('.')
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(u64::MAX)
}

/// `up 2026/11/23 10:00:00 +0000 (~ 5s ago)`
fn state_and_age(dyno: &Dyno, now: OffsetDateTime) -> String {
    let state = dyno.state.as_deref().unwrap_or("unknown");
    let Some(since) = dyno
        .updated_at
        .as_deref()
        .and_then(|t| OffsetDateTime::parse(t, &Rfc3339).ok())
    else {
        return state.to_string();
    };
    let shown = since
        .format(format_description!(
            "[year]/[month]/[day] [hour]:[minute]:[second] +0000"
        ))
        .unwrap_or_default();
    format!(
        "{state} {shown} (~ {} ago)",
        age((now - since).whole_seconds())
    )
}

fn age(seconds: i64) -> String {
    let seconds = seconds.max(0);
    match seconds {
        0..60 => format!("{seconds}s"),
        60..3600 => format!("{}m", seconds / 60),
        3600..86_400 => format!("{}h", seconds / 3600),
        _ => format!("{}d", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_like_the_heroku_cli() {
        assert_eq!(age(5), "5s");
        assert_eq!(age(-3), "0s");
        assert_eq!(age(125), "2m");
        assert_eq!(age(7200), "2h");
        assert_eq!(age(200_000), "2d");
    }

    #[test]
    fn the_dyno_list_prints_blocks_or_the_dynos_json() {
        let dyno = |name: &str, kind: &str| {
            let raw = serde_json::json!({"id": name, "name": name, "type": kind, "size": "Basic",
                "state": "up", "command": "npm start", "extra": 1});
            Fetched::read(raw).unwrap()
        };
        let view = DynoList {
            app: "demo".into(),
            shown: vec![
                dyno("web.2", "web"),
                dyno("web.1", "web"),
                dyno("run.7", "run"),
            ],
        };
        let (out, captured) = Output::captured(false);
        out.emit(&view).unwrap();
        assert_eq!(
            captured.stdout(),
            "=== run: one-off processes (1)\n\nrun.7 (Basic): up: npm start\n\n\
             === web (Basic): npm start (2)\n\nweb.1: up\nweb.2: up\n"
        );
        let (out, captured) = Output::captured(true);
        out.emit(&view).unwrap();
        let json: Value = serde_json::from_str(&captured.stdout()).unwrap();
        assert_eq!(json[0]["name"], "web.2");
        assert_eq!(json[0]["extra"], 1, "the API's answer, kept whole");
    }
}
