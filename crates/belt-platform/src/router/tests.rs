//! The router against small HTTP servers on 127.0.0.1 standing in for web dynos, with the
//! apps, dynos, domains and formation written straight into a fresh platform's database.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::HeaderMap;
use axum::routing::get;
use rusqlite::params;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::*;
use crate::{Platform, util};

pub(super) struct Fixture {
    _dir: tempfile::TempDir,
    pub platform: Platform,
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    router: tokio::task::JoinHandle<()>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.router.abort();
    }
}

/// The path the tests' probes ask for, which raw dynos answer at once.
pub(super) const PROBE: &str = "/probe";

/// The public port the router is told it has (`X-Forwarded-Port`).
pub(super) const PUBLIC_PORT: u16 = 5080;

pub(super) async fn start(request_timeout: Duration) -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let platform = Platform::open(dir.path(), None).expect("platform");
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let options = RouterOptions {
        port: PUBLIC_PORT,
        request_timeout,
    };
    let router = tokio::spawn({
        let platform = platform.clone();
        async move {
            run_router(platform, listener, options)
                .await
                .expect("router");
        }
    });
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client");
    Fixture {
        _dir: dir,
        platform,
        addr,
        client,
        router,
    }
}

impl Fixture {
    fn write(&self, sql: &str, values: impl rusqlite::Params) {
        self.platform
            .store()
            .write(|tx| tx.execute(sql, values).map(|_| ()))
            .expect("write");
    }

    /// A new app named `name`; returns its id.
    pub fn app(&self, name: &str) -> String {
        let id = util::new_id();
        let now = util::timestamp(util::now());
        self.write(
            "INSERT INTO apps (id, name, owner_id, region, stack, build_stack, created_at, updated_at)
             VALUES (?1, ?2, (SELECT id FROM users LIMIT 1), 'us', 'heroku-24', 'heroku-24', ?3, ?3)",
            params![id, name, now],
        );
        id
    }

    pub fn dyno(&self, app_id: &str, name: &str, state: &str, port: Option<u16>) {
        let now = util::timestamp(util::now());
        let kind = name.split('.').next().unwrap_or(name);
        self.write(
            "INSERT INTO dynos (id, app_id, name, type, command, size, state, created_at, updated_at, port)
             VALUES (?1, ?2, ?3, ?4, 'serve', 'Basic', ?5, ?6, ?6, ?7)",
            params![util::new_id(), app_id, name, kind, state, now, port],
        );
    }

    pub fn web_formation(&self, app_id: &str, quantity: i64) {
        let now = util::timestamp(util::now());
        self.write(
            "INSERT INTO formation (id, app_id, type, quantity, size, command, created_at, updated_at)
             VALUES (?1, ?2, 'web', ?3, 'Basic', 'serve', ?4, ?4)",
            params![util::new_id(), app_id, quantity, now],
        );
    }

    pub fn domain(&self, app_id: &str, hostname: &str) {
        let now = util::timestamp(util::now());
        self.write(
            "INSERT INTO domains (id, app_id, hostname, cname, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?3, ?4, ?4)",
            params![util::new_id(), app_id, hostname, now],
        );
    }

    pub fn set(&self, sql: &str, app_id: &str) {
        self.write(sql, [app_id]);
    }

    pub fn get(&self, host: &str, path: &str) -> reqwest::RequestBuilder {
        self.client
            .get(format!("http://{}{path}", self.addr))
            .header("Host", host)
    }

