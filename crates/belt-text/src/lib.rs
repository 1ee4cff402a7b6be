//! belt's text formats: everything a user types or a server sends that belt parses by hand
//! (JSON and TOML go through serde). Each module is pure, never panics on any input, and is
//! a cargo fuzz target in `fuzz/`; belt and the platform use them as `belt_text::...`. Errors
//! are plain data here (`String` messages or a small error type); each caller maps them to its
//! own error at the call site.

#![forbid(unsafe_code)]

pub mod argv;
pub mod dotenv;
pub mod git_url;
pub mod key_value;
pub mod procfile;
pub mod range;
pub mod scale;
pub mod sse;
