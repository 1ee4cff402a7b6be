//! Assembling a slug's tree in a staging directory, from a pushed commit (git names every
//! blob: each file is a hard link to a stored blob, and only blobs the store lacks are read
//! out of git) or from a source tarball (each file hashed as it is read; only new contents
//! are kept).

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::git::{
    ABSENT, Change, Listed, MODE_EXECUTABLE, MODE_FILE, MODE_SUBMODULE, MODE_SYMLINK, MODE_TREE,
    Objects, changes, list_tree, start_diff,
};
use super::prepared::{DIRECTORY, Manifest};
use super::{SlugStore, inside, symlink};
use crate::util;

/// An assembled tree.
#[derive(Debug)]
pub(crate) struct Assembled {
    /// The tree's root: the staging directory, or the one directory a tarball held.
    pub root: PathBuf,
    /// The bytes of its files.
    pub size: u64,
    /// `SHA256:hex` of its manifest (each entry's mode, blob id and path, in path order): the
    /// same for the same files however they came.
    pub checksum: String,
    /// Its entries and directories, relative to `root`, installed beside its tree.
    pub manifest: Manifest,
    /// The subject of the commit it was built from (git's `%s`).
    pub subject: Option<String>,
}

/// What is being put together in `dir`, entry by entry.
struct Assembly<'a> {
    store: &'a SlugStore,
    dir: &'a Path,
    /// Each entry's identity, each file's size and each directory made.
    manifest: Manifest,
    size: u64,
}

