//! `logs`: history with filters and JSON, a tail that sees other processes' lines, a tail
//! that survives a server cutting its connection, and log session URLs that answer plain
//! text or events as Heroku's do.

use std::process::Child;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::harness::curl::{curl, curl_api};
use crate::harness::standin::{self, StandIn};
use crate::harness::{Lines, Sandbox};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const OWNER: &str = "owner@belt.local";

/// `TIMESTAMP source[dyno]: message` → `source[dyno]: message`, after checking the timestamp.
fn without_timestamp(line: &str) -> &str {
    let (timestamp, rest) = line.split_once(' ').expect("a space");
    assert_eq!(timestamp.len(), 32, "{line}");
    assert!(timestamp.ends_with("+00:00"), "{line}");
    rest
}

pub(super) fn platform(sb: &Sandbox) -> belt_platform::Platform {
    belt_platform::Platform::open(&sb.data_dir().join("platform"), None).expect("platform")
}

#[test]
fn logs_show_lines_in_order_and_filter_them() {
    let sb = Sandbox::new();
    sb.ok(&["create", "log-demo"]);
    sb.ok(&["maintenance:on", "-a", "log-demo"]);
    sb.ok(&["stack:set", "heroku-22", "-a", "log-demo"]);
    sb.ok(&["apps:rename", "log-app", "-a", "log-demo"]);
    // Lines other features write: dyno states, the app's output, the router.
    let platform = platform(&sb);
    for (source, dyno, message) in [
        ("heroku", "web.1", "State changed from starting to up"),
        ("app", "web.1", "listening on 5000"),
        ("app", "run.1", "hello\nworld"),
        ("heroku", "router", "at=info method=GET path=/"),
        ("app", "webhook.1", "not a web dyno"),
    ] {
        platform
            .append_event("log-app", source, dyno, message)
            .unwrap();
    }

    let out = sb.ok(&["logs", "-a", "log-app"]);
    let lines: Vec<&str> = out.lines().collect();
    let rest: Vec<&str> = lines.iter().map(|l| without_timestamp(l)).collect();
    assert_eq!(
        rest,
        vec![
            format!("heroku[api]: Created app by user {OWNER}"),
            format!("heroku[api]: Initial release by user {OWNER}"),
            format!("heroku[api]: Release v1 created by user {OWNER}"),
            format!("heroku[api]: Enable Maintenance mode by user {OWNER}"),
            format!("heroku[api]: Set build stack to heroku-22 by user {OWNER}"),
            format!("heroku[api]: Rename app from log-demo to log-app by user {OWNER}"),
            "heroku[web.1]: State changed from starting to up".into(),
            "app[web.1]: listening on 5000".into(),
            "app[run.1]: hello".into(),
            "app[run.1]: world".into(),
            "heroku[router]: at=info method=GET path=/".into(),
            "app[webhook.1]: not a web dyno".into(),
        ]
    );
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(sorted, lines, "timestamps in order");

    let last5 = sb.ok(&["logs", "-a", "log-app", "-n", "5"]);
    assert_eq!(last5.lines().collect::<Vec<_>>(), lines[lines.len() - 5..]);

    let only = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["logs", "-a", "log-app"];
        all.extend(args);
        sb.ok(&all)
            .lines()
            .map(|l| without_timestamp(l).to_string())
            .collect()
    };
    let web = vec![
        "heroku[web.1]: State changed from starting to up",
        "app[web.1]: listening on 5000",
    ];
    assert_eq!(only(&["--dyno", "web"]), web);
    assert_eq!(only(&["-d", "web.1"]), web);
    assert!(only(&["--dyno", "web.2"]).is_empty());
    assert_eq!(
        only(&["--source", "app"]),
        vec![
            "app[web.1]: listening on 5000",
            "app[run.1]: hello",
            "app[run.1]: world",
            "app[webhook.1]: not a web dyno",
        ]
    );
    assert_eq!(only(&["-s", "heroku", "-d", "api", "-n", "2"]), rest[4..6]);

    let json = sb.ok(&["logs", "-a", "log-app", "--json"]);
    let objects: Vec<Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(objects.len(), lines.len());
    assert_eq!(objects[0]["source"], "heroku");
    assert_eq!(objects[0]["dyno"], "api");
    assert_eq!(
        objects[0]["message"],
        format!("Created app by user {OWNER}")
    );
    assert_eq!(objects[8]["dyno"], "run.1");
    assert_eq!(objects[8]["message"], "hello");
    for (object, line) in objects.iter().zip(&lines) {
        let timestamp = object["timestamp"].as_str().unwrap();
        assert!(line.starts_with(timestamp), "{object} {line}");
    }

    // Opening a log session changes nothing, so --dry-run shows the logs.
    assert_eq!(sb.ok(&["logs", "-a", "log-app", "--dry-run"]), out);
}

