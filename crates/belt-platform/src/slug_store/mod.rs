//! Content-addressed slugs. Every file of every slug is a blob in `DATA/slugs/blobs`, named by
//! its git blob id (SHA-1 of `blob LEN\0` and the contents: git's own id for a pushed commit,
//! so a push hashes nothing) and its executable bit, read-only, one inode per content. A slug
//! is `DATA/slugs/trees/SLUG_ID`, directories of hard links to those blobs: a build writes
//! only the files no slug had yet, releases of any app (a promotion's too) share one slug's
//! tree, and each dyno starts in a private tree of links to the same read-only files
//! ([`link_copy`]). [`gc`] removes the trees no release needs and the blobs no tree links.

use std::io;
use std::path::{Component, Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};

use crate::{Platform, util};

pub(crate) mod gc;
mod git;
pub(crate) mod import;
pub(crate) mod prepared;

pub use gc::DiskUse;

const ROOT_DIR: &str = "slugs";
/// Mode of a blob: read-only, so no dyno writes through its link into another slug.
const FILE_MODE: u32 = 0o444;
const EXECUTABLE_MODE: u32 = 0o555;

/// The store under a platform's data directory.
pub(crate) struct SlugStore {
    root: PathBuf,
}

impl SlugStore {
    pub fn of(platform: &Platform) -> SlugStore {
        SlugStore {
            root: platform.data_dir().join(ROOT_DIR),
        }
    }

    fn blobs(&self) -> PathBuf {
        self.root.join("blobs")
    }

    fn trees(&self) -> PathBuf {
        self.root.join("trees")
    }

    /// Where removed trees wait to be deleted, outside the store's transaction.
    fn trash(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// A blob's file: `blobs/ab/cdef...`, with `.x` for an executable one.
    fn blob_path(&self, id: &str, executable: bool) -> PathBuf {
        let (fan, rest) = id.split_at(2.min(id.len()));
        let name = if executable {
            format!("{rest}.x")
        } else {
            rest.to_string()
        };
        self.blobs().join(fan).join(name)
    }

    /// The tree of slug `slug_id` (there once its build was released).
    pub fn tree(&self, slug_id: &str) -> PathBuf {
        self.trees().join(slug_id)
    }

    /// A new, empty directory a build assembles its tree in, removed when dropped.
    pub fn staging(&self) -> io::Result<Staging> {
        let dir = self.root.join("staging").join(util::new_id());
        std::fs::create_dir_all(&dir)?;
        Ok(Staging(dir))
    }

    /// Makes the assembled tree at `root` the tree of `slug_id`, its manifest beside it.
    pub fn install(
        &self,
        root: &Path,
        slug_id: &str,
        manifest: &prepared::Manifest,
    ) -> io::Result<()> {
        std::fs::create_dir_all(self.trees())?;
        let tree = self.tree(slug_id);
        std::fs::rename(root, &tree)?;
        manifest.write(&prepared::manifest_of(&tree))
    }

    /// Links the stored blob into `dest`; false when the store has no such blob.
    fn link_blob(&self, id: &str, executable: bool, dest: &Path) -> io::Result<bool> {
        match std::fs::hard_link(self.blob_path(id, executable), dest) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// A file for new contents, to be handed to [`SlugStore::add_blob`].
    fn new_blob_file(&self) -> io::Result<(PathBuf, std::fs::File)> {
        let dir = self.blobs().join("tmp");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(util::new_id());
        let file = std::fs::File::create(&path)?;
        Ok((path, file))
    }

    /// Makes the written file `temp` the blob `id` (unless another build stored it first) and
    /// links the blob into `dest`. The temporary link keeps it from collection meanwhile.
    fn add_blob(&self, id: &str, executable: bool, temp: &Path, dest: &Path) -> io::Result<()> {
        let mode = if executable {
            EXECUTABLE_MODE
        } else {
            FILE_MODE
        };
        set_mode(temp, mode)?;
        let blob = self.blob_path(id, executable);
        if let Some(fan) = blob.parent() {
            std::fs::create_dir_all(fan)?;
        }
        let stored = match std::fs::hard_link(temp, &blob) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                self.link_blob(id, executable, dest)
            }
            other => other
                .and_then(|()| std::fs::hard_link(&blob, dest))
                .map(|()| true),
        };
        let stored = match stored {
            // Collected between the two links: the new contents serve.
            Ok(false) => std::fs::hard_link(temp, dest),
            other => other.map(|_| ()),
        };
        let _ = std::fs::remove_file(temp);
        stored
    }
}

/// The tree a dyno of release `release_id` starts from: its slug's; none when the release has
/// no slug (the dyno starts empty). A slug built before the store existed has no tree in it:
/// the app's tree of that time serves.
pub(crate) fn release_tree(
    platform: &Platform,
    conn: &Connection,
    app_id: &str,
    release_id: &str,
) -> rusqlite::Result<Option<PathBuf>> {
    let slug: Option<String> = conn
        .prepare_cached("SELECT slug_id FROM releases WHERE id = ?1")?
        .query_row([release_id], |row| row.get(0))
        .optional()?
        .flatten();
    Ok(slug.and_then(|slug| {
        [
            SlugStore::of(platform).tree(&slug),
            platform.app_source_dir(app_id),
        ]
        .into_iter()
        .find(|tree| tree.is_dir())
    }))
}

/// A private copy of `tree` at `dest` for a dyno: its own directories (so it may add, remove
/// and rename files, as on Heroku) holding hard links to the slug's read-only files.
pub(crate) fn link_copy(tree: &Path, dest: &Path) -> io::Result<()> {
    let _ = std::fs::remove_dir_all(dest);
    std::fs::create_dir_all(dest)?;
    for entry in std::fs::read_dir(tree)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = dest.join(entry.file_name());
        if kind.is_dir() {
            link_copy(&entry.path(), &target)?;
        } else if kind.is_symlink() {
            symlink(&std::fs::read_link(entry.path())?, &target)?;
        } else {
            std::fs::hard_link(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// `relative` as a path inside a tree: only plain names, so no entry lands outside it.
fn inside(relative: &Path) -> Option<PathBuf> {
    let mut clean = PathBuf::new();
    for part in relative.components() {
        match part {
            Component::Normal(name) => clean.push(name),
            Component::CurDir => {}
            _ => return None,
        }
    }
    (!clean.as_os_str().is_empty()).then_some(clean)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(path: &Path, _mode: u32) -> io::Result<()> {
    let mut permissions = std::fs::metadata(path)?.permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions)
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn symlink(_target: &Path, _link: &Path) -> io::Result<()> {
    Ok(())
}

/// A build's staging directory, removed when the build is over (its tree is gone from it
/// once installed).
pub(crate) struct Staging(pub PathBuf);

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests;
