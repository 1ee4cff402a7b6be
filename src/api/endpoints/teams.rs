//! `/teams`: the caller's teams, their members (and invitations), features and apps, and
//! `/teams/permissions`, the permissions a team app can grant.

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::Fetched;
use crate::api::models::{Permission, Team, TeamApp, TeamFeature, TeamInvitation, TeamMember};
use crate::api::{Client, seg};
use crate::error::Result;

/// Invitations are a variant of the API; the official CLI asks for them with this Accept.
const INVITATIONS_ACCEPT: &str = "application/vnd.heroku+json; version=3.team-invitations";

pub struct Teams<'a> {
    client: &'a Client,
}

impl Client {
    pub fn teams(&self) -> Teams<'_> {
        Teams { client: self }
    }
}

fn team_path(team: &str) -> String {
    format!("/teams/{}", seg(team))
}

fn team_app_path(app: &str) -> String {
    format!("/teams/apps/{}", seg(app))
}

fn invitations_accept() -> [(&'static str, String); 1] {
    [("Accept", INVITATIONS_ACCEPT.to_string())]
}

/// What `POST /teams/apps` may be told; the platform picks whatever is left out.
#[derive(Debug, Default)]
pub struct NewTeamApp<'a> {
    pub name: Option<&'a str>,
    pub region: Option<&'a str>,
    pub stack: Option<&'a str>,
    pub team: &'a str,
    pub locked: bool,
}

impl Teams<'_> {
    /// `GET /teams`: the teams the caller is a member of, with their role in each.
    pub async fn list(&self) -> Result<Fetched<Vec<Team>>> {
        Fetched::read_list(self.client.list_with("/teams", None, &[], None).await?)
    }

    /// `GET /teams/{team}`.
    pub async fn info(&self, team: &str) -> Result<Team> {
        self.client.get(&team_path(team)).await
    }

    /// `GET /teams/{team}/features`.
    pub async fn features(&self, team: &str) -> Result<Vec<TeamFeature>> {
        let path = format!("{}/features", team_path(team));
        self.client.list_with(&path, None, &[], None).await
    }

    /// `GET /teams/permissions`: every permission a team app can grant.
    pub async fn permissions(&self) -> Result<Fetched<Vec<Permission>>> {
        let items = self
            .client
            .list_with("/teams/permissions", None, &[], None)
            .await?;
        Fetched::read_list(items)
    }

    /// `GET /teams/{team}/members`.
    pub async fn members(&self, team: &str) -> Result<Fetched<Vec<TeamMember>>> {
        let path = format!("{}/members", team_path(team));
        Fetched::read_list(self.client.list_with(&path, None, &[], None).await?)
    }

    /// `PUT /teams/{team}/members {email, role}` (create or update), or `PATCH` (update), as
    /// `members:add` and `members:set` send them.
    pub async fn put_member(
        &self,
        team: &str,
        method: Method,
        email: &str,
        role: &str,
    ) -> Result<Value> {
        let path = format!("{}/members", team_path(team));
        let body = json!({ "email": email, "role": role });
        self.client
            .send(method, &path, Some(&body), &[])
            .await?
            .decode()
    }

    /// `DELETE /teams/{team}/members/{email}`.
    pub async fn remove_member(&self, team: &str, email: &str) -> Result<Value> {
        let path = format!("{}/members/{}", team_path(team), seg(email));
        self.client.delete(&path).await
    }

    /// `GET /teams/{team}/invitations`: invitations not accepted yet.
    pub async fn invitations(&self, team: &str) -> Result<Vec<TeamInvitation>> {
        let path = format!("{}/invitations", team_path(team));
        let headers = invitations_accept();
        self.client.list_with(&path, None, &headers, None).await
    }

    /// `PUT /teams/{team}/invitations {email, role}`.
    pub async fn invite(&self, team: &str, email: &str, role: &str) -> Result<Value> {
        let path = format!("{}/invitations", team_path(team));
        let body = json!({ "email": email, "role": role });
        let headers = invitations_accept();
        self.client
            .send(Method::PUT, &path, Some(&body), &headers)
            .await?
            .decode()
    }

    /// `DELETE /teams/{team}/invitations/{email}`.
    pub async fn revoke_invitation(&self, team: &str, email: &str) -> Result<Value> {
        let path = format!("{}/invitations/{}", team_path(team), seg(email));
        let headers = invitations_accept();
        self.client
            .send(Method::DELETE, &path, None, &headers)
            .await?
            .decode()
    }

    /// `GET /teams/{team}/apps`; `T` is what the caller keeps of each app.
    pub async fn apps<T: DeserializeOwned>(&self, team: &str) -> Result<Vec<T>> {
        let path = format!("{}/apps", team_path(team));
        self.client.list_with(&path, None, &[], None).await
    }

    /// `POST /teams/apps` with only the fields given.
    pub async fn create_app(&self, app: &NewTeamApp<'_>) -> Result<Value> {
        let mut body = Map::new();
        for (key, value) in [
            ("name", app.name),
            ("region", app.region),
            ("stack", app.stack),
            ("team", Some(app.team)),
        ] {
            if let Some(value) = value {
                body.insert(key.into(), json!(value));
            }
        }
        if app.locked {
            body.insert("locked".into(), json!(true));
        }
        self.client.post("/teams/apps", &Value::Object(body)).await
    }

    /// `GET /teams/apps/{app}`.
    pub async fn app(&self, app: &str) -> Result<TeamApp> {
        self.client.get(&team_app_path(app)).await
    }

    /// `PATCH /teams/apps/{app} {owner}`: to a team (by name) or, from a team, to a user.
    pub async fn transfer_app(&self, app: &str, owner: &str) -> Result<Value> {
        let body = json!({ "owner": owner });
        self.client.patch(&team_app_path(app), &body).await
    }

    /// `PATCH /teams/apps/{app} {locked}`: whether team members may join it.
    pub async fn lock_app(&self, app: &str, locked: bool) -> Result<Value> {
        let body = json!({ "locked": locked });
        self.client.patch(&team_app_path(app), &body).await
    }
}
