//! The rendezvous: single-use secrets, the end of input (EOT), and a stand-in for Heroku's rendezvous host.

use super::*;

/// Speaks the rendezvous protocol by hand: connects, writes `secret` and CRLF, keeps its side
/// open, and returns everything the server sent until it closed.
async fn converse(attach_url: &str, secret: &str, ca: &Path) -> Vec<u8> {
    converse_with(attach_url, format!("{secret}\r\n").as_bytes(), ca).await
}

/// [`converse`], writing exactly `written` (the secret, its line end if any, then any input).
/// A server that never closes fails the test rather than hanging it.
async fn converse_with(attach_url: &str, written: &[u8], ca: &Path) -> Vec<u8> {
    let mut tls = connect(attach_url, ca).await;
    tls.write_all(written).await.unwrap();
    tls.flush().await.unwrap();
    read_to_close(&mut tls).await
}

/// Everything the server sends on `tls` until it closes; a server that never closes fails.
async fn read_to_close(tls: &mut (impl AsyncReadExt + Unpin)) -> Vec<u8> {
    let mut received = Vec::new();
    // A refused connection is closed without a TLS goodbye: whatever arrived is the answer.
    let read = tokio::time::timeout(Duration::from_secs(60), tls.read_to_end(&mut received)).await;
    assert!(
        read.is_ok(),
        "the dyno never closed the connection; so far: {}",
        String::from_utf8_lossy(&received)
    );
    received
}

/// A TLS connection to the rendezvous host of `attach_url`, trusting the platform's CA.
async fn connect(
    attach_url: &str,
    ca: &Path,
) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    let rest = attach_url.strip_prefix("rendezvous://").expect("scheme");
    let (host_port, _) = rest.split_once('/').expect("path");
    let (host, port) = host_port.rsplit_once(':').expect("port");
    let mut roots = rustls::RootCertStore::empty();
    let pem = std::fs::read(ca).expect("platform CA");
    for cert in rustls_pemfile_certs(&pem) {
        roots.add(cert).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect((host, port.parse::<u16>().unwrap()))
        .await
        .unwrap();
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).unwrap();
    tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .unwrap()
}

