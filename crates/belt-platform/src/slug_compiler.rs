//! The build pipeline shared by `git push` and the Builds API: assemble the slug's tree in the
//! slug store from a pushed commit or a source tarball (only contents the store lacks are
//! written), read its Procfile, then in one transaction record the slug, release it and
//! install its tree, where the release's dynos start. Blocking: call it from a hook process or
//! `spawn_blocking`.

use std::io::{self, Read};
use std::path::Path;

use rusqlite::{Connection, params};
use serde_json::{Value, json};

use super::apps::App;
use super::domain_error::DomainError;
use super::procfile::{self, ProcessTypes};
use super::regions_and_stacks;
use super::release_phase::{self, Pending};
use super::releases::{self, NewRelease, Release};
use super::slug_store::{SlugStore, gc, import, prepared};
use super::users::Actor;
use super::{Platform, events, util};

/// Where build lines go in the app's log: `app[build]: ...`.
const DYNO_BUILD: &str = "build";

/// What the source is, as far as the release's description and the slug are concerned.
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceInfo {
    /// The commit (git push) or the version a build was given.
    pub commit: Option<String>,
    pub commit_description: Option<String>,
}

/// A successful build.
#[derive(Debug)]
pub(crate) struct Built {
    pub slug_id: String,
    pub release: Release,
    /// The release command to start, when the Procfile declares one: the release is pending.
    pub pending: Option<Pending>,
}

/// Receives each line of the build's output, as it is produced.
pub(crate) type Log<'a> = &'a mut dyn FnMut(&str);

/// What a build is made from.
pub(crate) enum Input<'a> {
    /// An uncompressed tar stream.
    Tarball(Box<dyn Read + 'a>),
    /// A commit of a git repository.
    Commit { repo: &'a Path, commit: &'a str },
}

/// Builds `input` for `app` on behalf of `by`. On failure the reason has been logged and is
/// returned; nothing was recorded but the log lines.
pub(crate) fn run(
    platform: &Platform,
    app: &App,
    by: &Actor,
    input: Input<'_>,
    source: SourceInfo,
    log: Log<'_>,
) -> Result<Built, String> {
    let mut log = BuildLog {
        pusher: log,
        lines: Vec::new(),
    };
    let outcome = build(platform, app, by, input, source, &mut log);
    match &outcome {
        // Its log was written with its release.
        Ok(_) => {
            // The new release restarted the formation: someone must run it.
            crate::supervisor::wake(platform);
            // Best effort: a store left uncollected is collected after the next build.
            let _ = gc::collect(platform);
        }
        Err(reason) => {
            log.line(&format!(" !     {reason}"));
            log.line(" !     Push rejected, failed to compile app.");
            // Best effort, as the build failed anyway.
            let _ = (platform.store()).write(|tx| log.record(tx, app, by, &[], "Build failed"));
        }
    }
    outcome
}

/// The build's output: each line to the pusher as it comes, and kept for the app's log.
struct BuildLog<'a> {
    pusher: Log<'a>,
    lines: Vec<String>,
}

impl BuildLog<'_> {
    fn line(&mut self, text: &str) {
        (self.pusher)(text);
        self.lines.push(text.to_string());
    }

    /// Appends its lines and then `more` to the app's log (`app[build]`), and how the build
    /// ended (`heroku[api]`).
    fn record(
        &self,
        tx: &Connection,
        app: &App,
        by: &Actor,
        more: &[String],
        status: &str,
    ) -> rusqlite::Result<()> {
        for line in self.lines.iter().chain(more) {
            events::append(tx, &app.id, events::SOURCE_APP, DYNO_BUILD, line)?;
        }
        events::api(tx, &app.id, &format!("{status} by user {}", by.email)).map(drop)
    }
}

fn build(
    platform: &Platform,
    app: &App,
    by: &Actor,
    input: Input<'_>,
    source: SourceInfo,
    log: &mut BuildLog<'_>,
) -> Result<Built, String> {
    log.line(&format!(
        "-----> Building on the {} stack",
        stack_title(&app.stack)
    ));
    let buildpacks = platform
        .store()
        .read(|conn| super::buildpacks::build_lines(conn, &app.id))
        .map_err(|e| format!("Could not read the app's buildpacks: {e}"))?;
    for line in &buildpacks {
        log.line(line);
    }
    let store = SlugStore::of(platform);
    let staging = store
        .staging()
        .map_err(|e| format!("Could not make the slug's directory: {e}"))?;
    let tree = match input {
        Input::Tarball(tar) => import::from_tar(&store, tar, &staging.0)?,
        Input::Commit { repo, commit } => {
            // The app's spare (its last slug, prepared once its dyno was up) is patched to
            // the commit: only what changed is linked or read.
            let dir = staging.0.join("tree");
            let take_spare = || {
                let spare = store.take_spare(&prepared::app_spare(&app.id), &dir);
                spare.map(|taken| taken.manifest)
            };
            import::from_git(&store, repo, commit, &dir, take_spare)?
        }
    };
    let root = &tree.root;
    // A push's description is its commit's subject, read with the commit.
    let source = SourceInfo {
        commit_description: source.commit_description.or_else(|| tree.subject.clone()),
        ..source
    };
    log.line("-----> Discovering process types");
    let types = read_procfile(root)?;
    let names: Vec<&str> = types.keys().map(String::as_str).collect();
    log.line(&format!(
        "       Procfile declares types -> {}",
        if names.is_empty() {
            "(none)".to_string()
        } else {
            names.join(", ")
        }
    ));
    log.line("-----> Compressing...");
    log.line(&format!("       Done: {}", human_size(tree.size)));
    log.line("-----> Launching...");
    let (built, last_lines) = platform
        .store()
        .write(|tx| {
            let slug_id = insert_slug(tx, app, &source, &types, tree.size, &tree.checksum)?;
            let description = match source.commit.as_deref() {
                Some(commit) => format!("Deploy {}", short(commit)),
                None => "Deploy".to_string(),
            };
            let current = releases::current(tx, &app.id)?;
            let config = releases::config_vars(tx, &app.id)?;
            let new = NewRelease {
                slug_id: Some(slug_id.clone()),
                ..NewRelease::with_config(current.as_ref(), description, config)
            };
            let release = releases::create(tx, &app.id, by, new)?;
            let (release, pending) = release_phase::prepare(tx, app, by, release)?;
            // Inside the transaction, so the collector never takes it for an orphan.
            store.install(root, &slug_id, &tree.manifest).map_err(|e| {
                DomainError::internal(format!("Could not install the slug's tree: {e}"))
            })?;
            // The log goes with the release: no second transaction for it (which would meet
            // the writes of the dynos the release starts).
            let mut last_lines = Vec::new();
            if pending.is_some() {
                last_lines.push(" !     Release command declared: this new release will not be available until the command succeeds.".to_string());
            }
            last_lines.push(format!("       Released v{}", release.version));
            last_lines.push(format!(
                "       {} deployed to Heroku",
                platform.web_url(&app.name)
            ));
            log.record(tx, app, by, &last_lines, "Build succeeded")?;
            let built = Built {
                slug_id,
                release,
                pending,
            };
            Ok::<_, DomainError>((built, last_lines))
        })
        .map_err(|e| e.to_string())?;
    for line in &last_lines {
        (log.pusher)(line);
    }
    Ok(built)
}

