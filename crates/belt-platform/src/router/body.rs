//! A dyno's response body on its way to the client: streamed frame by frame, its bytes
//! counted, and the request's log line sent once it ends (or the client goes away), since a
//! Heroku router line reports the bytes sent and the time spent proxying them.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming, SizeHint};

use super::log::{self, Log, Outcome, RequestInfo};

/// What the line needs once the body has ended.
pub(super) struct Pending {
    pub log: Log,
    pub app_id: Arc<str>,
    pub request: RequestInfo,
    pub dyno: Arc<str>,
    pub connect: Duration,
    pub started: Instant,
    pub status: u16,
}

impl Pending {
    /// Sends the line; `interrupted` when the dyno's side broke off mid-body (H18).
    pub(super) fn finish(self, bytes: u64, interrupted: bool) {
        let outcome = Outcome {
            dyno: Some(&self.dyno),
            connect: Some(self.connect),
            service: Some(self.started.elapsed().saturating_sub(self.connect)),
            status: if interrupted { 503 } else { self.status },
            bytes: Some(bytes),
        };
        let code = interrupted.then_some(log::H18);
        let line = log::format(code, &self.request, &outcome);
        self.log.send(&self.app_id, line);
    }
}

pub(super) struct Logged {
    inner: Incoming,
    bytes: u64,
    pending: Option<Pending>,
}

impl Logged {
    pub(super) fn new(inner: Incoming, pending: Pending) -> Logged {
        Logged {
            inner,
            bytes: 0,
            pending: Some(pending),
        }
    }

    fn finish(&mut self, interrupted: bool) {
        if let Some(pending) = self.pending.take() {
            pending.finish(self.bytes, interrupted);
        }
    }
}

impl Body for Logged {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    this.bytes += data.len() as u64;
                }
            }
            Poll::Ready(Some(Err(_))) => this.finish(true),
            Poll::Ready(None) => this.finish(false),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for Logged {
    /// A body never polled to its end: empty, or the client went away first.
    fn drop(&mut self) {
        self.finish(false);
    }
}
