//! `/stacks`: the stacks apps can build on.

use serde_json::Value;

use crate::api::Client;
use crate::error::Result;

pub struct Stacks<'a> {
    client: &'a Client,
}

impl Client {
    pub fn stacks(&self) -> Stacks<'_> {
        Stacks { client: self }
    }
}

impl Stacks<'_> {
    /// `GET /stacks`, every page, raw.
    pub async fn list(&self) -> Result<Vec<Value>> {
        self.client.list_with("/stacks", None, &[], None).await
    }
}