/// "heroku-24" → "Heroku-24", as Heroku's build output names stacks.
fn stack_title(stack: &str) -> String {
    let mut chars = stack.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

fn read_procfile(root: &Path) -> Result<ProcessTypes, String> {
    match std::fs::read(root.join("Procfile")) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|_| "Procfile is not UTF-8 text")?;
            procfile::parse(&text)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(ProcessTypes::new()),
        Err(e) => Err(format!("Could not read the Procfile: {e}")),
    }
}

/// `12K`, `52.6M`: Heroku's slug size notation.
fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1 << 20;
    if bytes < MIB {
        format!("{}K", bytes.div_ceil(1024))
    } else {
        format!("{:.1}M", bytes as f64 / MIB as f64)
    }
}

fn insert_slug(
    tx: &Connection,
    app: &App,
    source: &SourceInfo,
    types: &ProcessTypes,
    size: u64,
    checksum: &str,
) -> Result<String, DomainError> {
    let id = util::new_id();
    let now = util::timestamp(util::now());
    let types = serde_json::to_string(types)
        .map_err(|e| DomainError::internal(format!("Could not encode process types: {e}")))?;
    tx.execute(
        "INSERT INTO slugs (id, app_id, commit_sha, commit_description, process_types,
                            buildpack_provided_description, stack, size, checksum,
                            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7, ?8, ?9, ?9)",
        params![
            id,
            app.id,
            source.commit,
            source.commit_description,
            types,
            app.stack,
            i64::try_from(size).unwrap_or(i64::MAX),
            checksum,
            now
        ],
    )?;
    Ok(id)
}

/// The schema's `slug` object for the app's slug `id`, if it has one: one built for the app,
/// or one a release of the app runs (a promotion's, as Heroku shows it through the target).
pub(crate) fn slug_json(
    conn: &Connection,
    app_id: &str,
    id: &str,
) -> rusqlite::Result<Option<Value>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "SELECT id, commit_sha, commit_description, process_types, buildpack_provided_description,
                stack, size, checksum, created_at, updated_at
         FROM slugs WHERE id = ?2 AND (app_id = ?1
             OR EXISTS (SELECT 1 FROM releases WHERE app_id = ?1 AND slug_id = ?2))",
    )?
    .query_row([app_id, id], |row| {
        let types: String = row.get(3)?;
        let stack: Option<String> = row.get(5)?;
        let stack_id = stack
            .as_deref()
            .and_then(regions_and_stacks::stack)
            .map(|s| s.id);
        Ok(json!({
            "blob": {"method": "get", "url": null},
            "buildpack_provided_description": row.get::<_, Option<String>>(4)?,
            "checksum": row.get::<_, Option<String>>(7)?,
            "commit": row.get::<_, Option<String>>(1)?,
            "commit_description": row.get::<_, Option<String>>(2)?,
            "created_at": row.get::<_, String>(8)?,
            // A slug goes only with the app that built it.
            "deleted_at": null,
            "id": row.get::<_, String>(0)?,
            // Written by this module only; damaged types read as none rather than failing.
            "process_types": serde_json::from_str::<Value>(&types).unwrap_or_else(|_| json!({})),
            "size": row.get::<_, Option<i64>>(6)?,
            "stack": {"id": stack_id, "name": stack},
            "updated_at": row.get::<_, String>(9)?,
        }))
    })
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_stacks_read_like_heroku() {
        assert_eq!(human_size(0), "0K");
        assert_eq!(human_size(12 * 1024 - 5), "12K");
        assert_eq!(human_size(52 * 1024 * 1024 + 600 * 1024), "52.6M");
        assert_eq!(stack_title("heroku-24"), "Heroku-24");
        assert_eq!(short("0123456789abcdef"), "0123456");
        assert_eq!(short("abc"), "abc");
    }
}
