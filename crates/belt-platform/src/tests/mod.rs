//! In-process HTTP tests: each starts the embedded platform on its own temporary data
//! directory and talks to it over loopback with reqwest.

use reqwest::StatusCode;
use serde_json::{Value, json};

use super::*;

mod access;
mod account;
mod app_setups;
mod apps;
mod authorizations;
mod event_buffer;
mod group_commit;
mod pipelines;
mod release_queries;
mod requests;
mod review_apps;
mod router_changes;
mod stage_config_vars;
mod startup;
mod teams;

struct Fixture {
    _dir: tempfile::TempDir,
    server: Embedded,
    client: reqwest::Client,
}

fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("client")
}

async fn start() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = start_embedded(dir.path()).await.expect("start");
    Fixture {
        _dir: dir,
        server,
        client: client(),
    }
}

impl Fixture {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.url)
    }

    fn req(&self, method: reqwest::Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, self.url(path))
            .bearer_auth(token)
            .header("Accept", "application/vnd.heroku+json; version=3")
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.req(method, path, token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("send");
        let status = res.status();
        assert_json(&res);
        (status, res.json().await.expect("json body"))
    }

    async fn create(&self, token: &str, body: Value) -> (StatusCode, Value) {
        self.call(reqwest::Method::POST, "/apps", token, Some(body))
            .await
    }

    fn owner(&self) -> String {
        self.server.token.clone()
    }
}

/// The object's keys, sorted.
fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .map(|o| o.keys().map(|k| k.as_str()).collect())
        .unwrap_or_default();
    keys.sort_unstable();
    keys
}

fn assert_json(res: &reqwest::Response) {
    let ct = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(ct.starts_with("application/json"), "content-type {ct:?}");
    assert!(res.headers().contains_key("request-id"));
}