#[test]
fn logs_reject_bad_flags_and_unknown_apps() {
    let sb = Sandbox::new();
    sb.ok(&["create", "log-flags"]);
    for bad in [&["-n", "0"][..], &["-n", "1501"], &["--source", "router"]] {
        let mut args = vec!["logs", "-a", "log-flags"];
        args.extend(bad);
        let (code, _, stderr) = sb.fails(&args);
        assert_eq!(code, 2, "{bad:?}: {stderr}");
    }
    assert_eq!(
        sb.ok(&["logs", "-a", "log-flags", "-n", "1500"])
            .lines()
            .count(),
        3
    );
    let (code, _, stderr) = sb.fails(&["logs", "-a", "no-such-app"]);
    assert_eq!(code, 4, "{stderr}");
}

/// Ctrl-C to a running belt: its exit code and everything it wrote on stderr.
pub(super) fn interrupt(child: &mut Child) -> (i32, String) {
    crate::harness::signal(child.id(), "-INT");
    let status = child.wait().expect("wait");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    (status.code().unwrap_or(-1), stderr)
}

#[test]
fn tail_shows_lines_from_another_process_and_ctrl_c_exits_130() {
    let sb = Sandbox::new();
    sb.ok(&["create", "tail-demo"]);
    let mut child = sb.spawn(&["logs", "-a", "tail-demo", "--tail"], &[]);
    let mut lines = Lines::new(child.stdout.take().unwrap());
    lines.wait_for("with the app's creation", |l| l.contains("Created app"));

    sb.ok(&["maintenance:on", "-a", "tail-demo"]);
    lines.wait_for("from the other process", |l| {
        l.ends_with(&format!(
            "heroku[api]: Enable Maintenance mode by user {OWNER}"
        ))
    });
    sb.ok(&["maintenance:off", "-a", "tail-demo"]);
    lines.wait_for("from the next change", |l| {
        l.contains("Disable Maintenance")
    });
    // Created app, v1's two lines, then the two changes.
    assert_eq!(lines.seen.len(), 5, "{:?}", lines.seen);

    let (code, stderr) = interrupt(&mut child);
    assert_eq!(code, 130);
    assert_eq!(stderr, "");
}

/// A loopback proxy in front of a platform that cuts each connection after `cut_after` bytes
/// from the server (mid-line, as a dying load balancer would), drops every connection when
/// told, and refuses new ones while `closed`.
struct Proxy {
    cut_after: AtomicUsize,
    closed: AtomicBool,
    cut_now: tokio::sync::watch::Sender<u64>,
}

impl Proxy {
    async fn start(upstream: String) -> (Arc<Proxy>, String) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let proxy = Arc::new(Proxy {
            cut_after: AtomicUsize::new(usize::MAX),
            closed: AtomicBool::new(false),
            cut_now: tokio::sync::watch::channel(0).0,
        });
        let this = proxy.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                // Subscribed before `closed` is read: a cut the test makes after this point
                // reaches the relay, and one made before it comes with `closed` set, so no
                // connection accepted around a cut outlives it.
                let cut = this.cut_now.subscribe();
                if this.closed.load(Ordering::SeqCst) {
                    continue; // dropped: the client sees a reset connection
                }
                let limit = this.cut_after.load(Ordering::SeqCst);
                let upstream = upstream.clone();
                tokio::spawn(async move { relay(client, &upstream, limit, cut).await });
            }
        });
        (proxy, url)
    }
}

