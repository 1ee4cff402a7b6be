//! `belt serve` started for a test (on a free port, with its own data dir and CA) and stopped
//! when the test drops it, and calls to it at the wire.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};

use assert_cmd::Command;
use serde_json::Value;

use super::sandbox::belt_program;
use super::{Sandbox, http_client_trusting};

impl Sandbox {
    /// Starts `belt serve` on a free port with its own data dir.
    pub fn serve(&self) -> Server {
        self.serve_in("serve")
    }

    /// Starts another `belt serve`, with the data dir `name` in the sandbox.
    pub fn serve_in(&self, name: &str) -> Server {
        let data_dir = self.path(name);
        let mut cmd = self.std_command(belt_program());
        cmd.args([
            "serve",
            "--port",
            "0",
            "--router-port",
            "0",
            "--json",
            "--data-dir",
        ])
        .arg(&data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("spawn belt serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut text = String::new();
        let mut reader = BufReader::new(stdout);
        // `--json` prints one pretty JSON document: read until it parses.
        let info: Value = loop {
            let mut line = String::new();
            let n = reader.read_line(&mut line).expect("read serve output");
            assert!(n > 0, "belt serve exited early: {text}");
            text.push_str(&line);
            if let Ok(v) = serde_json::from_str(&text) {
                break v;
            }
        };
        let token_file = PathBuf::from(info["token_file"].as_str().expect("token_file"));
        Server {
            child,
            data_dir,
            url: info["url"].as_str().expect("url").to_string(),
            router_url: info["router_url"].as_str().expect("router_url").to_string(),
            ca: PathBuf::from(info["ca_cert"].as_str().expect("ca")),
            token: std::fs::read_to_string(&token_file)
                .expect("token file")
                .trim()
                .to_string(),
            token_file,
        }
    }
}

pub struct Server {
    child: Child,
    pub data_dir: PathBuf,
    pub url: String,
    /// `http://*.localhost:PORT/`, the apps' router.
    pub router_url: String,
    pub ca: PathBuf,
    pub token: String,
    pub token_file: PathBuf,
}

impl Drop for Server {
    /// Stopped as Ctrl-C would, so it stops its dynos; killed if it has not ended in 10 s.
    fn drop(&mut self) {
        let _ = super::env::command("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        for _ in 0..100 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// The server's platform, opened in-process (e.g. to add users).
    pub fn platform(&self) -> belt_platform::Platform {
        belt_platform::Platform::open(&self.data_dir, None).expect("open platform")
    }

    /// The `belt serve` process id (to read its memory use).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// One API call to this server with its owner's key: (status, headers, JSON body or Null).
    /// For setting up many resources fast and checking answers at the wire.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        self.call_as(&self.token, method, path, headers, body)
    }

    /// [`Server::call`] with another API key, `token`.
    pub fn call_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let http = http_client_trusting(&self.ca);
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = http
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(token)
            .header("Accept", "application/vnd.heroku+json; version=3");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let response = request.send().await.expect("the server answers");
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let bytes = response.bytes().await.unwrap_or_default();
            (
                status,
                headers,
                serde_json::from_slice(&bytes).unwrap_or(Value::Null),
            )
        })
    }

    /// A belt command of `sb` against this server (its key and CA).
    pub fn belt(&self, sb: &Sandbox) -> Command {
        let mut cmd = sb.belt();
        cmd.env("BELT_API_URL", &self.url)
            .env("BELT_API_KEY", &self.token)
            .env("SSL_CERT_FILE", &self.ca);
        cmd
    }

    /// Runs belt against this server (its key and CA), asserts success, returns stdout.
    pub fn belt_ok(&self, sb: &Sandbox, args: &[&str]) -> String {
        let output = self.belt(sb).args(args).output().expect("run belt");
        assert!(
            output.status.success(),
            "belt {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8 stdout")
    }
}
