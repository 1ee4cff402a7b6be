//! The rendezvous service for attached dynos: one TLS listener per platform process, started
//! the first time an attached dyno is created. A client connects to `attach_url`, writes the
//! secret and CRLF (or the bare secret, as Python's heroku3 does), gets the greeting line
//! `rendezvous`, then the command's output while its own input goes to the command, until the
//! command ends and the connection is closed. As on Heroku, no exit status is sent (clients
//! append an `echo` of `$?` to the command for it). Secrets are random, single-use and
//! expire. A dyno created without `force_no_tty: true` runs on a pseudo-terminal: the relayed
//! input is what is typed on it, the output what it shows (see `runner`).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

use super::domain_error::DomainError;
use super::runner::{self, Attached, Spec};
use super::{Platform, dynos, events, tls, util};
use crate::error::{Error, Result};

/// How long a client has to connect after the dyno is created.
const SECRET_TTL: Duration = Duration::from_secs(60);
/// How long a connection may take to say which dyno it wants.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
const GREETING: &[u8] = b"rendezvous\r\n";
/// Longer than a secret (64 hex digits) and CRLF, with room for a query string.
const MAX_SECRET_LINE: usize = 256;

type Pending = Arc<Mutex<HashMap<String, Spec>>>;

pub(crate) struct Rendezvous {
    host: String,
    port: u16,
    pending: Pending,
}

impl Rendezvous {
    /// Binds `ip` (port 0) with the platform's TLS certificate and starts accepting.
    pub async fn start(platform: Platform, ip: IpAddr) -> Result<Rendezvous> {
        let tls_dir = platform.tls_dir();
        let material = tokio::task::spawn_blocking(move || tls::ensure(&tls_dir))
            .await
            .map_err(|e| Error::Platform(format!("TLS setup was interrupted: {e}")))??;
        // Not HTTP: no ALPN, so clients that offer none (or another) are still accepted.
        let mut config = (*material.config).clone();
        config.alpn_protocols.clear();
        let acceptor = TlsAcceptor::from(Arc::new(config));
        let addr = SocketAddr::new(ip, 0);
        let listen_error =
            |e: std::io::Error| Error::Platform(format!("cannot listen on {addr}: {e}"));
        let listener = TcpListener::bind(addr).await.map_err(listen_error)?;
        let port = listener.local_addr().map_err(listen_error)?.port();
        let pending = Pending::default();
        tokio::spawn(accept_loop(listener, acceptor, platform, pending.clone()));
        // The certificate names 127.0.0.1; an unspecified bind is reached on loopback too.
        let host = match ip {
            IpAddr::V4(v4) if v4.is_loopback() || v4.is_unspecified() => {
                Ipv4Addr::LOCALHOST.to_string()
            }
            IpAddr::V6(v6) if v6.is_loopback() || v6.is_unspecified() => "[::1]".to_string(),
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]"),
        };
        Ok(Rendezvous {
            host,
            port,
            pending,
        })
    }

    /// Waits for a client to attach to `spec`'s dyno; returns the `attach_url`. An unused
    /// secret expires after a minute, and the dyno is marked crashed.
    pub fn register(&self, platform: &Platform, spec: Spec) -> String {
        let secret = util::new_token();
        let unattached = spec.clone();
        lock(&self.pending).insert(secret.clone(), spec);
        let pending = self.pending.clone();
        let platform = platform.clone();
        let expiring = secret.clone();
        tokio::spawn(async move {
            tokio::time::sleep(SECRET_TTL).await;
            if lock(&pending).remove(&expiring).is_some() {
                never_attached(&platform, &unattached).await;
            }
        });
        format!("rendezvous://{}:{}/{secret}", self.host, self.port)
    }
}

/// Heroku's R13: the dyno never ran because no client attached to it.
async fn never_attached(platform: &Platform, spec: &Spec) {
    let (app_id, dyno_id, dyno_name) = (
        spec.app_id.clone(),
        spec.dyno_id.clone(),
        spec.dyno_name.clone(),
    );
    let _ = platform
        .store()
        .write_async(move |tx| {
            let message = "Error R13 (Attach error) -> Failed to attach to process";
            events::append(tx, &app_id, events::SOURCE_HEROKU, &dyno_name, message)?;
            dynos::change_state(tx, &dyno_id, dynos::CRASHED, None)?;
            Ok::<_, DomainError>(())
        })
        .await;
}

fn lock(pending: &Pending) -> std::sync::MutexGuard<'_, HashMap<String, Spec>> {
    // A plain map: a panic elsewhere cannot leave it inconsistent.
    pending.lock().unwrap_or_else(|e| e.into_inner())
}

async fn accept_loop(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    platform: Platform,
    pending: Pending,
) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            // Out of file descriptors and the like: back off rather than spin.
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let _ = tcp.set_nodelay(true);
        tokio::spawn(serve_one(
            tcp,
            acceptor.clone(),
            platform.clone(),
            pending.clone(),
        ));
    }
}

