//! `/pipelines`, `/pipeline-couplings` and `/pipeline-promotions`: pipelines, the apps in
//! them by stage, and promoting one app's slug to others. Each call is sent as the official
//! CLI sends it (its `Accept` variants included), so a backend that serves `heroku
//! pipelines:*` serves belt too.

use reqwest::Method;
use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::{App, Pipeline, PipelineCoupling, PipelinePromotion, PromotionTarget};
use crate::api::{Client, Planned, seg};
use crate::error::Result;

/// The official CLI's `Accept` for pipeline reads and writes.
pub(super) const PIPELINES_ACCEPT: &str = "application/vnd.heroku+json; version=3.pipelines";
/// Its `Accept` for couplings and an app looked up for its generation.
const SDK_ACCEPT: &str = "application/vnd.heroku+json; version=3.sdk";
/// Its `Accept` and first page for `POST /filters/apps`.
const FILTERS_ACCEPT: &str = "application/vnd.heroku+json; version=3.filters";
const FILTERS_RANGE: &str = "id ..; max=1000;";

fn accept(variant: &str) -> [(&'static str, String); 1] {
    [("Accept", variant.to_string())]
}

/// Who a new pipeline belongs to: `{"id": ..., "type": "user" | "team"}`.
pub struct PipelineOwnerRef<'a> {
    pub id: &'a str,
    pub kind: &'static str,
}

pub struct Pipelines<'a> {
    client: &'a Client,
}

impl Client {
    pub fn pipelines(&self) -> Pipelines<'_> {
        Pipelines { client: self }
    }
}

