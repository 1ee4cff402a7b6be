//! `/apps/{app}/releases`: an app's releases, the config vars each carries, rollbacks, and a
//! release command's output (`output_stream_url`).

use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::{Release, decode};
use crate::api::{ByteStream, Client, MAX_PAGE, seg};
use crate::error::Result;
use belt_text::dotenv::ConfigMap;

pub struct Releases<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn releases(&self, app: &str) -> Releases<'_> {
        Releases {
            client: self,
            path: format!("{}/releases", app_path(app)),
        }
    }
}

impl Releases<'_> {
    /// The newest `max` releases, newest first: as many pages as that takes. The Range reads
    /// as the official CLI's `releases` and `ps:wait` send it.
    pub async fn newest(&self, max: u32) -> Result<Vec<Value>> {
        let range = format!("version ..; max={}, order=desc", max.min(MAX_PAGE));
        self.client
            .list_with(&self.path, Some(&range), &[], Some(max as usize))
            .await
    }

    /// Every release, oldest first, page after page as the backend's `Next-Range` says.
    pub async fn all(&self) -> Result<Vec<Release>> {
        let range = format!("version ..; max={MAX_PAGE}");
        let raw: Vec<Value> = self.client.list(&self.path, &range).await?;
        raw.iter().map(decode).collect()
    }

    /// The version of the newest release, as shown after a change (`done, v12`).
    pub async fn newest_version(&self) -> Result<Option<u64>> {
        Ok(match self.newest(1).await?.first() {
            Some(raw) => Some(decode::<Release>(raw)?.version),
            None => None,
        })
    }

    /// `GET /apps/{app}/releases/{version or id}`, raw.
    pub async fn info(&self, identity: &str) -> Result<Value> {
        self.client
            .get(&format!("{}/{}", self.path, seg(identity)))
            .await
    }

    /// `GET /apps/{app}/releases/{id or version}/config-vars`: the config vars the release
    /// carries.
    pub async fn config_vars(&self, release_id: &str) -> Result<ConfigMap> {
        self.client
            .get(&format!("{}/{}/config-vars", self.path, seg(release_id)))
            .await
    }

    /// `POST /apps/{app}/releases` with `{"release": id}`: a new release carrying that one's
    /// code and config vars.
    pub async fn rollback(&self, release_id: &str) -> Result<Fetched<Release>> {
        let body = json!({ "release": release_id });
        Fetched::read(self.client.post::<Value>(&self.path, &body).await?)
    }

    /// A release command's output at its `output_stream_url`, as plain text from byte `from`
    /// on (where a dropped stream broke off).
    pub async fn output(&self, url: &str, from: u64) -> Result<ByteStream> {
        let mut headers = vec![("Accept", "text/plain".to_string())];
        if from > 0 {
            headers.push(("Range", format!("bytes={from}-")));
        }
        self.client.open_stream(url, &headers).await
    }
}
