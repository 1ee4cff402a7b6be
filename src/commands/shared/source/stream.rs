//! Following a build's output (`output_stream_url`) to the build's end. belt asks for plain
//! text and reads Server-Sent Events when that is what comes, printing clean lines either way.
//! A dropped stream resumes where it broke (`Range: bytes=N-` for text, `Last-Event-ID` for
//! events, as the schema says); a stream that ends while the build is still pending is
//! followed again after the wait interval.

use std::time::Duration;

use crate::api::endpoints::Resume;
use crate::api::models::Build;
use crate::api::reconnect::{FIRST_RETRY, MAX_RETRY, is_transient};
use crate::api::{ByteStream, Client, Fetched};
use crate::context::Context;
use crate::error::{Error, Result};
use belt_text::sse::Parser;

/// Stream failures in a row (without a byte of progress) before belt gives up.
const MAX_FAILURES: u32 = 10;

pub(in crate::commands) struct Follow<'a> {
    ctx: &'a Context,
    client: &'a Client,
    /// The build's app and id, read for its status.
    app: &'a str,
    id: &'a str,
    /// Whether the output is the progress of a deploy (left out of `--json`) rather than
    /// what the command shows.
    progress: bool,
    /// How long to wait before looking again at a build still pending.
    interval: Duration,
    /// Plain-text bytes received, where a `Range` resumes.
    received: u64,
    /// The id of the last event received, where a `Last-Event-ID` resumes.
    last_id: Option<String>,
    /// The previous connection answered with events.
    events: bool,
    /// A plain-text line not yet ended.
    partial: Vec<u8>,
    /// Whether the current connection was answered, and whether it delivered anything.
    opened: bool,
    progressed: bool,
}

impl<'a> Follow<'a> {
    pub fn new(
        ctx: &'a Context,
        client: &'a Client,
        app: &'a str,
        id: &'a str,
        interval: Duration,
    ) -> Self {
        Follow {
            ctx,
            client,
            app,
            id,
            progress: false,
            interval,
            received: 0,
            last_id: None,
            events: false,
            partial: Vec::new(),
            opened: false,
            progressed: false,
        }
    }

    /// The output is a deploy's progress, not shown with `--json`.
    pub fn progress(mut self) -> Self {
        self.progress = true;
        self
    }

    /// Prints the output at `url` (none: only waits) until the build is over; returns the
    /// finished build.
    pub async fn run(&mut self, url: Option<&str>) -> Result<Fetched<Build>> {
        let mut delay = FIRST_RETRY;
        let mut failures = 0;
        // A build still pending after its stream ended is checked with backoff: soon at first
        // (its last lines and status usually follow at once), then every `interval`.
        let mut check_wait = FIRST_RETRY.min(self.interval);
        loop {
            let outcome = match url {
                Some(url) => self.read(url).await,
                None => Ok(()),
            };
            if self.progressed {
                (delay, failures) = (FIRST_RETRY, 0);
            }
            match outcome {
                Ok(()) => {
                    if let Some(done) = self.finished().await? {
                        return Ok(done);
                    }
                    tokio::time::sleep(check_wait).await;
                    check_wait = (check_wait * 2).min(self.interval);
                }
                Err(e) if is_transient(&e) && failures < MAX_FAILURES => {
                    // A server that answered, then dropped the stream with nothing after
                    // what was printed: once the build is over, that is all of it.
                    if self.opened
                        && !self.progressed
                        && let Some(done) = self.finished().await?
                    {
                        return Ok(done);
                    }
                    if self.ctx.globals.debug {
                        self.ctx.out.debug(format!("resuming the output: {e}"));
                    }
                    failures += 1;
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(MAX_RETRY);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The build, once it is no longer pending (its last line printed).
    async fn finished(&mut self) -> Result<Option<Fetched<Build>>> {
        let build = self.client.builds(self.app).info(self.id).await?;
        if build.model.status.as_deref() == Some("pending") {
            return Ok(None);
        }
        self.finish()?;
        Ok(Some(build))
    }

    /// One connection: from where the last one broke off, to the server's end of it.
    async fn read(&mut self, url: &str) -> Result<()> {
        (self.opened, self.progressed) = (false, false);
        let resume = match (&self.last_id, self.received) {
            (Some(id), _) if self.events => Resume::AfterEvent(id),
            (_, 0) => Resume::Start,
            (_, n) => Resume::FromByte(n),
        };
        let mut stream = match self.client.build_output(url, resume).await {
            Ok(stream) => stream,
            // Nothing after the bytes already received.
            Err(Error::Api { status: 416, .. }) => return Ok(()),
            Err(e) => return Err(e),
        };
        self.opened = true;
        self.events = stream.is_event_stream();
        if self.events {
            self.read_events(&mut stream).await
        } else {
            self.read_text(&mut stream).await
        }
    }

    async fn read_text(&mut self, stream: &mut ByteStream) -> Result<()> {
        // A server that ignored the Range sends everything again: skip what was printed.
        let mut skip = match stream.status().as_u16() {
            206 => 0,
            _ => self.received,
        };
        while let Some(chunk) = stream.chunk().await? {
            let mut chunk = chunk.as_ref();
            let skipped = chunk.len().min(usize::try_from(skip).unwrap_or(usize::MAX));
            chunk = &chunk[skipped..];
            skip -= skipped as u64;
            if chunk.is_empty() {
                continue;
            }
            self.progressed = true;
            self.received += chunk.len() as u64;
            self.partial.extend_from_slice(chunk);
            // Whole lines go out at once, also into a pipe; a broken one waits for its end.
            if let Some(end) = self.partial.iter().rposition(|b| *b == b'\n') {
                let rest = self.partial.split_off(end + 1);
                let lines = std::mem::replace(&mut self.partial, rest);
                self.print(&lines)?;
            }
        }
        Ok(())
    }

    async fn read_events(&mut self, stream: &mut ByteStream) -> Result<()> {
        // A frame cut by a drop is sent again after its predecessor's id.
        let mut parser = Parser::new();
        let mut out = Vec::new();
        while let Some(chunk) = stream.chunk().await? {
            let mut framed = false;
            parser.push(chunk.as_ref(), |frame| {
                framed = true;
                if let Some(id) = frame.id {
                    self.last_id = Some(id.to_string());
                }
                if let (Some(data), None | Some("message")) = (frame.data, frame.event) {
                    out.extend_from_slice(data.as_bytes());
                    out.push(b'\n');
                }
            });
            self.progressed |= framed;
            self.print(&out)?;
            out.clear();
        }
        Ok(())
    }

    /// The output's last line, when it did not end with a newline.
    fn finish(&mut self) -> Result<()> {
        if self.partial.is_empty() {
            return Ok(());
        }
        let mut last = std::mem::take(&mut self.partial);
        last.push(b'\n');
        self.print(&last)
    }

    fn print(&self, bytes: &[u8]) -> Result<()> {
        if bytes.is_empty() {
            Ok(())
        } else if self.progress {
            self.ctx.out.progress_raw(bytes)
        } else {
            self.ctx.out.raw(bytes)
        }
    }
}
