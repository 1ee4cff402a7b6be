//! `/apps/{app}/slugs/{slug}`: the code a release runs.

use super::apps::app_path;
use crate::api::models::Slug;
use crate::api::{Client, seg};
use crate::error::Result;

pub struct Slugs<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn slugs(&self, app: &str) -> Slugs<'_> {
        Slugs {
            client: self,
            path: format!("{}/slugs", app_path(app)),
        }
    }
}

impl Slugs<'_> {
    /// `GET /apps/{app}/slugs/{id}`.
    pub async fn info(&self, id: &str) -> Result<Slug> {
        self.client.get(&format!("{}/{}", self.path, seg(id))).await
    }
}
