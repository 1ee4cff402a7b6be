//! A stand-in HTTPS server for what `belt serve` cannot show: real Heroku hosts that drop a
//! stream mid-way, stay silent for minutes, or end a connection without TLS close_notify.
//! Each request goes to the test's handler with the connection, which it writes raw HTTP to;
//! dropping the connection closes the TCP socket without close_notify, as such servers do.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

/// A request as the stand-in read it: method, path (with query), headers and body.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header of this name (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_default()
    }
}

pub type Conn = tokio_rustls::server::TlsStream<TcpStream>;
type Handler =
    dyn Fn(Request, Conn) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync + 'static;

pub struct StandIn {
    pub url: String,
    /// The CA certificate (PEM) belt must trust, for `SSL_CERT_FILE`.
    pub ca: PathBuf,
    /// Every request received, in order.
    pub requests: Arc<Mutex<Vec<Request>>>,
    runtime: tokio::runtime::Runtime,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        // Connections still open (a silent stream) must not keep the runtime waiting.
        let runtime = std::mem::replace(
            &mut self.runtime,
            tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap(),
        );
        runtime.shutdown_background();
    }
}

impl StandIn {
    /// Starts on a loopback port, writing its CA to `dir`.
    pub fn start(
        dir: &std::path::Path,
        handler: impl Fn(Request, Conn) -> Pin<Box<dyn Future<Output = ()> + Send>>
        + Send
        + Sync
        + 'static,
    ) -> StandIn {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let (acceptor, ca) = tls_acceptor(dir);
        let listener = runtime.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
        let url = format!(
            "https://127.0.0.1:{}",
            listener.local_addr().unwrap().port()
        );
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = requests.clone();
        runtime.spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let (acceptor, handler, log) = (acceptor.clone(), handler.clone(), log.clone());
                tokio::spawn(async move {
                    let Ok(mut conn) = acceptor.accept(tcp).await else {
                        return;
                    };
                    if let Some(request) = read_request(&mut conn).await {
                        log.lock().unwrap().push(request.clone());
                        handler(request, conn).await;
                    }
                });
            }
        });
        StandIn {
            url,
            ca,
            requests,
            runtime,
        }
    }

    /// The requests received for paths starting with `prefix`.
    pub fn requests_to(&self, prefix: &str) -> Vec<Request> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path.starts_with(prefix))
            .cloned()
            .collect()
    }
}

/// TLS for 127.0.0.1 with a certificate of a new CA, whose PEM it writes to
/// `dir/stand-in-ca.pem` (returned, for `SSL_CERT_FILE`): for a stand-in that speaks more than
/// HTTP over it, too.
pub fn tls_acceptor(dir: &std::path::Path) -> (TlsAcceptor, PathBuf) {
    tls_acceptor_for(dir, "127.0.0.1")
}

/// [`tls_acceptor`] with a certificate for `host` (a real host's name, for a stand-in a
/// proxy tunnels to).
pub fn tls_acceptor_for(dir: &std::path::Path, host: &str) -> (TlsAcceptor, PathBuf) {
    let (config, ca_pem) = tls(host);
    std::fs::create_dir_all(dir).unwrap();
    let ca = dir.join("stand-in-ca.pem");
    std::fs::write(&ca, ca_pem).unwrap();
    (TlsAcceptor::from(Arc::new(config)), ca)
}

/// A self-signed CA and a certificate it issued for `host`.
fn tls(host: &str) -> (tokio_rustls::rustls::ServerConfig, String) {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    // A name of its own: OpenSSL (Node) takes a certificate whose issuer is its own subject
    // for a self-signed one, and rcgen names both alike by default.
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "belt stand-in CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, &ca_key);
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec![host.to_string()])
        .unwrap()
        .signed_by(&key, &issuer)
        .unwrap();
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
        .unwrap();
    (config, ca_cert.pem())
}

pub async fn read_request(conn: &mut Conn) -> Option<Request> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 4096];
    let head_end = loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break end;
        }
        let n = conn.read(&mut byte).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&byte[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = conn.read(&mut byte).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&byte[..n]);
    }
    Some(Request {
        method,
        path,
        headers,
        body,
    })
}

/// Writes a whole answer with a length, keeping the connection's end to the caller.
pub async fn respond(conn: &mut Conn, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = conn.write_all(head.as_bytes()).await;
    let _ = conn.write_all(body).await;
    let _ = conn.flush().await;
}

/// A JSON answer.
pub async fn json(conn: &mut Conn, status: &str, body: serde_json::Value) {
    respond(
        conn,
        status,
        "application/json",
        body.to_string().as_bytes(),
    )
    .await;
}

/// The head of a chunked answer; then [`chunk`] its pieces.
pub async fn chunked_head(conn: &mut Conn, status: &str, content_type: &str) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    let _ = conn.write_all(head.as_bytes()).await;
    let _ = conn.flush().await;
}

pub async fn chunk(conn: &mut Conn, data: &[u8]) {
    let _ = conn
        .write_all(format!("{:x}\r\n", data.len()).as_bytes())
        .await;
    let _ = conn.write_all(data).await;
    let _ = conn.write_all(b"\r\n").await;
    let _ = conn.flush().await;
}

/// The head of an answer whose end is the connection's (no length, no chunks).
pub async fn until_close_head(conn: &mut Conn, status: &str, content_type: &str) {
    let head =
        format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nConnection: close\r\n\r\n");
    let _ = conn.write_all(head.as_bytes()).await;
    let _ = conn.flush().await;
}

pub async fn write(conn: &mut Conn, data: &[u8]) {
    let _ = conn.write_all(data).await;
    let _ = conn.flush().await;
}
