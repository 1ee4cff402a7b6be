//! `/apps/{app}/domains`: an app's own hostname and its custom domains.

use serde_json::{Value, json};

use super::apps::app_path;
use crate::api::{Client, seg};
use crate::error::Result;

pub struct Domains<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn domains(&self, app: &str) -> Domains<'_> {
        Domains {
            client: self,
            path: format!("{}/domains", app_path(app)),
        }
    }
}

impl Domains<'_> {
    /// `GET /apps/{app}/domains`, every page, raw.
    pub async fn list(&self) -> Result<Vec<Value>> {
        self.client.list_with(&self.path, None, &[], None).await
    }

    /// `POST /apps/{app}/domains`. The schema requires `sni_endpoint`; null leaves the
    /// domain without one.
    pub async fn add(&self, hostname: &str) -> Result<Value> {
        let body = json!({"hostname": hostname, "sni_endpoint": null});
        self.client.post(&self.path, &body).await
    }

    /// `DELETE /apps/{app}/domains/{hostname}`; the answer is the domain as it was.
    pub async fn remove(&self, hostname: &str) -> Result<Value> {
        let path = format!("{}/{}", self.path, seg(hostname));
        self.client.delete(&path).await
    }
}
