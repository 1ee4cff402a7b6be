//! `/account/keys`: the account's SSH keys.

use serde::Deserialize;
use serde_json::{Value, json};

use super::Fetched;
use crate::api::{Client, seg};
use crate::error::Result;

const PATH: &str = "/account/keys";

/// An SSH key as belt reads it; every field may be missing.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Key {
    pub id: Option<String>,
    pub email: Option<String>,
    pub public_key: Option<String>,
    /// The `user@host` at the key's end.
    pub comment: Option<String>,
    pub fingerprint: Option<String>,
}

pub struct Keys<'a> {
    client: &'a Client,
}

impl Client {
    pub fn keys(&self) -> Keys<'_> {
        Keys { client: self }
    }
}

impl Keys<'_> {
    /// `GET /account/keys`, every page.
    pub async fn list(&self) -> Result<Fetched<Vec<Key>>> {
        let items: Vec<Value> = self.client.list_with(PATH, None, &[], None).await?;
        Fetched::read_list(items)
    }

    /// `POST /account/keys`.
    pub async fn add(&self, public_key: &str) -> Result<Value> {
        self.client
            .post(PATH, &json!({ "public_key": public_key }))
            .await
    }

    /// `DELETE /account/keys/{id}`.
    pub async fn remove(&self, id: &str) -> Result<Value> {
        self.client.delete(&format!("{PATH}/{}", seg(id))).await
    }
}
