//! One request through the router: find the app by its `Host`, pick its next `up` web dyno,
//! pass the request on with Heroku's headers over a pooled keep-alive connection, and stream
//! the answer back; or answer with Heroku's error page and code when that cannot be done.

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{Either, Full};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderName, HeaderValue};
use hyper::http::uri::{PathAndQuery, Scheme};
use hyper::upgrade::OnUpgrade;
use hyper::{Request, Response, StatusCode, Uri, Version};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioIo;
use tokio::sync::watch;

use super::body::{Logged, Pending};
use super::connect::{CONNECT_TIMEOUT, ConnectTime, TimedConnector};
use super::log::{self, Code, Log, Outcome, RequestInfo};
use super::pages::{self, Page};
use super::table::{AppRoute, Backend, Table};

pub(super) type RouterBody = Either<Full<Bytes>, Logged>;

/// Heroku's router queues requests for an app whose web dynos are starting this long (H20).
const BOOT_TIMEOUT: Duration = Duration::from_secs(75);

/// The `Via` Heroku's router (Router 2.0) adds to requests and responses.
const VIA: &str = "2.0 heroku-router";

const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");
const X_FORWARDED_PROTO: HeaderName = HeaderName::from_static("x-forwarded-proto");
const X_FORWARDED_PORT: HeaderName = HeaderName::from_static("x-forwarded-port");
const X_REQUEST_START: HeaderName = HeaderName::from_static("x-request-start");
const KEEP_ALIVE: HeaderName = HeaderName::from_static("keep-alive");
const PROXY_CONNECTION: HeaderName = HeaderName::from_static("proxy-connection");

/// What every request of one router shares.
pub(super) struct Shared {
    pub table: watch::Receiver<Arc<Table>>,
    pub client: Client<TimedConnector, Incoming>,
    pub log: Log,
    /// `X-Forwarded-Port`: the router's public port.
    pub forwarded_port: HeaderValue,
    pub request_timeout: Duration,
    /// Ends relayed WebSockets when the router stops (its sender is dropped then).
    pub stopping: watch::Receiver<()>,
}

pub(super) async fn handle(
    shared: Arc<Shared>,
    peer: IpAddr,
    mut request: Request<Incoming>,
) -> Result<Response<RouterBody>, Infallible> {
    let started = Instant::now();
    let received_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_owned()))
        .unwrap_or_default();
    let hostname = hostname(&host);
    let found = shared.table.borrow().find(&hostname).cloned();
    let Some(mut route) = found else {
        return Ok(page_response(pages::no_such_app()));
    };

    let headers = request.headers();
    let request_id = headers
        .get(X_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|id| valid_request_id(id))
        .map_or_else(new_request_id, str::to_owned);
    let fwd = match headers.get(X_FORWARDED_FOR).and_then(|v| v.to_str().ok()) {
        Some(prior) if !prior.trim().is_empty() => format!("{prior}, {peer}"),
        _ => peer.to_string(),
    };
    let info = RequestInfo {
        method: request.method().clone(),
        path: request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned()),
        host,
        request_id,
        fwd,
    };

    if route.maintenance {
        let page = pages::maintenance(route.maintenance_page_url.as_deref());
        return Ok(refuse(&shared, &route, log::H80, &info, page));
    }
    if route.backends.is_empty() && route.booting {
        match booted(&shared, &hostname).await {
            Some(fresh) => route = fresh,
            None => return Ok(refuse_app(&shared, &route, log::H20, &info)),
        }
        if route.maintenance {
            let page = pages::maintenance(route.maintenance_page_url.as_deref());
            return Ok(refuse(&shared, &route, log::H80, &info, page));
        }
    }
    let Some(backend) = route.pick() else {
        let code = if route.crashed && route.web_wanted {
            log::H10
        } else {
            log::H14
        };
        return Ok(refuse_app(&shared, &route, code, &info));
    };

    let upgrade = wants_upgrade(request.headers());
    let client_upgrade = upgrade.then(|| hyper::upgrade::on(&mut request));
    let upstream = match to_dyno(request, backend, &info, received_ms, &shared) {
        Some(upstream) => upstream,
        // Only a request hyper could not have parsed fails here.
        None => return Ok(refuse_app(&shared, &route, log::H99, &info)),
    };

    let sent = Instant::now();
    let answer =
        tokio::time::timeout(shared.request_timeout, shared.client.request(upstream)).await;
    let response = match answer {
        Ok(Ok(response)) => response,
        Ok(Err(e)) => {
            let code = if !e.is_connect() {
                log::H13
            } else if sent.elapsed() >= CONNECT_TIMEOUT {
                log::H19
            } else {
                log::H21
            };
            let outcome = Outcome {
                dyno: Some(&backend.dyno),
                service: Some(started.elapsed()),
                status: 503,
                bytes: Some(0),
                ..Outcome::default()
            };
            return Ok(error_page(&shared, &route, code, &info, &outcome));
        }
        Err(_elapsed) => {
            let outcome = Outcome {
                dyno: Some(&backend.dyno),
                service: Some(started.elapsed()),
                status: 503,
                bytes: Some(0),
                ..Outcome::default()
            };
            return Ok(error_page(&shared, &route, log::H12, &info, &outcome));
        }
    };
    Ok(from_dyno(
        response,
        client_upgrade,
        backend,
        &route,
        info,
        started,
        &shared,
    ))
}

