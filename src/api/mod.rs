//! The Heroku Platform API v3 client and the models belt reads from it.

mod client;
mod debug;
pub mod endpoints;
pub mod models;
mod planned;
pub mod reconnect;
pub mod rendezvous;

pub use client::{ByteStream, Client, ClientOptions, MAX_PAGE, Response};
pub use debug::{REDACTED_VALUE, Trace};
pub use endpoints::Fetched;
pub use planned::{Planned, PlannedSink};

/// Percent-encodes one path segment, so a name typed by a user can never change the path
/// (`../account`, `a/b`, `?x`).
pub fn seg(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn segments_cannot_escape() {
        assert_eq!(super::seg("demo-app"), "demo-app");
        assert_eq!(super::seg("../x"), "..%2Fx");
        assert_eq!(super::seg("a b?c"), "a%20b%3Fc");
    }
}
