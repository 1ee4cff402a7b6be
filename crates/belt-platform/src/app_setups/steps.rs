//! The steps of a setup after its request: the source and its app.json read (before the app
//! is made, for app.json's `stack`), then in the background config vars and buildpacks,
//! add-ons, the build, formation and postdeploy, and the outcome recorded.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rusqlite::params;

use super::{FAILED, SUCCEEDED, ScriptOutcome, SetupRequest, run_script};
use crate::access::Action;
use crate::addons::{self, NewAddon};
use crate::apps::App;
use crate::buildpacks::{self, Installation};
use crate::domain_error::{DomainError, DomainResult};
use crate::formation::{self, Update};
use crate::manifest::{self, Manifest};
use crate::users::Actor;
use crate::{Platform, addon_plans, builds, release_phase, releases, util};

/// Heroku's `failure_message` for a manifest that failed validation (the schema's example).
const INVALID_MANIFEST: &str = "invalid app.json";

/// Why a setup failed.
#[derive(Debug)]
pub(super) struct Failure {
    message: String,
    manifest_errors: Vec<String>,
}

impl Failure {
    fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            manifest_errors: Vec::new(),
        }
    }
}

impl From<DomainError> for Failure {
    fn from(e: DomainError) -> Failure {
        Failure::new(e.to_string())
    }
}

/// The source and its manifest, read before the app is made.
pub(super) struct Prepared {
    blob: PathBuf,
    checksum: Option<String>,
    manifest: Manifest,
    config: BTreeMap<String, String>,
}

impl Prepared {
    /// app.json's `stack`, the new app's unless the request names one.
    pub(super) fn stack(&self) -> Option<String> {
        self.manifest.stack.clone()
    }
}

/// Finds and checks the source, reads its app.json and works out the config vars; a manifest
/// with problems fails with all of them.
pub(super) async fn prepare(platform: &Platform, req: &SetupRequest) -> Result<Prepared, Failure> {
    let blob = source_path(platform, &req.source_url).await?;
    let checksum = match req.source_checksum.clone() {
        Some(checksum) => Some(builds::verify_checksum(&blob, checksum).await?),
        None => None,
    };
    let text = {
        let blob = blob.clone();
        tokio::task::spawn_blocking(move || read_app_json(&blob))
            .await
            .map_err(DomainError::from)?
            .map_err(Failure::new)?
    };
    let (manifest, mut errors) = match &text {
        Some(text) => manifest::check(text, req.environment.as_deref()),
        None => (Manifest::default(), Vec::new()),
    };
    let config = match manifest.config_vars(&req.env, &req.offered_env) {
        Ok(config) => config,
        Err(missing) => {
            errors.extend(missing);
            BTreeMap::new()
        }
    };
    if !errors.is_empty() {
        return Err(Failure {
            message: INVALID_MANIFEST.into(),
            manifest_errors: errors,
        });
    }
    Ok(Prepared {
        blob,
        checksum,
        manifest,
        config,
    })
}

/// Every step of the setup after the app's creation, in Heroku's order; the manifest's
/// `success_url` on success.
pub(super) async fn carry_out(
    platform: &Platform,
    actor: &Actor,
    setup_id: &str,
    app: &App,
    req: SetupRequest,
    prepared: Prepared,
) -> Result<Option<String>, Failure> {
    let Prepared {
        blob,
        checksum,
        manifest,
        config,
    } = prepared;
    record_manifest(platform, setup_id, &manifest).await?;
    configure(platform, actor, app, &manifest, config, &req.buildpacks).await?;
    provision(platform, actor, app, &manifest).await?;
    let source = builds::SourceInfo {
        version: req.source_version.clone(),
        version_description: None,
        checksum,
    };
    build(
        platform,
        actor,
        setup_id,
        app,
        &req.source_url,
        source,
        blob,
    )
    .await?;
    scale(platform, actor, app, &manifest).await?;
    if let Some(command) = &manifest.scripts.postdeploy {
        let outcome = run_script(platform, &app.id, command).await?;
        let exit_code = outcome.exit_code;
        record_postdeploy(platform, setup_id, outcome).await?;
        if exit_code != 0 {
            return Err(Failure::new(format!(
                "The postdeploy script failed with exit code {exit_code}."
            )));
        }
    }
    Ok(manifest.success_url)
}

