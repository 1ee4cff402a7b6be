//! The API's endpoints, one method each (atuin-client's shape): paths, Range headers,
//! `Accept-Expansion` and request bodies are built here and nowhere else, so a command says
//! what it wants (`client.apps().info(name)`) and never formats a path.
//!
//! A call that a command may show with `--json` returns [`Fetched`]: the model belt reads and
//! the backend's answer kept whole, so `--json` prints what the API said, fields belt does not
//! know included.

mod account;
mod addons;
mod apps;
mod buildpacks;
mod config_vars;
mod domains;
mod releases;
mod slugs;
mod stacks;

use serde::de::DeserializeOwned;
use serde_json::Value;

pub use account::AccountEndpoint;
pub use addons::{AccountAddons, AddonServices, AppAddons, NewAddon};
pub use apps::{Apps, NewApp};
pub use buildpacks::Buildpacks;
pub use config_vars::ConfigVars;
pub use domains::Domains;
pub use releases::Releases;
pub use slugs::Slugs;
pub use stacks::Stacks;

use super::models::decode;
use crate::error::Result;

/// A model and the raw answer it was read from.
#[derive(Debug, Clone)]
pub struct Fetched<T> {
    pub model: T,
    pub raw: Value,
}

impl<T: DeserializeOwned> Fetched<T> {
    pub(crate) fn read(raw: Value) -> Result<Self> {
        Ok(Fetched {
            model: decode(&raw)?,
            raw,
        })
    }

    /// A list's items, every page of them, kept whole and decoded.
    pub(crate) fn read_list(items: Vec<Value>) -> Result<Self> {
        Fetched::read(Value::Array(items))
    }
}
