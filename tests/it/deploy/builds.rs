//! The Sources and Builds APIs: the upload URL, build output as text or events, resumed streams, and paged build lists.

use super::*;

/// belt against a served platform.
fn served(sb: &Sandbox, server: &Server, args: &[&str]) -> std::process::Output {
    sb.belt()
        .args(args)
        .args(["--api-url", &server.url])
        .env("BELT_API_KEY", &server.token)
        .env("SSL_CERT_FILE", &server.ca)
        .timeout(Duration::from_secs(120))
        .output()
        .expect("run belt")
}

/// A gzipped tarball of a directory holding `Procfile`, made with tar as a user would.
fn tarball(sb: &Sandbox, procfile: &str) -> PathBuf {
    let file = sb.path("source.tgz");
    procfile_tarball(&sb.path("tar-src"), procfile, &file);
    file
}

/// The source upload is a presigned S3 URL: it refuses a Content-Type (curl's
/// `--data-binary` sends one by default) and an Authorization header with S3's 403
/// SignatureDoesNotMatch, and takes the upload as the Dev Center's curl sends it. belt's own
/// deploy, which sends neither, goes through.
#[test]
fn the_put_url_refuses_what_s3_refuses_and_belt_deploys() {
    let sb = Sandbox::new();
    let server = sb.serve();
    assert!(served(&sb, &server, &["create", "s3-app"]).status.success());
    let source = curl_api(
        &server.url,
        &server.token,
        &server.ca,
        "POST",
        "/apps/s3-app/sources",
        None,
    );
    assert_eq!(source.status, 201, "{}", source.body);
    let source: Value = serde_json::from_str(&source.body).unwrap();
    let put_url = source["source_blob"]["put_url"].as_str().unwrap();
    let file = tarball(&sb, PROCFILE);
    let data = format!("@{}", file.display());
    let token = format!("Authorization: Bearer {}", server.token);
    for refused in [
        vec!["-H", "Content-Type: application/gzip"],
        vec!["-H", &token, "-H", "Content-Type:"],
        vec![],
    ] {
        let mut args = vec!["-X", "PUT", put_url, "--data-binary", &data];
        args.extend(refused.iter().copied());
        let answer = curl(&server.ca, &args);
        assert_eq!(answer.status, 403, "{refused:?}: {}", answer.body);
        assert_eq!(answer.content_type, "application/xml", "{refused:?}");
        assert!(
            answer.body.contains("<Code>SignatureDoesNotMatch</Code>"),
            "{refused:?}: {}",
            answer.body
        );
    }
    // Nothing was stored by the refused uploads.
    let early = curl_api(
        &server.url,
        &server.token,
        &server.ca,
        "POST",
        "/apps/s3-app/builds",
        Some(&json!({"source_blob": {"url": source["source_blob"]["get_url"]}})),
    );
    assert_eq!(early.status, 422, "{}", early.body);
    let answer = upload(&server.ca, put_url, &file);
    assert_eq!(answer.status, 200, "{}", answer.body);

    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), PROCFILE).unwrap();
    let deploy = served(&sb, &server, &["deploy", "site", "-a", "s3-app"]);
    assert!(
        deploy.status.success(),
        "{}",
        String::from_utf8_lossy(&deploy.stderr)
    );
    assert!(String::from_utf8_lossy(&deploy.stdout).contains("Released v2"));
}

/// A build's `output_stream_url` serves plain text unless `text/event-stream` is asked for,
/// and resumes with `Range` (text) or `Last-Event-ID` (events), as the schema says; belt
/// prints the output as clean lines.
#[test]
fn build_output_is_plain_text_or_events_and_resumes() {
    let sb = Sandbox::new();
    let server = sb.serve();
    assert!(
        served(&sb, &server, &["create", "out-app"])
            .status
            .success()
    );
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), PROCFILE).unwrap();
    let deploy = served(&sb, &server, &["deploy", "site", "-a", "out-app"]);
    assert!(deploy.status.success());
    let printed = String::from_utf8_lossy(&deploy.stdout).into_owned();
    assert!(
        printed.starts_with(
            "-----> Building on the Heroku-24 stack\n-----> Discovering process types\n"
        ),
        "{printed}"
    );
    assert!(printed.ends_with("deployed to Heroku\n"), "{printed}");
    let build = served(&sb, &server, &["builds:info", "-a", "out-app", "--json"]);
    let build: Value = serde_json::from_slice(&build.stdout).unwrap();
    let url = build["output_stream_url"].as_str().unwrap();

    // Plain text without an Accept, and for the official CLI's API Accept.
    for accept in ["Accept:", "Accept: application/vnd.heroku+json; version=3"] {
        let text = curl(&server.ca, &[url, "-H", accept]);
        assert_eq!(text.status, 200);
        assert_eq!(text.content_type, "text/plain; charset=utf-8");
        assert_eq!(text.body, printed, "{accept}");
    }
    let first = printed.lines().next().unwrap().len() + 1;
    let rest = curl(&server.ca, &[url, "-H", &format!("Range: bytes={first}-")]);
    assert_eq!(rest.status, 206);
    assert_eq!(rest.body, printed[first..]);
    let past = curl(
        &server.ca,
        &[url, "-H", &format!("Range: bytes={}-", printed.len() + 1)],
    );
    assert_eq!(past.status, 416);

    let events = curl(&server.ca, &[url, "-H", "Accept: text/event-stream"]);
    assert_eq!(events.status, 200);
    assert_eq!(events.content_type, "text/event-stream; charset=utf-8");
    let mut expected = String::new();
    let mut offset = 0;
    for line in printed.lines() {
        offset += line.len() + 1;
        expected.push_str(&format!("id: {offset}\ndata: {line}\n\n"));
    }
    assert_eq!(events.body, expected);
    let resumed = curl(
        &server.ca,
        &[
            url,
            "-H",
            "Accept: text/event-stream",
            "-H",
            &format!("Last-Event-ID: {first}"),
        ],
    );
    let second = expected.find("\n\n").unwrap() + 2;
    assert_eq!(resumed.body, expected[second..]);

    let replay = served(&sb, &server, &["builds:output", "-a", "out-app"]);
    assert_eq!(String::from_utf8_lossy(&replay.stdout), printed);
}

