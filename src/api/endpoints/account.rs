//! `/account`: the account the API key belongs to.

use super::Fetched;
use crate::api::Client;
use crate::api::models::Account;
use crate::error::Result;

pub struct AccountEndpoint<'a> {
    client: &'a Client,
}

impl Client {
    pub fn account(&self) -> AccountEndpoint<'_> {
        AccountEndpoint { client: self }
    }
}

impl AccountEndpoint<'_> {
    /// `GET /account`.
    pub async fn info(&self) -> Result<Fetched<Account>> {
        Fetched::read(self.info_raw().await?)
    }

    /// The same answer as it came, unread (for `--json`).
    pub async fn info_raw(&self) -> Result<serde_json::Value> {
        self.client.get("/account").await
    }
}
