//! Hostile input to the platform: oversized bodies, deep JSON, wrong types, unknown fields,
//! path traversal in names, header floods and a slowloris client. Every answer is a 4xx
//! (JSON where the API answers at all), memory stays bounded, and the server keeps serving
//! everyone else.

use std::sync::Arc;
use std::time::Duration;

use crate::harness::{Sandbox, Server, run_guarded};
use reqwest::StatusCode;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Sends one request to the in-process platform; returns (status, JSON body or Null).
async fn send(
    http: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    token: &str,
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let response = http
        .request(method, url)
        .bearer_auth(token)
        .header("Accept", "application/vnd.heroku+json; version=3")
        .header("Content-Type", "application/json")
        .body(body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    let bytes = response.bytes().await.expect("the answer's body");
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[test]
fn hostile_bodies_and_names_get_json_client_errors() {
    let sb = Sandbox::new();
    let runtime = crate::harness::runtime();
    let embedded = runtime
        .block_on(belt_platform::start_embedded(
            &sb.data_dir().join("platform"),
        ))
        .unwrap();
    let http = crate::harness::http_client();
    let base = embedded.url.clone();
    let token = embedded.token.clone();
    use reqwest::Method as M;
    let deep = |n: usize| -> Vec<u8> { "[".repeat(n).into_bytes() };
    let mut deep_field = br#"{"name": "#.to_vec();
    deep_field.extend(deep(100_000));
    let long = "a".repeat(10_000);
    let cases: Vec<(M, String, Vec<u8>, &[u16])> = vec![
        (M::POST, "/apps".into(), deep(100_000), &[400]),
        (M::POST, "/apps".into(), deep_field, &[400]),
        (
            M::PATCH,
            "/apps/real/config-vars".into(),
            deep(100_000),
            &[400],
        ),
        // Valid JSON of the wrong type: Heroku's 422 invalid_params, naming the field.
        (M::POST, "/apps".into(), br#"{"name": 5}"#.to_vec(), &[422]),
        (
            M::POST,
            "/apps".into(),
            br#"{"name": ["x"]}"#.to_vec(),
            &[422],
        ),
        (M::POST, "/apps".into(), b"\xff\xfe{".to_vec(), &[400]),
        (
            M::PATCH,
            "/apps/real/config-vars".into(),
            br#"{"A": {"b": 1}}"#.to_vec(),
            &[400, 422],
        ),
        (
            M::PATCH,
            "/apps/real/config-vars".into(),
            br#"["A"]"#.to_vec(),
            &[422],
        ),
        (
            M::POST,
            "/apps".into(),
            br#"{"name": "../../evil"}"#.to_vec(),
            &[422],
        ),
        (
            M::POST,
            "/apps".into(),
            format!(r#"{{"name": "{long}"}}"#).into_bytes(),
            &[422],
        ),
        (
            M::PATCH,
            "/apps/real".into(),
            br#"{"name": "..%2F..%2Fevil"}"#.to_vec(),
            &[422],
        ),
        (
            M::GET,
            "/apps/..%2F..%2Fetc%2Fpasswd".into(),
            vec![],
            &[404],
        ),
        (M::GET, "/apps/real%00".into(), vec![], &[404]),
        (M::GET, "/apps/%2e%2e/config-vars".into(), vec![], &[404]),
        (M::GET, format!("/apps/{long}"), vec![], &[404]),
        (
            M::GET,
            "/apps/real/addons/..%2F..%2Faccount".into(),
            vec![],
            &[404],
        ),
        (
            M::DELETE,
            "/apps/real/addons/%00".into(),
            vec![],
            &[404, 405],
        ),
        (M::GET, "/apps/real/releases".into(), vec![], &[200]),
    ];
    runtime.block_on(async {
        let (status, _) = send(
            &http,
            M::POST,
            format!("{base}/apps"),
            &token,
            br#"{"name": "real", "unknown_field": {"deep": [1, 2]}}"#.to_vec(),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "unknown fields are ignored");
        // An oversized body is refused from its Content-Length, before it is read: the
        // request is written by hand so the answer is read while most of the body is unsent
        // (a client still writing it may see the connection reset instead of the answer).
        let answer = oversized_post(&base, &token, 2 << 20).await;
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
        assert!(answer.contains("\"id\""), "{answer}");
        for (method, path, body, expected) in cases {
            let what = format!("{method} {}", &path[..path.len().min(60)]);
            let (status, json) = send(&http, method, format!("{base}{path}"), &token, body).await;
            assert!(
                expected.contains(&status.as_u16()),
                "{what}: {status} {json}"
            );
            if !status.is_success() {
                assert!(
                    json["id"].is_string() && json["message"].is_string(),
                    "{what}: {json}"
                );
            }
        }
    });
    // Nothing was created outside the platform's own directories.
    let mut top: Vec<String> = std::fs::read_dir(sb.root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    top.sort();
    assert_eq!(top, ["config", "data", "home", "work"]);
    assert_eq!(sb.app_names(), ["real"]);
}

/// `POST /apps` with a `length`-byte body, written by hand while the answer is read: the
/// server answers once the body passes its limit and closes the connection, and a client that
/// only reads after writing everything (reqwest) may find it reset before it reads the answer.
async fn oversized_post(base: &str, token: &str, length: usize) -> String {
    let address = base.trim_start_matches("http://");
    let socket = tokio::net::TcpStream::connect(address).await.unwrap();
    let (mut reader, mut writer) = socket.into_split();
    let head = format!(
        "POST /apps HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
         Accept: application/vnd.heroku+json; version=3\r\nContent-Type: application/json\r\n\
         Content-Length: {length}\r\n\r\n"
    );
    let body = vec![b' '; length];
    let writing = tokio::spawn(async move {
        // Refused part-way, as expected: the write fails once the server has closed.
        let _ = writer.write_all(head.as_bytes()).await;
        let _ = writer.write_all(&body).await;
        writer
    });
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(n) = reader.read(&mut buffer).await {
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buffer[..n]);
            if answer.contains(&b'}') {
                break;
            }
        }
    })
    .await;
    writing.abort();
    assert!(read.is_ok(), "no answer to an oversized body");
    String::from_utf8_lossy(&answer).into_owned()
}

/// A reqwest client trusting `server`'s CA.
fn tls_client(server: &Server) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .tls_backend_preconfigured(rustls_config(server))
        .build()
        .unwrap()
}

fn rustls_config(server: &Server) -> rustls::ClientConfig {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(&server.ca).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// Resident memory of a process, in KiB. On Linux a status that cannot be read fails the
/// test (the bound it guards would pass unchecked); elsewhere there is no /proc: None.
fn rss_kib(pid: u32) -> Option<u64> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_else(|e| panic!("/proc/{pid}/status: {e}"));
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
    Some(rss.unwrap_or_else(|| panic!("no VmRSS in /proc/{pid}/status:\n{status}")))
}

/// A normal request through the belt binary must still succeed.
fn belt_apps_works(sb: &Sandbox, server: &Server) {
    let (code, _, stderr) = run_guarded(
        sb.belt()
            .args(["apps", "--json"])
            .env("BELT_API_URL", &server.url)
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &server.ca),
    );
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn header_floods_and_slowloris_leave_belt_serve_serving_others() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let runtime = crate::harness::runtime();
    let http = tls_client(&server);
    let url = format!("{}/apps", server.url);
    let port: u16 = server.url.rsplit(':').next().unwrap().parse().unwrap();

    // Header floods: too many headers, one huge header. hyper refuses them before the API
    // sees them (431, or a closed connection while belt is still sending).
    runtime.block_on(async {
        let mut many = reqwest::header::HeaderMap::new();
        for i in 0..2000 {
            many.insert(
                reqwest::header::HeaderName::from_bytes(format!("x-flood-{i}").as_bytes()).unwrap(),
                reqwest::header::HeaderValue::from_static("1"),
            );
        }
        let huge = "x".repeat(1 << 20);
        for _ in 0..20 {
            let a = http
                .get(&url)
                .bearer_auth(&server.token)
                .headers(many.clone())
                .send()
                .await;
            let b = http
                .get(&url)
                .bearer_auth(&server.token)
                .header("x-huge", &huge)
                .send()
                .await;
            // 2000 short headers are sent whole before hyper reads them: it answers 431.
            let a = a.expect("an answer to too many headers");
            assert_eq!(a.status().as_u16(), 431, "too many headers");
            // A megabyte header may be cut off while it is still being sent; if an answer
            // came, it is the refusal.
            match b {
                Ok(b) => assert_eq!(b.status().as_u16(), 431, "a huge header"),
                Err(e) => assert!(!e.is_timeout() && e.is_request(), "a huge header: {e:?}"),
            }
        }
    });
    belt_apps_works(&sb, &server);

    // Slowloris: many connections that finish TLS, then send headers a byte at a time, plus
    // many that never even start TLS.
    let slow = runtime.block_on(async {
        let connector = tokio_rustls::TlsConnector::from(Arc::new(rustls_config(&server)));
        let mut tasks = Vec::new();
        for _ in 0..64 {
            let connector = connector.clone();
            tasks.push(tokio::spawn(async move {
                let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .unwrap();
                let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
                let mut tls = connector.connect(name, tcp).await.unwrap();
                // One byte every 200 ms until the server hangs up.
                for byte in b"GET /apps HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                    .iter()
                    .cycle()
                {
                    if tls.write_all(&[*byte]).await.is_err() || tls.flush().await.is_err() {
                        return true;
                    }
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                unreachable!()
            }));
        }
        for _ in 0..64 {
            tasks.push(tokio::spawn(async move {
                let mut tcp = tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .unwrap();
                let mut buf = [0u8; 16];
                // The server closes a connection that never completes its TLS handshake.
                matches!(tcp.read(&mut buf).await, Ok(0) | Err(_))
            }));
        }
        tasks
    });
    // While all of them hang on, others are served.
    std::thread::sleep(Duration::from_secs(1));
    belt_apps_works(&sb, &server);
    if let Some(rss) = rss_kib(server.pid()) {
        assert!(rss < 256 * 1024, "belt serve uses {rss} KiB");
    }

    // The server's timeouts close every slow connection (a guard against hanging, not a
    // timing assertion: the server's header and handshake timeouts are 10 s).
    runtime.block_on(async {
        for task in slow {
            let closed = tokio::time::timeout(Duration::from_secs(60), task)
                .await
                .expect("the server never closed a slow connection")
                .unwrap();
            assert!(closed);
        }
    });
    belt_apps_works(&sb, &server);
}
