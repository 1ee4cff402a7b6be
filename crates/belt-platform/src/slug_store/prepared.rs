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
pub(crate) const DIRECTORY: &str = "040000 -";
/// The file beside an installed tree, and in a spare beside its tree.
const MANIFEST_FILE: &str = "manifest";
const SPARE_TREE: &str = "tree";
/// The modes of entries that are files, which have a size.
const FILE_MODES: [&str; 2] = ["100644", "100755"];
/// The mode of a symbolic link's entry.
pub(crate) const SYMLINK_MODE: &str = "120000";
/// What starts a manifest file's last record: the git tree it was built from (or `-`) and a
/// CRC-32 of everything before it. A file without it, or whose check differs (torn by a
/// crash: manifests are not fsynced, as a spare is only a head start), is not used.
const TRAILER: &str = "end";

/// What a tree holds: each path's identity (`MODE ID` for a file or a symbolic link, whose id
/// is its target's; [`DIRECTORY`] for a directory), each file's size (so a build from a spare
/// need not ask git the size of every blob), and the git tree it is, when it was built from
/// one (so the next build asks git only what changed since). Keyed by the path's bytes, which
/// order a directory before what it holds as paths do, and compare far quicker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Manifest {
    entries: BTreeMap<Vec<u8>, String>,
    sizes: BTreeMap<Vec<u8>, u64>,
    git_tree: Option<String>,
}

