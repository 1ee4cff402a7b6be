//! How a stream that dropped (a log tail, a build's output) is opened again: which failures
//! it rides out, and how long it waits between tries.

use std::time::Duration;

use crate::error::Error;

/// The first and the longest wait before a stream reconnects.
pub const FIRST_RETRY: Duration = Duration::from_millis(250);
pub const MAX_RETRY: Duration = Duration::from_secs(5);

/// Failures a stream rides out by reconnecting: the network, and a server that is restarting
/// or busy.
pub fn is_transient(e: &Error) -> bool {
    match e {
        Error::Network { .. } => true,
        Error::Api { status, .. } => *status == 429 || *status >= 500,
        _ => false,
    }
}