/// One client: TLS, the secret, then the dyno. A wrong, reused or expired secret, or a
/// client too slow to send it, is closed on without running anything.
async fn serve_one(tcp: TcpStream, acceptor: TlsAcceptor, platform: Platform, pending: Pending) {
    let handshake = async {
        let tls = acceptor.accept(tcp).await.ok()?;
        let (read, write) = tokio::io::split(tls);
        let mut reader = BufReader::new(read);
        let (spec, bare) = read_secret(&mut reader, &pending).await?;
        Some((spec, AfterSecret::new(reader, bare), write))
    };
    let Ok(Some((spec, reader, mut write))) =
        tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake).await
    else {
        return;
    };
    if write.write_all(GREETING).await.is_err() || write.flush().await.is_err() {
        // The client left before the command started: it never runs.
        never_attached(&platform, &spec).await;
        return;
    }
    let attached = Attached {
        input: Box::new(reader),
        output: Box::new(write),
    };
    // The platform's own end (its runtime shutting down) drops this, which stops the command.
    runner::execute(&platform, &spec, Some(attached), std::future::pending()).await;
}

/// Reads the client's secret and takes its dyno from `pending`: a line (CRLF or LF), or, for
/// a client that writes the bare secret and waits for the greeting, the bytes so far once they
/// are a pending secret (then `true`). None for a client that closes, or sends too much,
/// before naming a pending dyno.
async fn read_secret(
    reader: &mut (impl AsyncBufRead + Unpin),
    pending: &Pending,
) -> Option<(Spec, bool)> {
    let mut line = Vec::new();
    loop {
        let available = reader.fill_buf().await.ok()?;
        if available.is_empty() {
            return None;
        }
        let (taken, complete) = match available.iter().position(|b| *b == b'\n') {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        line.extend_from_slice(&available[..taken]);
        reader.consume(taken);
        if line.len() > MAX_SECRET_LINE {
            return None;
        }
        let secret = std::str::from_utf8(&line).ok()?;
        let secret = secret.trim_end_matches(['\r', '\n']);
        if let Some(spec) = lock(pending).remove(secret) {
            return Some((spec, !complete));
        }
        if complete {
            return None;
        }
    }
}

/// The client's input after its secret. A secret that matched before its line end came (the
/// CR or LF was in a later TLS record) leaves that line end here: it is skipped, not input.
struct AfterSecret<R> {
    inner: R,
    skip: Skip,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Skip {
    /// A CR, an LF or a CRLF may come first.
    LineEnd,
    /// The CR came: an LF may follow.
    Lf,
    Nothing,
}

impl<R> AfterSecret<R> {
    fn new(inner: R, bare: bool) -> Self {
        let skip = if bare { Skip::LineEnd } else { Skip::Nothing };
        AfterSecret { inner, skip }
    }
}

impl<R: AsyncBufRead + Unpin> AsyncRead for AfterSecret<R> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        while self.skip != Skip::Nothing {
            let first = ready!(Pin::new(&mut self.inner).poll_fill_buf(cx))?
                .first()
                .copied();
            let (skipped, next) = match (self.skip, first) {
                (_, None) => return Poll::Ready(Ok(())),
                (Skip::LineEnd, Some(b'\r')) => (true, Skip::Lf),
                (_, Some(b'\n')) => (true, Skip::Nothing),
                _ => (false, Skip::Nothing),
            };
            if skipped {
                Pin::new(&mut self.inner).consume(1);
            }
            self.skip = next;
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use tokio::io::AsyncReadExt;

    use super::*;

    fn spec(name: &str) -> Spec {
        Spec {
            app_id: "app".into(),
            dyno_id: name.into(),
            dyno_name: name.into(),
            command: "true".into(),
            env: BTreeMap::new(),
            time_to_live: 1,
            tty: None,
            release: None,
            formation: None,
        }
    }

    /// A client whose writes arrive as these reads, one each.
    struct Chunks(Vec<&'static [u8]>);

    impl AsyncRead for Chunks {
        fn poll_read(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &mut ReadBuf<'_>,
        ) -> Poll<std::io::Result<()>> {
            if !self.0.is_empty() {
                buf.put_slice(self.0.remove(0));
            }
            Poll::Ready(Ok(()))
        }
    }

    /// Reads the secret from a client writing `chunks`; returns the dyno it named and the
    /// input after it.
    async fn handshake(chunks: &[&'static [u8]]) -> Option<(String, Vec<u8>)> {
        let pending = Pending::default();
        lock(&pending).insert("s3cret".into(), spec("run.1"));
        let mut reader = BufReader::new(Chunks(chunks.to_vec()));
        let (spec, bare) = read_secret(&mut reader, &pending).await?;
        let mut input = Vec::new();
        AfterSecret::new(reader, bare)
            .read_to_end(&mut input)
            .await
            .unwrap();
        Some((spec.dyno_name, input))
    }

    #[tokio::test]
    async fn secrets_are_lines_or_bare_and_a_late_line_end_is_not_input() {
        let named = |input: &[u8]| Some(("run.1".to_string(), input.to_vec()));
        assert_eq!(handshake(&[b"s3cret\r\nin\n"]).await, named(b"in\n"));
        assert_eq!(handshake(&[b"s3cret\n"]).await, named(b""));
        // heroku3: the secret alone.
        assert_eq!(handshake(&[b"s3cret"]).await, named(b""));
        // Its line end in a later record.
        assert_eq!(handshake(&[b"s3cret", b"\r\nin"]).await, named(b"in"));
        assert_eq!(handshake(&[b"s3cret\r", b"\nin"]).await, named(b"in"));
        assert_eq!(handshake(&[b"s3cret", b"\r", b"\nin"]).await, named(b"in"));
        assert_eq!(handshake(&[b"s3cret", b"in"]).await, named(b"in"));
        assert_eq!(handshake(&[b"wrong\r\n"]).await, None);
        assert_eq!(handshake(&[b"s3c", b"ret\r\n"]).await, named(b""));
    }
}
