//! The local platform's knobs that Heroku fixes and a laptop wants smaller or elsewhere: read
//! from the environment of the process that opens the platform (belt lists them with its own,
//! in src/env.rs, from [`ALL`]). A value that does not parse is ignored, as unset.

use std::time::Duration;

/// The router's port (`http://APP.localhost:PORT/`).
pub const ROUTER_PORT: &str = "BELT_ROUTER_PORT";
/// Seconds a web dyno has to bind `$PORT` before R10 (Heroku: 60).
pub const BOOT_TIMEOUT: &str = "BELT_BOOT_TIMEOUT";
/// The longest cool-off, in seconds, before a dyno that keeps crashing is restarted (Heroku:
/// 320 minutes).
pub const RESTART_COOLOFF: &str = "BELT_RESTART_COOLOFF";
/// Seconds between a dyno's runtime-metrics lines (Heroku: 20).
pub const METRICS_INTERVAL: &str = "BELT_METRICS_INTERVAL";
/// Seconds a day lasts for stale review apps (`stale_days`), so a test need not wait days.
pub const REVIEW_APP_DAY: &str = "BELT_REVIEW_APP_DAY";
/// Seconds (fractions too) between the supervisor's looks at the store when nothing wakes it
/// sooner: every change it must act on wakes it, so only a test showing that wants it longer.
pub const SUPERVISOR_TICK: &str = "BELT_SUPERVISOR_TICK";
/// Every variable here, for belt's registry.
pub const ALL: &[&str] = &[
    ROUTER_PORT,
    BOOT_TIMEOUT,
    RESTART_COOLOFF,
    METRICS_INTERVAL,
    REVIEW_APP_DAY,
    SUPERVISOR_TICK,
];

/// Chosen to be out of the way of the ports apps and dev servers take (3000, 5000, 8000,
/// 8080...) and below the kernel's ephemeral range.
pub const DEFAULT_ROUTER_PORT: u16 = 5466;
const DEFAULT_BOOT_TIMEOUT: u64 = 60;
const DEFAULT_RESTART_COOLOFF: u64 = 20;
const DEFAULT_METRICS_INTERVAL: u64 = 20;
const SECONDS_PER_DAY: u64 = 24 * 3600;
const DEFAULT_SUPERVISOR_TICK: Duration = Duration::from_millis(100);

fn number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok()?.trim().parse().ok()
}

pub(crate) fn router_port() -> u16 {
    number(ROUTER_PORT).unwrap_or(DEFAULT_ROUTER_PORT)
}

pub(crate) fn boot_timeout() -> Duration {
    Duration::from_secs(number(BOOT_TIMEOUT).unwrap_or(DEFAULT_BOOT_TIMEOUT))
}

pub(crate) fn restart_cooloff() -> Duration {
    Duration::from_secs(number(RESTART_COOLOFF).unwrap_or(DEFAULT_RESTART_COOLOFF))
}

pub(crate) fn metrics_interval() -> Duration {
    Duration::from_secs(
        number::<u64>(METRICS_INTERVAL)
            .filter(|s| *s > 0)
            .unwrap_or(DEFAULT_METRICS_INTERVAL),
    )
}

pub(crate) fn review_app_day() -> Duration {
    Duration::from_secs(
        number::<u64>(REVIEW_APP_DAY)
            .filter(|s| *s > 0)
            .unwrap_or(SECONDS_PER_DAY),
    )
}

pub(crate) fn supervisor_tick() -> Duration {
    number::<f64>(SUPERVISOR_TICK)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .filter(|d| !d.is_zero())
        .unwrap_or(DEFAULT_SUPERVISOR_TICK)
}
