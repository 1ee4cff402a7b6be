//! The Heroku Platform API v3 client: headers, Request-Id, pagination, errors, retries,
//! timeouts, TLS. It knows only the wire format; it never looks inside the platform.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::debug;
use crate::error::{Error, Result};

const ACCEPT: &str = "application/vnd.heroku+json; version=3";
/// Heroku's largest page: fewer round trips when following Next-Range.
pub const MAX_PAGE: u32 = 1000;
const MAX_RETRIES: u32 = 3;
const MAX_PAGES: usize = 100_000;

pub struct ClientOptions {
    pub base_url: String,
    pub token: Option<String>,
    pub debug: bool,
    pub dry_run: bool,
    /// Print dry-run requests as JSON lines instead of prose.
    pub json: bool,
    /// CA certificates (PEM files) trusted on top of the built-in roots.
    pub extra_ca: Vec<PathBuf>,
}

pub struct Client {
    http: reqwest::Client,
    /// For streams (log tails, build output), which may stay silent for minutes: no read
    /// timeout.
    stream_http: reqwest::Client,
    base: String,
    token: Option<String>,
    debug: bool,
    dry_run: bool,
    json: bool,
    /// The Request-Id of the newest answer, for errors found after it was read (a body of the
    /// wrong shape, say) to name it.
    last_request_id: std::sync::Mutex<Option<String>>,
}

/// A successful answer, kept raw so callers can read headers such as Next-Range.
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub request_id: Option<String>,
}

impl Response {
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| Error::Protocol {
            message: format!("the backend sent a response belt cannot read: {e}"),
            request_id: self.request_id.clone(),
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl Client {
    pub fn new(options: ClientOptions) -> Result<Client> {
        let base = options.base_url.trim_end_matches('/').to_string();
        let url = reqwest::Url::parse(&base)
            .map_err(|e| Error::Usage(format!("invalid API URL {base:?}: {e}")))?;
        let loopback = is_loopback(&url);
        match url.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => {
                return Err(Error::Usage(format!(
                    "refusing plain HTTP to {base}: only loopback addresses may be reached without TLS; use https://"
                )));
            }
            other => {
                return Err(Error::Usage(format!(
                    "unsupported URL scheme {other:?} in {base}"
                )));
            }
        }
        let read_timeout = env_seconds(crate::env::BELT_HTTP_TIMEOUT).unwrap_or(30.0);
        let tls = tls_config(&options.extra_ca, url.scheme() == "https")?;
        let build = |read_timeout: Option<f64>| {
            let mut builder = reqwest::Client::builder()
                .user_agent(concat!("belt/", env!("CARGO_PKG_VERSION")))
                .connect_timeout(Duration::from_secs(10))
                .tls_backend_preconfigured(tls.clone());
            if let Some(seconds) = read_timeout {
                builder = builder.read_timeout(Duration::from_secs_f64(seconds));
            }
            if loopback {
                // A proxy from the environment must not capture traffic to this machine.
                builder = builder.no_proxy();
            }
            builder
                .build()
                .map_err(|e| Error::Failed(format!("cannot set up the HTTP client: {e}")))
        };
        let http = build(Some(read_timeout))?;
        let stream_http = build(None)?;
        Ok(Client {
            http,
            stream_http,
            base,
            token: options.token,
            debug: options.debug,
            dry_run: options.dry_run,
            json: options.json,
            last_request_id: std::sync::Mutex::new(None),
        })
    }

    /// The Request-Id of the newest answer received.
    pub fn last_request_id(&self) -> Option<String> {
        // Only ever holds a whole value, so a poisoned lock is still right.
        self.last_request_id
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// The API key this client sends, for `auth:token` and the git credential helper.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.send(Method::GET, path, None, &[]).await?.decode()
    }

    pub async fn post<T: DeserializeOwned>(&self, path: &str, body: &Value) -> Result<T> {
        self.send(Method::POST, path, Some(body), &[])
            .await?
            .decode()
    }

    pub async fn patch<T: DeserializeOwned>(&self, path: &str, body: &Value) -> Result<T> {
        self.send(Method::PATCH, path, Some(body), &[])
            .await?
            .decode()
    }

    pub async fn delete<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.send(Method::DELETE, path, None, &[]).await?.decode()
    }

