//! `/sources`: a place to upload a source tarball to.

use reqwest::Method;
use serde_json::json;

use crate::api::models::Source;
use crate::api::{Client, Planned};
use crate::error::Result;

const PATH: &str = "/sources";

pub struct Sources<'a> {
    client: &'a Client,
}

impl Client {
    pub fn sources(&self) -> Sources<'_> {
        Sources { client: self }
    }
}

impl Sources<'_> {
    /// `POST /sources`: the URLs to upload a tarball to (`put_url`) and read it from.
    pub async fn create(&self) -> Result<Source> {
        self.client.post(PATH, &json!({})).await
    }

    /// What `--dry-run` lists for a deploy's source: the `POST /sources`, then the upload
    /// of `bytes` to its `put_url`.
    pub fn planned_upload(&self, bytes: usize) -> [Planned; 2] {
        let size = json!({ "bytes": bytes });
        [
            self.client.planned(Method::POST, PATH, None),
            self.client
                .planned(Method::PUT, "<source_blob.put_url>", Some(&size)),
        ]
    }
}
