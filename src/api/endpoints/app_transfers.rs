//! `/account/app-transfers`: an app offered to another user, who accepts or declines it; its
//! owner may cancel it while it waits.

use serde_json::{Value, json};

use super::Fetched;
use crate::api::models::AppTransfer;
use crate::api::{Client, seg};
use crate::error::Result;

const PATH: &str = "/account/app-transfers";

pub struct AppTransfers<'a> {
    client: &'a Client,
}

impl Client {
    pub fn app_transfers(&self) -> AppTransfers<'_> {
        AppTransfers { client: self }
    }
}

/// A transfer by its id or its app's name (the schema's identity is either).
fn transfer_path(transfer: &str) -> String {
    format!("{PATH}/{}", seg(transfer))
}

impl AppTransfers<'_> {
    /// `GET /account/app-transfers`: those from the caller and those to them.
    pub async fn list(&self) -> Result<Fetched<Vec<AppTransfer>>> {
        let items = self.client.list_with(PATH, None, &[], None).await?;
        Fetched::read_list(items)
    }

    /// `POST /account/app-transfers {app, recipient}`.
    pub async fn create(&self, app: &str, recipient: &str) -> Result<Value> {
        let body = json!({ "app": app, "recipient": recipient });
        self.client.post(PATH, &body).await
    }

    /// `PATCH /account/app-transfers/{id | app} {state}`: the recipient's `accepted` or
    /// `declined`.
    pub async fn answer(&self, transfer: &str, state: &str) -> Result<Value> {
        let body = json!({ "state": state });
        self.client.patch(&transfer_path(transfer), &body).await
    }

    /// `DELETE /account/app-transfers/{id | app}`: the owner takes the offer back.
    pub async fn cancel(&self, transfer: &str) -> Result<Value> {
        self.client.delete(&transfer_path(transfer)).await
    }
}