    /// GETs every page of a list, following `Next-Range` until the last one.
    /// `range` is the first page's Range header, e.g. `name ..; max=1000`.
    pub async fn list<T: DeserializeOwned>(&self, path: &str, range: &str) -> Result<Vec<T>> {
        self.list_with(path, Some(range), &[], None).await
    }

    /// A list's items, page after page as the backend's `Next-Range` says, each page asked
    /// with `headers` too (`Accept-Expansion`), until the last page or `limit` items. Without
    /// a `range`, the first page is the backend's default (its order, 200 items on Heroku),
    /// as the official CLI asks for most lists.
    pub async fn list_with<T: DeserializeOwned>(
        &self,
        path: &str,
        range: Option<&str>,
        headers: &[(&str, String)],
        limit: Option<usize>,
    ) -> Result<Vec<T>> {
        let mut items = Vec::new();
        let mut range = range.map(str::to_string);
        for _ in 0..MAX_PAGES {
            let mut page_headers = headers.to_vec();
            if let Some(range) = &range {
                page_headers.push(("Range", range.clone()));
            }
            let response = self.send(Method::GET, path, None, &page_headers).await?;
            items.extend(response.decode::<Vec<T>>()?);
            if let Some(limit) = limit
                && items.len() >= limit
            {
                items.truncate(limit);
                return Ok(items);
            }
            let next = match (response.status, response.header("Next-Range")) {
                (StatusCode::PARTIAL_CONTENT, Some(next)) => next.to_string(),
                _ => return Ok(items),
            };
            if range.as_deref() == Some(next.as_str()) {
                return Err(Error::Protocol {
                    message: format!("the backend repeated the page range {next:?}"),
                    request_id: response.request_id,
                });
            }
            range = Some(next);
        }
        Err(Error::Protocol {
            message: format!("gave up listing {path} after {MAX_PAGES} pages"),
            request_id: None,
        })
    }

