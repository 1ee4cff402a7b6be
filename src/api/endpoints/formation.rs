//! `/apps/{app}/formation` and `/apps/{app}/formations/{type}`: process types, their
//! quantities and sizes.

use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::Formation;
use crate::api::{Client, seg};
use crate::error::Result;

pub struct Formations<'a> {
    client: &'a Client,
    app: String,
}

impl Client {
    pub fn formation(&self, app: &str) -> Formations<'_> {
        Formations {
            client: self,
            app: app.to_string(),
        }
    }
}

/// One process type's change in `PATCH /apps/{app}/formation`.
pub struct FormationUpdate {
    pub kind: String,
    pub quantity: Option<i64>,
    pub size: Option<String>,
}

impl FormationUpdate {
    fn body(&self) -> Value {
        let mut update = json!({ "type": self.kind });
        if let Some(quantity) = self.quantity {
            update["quantity"] = json!(quantity);
        }
        if let Some(size) = &self.size {
            update["dyno_size"] = json!({ "name": size });
        }
        update
    }
}

impl Formations<'_> {
    fn path(&self) -> String {
        format!("{}/formation", app_path(&self.app))
    }

    fn type_path(&self, kind: &str) -> String {
        format!("{}/formations/{}", app_path(&self.app), seg(kind))
    }

    /// `GET /apps/{app}/formation`, every page.
    pub async fn list(&self) -> Result<Fetched<Vec<Formation>>> {
        let items: Vec<Value> = self.client.list_with(&self.path(), None, &[], None).await?;
        Fetched::read_list(items)
    }

    /// `PATCH /apps/{app}/formation` with `{"updates": [...]}`, all applied or none. The
    /// changed entries are read leniently: the change is made even when they are odd.
    pub async fn update(&self, updates: &[FormationUpdate]) -> Result<Fetched<Vec<Formation>>> {
        let updates: Vec<Value> = updates.iter().map(FormationUpdate::body).collect();
        let body = json!({ "updates": updates });
        let raw: Value = self.client.patch(&self.path(), &body).await?;
        Ok(Fetched::lenient(raw))
    }

    /// `DELETE /apps/{app}/formations/{type}`: restarts every dyno of the type.
    pub async fn restart(&self, kind: &str) -> Result<Value> {
        self.client.delete(&self.type_path(kind)).await
    }

    /// `POST /apps/{app}/formations/{type}/actions/stop`.
    pub async fn stop(&self, kind: &str) -> Result<Value> {
        let path = format!("{}/actions/stop", self.type_path(kind));
        self.client.post(&path, &json!({})).await
    }
}
