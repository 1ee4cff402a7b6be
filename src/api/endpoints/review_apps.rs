//! `/review-apps` and `/pipelines/{id}/review-app-config`: review apps of a pipeline, and
//! whether and how a pipeline makes them. Sent with the official CLI's `Accept` variants
//! (`3.review-apps`; the repository read through `3.repositories-api`), and the schema's
//! bodies: the official CLI also puts `pipeline` and `repo` in its PATCH and DELETE, which
//! the schema has not.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::ReviewApp;
use crate::api::{Client, Planned, seg};
use crate::error::{Error, Result};

const REVIEW_APPS_ACCEPT: &str = "application/vnd.heroku+json; version=3.review-apps";
const REPOSITORIES_ACCEPT: &str = "application/vnd.heroku+json; version=3.repositories-api";
const PATH: &str = "/review-apps";

fn accept(variant: &str) -> [(&'static str, String); 1] {
    [("Accept", variant.to_string())]
}

/// The settings of a pipeline's review apps a command changes; `None` leaves one alone.
#[derive(Debug, Default, Clone)]
pub struct ReviewAppSettings {
    pub automatic_review_apps: Option<bool>,
    pub destroy_stale_apps: Option<bool>,
    pub wait_for_ci: Option<bool>,
    pub stale_days: Option<u32>,
}

impl ReviewAppSettings {
    pub fn is_empty(&self) -> bool {
        self.automatic_review_apps.is_none()
            && self.destroy_stale_apps.is_none()
            && self.wait_for_ci.is_none()
            && self.stale_days.is_none()
    }

    /// The settings given, and the repository when enabling.
    fn body(&self, repo: Option<&str>) -> Value {
        let mut body = Map::new();
        let mut set = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                body.insert(key.to_string(), value);
            }
        };
        set(
            "automatic_review_apps",
            self.automatic_review_apps.map(Value::from),
        );
        set(
            "destroy_stale_apps",
            self.destroy_stale_apps.map(Value::from),
        );
        set("repo", repo.map(Value::from));
        set("stale_days", self.stale_days.map(Value::from));
        set("wait_for_ci", self.wait_for_ci.map(Value::from));
        Value::Object(body)
    }
}

/// What a new review app is made from.
pub struct NewReviewApp<'a> {
    pub pipeline_id: &'a str,
    pub branch: &'a str,
    pub pr_number: Option<u64>,
    pub source_url: &'a str,
    pub version: Option<&'a str>,
}

impl NewReviewApp<'_> {
    fn body(&self) -> Value {
        json!({
            "branch": self.branch,
            "pipeline": self.pipeline_id,
            "pr_number": self.pr_number,
            "source_blob": {"url": self.source_url, "version": self.version},
        })
    }
}

pub struct ReviewApps<'a> {
    client: &'a Client,
}

impl Client {
    pub fn review_apps(&self) -> ReviewApps<'_> {
        ReviewApps { client: self }
    }
}

impl ReviewApps<'_> {
    /// `GET /pipelines/{id}/repo`: the full name of the pipeline's repository.
    pub async fn repository(&self, pipeline_id: &str) -> Result<String> {
        let path = format!("{}/repo", pipeline_path(pipeline_id));
        let response = self
            .client
            .send(Method::GET, &path, None, &accept(REPOSITORIES_ACCEPT))
            .await?;
        let repo: Value = response.decode()?;
        repo["full_name"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::Protocol {
                message: format!("{path} answered no full_name: {repo}"),
                request_id: response.request_id.clone(),
            })
    }

    /// `POST /pipelines/{id}/review-app-config`: enables review apps.
    pub async fn enable(
        &self,
        pipeline_id: &str,
        repo: &str,
        settings: &ReviewAppSettings,
    ) -> Result<Value> {
        let body = settings.body(Some(repo));
        self.config_call(Method::POST, pipeline_id, Some(body))
            .await
    }

    /// `PATCH /pipelines/{id}/review-app-config`: changes the settings given.
    pub async fn configure(
        &self,
        pipeline_id: &str,
        settings: &ReviewAppSettings,
    ) -> Result<Value> {
        let body = settings.body(None);
        self.config_call(Method::PATCH, pipeline_id, Some(body))
            .await
    }

    /// `DELETE /pipelines/{id}/review-app-config`: disables review apps.
    pub async fn disable(&self, pipeline_id: &str) -> Result<Value> {
        self.config_call(Method::DELETE, pipeline_id, None).await
    }

    async fn config_call(
        &self,
        method: Method,
        pipeline_id: &str,
        body: Option<Value>,
    ) -> Result<Value> {
        let path = format!("{}/review-app-config", pipeline_path(pipeline_id));
        let headers = accept(REVIEW_APPS_ACCEPT);
        let response = self
            .client
            .send(method, &path, body.as_ref(), &headers)
            .await?;
        response.decode()
    }

    /// `GET /pipelines/{id}/review-apps`.
    pub async fn list(&self, pipeline_id: &str) -> Result<Fetched<Vec<ReviewApp>>> {
        let path = format!("{}/review-apps", pipeline_path(pipeline_id));
        let headers = accept(REVIEW_APPS_ACCEPT);
        Fetched::read_list(self.client.list_with(&path, None, &headers, None).await?)
    }

    /// `POST /review-apps`.
    pub async fn create(&self, new: &NewReviewApp<'_>) -> Result<Fetched<ReviewApp>> {
        let response = self
            .client
            .send(
                Method::POST,
                PATH,
                Some(&new.body()),
                &accept(REVIEW_APPS_ACCEPT),
            )
            .await?;
        Fetched::read(response.decode()?)
    }

    /// [`ReviewApps::create`] as `--dry-run` lists it.
    pub fn planned_create(&self, new: &NewReviewApp<'_>) -> Planned {
        self.client.planned(Method::POST, PATH, Some(&new.body()))
    }

    /// `GET /review-apps/{id}`.
    pub async fn info(&self, id: &str) -> Result<Fetched<ReviewApp>> {
        self.read(&review_app_path(id)).await
    }

    /// `GET /apps/{app}/review-app`: the review app the app is.
    pub async fn of_app(&self, app: &str) -> Result<Fetched<ReviewApp>> {
        self.read(&format!("{}/review-app", app_path(app))).await
    }

    async fn read(&self, path: &str) -> Result<Fetched<ReviewApp>> {
        let response = self
            .client
            .send(Method::GET, path, None, &accept(REVIEW_APPS_ACCEPT))
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `DELETE /review-apps/{id}`: `pr-predestroy`, then the app, go in the background.
    pub async fn destroy(&self, id: &str) -> Result<Fetched<ReviewApp>> {
        let response = self
            .client
            .send(
                Method::DELETE,
                &review_app_path(id),
                None,
                &accept(REVIEW_APPS_ACCEPT),
            )
            .await?;
        Fetched::read(response.decode()?)
    }
}

fn pipeline_path(id: &str) -> String {
    format!("/pipelines/{}", seg(id))
}

fn review_app_path(id: &str) -> String {
    format!("{PATH}/{}", seg(id))
}