    /// Sends one request, retrying idempotent ones on 429/502/503/504 and connection failures.
    /// Non-2xx answers become `Error::Api`.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
    ) -> Result<Response> {
        refuse_dot_segments(path)?;
        if self.dry_run && !matches!(method, Method::GET | Method::HEAD) {
            let url = format!("{}{}", self.base, path);
            debug::print_dry_run(&method, &url, body, self.json);
            return Err(Error::DryRun);
        }
        self.send_even_in_dry_run(method, path, body, headers).await
    }

    /// A POST that changes nothing (it opens a log session), so `--dry-run` still sends it.
    pub async fn post_readonly<T: DeserializeOwned>(&self, path: &str, body: &Value) -> Result<T> {
        self.send_even_in_dry_run(Method::POST, path, Some(body), &[])
            .await?
            .decode()
    }

    /// Opens a stream at an absolute URL (a log session's `logplex_url`, a build's
    /// `output_stream_url`) with `headers` (Accept, Last-Event-ID, Range). No API key is
    /// sent: such URLs carry their own secret and may be on another host. The stream has no
    /// idle timeout: a log tail may stay silent for minutes.
    pub async fn open_stream(&self, url: &str, headers: &[(&str, String)]) -> Result<ByteStream> {
        let protocol_error = |message: String| Error::Protocol {
            message,
            request_id: None,
        };
        let parsed = reqwest::Url::parse(url)
            .map_err(|e| protocol_error(format!("the backend sent an invalid stream URL: {e}")))?;
        if !(parsed.scheme() == "https" || parsed.scheme() == "http" && is_loopback(&parsed)) {
            return Err(protocol_error(format!(
                "refusing to stream from {}: only https:// or a loopback address is allowed",
                parsed.origin().ascii_serialization()
            )));
        }
        let mut request = self.stream_http.get(parsed);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        if self.debug {
            debug::note(&format!(
                "streaming {} {headers:?}",
                redact_query_secret(url)
            ));
        }
        let network_error = |e: reqwest::Error| Error::Network {
            message: describe_transport_error(url, &e),
            request_id: None,
        };
        let response = request.send().await.map_err(network_error)?;
        let status = response.status();
        if !status.is_success() {
            let headers = response.headers().clone();
            let body = response.bytes().await.map_err(network_error)?.to_vec();
            return Err(check_status(Response {
                status,
                request_id: None,
                headers,
                body,
            })
            .err()
            .unwrap_or(Error::Failed(format!("the stream answered {status}"))));
        }
        let headers = response.headers();
        let chunked = headers
            .get_all(reqwest::header::TRANSFER_ENCODING)
            .iter()
            .any(|v| {
                v.to_str()
                    .is_ok_and(|v| v.to_ascii_lowercase().contains("chunked"))
            });
        let close_delimited = !chunked && !headers.contains_key(reqwest::header::CONTENT_LENGTH);
        Ok(ByteStream {
            response,
            url: url.to_string(),
            close_delimited,
        })
    }

    /// GETs an absolute URL (on the host this client is for) with `Authorization: Bearer
    /// {bearer}`, for an answer the server may hold back for minutes: the browser login's long
    /// poll, which has no idle timeout (the caller bounds it). Non-2xx answers become
    /// `Error::Api`, for the caller to decide on a retry.
    pub async fn get_held(&self, url: &str, bearer: &str) -> Result<Response> {
        if self.debug {
            debug::print_request(&Method::GET, url, &[], None, Some(bearer));
        }
        let started = Instant::now();
        let request = self
            .stream_http
            .get(url)
            .header("Accept", ACCEPT)
            .bearer_auth(bearer);
        let response = read_whole(url, request).await?;
        if self.debug {
            debug::print_response(
                response.status,
                &response.headers,
                &response.body,
                started.elapsed(),
                Some(bearer),
            );
        }
        check_status(response)
    }

    /// What `--dry-run` prints for a request a command would send (for steps that are not a
    /// plain API call, such as an upload); `target` is an API path or an absolute URL.
    pub fn print_dry_run(&self, method: Method, target: &str, body: Option<&Value>) {
        let url = if target.starts_with('/') {
            format!("{}{target}", self.base)
        } else {
            target.to_string()
        };
        debug::print_dry_run(&method, &url, body, self.json);
    }

    /// PUTs `data` to an absolute URL that carries its own secret (a source's `put_url`), with
    /// no API key, calling `progress` with the bytes sent so far.
    pub async fn put_blob(
        &self,
        url: &str,
        data: Vec<u8>,
        progress: impl Fn(u64) + Send + Sync + 'static,
    ) -> Result<()> {
        const CHUNK: usize = 64 * 1024;
        let length = data.len();
        let data = Arc::new(data);
        let chunks = futures_util::stream::iter((0..length).step_by(CHUNK).map(move |start| {
            let end = (start + CHUNK).min(length);
            progress(end as u64);
            Ok::<_, std::io::Error>(data[start..end].to_vec())
        }));
        if self.debug {
            debug::note(&format!(
                "PUT {} ({length} bytes)",
                redact_query_secret(url)
            ));
        }
        // A presigned S3 URL signs an empty Content-Type and carries its own credentials:
        // S3 answers 403 SignatureDoesNotMatch to a Content-Type or an Authorization header.
        let request = self
            .http
            .put(url)
            .header("Content-Length", length)
            .body(reqwest::Body::wrap_stream(chunks));
        check_status(read_whole(url, request).await?).map(|_| ())
    }

    /// [`Client::send`] without the dry-run guard.
    async fn send_even_in_dry_run(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
    ) -> Result<Response> {
        let response = self.send_retrying(&method, path, body, headers).await?;
        self.second_factor(response, &method, path, body, headers)
            .await
    }

    /// Heroku answers `two_factor` (403) to some requests of an account with a second factor.
    /// On a terminal the code is asked for and the request repeated once, as the official CLI
    /// does: after `PUT /apps/{app}/pre-authorizations` when the error names an app, else with
    /// the code in `Heroku-Two-Factor-Code`. Elsewhere the error stands.
    async fn second_factor(
        &self,
        response: Response,
        method: &Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
    ) -> Result<Response> {
        use std::io::IsTerminal;
        // Only an error's body is read here: a successful answer is decoded once, by its caller.
        if response.status.is_success() {
            return Ok(response);
        }
        let error: Value = serde_json::from_slice(&response.body).unwrap_or_default();
        let asked = headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("Heroku-Two-Factor-Code"));
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        if error["id"] != "two_factor" || asked || !terminal {
            return check_status(response);
        }
        let code = (
            "Heroku-Two-Factor-Code",
            crate::auth::login::prompt("Two-factor code: ", true)?,
        );
        let retried = match error["app"]["name"].as_str() {
            Some(app) => {
                let preauth = format!("/apps/{}/pre-authorizations", super::seg(app));
                let code = [code];
                let answer = self.send_retrying(&Method::PUT, &preauth, None, &code);
                check_status(answer.await?)?;
                self.send_retrying(method, path, body, headers).await?
            }
            None => {
                let headers = [headers, &[code]].concat();
                self.send_retrying(method, path, body, &headers).await?
            }
        };
        check_status(retried)
    }

    /// Sends one request, retrying idempotent ones; the answer, whatever its status.
    async fn send_retrying(
        &self,
        method: &Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
    ) -> Result<Response> {
        refuse_dot_segments(path)?;
        let url = format!("{}{}", self.base, path);
        let idempotent = matches!(
            *method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        let mut attempt = 0;
        loop {
            let request_id = uuid::Uuid::new_v4().to_string();
            let outcome = self
                .send_once(method, &url, body, headers, &request_id)
                .await;
            let retry_after = match &outcome {
                Ok(r) if is_retryable(r.status) => Some(retry_after(&r.headers)),
                Err(Error::Network { .. }) => Some(None),
                _ => None,
            };
            match retry_after {
                Some(wait) if idempotent && attempt < MAX_RETRIES => {
                    let delay = wait.unwrap_or_else(|| backoff(attempt));
                    if self.debug {
                        debug::note(&format!("retrying in {} ms", delay.as_millis()));
                    }
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                _ => return outcome,
            }
        }
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &str,
        body: Option<&Value>,
        headers: &[(&str, String)],
        request_id: &str,
    ) -> Result<Response> {
        let mut request = self
            .http
            .request(method.clone(), url)
            .header("Accept", ACCEPT)
            .header("Request-Id", request_id);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        if self.debug {
            debug::print_request(method, url, headers, body, self.token.as_deref());
        }
        let started = Instant::now();
        let network_error = |e: reqwest::Error| Error::Network {
            message: describe_transport_error(url, &e),
            request_id: Some(request_id.to_string()),
        };
        let response = request.send().await.map_err(|e| {
            // Not a network failure: asking again cannot change the certificate, so this is
            // not retried, and the hint says how to trust the right CA.
            if is_certificate_error(&e) {
                Error::Failed(format!(
                    "{}\n  The server's certificate is not trusted: give its CA with `belt accounts:add --ca-cert FILE` or SSL_CERT_FILE.",
                    describe_transport_error(url, &e)
                ))
            } else {
                network_error(e)
            }
        })?;
        let status = response.status();
        let response_headers = response.headers().clone();
        let body = response.bytes().await.map_err(network_error)?.to_vec();
        let request_id = response_headers
            .get("Request-Id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or(Some(request_id.to_string()));
        *self
            .last_request_id
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = request_id.clone();
        if self.debug {
            debug::print_response(
                status,
                &response_headers,
                &body,
                started.elapsed(),
                self.token.as_deref(),
            );
        }
        Ok(Response {
            status,
            headers: response_headers,
            body,
            request_id,
        })
    }
}

/// Sends `request` to `url`, a URL outside the API (no request id), and reads its whole answer.
async fn read_whole(url: &str, request: reqwest::RequestBuilder) -> Result<Response> {
    let network_error = |e: reqwest::Error| Error::Network {
        message: describe_transport_error(url, &e),
        request_id: None,
    };
    let response = request.send().await.map_err(network_error)?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(network_error)?.to_vec();
    Ok(Response {
        status,
        headers,
        body,
        request_id: None,
    })
}

/// A response body read as it arrives.
pub struct ByteStream {
    response: reqwest::Response,
    url: String,
    /// The body has neither a length nor chunks: the connection's end is its end.
    close_delimited: bool,
}

impl ByteStream {
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    /// Whether the answer is Server-Sent Events (else it is read as plain text).
    pub fn is_event_stream(&self) -> bool {
        self.response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("text/event-stream"))
    }

    /// The next piece of the body, `None` once the server has ended it. A body that ends
    /// with its connection has ended also when TLS closed without close_notify (Node and
    /// curl read it so); a chunked or sized body cut short is a network error.
    pub async fn chunk(&mut self) -> Result<Option<impl AsRef<[u8]> + use<>>> {
        match self.response.chunk().await {
            Ok(chunk) => Ok(chunk),
            Err(e) if self.close_delimited && is_unexpected_eof(&e) => Ok(None),
            Err(e) => Err(Error::Network {
                message: describe_transport_error(&self.url, &e),
                request_id: None,
            }),
        }
    }
}

/// Whether the connection ended under the body: rustls reports a TCP close without
/// close_notify as an unexpected end of file.
fn is_unexpected_eof(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        if s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::UnexpectedEof)
        {
            return true;
        }
        source = s.source();
    }
    false
}

