//! The API's endpoints, one method each (atuin-client's shape): paths, Range headers,
//! `Accept-Expansion` and request bodies are built here and nowhere else, so a command says
//! what it wants (`client.apps().info(name)`) and never formats a path.
//!
//! A call that a command may show with `--json` returns [`Fetched`]: the model belt reads and
//! the backend's answer kept whole, so `--json` prints what the API said, fields belt does not
//! know included.

mod account;
mod addons;
mod app_setups;
mod app_transfers;
mod apps;
mod buildpacks;
mod builds;
mod collaborators;
mod config_vars;
mod domains;
mod dynos;
mod features;
mod formation;
mod keys;
mod log_sessions;
mod oauth;
mod pipelines;
mod releases;
mod review_apps;
mod slugs;
mod sources;
mod stacks;
mod stage_config_vars;
mod teams;

use serde::de::DeserializeOwned;
use serde_json::Value;

pub use account::AccountEndpoint;
pub use addons::{AccountAddons, AddonServices, AppAddons, NewAddon};
pub use app_setups::{AppSetups, NewAppSetup};
pub use app_transfers::AppTransfers;
pub(crate) use apps::pre_authorizations_path;
pub use apps::{Apps, NewApp};
pub use buildpacks::Buildpacks;
pub use builds::{Builds, Resume, SourceBlob};
pub use collaborators::{Collaborators, TeamAppCollaborators};
pub use config_vars::ConfigVars;
pub use domains::Domains;
pub use dynos::{Dynos, NewDyno};
pub use features::{FeatureOwner, Features};
pub use formation::{FormationUpdate, Formations};
pub use keys::{Key, Keys};
pub use log_sessions::LogRequest;
pub use oauth::{Authorization, BrowserAnswer, BrowserLogin, NewAuthorization, PasswordLogin};
pub use pipelines::{PipelineOwnerRef, Pipelines};
pub use releases::Releases;
pub use review_apps::{NewReviewApp, ReviewAppSettings, ReviewApps};
pub use slugs::Slugs;
pub use sources::Sources;
pub use stacks::Stacks;
pub use stage_config_vars::StageConfigVars;
pub use teams::{NewTeamApp, Teams};

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

impl<T> Fetched<Vec<T>> {
    /// Each item of a list with its own raw answer.
    pub fn into_items(self) -> Vec<Fetched<T>> {
        let raws = match self.raw {
            Value::Array(items) => items,
            _ => Vec::new(),
        };
        self.model
            .into_iter()
            .zip(raws)
            .map(|(model, raw)| Fetched { model, raw })
            .collect()
    }
}

impl<T: DeserializeOwned + Default> Fetched<T> {
    /// As [`Fetched::read`], with the default model when the answer is not of its shape: for
    /// an answer that only decorates a progress line.
    pub(crate) fn lenient(raw: Value) -> Self {
        Fetched {
            model: decode(&raw).unwrap_or_default(),
            raw,
        }
    }
}
