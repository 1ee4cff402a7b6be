//! A release command's output (the release's `output_stream_url`), followed to the command's
//! end: `releases:output` prints it, and `deploy` waits for its release as `git push` does.

use std::time::Duration;

use crate::api::Client;
use crate::api::models::{Release, decode};
use crate::api::reconnect::{FIRST_RETRY, MAX_RETRY, is_transient};
use crate::context::Context;
use crate::error::{Error, Result};

/// Stream failures in a row (without a byte of progress) before belt gives up.
const MAX_FAILURES: u32 = 10;
/// How long to wait before looking again at a release whose command is still running.
const PENDING_WAIT: Duration = Duration::from_secs(1);

/// Where the output goes: stdout as what the command shows (`releases:output`), or as a
/// deploy's progress (left out with `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Output,
    Progress,
}

/// What following a release's output found.
pub enum Followed {
    /// The release is no longer pending: its status (succeeded or failed).
    Ended(Option<String>),
    /// The output is not there yet (the command has not started).
    NotStarted,
}

/// Prints the release command's output at `url` until the release is no longer pending; a
/// dropped stream resumes where it broke off.
pub async fn follow(
    ctx: &Context,
    client: &Client,
    app: &str,
    release_id: &str,
    url: &str,
    shown: Shown,
) -> Result<Followed> {
    let releases = client.releases(app);
    let (mut received, mut failures, mut delay) = (0u64, 0, FIRST_RETRY);
    loop {
        let read = async {
            let mut stream = releases.output(url, received).await?;
            // A server that ignored the Range sends everything again: skip what was printed.
            let mut skip = if stream.status().as_u16() == 206 {
                0
            } else {
                received
            };
            while let Some(chunk) = stream.chunk().await? {
                let chunk = chunk.as_ref();
                let skipped = chunk.len().min(usize::try_from(skip).unwrap_or(usize::MAX));
                skip -= skipped as u64;
                let new = &chunk[skipped..];
                received += new.len() as u64;
                match shown {
                    Shown::Output => ctx.out.raw(new)?,
                    Shown::Progress => ctx.out.progress_raw(new)?,
                }
            }
            Ok::<_, Error>(())
        };
        match read.await {
            Ok(()) | Err(Error::Api { status: 416, .. }) => {
                let release: Release = decode(&releases.info(release_id).await?)?;
                if release.status.as_deref() != Some("pending") {
                    return Ok(Followed::Ended(release.status));
                }
                tokio::time::sleep(PENDING_WAIT).await;
            }
            Err(Error::Api { status: 404, .. }) => return Ok(Followed::NotStarted),
            Err(e) if is_transient(&e) && failures < MAX_FAILURES => {
                failures += 1;
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(MAX_RETRY);
            }
            Err(e) => return Err(e),
        }
    }
}
