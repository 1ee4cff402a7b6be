//! `/apps` and `/apps/{app}`.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::Fetched;
use crate::api::models::App;
use crate::api::{Client, MAX_PAGE, seg};
use crate::error::Result;

pub struct Apps<'a> {
    client: &'a Client,
}

impl Client {
    pub fn apps(&self) -> Apps<'_> {
        Apps { client: self }
    }
}

pub(crate) fn app_path(name: &str) -> String {
    format!("/apps/{}", seg(name))
}

/// `PUT /apps/{app}/pre-authorizations`: where the client's two-factor retry pre-authorizes an
/// app (sent from the client itself, as the official CLI's api-client does).
pub(crate) fn pre_authorizations_path(app: &str) -> String {
    format!("{}/pre-authorizations", app_path(app))
}

/// What `POST /apps` may be told; the platform picks whatever is left out.
#[derive(Debug, Default)]
pub struct NewApp<'a> {
    pub name: Option<&'a str>,
    pub region: Option<&'a str>,
    pub stack: Option<&'a str>,
}

impl Apps<'_> {
    /// `POST /apps` with only the fields given.
    pub async fn create(&self, app: &NewApp<'_>) -> Result<Fetched<App>> {
        let mut body = Map::new();
        for (key, value) in [
            ("name", app.name),
            ("region", app.region),
            ("stack", app.stack),
        ] {
            if let Some(value) = value {
                body.insert(key.into(), json!(value));
            }
        }
        let raw = self
            .client
            .post::<Value>("/apps", &Value::Object(body))
            .await?;
        Fetched::read(raw)
    }

    /// `GET /apps`, every page, by name. `T` is what a caller keeps of each app: a whole
    /// `Value` for `--json`, or a few fields (10,000 whole apps are ~90 MiB).
    pub async fn list<T: DeserializeOwned>(&self) -> Result<Vec<T>> {
        let range = format!("name ..; max={MAX_PAGE}");
        self.client.list("/apps", &range).await
    }

    /// `GET /apps/{app}`.
    pub async fn info(&self, name: &str) -> Result<Fetched<App>> {
        Fetched::read(self.info_raw(name).await?)
    }

    /// The same answer as it came, unread (for `--json`).
    pub async fn info_raw(&self, name: &str) -> Result<Value> {
        self.client.get(&app_path(name)).await
    }

    /// `PATCH /apps/{app}` with `{"name": new_name}`.
    pub async fn rename(&self, name: &str, new_name: &str) -> Result<Fetched<App>> {
        self.update(name, json!({ "name": new_name })).await
    }

    /// `PATCH /apps/{app}` with `{"build_stack": stack}`: the stack of the next build.
    pub async fn set_build_stack(&self, name: &str, stack: &str) -> Result<Value> {
        let body = json!({ "build_stack": stack });
        self.client.patch(&app_path(name), &body).await
    }

    /// `PATCH /apps/{app}` with `{"maintenance": on}`.
    pub async fn set_maintenance(&self, name: &str, on: bool) -> Result<Fetched<App>> {
        self.update(name, json!({ "maintenance": on })).await
    }

    /// `DELETE /apps/{app}`; the answer is the app as it was.
    pub async fn destroy(&self, name: &str) -> Result<Value> {
        self.client.delete(&app_path(name)).await
    }

    async fn update(&self, name: &str, body: Value) -> Result<Fetched<App>> {
        Fetched::read(self.client.patch::<Value>(&app_path(name), &body).await?)
    }
}
