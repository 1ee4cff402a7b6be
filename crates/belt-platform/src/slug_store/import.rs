//! Assembling a slug's tree in a staging directory, from a pushed commit (git names every
//! blob: each file is a hard link to a stored blob, and only blobs the store lacks are read
//! out of git) or from a source tarball (each file hashed as it is read; only new contents
//! are kept).

use std::collections::{BTreeMap, HashSet};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::prepared::{self, Manifest};
use super::{SlugStore, inside, symlink};
use crate::util;

const MODE_FILE: &str = "100644";
const MODE_EXECUTABLE: &str = "100755";
const MODE_SYMLINK: &str = "120000";
const MODE_SUBMODULE: &str = "160000";

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
}

/// What is being put together in `dir`, entry by entry.
struct Assembly<'a> {
    store: &'a SlugStore,
    dir: &'a Path,
    /// Each entry's mode, blob id and, for a file, size.
    manifest: BTreeMap<PathBuf, (&'static str, String, Option<u64>)>,
    made_dirs: HashSet<PathBuf>,
    symlinks: HashSet<PathBuf>,
    size: u64,
}

impl<'a> Assembly<'a> {
    fn new(store: &'a SlugStore, dir: &'a Path) -> Self {
        Assembly {
            store,
            dir,
            manifest: BTreeMap::new(),
            made_dirs: HashSet::new(),
            symlinks: HashSet::new(),
            size: 0,
        }
    }

    /// Where the entry at `relative` goes, its parent directories made; refused when it
    /// would leave the tree or pass through one of its symbolic links.
    fn place(&mut self, relative: &Path) -> Result<PathBuf, String> {
        let unsafe_path = || format!("The source has an unsafe path: {}", relative.display());
        let clean = inside(relative).ok_or_else(unsafe_path)?;
        if clean.ancestors().skip(1).any(|a| self.symlinks.contains(a)) {
            return Err(unsafe_path());
        }
        if let Some(parent) = clean.parent()
            && !parent.as_os_str().is_empty()
            && self.made_dirs.insert(parent.to_path_buf())
        {
            let dir = self.dir.join(parent);
            std::fs::create_dir_all(&dir).map_err(|e| cannot("create", &dir, &e))?;
        }
        // A later entry for the same path replaces the earlier one, as unpacking does.
        if self.manifest.remove(&clean).is_some() {
            let _ = std::fs::remove_file(self.dir.join(&clean));
        }
        Ok(clean)
    }

    fn record(&mut self, path: PathBuf, mode: &'static str, id: String, size: Option<u64>) {
        self.manifest.insert(path, (mode, id, size));
    }

    fn add_symlink(&mut self, path: PathBuf, target: &[u8]) -> Result<(), String> {
        let dest = self.dir.join(&path);
        symlink(&bytes_path(target), &dest).map_err(|e| cannot("link", &dest, &e))?;
        self.symlinks.insert(path.clone());
        self.record(path, MODE_SYMLINK, blob_id(target), None);
        Ok(())
    }

