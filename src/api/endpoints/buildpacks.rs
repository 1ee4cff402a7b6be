//! `/apps/{app}/buildpack-installations`: the buildpacks an app's next build runs, replaced
//! as a whole list as the official CLI does.

use reqwest::Method;
use serde_json::{Value, json};

use super::apps::app_path;
use crate::api::Client;
use crate::error::Result;

pub struct Buildpacks<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn buildpacks(&self, app: &str) -> Buildpacks<'_> {
        Buildpacks {
            client: self,
            path: format!("{}/buildpack-installations", app_path(app)),
        }
    }
}

impl Buildpacks<'_> {
    /// `GET /apps/{app}/buildpack-installations`, every page, raw.
    pub async fn list(&self) -> Result<Vec<Value>> {
        self.client.list_with(&self.path, None, &[], None).await
    }

    /// `PUT /apps/{app}/buildpack-installations` with the whole new list, in order (a
    /// registry name or a URL each); the answer is the list the backend now has.
    pub async fn replace(&self, buildpacks: &[String]) -> Result<Value> {
        let updates: Vec<Value> = buildpacks.iter().map(|b| json!({"buildpack": b})).collect();
        let body = json!({ "updates": updates });
        self.client
            .send(Method::PUT, &self.path, Some(&body), &[])
            .await?
            .decode()
    }
}
