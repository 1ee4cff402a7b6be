//! `-t/--team`, defaulting as the official CLI's does: `HEROKU_TEAM`, then
//! `HEROKU_ORGANIZATION` (a team was an "organization" before).

use clap::Args;

use crate::env;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Args)]
pub struct TeamArg {
    /// Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)
    #[arg(short, long, value_name = "TEAM")]
    pub team: Option<String>,
}

impl TeamArg {
    /// The team named by the flag or the environment, if any.
    pub fn team(&self) -> Option<String> {
        self.team
            .clone()
            .or_else(|| env::HEROKU_TEAM.get())
            .or_else(|| env::HEROKU_ORGANIZATION.get())
            .filter(|team| !team.is_empty())
    }

    /// The team, for a command that needs one.
    pub fn required(&self) -> Result<String> {
        self.team()
            .ok_or_else(|| Error::Usage("no team given: pass -t TEAM (or set HEROKU_TEAM)".into()))
    }
}

/// The team owning an app, from its owner's email: Heroku answers a team app's owner as
/// `TEAM@herokumanager.com`, and the official CLI tells team apps by that alone.
pub fn owning_team(owner_email: &str) -> Option<&str> {
    owner_email
        .strip_suffix("@herokumanager.com")
        .filter(|team| !team.is_empty())
}

/// An app's owner email in a raw `GET /apps/{app}` answer.
pub fn owner_email(app: &serde_json::Value) -> &str {
    app["owner"]["email"].as_str().unwrap_or("")
}
