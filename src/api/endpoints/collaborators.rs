//! `/apps/{app}/collaborators` (anyone with access to an app) and
//! `/teams/apps/{app}/collaborators` (a team app's, with their permissions).

use serde_json::{Value, json};

use super::Fetched;
use super::apps::app_path;
use crate::api::models::Collaborator;
use crate::api::{Client, seg};
use crate::error::Result;

pub struct Collaborators<'a> {
    client: &'a Client,
    path: String,
}

pub struct TeamAppCollaborators<'a> {
    client: &'a Client,
    path: String,
}

impl Client {
    pub fn collaborators(&self, app: &str) -> Collaborators<'_> {
        Collaborators {
            client: self,
            path: format!("{}/collaborators", app_path(app)),
        }
    }

    pub fn team_app_collaborators(&self, app: &str) -> TeamAppCollaborators<'_> {
        TeamAppCollaborators {
            client: self,
            path: format!("/teams/apps/{}/collaborators", seg(app)),
        }
    }
}

impl Collaborators<'_> {
    /// `GET /apps/{app}/collaborators`: the owner's record too (`role: owner`).
    pub async fn list(&self) -> Result<Fetched<Vec<Collaborator>>> {
        let items = self.client.list_with(&self.path, None, &[], None).await?;
        Fetched::read_list(items)
    }

    /// `POST /apps/{app}/collaborators {user}`: without permissions, which a personal app
    /// refuses (`Unknown params: permissions.`).
    pub async fn add(&self, user: &str) -> Result<Value> {
        self.client.post(&self.path, &json!({ "user": user })).await
    }

    /// `DELETE /apps/{app}/collaborators/{email}`, on team apps too, as the official CLI sends it.
    pub async fn remove(&self, email: &str) -> Result<Value> {
        let path = format!("{}/{}", self.path, seg(email));
        self.client.delete(&path).await
    }
}

impl TeamAppCollaborators<'_> {
    /// `POST /teams/apps/{app}/collaborators {permissions, user}`.
    pub async fn add(&self, user: &str, permissions: &[String]) -> Result<Value> {
        let body = json!({ "permissions": permissions, "user": user });
        self.client.post(&self.path, &body).await
    }

    /// `POST /teams/apps/{app}/collaborators {user}` with one's own email: a team member
    /// joining an unlocked team app, with the permissions the team gives.
    pub async fn join(&self, email: &str) -> Result<Value> {
        self.client
            .post(&self.path, &json!({ "user": email }))
            .await
    }

    /// `PATCH /teams/apps/{app}/collaborators/{email} {permissions}`: the whole new set.
    pub async fn update(&self, email: &str, permissions: &[String]) -> Result<Value> {
        let path = format!("{}/{}", self.path, seg(email));
        let body = json!({ "permissions": permissions });
        self.client.patch(&path, &body).await
    }
}
