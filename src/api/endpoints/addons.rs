//! `/apps/{app}/addons`, `/addons`, their attachments, and the catalogue
//! (`/addon-services`, their plans). Add-ons are asked for with the plan and service spelled
//! out (`Accept-Expansion`), as the Heroku CLI asks, for prices.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::{Addon, AddonAttachment, AddonService, Plan, decode};
use crate::api::{Client, seg};
use crate::error::Result;

fn expansion() -> [(&'static str, String); 1] {
    [("Accept-Expansion", "addon_service,plan".to_string())]
}

/// Every add-on of the list at `path` (all its pages), expanded.
async fn list_expanded(client: &Client, path: &str) -> Result<Fetched<Vec<Addon>>> {
    Fetched::read_list(list_expanded_raw(client, path).await?)
}

/// The same items as they came, unread.
async fn list_expanded_raw(client: &Client, path: &str) -> Result<Vec<Value>> {
    client.list_with(path, None, &expansion(), None).await
}

async fn send_expanded(
    client: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Result<Fetched<Addon>> {
    Fetched::read(send_expanded_raw(client, method, path, body).await?)
}

/// The same answer as it came, unread.
async fn send_expanded_raw(
    client: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Result<Value> {
    client
        .send(method, path, body, &expansion())
        .await?
        .decode()
}

/// The add-ons of one app.
pub struct AppAddons<'a> {
    client: &'a Client,
    path: String,
}

/// The add-ons of every app of the account, by name.
pub struct AccountAddons<'a> {
    client: &'a Client,
}

/// The add-on catalogue: services and their plans.
pub struct AddonServices<'a> {
    client: &'a Client,
}

impl Client {
    pub fn addons(&self, app: &str) -> AppAddons<'_> {
        AppAddons {
            client: self,
            path: format!("{}/addons", app_path(app)),
        }
    }

    pub fn account_addons(&self) -> AccountAddons<'_> {
        AccountAddons { client: self }
    }

    pub fn addon_services(&self) -> AddonServices<'_> {
        AddonServices { client: self }
    }
}

/// What `POST /apps/{app}/addons` is told.
#[derive(Debug)]
pub struct NewAddon<'a> {
    /// `SERVICE[:PLAN]`. The schema's plan identity is a string (the official CLI sends
    /// `{"name": ...}`, which Heroku also takes).
    pub plan: &'a str,
    /// The attachment's name, the config vars' prefix.
    pub attachment: Option<&'a str>,
    pub name: Option<&'a str>,
    /// Options for the provider.
    pub config: Map<String, Value>,
}

impl AppAddons<'_> {
    fn addon_path(&self, addon: &str) -> String {
        format!("{}/{}", self.path, seg(addon))
    }

    /// `GET /apps/{app}/addons`, every page, expanded.
    pub async fn list(&self) -> Result<Fetched<Vec<Addon>>> {
        list_expanded(self.client, &self.path).await
    }

    /// The same list as it came, unread (for `--json`).
    pub async fn list_raw(&self) -> Result<Vec<Value>> {
        list_expanded_raw(self.client, &self.path).await
    }

    /// `GET /apps/{app}/addons/{addon}` (name, attachment or service), expanded.
    pub async fn info(&self, addon: &str) -> Result<Fetched<Addon>> {
        Fetched::read(self.info_raw(addon).await?)
    }

    /// The same answer as it came, unread (for `--json`).
    pub async fn info_raw(&self, addon: &str) -> Result<Value> {
        send_expanded_raw(self.client, Method::GET, &self.addon_path(addon), None).await
    }

    /// `GET /apps/{app}/addons/{addon}` as it is, to learn which add-on a name means.
    pub async fn resolve(&self, addon: &str) -> Result<Addon> {
        decode(&self.client.get::<Value>(&self.addon_path(addon)).await?)
    }

    /// `POST /apps/{app}/addons`, expanded.
    pub async fn create(&self, addon: &NewAddon<'_>) -> Result<Fetched<Addon>> {
        let mut body = json!({"plan": addon.plan, "config": addon.config});
        if let Some(name) = addon.attachment {
            body["attachment"] = json!({"name": name});
        }
        if let Some(name) = addon.name {
            body["name"] = json!(name);
        }
        send_expanded(self.client, Method::POST, &self.path, Some(&body)).await
    }

    /// `PATCH /apps/{app}/addons/{id}` with `{"plan": plan}`, expanded.
    pub async fn change_plan(&self, id: &str, plan: &str) -> Result<Fetched<Addon>> {
        let body = json!({ "plan": plan });
        let path = self.addon_path(id);
        send_expanded(self.client, Method::PATCH, &path, Some(&body)).await
    }

    /// `DELETE /apps/{app}/addons/{id}`; the answer is the add-on as it was.
    pub async fn destroy(&self, id: &str) -> Result<Value> {
        self.client.delete(&self.addon_path(id)).await
    }

    /// Polls the add-on every `interval` until it is no longer `provisioning`; returns its
    /// latest state.
    pub async fn wait_provisioned(&self, id: &str, interval: Duration) -> Result<Fetched<Addon>> {
        loop {
            tokio::time::sleep(interval).await;
            let addon = self.info(id).await?;
            if addon.model.state.as_deref() != Some("provisioning") {
                return Ok(addon);
            }
        }
    }
}

impl AccountAddons<'_> {
    /// `GET /addons`, every page, expanded.
    pub async fn list(&self) -> Result<Fetched<Vec<Addon>>> {
        list_expanded(self.client, "/addons").await
    }

    /// `GET /addons/{addon}` by its name or id, expanded, unread.
    pub async fn info_raw(&self, addon: &str) -> Result<Value> {
        let path = format!("/addons/{}", seg(addon));
        send_expanded_raw(self.client, Method::GET, &path, None).await
    }

    /// `GET /addons/{id}/addon-attachments`, every page: the apps the add-on is attached to.
    pub async fn attachments(&self, id: &str) -> Result<Vec<AddonAttachment>> {
        let path = format!("/addons/{}/addon-attachments", seg(id));
        self.client.list_with(&path, None, &[], None).await
    }
}

impl AddonServices<'_> {
    /// `GET /addon-services`, every page.
    pub async fn list(&self) -> Result<Fetched<Vec<AddonService>>> {
        let items = self
            .client
            .list_with("/addon-services", None, &[], None)
            .await?;
        Fetched::read_list(items)
    }

    /// `GET /addon-services/{service}/plans`, every page.
    pub async fn plans(&self, service: &str) -> Result<Fetched<Vec<Plan>>> {
        let path = format!("/addon-services/{}/plans", seg(service));
        Fetched::read_list(self.client.list_with(&path, None, &[], None).await?)
    }
}
