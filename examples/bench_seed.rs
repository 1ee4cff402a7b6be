//! Seeds a platform data directory for `bench/compare`: the owner gets 100 apps, and the first
//! (`bench-app-001`) 50 config vars set over 100 config changes (so 100+ releases) and 5
//! add-ons (its 10 dynos are one-off processes, started by `bench/compare` through the server
//! it benchmarks, because they must run under a live platform); a second
//! account, `big@belt.local`, gets 10,000 apps. Everything goes through the API (the platform
//! runs in process on a loopback port), so the data is what real clients would have made.
//!
//!   cargo run --release --example bench_seed -- DATA_DIR BIG_TOKEN_FILE
//!
//! Idempotent only on a fresh data directory: bench/compare always starts from one.

use std::sync::Arc;

use serde_json::json;
use tokio::sync::Semaphore;

const OWNER_APPS: usize = 100;
const BIG_APPS: usize = 10_000;
const CONFIG_VARS: usize = 50;
const CONFIG_CHANGES: usize = 100;
const PARALLEL: usize = 16;
const ADDON_PLANS: [&str; 5] = [
    "heroku-postgresql:essential-0",
    "heroku-redis:mini",
    "memcache",
    "sendgrid",
    "papertrail",
];

type Failure = Box<dyn std::error::Error + Send + Sync>;

fn main() -> Result<(), Failure> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, big_token_file] = args.as_slice() else {
        return Err("usage: bench_seed DATA_DIR BIG_TOKEN_FILE".into());
    };
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(seed(data_dir.as_ref(), big_token_file.as_ref()))
}

async fn seed(data_dir: &std::path::Path, big_token_file: &std::path::Path) -> Result<(), Failure> {
    let platform = belt_platform::start_embedded(data_dir).await?;
    let big_token = platform.platform().create_user("big@belt.local")?;
    std::fs::write(big_token_file, &big_token)?;
    // Plain HTTP on loopback, but reqwest still wants a TLS provider chosen.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let api = Arc::new(Api {
        http: reqwest::Client::builder().no_proxy().build()?,
        url: platform.url.clone(),
    });

    let owner_apps = (1..=OWNER_APPS).map(|i| format!("bench-app-{i:03}"));
    create_apps(&api, &platform.token, owner_apps).await?;
    let big_apps = (1..=BIG_APPS).map(|i| format!("big-{i:05}"));
    create_apps(&api, &big_token, big_apps).await?;

    // One change at a time: each is a release, and they would only queue on the app anyway.
    for change in 0..CONFIG_CHANGES {
        let key = format!("VAR_{:02}", change % CONFIG_VARS + 1);
        let body = json!({ key: format!("value-{change}-{}", "x".repeat(24)) });
        api.send(
            reqwest::Method::PATCH,
            "/apps/bench-app-001/config-vars",
            &platform.token,
            body,
        )
        .await?;
    }
    for plan in ADDON_PLANS {
        api.send(
            reqwest::Method::POST,
            "/apps/bench-app-001/addons",
            &platform.token,
            json!({ "plan": plan }),
        )
        .await?;
    }
    Ok(())
}

struct Api {
    http: reqwest::Client,
    url: String,
}

impl Api {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: serde_json::Value,
    ) -> Result<(), Failure> {
        let response = self
            .http
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(token)
            .header("Accept", "application/vnd.heroku+json; version=3")
            .json(&body)
            .send()
            .await?;
        let status = response.status();
        if !status.is_success() {
            let text = response.text().await.unwrap_or_default();
            return Err(format!("{path}: {status}: {text}").into());
        }
        Ok(())
    }
}

/// Creates the named apps, `PARALLEL` requests at a time.
async fn create_apps(
    api: &Arc<Api>,
    token: &str,
    names: impl Iterator<Item = String>,
) -> Result<(), Failure> {
    let permits = Arc::new(Semaphore::new(PARALLEL));
    let mut tasks = Vec::new();
    for name in names {
        let permit = permits.clone().acquire_owned().await?;
        let (api, token) = (api.clone(), token.to_string());
        tasks.push(tokio::spawn(async move {
            let _permit = permit;
            api.send(
                reqwest::Method::POST,
                "/apps",
                &token,
                json!({ "name": name }),
            )
            .await
        }));
    }
    for task in tasks {
        task.await??;
    }
    Ok(())
}
