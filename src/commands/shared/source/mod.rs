//! Source tarballs, as `deploy`, `apps:setup` and `reviewapps:create` send them: a directory or
//! a git ref packed, uploaded to a new source blob, and the build made of it followed.

pub mod pack;
mod stream;

use std::time::Duration;

use clap::Args;

pub(in crate::commands) use stream::Follow;

use crate::api::{Client, Planned};
use crate::context::Context;
use crate::error::{Error, Result};

/// `--wait-interval SECONDS` while a build's output is followed.
#[derive(Debug, Args)]
pub struct Wait {
    /// Seconds between looks at a build whose output has paused
    #[arg(long, value_name = "SECONDS", env = crate::env::BELT_WAIT_INTERVAL.name, default_value = "5",
          value_parser = parse_seconds)]
    pub wait_interval: Duration,
}

fn parse_seconds(text: &str) -> std::result::Result<Duration, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 3600.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err("expected a number of seconds from 0 to 3600, such as 5 or 0.5".into()),
    }
}

/// Makes a source blob and uploads `tarball` to it, with a progress bar when someone is
/// watching: the blob's `get_url`, which the request `then` describes (a build, app setup or
/// review app reading it). In a dry run nothing is sent: the upload's requests and `then`'s,
/// made with a placeholder URL, are printed and the command ends as a dry run.
pub async fn upload(
    ctx: &Context,
    client: &Client,
    tarball: Vec<u8>,
    then: impl FnOnce(&'static str) -> Planned,
) -> Result<String> {
    if ctx.globals.dry_run {
        let after = then("<source_blob.get_url>");
        for planned in client
            .sources()
            .planned_upload(tarball.len())
            .iter()
            .chain([&after])
        {
            ctx.out.planned(planned);
        }
        return Err(Error::DryRun);
    }
    let source = client.sources().create().await?;
    let bar = ctx.out.progress_bar(
        tarball.len() as u64,
        "Uploading source {bar:30} {bytes}/{total_bytes}",
    );
    let progress = bar.clone();
    client
        .put_blob(&source.source_blob.put_url, tarball, move |sent| {
            progress.set_position(sent)
        })
        .await?;
    bar.finish_and_clear();
    Ok(source.source_blob.get_url)
}