    /// Waits until the router answers `host` (at [`PROBE`]) with something other than
    /// `status`, then for the table to have caught up with every write made before.
    pub async fn until_not(&self, host: &str, status: u16) -> reqwest::Response {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let response = self.get(host, PROBE).send().await.expect("send");
            if response.status().as_u16() != status || Instant::now() > deadline {
                tokio::time::sleep(table::POLL_INTERVAL * 3).await;
                return response;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// The app's `heroku[router]` lines, once `count` of them are written.
    pub async fn router_lines(&self, app: &str, count: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let lines: Vec<String> = self
                .platform
                .recent_events(app, 1000)
                .expect("events")
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.source == "heroku" && e.dyno == "router")
                .map(|e| e.message)
                .collect();
            if lines.len() >= count || Instant::now() > deadline {
                return lines;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A dyno answering `GET /` with its name, then the request headers it got, one per line.
pub(super) async fn echo_dyno(name: &'static str) -> u16 {
    let app = Router::new().fallback(get(move |headers: HeaderMap| async move {
        let mut body = format!("{name}\n");
        for (key, value) in &headers {
            body.push_str(&format!("{key}: {}\n", value.to_str().unwrap_or("?")));
        }
        body
    }));
    serve_axum(app).await
}

async fn serve_axum(app: Router) -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    port
}

/// A dyno speaking raw TCP: `handle` gets each accepted connection.
pub(super) async fn raw_dyno<F, Fut>(handle: F) -> u16
where
    F: Fn(TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(handle(stream));
        }
    });
    port
}

/// Reads up to the end of a request's or response's head.
pub(super) async fn read_head(stream: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await.expect("read") == 0 {
            break;
        }
        head.push(byte[0]);
    }
    String::from_utf8_lossy(&head).into_owned()
}

fn header<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    body.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
}

#[tokio::test]
async fn routes_by_host_and_custom_domain_to_the_apps_up_web_dynos() {
    let f = start(Duration::from_secs(30)).await;
    let one = f.app("one");
    let two = f.app("two");
    f.dyno(&one, "web.1", "up", Some(echo_dyno("one-web").await));
    f.dyno(&two, "web.1", "up", Some(echo_dyno("two-web").await));
    // A worker listening on a port is never routed to.
    f.dyno(&two, "worker.1", "up", Some(echo_dyno("two-worker").await));
    f.domain(&two, "www.Example.com");

    for (host, want) in [
        ("one.localhost", "one-web"),
        ("ONE.localhost:5080", "one-web"),
        ("two.localhost", "two-web"),
        ("www.example.com", "two-web"),
        ("WWW.EXAMPLE.COM:443", "two-web"),
    ] {
        let response = f.until_not(host, 404).await;
        assert_eq!(response.status(), 200, "{host}");
        let body = response.text().await.expect("body");
        assert_eq!(body.lines().next(), Some(want), "{host}");
    }
    for _ in 0..4 {
        let body = f.get("two.localhost", "/").send().await.expect("send");
        assert!(!body.text().await.expect("body").starts_with("two-worker"));
    }
}

#[tokio::test]
async fn round_robin_across_the_web_dynos() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("rr");
    f.dyno(&app, "web.1", "up", Some(echo_dyno("a").await));
    f.dyno(&app, "web.2", "up", Some(echo_dyno("b").await));
    let _ = f.until_not("rr.localhost", 404).await;
    let mut seen = Vec::new();
    for _ in 0..6 {
        let body = f.get("rr.localhost", "/").send().await.expect("send");
        let body = body.text().await.expect("body");
        seen.push(body.lines().next().unwrap_or_default().to_string());
    }
    assert_eq!(seen.iter().filter(|s| *s == "a").count(), 3, "{seen:?}");
    assert_eq!(seen.iter().filter(|s| *s == "b").count(), 3, "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0] != w[1]),
        "alternates: {seen:?}"
    );
}

#[tokio::test]
async fn a_dyno_that_comes_up_is_routable_within_a_tenth_of_a_second_or_so() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("late");
    assert_eq!(f.until_not("nothing.localhost", 0).await.status(), 404);
    let port = echo_dyno("late").await;
    // Let the table settle on the app without dynos, then bring one up.
    tokio::time::sleep(Duration::from_millis(200)).await;
    f.dyno(&app, "web.1", "up", Some(port));
    let began = Instant::now();
    let response = f.until_not("late.localhost", 503).await;
    assert_eq!(response.status(), 200);
    assert!(
        began.elapsed() < Duration::from_millis(500),
        "{:?}",
        began.elapsed()
    );
}