/// A blob or symbolic link to be read out of git: its id, mode and path.
type Wanted = (String, &'static str, PathBuf);

impl<'a> Assembly<'a> {
    fn new(store: &'a SlugStore, dir: &'a Path) -> Self {
        Assembly {
            store,
            dir,
            manifest: Manifest::default(),
            size: 0,
        }
    }

    /// Where the entry at `relative` goes, its parent directories made; refused when it
    /// would leave the tree or pass through one of its symbolic links.
    fn place(&mut self, relative: &Path) -> Result<PathBuf, String> {
        let unsafe_path = || format!("The source has an unsafe path: {}", relative.display());
        let clean = inside(relative).ok_or_else(unsafe_path)?;
        if self.through_symlink(&clean) {
            return Err(unsafe_path());
        }
        if let Some(parent) = clean.parent()
            && !parent.as_os_str().is_empty()
            && self.manifest.identity(parent) != Some(DIRECTORY)
        {
            let dir = self.dir.join(parent);
            std::fs::create_dir_all(&dir).map_err(|e| cannot("create", &dir, &e))?;
            self.manifest.add_directories(parent);
        }
        // A later entry for the same path replaces the earlier one, as unpacking does.
        if self
            .manifest
            .identity(&clean)
            .is_some_and(|i| i != DIRECTORY)
        {
            self.size = self.size.saturating_sub(self.manifest.remove(&clean));
            let _ = std::fs::remove_file(self.dir.join(&clean));
        }
        Ok(clean)
    }

    /// Whether `path` passes through one of the tree's symbolic links, and so would lead out.
    fn through_symlink(&self, path: &Path) -> bool {
        path.ancestors().skip(1).any(|a| {
            (self.manifest.identity(a)).is_some_and(|identity| identity.starts_with(MODE_SYMLINK))
        })
    }

    fn record(&mut self, path: &Path, mode: &str, id: &str, size: Option<u64>) {
        match size {
            Some(size) => {
                self.size += size;
                self.manifest.add_file(path, mode, id, size);
            }
            None => self.manifest.add_entry(path, mode, id),
        }
    }

    fn add_directory(&mut self, path: &Path) -> Result<(), String> {
        let dest = self.dir.join(path);
        std::fs::create_dir_all(&dest).map_err(|e| cannot("create", &dest, &e))?;
        self.manifest.add_directories(path);
        Ok(())
    }

    fn add_symlink(&mut self, path: &Path, target: &[u8]) -> Result<(), String> {
        let dest = self.dir.join(path);
        symlink(&bytes_path(target), &dest).map_err(|e| cannot("link", &dest, &e))?;
        self.record(path, MODE_SYMLINK, &blob_id(target), None);
        Ok(())
    }

    /// Puts git's entry `mode id` at `path`: a stored blob is linked, a directory made; what
    /// must be read out of git (new contents, a symbolic link's target) is added to `wanted`.
    fn add_from_git(
        &mut self,
        mode: &'static str,
        id: &str,
        path: &Path,
        size: Option<u64>,
        wanted: &mut Vec<Wanted>,
    ) -> Result<(), String> {
        let path = self.place(path)?;
        match mode {
            MODE_FILE | MODE_EXECUTABLE => {
                let dest = self.dir.join(&path);
                let linked = (self.store)
                    .link_blob(id, mode == MODE_EXECUTABLE, &dest)
                    .map_err(|e| cannot("link", &dest, &e))?;
                if !linked {
                    // Its size comes with its contents.
                    wanted.push((id.to_string(), mode, path));
                    return Ok(());
                }
                let size = match size {
                    Some(size) => size,
                    None => std::fs::metadata(&dest)
                        .map_err(|e| cannot("read", &dest, &e))?
                        .len(),
                };
                self.record(&path, mode, id, Some(size));
            }
            MODE_SYMLINK => wanted.push((id.to_string(), MODE_SYMLINK, path)),
            // `git archive` leaves a submodule's directory empty.
            _ => self.add_directory(&path)?,
        }
        Ok(())
    }

    /// Places an entry read out of git: a new blob, stored, or a symbolic link.
    fn add_read(
        &mut self,
        id: &str,
        mode: &'static str,
        path: &Path,
        size: u64,
        contents: &mut dyn Read,
    ) -> Result<(), String> {
        let unreadable = |e: io::Error| format!("git cat-file failed for {id}: {e}");
        if mode == MODE_SYMLINK {
            let mut target = Vec::new();
            contents.read_to_end(&mut target).map_err(unreadable)?;
            return self.add_symlink(path, &target);
        }
        let dest = self.dir.join(path);
        let (temp, mut file) = (self.store)
            .new_blob_file()
            .map_err(|e| cannot("write", &dest, &e))?;
        io::copy(contents, &mut file).map_err(|e| cannot("write", &temp, &e))?;
        drop(file);
        (self.store)
            .add_blob(id, mode == MODE_EXECUTABLE, &temp, &dest)
            .map_err(|e| cannot("store", &dest, &e))?;
        self.record(path, mode, id, Some(size));
        Ok(())
    }

    /// The tree as assembled; a tarball's one top directory is its root.
    fn finish(self, single_root: bool) -> Assembled {
        let top = single_root.then(|| only_directory(self.dir)).flatten();
        let manifest = match &top {
            Some(top) => self.manifest.strip_prefix(top),
            None => self.manifest,
        };
        Assembled {
            root: match top {
                Some(top) => self.dir.join(top),
                None => self.dir.to_path_buf(),
            },
            size: self.size,
            checksum: manifest.checksum(),
            manifest,
            subject: None,
        }
    }
}

fn cannot(what: &str, path: &Path, e: &io::Error) -> String {
    format!("Could not {what} {}: {e}", path.display())
}

#[cfg(unix)]
pub(super) fn bytes_path(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
pub(super) fn bytes_path(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// The name of the one directory `dir` holds, when that is all it holds.
fn only_directory(dir: &Path) -> Option<PathBuf> {
    let entries: Vec<_> = std::fs::read_dir(dir).ok()?.flatten().collect();
    match entries.as_slice() {
        [only] if only.file_type().is_ok_and(|t| t.is_dir()) => Some(only.file_name().into()),
        _ => None,
    }
}

/// Git's blob id of `contents`.
pub(crate) fn blob_id(contents: &[u8]) -> String {
    let mut hasher = BlobHasher::new(contents.len() as u64);
    hasher.update(contents);
    hasher.finish()
}

/// Git's blob id, computed as the contents pass.
struct BlobHasher(ring::digest::Context);

impl BlobHasher {
    fn new(len: u64) -> Self {
        let mut digest = ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY);
        digest.update(format!("blob {len}\0").as_bytes());
        BlobHasher(digest)
    }

    fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(self) -> String {
        util::hex(self.0.finish().as_ref())
    }
}

/// The tree of `commit` in the git repository `repo`, in `dir`. `take_spare` (called while
/// git starts) may move a spare tree to `dir` and give its manifest: when it was built from a
/// git tree this repository has, only what git's `diff-tree` finds changed since is placed
/// (git compares only the subtrees whose ids differ); otherwise `dir` is emptied and every
/// entry listed and linked. Only the blobs the store lacks are read out of git.
pub(crate) fn from_git(
    store: &SlugStore,
    repo: &Path,
    commit: &str,
    dir: &Path,
    take_spare: impl FnOnce() -> Option<Manifest>,
) -> Result<Assembled, String> {
    let mut objects = Objects::start(repo)?;
    let spare = take_spare();
    // Started beside the commit's look-up, so the two processes start at once.
    let diff =
        (spare.as_ref()).and_then(|from| Some((from, start_diff(repo, from.git_tree()?, commit)?)));
    let head = objects.commit(commit)?;
    let mut assembly = Assembly::new(store, dir);
    let changes = diff.and_then(|(from, diff)| Some((from, changes(diff)?)));
    let wanted = match changes {
        Some((from, changes)) => assembly.apply(from, changes?)?,
        None => {
            if spare.is_some() {
                std::fs::remove_dir_all(dir).map_err(|e| cannot("empty", dir, &e))?;
            }
            std::fs::create_dir_all(dir).map_err(|e| cannot("create", dir, &e))?;
            let mut wanted = Vec::new();
            for entry in list_tree(repo, &head.tree)? {
                let Listed {
                    mode,
                    id,
                    size,
                    path,
                } = entry;
                assembly.add_from_git(mode, &id, &path, size, &mut wanted)?;
            }
            wanted
        }
    };
    let ids = wanted.iter().map(|(id, _, _)| id.as_str());
    objects.read_all(ids, |index, size, contents| {
        let (id, mode, path) = &wanted[index];
        assembly.add_read(id, mode, path, size, contents)
    })?;
    assembly.manifest.set_git_tree(Some(head.tree));
    let mut assembled = assembly.finish(false);
    assembled.subject = head.subject;
    Ok(assembled)
}

impl Assembly<'_> {
    /// Makes the tree in `dir`, which holds `from`, the tree git's `changes` lead to: what
    /// went (or changed) is removed first, then what came is placed, parents before children.
    fn apply(&mut self, from: &Manifest, changes: Vec<Change>) -> Result<Vec<Wanted>, String> {
        self.manifest = from.clone();
        self.size = from.total_size();
        let contents_only = |c: &Change| c.old_mode == MODE_TREE && c.new_mode == MODE_TREE;
        for change in changes
            .iter()
            .filter(|c| c.old_mode != ABSENT && !contents_only(c))
        {
            if self.through_symlink(&change.path) {
                let path = change.path.display();
                return Err(format!("The source has an unsafe path: {path}"));
            }
            let target = self.dir.join(&change.path);
            let gone = match change.old_mode {
                MODE_TREE | MODE_SUBMODULE => std::fs::remove_dir_all(&target),
                _ => std::fs::remove_file(&target),
            };
            match gone {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(cannot("remove", &target, &e));
                }
                _ => {}
            }
            self.size = (self.size).saturating_sub(self.manifest.remove(&change.path));
        }
        let mut wanted = Vec::new();
        for change in changes
            .iter()
            .filter(|c| c.new_mode != ABSENT && !contents_only(c))
        {
            if change.new_mode == MODE_TREE {
                let path = self.place(&change.path)?;
                self.add_directory(&path)?;
            } else {
                let mode = change.new_mode;
                self.add_from_git(mode, &change.new_id, &change.path, None, &mut wanted)?;
            }
        }
        Ok(wanted)
    }
}

