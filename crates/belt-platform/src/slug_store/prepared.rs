//! Trees prepared ahead, so a deploy costs what changed. Every installed slug tree has a
//! manifest beside it (each entry's mode and blob id, and each directory). A *spare* is a
//! pristine copy of a slug's tree with that manifest, made off the critical path once a dyno
//! is up: one per app (the next build's starting point) and one per formation dyno (its next
//! start's). Taking a spare is one rename, so no two users ever share one, and a tree a dyno
//! ran in is never a spare again; patching it to another slug touches only the entries whose
//! identity differs. Whatever has no spare is linked whole, as before.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::import::bytes_path;
use super::{SlugStore, link_copy, symlink};
use crate::util;

/// A directory's entry in a manifest.
const DIRECTORY: &str = "040000 -";
/// The file beside an installed tree, and in a spare beside its tree.
const MANIFEST_FILE: &str = "manifest";
const SPARE_TREE: &str = "tree";
/// The modes of entries that are files, which have a size.
const FILE_MODES: [&str; 2] = ["100644", "100755"];

/// What a tree holds: each path's identity (`MODE ID` for a file or a symbolic link, whose id
/// is its target's; [`DIRECTORY`] for a directory), and each file's size (so a build from a
/// spare need not ask git the size of every blob). Keyed by the path's bytes, which order a
/// directory before what it holds as paths do, and compare far quicker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Manifest(BTreeMap<Vec<u8>, String>, BTreeMap<Vec<u8>, u64>);

fn key(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

impl Manifest {
    /// Adds an entry without its size: a symbolic link's, a submodule's, or one whose size
    /// is not wanted (a manifest only to patch by).
    pub fn add_entry(&mut self, path: &Path, mode: &str, id: &str) {
        self.0.insert(key(path).to_vec(), format!("{mode} {id}"));
    }

    pub fn add_file(&mut self, path: &Path, mode: &str, id: &str, size: u64) {
        self.add_entry(path, mode, id);
        self.1.insert(key(path).to_vec(), size);
    }

    /// The size of the file at `path`.
    pub fn size(&self, path: &Path) -> Option<u64> {
        self.1.get(key(path)).copied()
    }

    /// Adds `dir` and every directory above it.
    pub fn add_directories(&mut self, dir: &Path) {
        for ancestor in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
            self.0.insert(key(ancestor).to_vec(), DIRECTORY.to_string());
        }
    }

    /// Its directories.
    pub fn directories(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.0
            .iter()
            .filter(|(_, identity)| *identity == DIRECTORY)
            .map(|(path, _)| bytes_path(path))
    }

    pub fn identity(&self, path: &Path) -> Option<&str> {
        self.identity_of(key(path))
    }

    fn identity_of(&self, key: &[u8]) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() * 72);
        for (path, identity) in &self.0 {
            out.extend_from_slice(identity.as_bytes());
            if let Some(size) = self.1.get(path) {
                out.extend_from_slice(format!(" {size}").as_bytes());
            }
            out.push(b'\t');
            out.extend_from_slice(path);
            out.push(0);
        }
        out
    }

    /// None when unreadable, or written before manifests had sizes (its file entries have
    /// none): such a spare is not used.
    fn decode(bytes: &[u8]) -> Option<Manifest> {
        let mut manifest = Manifest::default();
        for record in bytes.split(|&b| b == 0).filter(|r| !r.is_empty()) {
            let tab = record.iter().position(|&b| b == b'\t')?;
            let meta = std::str::from_utf8(&record[..tab]).ok()?;
            let path = &record[tab + 1..];
            let fields: Vec<&str> = meta.split(' ').collect();
            match fields.as_slice() {
                [mode, id, size] => {
                    manifest.add_file(&bytes_path(path), mode, id, size.parse().ok()?);
                }
                [mode, _] if FILE_MODES.contains(mode) => return None,
                [_, _] => {
                    manifest.0.insert(path.to_vec(), meta.to_string());
                }
                _ => return None,
            }
        }
        Some(manifest)
    }

    pub fn write(&self, path: &Path) -> io::Result<()> {
        belt_fs::write_atomic(path, &self.encode()).map_err(|e| e.source)
    }

    pub fn read(path: &Path) -> Option<Manifest> {
        Manifest::decode(&std::fs::read(path).ok()?)
    }
}

/// The manifest file of an installed tree: `trees/SLUG_ID.manifest`.
pub(crate) fn manifest_of(tree: &Path) -> PathBuf {
    let mut name = tree.file_name().unwrap_or_default().to_os_string();
    name.push(".manifest");
    tree.with_file_name(name)
}

