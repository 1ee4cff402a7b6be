//! Calls group B needs whose home is another endpoint file (`account.rs`, `apps.rs`, being
//! written beside this one): they move there, under those files' names, at merge.

use serde_json::Value;

use super::Fetched;
use crate::api::models::Account;
use crate::api::{Client, MAX_PAGE};
use crate::error::Result;

impl Client {
    /// `GET /account`.
    pub(crate) async fn interim_account(&self) -> Result<Fetched<Account>> {
        Fetched::read(self.get("/account").await?)
    }

    /// `GET /apps`, every page, by name.
    pub(crate) async fn interim_app_list(&self) -> Result<Vec<Value>> {
        self.list("/apps", &format!("name ..; max={MAX_PAGE}"))
            .await
    }
}
