//! The HTTP router of the local platform, Heroku's router in small: it answers on a loopback
//! port, finds the app from the `Host` header (`APP.localhost[:PORT]` or a custom domain),
//! and passes each request to the app's `up` web dynos in turn (each listens on
//! `127.0.0.1:$PORT`, the `port` of its `dynos` row), streaming bodies both ways and relaying
//! WebSockets. Heroku's behaviours: a `heroku[router]` log line per request, the
//! `X-Request-Id`, `X-Forwarded-*`, `X-Request-Start` and `Via` headers, and the error codes and
//! pages (H10, H12, H13, H14, H18, H19, H20, H21, H80; 404 for an unknown host).
//!
//! The parts: `table` (the apps and their dynos, in memory, reloaded on database changes),
//! `proxy` (one request), `body` (a streamed response and its log line), `connect` (pooled
//! connections to dynos), `log` (the lines, written in batches), `pages` (the error pages).

mod body;
mod connect;
mod log;
mod pages;
mod proxy;
mod table;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::header::HeaderValue;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::Platform;
use crate::error::Result;

/// How the router presents itself.
pub struct RouterOptions {
    /// The public port, for `X-Forwarded-Port` and log lines.
    pub port: u16,
    /// How long a dyno has to send its response headers (Heroku's H12: 30 seconds).
    pub request_timeout: Duration,
}

/// Heroku's router (Router 2.0) closes a connection to a dyno idle this long.
const DYNO_IDLE_TIMEOUT: Duration = Duration::from_secs(90);
/// Idle keep-alive connections kept per dyno.
const DYNO_IDLE_CONNECTIONS: usize = 512;
/// A pause after a failed accept (out of file descriptors), so the loop does not spin.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Serves `listener` until this future is dropped (its task aborted), which also closes
/// every connection it accepted.
pub async fn run_router(
    platform: Platform,
    listener: TcpListener,
    options: RouterOptions,
) -> Result<()> {
    let watch = table::ChangeWatch::open(&platform)?;
    let initial = table::read(&platform).await?;
    let (table_tx, table_rx) = watch::channel(Arc::new(initial));
    let (_stop, stopping) = watch::channel(());
    let client = Client::builder(TokioExecutor::new())
        .pool_idle_timeout(DYNO_IDLE_TIMEOUT)
        .pool_max_idle_per_host(DYNO_IDLE_CONNECTIONS)
        .build(connect::TimedConnector::new());
    let shared = Arc::new(proxy::Shared {
        table: table_rx,
        client,
        log: log::Log::start(platform.clone()),
        forwarded_port: HeaderValue::from(options.port),
        request_timeout: options.request_timeout,
        stopping,
    });
    tokio::select! {
        () = table::refresh(platform, watch, table_tx) => {}
        () = accept(listener, shared) => {}
    }
    Ok(())
}

async fn accept(listener: TcpListener, shared: Arc<proxy::Shared>) {
    // Owned here, so dropping the router ends every connection.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    connections.spawn(serve(stream, peer.ip(), shared.clone()));
                }
                Err(_) => tokio::time::sleep(ACCEPT_BACKOFF).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve(stream: TcpStream, peer: IpAddr, shared: Arc<proxy::Shared>) {
    let _ = stream.set_nodelay(true);
    let service = service_fn(move |request| proxy::handle(shared.clone(), peer, request));
    let _ = http1::Builder::new()
        .serve_connection(TokioIo::new(stream), service)
        .with_upgrades()
        .await;
}
