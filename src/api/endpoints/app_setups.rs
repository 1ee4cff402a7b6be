//! `/app-setups`: an app made from a source tarball's `app.json` (created, configured, given
//! its add-ons, built, scaled, its postdeploy script run), and that setup's progress.

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Fetched;
use crate::api::models::AppSetup;
use crate::api::{Client, Planned, seg};
use crate::error::Result;

const PATH: &str = "/app-setups";

pub struct AppSetups<'a> {
    client: &'a Client,
}

impl Client {
    pub fn app_setups(&self) -> AppSetups<'_> {
        AppSetups { client: self }
    }
}

/// What `POST /app-setups` is told: the schema's `app` (the platform picks what is left out),
/// `source_blob` and `overrides`.
#[derive(Debug, Default)]
pub struct NewAppSetup<'a> {
    pub name: Option<&'a str>,
    pub region: Option<&'a str>,
    pub stack: Option<&'a str>,
    /// Where the platform reads the tarball, its `SHA256:hex` and the commit it was packed from.
    pub source_url: &'a str,
    pub checksum: Option<&'a str>,
    pub version: Option<&'a str>,
    /// `overrides.env`: values for the manifest's env keys (its required ones among them).
    pub env: BTreeMap<String, String>,
    /// `overrides.buildpacks`: buildpack URLs used instead of the manifest's.
    pub buildpacks: Vec<String>,
}

impl NewAppSetup<'_> {
    fn body(&self) -> Value {
        let app: Map<String, Value> = [
            ("name", self.name),
            ("region", self.region),
            ("stack", self.stack),
        ]
        .into_iter()
        .filter_map(|(field, given)| Some((field.to_string(), json!(given?))))
        .collect();
        let mut body = json!({"source_blob": {
            "url": self.source_url,
            "checksum": self.checksum,
            "version": self.version,
        }});
        if !app.is_empty() {
            body["app"] = Value::Object(app);
        }
        let mut overrides = Map::new();
        if !self.env.is_empty() {
            overrides.insert("env".into(), json!(self.env));
        }
        if !self.buildpacks.is_empty() {
            let urls: Vec<Value> = self.buildpacks.iter().map(|u| json!({"url": u})).collect();
            overrides.insert("buildpacks".into(), Value::Array(urls));
        }
        if !overrides.is_empty() {
            body["overrides"] = Value::Object(overrides);
        }
        body
    }
}

impl AppSetups<'_> {
    /// `POST /app-setups`: the app is created at once; the rest goes on while the answered
    /// setup is `pending`.
    pub async fn create(&self, setup: &NewAppSetup<'_>) -> Result<Fetched<AppSetup>> {
        Fetched::read(self.client.post(PATH, &setup.body()).await?)
    }

    /// The `POST /app-setups` that `--dry-run` lists instead.
    pub fn planned_create(&self, setup: &NewAppSetup<'_>) -> Planned {
        self.client.planned(Method::POST, PATH, Some(&setup.body()))
    }

    /// `GET /app-setups/{id}`: its status, build, postdeploy result and manifest errors.
    pub async fn info(&self, id: &str) -> Result<Fetched<AppSetup>> {
        let path = format!("{PATH}/{}", seg(id));
        Fetched::read(self.client.get(&path).await?)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::NewAppSetup;

    #[test]
    fn the_body_has_only_what_was_given() {
        let bare = NewAppSetup {
            source_url: "https://x/blob",
            ..NewAppSetup::default()
        };
        assert_eq!(
            bare.body(),
            json!({"source_blob": {"url": "https://x/blob", "checksum": null, "version": null}})
        );
        let full = NewAppSetup {
            name: Some("demo"),
            region: Some("eu"),
            stack: Some("heroku-24"),
            source_url: "https://x/blob",
            checksum: Some("SHA256:00"),
            version: Some("abc"),
            env: [("FOO".to_string(), "bar".to_string())].into(),
            buildpacks: vec!["heroku/python".into()],
        };
        assert_eq!(
            full.body(),
            json!({
                "app": {"name": "demo", "region": "eu", "stack": "heroku-24"},
                "source_blob": {"url": "https://x/blob", "checksum": "SHA256:00", "version": "abc"},
                "overrides": {"env": {"FOO": "bar"}, "buildpacks": [{"url": "heroku/python"}]},
            })
        );
    }
}
