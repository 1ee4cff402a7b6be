//! The router's connections to dynos: hyper-util's pooled HTTP connector with TCP_NODELAY,
//! each new connection carrying how long it took to open, so the first request sent on it
//! logs that as `connect=` (a request on a pooled connection logs `connect=0ms`).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::Uri;
use hyper::rt::{Read, ReadBufCursor, Write};
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// Marks a connect time already reported by an earlier request.
const TAKEN: u64 = u64::MAX;

/// How long the connection took to open, in microseconds, until a response takes it.
#[derive(Clone)]
pub(super) struct ConnectTime(Arc<AtomicU64>);

impl ConnectTime {
    /// The time to report for this response: the connect time once, then zero.
    pub(super) fn take(&self) -> Duration {
        match self.0.swap(TAKEN, Ordering::Relaxed) {
            TAKEN => Duration::ZERO,
            micros => Duration::from_micros(micros),
        }
    }
}

#[derive(Clone)]
pub(super) struct TimedConnector {
    inner: HttpConnector,
}

impl TimedConnector {
    pub(super) fn new() -> TimedConnector {
        let mut inner = HttpConnector::new();
        // Small request/response exchanges: Nagle would hold back the last segment.
        inner.set_nodelay(true);
        inner.set_connect_timeout(Some(CONNECT_TIMEOUT));
        TimedConnector { inner }
    }
}

/// Heroku's router gives up opening a connection to a dyno after 5 seconds (H19).
pub(super) const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

type ConnectFuture = Pin<
    Box<dyn Future<Output = Result<TimedStream, Box<dyn std::error::Error + Send + Sync>>> + Send>,
>;

impl tower_service::Service<Uri> for TimedConnector {
    type Response = TimedStream;
    type Error = Box<dyn std::error::Error + Send + Sync>;
    type Future = ConnectFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let started = Instant::now();
        let connecting = self.inner.call(uri);
        Box::pin(async move {
            let io = connecting.await?;
            let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(TAKEN - 1);
            Ok(TimedStream {
                io,
                connect: ConnectTime(Arc::new(AtomicU64::new(micros))),
            })
        })
    }
}

/// A connection to a dyno, as hyper-util's connector opened it.
pub(super) struct TimedStream {
    io: TokioIo<TcpStream>,
    connect: ConnectTime,
}

impl Connection for TimedStream {
    fn connected(&self) -> Connected {
        self.io.connected().extra(self.connect.clone())
    }
}

impl Read for TimedStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl Write for TimedStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}
