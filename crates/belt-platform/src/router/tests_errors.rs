//! The router's own answers: Heroku's error codes with their pages and log lines, maintenance
//! mode, and hostnames no app answers to.

use std::net::Ipv4Addr;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

use super::tests::{Fixture, echo_dyno, field, raw_dyno, read_head, start};

/// Asks `host` for `/`, expecting the router's 503 application error page; returns the
/// app's newest router line.
async fn expect_error(f: &Fixture, app: &str, host: &str) -> String {
    let before = f.router_lines(app, 0).await.len();
    let response = f.get(host, "/").send().await.expect("send");
    assert_eq!(response.status(), 503);
    assert_eq!(
        response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/html; charset=utf-8")
    );
    let page = response.text().await.expect("body");
    assert!(page.contains("Application error"), "{page}");
    let lines = f.router_lines(app, before + 1).await;
    lines.last().cloned().expect("a router line")
}

#[tokio::test]
async fn h14_without_web_dynos_and_h10_when_they_crashed() {
    let f = start(Duration::from_secs(30)).await;
    f.app("idle");
    let line = expect_error(&f, "idle", "idle.localhost").await;
    assert!(
        line.starts_with(
            "at=error code=H14 desc=\"No web processes running\" method=GET path=\"/\" host=idle.localhost request_id="
        ),
        "{line}"
    );
    assert!(
        line.ends_with("fwd=\"127.0.0.1\" dyno= connect= service= status=503 bytes= protocol=http"),
        "{line}"
    );

    let crashed = f.app("crashed");
    f.web_formation(&crashed, 1);
    f.dyno(&crashed, "web.1", "crashed", None);
    // A running worker does not make the app serve.
    f.dyno(&crashed, "worker.1", "up", Some(echo_dyno("worker").await));
    let _ = f.until_not("crashed.localhost", 404).await;
    let line = expect_error(&f, "crashed", "crashed.localhost").await;
    assert!(
        line.starts_with("at=error code=H10 desc=\"App crashed\" "),
        "{line}"
    );
}

#[tokio::test]
async fn h12_when_the_dyno_does_not_answer_in_time() {
    let f = start(Duration::from_millis(300)).await;
    let app = f.app("slow");
    let port = raw_dyno(|mut stream| async move {
        let _ = read_head(&mut stream).await;
        tokio::time::sleep(Duration::from_secs(10)).await;
    })
    .await;
    f.dyno(&app, "web.1", "up", Some(port));
    let _ = f.until_not("slow.localhost", 404).await;
    let line = expect_error(&f, "slow", "slow.localhost").await;
    assert!(
        line.starts_with("at=error code=H12 desc=\"Request timeout\" "),
        "{line}"
    );
    assert_eq!(field(&line, "dyno"), "web.1");
    let service: u64 = field(&line, "service")
        .trim_end_matches("ms")
        .parse()
        .expect("service=");
    assert!(service >= 300, "{line}");
    assert_eq!(field(&line, "bytes"), "0");
}

#[tokio::test]
async fn h13_when_the_dyno_closes_without_answering_and_h18_when_it_breaks_off() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("rude");
    let port = raw_dyno(|mut stream| async move {
        let head = read_head(&mut stream).await;
        if head.starts_with("GET /half ") {
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part")
                .await;
        }
        // Closed: no answer at all, or less body than promised.
    })
    .await;
    f.dyno(&app, "web.1", "up", Some(port));
    let _ = f.until_not("rude.localhost", 404).await;
    let line = expect_error(&f, "rude", "rude.localhost").await;
    assert!(
        line.starts_with("at=error code=H13 desc=\"Connection closed without response\" "),
        "{line}"
    );
    assert_eq!(field(&line, "dyno"), "web.1");

    let before = f.router_lines("rude", 0).await.len();
    let response = f.get("rude.localhost", "/half").send().await.expect("send");
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.is_err(), "the body is cut short");
    let lines = f.router_lines("rude", before + 1).await;
    let line = lines.last().expect("a router line");
    assert!(
        line.starts_with("at=error code=H18 desc=\"Server Request Interrupted\" "),
        "{line}"
    );
    assert_eq!(field(line, "bytes"), "9");
}

