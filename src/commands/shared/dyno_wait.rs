//! Waiting until an app's dynos run its newest release and are up: `ps:wait`, and `ps:scale
//! --wait` and `deploy --wait` after their work. It polls as the official CLI's `ps:wait` does
//! (the newest release once, then the dynos every interval) and prints its progress line;
//! unlike it, a crashed dyno or a failed release ends the wait with exit 1 instead of never.

use std::time::Duration;

use clap::Args;
use serde_json::Value;

use super::wait_interval::parse_interval;
use crate::api::models::{Dyno, Release, decode};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Action;

/// The official CLI's default and least interval: Heroku's API rate limit is why.
const LEAST_SECONDS: u64 = 10;
/// Types the official CLI never waits for (a release command's dyno), or only when asked.
const RELEASE_TYPE: &str = "release";
const RUN_TYPE: &str = "run";

/// `-w, --wait-interval SECONDS`, as the official CLI's `ps:wait` has it.
#[derive(Debug, Clone, Copy, Args)]
pub struct DynoPollInterval {
    /// How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least
    /// 10, except against an API on this machine
    #[arg(short = 'w', long = "wait-interval", value_name = "SECONDS", default_value = "10",
          value_parser = parse_interval)]
    pub seconds: Duration,
}

impl DynoPollInterval {
    /// The interval, refused below the official CLI's least one where a rate limit applies.
    pub async fn checked(&self, ctx: &Context) -> Result<Duration> {
        if self.seconds < Duration::from_secs(LEAST_SECONDS) && rate_limited(ctx).await? {
            return Err(Error::Usage(format!(
                "wait-interval must be at least {LEAST_SECONDS} (belt's local platform, or any API \
                 on this machine, takes less)"
            )));
        }
        Ok(self.seconds)
    }
}

/// `interval`, raised to the official CLI's least one where a rate limit applies: for a wait
/// whose interval was given for something else (`deploy --wait-interval`).
async fn within_rate_limit(ctx: &Context, interval: Duration) -> Result<Duration> {
    Ok(if rate_limited(ctx).await? {
        interval.max(Duration::from_secs(LEAST_SECONDS))
    } else {
        interval
    })
}

/// Whether the API is another machine's, whose rate limit the least interval respects; an API
/// on this machine (the local platform, `belt serve` on loopback) has none.
async fn rate_limited(ctx: &Context) -> Result<bool> {
    Ok(!ctx.client().await?.on_this_machine())
}

/// Which dynos to wait for, and how often to look.
pub struct DynoWait<'a> {
    /// Only these process types; every type when empty.
    pub kinds: &'a [String],
    /// One-off (`run`) dynos too.
    pub with_run: bool,
    pub interval: Duration,
}

impl DynoWait<'_> {
    fn waits_for(&self, dyno: &Dyno) -> bool {
        let kind = dyno.kind.as_deref().unwrap_or("");
        kind != RELEASE_TYPE
            && (self.with_run || kind != RUN_TYPE)
            && (self.kinds.is_empty() || self.kinds.iter().any(|k| k == kind))
    }
}

/// The version of the release a dyno runs, when it says.
fn version_of(dyno: &Dyno) -> Option<u64> {
    dyno.release.as_ref().and_then(|r| r.version)
}

/// Waits until every dyno `wait` names is up on the app's newest release (or a newer one);
/// `Waiting for every dyno to be running v42... 1 / 2` meanwhile, as the official CLI
/// shows it. Fails when one of them crashed on that release or the release itself failed.
/// Returns the dynos as last listed (the API's answer; `[]` when the app has no release).
pub async fn wait_for_dynos(ctx: &Context, app: &str, wait: &DynoWait<'_>) -> Result<Value> {
    let client = ctx.client().await?;
    let releases = client.releases(app);
    let Some(newest) = releases.newest(1).await?.into_iter().next() else {
        ctx.out.warn(format!(
            "App {} has no releases",
            ctx.out.err_style.app(app)
        ));
        return Ok(Value::Array(Vec::new()));
    };
    let mut release: Release = decode(&newest)?;
    let version = release.version;
    let mut action: Option<Action<'_>> = None;
    loop {
        if release.status.as_deref() == Some("failed") {
            return Err(Error::Failed(format!(
                "release v{version} failed, so no dyno will run it (see `belt releases:output \
                 v{version} -a {app}`)"
            )));
        }
        let listed = client.dynos(app).list().await?;
        let waited: Vec<&Dyno> = listed.model.iter().filter(|d| wait.waits_for(d)).collect();
        // A dyno known to run an older release is to be restarted on the new one, not judged.
        if let Some(crashed) = waited.iter().find(|d| {
            d.state.as_deref() == Some("crashed") && version_of(d).is_none_or(|v| v >= version)
        }) {
            let name = &crashed.name;
            return Err(Error::Failed(format!(
                "dyno {name} crashed on v{version} (see `belt logs --dyno {name} -a {app}`)"
            )));
        }
        let on_newest = waited
            .iter()
            .filter(|d| d.state.as_deref() == Some("up") && version_of(d) >= Some(version))
            .count();
        let fraction = format!("{on_newest} / {}", waited.len());
        if on_newest == waited.len() {
            if let Some(action) = action {
                action.finish(&format!("{fraction}, done"));
            }
            return Ok(listed.raw);
        }
        action
            .get_or_insert_with(|| {
                ctx.out
                    .action(format!("Waiting for every dyno to be running v{version}"))
            })
            .status(&fraction);
        tokio::time::sleep(wait.interval).await;
        // A release command still running decides whether the release ever runs.
        if release.status.as_deref() == Some("pending") {
            release = decode(&releases.info(&release.id).await?)?;
        }
    }
}

/// After a deploy or an app setup (`--wait`): every process type's dynos up on the newest
/// release, looked at every `interval`, raised to the least one where a rate limit applies.
pub async fn wait_for_every_dyno(ctx: &Context, app: &str, interval: Duration) -> Result<()> {
    let wait = DynoWait {
        kinds: &[],
        with_run: false,
        interval: within_rate_limit(ctx, interval).await?,
    };
    wait_for_dynos(ctx, app, &wait).await.map(|_| ())
}
