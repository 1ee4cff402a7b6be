//! `logs`: history with filters and JSON, a tail that sees other processes' lines, and a tail
//! that survives a server cutting its connection.

mod common;

use std::process::Child;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::{Lines, Sandbox};
use serde_json::Value;
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

fn platform(sb: &Sandbox) -> belt::platform::Platform {
    belt::platform::Platform::open(&sb.data_dir().join("platform"), None).expect("platform")
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

fn interrupt(child: &mut Child) -> (i32, String) {
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
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
                if this.closed.load(Ordering::SeqCst) {
                    continue; // dropped: the client sees a reset connection
                }
                let this = this.clone();
                let upstream = upstream.clone();
                tokio::spawn(async move { this.relay(client, &upstream).await });
            }
        });
        (proxy, url)
    }

    async fn relay(&self, client: TcpStream, upstream: &str) {
        let Ok(server) = TcpStream::connect(upstream).await else {
            return;
        };
        let limit = self.cut_after.load(Ordering::SeqCst);
        let mut cut = self.cut_now.subscribe();
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
        .block_on(belt::platform::start_embedded(
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
