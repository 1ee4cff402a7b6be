//! `/apps/{app}/config-vars`: an app's config vars, read and changed as one release.

use serde_json::{Map, Value};

use super::Fetched;
use super::apps::app_path;
use crate::api::Client;
use crate::error::Result;
use belt_text::dotenv::ConfigMap;

pub struct ConfigVars<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn config_vars(&self, app: &str) -> ConfigVars<'_> {
        ConfigVars {
            client: self,
            path: format!("{}/config-vars", app_path(app)),
        }
    }
}

impl ConfigVars<'_> {
    /// `GET /apps/{app}/config-vars`.
    pub async fn info(&self) -> Result<Fetched<ConfigMap>> {
        Fetched::read(self.client.get::<Value>(&self.path).await?)
    }

    /// `PATCH /apps/{app}/config-vars`: each key set to its value, or unset (`null`) for
    /// `None`. The answer is the whole new set.
    pub async fn update<'k>(
        &self,
        changes: impl IntoIterator<Item = (&'k str, Option<&'k str>)>,
    ) -> Result<Value> {
        let body: Map<String, Value> = changes
            .into_iter()
            .map(|(key, value)| (key.to_string(), value.map_or(Value::Null, Value::from)))
            .collect();
        self.client.patch(&self.path, &Value::Object(body)).await
    }
}