fn key(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

impl Manifest {
    /// Adds an entry without its size: a symbolic link's, a submodule's, or one whose size
    /// is not wanted (a manifest only to patch by).
    pub fn add_entry(&mut self, path: &Path, mode: &str, id: &str) {
        self.entries
            .insert(key(path).to_vec(), format!("{mode} {id}"));
    }

    pub fn add_file(&mut self, path: &Path, mode: &str, id: &str, size: u64) {
        self.add_entry(path, mode, id);
        self.sizes.insert(key(path).to_vec(), size);
    }

    /// Removes the entry at `path` (and, for a directory, everything under it); returns the
    /// bytes of the files removed.
    pub fn remove(&mut self, path: &Path) -> u64 {
        let key = key(path);
        let mut freed = self.sizes.remove(key).unwrap_or(0);
        if self.entries.remove(key).as_deref() == Some(DIRECTORY) {
            let under =
                |k: &Vec<u8>| k.len() > key.len() && k.starts_with(key) && k[key.len()] == b'/';
            self.entries.retain(|k, _| !under(k));
            self.sizes.retain(|k, size| {
                let keep = !under(k);
                if !keep {
                    freed += *size;
                }
                keep
            });
        }
        freed
    }

    /// Gives `to` the entry (and size) `from` has.
    pub fn copy_entry(&mut self, from: &Path, to: &Path) {
        if let Some(identity) = self.entries.get(key(from)).cloned() {
            self.entries.insert(key(to).to_vec(), identity);
        }
        if let Some(size) = self.size(from) {
            self.sizes.insert(key(to).to_vec(), size);
        }
    }

    /// The size of the file at `path`.
    pub fn size(&self, path: &Path) -> Option<u64> {
        self.sizes.get(key(path)).copied()
    }

    /// The bytes of all its files.
    pub fn total_size(&self) -> u64 {
        self.sizes.values().sum()
    }

    /// Adds `dir` and every directory above it.
    pub fn add_directories(&mut self, dir: &Path) {
        for ancestor in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
            self.entries
                .insert(key(ancestor).to_vec(), DIRECTORY.to_string());
        }
    }

    pub fn identity(&self, path: &Path) -> Option<&str> {
        self.identity_of(key(path))
    }

    fn identity_of(&self, key: &[u8]) -> Option<&str> {
        self.entries.get(key).map(String::as_str)
    }

    /// The git tree this is, if it was built from one.
    pub fn git_tree(&self) -> Option<&str> {
        self.git_tree.as_deref()
    }

    pub fn set_git_tree(&mut self, tree: Option<String>) {
        self.git_tree = tree;
    }

    /// The same entries with `prefix` taken off their paths (a tarball's one top directory),
    /// and the directory itself gone.
    pub fn strip_prefix(&self, prefix: &Path) -> Manifest {
        let strip = |k: &Vec<u8>| {
            let path = bytes_path(k);
            let stripped = path.strip_prefix(prefix).ok()?;
            (!stripped.as_os_str().is_empty()).then(|| key(stripped).to_vec())
        };
        Manifest {
            entries: (self.entries.iter())
                .filter_map(|(k, v)| Some((strip(k)?, v.clone())))
                .collect(),
            sizes: (self.sizes.iter())
                .filter_map(|(k, v)| Some((strip(k)?, *v)))
                .collect(),
            git_tree: self.git_tree.clone(),
        }
    }

    /// `SHA256:hex` of each file's and symbolic link's mode, blob id and path, in path order
    /// (component by component, as `Path` orders): the same for the same files however they
    /// came, and as slugs before manifests had it.
    pub fn checksum(&self) -> String {
        let mut entries: Vec<(&Vec<u8>, &String)> = (self.entries.iter())
            .filter(|(_, identity)| *identity != DIRECTORY)
            .collect();
        entries.sort_by(|(a, _), (b, _)| components(a).cmp(components(b)));
        let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
        for (path, identity) in entries {
            digest.update(identity.as_bytes());
            digest.update(b"\t");
            // As `Path::display` shows it.
            digest.update(String::from_utf8_lossy(path).as_bytes());
            digest.update(b"\0");
        }
        format!("SHA256:{}", util::hex(digest.finish().as_ref()))
    }

    fn encode(&self) -> Vec<u8> {
        use std::io::Write;
        let mut out = Vec::with_capacity(self.entries.len() * 80 + 128);
        for (path, identity) in &self.entries {
            out.extend_from_slice(identity.as_bytes());
            if let Some(size) = self.sizes.get(path) {
                let _ = write!(out, " {size}");
            }
            out.push(b'\t');
            out.extend_from_slice(path);
            out.push(0);
        }
        let tree = self.git_tree.as_deref().unwrap_or("-");
        let check = crc32fast::hash(&out);
        let _ = write!(out, "{TRAILER} {tree} {check:08x}\t");
        out.push(0);
        out
    }

    /// None when unreadable, torn (its trailer missing or not its check), or written before
    /// manifests had sizes (its file entries have none): such a spare is not used.
    fn decode(bytes: &[u8]) -> Option<Manifest> {
        let body_end = bytes[..bytes.len().checked_sub(1)?]
            .iter()
            .rposition(|&b| b == 0)
            .map_or(0, |at| at + 1);
        let (body, trailer) = bytes.split_at(body_end);
        let trailer = std::str::from_utf8(trailer).ok()?.strip_suffix("\t\0")?;
        let [TRAILER, tree, check] = trailer.split(' ').collect::<Vec<_>>()[..] else {
            return None;
        };
        if u32::from_str_radix(check, 16).ok()? != crc32fast::hash(body) {
            return None;
        }
        let (mut entries, mut sizes) = (Vec::new(), Vec::new());
        for record in body.split(|&b| b == 0).filter(|r| !r.is_empty()) {
            let tab = record.iter().position(|&b| b == b'\t')?;
            let meta = std::str::from_utf8(&record[..tab]).ok()?;
            let path = &record[tab + 1..];
            let mut fields = meta.splitn(3, ' ');
            let (mode, id) = (fields.next()?, fields.next()?);
            match fields.next() {
                Some(size) => {
                    sizes.push((path.to_vec(), size.parse().ok()?));
                    entries.push((path.to_vec(), meta[..mode.len() + 1 + id.len()].to_string()));
                }
                None if FILE_MODES.contains(&mode) => return None,
                None => entries.push((path.to_vec(), meta.to_string())),
            }
        }
        // Written in order, so both maps are built at once rather than entry by entry.
        Some(Manifest {
            entries: entries.into_iter().collect(),
            sizes: sizes.into_iter().collect(),
            git_tree: (tree != "-").then(|| tree.to_string()),
        })
    }

    /// Written whole or not at all (through a temporary file), but not fsynced: [`decode`]
    /// refuses a file a crash tore.
    pub fn write(&self, path: &Path) -> io::Result<()> {
        let mut temp = path.as_os_str().to_os_string();
        temp.push(format!(".{}.tmp", std::process::id()));
        let temp = PathBuf::from(temp);
        let written =
            std::fs::write(&temp, self.encode()).and_then(|()| std::fs::rename(&temp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        written
    }

    pub fn read(path: &Path) -> Option<Manifest> {
        Manifest::decode(&std::fs::read(path).ok()?)
    }
}

/// A path's bytes in `Path`'s order: a separator sorts before any byte of a name.
fn components(path: &[u8]) -> impl Iterator<Item = u8> + '_ {
    path.iter().map(|&b| if b == b'/' { 0 } else { b })
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
    for (path, identity) in from.entries.iter().rev() {
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
    for (path, identity) in &to.entries {
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
