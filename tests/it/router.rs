//! The local platform's router end to end: an app's `web_url` answers through it, from the
//! app's web dynos in turn, with Heroku's router lines in the logs; custom domains route too;
//! maintenance mode and an app without web dynos get Heroku's 503 pages; `belt serve` routes
//! on its `--router-port`.

use std::path::PathBuf;

use crate::harness::{Sandbox, env, poll};

/// A web process answering every request with its dyno's name and the headers the router
/// added; a quiet worker.
const SERVER: &str = r#"import http.server, os
class Name(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = "%s via=%s request_id=%s forwarded_for=%s" % (
            os.environ["DYNO"], self.headers.get("Via"), self.headers.get("X-Request-Id"),
            self.headers.get("X-Forwarded-For"))
        body = body.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(os.environ["PORT"])), Name).serve_forever()
"#;
const PROCFILE: &str = "web: exec python3 server.py\nworker: exec sleep 600\n";

fn deployed(sb: &Sandbox, app: &str) -> PathBuf {
    let dir = sb.repo_with_procfile("src", PROCFILE, "main");
    std::fs::write(dir.join("server.py"), SERVER).unwrap();
    sb.commit_all(&dir, "a server");
    sb.ok_in(&dir, &["create", app]);
    sb.run_in(&dir, "git", &["push", "-q", "heroku", "main"]);
    dir
}

/// `curl` of `url` (with `Host: host` when given): the status and the body.
fn get(url: &str, host: Option<&str>) -> (u16, String) {
    let mut curl = env::command("curl");
    curl.args(["-s", "-w", "\n%{http_code}", url]);
    if let Some(host) = host {
        curl.args(["-H", &format!("Host: {host}")]);
    }
    let out = curl.output().expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or((&text, "0"));
    (code.trim().parse().unwrap_or(0), body.to_string())
}

fn wait_up(sb: &Sandbox, app: &str, up: usize) {
    poll(&format!("{up} dynos up"), || {
        let dynos = sb.json(&["ps", "-a", app]);
        dynos
            .as_array()
            .is_some_and(|d| d.iter().filter(|d| d["state"] == "up").count() == up)
    });
}

#[test]
fn the_web_url_answers_from_each_web_dyno_in_turn_and_logs_router_lines() {
    let sb = Sandbox::new();
    deployed(&sb, "rt-app");
    sb.ok(&["ps:scale", "web=2", "worker=1", "-a", "rt-app"]);
    wait_up(&sb, "rt-app", 3);
    let web_url = sb.json(&["apps:info", "-a", "rt-app"])["app"]["web_url"]
        .as_str()
        .expect("web_url")
        .to_string();
    let port = env::router_port(sb.root.path());
    assert_eq!(web_url, format!("http://rt-app.localhost:{port}/"));

    // curl reaches *.localhost on loopback: the web URL works as it is.
    let answers: Vec<String> = (0..4)
        .map(|_| get(&web_url, None))
        .map(|(code, body)| {
            assert_eq!(code, 200, "{body}");
            body
        })
        .collect();
    let dynos: Vec<&str> = answers
        .iter()
        .map(|a| a.split(' ').next().unwrap_or(""))
        .collect();
    // Round robin: each request goes to the other web dyno; never to the worker.
    assert!(
        dynos.iter().all(|d| *d == "web.1" || *d == "web.2"),
        "{answers:?}"
    );
    assert!(dynos.windows(2).all(|w| w[0] != w[1]), "{dynos:?}");
    assert!(answers[0].contains("via=2.0 heroku-router"), "{answers:?}");
    assert!(
        answers[0].contains("forwarded_for=127.0.0.1"),
        "{answers:?}"
    );
    let request_id = answers[0]
        .split("request_id=")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .expect("a request id")
        .to_string();
    assert!(request_id.len() >= 20, "{request_id}");

    // One heroku[router] line per request, naming the dyno that answered.
    poll("the router's lines", || {
        sb.ok(&["logs", "-n", "1500", "-a", "rt-app"])
            .matches("heroku[router]: at=info method=GET path=\"/\"")
            .count()
            >= 4
    });
    let logs = sb.ok(&["logs", "-n", "1500", "-a", "rt-app"]);
    let line = logs
        .lines()
        .find(|l| l.contains(&format!("request_id={request_id}")))
        .unwrap_or_else(|| panic!("no line for {request_id} in:\n{logs}"));
    for part in [
        format!("host=rt-app.localhost:{port}"),
        "fwd=\"127.0.0.1\"".to_string(),
        format!("dyno={}", dynos[0]),
        "status=200".to_string(),
        "protocol=http".to_string(),
    ] {
        assert!(line.contains(&part), "no {part} in {line}");
    }

    // A custom domain routes to the app too.
    sb.ok(&["domains:add", "www.rt-example.test", "-a", "rt-app"]);
    poll("the custom domain routed", || {
        get(
            &format!("http://127.0.0.1:{port}/"),
            Some("www.rt-example.test"),
        )
        .0 == 200
    });

    // Maintenance mode: Heroku's 503 page, then the app again.
    sb.ok(&["maintenance:on", "-a", "rt-app"]);
    poll("the maintenance page", || get(&web_url, None).0 == 503);
    sb.ok(&["maintenance:off", "-a", "rt-app"]);
    poll("the app again", || get(&web_url, None).0 == 200);

    // No web dyno (the worker keeps the supervisor and its router up): H14.
    sb.ok(&["ps:scale", "web=0", "-a", "rt-app"]);
    poll("H14", || get(&web_url, None).0 == 503);
    poll("the H14 line", || {
        sb.ok(&["logs", "-n", "1500", "-a", "rt-app"])
            .contains("heroku[router]: at=error code=H14 desc=\"No web processes running\"")
    });
    // An unknown app is Heroku's 404.
    let (code, _) = get(&format!("http://nope.localhost:{port}/"), None);
    assert_eq!(code, 404);
}

#[test]
fn belt_serve_routes_on_its_router_port() {
    let sb = Sandbox::new();
    let server = sb.serve();
    sb.add_account("served", &server, &server.token);
    let dir = sb.repo_with_procfile("src", PROCFILE, "main");
    std::fs::write(dir.join("server.py"), SERVER).unwrap();
    sb.commit_all(&dir, "a server");
    sb.ok_in(&dir, &["accounts:use", "served"]);
    sb.ok_in(&dir, &["create", "rt-served"]);
    let push = sb
        .std_command("git")
        .current_dir(&dir)
        .args(["push", "-q", "heroku", "main"])
        .env("GIT_SSL_CAINFO", &server.ca)
        .output()
        .expect("git push");
    assert!(push.status.success(), "{push:?}");
    sb.ok_in(&dir, &["ps:scale", "web=1"]);
    let web_url = server.router_url.replace('*', "rt-served");
    poll("the app through belt serve's router", || {
        get(&web_url, None).0 == 200
    });
    assert!(get(&web_url, None).1.starts_with("web.1 "));
}