/// How the stand-in's build streams behave, and what they saw.
#[derive(Default)]
struct BuildStreams {
    /// Connections to each stream so far: (text, events).
    text: AtomicUsize,
    events: AtomicUsize,
    /// The stream has sent its last line: the build is over.
    text_done: AtomicBool,
    events_done: AtomicBool,
}

/// A Builds API stand-in: sources with a put_url that refuses a Content-Type or an
/// Authorization, a build per app whose output stream (plain text for `text-app`, events
/// for `event-app`, whatever the Accept) drops mid-way, resumes only where it broke, stays
/// silent longer than belt's read timeout, and ends without TLS close_notify.
fn build_stand_in(sb: &Sandbox) -> (StandIn, Arc<BuildStreams>) {
    use standin::{chunk, chunked_head, json as answer, until_close_head, write};
    let state = Arc::new(BuildStreams::default());
    let shared = state.clone();
    let url = Arc::new(std::sync::OnceLock::<String>::new());
    let base = url.clone();
    let server = StandIn::start(&sb.path("stand-in"), move |request, mut conn| {
        let (state, base) = (shared.clone(), base.clone());
        Box::pin(async move {
            let base = base.get().cloned().unwrap_or_default();
            let path = request.path.as_str();
            match (request.method.as_str(), path) {
                ("POST", "/sources") => {
                    let blob = json!({"get_url": format!("{base}/blob"), "put_url": format!("{base}/blob")});
                    answer(&mut conn, "201 Created", json!({"source_blob": blob})).await;
                }
                ("PUT", "/blob") => {
                    let ok = request.header("content-type").is_none_or(str::is_empty)
                        && request.header("authorization").is_none();
                    let status = if ok { "200 OK" } else { "403 Forbidden" };
                    standin::respond(&mut conn, status, "application/xml", b"").await;
                }
                ("POST", "/apps/text-app/builds") | ("POST", "/apps/event-app/builds") => {
                    let kind = if path.contains("text") {
                        "text"
                    } else {
                        "events"
                    };
                    let build = json!({"id": kind, "status": "pending",
                        "output_stream_url": format!("{base}/output/{kind}")});
                    answer(&mut conn, "201 Created", build).await;
                }
                ("GET", "/apps/text-app/builds/text")
                | ("GET", "/apps/event-app/builds/events") => {
                    let done = if path.ends_with("text") {
                        &state.text_done
                    } else {
                        &state.events_done
                    };
                    let status = if done.load(Ordering::SeqCst) {
                        "succeeded"
                    } else {
                        "pending"
                    };
                    answer(&mut conn, "200 OK", json!({"id": "b", "status": status})).await;
                }
                ("GET", "/output/text") => match state.text.fetch_add(1, Ordering::SeqCst) {
                    0 => {
                        chunked_head(&mut conn, "200 OK", "text/plain").await;
                        chunk(&mut conn, b"line 1\nline 2\nli").await;
                        // Dropped mid-body: no last chunk, no close_notify.
                    }
                    _ if request.header("range") == Some("bytes=16-") => {
                        tokio::time::sleep(Duration::from_millis(2500)).await;
                        until_close_head(&mut conn, "206 Partial Content", "text/plain").await;
                        write(&mut conn, b"ne 3\nline 4\n").await;
                        state.text_done.store(true, Ordering::SeqCst);
                    }
                    _ => answer(&mut conn, "400 Bad Request", json!({"id": "bad_range"})).await,
                },
                ("GET", "/output/events") => match state.events.fetch_add(1, Ordering::SeqCst) {
                    0 => {
                        chunked_head(&mut conn, "200 OK", "text/event-stream").await;
                        chunk(
                            &mut conn,
                            b"id: 7\ndata: line 1\n\nid: 14\ndata: line 2\n\nid: 2",
                        )
                        .await;
                    }
                    _ if request.header("last-event-id") == Some("14") => {
                        tokio::time::sleep(Duration::from_millis(2500)).await;
                        until_close_head(&mut conn, "200 OK", "text/event-stream").await;
                        write(
                            &mut conn,
                            b"id: 21\ndata: line 3\n\nid: 28\ndata: line 4\n\n",
                        )
                        .await;
                        state.events_done.store(true, Ordering::SeqCst);
                    }
                    _ => answer(&mut conn, "400 Bad Request", json!({"id": "bad_resume"})).await,
                },
                _ => {
                    answer(
                        &mut conn,
                        "404 Not Found",
                        json!({"id": "not_found", "message": path}),
                    )
                    .await
                }
            }
        })
    });
    url.set(server.url.clone()).unwrap();
    (server, state)
}

