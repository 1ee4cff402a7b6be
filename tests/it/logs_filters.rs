//! `logs --since/--until/--grep/--grep-regex`: filtered histories and tails, lines picked by
//! their own timestamps (served by a stand-in, so every time is known), the notice when the
//! platform's 1,500-line buffer cuts a window short, and refused flags.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::logs::{interrupt, platform};
use crate::harness::standin::{self, StandIn};
use crate::harness::{Lines, Sandbox};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::format_description;

/// What the buffer-limit notice always says.
const NOTICE: &str = "the platform keeps only the last 1,500 log lines";

/// `TIME app[web.1]: MESSAGE`, as Heroku stamps a line.
fn line(at: &str, message: &str) -> String {
    format!("{at} app[web.1]: {message}")
}

/// A moment `minutes` ago, stamped as Heroku stamps lines.
fn minutes_ago(minutes: i64) -> String {
    let at = OffsetDateTime::now_utc() - time::Duration::minutes(minutes);
    let stamp = format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]+00:00"
    );
    at.format(stamp).unwrap()
}

/// Server-Sent Events of `lines`, numbered from `first`.
fn events(first: usize, lines: &[String]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("id: {}\ndata: {line}\n\n", first + i))
        .collect()
}

/// A stand-in Heroku whose app `app` has log sessions numbered 1, 2, ...: session N streams
/// `streams[N - 1]`: `(events, false)` ends there, as a history does; `(events, true)` then
/// stays open, as a tail does.
fn stand_in(sb: &Sandbox, app: &str, streams: Vec<(String, bool)>) -> StandIn {
    let base = Arc::new(OnceLock::<String>::new());
    let opened = Arc::new(AtomicUsize::new(0));
    let sessions = format!("/apps/{app}/log-sessions");
    let streams = Arc::new(streams);
    let url = base.clone();
    let server = StandIn::start(&sb.path("stand-in"), move |request, mut conn| {
        let (url, opened, streams) = (url.clone(), opened.clone(), streams.clone());
        let sessions = sessions.clone();
        Box::pin(async move {
            let base = url.get().cloned().unwrap_or_default();
            let number: Option<usize> = request
                .path
                .strip_prefix("/stream/")
                .and_then(|n| n.parse().ok());
            match (request.method.as_str(), number) {
                ("POST", _) if request.path == sessions => {
                    let n = opened.fetch_add(1, Ordering::SeqCst) + 1;
                    let session = json!({"id": "s", "logplex_url": format!("{base}/stream/{n}")});
                    standin::json(&mut conn, "201 Created", session).await;
                }
                ("GET", Some(n)) if (1..=streams.len()).contains(&n) => {
                    let (body, tail) = &streams[n - 1];
                    if *tail {
                        standin::chunked_head(&mut conn, "200 OK", "text/event-stream").await;
                        standin::chunk(&mut conn, body.as_bytes()).await;
                        tokio::time::sleep(std::time::Duration::from_secs(120)).await;
                    } else {
                        let body = body.as_bytes();
                        standin::respond(&mut conn, "200 OK", "text/event-stream", body).await;
                    }
                }
                _ => standin::json(&mut conn, "400 Bad Request", json!({"id": "bad"})).await,
            }
        })
    });
    base.set(server.url.clone()).unwrap();
    server
}

