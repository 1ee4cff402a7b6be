//! Test harness: every test gets a private sandbox (config, data, home and working directory)
//! and drives the real `belt` binary; every process it starts gets its environment from
//! [`env::isolate`].

pub mod curl;
pub mod env;
pub mod fake;
mod git;
mod http;
mod install;
mod process;
pub mod pty;
mod sandbox;
mod server;
pub mod standin;
pub mod stress;

pub use http::{http_client, http_client_trusting, runtime};
pub use install::{installed, npm_installed};
pub use process::{KillOnDrop, Lines, Marked, json_of, poll, run_guarded, signal};
pub use sandbox::{Sandbox, belt_program};
pub use server::Server;
