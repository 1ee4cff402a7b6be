//! belt: a fast, scriptable command-line client for Heroku-style platforms.
//!
//! The binary is a thin shell over this library: `cli` parses argv, `commands` holds one module
//! per topic, `api` is the Heroku Platform API v3 client. The embedded server is the
//! `belt-platform` crate, which belt only starts; the hand-written text parsers are the
//! `belt-text` crate (fuzzed in `fuzz/`), the crash-safe file writes `belt-fs`.

pub mod api;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config_diff;
pub mod context;
pub mod dirs;
pub mod env;
pub mod error;
pub mod output;
pub mod project;
pub mod terminal;

pub use error::{Error, Result};