#[tokio::test]
async fn adds_herokus_headers_both_ways() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("hdr");
    f.dyno(&app, "web.1", "up", Some(echo_dyno("hdr").await));
    let _ = f.until_not("hdr.localhost", 404).await;

    let response = f
        .get("hdr.localhost", "/")
        .header("X-Forwarded-For", "203.0.113.9")
        .send()
        .await
        .expect("send");
    assert_eq!(
        response.headers().get("via").and_then(|v| v.to_str().ok()),
        Some("2.0 heroku-router")
    );
    let body = response.text().await.expect("body");
    let id = header(&body, "x-request-id").expect("request id");
    assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
    assert_eq!(
        header(&body, "x-forwarded-for"),
        Some("203.0.113.9, 127.0.0.1")
    );
    assert_eq!(header(&body, "x-forwarded-proto"), Some("http"));
    assert_eq!(header(&body, "x-forwarded-port"), Some("5080"));
    assert_eq!(header(&body, "via"), Some("2.0 heroku-router"));
    assert_eq!(header(&body, "host"), Some("hdr.localhost"));
    let start: u128 = header(&body, "x-request-start")
        .and_then(|s| s.parse().ok())
        .expect("x-request-start");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("now")
        .as_millis();
    assert!(start <= now && now - start < 60_000, "{start} {now}");

    // A client's id is kept when Heroku would keep it, replaced when not.
    let kept = "abcdefghij0123456789+/=-";
    for (sent, keep) in [
        (kept, true),
        ("too-short", false),
        ("has space 0123456789xx", false),
    ] {
        let body = f
            .get("hdr.localhost", "/")
            .header("X-Request-Id", sent)
            .send()
            .await
            .expect("send")
            .text()
            .await
            .expect("body");
        let got = header(&body, "x-request-id").expect("request id");
        assert_eq!(got == sent, keep, "{sent} -> {got}");
    }
}

#[tokio::test]
async fn streams_bodies_both_ways() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("stream");
    let (got_half, half_seen) = tokio::sync::mpsc::unbounded_channel::<()>();
    let got_half = std::sync::Arc::new(got_half);
    let first_read = std::sync::Arc::new(tokio::sync::Notify::new());
    let port = raw_dyno({
        let first_read = first_read.clone();
        move |mut stream| {
            let got_half = got_half.clone();
            let first_read = first_read.clone();
            async move {
                let head = read_head(&mut stream).await;
                if head.starts_with("GET /probe ") {
                    let _ = stream.write_all(b"HTTP/1.1 204 No Content\r\n\r\n").await;
                    return;
                }
                if head.starts_with("POST") {
                    // The first half of the upload arrives while the client holds the rest.
                    let mut half = [0u8; 5];
                    stream.read_exact(&mut half).await.expect("half");
                    let _ = got_half.send(());
                    let mut rest = [0u8; 5];
                    stream.read_exact(&mut rest).await.expect("rest");
                    let _ = stream
                        .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                        .await;
                    return;
                }
                // The second chunk goes out only once the client has read the first.
                let _ = stream
                    .write_all(
                        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n",
                    )
                    .await;
                first_read.notified().await;
                let _ = stream.write_all(b"6\r\nsecond\r\n0\r\n\r\n").await;
            }
        }
    })
    .await;
    f.dyno(&app, "web.1", "up", Some(port));
    let _ = f.until_not("stream.localhost", 404).await;

    // Download: the client reads "first" before the dyno has sent "second".
    let mut client = TcpStream::connect(f.addr).await.expect("connect");
    client
        .write_all(b"GET /chunks HTTP/1.1\r\nHost: stream.localhost\r\n\r\n")
        .await
        .expect("write");
    let head = read_head(&mut client).await;
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let mut first = vec![0u8; 10];
    tokio::time::timeout(Duration::from_secs(5), client.read_exact(&mut first))
        .await
        .expect("the first chunk before the second was sent")
        .expect("first chunk");
    assert_eq!(&first, b"5\r\nfirst\r\n");
    first_read.notify_one();
    let mut second = vec![0u8; 11];
    client.read_exact(&mut second).await.expect("second chunk");
    assert_eq!(&second, b"6\r\nsecond\r\n");

    // Upload: the dyno sees half the body while the client has not sent the rest.
    let mut half_seen = half_seen;
    let mut client = TcpStream::connect(f.addr).await.expect("connect");
    client
        .write_all(
            b"POST /up HTTP/1.1\r\nHost: stream.localhost\r\nContent-Length: 10\r\n\r\nhello",
        )
        .await
        .expect("write");
    tokio::time::timeout(Duration::from_secs(5), half_seen.recv())
        .await
        .expect("the dyno got the first half before the rest was sent");
    client.write_all(b"world").await.expect("write");
    let head = read_head(&mut client).await;
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
}