/// The tarball a setup's `source_blob.url` names: one of this platform's own sources, or a
/// `file:` URL on its machine. Nothing is fetched over the network.
async fn source_path(platform: &Platform, url: &str) -> Result<PathBuf, Failure> {
    if let Ok(parsed) = url::Url::parse(url)
        && parsed.scheme() == "file"
    {
        let path = parsed
            .to_file_path()
            .map_err(|()| Failure::new(format!("source_blob.url {url} is not a file path.")))?;
        return match tokio::fs::metadata(&path).await {
            Ok(meta) if meta.is_file() => Ok(path),
            _ => Err(Failure::new(format!(
                "source_blob.url {url}: there is no such file."
            ))),
        };
    }
    builds::uploaded_source(platform, url).await.map_err(|e| {
        Failure::new(format!(
            "{e} This platform reads only its own sources (POST /sources) and file: URLs; it \
             fetches nothing from the network."
        ))
    })
}

/// The bytes of `app.json` at the tree's root, if it has one. As the build has it, a tarball
/// holding a single directory (GitHub's) has its root there.
fn read_app_json(blob: &std::path::Path) -> Result<Option<Vec<u8>>, String> {
    let unreadable = |e: std::io::Error| format!("The source blob cannot be read: {e}");
    let mut archive = tar::Archive::new(builds::open_blob(blob)?);
    let mut tops = std::collections::BTreeSet::new();
    let mut nested = None;
    for entry in archive.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let path = entry.path().map_err(unreadable)?.into_owned();
        let parts: Vec<_> = path
            .components()
            .map(|c| c.as_os_str().to_owned())
            .filter(|c| c != ".")
            .collect();
        let Some(top) = parts.first() else { continue };
        tops.insert(top.clone());
        let is_manifest = parts.last().is_some_and(|n| n == "app.json");
        if !is_manifest || parts.len() > 2 || (parts.len() == 2 && nested.is_some()) {
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).map_err(unreadable)?;
        if parts.len() == 1 {
            return Ok(Some(bytes));
        }
        nested = Some(bytes);
    }
    Ok(nested.filter(|_| tops.len() == 1))
}

async fn record_manifest(
    platform: &Platform,
    setup_id: &str,
    manifest: &Manifest,
) -> DomainResult<()> {
    let (id, text) = (setup_id.to_string(), manifest.to_json().to_string());
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "UPDATE app_setups SET manifest = ?1 WHERE id = ?2",
                params![text, id],
            )?;
            Ok(())
        })
        .await
}

/// The config vars (one release) and the buildpacks the build will name.
async fn configure(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
    config: BTreeMap<String, String>,
    overrides: &[String],
) -> DomainResult<()> {
    let wanted = if overrides.is_empty() {
        &manifest.buildpacks
    } else {
        overrides
    };
    let installations = wanted
        .iter()
        .map(|url| Installation::parse(url))
        .collect::<DomainResult<Vec<_>>>()?;
    let changes: Vec<(String, Option<String>)> =
        config.into_iter().map(|(k, v)| (k, Some(v))).collect();
    let pending = platform
        .write_app(
            actor.clone(),
            app.id.clone(),
            Action::Deploy,
            move |tx, app, actor| {
                buildpacks::replace(tx, &app.id, &installations)?;
                match releases::change_config(tx, &app, actor, &changes)? {
                    Some(release) => Ok(release_phase::prepare(tx, &app, actor, release)?.1),
                    None => Ok::<_, DomainError>(None),
                }
            },
        )
        .await?;
    if let Some(pending) = pending {
        release_phase::start(platform, pending).await;
    }
    Ok(())
}

/// Each add-on, in the manifest's order, as `addons:create` makes it.
async fn provision(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
) -> Result<(), Failure> {
    for (index, spec) in manifest.addons.iter().enumerate() {
        let failed = |e: &dyn std::fmt::Display| {
            Failure::new(format!("addons[{index}] ({}): {e}", spec.plan))
        };
        let plan = addon_plans::plan(&spec.plan).ok_or_else(|| failed(&"unknown plan"))?;
        let paid = plan.cents > 0;
        let new = NewAddon {
            plan,
            name: None,
            attachment: spec.attachment.clone(),
        };
        let pending = platform
            .write_app(
                actor.clone(),
                app.id.clone(),
                Action::Addon { paid },
                move |tx, app, actor| addons::create(tx, &app, actor, new),
            )
            .await
            .map_err(|e| failed(&e))?
            .1;
        if let Some(pending) = pending {
            release_phase::start(platform, pending).await;
        }
    }
    Ok(())
}

