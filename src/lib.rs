//! belt: a fast, scriptable command-line client for Heroku-style platforms.
//!
//! The binary is a thin shell over this library: `cli` parses argv, `commands` holds one module
//! per topic, `api` is the Heroku Platform API v3 client, `platform` the embedded server. The
//! hand-written text parsers live in the `belt-text` crate (`crates/belt-text`), fuzzed in `fuzz/`.

pub mod api;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config_diff;
pub mod context;
pub mod dirs;
pub mod dotenv;
pub mod error;
pub mod fsutil;
pub mod output;
pub mod platform;
pub mod project;
pub mod terminal;

pub use error::{Error, Result};

/// argv normalisation (`belt apps create` → `belt apps:create`), from belt-text.
pub use belt_text::argv;
