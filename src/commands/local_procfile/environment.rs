//! The environment `belt local` gives its processes, in layers: belt's own environment on top,
//! then the env files (a later file over an earlier one), then the app's config vars with
//! `--app`. A lower layer never replaces a variable a higher one sets.

use std::path::Path;

use belt_text::dotenv::{self, ConfigMap};

use super::EnvArgs;
use crate::context::Context;
use crate::error::{Error, Result};

/// The official CLI's first port (5000 until macOS's AirPlay took it).
const DEFAULT_PORT: u16 = 5006;
/// Ports below this need privileges; the official CLI refuses them too.
const FIRST_UNPRIVILEGED_PORT: u32 = 1024;

pub(super) struct Environment {
    /// The variables to add to belt's own environment: none that it already has.
    pub added: ConfigMap,
}

pub(super) async fn load(ctx: &Context, args: &EnvArgs) -> Result<Environment> {
    let mut layers = app_config_vars(ctx).await?;
    let (files, named) = match args.env.as_deref() {
        Some(list) => (list.split(',').map(str::trim).collect(), true),
        None => (vec![".env"], false),
    };
    for file in files.into_iter().filter(|f| !f.is_empty()) {
        if let Some(vars) = read_env_file(Path::new(file), named)? {
            ctx.out
                .err_line(format!("[OKAY] Loaded ENV {file} File as KEY=VALUE Format"));
            layers.extend(vars);
        }
    }
    layers.retain(|key, _| crate::env::inherited(key).is_none());
    Ok(Environment { added: layers })
}

/// `--app`'s (or `--remote`'s) config vars, from whichever backend the account uses. Only a
/// named app: the one a git remote would imply is not read without being asked for.
async fn app_config_vars(ctx: &Context) -> Result<ConfigMap> {
    if ctx.globals.app.is_none() && ctx.globals.remote.is_none() {
        return Ok(ConfigMap::new());
    }
    let app = ctx.app().await?;
    Ok(ctx.client().await?.config_vars(&app).info().await?.model)
}

/// An env file's variables; a missing `.env` is none, a missing file named by `-e` an error.
fn read_env_file(path: &Path, named: bool) -> Result<Option<ConfigMap>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Usage(format!(
                "{}: no such env file",
                path.display()
            )));
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    dotenv::parse(&text)
        .map(Some)
        .map_err(|e| Error::Usage(format!("{}: {e}", path.display())))
}

impl Environment {
    /// The first process's port: `--port`, else PORT from belt's environment, the env files or
    /// the app, else 5006.
    pub fn base_port(&self, flag: Option<u16>) -> Result<u16> {
        let inherited = crate::env::inherited("PORT").map(|v| v.to_string_lossy().into_owned());
        let port = match (flag, inherited.or_else(|| self.added.get("PORT").cloned())) {
            (Some(port), _) => port,
            (None, Some(text)) => text.trim().parse().map_err(|_| {
                Error::Usage(format!("PORT={text:?} is not a port number; pass --port"))
            })?,
            (None, None) => DEFAULT_PORT,
        };
        check_port(u32::from(port))
    }
}

/// `port` if a process may listen on it without privileges.
pub(super) fn check_port(port: u32) -> Result<u16> {
    match u16::try_from(port) {
        Ok(port) if u32::from(port) >= FIRST_UNPRIVILEGED_PORT => Ok(port),
        Ok(port) => Err(Error::Usage(format!(
            "port {port} is privileged: use one from {FIRST_UNPRIVILEGED_PORT} up"
        ))),
        Err(_) => Err(Error::Usage(format!(
            "port {port} is past 65535: use a lower --port"
        ))),
    }
}