/// The build, recorded as the setup's, through the build pipeline; waits for it and for its
/// release (and release command) to be decided.
async fn build(
    platform: &Platform,
    actor: &Actor,
    setup_id: &str,
    app: &App,
    source_url: &str,
    source: builds::SourceInfo,
    blob: PathBuf,
) -> Result<(), Failure> {
    let (url, id) = (source_url.to_string(), setup_id.to_string());
    let (record, app) = platform
        .write_app(
            actor.clone(),
            app.id.clone(),
            Action::Deploy,
            move |tx, app, actor| {
                let record = builds::insert(tx, &app, actor, &url, &source)?;
                tx.execute(
                    "UPDATE app_setups SET build_id = ?1, updated_at = ?2 WHERE id = ?3",
                    params![record.id, util::timestamp_micros(util::now()), id],
                )?;
                Ok::<_, DomainError>((record, app))
            },
        )
        .await?;
    let build_id = record.id.clone();
    let app_id = app.id.clone();
    builds::launch(platform.clone(), record, app, actor.clone(), blob)
        .await
        .await
        .map_err(DomainError::from)?;
    let built = platform
        .store()
        .read_async(move |conn| builds::find(conn, &app_id, &build_id))
        .await?;
    let Some(release_id) = built.release_id.filter(|_| built.status == SUCCEEDED) else {
        return Err(Failure::new(
            "The build failed; its output is at build.output_stream_url.",
        ));
    };
    loop {
        let id = release_id.clone();
        let status = platform
            .store()
            .read_async(move |conn| Ok::<_, DomainError>(release_phase::status(conn, &id)?))
            .await?;
        match status.as_deref() {
            Some(releases::STATUS_PENDING) => {
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            Some(releases::STATUS_SUCCEEDED) => return Ok(()),
            _ => return Err(Failure::new("The release command of the build failed.")),
        }
    }
}

/// The manifest's formation, once the build has made its process types.
async fn scale(
    platform: &Platform,
    actor: &Actor,
    app: &App,
    manifest: &Manifest,
) -> Result<(), Failure> {
    if manifest.formation.is_empty() {
        return Ok(());
    }
    let updates: Vec<Update> = manifest
        .formation
        .iter()
        .map(|(kind, f)| Update {
            kind: kind.clone(),
            quantity: f.quantity,
            size: f.size,
        })
        .collect();
    platform
        .write_app(
            actor.clone(),
            app.id.clone(),
            Action::Scale,
            move |tx, app, actor| {
                for size in updates.iter().filter_map(|u| u.size) {
                    actor.require(&Action::Resize(size.to_string()))?;
                }
                formation::update(tx, &app, &updates, &actor.email)
            },
        )
        .await
        .map_err(|e| Failure::new(format!("formation: {e}")))?;
    crate::supervisor::wake(platform);
    Ok(())
}

async fn record_postdeploy(
    platform: &Platform,
    setup_id: &str,
    outcome: ScriptOutcome,
) -> DomainResult<()> {
    let id = setup_id.to_string();
    platform
        .store()
        .write_async(move |tx| {
            tx.execute(
                "UPDATE app_setups SET postdeploy_output = ?1, postdeploy_exit_code = ?2,
                                       updated_at = ?3 WHERE id = ?4",
                params![
                    outcome.output,
                    outcome.exit_code,
                    util::timestamp_micros(util::now()),
                    id
                ],
            )?;
            Ok(())
        })
        .await
}

/// Records the outcome; a setup left pending would never end, so a busy store is retried.
pub(super) async fn finish(
    platform: &Platform,
    setup_id: &str,
    app: &App,
    outcome: Result<Option<String>, Failure>,
) {
    let (status, message, errors, success_url) = match outcome {
        Ok(success_url) => (
            SUCCEEDED,
            None,
            Vec::new(),
            Some(resolve_success_url(
                &platform.web_url(&app.name),
                success_url.as_deref(),
            )),
        ),
        Err(failure) => (FAILED, Some(failure.message), failure.manifest_errors, None),
    };
    let errors = serde_json::to_string(&errors).unwrap_or_else(|_| "[]".into());
    for _ in 0..50 {
        let (id, message, errors, url) = (
            setup_id.to_string(),
            message.clone(),
            errors.clone(),
            success_url.clone(),
        );
        let done =
            platform
                .store()
                .write_async(move |tx| {
                    tx.execute(
                    "UPDATE app_setups SET status = ?1, failure_message = ?2, manifest_errors = ?3,
                                           resolved_success_url = ?4, updated_at = ?5
                     WHERE id = ?6",
                    params![status, message, errors, url, util::timestamp_micros(util::now()), id],
                )?;
                    Ok::<_, DomainError>(())
                })
                .await;
        if done.is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// app.json's `success_url`: absolute as it is, relative in the context of the app's web URL
/// (Dev Center changelog, "resolved_success_url"); none: the web URL itself.
fn resolve_success_url(web_url: &str, success_url: Option<&str>) -> String {
    let Some(wanted) = success_url.filter(|u| !u.is_empty()) else {
        return web_url.to_string();
    };
    url::Url::parse(web_url)
        .and_then(|base| base.join(wanted))
        .map(String::from)
        .unwrap_or_else(|_| web_url.to_string())
}