#[tokio::test]
async fn h21_when_the_dyno_refuses_the_connection() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("gone");
    let closed = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .expect("bind");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    f.dyno(&app, "web.1", "up", Some(port));
    let _ = f.until_not("gone.localhost", 404).await;
    let line = expect_error(&f, "gone", "gone.localhost").await;
    assert!(
        line.starts_with("at=error code=H21 desc=\"Backend connection refused\" "),
        "{line}"
    );
}

#[tokio::test]
async fn a_request_waits_for_a_booting_web_dyno() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("boot");
    f.web_formation(&app, 1);
    f.dyno(&app, "web.1", "starting", None);
    // Not probed: a probe would wait for the boot too.
    tokio::time::sleep(super::table::POLL_INTERVAL * 4).await;
    let port = echo_dyno("booted").await;
    let waiting = f.get("boot.localhost", "/").send();
    let bring_up = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        f.set(
            &format!("UPDATE dynos SET state = 'up', port = {port} WHERE app_id = ?1"),
            &app,
        );
    };
    let (response, ()) = tokio::join!(waiting, bring_up);
    let response = response.expect("send");
    assert_eq!(response.status(), 200);
    assert!(response.text().await.expect("body").starts_with("booted"));
}

#[tokio::test]
async fn maintenance_mode_serves_the_maintenance_page() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("resting");
    f.dyno(&app, "web.1", "up", Some(echo_dyno("resting").await));
    f.set("UPDATE apps SET maintenance = 1 WHERE id = ?1", &app);
    let _ = f.until_not("resting.localhost", 404).await;
    let response = f.get("resting.localhost", "/").send().await.expect("send");
    assert_eq!(response.status(), 503);
    let page = response.text().await.expect("body");
    assert!(page.contains("Offline for maintenance"), "{page}");
    let lines = f.router_lines("resting", 2).await;
    let line = lines.last().expect("a router line");
    assert!(
        line.starts_with("at=info code=H80 desc=\"Maintenance mode\" method=GET "),
        "{line}"
    );
    assert!(
        line.contains(" dyno= connect= service= status=503 bytes= "),
        "{line}"
    );

    // MAINTENANCE_PAGE_URL: the page frames the app's own.
    f.set(
        "INSERT INTO config_vars (app_id, key, value) VALUES (?1, 'MAINTENANCE_PAGE_URL', 'https://example.com/m.html')",
        &app,
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let page = f.get("resting.localhost", "/").send().await.expect("send");
        let page = page.text().await.expect("body");
        if page.contains(r#"<iframe src="https://example.com/m.html""#) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{page}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_unknown_host_is_a_404_no_such_app_page() {
    let f = start(Duration::from_secs(30)).await;
    f.app("known");
    for host in ["unknown.localhost", "example.org", "known.example.org", ""] {
        let response = f.get(host, "/").send().await.expect("send");
        assert_eq!(response.status(), 404, "{host}");
        let page = response.text().await.expect("body");
        assert!(page.contains("There's nothing here, yet."), "{page}");
    }
}

#[tokio::test]
async fn a_request_waiting_for_a_boot_that_crashes_gets_h10() {
    let f = start(Duration::from_secs(30)).await;
    let app = f.app("fails");
    f.web_formation(&app, 1);
    f.dyno(&app, "web.1", "starting", None);
    tokio::time::sleep(super::table::POLL_INTERVAL * 4).await;
    let waiting = expect_error(&f, "fails", "fails.localhost");
    let crash = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        f.set("UPDATE dynos SET state = 'crashed' WHERE app_id = ?1", &app);
    };
    let (line, ()) = tokio::time::timeout(Duration::from_secs(10), async {
        tokio::join!(waiting, crash)
    })
    .await
    .expect("answered once the dyno crashed, not after the boot timeout");
    assert!(
        line.starts_with("at=error code=H10 desc=\"App crashed\" "),
        "{line}"
    );
}