#[tokio::test]
async fn relays_a_websocket_upgrade() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("ws");
    let port = raw_dyno(|mut stream| async move {
        let head = read_head(&mut stream).await;
        if !head.to_ascii_lowercase().contains("upgrade: websocket") {
            let _ = stream
                .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                .await;
            return;
        }
        let _ = stream
            .write_all(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
            .await;
        // Echo whatever comes, as a WebSocket echo server would frame by frame.
        let mut buf = [0u8; 1024];
        while let Ok(n) = stream.read(&mut buf).await {
            if n == 0 || stream.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
    })
    .await;
    f.dyno(&app, "web.1", "up", Some(port));
    let _ = f.until_not("ws.localhost", 404).await;

    let mut client = TcpStream::connect(f.addr).await.expect("connect");
    client
        .write_all(
            b"GET /socket HTTP/1.1\r\nHost: ws.localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
              Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
        )
        .await
        .expect("write");
    let head = read_head(&mut client).await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    assert!(
        head.to_ascii_lowercase().contains("upgrade: websocket"),
        "{head}"
    );
    for message in [&b"ping"[..], b"another message"] {
        client.write_all(message).await.expect("write");
        let mut echoed = vec![0u8; message.len()];
        tokio::time::timeout(Duration::from_secs(5), client.read_exact(&mut echoed))
            .await
            .expect("echo in time")
            .expect("echo");
        assert_eq!(echoed, message);
    }
}

#[tokio::test]
async fn logs_one_heroku_router_line_per_request() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("logged");
    f.dyno(&app, "web.1", "up", Some(echo_dyno("logged").await));
    let _ = f.until_not("logged.localhost", 404).await;
    let before = f.router_lines("logged", 0).await.len();
    let response = f
        .get("logged.localhost:5080", "/path?q=1")
        .header("X-Request-Id", "abcdefghij0123456789")
        .send()
        .await
        .expect("send");
    let bytes = response.bytes().await.expect("body").len();
    let lines = f.router_lines("logged", before + 1).await;
    let line = lines.last().expect("a router line");
    assert_eq!(
        line,
        &format!(
            "at=info method=GET path=\"/path?q=1\" host=logged.localhost:5080 \
             request_id=abcdefghij0123456789 fwd=\"127.0.0.1\" dyno=web.1 connect={} service={} \
             status=200 bytes={bytes} protocol=http",
            field(line, "connect"),
            field(line, "service"),
        )
    );
    assert!(field(line, "connect").ends_with("ms") && field(line, "service").ends_with("ms"));
}

/// The value of `name=` in a log line.
pub(super) fn field<'a>(line: &'a str, name: &str) -> &'a str {
    line.split(' ')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or("")
}
