//! Logging in and out: the login host's browser flow (`/auth`), `/oauth/authorizations` and
//! `/oauth/sessions`; and the authorizations themselves (`authorizations*`).

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::Fetched;
use crate::api::{Client, seg};
use crate::error::{Error, Result};

/// What the login host's `POST /auth` answers: paths on the login host, and the poll's token.
#[derive(Deserialize)]
pub struct BrowserLogin {
    pub browser_url: String,
    pub cli_url: String,
    pub token: String,
}

/// The browser login's poll, once the person approved or refused.
#[derive(Deserialize)]
pub struct BrowserAnswer {
    pub access_token: Option<String>,
    pub error: Option<String>,
}

/// An authorization as belt reads it: its id, its (maybe redacted) token and when that
/// expires, its description and scopes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Authorization {
    pub id: Option<String>,
    pub access_token: Option<AccessToken>,
    pub description: Option<String>,
    pub scope: Option<Vec<String>>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AccessToken {
    pub token: Option<String>,
    /// Seconds left, as of the answer; none for a token that never expires.
    pub expires_in: Option<i64>,
}

impl Authorization {
    pub fn token(&self) -> Option<&str> {
        self.access_token.as_ref()?.token.as_deref()
    }

    pub fn expires_in(&self) -> Option<i64> {
        self.access_token.as_ref()?.expires_in
    }
}

/// `POST /oauth/authorizations` with the caller's own key: what `authorizations:create` asks.
pub struct NewAuthorization<'a> {
    pub description: Option<&'a str>,
    pub expires_in: Option<u64>,
    pub scope: Option<Vec<String>>,
}

/// `POST /oauth/authorizations` with a password (`Authorization: Basic ..`), and the second
/// factor once the backend asked for it.
pub struct PasswordLogin<'a> {
    pub description: &'a str,
    pub expires_in: u64,
    pub basic_auth: &'a str,
    pub two_factor_code: Option<&'a str>,
}

const AUTHORIZATIONS: &str = "/oauth/authorizations";

impl Client {
    /// `POST {login host}/auth`: starts a browser login; with the answer's Request-Id, for
    /// errors found in it.
    pub async fn start_browser_login(
        &self,
        description: &str,
    ) -> Result<(BrowserLogin, Option<String>)> {
        let body = json!({ "description": description });
        let response = self.send(Method::POST, "/auth", Some(&body), &[]).await?;
        Ok((response.decode()?, response.request_id))
    }

    /// One long poll of the browser login at `url` (the login host and its `cli_url`).
    pub async fn poll_browser_login(&self, url: &str, token: &str) -> Result<BrowserAnswer> {
        self.get_held(url, token).await?.decode()
    }

    /// Creates an authorization with a password; its access token.
    pub async fn create_authorization(&self, login: &PasswordLogin<'_>) -> Result<String> {
        let body = json!({
            "description": login.description,
            "expires_in": login.expires_in,
            "scope": ["global"],
        });
        let mut headers = vec![("Authorization", login.basic_auth.to_string())];
        if let Some(code) = login.two_factor_code {
            headers.push(("Heroku-Two-Factor-Code", code.to_string()));
        }
        let response = self
            .send(Method::POST, AUTHORIZATIONS, Some(&body), &headers)
            .await?;
        let authorization: Value = response.decode()?;
        authorization["access_token"]["token"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| Error::Protocol {
                message: "the backend's authorization carries no access token".into(),
                request_id: response.request_id.clone(),
            })
    }

    /// `DELETE /oauth/sessions/~`: ends the token's SSO session.
    pub async fn end_session(&self) -> Result<Value> {
        self.delete("/oauth/sessions/~").await
    }

    /// `GET /oauth/authorizations`.
    pub async fn authorizations(&self) -> Result<Vec<Authorization>> {
        self.get(AUTHORIZATIONS).await
    }

    /// `GET /oauth/authorizations/~`: the account's default API key.
    pub async fn default_authorization(&self) -> Result<Authorization> {
        self.get(&format!("{AUTHORIZATIONS}/~")).await
    }

    /// `DELETE /oauth/authorizations/{id}`.
    pub async fn delete_authorization(&self, id: &str) -> Result<Value> {
        self.delete(&format!("{AUTHORIZATIONS}/{}", seg(id))).await
    }

    /// `GET /oauth/authorizations`, kept whole for `--json`.
    pub async fn authorization_list(&self) -> Result<Fetched<Vec<Authorization>>> {
        Fetched::read(self.get(AUTHORIZATIONS).await?)
    }

    /// `GET /oauth/authorizations/{id}`.
    pub async fn authorization(&self, id: &str) -> Result<Fetched<Authorization>> {
        Fetched::read(self.get(&format!("{AUTHORIZATIONS}/{}", seg(id))).await?)
    }

    /// `POST /oauth/authorizations` with this client's key; the answer carries the new token.
    pub async fn new_authorization(
        &self,
        new: &NewAuthorization<'_>,
    ) -> Result<Fetched<Authorization>> {
        // The schema requires `scope`; Heroku's default, `global`, when none is asked for.
        let scope = new.scope.clone().unwrap_or_else(|| vec!["global".into()]);
        let mut body = json!({ "scope": scope });
        if let Some(description) = new.description {
            body["description"] = json!(description);
        }
        if let Some(seconds) = new.expires_in {
            body["expires_in"] = json!(seconds);
        }
        Fetched::read(self.post(AUTHORIZATIONS, &body).await?)
    }

    /// `PATCH /oauth/authorizations/{id}`: a new description.
    pub async fn describe_authorization(
        &self,
        id: &str,
        description: &str,
    ) -> Result<Fetched<Authorization>> {
        let path = format!("{AUTHORIZATIONS}/{}", seg(id));
        let body = json!({ "description": description });
        Fetched::read(self.patch(&path, &body).await?)
    }

    /// `POST /oauth/authorizations/{id}/actions/regenerate-tokens`: a new token, the old one
    /// refused from then on.
    pub async fn regenerate_authorization(&self, id: &str) -> Result<Fetched<Authorization>> {
        let path = format!("{AUTHORIZATIONS}/{}/actions/regenerate-tokens", seg(id));
        Fetched::read(self.post(&path, &json!({})).await?)
    }
}
