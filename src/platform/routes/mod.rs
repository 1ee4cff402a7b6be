//! The API's routes. Each feature module contributes its own `routes()`, merged here.

mod account;
mod apps;
mod catalog;
mod logs;

use axum::Router;

use super::Platform;

pub(crate) fn router() -> Router<Platform> {
    Router::new()
        .merge(account::routes())
        .merge(apps::routes())
        .merge(catalog::routes())
        .merge(logs::routes())
}