fn check_status(response: Response) -> Result<Response> {
    if response.status.is_success() {
        return Ok(response);
    }
    #[derive(serde::Deserialize)]
    struct ErrorBody {
        id: Option<String>,
        message: Option<String>,
        resource: Option<String>,
    }
    let status = response.status.as_u16();
    let parsed: Option<ErrorBody> = serde_json::from_slice(&response.body).ok();
    let (id, message, resource) = match parsed {
        Some(ErrorBody {
            id,
            message: Some(message),
            resource,
        }) => (
            id.unwrap_or_else(|| format!("http_{status}")),
            message,
            resource,
        ),
        _ => (
            format!("http_{status}"),
            format!(
                "the backend answered {} {}",
                status,
                response.status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
            None,
        ),
    };
    Err(Error::Api {
        status,
        id,
        message,
        resource,
        request_id: response.request_id,
    })
}

fn is_retryable(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// `Retry-After` in seconds, capped so a hostile server cannot park belt for hours.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds: f64 = headers
        .get("Retry-After")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(30.0)))
}

/// Exponential backoff with full jitter: 0..(250 ms * 2^attempt).
fn backoff(attempt: u32) -> Duration {
    let ceiling = 250u64 << attempt.min(6);
    Duration::from_millis(rand::random_range(ceiling / 2..=ceiling))
}

