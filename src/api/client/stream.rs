//! Requests outside the API's paths, to absolute URLs that carry their own secret: streams
//! (a log session's, a build's output), the upload of a source tarball, and the browser
//! login's long poll.

use std::sync::Arc;
use std::time::Instant;

use reqwest::{Method, StatusCode};

use super::transport::{check_status, describe_transport_error, is_loopback, redact_query_secret};
use super::{ACCEPT, Client, Response, debug};
use crate::error::{Error, Result};

impl Client {
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
        if let Some(trace) = &self.debug {
            debug::note(
                trace,
                &format!("streaming {} {headers:?}", redact_query_secret(url)),
            );
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
        if let Some(trace) = &self.debug {
            debug::print_request(trace, &Method::GET, url, &[], None, Some(bearer));
        }
        let started = Instant::now();
        let request = self
            .stream_http
            .get(url)
            .header("Accept", ACCEPT)
            .bearer_auth(bearer);
        let response = read_whole(url, request).await?;
        if let Some(trace) = &self.debug {
            debug::print_response(
                trace,
                url,
                response.status,
                &response.headers,
                &response.body,
                started.elapsed(),
                Some(bearer),
            );
        }
        check_status(response)
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
        if let Some(trace) = &self.debug {
            debug::note(
                trace,
                &format!("PUT {} ({length} bytes)", redact_query_secret(url)),
            );
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
