//! The integration suite as one test binary (as cargo and uv do): a module per area, all
//! driving the real `belt` binary through [`harness`], so a change to belt links one test
//! executable instead of one per area. `tests/generated.rs` (the committed completions and
//! man pages) stays a binary of its own: it uses belt's clap tree, not the binary.
//! `cargo test --test it MODULE::` runs one area.

mod harness;

mod access;
mod accounts;
mod addons;
mod app_setups;
mod apps;
mod authorizations;
mod binary_size;
mod cli;
mod completions;
mod concurrency;
mod config;
mod config_insight;
mod config_secrets;
mod crashes;
mod deploy;
mod domains;
mod faults;
mod formation_dynos;
mod heroku_cli;
mod hostile;
mod human_output;
mod labs;
mod local_procfile;
mod local_users;
mod login;
mod logs;
mod logs_filters;
mod parsers_fuzz;
mod pipelines;
mod ps;
mod ps_wait;
mod release_phase;
mod releases;
mod reviewapps;
mod router;
mod run;
mod schema_conformance;
mod seed_batch;
mod serve;
mod third_party;
