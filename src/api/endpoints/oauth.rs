//! Logging in and out: the login host's browser flow (`/auth`), `/oauth/authorizations` and
//! `/oauth/sessions`.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

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

/// An authorization as logout reads it: its id and its (maybe redacted) token.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Authorization {
    pub id: Option<String>,
    pub access_token: Option<AccessToken>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AccessToken {
    pub token: Option<String>,
}

impl Authorization {
    pub fn token(&self) -> Option<&str> {
        self.access_token.as_ref()?.token.as_deref()
    }
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
}