fn rustls_pemfile_certs(pem: &[u8]) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_slice_iter(pem)
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Wrong and reused secrets are refused; a dyno past its time to live is killed. As on Heroku,
/// the platform sends the command's output and closes, with no exit status of its own, and a
/// finished one-off dyno is gone from the API.
#[test]
fn rendezvous_secrets_are_single_use_and_ttl_kills() {
    let sb = Sandbox::new();
    let data = platform_dir(&sb);
    let runtime = crate::harness::runtime();
    runtime.block_on(async {
        let platform = belt_platform::start_embedded(&data).await.unwrap();
        let http = crate::harness::http_client();
        let post = |path: &str, body: Value| {
            http.post(format!("{}{path}", platform.url))
                .bearer_auth(&platform.token)
                .json(&body)
                .send()
        };
        let created = post("/apps", json!({"name": "rdv-app"})).await.unwrap();
        assert_eq!(created.status().as_u16(), 201);
        let ca = platform.platform().ca_path();

        let dyno: Value = post(
            "/apps/rdv-app/dynos",
            // Runs until its input line comes, so the secret can be reused while it runs.
            json!({"command": "read line; echo \"$line\"", "attach": true, "force_no_tty": true}),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        assert_eq!(dyno["state"], "starting");
        assert_eq!(dyno["app"]["name"], "rdv-app");
        let url = dyno["attach_url"].as_str().expect("attach_url").to_string();
        let secret = url.rsplit('/').next().unwrap().to_string();
        assert_eq!(secret.len(), 64);

        let wrong = converse(&url, &"0".repeat(64), &ca).await;
        assert!(wrong.is_empty(), "{}", String::from_utf8_lossy(&wrong));
        let mut right = connect(&url, &ca).await;
        right
            .write_all(format!("{secret}\r\n").as_bytes())
            .await
            .unwrap();
        let mut greeting = [0; 12];
        right.read_exact(&mut greeting).await.unwrap();
        assert_eq!(&greeting, b"rendezvous\r\n");
        // The dyno is up and waiting for its line: the same secret is refused now...
        let reused = converse(&url, &secret, &ca).await;
        assert!(reused.is_empty(), "{}", String::from_utf8_lossy(&reused));
        // ...while the first connection still drives the dyno to its end.
        right.write_all(b"ok\n").await.unwrap();
        let rest = read_to_close(&mut right).await;
        let text = String::from_utf8_lossy(&rest);
        assert_eq!(text, "ok\n", "{text}");
        // And after the dyno's end too.
        let reused = converse(&url, &secret, &ca).await;
        assert!(reused.is_empty(), "{}", String::from_utf8_lossy(&reused));

        let name = dyno["name"].as_str().unwrap();
        let get = |path: String| {
            http.get(format!("{}{path}", platform.url))
                .bearer_auth(&platform.token)
                .send()
        };
        let info = get(format!("/apps/rdv-app/dynos/{name}")).await.unwrap();
        assert_eq!(info.status().as_u16(), 404);
        let info: Value = info.json().await.unwrap();
        assert_eq!(info["id"], "not_found", "{info}");
        let list: Value = get("/apps/rdv-app/dynos".into())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list, json!([]));

        // Without `force_no_tty`, an attached dyno runs on a terminal sized as the request's
        // COLUMNS and LINES ask, with a TERM.
        let on_tty: Value = post(
            "/apps/rdv-app/dynos",
            json!({
                "command": "tty >/dev/null && echo on-tty; stty size; echo \"$TERM\"",
                "attach": true,
                // Numbers, as the Heroku CLI sends them.
                "env": {"COLUMNS": 100, "LINES": 30},
            }),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        let url = on_tty["attach_url"].as_str().unwrap();
        let text = converse(url, url.rsplit('/').next().unwrap(), &ca).await;
        let text = String::from_utf8_lossy(&text);
        assert_eq!(
            text, "rendezvous\r\non-tty\r\n30 100\r\nxterm-256color\r\n",
            "{text}"
        );

        let long: Value = post(
            "/apps/rdv-app/dynos",
            json!({"command": "sleep 60; echo never", "attach": true, "time_to_live": 1}),
        )
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        let url = long["attach_url"].as_str().unwrap();
        let killed = converse(url, url.rsplit('/').next().unwrap(), &ca).await;
        let text = String::from_utf8_lossy(&killed);
        assert_eq!(text, "rendezvous\r\n", "{text}");

        let bad: reqwest::Response = post(
            "/apps/rdv-app/dynos",
            json!({"command": "true", "time_to_live": 0}),
        )
        .await
        .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        let bad = post("/apps/rdv-app/dynos", json!({"attach": true}))
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        let bad = post(
            "/apps/rdv-app/dynos",
            json!({"command": "true", "size": "huge"}),
        )
        .await
        .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
    });
}

/// Creates an attached dyno on `server` with `body`; returns its attach URL.
async fn attached_dyno(
    http: &reqwest::Client,
    server: &crate::harness::Server,
    app: &str,
    body: Value,
) -> String {
    let created = http
        .post(format!("{}/apps/{app}/dynos", server.url))
        .bearer_auth(&server.token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let dyno: Value = created.json().await.unwrap();
    dyno["attach_url"].as_str().expect("attach_url").to_string()
}

fn secret_of(attach_url: &str) -> &str {
    attach_url.rsplit('/').next().unwrap()
}

/// The platform ends a command's input at EOT (`\x04`, what the official CLI sends when its
/// stdin ends, never closing its side) on pipes; on a terminal EOT goes to the terminal, which
/// ends the input of a program reading it. A client writing its secret without CRLF, as
/// Python's heroku3 does, is answered too.
#[test]
fn eot_ends_input_and_a_bare_secret_is_accepted_by_belt_serve() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let http = crate::harness::http_client_trusting(&server.ca);
    crate::harness::runtime().block_on(async {
        let created = http
            .post(format!("{}/apps", server.url))
            .bearer_auth(&server.token)
            .json(&json!({"name": "rdv-eot"}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status().as_u16(), 201);
        let command = "cat; echo done";

        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": command, "attach": true, "force_no_tty": true}),
        )
        .await;
        let written = format!("{}\r\nhi\n\x04ignored\n", secret_of(&url));
        let text = converse_with(&url, written.as_bytes(), &server.ca).await;
        assert_eq!(String::from_utf8_lossy(&text), "rendezvous\r\nhi\ndone\n");

        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": command, "attach": true}),
        )
        .await;
        let written = format!("{}\r\nhi\n\x04", secret_of(&url));
        let text = converse_with(&url, written.as_bytes(), &server.ca).await;
        let text = String::from_utf8_lossy(&text);
        // The terminal echoes the line, cat prints it, and Ctrl-D at a line's start ends it.
        assert!(text.starts_with("rendezvous\r\nhi\r\nhi\r\n"), "{text:?}");
        assert!(text.ends_with("done\r\n"), "{text:?}");

        // heroku3: the bare secret, no input, `size` null and no `force_no_tty`.
        let url = attached_dyno(
            &http,
            &server,
            "rdv-eot",
            json!({"command": "echo heroku3-ok", "attach": true, "size": null}),
        )
        .await;
        let text = converse_with(&url, secret_of(&url).as_bytes(), &server.ca).await;
        assert_eq!(
            String::from_utf8_lossy(&text),
            "rendezvous\r\nheroku3-ok\r\n"
        );
    });
}

