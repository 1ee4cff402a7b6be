//! `/apps` and `/apps/{app}`.

use serde_json::{Value, json};

use super::Fetched;
use crate::api::models::App;
use crate::api::{Client, seg};
use crate::error::Result;

pub struct Apps<'a> {
    client: &'a Client,
}

impl Client {
    pub fn apps(&self) -> Apps<'_> {
        Apps { client: self }
    }
}

fn app_path(name: &str) -> String {
    format!("/apps/{}", seg(name))
}

impl Apps<'_> {
    /// `GET /apps/{app}`.
    pub async fn info(&self, name: &str) -> Result<Fetched<App>> {
        Fetched::read(self.client.get::<Value>(&app_path(name)).await?)
    }

    /// `PATCH /apps/{app}` with `{"maintenance": on}`.
    pub async fn set_maintenance(&self, name: &str, on: bool) -> Result<Fetched<App>> {
        let body = json!({ "maintenance": on });
        Fetched::read(self.client.patch::<Value>(&app_path(name), &body).await?)
    }
}