    /// The tree as assembled; a tarball's one top directory is its root.
    fn finish(self, single_root: bool) -> Assembled {
        let top = single_root.then(|| only_directory(self.dir)).flatten();
        let relative = |path: &'_ Path| -> PathBuf {
            match &top {
                Some(top) => path.strip_prefix(top).unwrap_or(path).to_path_buf(),
                None => path.to_path_buf(),
            }
        };
        let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
        let mut manifest = Manifest::default();
        for dir in &self.made_dirs {
            manifest.add_directories(&relative(dir));
        }
        for (path, (mode, id, size)) in &self.manifest {
            let path = relative(path);
            digest.update(format!("{mode} {id}\t{}\0", path.display()).as_bytes());
            if let Some(parent) = path.parent() {
                manifest.add_directories(parent);
            }
            match size {
                Some(size) => manifest.add_file(&path, mode, id, *size),
                None => manifest.add_entry(&path, mode, id),
            }
        }
        Assembled {
            root: match top {
                Some(top) => self.dir.join(top),
                None => self.dir.to_path_buf(),
            },
            size: self.size,
            checksum: format!("SHA256:{}", util::hex(digest.finish().as_ref())),
            manifest,
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

/// The tree of `commit` in the git repository `repo`, in `dir`. With `spare`, `dir` already
/// holds a tree of that manifest: only the entries that differ are placed, and git is not
/// asked every blob's size (`ls-tree -l` looks up each blob; the spare's manifest has the
/// sizes of the kept files, the others are read or linked).
pub(crate) fn from_git(
    store: &SlugStore,
    repo: &Path,
    commit: &str,
    dir: &Path,
    spare: Option<&Manifest>,
) -> Result<Assembled, String> {
    let sizes: &[&str] = if spare.is_some() { &[] } else { &["-l"] };
    let listing = Command::new("git")
        .args(["ls-tree", "-r", "-z", "--full-tree"])
        .args(sizes)
        .arg(commit)
        .current_dir(repo)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("Could not run git ls-tree: {e}"))?;
    if !listing.status.success() {
        return Err(format!("Could not list the files of {commit}"));
    }
    let entries = listing
        .stdout
        .split(|&b| b == 0)
        .filter(|r| !r.is_empty())
        .map(listed)
        .collect::<Result<Vec<_>, _>>()?;
    let mut assembly = Assembly::new(store, dir);
    if let Some(from) = spare {
        let mut to = Manifest::default();
        for entry in &entries {
            if entry.mode == MODE_SUBMODULE {
                to.add_directories(&entry.path);
            } else {
                to.add_entry(&entry.path, entry.mode, &entry.id);
            }
            if let Some(parent) = entry.path.parent() {
                to.add_directories(parent);
            }
        }
        // What the spare has that the commit has not goes; every directory is made.
        prepared::patch(dir, from, &to, |_, _| Ok(())).map_err(|e| cannot("patch", dir, &e))?;
        assembly.made_dirs.extend(to.directories());
    }
    // Blobs the store lacks, and symbolic links (whose target is their blob), read from git.
    let mut wanted: Vec<(String, &'static str, PathBuf)> = Vec::new();
    for entry in entries {
        let Listed {
            mode,
            id,
            size,
            path,
        } = entry;
        let kept =
            spare.filter(|from| from.identity(&path) == Some(format!("{mode} {id}").as_str()));
        if let Some(from) = kept {
            // Already in place, as in the spare; a symbolic link has no size in a slug.
            if mode == MODE_SYMLINK {
                assembly.symlinks.insert(path.clone());
            }
            let size = from.size(&path);
            assembly.size += size.unwrap_or(0);
            assembly.record(path, mode, id, size);
            continue;
        }
        let path = assembly.place(&path)?;
        let dest = dir.join(&path);
        match mode {
            MODE_FILE | MODE_EXECUTABLE => {
                let linked = store
                    .link_blob(&id, mode == MODE_EXECUTABLE, &dest)
                    .map_err(|e| cannot("link", &dest, &e))?;
                if !linked {
                    // Its size comes with its contents.
                    wanted.push((id, mode, path));
                    continue;
                }
                let size = match size {
                    Some(size) => size,
                    None => std::fs::metadata(&dest)
                        .map_err(|e| cannot("read", &dest, &e))?
                        .len(),
                };
                assembly.size += size;
                assembly.record(path, mode, id, Some(size));
            }
            MODE_SYMLINK => wanted.push((id, MODE_SYMLINK, path)),
            // `git archive` leaves a submodule's directory empty.
            _ => {
                std::fs::create_dir_all(&dest).map_err(|e| cannot("create", &dest, &e))?;
                assembly.made_dirs.insert(path);
            }
        }
    }
    if !wanted.is_empty() {
        read_from_git(&mut assembly, repo, &wanted)?;
    }
    Ok(assembly.finish(false))
}

/// One entry of `git ls-tree -r -z`, with its size when listed with `-l`.
struct Listed {
    mode: &'static str,
    id: String,
    size: Option<u64>,
    path: PathBuf,
}

fn listed(record: &[u8]) -> Result<Listed, String> {
    let text = String::from_utf8_lossy(record);
    let unexpected = || format!("Unexpected git ls-tree output: {text}");
    let (meta, path) = text.split_once('\t').ok_or_else(unexpected)?;
    let fields: Vec<&str> = meta.split_whitespace().collect();
    let (mode, id, size) = match fields.as_slice() {
        [mode, _kind, id, size] => (mode, id, size.parse().ok()),
        [mode, _kind, id] => (mode, id, None),
        _ => return Err(unexpected()),
    };
    let mode = match *mode {
        MODE_FILE => MODE_FILE,
        MODE_EXECUTABLE => MODE_EXECUTABLE,
        MODE_SYMLINK => MODE_SYMLINK,
        MODE_SUBMODULE => MODE_SUBMODULE,
        _ => return Err(format!("Unsupported entry in the commit: {text}")),
    };
    let path =
        inside(Path::new(path)).ok_or_else(|| format!("The source has an unsafe path: {path}"))?;
    Ok(Listed {
        mode,
        id: id.to_string(),
        size,
        path,
    })
}

/// Reads the `wanted` objects with one `git cat-file --batch` and places each.
fn read_from_git(
    assembly: &mut Assembly<'_>,
    repo: &Path,
    wanted: &[(String, &'static str, PathBuf)],
) -> Result<(), String> {
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(repo)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("Could not run git cat-file: {e}"))?;
    let ids: String = wanted.iter().map(|(id, _, _)| format!("{id}\n")).collect();
    let mut stdin = child.stdin.take().ok_or("git cat-file has no input")?;
    // Written from a thread, so a full output pipe cannot block the ids.
    let writer = std::thread::spawn(move || stdin.write_all(ids.as_bytes()));
    let stdout = child.stdout.take().ok_or("git cat-file has no output")?;
    let mut reader = BufReader::with_capacity(256 * 1024, stdout);
    let outcome = wanted
        .iter()
        .try_for_each(|(id, mode, path)| read_one(assembly, &mut reader, id, mode, path));
    drop(reader);
    let _ = writer.join();
    let _ = child.wait();
    outcome
}

fn read_one(
    assembly: &mut Assembly<'_>,
    reader: &mut impl BufRead,
    id: &str,
    mode: &'static str,
    path: &Path,
) -> Result<(), String> {
    let broken = |what: &str| format!("git cat-file {what} for {id}");
    let mut header = String::new();
    reader
        .read_line(&mut header)
        .map_err(|e| broken(&e.to_string()))?;
    let size: u64 = match header.split_whitespace().collect::<Vec<_>>().as_slice() {
        [_, "blob", size] => size.parse().map_err(|_| broken("gave a bad size"))?,
        _ => return Err(broken(&format!("answered {}", header.trim()))),
    };
    let mut contents = reader.by_ref().take(size);
    if mode == MODE_SYMLINK {
        let mut target = Vec::new();
        contents
            .read_to_end(&mut target)
            .map_err(|e| broken(&e.to_string()))?;
        assembly.add_symlink(path.to_path_buf(), &target)?;
    } else {
        let dest = assembly.dir.join(path);
        let (temp, mut file) = assembly
            .store
            .new_blob_file()
            .map_err(|e| cannot("write", &dest, &e))?;
        io::copy(&mut contents, &mut file).map_err(|e| cannot("write", &temp, &e))?;
        drop(file);
        assembly
            .store
            .add_blob(id, mode == MODE_EXECUTABLE, &temp, &dest)
            .map_err(|e| cannot("store", &dest, &e))?;
        assembly.size += size;
        assembly.record(path.to_path_buf(), mode, id.to_string(), Some(size));
    }
    // The newline after each object.
    let mut newline = [0u8; 1];
    reader
        .read_exact(&mut newline)
        .map_err(|e| broken(&e.to_string()))
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
            std::fs::create_dir_all(&dest).map_err(|e| cannot("create", &dest, &e))?;
            assembly.made_dirs.insert(path);
        } else if kind.is_symlink() || kind.is_hard_link() {
            let target = entry
                .link_name_bytes()
                .map(|t| t.into_owned())
                .unwrap_or_default();
            if kind.is_symlink() {
                assembly.add_symlink(path, &target)?;
            } else {
                let from = inside(&bytes_path(&target))
                    .and_then(|t| assembly.manifest.get(&t).cloned().map(|m| (t, m)));
                let Some((from, (mode, id, size))) = from else {
                    return Err(format!(
                        "The source has a bad hard link: {}",
                        path.display()
                    ));
                };
                std::fs::hard_link(dir.join(from), &dest).map_err(|e| cannot("link", &dest, &e))?;
                assembly.record(path, mode, id, size);
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
            assembly.size += size;
            let mode = if executable {
                MODE_EXECUTABLE
            } else {
                MODE_FILE
            };
            assembly.record(path, mode, id, Some(size));
        }
    }
    Ok(assembly.finish(true))
}
