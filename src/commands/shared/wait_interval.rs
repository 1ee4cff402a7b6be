//! `--wait-interval SECONDS`, for `addons:create --wait` and `pg:wait`.

use std::time::Duration;

use clap::Args;

/// `--wait-interval SECONDS`, as the official CLI's `pg:wait` has it: how often a wait polls.
#[derive(Debug, Clone, Copy, Args)]
pub struct WaitInterval {
    /// How frequently to poll while waiting, in seconds (to avoid rate limiting)
    #[arg(long = "wait-interval", value_name = "SECONDS", default_value = "5",
          value_parser = parse_interval)]
    pub seconds: Duration,
}

/// A positive number of seconds, decimals allowed (`5`, `0.5`), at most a day.
pub(super) fn parse_interval(text: &str) -> std::result::Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 86_400.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "invalid interval {text:?}: expected a number of seconds, such as 5 or 0.5"
        )),
    }
}
