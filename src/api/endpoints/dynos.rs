//! `/apps/{app}/dynos`: listing, starting (one-off), restarting and stopping dynos.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::Dyno;
use crate::api::{Client, seg};
use crate::error::{Error, Result};

/// How often a dyno creation answered with 409 is tried again, as the official CLI does: Heroku
/// answers so while a new release is not yet known to its runtime, typically for a moment.
const CONFLICT_RETRIES: usize = 2;

pub struct Dynos<'a> {
    client: &'a Client,
    app: String,
}

impl Client {
    pub fn dynos(&self, app: &str) -> Dynos<'_> {
        Dynos {
            client: self,
            app: app.to_string(),
        }
    }
}

/// A one-off dyno to start (`POST /apps/{app}/dynos`).
pub struct NewDyno {
    pub command: String,
    pub env: BTreeMap<String, String>,
    pub size: Option<String>,
    /// The process type it is reported as.
    pub kind: Option<String>,
    /// Whether belt attaches to it (rendezvous), and whether it gets no terminal.
    pub attach: bool,
    pub force_no_tty: Option<bool>,
}

impl NewDyno {
    fn body(&self) -> Value {
        let mut body = json!({ "command": self.command, "env": self.env, "attach": self.attach });
        if let Some(size) = &self.size {
            body["size"] = json!(size);
        }
        if let Some(kind) = &self.kind {
            body["type"] = json!(kind);
        }
        if let Some(force_no_tty) = self.force_no_tty {
            body["force_no_tty"] = json!(force_no_tty);
        }
        body
    }
}

impl Dynos<'_> {
    fn path(&self) -> String {
        format!("{}/dynos", app_path(&self.app))
    }

    fn dyno_path(&self, name: &str) -> String {
        format!("{}/{}", self.path(), seg(name))
    }

    /// `GET /apps/{app}/dynos`, every page.
    pub async fn list(&self) -> Result<Fetched<Vec<Dyno>>> {
        let items: Vec<Value> = self.client.list_with(&self.path(), None, &[], None).await?;
        Fetched::read_list(items)
    }

    /// `POST /apps/{app}/dynos`, asked again on a 409 (see [`CONFLICT_RETRIES`]).
    pub async fn create(&self, dyno: &NewDyno) -> Result<Fetched<Dyno>> {
        let body = dyno.body();
        let mut retries = CONFLICT_RETRIES;
        let raw: Value = loop {
            match self.client.post(&self.path(), &body).await {
                Err(Error::Api { status: 409, .. }) if retries > 0 => retries -= 1,
                answer => break answer?,
            }
        };
        Fetched::read(raw)
    }

    /// `DELETE /apps/{app}/dynos`: restarts all of the app's dynos.
    pub async fn restart_all(&self) -> Result<Value> {
        self.client.delete(&self.path()).await
    }

    /// `DELETE /apps/{app}/dynos/{dyno}`.
    pub async fn restart(&self, name: &str) -> Result<Value> {
        self.client.delete(&self.dyno_path(name)).await
    }

    /// `POST /apps/{app}/dynos/{dyno}/actions/stop`.
    pub async fn stop(&self, name: &str) -> Result<Value> {
        let path = format!("{}/actions/stop", self.dyno_path(name));
        self.client.post(&path, &json!({})).await
    }
}
