//! The recording proxy in front of `belt serve`: every exchange, request and answer, for the checker.

use super::*;

#[derive(Clone)]
struct Proxy {
    upstream: String,
    http: reqwest::Client,
    log: Arc<Mutex<Vec<Exchange>>>,
}

/// Serves a loopback reverse proxy to `server` that records every exchange in `log`. It
/// speaks HTTPS with the server's own certificate, so belt treats it as it would the server.
pub(super) async fn start_proxy(
    server: &crate::harness::Server,
    log: Arc<Mutex<Vec<Exchange>>>,
) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "https://localhost:{}",
        listener.local_addr().unwrap().port()
    );
    let state = Proxy {
        upstream: server.url.clone(),
        http: crate::harness::http_client_trusting(&server.ca),
        log,
    };
    let app = axum::Router::new().fallback(forward).with_state(state);
    let tls = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(server_tls(server)));
    let proxy = axum_server::tls_rustls::from_tcp_rustls(listener, tls).unwrap();
    tokio::spawn(async move { proxy.serve(app.into_make_service()).await });
    url
}

/// The TLS configuration of `belt serve`, from its data directory.
fn server_tls(server: &crate::harness::Server) -> rustls::ServerConfig {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let tls = server.data_dir.join("tls");
    let certs = CertificateDer::pem_file_iter(tls.join("server.pem"))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(tls.join("server-key.pem")).unwrap();
    rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap()
}

async fn forward(State(proxy): State<Proxy>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let request_body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut request_headers = parts.headers.clone();
    request_headers.remove(header::HOST);
    let upstream = proxy
        .http
        .request(
            parts.method.clone(),
            format!("{}{path_and_query}", proxy.upstream),
        )
        .headers(request_headers)
        .body(request_body.clone())
        .send()
        .await
        .expect("upstream answers");
    let status = upstream.status();
    let mut headers = upstream.headers().clone();
    for hop in [header::TRANSFER_ENCODING, header::CONNECTION] {
        headers.remove(hop);
    }
    let streamed = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/event-stream"));
    let (response_body, body) = if streamed {
        (None, Body::from_stream(upstream.bytes_stream()))
    } else {
        let bytes = upstream.bytes().await.expect("upstream body");
        (Some(bytes.clone()), Body::from(bytes))
    };
    proxy.log.lock().unwrap().push(Exchange {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        range: header_text(&parts.headers, "Range"),
        expansion: header_text(&parts.headers, "Accept-Expansion"),
        request_body,
        status: status.as_u16(),
        response_body,
    });
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}
