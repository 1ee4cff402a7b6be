//! `belt serve`: the same platform, standalone over HTTPS with its own CA.

use crate::harness::{Sandbox, env};
use serde_json::Value;

fn curl(args: &[&str]) -> (String, String) {
    let out = curl_output(args);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or((&text, ""));
    (body.to_string(), code.to_string())
}

/// curl's own output for `args`, with its exit status and its errors.
fn curl_output(args: &[&str]) -> std::process::Output {
    env::command("curl")
        .args(["-sS", "--noproxy", "*", "-w", "\n%{http_code}"])
        .args(args)
        .output()
        .expect("curl is installed by scripts/install-test-deps")
}

#[test]
fn serve_over_https_with_its_own_ca() {
    let sb = Sandbox::new();
    let server = sb.serve();
    assert!(
        server.url.starts_with("https://localhost:"),
        "{}",
        server.url
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&server.token_file)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // belt trusts the generated CA through SSL_CERT_FILE.
    let belt = |args: &[&str]| {
        let mut cmd = sb.belt();
        cmd.args(args)
            .args(["--api-url", &server.url])
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &server.ca);
        cmd.output().unwrap()
    };
    let out = belt(&["create", "served-app", "--json"]);
    let app: Value = crate::harness::json_of(&out);
    assert_eq!(app["git_url"], format!("{}/served-app.git", server.url));
    let out = belt(&["apps", "--json"]);
    let apps: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(apps[0]["name"], "served-app");
    // The served platform has its own state, apart from the embedded default's.
    assert!(sb.app_names().is_empty());

    // curl with the CA reaches it; 127.0.0.1 is in the certificate too.
    let ca = server.ca.to_str().unwrap();
    let auth = format!("Authorization: Bearer {}", server.token);
    let accept = "Accept: application/vnd.heroku+json; version=3";
    let (body, code) = curl(&[
        "--cacert",
        ca,
        "-H",
        &auth,
        "-H",
        accept,
        &format!("{}/apps/served-app", server.url),
    ]);
    assert_eq!(code, "200", "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["name"],
        "served-app"
    );
    let ip_url = server.url.replace("localhost", "127.0.0.1");
    let (_, code) = curl(&["--cacert", ca, "-H", &auth, &format!("{ip_url}/account")]);
    assert_eq!(code, "200");

    // A client without the CA is refused: curl cannot verify the server's certificate (its
    // exit 60), so no HTTP answer came.
    let out = curl_output(&["-H", &auth, &format!("{}/apps", server.url)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(60), "{stderr}");
    assert!(stderr.contains("SSL certificate problem"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "000");
    let out = sb
        .belt()
        .args(["apps", "--api-url", &server.url])
        .env("BELT_API_KEY", &server.token)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Refused for its issuer, and told how to trust the CA.
    assert!(
        stderr.contains("invalid peer certificate: UnknownIssuer"),
        "{stderr}"
    );
    assert!(
        stderr.contains("The server's certificate is not trusted"),
        "{stderr}"
    );

    // No token: 401 JSON.
    let (body, code) = curl(&["--cacert", ca, &format!("{}/apps", server.url)]);
    assert_eq!(code, "401");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["id"], "unauthorized");
    // A wrong token from belt: exit 3.
    let out = sb
        .belt()
        .args(["apps", "--api-url", &server.url])
        .env("BELT_API_KEY", "wrong")
        .env("SSL_CERT_FILE", &server.ca)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));

    // Malformed JSON: a 4xx JSON error, never a 500.
    for body in ["{not json", "[1,2]", "{\"name\": 42}"] {
        let (text, code) = curl(&[
            "--cacert",
            ca,
            "-H",
            &auth,
            "-H",
            "Content-Type: application/json",
            "-X",
            "POST",
            "--data",
            body,
            &format!("{}/apps", server.url),
        ]);
        assert!(code.starts_with('4'), "{body}: {code} {text}");
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert!(
            v["id"].as_str().is_some() && v["message"].as_str().is_some(),
            "{text}"
        );
    }
    // Unknown routes are JSON too.
    let (text, code) = curl(&[
        "--cacert",
        ca,
        "-H",
        &auth,
        &format!("{}/no/such/route", server.url),
    ]);
    assert_eq!(code, "404");
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["id"],
        "not_found"
    );
}

#[test]
fn serve_restarts_with_the_same_ca_and_token() {
    let sb = Sandbox::new();
    let (ca, token) = {
        let server = sb.serve();
        (std::fs::read(&server.ca).unwrap(), server.token.clone())
    };
    let server = sb.serve();
    assert_eq!(std::fs::read(&server.ca).unwrap(), ca);
    assert_eq!(server.token, token);
}
