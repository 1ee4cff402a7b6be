//! `/pipelines/{id}/stage/{stage}/config-vars`: a pipeline stage's config vars (the test
//! stage's are Heroku CI's, the review stage's review apps'), sent as the official CLI's
//! `ci:config*` send them.

use reqwest::Method;
use serde_json::{Map, Value};

use super::Fetched;
use super::pipelines::PIPELINES_ACCEPT;
use crate::api::{Client, seg};
use crate::error::Result;
use belt_text::dotenv::ConfigMap;

pub struct StageConfigVars<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn stage_config_vars(&self, pipeline_id: &str, stage: &str) -> StageConfigVars<'_> {
        StageConfigVars {
            client: self,
            path: format!(
                "/pipelines/{}/stage/{}/config-vars",
                seg(pipeline_id),
                seg(stage)
            ),
        }
    }
}

impl StageConfigVars<'_> {
    /// `GET`: the stage's vars.
    pub async fn info(&self) -> Result<Fetched<ConfigMap>> {
        let headers = [("Accept", PIPELINES_ACCEPT.to_string())];
        let response = self
            .client
            .send(Method::GET, &self.path, None, &headers)
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `PATCH`: each key set to its value, or removed (`null`) for `None`; the answer is the
    /// stage's vars.
    pub async fn update<'k>(
        &self,
        changes: impl IntoIterator<Item = (&'k str, Option<&'k str>)>,
    ) -> Result<Fetched<ConfigMap>> {
        let body: Map<String, Value> = changes
            .into_iter()
            .map(|(key, value)| (key.to_string(), value.map_or(Value::Null, Value::from)))
            .collect();
        let headers = [("Accept", PIPELINES_ACCEPT.to_string())];
        let response = self
            .client
            .send(
                Method::PATCH,
                &self.path,
                Some(&Value::Object(body)),
                &headers,
            )
            .await?;
        Fetched::read(response.decode()?)
    }
}