impl Pipelines<'_> {
    /// `GET /pipelines`, every page.
    pub async fn list(&self) -> Result<Fetched<Vec<Pipeline>>> {
        Fetched::read_list(self.client.list_with("/pipelines", None, &[], None).await?)
    }

    /// `GET /pipelines?eq[name]=NAME`: every pipeline of that name (names are not unique).
    pub async fn named(&self, name: &str) -> Result<Fetched<Vec<Pipeline>>> {
        let path = format!("/pipelines?eq[name]={}", seg(name));
        let headers = accept(PIPELINES_ACCEPT);
        Fetched::read_list(self.client.list_with(&path, None, &headers, None).await?)
    }

    /// `GET /pipelines/{id}`.
    pub async fn info(&self, id: &str) -> Result<Fetched<Pipeline>> {
        let response = self
            .client
            .send(
                Method::GET,
                &pipeline_path(id),
                None,
                &accept(PIPELINES_ACCEPT),
            )
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `POST /pipelines` with `{"generation": {"name": ...}, "name": ..., "owner": {...}}`.
    pub async fn create(
        &self,
        name: &str,
        owner: &PipelineOwnerRef<'_>,
        generation: &str,
    ) -> Result<Fetched<Pipeline>> {
        let body = json!({
            "generation": {"name": generation},
            "name": name,
            "owner": {"id": owner.id, "type": owner.kind},
        });
        let response = self
            .client
            .send(
                Method::POST,
                "/pipelines",
                Some(&body),
                &accept(PIPELINES_ACCEPT),
            )
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `PATCH /pipelines/{id}` with `{"name": new_name}`.
    pub async fn rename(&self, id: &str, new_name: &str) -> Result<Fetched<Pipeline>> {
        let body = json!({ "name": new_name });
        Fetched::read(self.client.patch(&pipeline_path(id), &body).await?)
    }

    /// `DELETE /pipelines/{id}`, with `{"name": ...}` as the official CLI sends it.
    pub async fn destroy(&self, pipeline: &Pipeline) -> Result<Value> {
        let body = json!({ "name": pipeline.name });
        let path = pipeline_path(&pipeline.id);
        let headers = accept(PIPELINES_ACCEPT);
        let response = self
            .client
            .send(Method::DELETE, &path, Some(&body), &headers)
            .await?;
        response.decode()
    }

    /// `GET /pipelines/{id}/pipeline-couplings`: every app's coupling.
    pub async fn couplings(&self, id: &str) -> Result<Fetched<Vec<PipelineCoupling>>> {
        let path = format!("{}/pipeline-couplings", pipeline_path(id));
        let headers = accept(SDK_ACCEPT);
        Fetched::read_list(self.client.list_with(&path, None, &headers, None).await?)
    }

    /// `GET /apps/{app}/pipeline-couplings`: the app's one coupling.
    pub async fn coupling_of(&self, app: &str) -> Result<Fetched<PipelineCoupling>> {
        let path = format!("{}/pipeline-couplings", app_path(app));
        let response = self
            .client
            .send(Method::GET, &path, None, &accept(SDK_ACCEPT))
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `POST /pipeline-couplings` with `{"app": ..., "pipeline": id, "stage": ...}`.
    pub async fn couple(
        &self,
        pipeline_id: &str,
        app: &str,
        stage: &str,
    ) -> Result<Fetched<PipelineCoupling>> {
        let body = coupling_body(pipeline_id, app, stage);
        Fetched::read(self.client.post(COUPLINGS, &body).await?)
    }

    /// [`Pipelines::couple`] as `--dry-run` lists it, for a pipeline not created yet.
    pub fn planned_couple(&self, pipeline_id: &str, app: &str, stage: &str) -> Planned {
        let body = coupling_body(pipeline_id, app, stage);
        self.client.planned(Method::POST, COUPLINGS, Some(&body))
    }

    /// `PATCH /pipeline-couplings/{id}` with `{"stage": ...}`.
    pub async fn set_stage(&self, coupling_id: &str, stage: &str) -> Result<Value> {
        let body = json!({ "stage": stage });
        self.client.patch(&coupling_path(coupling_id), &body).await
    }

    /// `DELETE /pipeline-couplings/{id}`.
    pub async fn uncouple(&self, coupling_id: &str) -> Result<Value> {
        self.client.delete(&coupling_path(coupling_id)).await
    }

    /// `GET /teams/{team}`: the team that is to own a new pipeline.
    pub async fn team(&self, team: &str) -> Result<Value> {
        self.client.get(&format!("/teams/{}", seg(team))).await
    }

    /// `GET /apps/{app}` as the official CLI asks for an app's generation.
    pub async fn app(&self, app: &str) -> Result<Fetched<App>> {
        let response = self
            .client
            .send(Method::GET, &app_path(app), None, &accept(SDK_ACCEPT))
            .await?;
        Fetched::read(response.decode()?)
    }

    /// `POST /filters/apps` with `{"in": {"id": [...]}}`: the apps of these ids. A search that
    /// changes nothing, so `--dry-run` sends it.
    pub async fn apps_by_id(&self, ids: &[&str]) -> Result<Fetched<Vec<App>>> {
        let body = json!({ "in": { "id": ids } });
        let headers = [
            ("Accept", FILTERS_ACCEPT.to_string()),
            ("Range", FILTERS_RANGE.to_string()),
        ];
        let raw: Value = self
            .client
            .post_readonly_with("/filters/apps", &body, &headers)
            .await?;
        Fetched::read(raw)
    }

    /// `POST /pipeline-promotions`: the source app's slug to each target app.
    pub async fn promote(
        &self,
        pipeline_id: &str,
        source_app_id: &str,
        target_app_ids: &[&str],
    ) -> Result<Fetched<PipelinePromotion>> {
        let targets: Vec<Value> = target_app_ids
            .iter()
            .map(|id| json!({ "app": { "id": id } }))
            .collect();
        let body = json!({
            "pipeline": { "id": pipeline_id },
            "source": { "app": { "id": source_app_id } },
            "targets": targets,
        });
        Fetched::read(self.client.post("/pipeline-promotions", &body).await?)
    }

    /// `GET /pipeline-promotions/{id}/promotion-targets`.
    pub async fn promotion_targets(&self, id: &str) -> Result<Fetched<Vec<PromotionTarget>>> {
        let path = format!("/pipeline-promotions/{}/promotion-targets", seg(id));
        Fetched::read_list(self.client.list_with(&path, None, &[], None).await?)
    }
}

fn pipeline_path(id: &str) -> String {
    format!("/pipelines/{}", seg(id))
}

const COUPLINGS: &str = "/pipeline-couplings";

fn coupling_path(id: &str) -> String {
    format!("{COUPLINGS}/{}", seg(id))
}

fn coupling_body(pipeline_id: &str, app: &str, stage: &str) -> Value {
    json!({ "app": app, "pipeline": pipeline_id, "stage": stage })
}