/// Relays `client` to `upstream` until either side closes, `limit` bytes have come from the
/// server, or `cut` changes.
async fn relay(
    client: TcpStream,
    upstream: &str,
    limit: usize,
    mut cut: tokio::sync::watch::Receiver<u64>,
) {
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let (mut up, mut down) = (vec![0u8; 16384], vec![0u8; 16384]);
    let mut sent = 0usize;
    loop {
        tokio::select! {
            n = client_read.read(&mut up) => match n {
                Ok(n) if n > 0 => {
                    if server_write.write_all(&up[..n]).await.is_err() { return; }
                }
                _ => return,
            },
            n = server_read.read(&mut down) => match n {
                Ok(n) if n > 0 => {
                    let n = n.min(limit - sent);
                    if client_write.write_all(&down[..n]).await.is_err() { return; }
                    sent += n;
                    if sent >= limit { return; }
                }
                _ => return,
            },
            _ = cut.changed() => return,
        }
    }
}

#[test]
fn tail_resumes_a_cut_stream_with_every_line_exactly_once() {
    let sb = Sandbox::new();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let embedded = runtime
        .block_on(belt_platform::start_embedded(
            &sb.data_dir().join("platform"),
        ))
        .unwrap();
    let (proxy, url) = runtime.block_on(Proxy::start(
        embedded.url.trim_start_matches("http://").to_string(),
    ));
    let platform = embedded.platform();
    let status = sb
        .belt()
        .args(["create", "cut-demo", "--api-url", &url])
        .env("BELT_API_KEY", &embedded.token)
        .output()
        .unwrap();
    assert!(status.status.success());
    let numbered = |range: std::ops::Range<usize>| -> String {
        range.map(|i| format!("line {i:04}\n")).collect()
    };
    platform
        .append_event("cut-demo", "app", "web.1", &numbered(0..300))
        .unwrap();

    // About 5 KB per connection: the 300-line backlog alone takes several reconnections.
    proxy.cut_after.store(5000, Ordering::SeqCst);
    let mut child = sb.spawn(
        &[
            "logs",
            "-a",
            "cut-demo",
            "--tail",
            "-n",
            "1500",
            "--api-url",
            &url,
        ],
        &[("BELT_API_KEY", &embedded.token)],
    );
    let mut lines = Lines::new(child.stdout.take().unwrap());
    lines.wait_for("ending the backlog", |l| l.ends_with("line 0299"));
    // New lines while tailing, through more cuts.
    for chunk in [300..350, 350..400] {
        platform
            .append_event("cut-demo", "app", "web.1", &numbered(chunk))
            .unwrap();
    }
    lines.wait_for("ending the tail", |l| l.ends_with("line 0399"));

    // Disconnected while 1,600 lines arrive: the oldest 100 of them leave the buffer.
    proxy.cut_after.store(usize::MAX, Ordering::SeqCst);
    proxy.closed.store(true, Ordering::SeqCst);
    proxy.cut_now.send_modify(|n| *n += 1);
    platform
        .append_event("cut-demo", "app", "web.1", &numbered(400..2000))
        .unwrap();
    proxy.closed.store(false, Ordering::SeqCst);
    lines.wait_for("after the gap", |l| l.ends_with("line 1999"));

    let messages: Vec<&str> = lines.seen.iter().map(|l| without_timestamp(l)).collect();
    assert_eq!(
        messages[0],
        format!("heroku[api]: Created app by user {OWNER}")
    );
    let expected: Vec<String> = (0..400)
        .chain(500..2000)
        .map(|i| format!("app[web.1]: line {i:04}"))
        .collect();
    // After the app's creation and its v1 release lines.
    assert_eq!(messages[3..], expected);

    let (code, stderr) = interrupt(&mut child);
    assert_eq!(code, 130, "{stderr}");
    assert_eq!(
        stderr.trim(),
        "warning: 100 log lines were lost while reconnecting"
    );
    drop(embedded);
}