fn describe_transport_error(url: &str, e: &reqwest::Error) -> String {
    let host = reqwest::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_string(),
            })
        })
        .unwrap_or_else(|| url.to_string());
    let mut cause = String::new();
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    let what = if e.is_timeout() {
        "timed out waiting for".to_string()
    } else if e.is_connect() {
        "could not connect to".to_string()
    } else {
        "lost the connection to".to_string()
    };
    if cause.is_empty() {
        format!("{what} {host}")
    } else {
        format!("{what} {host}: {cause}")
    }
}

/// A secret URL's origin only, for debug output.
fn redact_query_secret(url: &str) -> String {
    reqwest::Url::parse(url)
        .map(|u| format!("{}/...", u.origin().ascii_serialization()))
        .unwrap_or_else(|_| "<url>".into())
}

/// Whether TLS refused the server's certificate. The connector boxes rustls' error out of
/// reach of a downcast, so this reads its message (`rustls::Error::InvalidCertificate`'s).
fn is_certificate_error(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        if s.to_string().starts_with("invalid peer certificate") {
            return true;
        }
        source = s.source();
    }
    false
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn env_seconds(var: crate::env::Var) -> Option<f64> {
    var.get()?
        .parse()
        .ok()
        .filter(|s: &f64| s.is_finite() && *s > 0.0)
}

