//! Where belt keeps its files: config (accounts, settings) and data (the local platform).
//! `BELT_CONFIG_DIR` and `BELT_DATA_DIR` override the XDG locations, which is how every test
//! gets a private sandbox.

use std::path::PathBuf;

use crate::env;

fn home() -> PathBuf {
    env::HOME
        .get_os()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn from_env(belt_var: env::Var, xdg_var: env::Var, fallback: &[&str]) -> PathBuf {
    if let Some(dir) = belt_var.get_os().filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(dir) = xdg_var.get_os().filter(|v| !v.is_empty()) {
        return PathBuf::from(dir).join("belt");
    }
    fallback.iter().fold(home(), |p, part| p.join(part))
}

pub fn config_dir() -> PathBuf {
    from_env(
        env::BELT_CONFIG_DIR,
        env::XDG_CONFIG_HOME,
        &[".config", "belt"],
    )
}

pub fn data_dir() -> PathBuf {
    from_env(
        env::BELT_DATA_DIR,
        env::XDG_DATA_HOME,
        &[".local", "share", "belt"],
    )
}

/// The embedded platform's state: shared by every belt process and by `belt serve` by default.
pub fn platform_dir() -> PathBuf {
    data_dir().join("platform")
}
