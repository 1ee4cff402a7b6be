//! Crash-safe file writes: a reader sees the old file or the new one, never half of either;
//! and whole trees copied. Shared by belt's own files (accounts, credentials) and the
//! platform's (its key, its CA, apps' trees), so it is a crate of its own that depends on
//! neither.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file operation that failed, and the path it failed on.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct Error {
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl Error {
    fn new(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Writes `contents` to `path` through a temporary file in the same directory, fsynced and
/// renamed over the target. On Unix the file is created with mode 0600.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    write_through_temp(path, contents, "tmp", |tmp, path| fs::rename(tmp, path))
}

/// [`write_atomic`] for a file that must not exist yet: the complete file appears at `path`
/// (hard-linked from the fsynced temporary file, which fails if `path` exists), or nothing
/// does. An existing file is never overwritten: the error is then `AlreadyExists`.
pub fn write_new(path: &Path, contents: &[u8]) -> Result<()> {
    write_through_temp(path, contents, "new", |tmp, path| {
        fs::hard_link(tmp, path)?;
        fs::remove_file(tmp)
    })
}

/// Writes `contents` to a private (0600), fsynced temporary file `.NAME.PID.SUFFIX` beside
/// `path`, has `place` put it at `path`, and makes that durable; the temporary file is
/// removed if anything fails.
fn write_through_temp(
    path: &Path,
    contents: &[u8],
    suffix: &str,
    place: impl FnOnce(&Path, &Path) -> std::io::Result<()>,
) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::new(dir, e))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.{suffix}", std::process::id()));
    let result = (|| {
        let mut file = private_options().open(&tmp)?;
        file.write_all(contents)?;
        file.sync_all()?;
        place(&tmp, path)?;
        // Make the rename or link itself durable.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::new(path, e)
    })
}

/// [`write_atomic`] for a file only ever written under [`with_lock`] on its directory: no
/// other writer can be mid-write then, so any temporary file of it lying there was left by a
/// writer that was killed, and is removed.
pub fn write_atomic_locked(path: &Path, contents: &[u8]) -> Result<()> {
    write_atomic(path, contents)?;
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Ok(());
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let entry_name = entry.file_name();
            let entry_name = entry_name.to_string_lossy();
            if entry_name.starts_with(&prefix) && entry_name.ends_with(".tmp") {
                // Best effort: a leftover is private (0600) and never read.
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Runs `f` while holding an exclusive lock on `dir/.lock`, so concurrent belt processes
/// serialise their read-modify-write cycles on the files in `dir`.
pub fn with_lock<T, E: From<Error>>(dir: &Path, f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    fs::create_dir_all(dir).map_err(|e| Error::new(dir, e))?;
    let lock_path = dir.join(".lock");
    let lock = private_options()
        .truncate(false)
        .open(&lock_path)
        .map_err(|e| Error::new(&lock_path, e))?;
    lock.lock().map_err(|e| Error::new(&lock_path, e))?;
    let result = f();
    let _ = lock.unlock();
    result
}

/// Copies `from` (when it exists) into a fresh `to`; symbolic links stay links.
pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to)?;
    if !from.is_dir() {
        return Ok(());
    }
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_symlink() {
            let link = fs::read_link(entry.path())?;
            #[cfg(unix)]
            std::os::unix::fs::symlink(link, &target)?;
            #[cfg(not(unix))]
            let _ = link;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("file.toml");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_new_write_never_overwrites_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("alice.key");
        write_new(&path, b"one").unwrap();
        let err = write_new(&path, b"two").unwrap_err();
        assert_eq!(err.source.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&path).unwrap(), "one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_locked_write_removes_what_killed_writers_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials.toml");
        let stale = dir.path().join(".credentials.toml.4242.tmp");
        let other = dir.path().join(".accounts.toml.4242.tmp");
        fs::write(&stale, "half a token").unwrap();
        fs::write(&other, "another file's").unwrap();
        write_atomic_locked(&path, b"whole").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "whole");
        assert!(!stale.exists());
        assert!(other.exists(), "only the written file's leftovers go");
    }
}