/// What the stand-in dyno saw of its client.
#[derive(Debug, Default)]
struct Seen {
    /// Everything the client wrote, up to and including its EOT.
    received: Vec<u8>,
    /// Whether the client closed its side right after the EOT.
    half_closed: bool,
}

/// A stand-in for Heroku's rendezvous host, after the official CLI's side of it: takes the
/// secret line, greets, reads input up to its EOT, answers with output and the marker line
/// the appended echo prints (status 7), and then drops the connection without a TLS
/// close_notify, as Heroku's may.
async fn stand_in_dyno(
    listener: tokio::net::TcpListener,
    tls: tokio_rustls::TlsAcceptor,
    seen: Arc<std::sync::Mutex<Seen>>,
) {
    let (tcp, _) = listener.accept().await.unwrap();
    let mut stream = tls.accept(tcp).await.unwrap();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let mut greeted = false;
    while !received.contains(&4u8) {
        let n = stream.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            break;
        }
        received.extend_from_slice(&buf[..n]);
        if !greeted && received.ends_with(b"\r\n") {
            stream.write_all(b"rendezvous\r\n").await.unwrap();
            stream.flush().await.unwrap();
            greeted = true;
        }
    }
    // A close would come at once; a client that keeps its side open is still there.
    let half_closed = matches!(
        tokio::time::timeout(Duration::from_millis(300), stream.read(&mut buf)).await,
        Ok(Ok(0))
    );
    *seen.lock().unwrap() = Seen {
        received,
        half_closed,
    };
    stream
        .write_all(format!("from the dyno\n{MARKER}7\n").as_bytes())
        .await
        .unwrap();
    stream.flush().await.unwrap();
    let (tcp, _) = stream.into_inner();
    drop(tcp);
}

/// Against a stand-in for Heroku (the API answers 409 while a new release is not yet known to
/// the runtime; the official CLI tries twice more at once): belt's dyno creation is retried
/// twice, its piped input ends with EOT and no half-close, and a connection that ends without
/// close_notify after the marker is the end of a command that exited 7.
#[test]
fn against_a_stand_in_heroku_conflicts_are_retried_and_a_dyno_session_ends_cleanly() {
    use crate::harness::fake::{FakeBackend, Reply};
    use std::sync::atomic::{AtomicUsize, Ordering};

    let sb = Sandbox::new();
    let (tls, ca_file) = standin::tls_acceptor(sb.root.path());
    let runtime = crate::harness::runtime();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(std::sync::Mutex::new(Seen::default()));
    runtime.spawn(stand_in_dyno(listener, tls, seen.clone()));

    let conflict = r#"{"id":"conflict","message":"Release not yet available, try again."}"#;
    let dyno = json!({
        "id": "01234567-89ab-4def-8123-456789abcdef",
        "name": "run.4242",
        "attach_url": format!("rendezvous://127.0.0.1:{port}/s3cret"),
        "command": "cat",
        "size": "Basic",
        "state": "starting",
        "type": "run",
    })
    .to_string();
    // Answers the n-th dyno creation with 409 until `conflicts` were sent, then the dyno.
    let backend = |conflicts: usize| {
        let posts = AtomicUsize::new(0);
        let (conflict, dyno) = (conflict.to_string(), dyno.clone());
        FakeBackend::start(move |_, request| {
            if request != "POST /apps/demo/dynos" {
                return Reply::json(404, &[], r#"{"id":"not_found","message":"Not here."}"#);
            }
            if posts.fetch_add(1, Ordering::SeqCst) < conflicts {
                Reply::json(409, &[], &conflict)
            } else {
                Reply::json(201, &[], &dyno)
            }
        })
    };
    let belt = |url: &str| {
        sb.belt()
            .args(["run", "-a", "demo", "--api-url", url, "--", "cat"])
            .env("BELT_API_KEY", "test-token")
            .env("SSL_CERT_FILE", &ca_file)
            .write_stdin("piped\n")
            .timeout(STDIN_GUARD)
            .output()
            .unwrap()
    };

    let twice = backend(2);
    let out = belt(&twice.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "from the dyno\n");
    assert_eq!(twice.count("POST "), 3, "{:?}", twice.requests());
    let seen = seen.lock().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&seen.received),
        "s3cret\r\npiped\n\u{4}"
    );
    assert!(!seen.half_closed, "piped input ended with a half-close");

    // A third 409 is the answer.
    let always = backend(3);
    let out = belt(&always.url);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Release not yet available"), "{stderr}");
    assert_eq!(always.count("POST "), 3, "{:?}", always.requests());
}