/// The rustls configuration: Mozilla's roots plus any extra CA (an account's, `SSL_CERT_FILE`).
/// Plain-HTTP backends skip loading roots, which keeps the embedded default fast.
pub(crate) fn tls_config(extra_ca: &[PathBuf], https: bool) -> Result<rustls::ClientConfig> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;

    let mut roots = rustls::RootCertStore::empty();
    if https {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let env_ca = crate::env::SSL_CERT_FILE.get_os().map(PathBuf::from);
        for path in extra_ca.iter().chain(env_ca.iter()) {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
                .map_err(|e| Error::Config {
                    path: path.clone(),
                    message: format!("cannot read CA certificates: {e}"),
                })?;
            if certs.is_empty() {
                return Err(Error::Config {
                    path: path.clone(),
                    message: "no PEM certificates found in this CA file".into(),
                });
            }
            for cert in certs {
                roots.add(cert).map_err(|e| Error::Config {
                    path: path.clone(),
                    message: format!("invalid CA certificate: {e}"),
                })?;
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Failed(format!("TLS setup failed: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

/// A name of `.` or `..` survives percent-encoding (URLs treat `%2E%2E` as `..` too) and would
/// move the request: `addons -a ..` would ask for `/addons`, every add-on of the account.
fn refuse_dot_segments(path: &str) -> Result<()> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    match path.split('/').find(|s| is_dot_segment(s)) {
        Some(segment) => Err(Error::Usage(format!(
            "`{}` is not a valid name here.",
            segment.replace("%2E", ".").replace("%2e", ".")
        ))),
        None => Ok(()),
    }
}

fn is_dot_segment(segment: &str) -> bool {
    matches!(
        segment.to_ascii_lowercase().as_str(),
        "." | ".." | "%2e" | ".%2e" | "%2e." | "%2e%2e"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn plain_http_only_to_loopback() {
        let options = |url: &str| ClientOptions {
            base_url: url.into(),
            token: None,
            debug: false,
            dry_run: false,
            json: false,
            extra_ca: vec![],
        };
        assert!(Client::new(options("http://127.0.0.1:5000")).is_ok());
        assert!(Client::new(options("http://localhost:5000")).is_ok());
        assert!(Client::new(options("http://[::1]:5000")).is_ok());
        assert!(matches!(
            Client::new(options("http://api.example.com")),
            Err(Error::Usage(_))
        ));
        assert!(Client::new(options("https://api.example.com")).is_ok());
    }

    #[test]
    fn retry_after_is_capped_and_parsed() {
        let mut headers = HeaderMap::new();
        headers.insert("Retry-After", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert("Retry-After", HeaderValue::from_static("99999"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(30)));
        headers.insert("Retry-After", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn backoff_grows_within_bounds() {
        for attempt in 0..5 {
            let d = backoff(attempt).as_millis() as u64;
            let ceiling = 250u64 << attempt;
            assert!(d >= ceiling / 2 && d <= ceiling, "{attempt}: {d}");
        }
    }
}
