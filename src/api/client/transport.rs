//! What every request shares: reading an error answer, when and how long to wait before a
//! retry, describing a transport failure, TLS roots, and the checks on URLs and paths.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::Response;
use crate::error::{Error, Result};

pub(super) fn check_status(response: Response) -> Result<Response> {
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

pub(super) fn is_retryable(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// `Retry-After` in seconds, capped so a hostile server cannot park belt for hours.
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
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
pub(super) fn backoff(attempt: u32) -> Duration {
    let ceiling = 250u64 << attempt.min(6);
    Duration::from_millis(rand::random_range(ceiling / 2..=ceiling))
}

pub(super) fn describe_transport_error(url: &str, e: &reqwest::Error) -> String {
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
pub(super) fn redact_query_secret(url: &str) -> String {
    reqwest::Url::parse(url)
        .map(|u| format!("{}/...", u.origin().ascii_serialization()))
        .unwrap_or_else(|_| "<url>".into())
}

/// Whether TLS refused the server's certificate. The connector boxes rustls' error out of
/// reach of a downcast, so this reads its message (`rustls::Error::InvalidCertificate`'s).
pub(super) fn is_certificate_error(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = source {
        if s.to_string().starts_with("invalid peer certificate") {
            return true;
        }
        source = s.source();
    }
    false
}

pub(super) fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

pub(super) fn env_seconds(var: crate::env::Var) -> Option<f64> {
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
pub(super) fn refuse_dot_segments(path: &str) -> Result<()> {
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