/// Runs `belt logs -a APP ARGS` against `server`; returns stdout's lines and stderr.
fn logs(sb: &Sandbox, server: &StandIn, app: &str, args: &[&str]) -> (Vec<String>, String) {
    let ca = server.ca.to_string_lossy().into_owned();
    let output = sb
        .belt()
        .args(["logs", "-a", app, "--api-url", &server.url])
        .args(args)
        .env("BELT_API_KEY", "token")
        .env("SSL_CERT_FILE", &ca)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{args:?}: {stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    (stdout.lines().map(str::to_string).collect(), stderr)
}

/// The bodies of the log-session requests `server` received, in order.
fn session_requests(server: &StandIn, app: &str) -> Vec<Value> {
    server
        .requests_to(&format!("/apps/{app}/log-sessions"))
        .iter()
        .map(|r| r.json())
        .collect()
}

#[test]
fn history_is_filtered_by_each_lines_time_and_text() {
    let sb = Sandbox::new();
    let early: Vec<String> = (0..3)
        .map(|i| {
            line(
                &format!("2026-11-23T10:00:0{i}.000000+00:00"),
                &format!("GET /early/{i} status=200"),
            )
        })
        .collect();
    let late: Vec<String> = (0..3)
        .map(|i| {
            line(
                &format!("2026-11-23T11:00:0{i}.000000+00:00"),
                &format!("POST /late/{i} status=50{i}"),
            )
        })
        .collect();
    let odd = "a line without a timestamp: POST".to_string();
    let (hour_ago, minute_ago) = (
        line(&minutes_ago(60), "GET /hour-ago"),
        line(&minutes_ago(1), "GET /minute-ago"),
    );
    let mut all: Vec<String> = early.iter().chain(&late).cloned().collect();
    all.extend([odd.clone(), hour_ago.clone(), minute_ago.clone()]);
    // One history per run below.
    let server = stand_in(&sb, "hist", vec![(events(1, &all), false); 11]);
    let run = |args: &[&str]| logs(&sb, &server, "hist", args);

    let (unfiltered, _) = run(&[]);
    assert_eq!(unfiltered, all);
    let (since, stderr) = run(&["--since", "2026-11-23T10:30:00Z"]);
    let mut expected = late.clone();
    expected.extend([hour_ago.clone(), minute_ago.clone()]);
    assert_eq!(since, expected, "the line without a time is left out");
    assert_eq!(stderr, "", "a buffer that is not full owes no notice");
    assert_eq!(
        run(&["--since", "10m"]).0,
        std::slice::from_ref(&minute_ago)
    );
    assert_eq!(run(&["--until", "2026-11-23T10:30"]).0, early);
    assert_eq!(
        run(&[
            "--since",
            "2026-11-23T11:00:01Z",
            "--until",
            "2026-11-23T11:00:01.5+00:00"
        ])
        .0,
        late[1..2]
    );
    let mut posts = late.clone();
    posts.push(odd.clone());
    assert_eq!(
        run(&["--grep", "POST"]).0,
        posts,
        "no time asked: all lines count"
    );
    assert_eq!(run(&["--grep", "post"]).0, Vec::<String>::new());
    assert_eq!(run(&["--grep-regex", r"status=50[12]$"]).0, late[1..]);
    assert_eq!(
        run(&["--grep-regex", "(?i)post", "-n", "2"]).0,
        [late[2].clone(), odd]
    );
    assert_eq!(
        run(&["--since", "1d", "--grep", "GET"]).0,
        [hour_ago, minute_ago]
    );
    let (json, _) = run(&["--json", "--grep", "status=50"]);
    let objects: Vec<Value> = json
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let messages: Vec<&str> = objects
        .iter()
        .map(|o| o["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "POST /late/0 status=500",
            "POST /late/1 status=501",
            "POST /late/2 status=502"
        ]
    );
    assert_eq!(objects[0]["timestamp"], "2026-11-23T11:00:00.000000+00:00");

    // The platform cannot filter: a filtered history asks for its whole buffer, no tail.
    let requests = session_requests(&server, "hist");
    assert_eq!(requests[0], json!({"lines": 100, "tail": false}));
    assert!(
        requests[1..]
            .iter()
            .all(|r| *r == json!({"lines": 1500, "tail": false})),
        "{requests:?}"
    );
}

/// A filtered tail reads the history to its end, shows its last -n matches, then follows in
/// a session of no history that resumes after the history's last line, filtered alike.
#[test]
fn a_tail_is_filtered_like_the_history() {
    let sb = Sandbox::new();
    let at = |minute: u32, message: &str| {
        line(
            &format!("2026-11-23T10:{minute:02}:00.000000+00:00"),
            message,
        )
    };
    let history = [
        at(0, "keep old"),
        at(40, "keep one"),
        at(41, "drop two"),
        at(42, "keep three"),
    ];
    let tail = [
        at(10, "keep late but old"),
        at(50, "keep four"),
        at(51, "drop five"),
        at(52, "keep six"),
    ];
    let server = stand_in(
        &sb,
        "tail",
        vec![(events(1, &history), false), (events(5, &tail), true)],
    );
    let ca = server.ca.to_string_lossy().into_owned();
    let mut child = sb.spawn(
        &[
            "logs",
            "-a",
            "tail",
            "--tail",
            "--since",
            "2026-11-23T10:30Z",
            "--grep",
            "keep",
            "-n",
            "1",
            "--api-url",
            &server.url,
        ],
        &[("BELT_API_KEY", "token"), ("SSL_CERT_FILE", &ca)],
    );
    let mut lines = Lines::new(child.stdout.take().unwrap());
    lines.wait_for("the tail's last match", |l| l.ends_with("keep six"));
    let (code, stderr) = interrupt(&mut child);
    assert_eq!(code, 130, "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(
        lines.seen,
        [history[3].clone(), tail[1].clone(), tail[3].clone()]
    );

    let requests = session_requests(&server, "tail");
    assert_eq!(
        requests,
        [
            json!({"lines": 1500, "tail": false}),
            json!({"lines": 0, "tail": true})
        ]
    );
    let resumed = server.requests_to("/stream/2");
    assert_eq!(resumed[0].header("last-event-id"), Some("4"));
}

/// A live tail of the local platform shows only the matching lines another process writes.
#[test]
fn a_live_tail_shows_only_matching_lines() {
    let sb = Sandbox::new();
    sb.ok(&["create", "grep-tail"]);
    let platform = platform(&sb);
    let append = |message: &str| {
        platform
            .append_event("grep-tail", "app", "web.1", message)
            .unwrap()
    };
    append("match zero");
    let mut plain = sb.spawn(
        &["logs", "-a", "grep-tail", "--tail", "--grep", "match"],
        &[],
    );
    let mut regex = sb.spawn(
        &[
            "logs",
            "-a",
            "grep-tail",
            "--tail",
            "--grep-regex",
            r"^\S+ app\[web\.1\]: match (zero|three)$",
        ],
        &[],
    );
    let mut plain_lines = Lines::new(plain.stdout.take().unwrap());
    let mut regex_lines = Lines::new(regex.stdout.take().unwrap());
    // Each tail has shown its history: what follows comes live.
    plain_lines.wait_for("from the history", |l| l.ends_with("match zero"));
    regex_lines.wait_for("from the history", |l| l.ends_with("match zero"));
    append("match one");
    append("skip two");
    sb.ok(&["maintenance:on", "-a", "grep-tail"]);
    append("match three");
    plain_lines.wait_for("the last match", |l| l.ends_with("match three"));
    regex_lines.wait_for("the last match", |l| l.ends_with("match three"));
    for (child, lines, expected) in [
        (
            &mut plain,
            &plain_lines,
            &["match zero", "match one", "match three"][..],
        ),
        (&mut regex, &regex_lines, &["match zero", "match three"][..]),
    ] {
        let (code, stderr) = interrupt(child);
        assert_eq!((code, stderr.as_str()), (130, ""));
        let messages: Vec<&str> = lines
            .seen
            .iter()
            .map(|l| l.split_once(" app[web.1]: ").unwrap().1)
            .collect();
        assert_eq!(messages, expected);
    }
}

/// With more lines than the platform keeps, a filtered history says on stderr, once, that
/// the window starts before the oldest kept line; not when the window fits the buffer, and
/// never on stdout.
#[test]
fn a_full_buffer_is_noticed_when_the_window_reaches_past_it() {
    let sb = Sandbox::new();
    sb.ok(&["create", "full-logs"]);
    let numbered: String = (0..1600)
        .map(|i| {
            format!(
                "line {i:04}
"
            )
        })
        .collect();
    platform(&sb)
        .append_event("full-logs", "app", "web.1", &numbered)
        .unwrap();
    let buffer = sb.ok(&["logs", "-a", "full-logs", "-n", "1500"]);
    let buffer: Vec<&str> = buffer.lines().collect();
    assert_eq!(buffer.len(), 1500);
    assert!(buffer[0].ends_with("line 0100") && buffer[1499].ends_with("line 1599"));
    let stamp = |line: &str| line.split_once(' ').unwrap().0.to_string();
    let oldest = stamp(buffer[0]);
    let run = |args: &[&str]| {
        let output = sb
            .belt()
            .args(["logs", "-a", "full-logs"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success());
        (
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let notices = |stderr: &str| stderr.matches(NOTICE).count();

    let (out, stderr) = run(&["--grep", "line 1", "-n", "3"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), buffer[1497..]);
    assert_eq!(notices(&stderr), 1, "{stderr}");
    assert!(stderr.contains(&format!("({oldest})")), "{stderr}");
    assert!(!out.contains(NOTICE));

    let (out, stderr) = run(&["--since", "1d"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), buffer[1400..]);
    assert_eq!(notices(&stderr), 1, "{stderr}");
    assert!(
        stderr.contains("--since") && stderr.contains(&oldest),
        "{stderr}"
    );

    let (json, stderr) = run(&["--json", "--grep", "line", "-n", "1500"]);
    let objects: Vec<Value> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(objects.len(), 1500);
    assert_eq!(objects[1499]["message"], "line 1599");
    assert_eq!(notices(&stderr), 1, "{stderr}");

    // A window that starts inside the buffer fits it: no notice, and every line from there.
    let since = stamp(buffer[200]);
    let (out, stderr) = run(&["--since", &since, "-n", "1500"]);
    let from_since: Vec<&str> = buffer
        .iter()
        .copied()
        .filter(|l| stamp(l) >= since)
        .collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), from_since);
    assert_eq!(stderr, "");
    // Unfiltered, the history is what was asked for: nothing to say.
    assert_eq!(run(&["-n", "1500"]).1, "");

    // A buffer that is not full owes no notice, and --since 10m shows what just happened.
    sb.ok(&["create", "few-logs"]);
    let output = sb
        .belt()
        .args([
            "logs", "-a", "few-logs", "--since", "10m", "--grep", "by user",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(
        out.contains("Created app") && out.lines().count() == 3,
        "{out}"
    );
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    assert_eq!(sb.ok(&["logs", "-a", "few-logs", "--until", "10m"]), "");
}

#[test]
fn bad_filters_are_usage_errors() {
    let sb = Sandbox::new();
    sb.ok(&["create", "bad-filters"]);
    for (args, says) in [
        (&["--since", "yesterday"][..], "expected a time ago"),
        (&["--until", "5x"], "expected a time ago"),
        (&["--since", "2026-13-01"], "expected a time ago"),
        (&["--grep-regex", "(unclosed"], "without closing"),
        (&["--grep", "a", "--grep-regex", "b"], "cannot be used with"),
        (
            &["--tail", "--until", "2026-11-23T10:00Z"],
            "cannot be used with",
        ),
        (&["--since", "1h", "--until", "2h"], "is after --until"),
    ] {
        let mut all = vec!["logs", "-a", "bad-filters"];
        all.extend(args);
        let (code, stdout, stderr) = sb.fails(&all);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(stdout, "");
    }
}