/// The request as the dyno gets it: at its address, without hop-by-hop headers, with Heroku's.
fn to_dyno(
    request: Request<Incoming>,
    backend: &Backend,
    info: &RequestInfo,
    received_ms: u128,
    shared: &Shared,
) -> Option<Request<Incoming>> {
    let (mut parts, body) = request.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .cloned()
        .unwrap_or_else(|| PathAndQuery::from_static("/"));
    parts.uri = Uri::builder()
        .scheme(Scheme::HTTP)
        .authority(backend.authority.clone())
        .path_and_query(path)
        .build()
        .ok()?;
    // Keep-alive to the dyno whatever the client spoke.
    parts.version = Version::HTTP_11;
    let headers = &mut parts.headers;
    strip_hop_by_hop(headers, wants_upgrade(headers));
    // The router answers `100 Continue` itself (hyper does, once the body is read).
    headers.remove(header::EXPECT);
    headers.insert(X_REQUEST_ID, HeaderValue::from_str(&info.request_id).ok()?);
    headers.insert(X_FORWARDED_FOR, HeaderValue::from_str(&info.fwd).ok()?);
    headers.insert(X_FORWARDED_PROTO, HeaderValue::from_static("http"));
    headers.insert(X_FORWARDED_PORT, shared.forwarded_port.clone());
    headers.insert(X_REQUEST_START, HeaderValue::from(received_ms as u64));
    append_via(headers);
    Some(Request::from_parts(parts, body))
}

/// The dyno's answer as the client gets it; a `101 Switching Protocols` starts the relay.
fn from_dyno(
    mut response: Response<Incoming>,
    client_upgrade: Option<OnUpgrade>,
    backend: &Backend,
    route: &AppRoute,
    info: RequestInfo,
    started: Instant,
    shared: &Shared,
) -> Response<RouterBody> {
    let connect = response
        .extensions()
        .get::<ConnectTime>()
        .map_or(Duration::ZERO, ConnectTime::take);
    let status = response.status();
    let switching = status == StatusCode::SWITCHING_PROTOCOLS;
    if switching && let Some(client_upgrade) = client_upgrade {
        let dyno_upgrade = hyper::upgrade::on(&mut response);
        tokio::spawn(relay(client_upgrade, dyno_upgrade, shared.stopping.clone()));
    }
    let (mut parts, body) = response.into_parts();
    strip_hop_by_hop(&mut parts.headers, switching);
    append_via(&mut parts.headers);
    let pending = Pending {
        log: shared.log.clone(),
        app_id: route.app_id.clone(),
        request: info,
        dyno: backend.dyno.clone(),
        connect,
        started,
        status: status.as_u16(),
    };
    if switching {
        // The exchange is over for HTTP: what follows is the relayed connection.
        pending.finish(0, false);
        return Response::from_parts(parts, Either::Left(Full::new(Bytes::new())));
    }
    Response::from_parts(parts, Either::Right(Logged::new(body, pending)))
}

/// Copies bytes both ways between the client and the dyno until either side closes.
async fn relay(client: OnUpgrade, dyno: OnUpgrade, mut stopping: watch::Receiver<()>) {
    let (Ok(client), Ok(dyno)) = tokio::join!(client, dyno) else {
        return;
    };
    let mut client = TokioIo::new(client);
    let mut dyno = TokioIo::new(dyno);
    tokio::select! {
        _ = tokio::io::copy_bidirectional(&mut client, &mut dyno) => {}
        _ = stopping.changed() => {}
    }
}