/// A log session's URL serves plain text lines unless `text/event-stream` is asked for (the
/// official CLI asks), and sends no keep-alive: a history stream is its lines and its end.
#[test]
fn log_session_urls_are_plain_text_unless_events_are_asked_for() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let create = sb
        .belt()
        .args(["create", "plain-logs", "--api-url", &server.url])
        .env("BELT_API_KEY", &server.token)
        .env("SSL_CERT_FILE", &server.ca)
        .output()
        .unwrap();
    assert!(create.status.success());
    server
        .platform()
        .append_event("plain-logs", "app", "web.1", "one\n\ntwo")
        .unwrap();
    let session = curl_api(
        &server.url,
        &server.token,
        &server.ca,
        "POST",
        "/apps/plain-logs/log-sessions",
        Some(&json!({"lines": 10, "source": "app"})),
    );
    assert_eq!(session.status, 201, "{}", session.body);
    let session: Value = serde_json::from_str(&session.body).unwrap();
    let url = session["logplex_url"].as_str().unwrap();

    for accept in [
        "Accept:",
        "Accept: application/vnd.heroku+json; version=3",
        "Accept: text/plain",
    ] {
        let text = curl(&server.ca, &[url, "-H", accept]);
        assert_eq!(text.status, 200, "{accept}");
        assert_eq!(text.content_type, "text/plain; charset=utf-8", "{accept}");
        let lines: Vec<&str> = text.body.lines().map(without_timestamp).collect();
        assert_eq!(
            lines,
            ["app[web.1]: one", "app[web.1]: ", "app[web.1]: two"],
            "{accept}"
        );
    }
    let events = curl(&server.ca, &[url, "-H", "Accept: text/event-stream"]);
    assert_eq!(events.status, 200);
    assert_eq!(events.content_type, "text/event-stream; charset=utf-8");
    let frames: Vec<&str> = events
        .body
        .split("\n\n")
        .filter(|f| !f.is_empty())
        .collect();
    assert_eq!(frames.len(), 4, "{}", events.body);
    for frame in &frames[..3] {
        let (id, data) = frame.split_once('\n').unwrap();
        assert!(id.starts_with("id: "), "{frame}");
        assert!(
            data.starts_with("data: ") && data.contains(" app[web.1]: "),
            "{frame}"
        );
    }
    // The last frame only says where the stream stands, for a resume.
    assert!(frames[3].starts_with("id: ") && !frames[3].contains("data"));
}

/// The official CLI's stream, as the stand-in serves it: each connection checks what belt
/// sent, and the first line of each frame is a Heroku log line.
fn frame(id: u32, lines: &[&str]) -> String {
    let mut out = format!("id: {id}\n");
    for line in lines {
        if line.is_empty() {
            out.push_str("data:\n");
        } else {
            out.push_str(&format!(
                "data: 2026-11-23T10:00:00.000000+00:00 app[web.1]: {line}\n"
            ));
        }
    }
    out.push('\n');
    out
}

