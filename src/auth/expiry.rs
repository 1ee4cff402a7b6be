//! When the token in use expires, as far as belt knows without asking: the expiry recorded
//! with a stored login. Every command warns (once, on stderr) in the last week, and a token
//! known to be past it is "not logged in" (exit 3) before any request is sent.

use std::sync::atomic::{AtomicBool, Ordering};

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{Account, Source};
use crate::error::{Error, Result};
use crate::output::Output;

/// How far ahead an expiry is worth a warning.
const WARN_WITHIN: i64 = 7 * 24 * 60 * 60;

/// How to make a new token, said wherever one has run out.
pub const RENEW_HINT: &str =
    "Log in again with `belt login`, or make a token for CI with `belt authorizations:create`.";

/// Whether this process has already warned about the token's expiry.
static WARNED: AtomicBool = AtomicBool::new(false);

pub fn now_unix() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// `2026-12-01T18:00:00Z`, or the number itself if it is out of range.
pub fn timestamp(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| unix.to_string())
}

/// "in 3 days", "in 5 minutes": a time ahead, roughly, as people say it.
pub fn in_words(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (n, unit) = match seconds {
        0..120 => (seconds, "second"),
        120..7200 => (seconds / 60, "minute"),
        7200..172_800 => (seconds / 3600, "hour"),
        _ => (seconds / 86_400, "day"),
    };
    let plural = if n == 1 { "" } else { "s" };
    format!("in {n} {unit}{plural}")
}

/// The warning for a token expiring at `expires_at`, printed at most once per process.
pub fn warn_once(out: &Output, expires_at: i64) {
    if WARNED.swap(true, Ordering::Relaxed) {
        return;
    }
    out.warn(format!(
        "the token in use expires {} ({}). {RENEW_HINT}",
        in_words(expires_at - now_unix()),
        timestamp(expires_at)
    ));
}

/// "The token ... expired at ...": exit 3, with how to make a new one.
pub fn expired(account: &Account, at: i64) -> Error {
    Error::NotLoggedIn(format!(
        "the token of account {:?} expired at {}. {RENEW_HINT}",
        account.name,
        timestamp(at)
    ))
}

/// Before a command's first request: refuses a stored token known to have expired, and warns
/// when it expires within a week. Tokens from the environment carry no known expiry.
pub fn check(account: &Account, source: &Source, out: &Output) -> Result<()> {
    let (Source::Stored, Some(at)) = (source, account.token_expires_at) else {
        return Ok(());
    };
    let left = at - now_unix();
    if left <= 0 {
        return Err(expired(account, at));
    }
    if left <= WARN_WITHIN {
        warn_once(out, at);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_ahead_read_as_people_say_them() {
        assert_eq!(in_words(-5), "in 0 seconds");
        assert_eq!(in_words(1), "in 1 second");
        assert_eq!(in_words(600), "in 10 minutes");
        assert_eq!(in_words(3 * 3600), "in 3 hours");
        assert_eq!(in_words(6 * 86_400 + 5), "in 6 days");
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
    }
}