/// The tree of an uncompressed tar stream, in `dir`.
pub(crate) fn from_tar(store: &SlugStore, tar: impl Read, dir: &Path) -> Result<Assembled, String> {
    let unreadable = |e: io::Error| format!("Could not unpack the source: {e}");
    let mut archive = tar::Archive::new(tar);
    let mut assembly = Assembly::new(store, dir);
    for entry in archive.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let relative = entry.path().map_err(unreadable)?.into_owned();
        let kind = entry.header().entry_type();
        if !(kind.is_dir() || kind.is_file() || kind.is_symlink() || kind.is_hard_link()) {
            // Pax headers, and what a slug has no use for (devices, fifos).
            continue;
        }
        if inside(&relative).is_none() && kind.is_dir() {
            // The archive's own root, `./`.
            continue;
        }
        let path = assembly.place(&relative)?;
        let dest = dir.join(&path);
        if kind.is_dir() {
            assembly.add_directory(&path)?;
        } else if kind.is_symlink() || kind.is_hard_link() {
            let target = entry
                .link_name_bytes()
                .map(|t| t.into_owned())
                .unwrap_or_default();
            if kind.is_symlink() {
                assembly.add_symlink(&path, &target)?;
            } else {
                let from = inside(&bytes_path(&target))
                    .filter(|t| (assembly.manifest.identity(t)).is_some_and(|i| i != DIRECTORY));
                let Some(from) = from else {
                    return Err(format!(
                        "The source has a bad hard link: {}",
                        path.display()
                    ));
                };
                std::fs::hard_link(dir.join(&from), &dest)
                    .map_err(|e| cannot("link", &dest, &e))?;
                // The same file again: its bytes count once.
                assembly.manifest.copy_entry(&from, &path);
            }
        } else {
            let executable = entry.header().mode().is_ok_and(|m| m & 0o111 != 0);
            let size = entry.size();
            let (temp, mut file) = store
                .new_blob_file()
                .map_err(|e| cannot("write", &dest, &e))?;
            let mut hasher = BlobHasher::new(size);
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = entry.read(&mut buf).map_err(unreadable)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buf[..n]);
                file.write_all(&buf[..n])
                    .map_err(|e| cannot("write", &temp, &e))?;
            }
            drop(file);
            let id = hasher.finish();
            let linked = store
                .link_blob(&id, executable, &dest)
                .map_err(|e| cannot("link", &dest, &e))?;
            if linked {
                let _ = std::fs::remove_file(&temp);
            } else {
                store
                    .add_blob(&id, executable, &temp, &dest)
                    .map_err(|e| cannot("store", &dest, &e))?;
            }
            let mode = if executable {
                MODE_EXECUTABLE
            } else {
                MODE_FILE
            };
            assembly.record(&path, mode, &id, Some(size));
        }
    }
    Ok(assembly.finish(true))
}
