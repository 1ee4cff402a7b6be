//! The parts of the API's resources that belt reads. Fields a server may leave out are
//! optional, so an unexpected answer is a clear error or a blank, never a crash.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};

/// Reads a model out of a raw answer that is also kept whole for `--json`.
pub fn decode<T: DeserializeOwned>(value: &Value) -> Result<T> {
    T::deserialize(value).map_err(|e| Error::Protocol {
        message: format!("the backend sent a response belt cannot read: {e}"),
        request_id: None,
    })
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct NamedRef {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

impl NamedRef {
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Owner {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct App {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub git_url: Option<String>,
    #[serde(default)]
    pub web_url: Option<String>,
    #[serde(default)]
    pub maintenance: bool,
    #[serde(default)]
    pub region: Option<NamedRef>,
    #[serde(default)]
    pub stack: Option<NamedRef>,
    #[serde(default)]
    pub build_stack: Option<NamedRef>,
    #[serde(default)]
    pub owner: Option<Owner>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub released_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub repo_size: Option<u64>,
    #[serde(default)]
    pub slug_size: Option<u64>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Account {
    pub id: String,
    pub email: String,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Release {
    pub id: String,
    pub version: u64,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub current: bool,
    #[serde(default)]
    pub eligible_for_rollback: bool,
    #[serde(default)]
    pub user: Option<Owner>,
    #[serde(default)]
    pub slug: Option<NamedRef>,
    #[serde(default)]
    pub addon_plan_names: Vec<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// Where its release command's output is; none without a release command.
    #[serde(default)]
    pub output_stream_url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Slug {
    pub id: String,
    #[serde(default)]
    pub commit: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Dyno {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub attach_url: Option<String>,
    #[serde(default)]
    pub command: Option<String>,
    #[serde(default)]
    pub size: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    /// The release the dyno runs.
    #[serde(default)]
    pub release: Option<ReleaseRef>,
}

/// A release as another resource names it: `{"id": ..., "version": 42}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ReleaseRef {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub version: Option<u64>,
}

/// A log session: where to read its lines (`logplex_url`, Server-Sent Events).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LogSession {
    #[serde(default)]
    pub id: Option<String>,
    pub logplex_url: String,
}

/// Where to upload a source tarball (`put_url`) and where builds read it (`get_url`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SourceBlobUrls {
    pub get_url: String,
    pub put_url: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Source {
    pub source_blob: SourceBlobUrls,
}

/// A build; `NamedRef` carries the ids of its slug and release once it has succeeded.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Build {
    pub id: String,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub output_stream_url: Option<String>,
    #[serde(default)]
    pub source_blob: Option<BuildSource>,
    #[serde(default)]
    pub release: Option<NamedRef>,
    #[serde(default)]
    pub slug: Option<NamedRef>,
    #[serde(default)]
    pub user: Option<Owner>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub stack: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct BuildSource {
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
}

/// An app setup: `pending` while the app is configured, built and its postdeploy script runs,
/// then `succeeded` or `failed` (with a message and every `manifest_errors` entry).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AppSetup {
    pub id: String,
    #[serde(default)]
    pub app: NamedRef,
    #[serde(default)]
    pub status: Option<String>,
    /// The build's id, status and output stream, once it has started.
    #[serde(default)]
    pub build: Option<Build>,
    #[serde(default)]
    pub failure_message: Option<String>,
    #[serde(default)]
    pub manifest_errors: Option<Vec<String>>,
    #[serde(default)]
    pub postdeploy: Option<Postdeploy>,
    #[serde(default)]
    pub resolved_success_url: Option<String>,
}

/// What the manifest's `scripts.postdeploy` printed, and how it exited.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Postdeploy {
    #[serde(default)]
    pub output: Option<String>,
    #[serde(default)]
    pub exit_code: Option<i64>,
}

/// A plan's price: cents per `unit` (a month).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Price {
    #[serde(default)]
    pub cents: u64,
    #[serde(default)]
    pub unit: Option<String>,
}

/// A plan, from the catalogue or expanded in an add-on (`Accept-Expansion: plan`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Plan {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub human_name: Option<String>,
    #[serde(default)]
    pub price: Option<Price>,
    #[serde(default)]
    pub default: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AddonService {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub human_name: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Addon {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub app: Option<NamedRef>,
    #[serde(default)]
    pub addon_service: Option<NamedRef>,
    #[serde(default)]
    pub plan: Option<Plan>,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub config_vars: Vec<String>,
    #[serde(default)]
    pub provision_message: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AddonAttachment {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub app: Option<NamedRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Domain {
    pub id: String,
    pub hostname: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub cname: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// A labs feature of an account or an app.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Feature {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub enabled: bool,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub doc_url: Option<String>,
}

/// One process type's entry in an app's formation.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Formation {
    #[serde(rename = "type")]
    pub kind: String,
    pub quantity: i64,
    pub size: String,
    #[serde(default)]
    pub command: Option<String>,
}

/// A pipeline's owner: a user or a team (`type`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct PipelineOwner {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Pipeline {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub owner: Option<PipelineOwner>,
}

/// An app's place in a pipeline.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PipelineCoupling {
    pub id: String,
    pub stage: String,
    #[serde(default)]
    pub app: NamedRef,
    #[serde(default)]
    pub pipeline: NamedRef,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PipelinePromotion {
    pub id: String,
}

/// One target app of a promotion: `pending`, then `succeeded` or `failed` with a message.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PromotionTarget {
    #[serde(default)]
    pub app: NamedRef,
    pub status: String,
    #[serde(default)]
    pub error_message: Option<String>,
    #[serde(default)]
    pub release: Option<ReleaseRef>,
}

/// A review app: `pending`, `creating`, `created` or `errored` as its app setup goes, then
/// `deleting` and `deleted`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ReviewApp {
    pub id: String,
    #[serde(default)]
    pub app: Option<NamedRef>,
    #[serde(default)]
    pub branch: String,
    #[serde(default)]
    pub pr_number: Option<u64>,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub error_status: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
}

/// Someone with access to an app (`collaborator`, `team-app-collaborator`): a personal app's
/// collaborators have no permissions; a team app's have the names of theirs.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Collaborator {
    pub user: CollaboratorUser,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub permissions: Vec<Permission>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CollaboratorUser {
    pub email: String,
}

/// A team app permission (`team-app-permission`): `view`, `deploy`, `operate`, `manage`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Permission {
    pub name: String,
}

/// A team the caller belongs to, with the caller's role in it.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Team {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    /// `team` or `enterprise`; only a `team` can have invitations.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// A member of a team (`team-member`), or an invitation shown as one.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TeamMember {
    pub email: String,
    #[serde(default)]
    pub role: Option<String>,
}

/// A team invitation (`team-invitation`): whom and as what.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TeamInvitation {
    #[serde(default)]
    pub user: Option<Owner>,
    #[serde(default)]
    pub role: Option<String>,
}

/// A team's feature flag (`team-feature`): the official CLI reads names only.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TeamFeature {
    pub name: String,
    #[serde(default)]
    pub enabled: bool,
}

/// A team app (`team-app`): an app with its lock.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct TeamApp {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub locked: bool,
}

/// An app's transfer to another user (`app-transfer`), waiting for the recipient while
/// `pending`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AppTransfer {
    pub id: String,
    pub app: NamedRef,
    #[serde(default)]
    pub owner: Option<Owner>,
    #[serde(default)]
    pub recipient: Option<Owner>,
    #[serde(default)]
    pub state: String,
}
