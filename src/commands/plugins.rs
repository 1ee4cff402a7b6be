//! External plugins: an executable `belt-NAME` on PATH runs as `belt NAME ...`, with the
//! current app, account and API URL in its environment; `belt plugins` lists them.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::{Value, json};

use super::shared::unknown_command;
use crate::auth::Backend;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View, table};

const PREFIX: &str = "belt-";

#[derive(Debug, Subcommand)]
pub enum PluginsCommand {
    /// List the plugins (belt-NAME executables) found on PATH
    #[command(
        name = "plugins",
        long_about = "List the plugins found on PATH. Any executable named belt-NAME runs as \
            `belt NAME ...`, with BELT_APP, BELT_ACCOUNT and BELT_API_URL set for it.",
        after_help = "Examples:\n  belt plugins\n  belt plugins --json"
    )]
    List,
}

/// `plugins`: each plugin's name and where it is.
struct PluginList(BTreeMap<String, PathBuf>);

impl View for PluginList {
    fn json(&self) -> Value {
        let list: Vec<_> = self
            .0
            .iter()
            .map(|(name, path)| json!({"name": name, "path": path}))
            .collect();
        json!(list)
    }

    fn human(&self, out: &Output) -> Result<()> {
        if self.0.is_empty() {
            return out.line("No plugins found: put an executable named belt-NAME on PATH.");
        }
        let rows: Vec<Vec<String>> = self
            .0
            .iter()
            .map(|(name, path)| vec![name.clone(), path.display().to_string()])
            .collect();
        out.line(table(&["Plugin", "Path"], &rows))
    }
}

pub async fn run(ctx: &Context, command: PluginsCommand) -> Result<()> {
    let PluginsCommand::List = command;
    ctx.out.emit(&PluginList(find_all()))
}

/// Every `belt-NAME` executable on PATH; the first one found wins, as the shell would pick it.
fn find_all() -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    for dir in std::env::split_paths(&crate::env::PATH.get_os().unwrap_or_default()) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            if let Some(name) = file_name.strip_prefix(PREFIX)
                && !name.is_empty()
                && is_executable(&entry.path())
            {
                found
                    .entry(name.to_string())
                    .or_insert_with(|| entry.path());
            }
        }
    }
    found
}

fn is_executable(path: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// Runs `belt NAME ARGS...` as the plugin `belt-NAME`, exiting with its status.
pub async fn run_external(ctx: &Context, args: Vec<OsString>) -> Result<()> {
    let name = args
        .first()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(path) = find_all().remove(&name) else {
        return Err(unknown_command(&name));
    };
    let mut command = tokio::process::Command::new(&path);
    command.args(&args[1..]);
    // Context for the plugin, as far as it can be known without failing the call.
    if let Ok(app) = ctx.app().await {
        command.env(crate::env::BELT_APP.name, app);
    }
    if let Ok(session) = ctx.session().await {
        command.env(crate::env::BELT_ACCOUNT.name, &session.account.name);
        let url = match &session.account.backend {
            Backend::Local => "local".to_string(),
            Backend::Remote(url) => url.clone(),
        };
        command.env(crate::env::BELT_API_URL.name, url);
    }
    let status = command
        .status()
        .await
        .map_err(|e| Error::Failed(format!("could not run plugin {}: {e}", path.display())))?;
    Err(Error::Exit(status.code().unwrap_or(1)))
}