/// A dropped tail reconnects to the same `logplex_url` with `Last-Event-ID` first, waits out
/// a silence longer than belt's read timeout, reads an end without TLS close_notify as an
/// end, and opens a new session only once that URL has expired; every line is printed once,
/// empty data lines are dropped, and a `text/plain` stream is read as plain lines.
#[test]
fn a_dropped_tail_resumes_on_the_same_url_without_repeats_or_gaps() {
    use standin::{chunk, chunked_head, json as answer, until_close_head, write};
    let sb = Sandbox::new();
    let sessions = Arc::new(AtomicUsize::new(0));
    let connections = Arc::new(AtomicUsize::new(0));
    let url = Arc::new(std::sync::OnceLock::<String>::new());
    let (count, conns, base) = (sessions.clone(), connections.clone(), url.clone());
    let server = StandIn::start(&sb.path("stand-in"), move |request, mut conn| {
        let (count, conns, base) = (count.clone(), conns.clone(), base.clone());
        Box::pin(async move {
            let base = base.get().cloned().unwrap_or_default();
            let resume = request.header("last-event-id").map(str::to_string);
            let events = request.header("accept") == Some("text/event-stream");
            match (request.method.as_str(), request.path.as_str()) {
                ("POST", "/apps/tail-app/log-sessions") => {
                    let n = count.fetch_add(1, Ordering::SeqCst) + 1;
                    let session = json!({"id": "s", "logplex_url": format!("{base}/stream/{n}")});
                    answer(&mut conn, "201 Created", session).await;
                }
                ("POST", "/apps/plain-app/log-sessions") => {
                    let session = json!({"id": "p", "logplex_url": format!("{base}/plain")});
                    answer(&mut conn, "201 Created", session).await;
                }
                ("GET", "/plain") => {
                    until_close_head(&mut conn, "200 OK", "text/plain; charset=utf-8").await;
                    let text = "2026-11-23T10:00:00.000000+00:00 app[web.1]: plain one\n\n\
                        2026-11-23T10:00:01.000000+00:00 app[web.1]: plain two\n";
                    write(&mut conn, text.as_bytes()).await;
                }
                ("GET", "/stream/1") if events => {
                    match (conns.fetch_add(1, Ordering::SeqCst), resume.as_deref()) {
                        (0, None) => {
                            chunked_head(&mut conn, "200 OK", "text/event-stream").await;
                            let cut = format!(
                                "{}{}id: 3\ndata: thr",
                                frame(1, &["one"]),
                                frame(2, &["two"])
                            );
                            chunk(&mut conn, cut.as_bytes()).await;
                            // Dropped mid-frame: no last chunk, no close_notify.
                        }
                        (1, Some("2")) => {
                            tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
                            until_close_head(&mut conn, "200 OK", "text/event-stream").await;
                            let rest = format!("{}data:\n\n", frame(3, &["three", "", "four"]));
                            write(&mut conn, rest.as_bytes()).await;
                            // Ends without close_notify: an end, then a reconnect.
                        }
                        (2, Some("3")) => {
                            let gone = json!({"id": "not_found", "message": "expired"});
                            answer(&mut conn, "404 Not Found", gone).await;
                        }
                        _ => answer(&mut conn, "400 Bad Request", json!({"id": "bad"})).await,
                    }
                }
                ("GET", "/stream/2") if events && resume.as_deref() == Some("3") => {
                    chunked_head(&mut conn, "200 OK", "text/event-stream").await;
                    chunk(&mut conn, frame(4, &["five"]).as_bytes()).await;
                    tokio::time::sleep(std::time::Duration::from_secs(120)).await;
                }
                _ => answer(&mut conn, "400 Bad Request", json!({"id": "bad"})).await,
            }
        })
    });
    url.set(server.url.clone()).unwrap();
    let ca = server.ca.to_string_lossy().into_owned();
    let env = [
        ("BELT_API_KEY", "token"),
        ("SSL_CERT_FILE", ca.as_str()),
        ("BELT_HTTP_TIMEOUT", "1"),
    ];

    let plain = sb
        .belt()
        .args(["logs", "-a", "plain-app", "--api-url", &server.url])
        .envs(env)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(
        plain.status.success(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    let text = String::from_utf8_lossy(&plain.stdout);
    let lines: Vec<&str> = text.lines().map(without_timestamp).collect();
    assert_eq!(lines, ["app[web.1]: plain one", "app[web.1]: plain two"]);

    let mut child = sb.spawn(
        &["logs", "-a", "tail-app", "--tail", "--api-url", &server.url],
        &env,
    );
    let mut lines = Lines::new(child.stdout.take().unwrap());
    lines.wait_for("the line after the new session", |l| l.ends_with("five"));
    let (code, stderr) = interrupt(&mut child);
    assert_eq!(code, 130, "{stderr}");
    assert_eq!(stderr, "");
    let messages: Vec<&str> = lines.seen.iter().map(|l| without_timestamp(l)).collect();
    assert_eq!(
        messages,
        ["one", "two", "three", "four", "five"].map(|m| format!("app[web.1]: {m}"))
    );
    assert_eq!(connections.load(Ordering::SeqCst), 3);
    let posts = server.requests_to("/apps/tail-app/log-sessions");
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].json()["lines"], 100);
    assert_eq!(posts[0].json()["tail"], true);
    // The history is on screen already: the new session asks for none.
    assert_eq!(posts[1].json()["lines"], 0);
}
