//! The Heroku Platform API v3 client: headers, Request-Id, pagination, errors, retries,
//! timeouts, TLS. It knows only the wire format; it never looks inside the platform.

mod stream;
mod transport;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::debug::{self, Trace};
use super::planned::{Planned, PlannedSink};
use crate::error::{Error, Result};
pub use stream::ByteStream;
pub(crate) use transport::tls_config;
use transport::{
    backoff, check_status, describe_transport_error, env_seconds, is_certificate_error,
    is_loopback, is_retryable, refuse_dot_segments, retry_after,
};

const ACCEPT: &str = "application/vnd.heroku+json; version=3";
/// Heroku's largest page: fewer round trips when following Next-Range.
pub const MAX_PAGE: u32 = 1000;
const MAX_RETRIES: u32 = 3;
const MAX_PAGES: usize = 100_000;

pub struct ClientOptions {
    pub base_url: String,
    pub token: Option<String>,
    /// With `--debug`: where each request and response is traced (Output's stderr).
    pub debug: Option<Trace>,
    /// With `--dry-run`: where a change the client does not send is listed (Output's stdout).
    pub dry_run: Option<PlannedSink>,
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
    debug: Option<Trace>,
    dry_run: Option<PlannedSink>,
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

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
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

    /// Whether the API is on this machine (the embedded platform, `belt serve` on loopback).
    pub fn on_this_machine(&self) -> bool {
        reqwest::Url::parse(&self.base).is_ok_and(|url| is_loopback(&url))
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
        if let Some(listing) = &self.dry_run
            && !matches!(method, Method::GET | Method::HEAD)
        {
            listing(&self.planned(method, path, body));
            return Err(Error::DryRun);
        }
        self.send_even_in_dry_run(method, path, body, headers).await
    }

    /// A POST that changes nothing (it opens a log session), so `--dry-run` still sends it.
    pub async fn post_readonly<T: DeserializeOwned>(&self, path: &str, body: &Value) -> Result<T> {
        self.post_readonly_with(path, body, &[]).await
    }

    /// [`Client::post_readonly`] with `headers`: a search (`/filters/apps`) is a POST too.
    pub async fn post_readonly_with<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &Value,
        headers: &[(&str, String)],
    ) -> Result<T> {
        self.send_even_in_dry_run(Method::POST, path, Some(body), headers)
            .await?
            .decode()
    }

    /// A request as `--dry-run` lists it (its body's secrets redacted); `target` is an API
    /// path or an absolute URL (an upload's).
    pub fn planned(&self, method: Method, target: &str, body: Option<&Value>) -> Planned {
        let url = if target.starts_with('/') {
            format!("{}{target}", self.base)
        } else {
            target.to_string()
        };
        Planned::new(method, url, body)
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
            crate::output::ask(&mut std::io::stderr(), "Two-factor code: ", true)?,
        );
        let retried = match error["app"]["name"].as_str() {
            Some(app) => {
                let preauth = super::endpoints::pre_authorizations_path(app);
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
                    if let Some(trace) = &self.debug {
                        debug::note(trace, &format!("retrying in {} ms", delay.as_millis()));
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
            .header("Request-Id", request_id);
        // One Accept: a call's own variant (`version=3.pipelines`) replaces the default, as a
        // second header would leave the API to pick between them.
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("accept"))
        {
            request = request.header("Accept", ACCEPT);
        }
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
        if let Some(trace) = &self.debug {
            debug::print_request(trace, method, url, headers, body, self.token.as_deref());
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
        if let Some(trace) = &self.debug {
            debug::print_response(
                trace,
                url,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback() {
        let options = |url: &str| ClientOptions {
            base_url: url.into(),
            token: None,
            debug: None,
            dry_run: None,
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
}