/// A dropped build stream resumes where it broke (`Range` for text, `Last-Event-ID` for
/// events), a silence longer than belt's read timeout is waited out, and an end without TLS
/// close_notify is an end: every line is printed once, clean, and the deploy succeeds.
#[test]
fn a_dropped_build_stream_resumes_without_repeats_or_gaps() {
    let sb = Sandbox::new();
    let (server, state) = build_stand_in(&sb);
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), PROCFILE).unwrap();
    for app in ["text-app", "event-app"] {
        let out = sb
            .belt()
            .args(["deploy", "site", "-a", app, "--api-url", &server.url])
            .env("BELT_API_KEY", "token")
            .env("SSL_CERT_FILE", &server.ca)
            .env("BELT_HTTP_TIMEOUT", "1")
            .env("BELT_WAIT_INTERVAL", "0.2")
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{app}: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "line 1\nline 2\nline 3\nline 4\n",
            "{app}: {stderr}"
        );
    }
    assert_eq!(state.text.load(Ordering::SeqCst), 2);
    assert_eq!(state.events.load(Ordering::SeqCst), 2);
    for upload in server.requests_to("/blob") {
        assert_eq!(upload.header("content-type"), None);
        assert_eq!(upload.header("authorization"), None);
    }
    // belt asks for text; events are read because the answer is events.
    for stream in server.requests_to("/output/") {
        assert_eq!(stream.header("accept"), Some("text/plain"));
    }
}

/// `builds -n N` takes any N, following `Next-Range` past a server's page size.
#[test]
fn builds_n_follows_next_range_to_any_number() {
    let sb = Sandbox::new();
    let server = StandIn::start(&sb.path("stand-in"), |request, mut conn| {
        Box::pin(async move {
            // 300 builds, newest first, at most 200 a page whatever the max.
            let range = request.header("range").unwrap_or_default().to_string();
            let after: usize = range
                .strip_prefix("id ]")
                .and_then(|r| r.split("..").next())
                .and_then(|id| id.trim_start_matches('b').parse().ok())
                .map_or(0, |n: usize| 301 - n);
            let page: Vec<Value> = (after..300.min(after + 200))
                .map(|i| json!({"id": format!("b{:03}", 300 - i), "status": "succeeded"}))
                .collect();
            let last = page.last().map(|b| b["id"].as_str().unwrap().to_string());
            let more = after + 200 < 300;
            let mut head = format!(
                "HTTP/1.1 {}\r\nContent-Type: application/json\r\n",
                if more {
                    "206 Partial Content"
                } else {
                    "200 OK"
                }
            );
            if let (true, Some(last)) = (more, last) {
                head.push_str(&format!(
                    "Next-Range: id ]{last}..; max=200, order=desc\r\n"
                ));
            }
            let body = Value::from(page).to_string();
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            standin::write(&mut conn, head.as_bytes()).await;
            standin::write(&mut conn, body.as_bytes()).await;
        })
    });
    let out = sb
        .belt()
        .args([
            "builds",
            "-n",
            "250",
            "-a",
            "many",
            "--json",
            "--api-url",
            &server.url,
        ])
        .env("BELT_API_KEY", "token")
        .env("SSL_CERT_FILE", &server.ca)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let builds: Vec<Value> = crate::harness::json_of(&out);
    let ids: Vec<String> = builds
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = (51..=300).rev().map(|n| format!("b{n:03}")).collect();
    assert_eq!(ids, expected);
    let ranges: Vec<String> = server
        .requests_to("/apps/many/builds")
        .iter()
        .map(|r| r.header("range").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        ranges,
        [
            "started_at ..; order=desc, max=250",
            "id ]b101..; max=200, order=desc"
        ]
    );
}
