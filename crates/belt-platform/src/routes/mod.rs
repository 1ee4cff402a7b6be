//! The API's routes. Each feature module contributes its own `routes()`, merged here.

mod account;
mod addons;
mod app_setups;
mod app_transfers;
mod apps;
mod buildpacks;
mod builds;
mod cli_auth;
mod collaborators;
mod compat;
mod config_vars;
mod domains;
mod dynos;
mod features;
mod formation;
mod git_http;
mod logs;
mod oauth;
mod output_stream;
mod pipelines;
mod regions_and_stacks;
mod releases;
mod review_apps;
mod ssh_keys;
mod stage_config_vars;
mod team_apps;
mod teams;

use axum::Router;

use super::Platform;

pub(crate) fn router() -> Router<Platform> {
    Router::new()
        .merge(account::routes())
        .merge(apps::routes())
        .merge(regions_and_stacks::routes())
        .merge(config_vars::routes())
        .merge(releases::routes())
        .merge(dynos::routes())
        .merge(ssh_keys::routes())
        .merge(oauth::routes())
        .merge(cli_auth::routes())
        .merge(logs::routes())
        .merge(builds::routes())
        .merge(git_http::routes())
        .merge(addons::routes())
        .merge(domains::routes())
        .merge(formation::routes())
        .merge(buildpacks::routes())
        .merge(features::routes())
        .merge(pipelines::routes())
        .merge(app_setups::routes())
        .merge(stage_config_vars::routes())
        .merge(review_apps::routes())
        .merge(collaborators::routes())
        .merge(app_transfers::routes())
        .merge(teams::routes())
        .merge(team_apps::routes())
        .merge(compat::routes())
}
