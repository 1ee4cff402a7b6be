//! `/account/features` and `/apps/{app}/features`: the labs features of an account or an
//! app, and switching one on or off.

use serde_json::{Value, json};

use super::apps::app_path;
use crate::api::{Client, seg};
use crate::error::Result;

/// Whose features: the account's, or one app's.
#[derive(Debug, Clone, Copy)]
pub enum FeatureOwner<'n> {
    Account,
    App(&'n str),
}

pub struct Features<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn features(&self, owner: FeatureOwner<'_>) -> Features<'_> {
        let path = match owner {
            FeatureOwner::Account => "/account/features".to_string(),
            FeatureOwner::App(app) => format!("{}/features", app_path(app)),
        };
        Features { client: self, path }
    }
}

impl Features<'_> {
    /// `GET .../features`, every page, raw.
    pub async fn list(&self) -> Result<Vec<Value>> {
        self.client.list_with(&self.path, None, &[], None).await
    }

    /// `GET .../features/{feature}` (name or id), raw.
    pub async fn info(&self, feature: &str) -> Result<Value> {
        self.client.get(&self.feature_path(feature)).await
    }

    /// `PATCH .../features/{feature}` with `{"enabled": enabled}`; the answer is the feature.
    pub async fn set_enabled(&self, feature: &str, enabled: bool) -> Result<Value> {
        let body = json!({ "enabled": enabled });
        self.client.patch(&self.feature_path(feature), &body).await
    }

    fn feature_path(&self, feature: &str) -> String {
        format!("{}/{}", self.path, seg(feature))
    }
}