/// Makes the tree at `dir`, which holds `from`, hold `to` instead: what only `from` has (or
/// has otherwise) goes, then `place` puts each entry only `to` has (or has otherwise), its
/// directories made. Returns how many entries were placed.
pub(crate) fn patch(
    dir: &Path,
    from: &Manifest,
    to: &Manifest,
    mut place: impl FnMut(&Path, &Path) -> io::Result<()>,
) -> io::Result<usize> {
    // Deepest first, so a directory that goes takes what is left under it at once.
    for (path, identity) in from.0.iter().rev() {
        if to.identity_of(path) != Some(identity.as_str()) {
            let target = dir.join(bytes_path(path));
            let gone = match identity.as_str() {
                DIRECTORY => std::fs::remove_dir_all(&target),
                _ => std::fs::remove_file(&target),
            };
            match gone {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
    }
    let mut placed = 0;
    for (path, identity) in &to.0 {
        if from.identity_of(path) == Some(identity.as_str()) {
            continue;
        }
        let (path, target) = (bytes_path(path), dir.join(bytes_path(path)));
        if identity == DIRECTORY {
            std::fs::create_dir_all(&target)?;
        } else {
            place(&path, &target)?;
            placed += 1;
        }
    }
    Ok(placed)
}

/// Puts `tree`'s entry at `path` into `dest`: a link to the same blob, or the same symlink.
pub(crate) fn copy_entry(tree: &Path, path: &Path, dest: &Path) -> io::Result<()> {
    let source = tree.join(path);
    if std::fs::symlink_metadata(&source)?.file_type().is_symlink() {
        symlink(&std::fs::read_link(&source)?, dest)
    } else {
        std::fs::hard_link(&source, dest)
    }
}

/// The owner name of an app's spare.
pub(crate) fn app_spare(app_id: &str) -> String {
    format!("{APP_SPARES}/{app_id}")
}

/// The owner name of a formation dyno's spare.
pub(crate) fn dyno_spare(dyno_id: &str) -> String {
    format!("{DYNO_SPARES}/{dyno_id}")
}

pub(crate) const APP_SPARES: &str = "apps";
pub(crate) const DYNO_SPARES: &str = "dynos";

/// A spare taken for one use: its tree (moved where it is wanted) and what it holds.
pub(crate) struct Taken {
    pub manifest: Manifest,
}

impl SlugStore {
    fn spares(&self) -> PathBuf {
        self.root.join("spares")
    }

    /// The spare of `owner` (`apps/APP_ID` or `dynos/DYNO_ID`).
    fn spare(&self, owner: &str) -> PathBuf {
        self.spares().join(owner)
    }

    /// Takes `owner`'s spare, if there is one, and moves its tree to `dest` (which must not
    /// exist). A spare another process took first is not there any more: None.
    pub fn take_spare(&self, owner: &str, dest: &Path) -> Option<Taken> {
        let mine = self.spares().join("taken").join(util::new_id());
        std::fs::create_dir_all(mine.parent()?).ok()?;
        std::fs::rename(self.spare(owner), &mine).ok()?;
        let taken = Manifest::read(&mine.join(MANIFEST_FILE)).and_then(|manifest| {
            std::fs::rename(mine.join(SPARE_TREE), dest).ok()?;
            Some(Taken { manifest })
        });
        let _ = std::fs::remove_dir_all(&mine);
        taken
    }

    /// Makes a new spare for `owner`: a copy of the installed `tree`, replacing any spare it
    /// had. Best effort: a tree without a manifest (built before manifests) makes none.
    pub fn refill_spare(&self, owner: &str, tree: &Path) -> io::Result<()> {
        let Some(manifest) = Manifest::read(&manifest_of(tree)) else {
            return Ok(());
        };
        let making = self.spares().join("making").join(util::new_id());
        let made = link_copy(tree, &making.join(SPARE_TREE))
            .and_then(|()| manifest.write(&making.join(MANIFEST_FILE)));
        let installed = made.and_then(|()| {
            let spare = self.spare(owner);
            if let Some(parent) = spare.parent() {
                std::fs::create_dir_all(parent)?;
            }
            // A spare already there is replaced: moved away first, as a directory cannot be
            // renamed over one that is not empty.
            let old = self.spares().join("taken").join(util::new_id());
            std::fs::create_dir_all(self.spares().join("taken"))?;
            if std::fs::rename(&spare, &old).is_ok() {
                let _ = std::fs::remove_dir_all(&old);
            }
            std::fs::rename(&making, &spare)
        });
        if installed.is_err() {
            let _ = std::fs::remove_dir_all(&making);
        }
        installed
    }

    /// Removes the spares whose owner is not in `keep` (a destroyed app, a removed dyno),
    /// and whatever a process that died left half made or half taken.
    pub fn collect_spares(&self, kind: &str, keep: &std::collections::HashSet<String>) {
        let owners = std::fs::read_dir(self.spares().join(kind))
            .into_iter()
            .flatten();
        for owner in owners.flatten() {
            let wanted = owner.file_name().to_str().is_some_and(|n| keep.contains(n));
            if !wanted {
                let _ = std::fs::remove_dir_all(owner.path());
            }
        }
    }
}

/// A dyno's working copy of `tree` at `dest`: its spare patched to `tree` when it has one,
/// otherwise a copy of the whole tree. Returns whether a spare served.
pub(crate) fn dyno_copy(
    store: &SlugStore,
    dyno_id: &str,
    tree: &Path,
    dest: &Path,
) -> io::Result<bool> {
    let _ = std::fs::remove_dir_all(dest);
    let wanted = Manifest::read(&manifest_of(tree));
    if let Some(to) = wanted
        && let Some(parent) = dest.parent()
        && std::fs::create_dir_all(parent).is_ok()
        && let Some(spare) = store.take_spare(&dyno_spare(dyno_id), dest)
    {
        match patch(dest, &spare.manifest, &to, |path, target| {
            copy_entry(tree, path, target)
        }) {
            Ok(_) => return Ok(true),
            // A spare that cannot be patched is dropped; the whole tree is copied instead.
            Err(_) => {
                let _ = std::fs::remove_dir_all(dest);
            }
        }
    }
    link_copy(tree, dest).map(|()| false)
}
