//! Collecting slugs: as on Heroku, any release that succeeded can be rolled back to while its
//! slug exists, so a slug's tree is kept while a release of any app (a promotion shares it)
//! that succeeded or is still pending names it, or a dyno runs a release that names it. The
//! rest (a destroyed app's slugs, those of failed releases, a build that never got its
//! release) are removed, and then every blob no tree links any more (its store link is its
//! only one). Dedup keeps all those trees near one slug's size on disk.

use std::collections::HashSet;
use std::io;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;

use super::{SlugStore, prepared};
use crate::Platform;
use crate::domain_error::DomainError;

/// What was removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Collected {
    pub slugs: u64,
    pub blobs: u64,
}

/// What the store holds on disk: allocated bytes of its blobs and of its trees' directories
/// (a tree's files are links to the blobs, so they cost no more).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DiskUse {
    pub slugs: u64,
    pub blobs: u64,
    pub bytes: u64,
}

/// The slugs something may still run.
fn needed(conn: &Connection) -> rusqlite::Result<HashSet<String>> {
    conn.prepare_cached(
        "SELECT DISTINCT slug_id FROM releases WHERE slug_id IS NOT NULL
             AND (status != 'failed' OR id IN (SELECT release_id FROM dynos))",
    )?
    .query_map([], |row| row.get(0))?
    .collect()
}

/// The slugs whose tree is installed (not their manifests beside them).
fn tree_names(store: &SlugStore) -> Vec<String> {
    std::fs::read_dir(store.trees())
        .map(|dir| {
            dir.flatten()
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| !name.contains(".manifest"))
                .collect()
        })
        .unwrap_or_default()
}

/// The ids of what may own a spare: every app, and every dyno.
fn owners(conn: &Connection, table: &str) -> rusqlite::Result<HashSet<String>> {
    conn.prepare_cached(&format!("SELECT id FROM {table}"))?
        .query_map([], |row| row.get(0))?
        .collect()
}

/// Removes the trees no release needs, then the blobs no tree links. Looked at first without
/// the store's write lock; the trees to remove are settled under it (a build installs its
/// tree in its release's transaction, so none is taken for an orphan) and deleted after.
pub(crate) fn collect(platform: &Platform) -> Result<Collected, DomainError> {
    let store = SlugStore::of(platform);
    let unneeded = |conn: &Connection| -> rusqlite::Result<Vec<String>> {
        let keep = needed(conn)?;
        Ok(tree_names(&store)
            .into_iter()
            .filter(|name| !keep.contains(name))
            .collect())
    };
    let mut collected = Collected::default();
    let (apps, dynos) = platform
        .store()
        .read(|conn| Ok::<_, rusqlite::Error>((owners(conn, "apps")?, owners(conn, "dynos")?)))?;
    store.collect_spares(prepared::APP_SPARES, &apps);
    store.collect_spares(prepared::DYNO_SPARES, &dynos);
    if platform.store().read(|conn| unneeded(conn))?.is_empty() {
        return Ok(collected);
    }
    let trash = store.trash();
    std::fs::create_dir_all(&trash).map_err(io_error)?;
    platform.store().write(|tx| {
        for name in unneeded(tx)? {
            let tree = store.tree(&name);
            if std::fs::rename(&tree, trash.join(&name)).is_ok() {
                collected.slugs += 1;
                let _ = std::fs::remove_file(prepared::manifest_of(&tree));
            }
        }
        Ok::<_, DomainError>(())
    })?;
    for entry in std::fs::read_dir(&trash).map_err(io_error)?.flatten() {
        let _ = std::fs::remove_dir_all(entry.path());
    }
    collected.blobs = remove_unlinked_blobs(&store.blobs());
    Ok(collected)
}

fn io_error(e: io::Error) -> DomainError {
    DomainError::internal(format!("The slug store cannot be collected: {e}"))
}

/// The stored blobs (not `tmp`, which holds files being written, linked nowhere yet).
fn blob_entries(blobs: &Path) -> impl Iterator<Item = std::fs::DirEntry> {
    std::fs::read_dir(blobs)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|fan| fan.file_name() != "tmp")
        .flat_map(|fan| {
            std::fs::read_dir(fan.path())
                .into_iter()
                .flatten()
                .flatten()
        })
}

/// Removes every blob whose only link is the store's own; returns how many.
fn remove_unlinked_blobs(blobs: &Path) -> u64 {
    let unlinked = blob_entries(blobs)
        .filter(|blob| links(&blob.path()) == Some(1) && std::fs::remove_file(blob.path()).is_ok());
    unlinked.count() as u64
}

#[cfg(unix)]
fn links(path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).ok().map(|m| m.nlink())
}

#[cfg(not(unix))]
fn links(_path: &Path) -> Option<u64> {
    None
}

#[cfg(unix)]
fn allocated(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.blocks() * 512
}

#[cfg(not(unix))]
fn allocated(meta: &std::fs::Metadata) -> u64 {
    meta.len()
}

/// The store's disk use, as `local:status` shows it.
pub fn disk_use(platform: &Platform) -> DiskUse {
    let store = SlugStore::of(platform);
    let mut used = DiskUse::default();
    for meta in blob_entries(&store.blobs()).filter_map(|blob| blob.metadata().ok()) {
        used.blobs += 1;
        used.bytes += allocated(&meta);
    }
    for name in tree_names(&store) {
        used.slugs += 1;
        let tree = store.tree(&name);
        used.bytes += directories(&tree);
        used.bytes += std::fs::metadata(prepared::manifest_of(&tree)).map_or(0, |m| allocated(&m));
    }
    // Spares cost their directories and manifests too (their files are links).
    used.bytes += directories(&store.root.join("spares"));
    used
}

/// Allocated bytes of `dir` and the directories under it.
fn directories(dir: &Path) -> u64 {
    let own = std::fs::symlink_metadata(dir).map_or(0, |m| allocated(&m));
    let under: u64 = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| directories(&e.path()))
        .sum();
    own + under
}