/// Waits, for at most [`BOOT_TIMEOUT`], until the app at `hostname` has a web dyno up or none
/// starting any more (it crashed: H10), and returns it as it is then; `None` on timeout (or
/// when the app is gone).
async fn booted(shared: &Shared, hostname: &str) -> Option<Arc<AppRoute>> {
    let mut table = shared.table.clone();
    let wait = async {
        loop {
            table.changed().await.ok()?;
            let route = table.borrow_and_update().find(hostname).cloned()?;
            if !route.backends.is_empty() || !route.booting {
                return Some(route);
            }
        }
    };
    tokio::time::timeout(BOOT_TIMEOUT, wait)
        .await
        .ok()
        .flatten()
}

/// An application error answered before any dyno was tried: empty `dyno= connect= ...`.
fn refuse_app(
    shared: &Shared,
    route: &AppRoute,
    code: Code,
    info: &RequestInfo,
) -> Response<RouterBody> {
    let page = pages::application_error(route.error_page_url.as_deref());
    refuse(shared, route, code, info, page)
}

fn refuse(
    shared: &Shared,
    route: &AppRoute,
    code: Code,
    info: &RequestInfo,
    page: Page,
) -> Response<RouterBody> {
    let outcome = Outcome {
        status: page.status.as_u16(),
        ..Outcome::default()
    };
    shared
        .log
        .send(&route.app_id, log::format(Some(code), info, &outcome));
    page_response(page)
}

fn error_page(
    shared: &Shared,
    route: &AppRoute,
    code: Code,
    info: &RequestInfo,
    outcome: &Outcome<'_>,
) -> Response<RouterBody> {
    shared
        .log
        .send(&route.app_id, log::format(Some(code), info, outcome));
    page_response(pages::application_error(route.error_page_url.as_deref()))
}

fn page_response(page: Page) -> Response<RouterBody> {
    let mut response = Response::new(Either::Left(Full::new(page.html)));
    *response.status_mut() = page.status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    headers.insert(header::VIA, HeaderValue::from_static(VIA));
    response
}

/// The `Host` without its port, lowercase, without a trailing dot.
pub(super) fn hostname(host: &str) -> String {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => host.split(':').next().unwrap_or(host),
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// A v4 UUID from the thread's random generator (`Uuid::new_v4` makes a getrandom system call
/// for each, one per request).
fn new_request_id() -> String {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// Heroku keeps a client's `X-Request-Id` of 20 to 200 letters, digits, `+`, `/`, `=`, `-`.
pub(super) fn valid_request_id(id: &str) -> bool {
    (20..=200).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-'))
}

/// An HTTP/1.1 protocol upgrade (a WebSocket): `Connection: upgrade` with an `Upgrade`.
fn wants_upgrade(headers: &HeaderMap) -> bool {
    headers.contains_key(header::UPGRADE)
        && headers
            .get_all(header::CONNECTION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|token| token.trim().eq_ignore_ascii_case("upgrade"))
}

/// Removes the headers that concern one connection only (RFC 9110 7.6.1), keeping
/// `Upgrade` with `Connection: upgrade` when the connection is being upgraded.
fn strip_hop_by_hop(headers: &mut HeaderMap, keep_upgrade: bool) {
    let upgrade = if keep_upgrade {
        headers.get(header::UPGRADE).cloned()
    } else {
        None
    };
    if headers.contains_key(header::CONNECTION) {
        let listed: Vec<HeaderName> = headers
            .get_all(header::CONNECTION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
            .collect();
        for name in listed {
            headers.remove(name);
        }
    }
    for name in [
        header::CONNECTION,
        KEEP_ALIVE,
        PROXY_CONNECTION,
        header::TE,
        header::TRAILER,
        header::TRANSFER_ENCODING,
        header::UPGRADE,
    ] {
        headers.remove(name);
    }
    if let Some(upgrade) = upgrade {
        headers.insert(header::UPGRADE, upgrade);
        headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
    }
}

fn append_via(headers: &mut HeaderMap) {
    let via = match headers.get(header::VIA).and_then(|v| v.to_str().ok()) {
        Some(prior) => HeaderValue::from_str(&format!("{prior}, {VIA}")).ok(),
        None => Some(HeaderValue::from_static(VIA)),
    };
    if let Some(via) = via {
        headers.insert(header::VIA, via);
    }
}
