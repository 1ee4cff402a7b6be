//! `/apps/{app}/builds`, and a build's output stream (`output_stream_url`).

use reqwest::Method;
use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::Build;
use crate::api::{ByteStream, Client, MAX_PAGE, Planned, seg};
use crate::error::Result;

pub struct Builds<'a> {
    client: &'a Client,
    app: String,
}

impl Client {
    pub fn builds(&self, app: &str) -> Builds<'_> {
        Builds {
            client: self,
            app: app.to_string(),
        }
    }

    /// A build's output from where a dropped connection broke off: plain text asked for,
    /// resumed with `Last-Event-ID` when the server sent events, else with `Range: bytes=N-`.
    pub async fn build_output(&self, url: &str, resume: Resume<'_>) -> Result<ByteStream> {
        let mut headers = vec![("Accept", "text/plain".to_string())];
        match resume {
            Resume::Start => {}
            Resume::AfterEvent(id) => headers.push(("Last-Event-ID", id.to_string())),
            Resume::FromByte(n) => headers.push(("Range", format!("bytes={n}-"))),
        }
        self.open_stream(url, &headers).await
    }
}

/// Where a build's output stream picks up again.
pub enum Resume<'a> {
    Start,
    AfterEvent(&'a str),
    FromByte(u64),
}

/// The tarball a build is made from: every field of the schema's `source_blob`, which has
/// strict properties.
pub struct SourceBlob<'a> {
    pub checksum: &'a str,
    pub url: &'a str,
    pub version: Option<&'a str>,
    pub version_description: Option<&'a str>,
}

impl SourceBlob<'_> {
    fn body(&self) -> Value {
        json!({"source_blob": {
            "checksum": self.checksum,
            "url": self.url,
            "version": self.version,
            "version_description": self.version_description,
        }})
    }
}

impl Builds<'_> {
    fn path(&self) -> String {
        format!("{}/builds", app_path(&self.app))
    }

    /// `POST /apps/{app}/builds`.
    pub async fn create(&self, blob: &SourceBlob<'_>) -> Result<Fetched<Build>> {
        Fetched::read(self.client.post(&self.path(), &blob.body()).await?)
    }

    /// The `POST /apps/{app}/builds` that `--dry-run` lists instead.
    pub fn planned_create(&self, blob: &SourceBlob<'_>) -> Planned {
        self.client
            .planned(Method::POST, &self.path(), Some(&blob.body()))
    }

    /// `GET /apps/{app}/builds/{id}`.
    pub async fn info(&self, id: &str) -> Result<Fetched<Build>> {
        let path = format!("{}/{}", self.path(), seg(id));
        Fetched::read(self.client.get(&path).await?)
    }

    /// The newest `max` builds, newest first, as many pages as it takes.
    pub async fn newest(&self, max: u32) -> Result<Fetched<Vec<Build>>> {
        // The schema ranges builds by `id` or `started_at` (not `created_at`).
        let range = format!("started_at ..; order=desc, max={}", max.min(MAX_PAGE));
        let items: Vec<Value> = self
            .client
            .list_with(&self.path(), Some(&range), &[], Some(max as usize))
            .await?;
        Fetched::read_list(items)
    }
}
