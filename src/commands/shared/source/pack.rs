//! Packs a directory as a source tarball (`.tar.gz`): `git archive HEAD` inside a git
//! repository (only committed files, like `git push`), else the directory minus `.git`; or
//! one branch's or commit's tree ([`pack_ref`], for review apps).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::error::{Error, Result};

/// A packed source and the commit it was made from, if any.
pub struct Packed {
    pub tarball: Vec<u8>,
    pub commit: Option<String>,
    /// The commit's subject line.
    pub description: Option<String>,
}

impl Packed {
    /// `SHA256:hex` of the tarball, for the build's `source_blob.checksum`.
    pub fn checksum(&self) -> String {
        let digest = ring::digest::digest(&ring::digest::SHA256, &self.tarball);
        let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        format!("SHA256:{hex}")
    }
}

pub fn pack(dir: &Path) -> Result<Packed> {
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{} is not a directory",
            dir.display()
        )));
    }
    match git(dir, &["rev-parse", "--show-prefix"]) {
        Some(prefix) => pack_commit(dir, String::from_utf8_lossy(&prefix).trim(), "HEAD"),
        None => pack_tree(dir),
    }
}

/// The tree of `reference` (a branch, tag or commit) of the git repository `dir` is in, as
/// `git archive` makes it; `dir`'s part of it when `dir` is below the repository's top.
pub fn pack_ref(dir: &Path, reference: &str) -> Result<Packed> {
    let prefix = git(dir, &["rev-parse", "--show-prefix"])
        .ok_or_else(|| Error::Usage(format!("{} is not in a git repository", dir.display())))?;
    let commit = format!("{reference}^{{commit}}");
    if reference.starts_with('-')
        || git(dir, &["rev-parse", "--verify", "--quiet", &commit]).is_none()
    {
        return Err(Error::Usage(format!(
            "no branch or commit {reference:?} in this git repository"
        )));
    }
    pack_commit(dir, String::from_utf8_lossy(&prefix).trim(), reference)
}

/// The branch checked out in `dir`'s repository; `None` on a detached HEAD or outside one.
pub fn current_branch(dir: &Path) -> Option<String> {
    git(dir, &["symbolic-ref", "--quiet", "--short", "HEAD"])
        .map(|name| String::from_utf8_lossy(&name).trim().to_string())
        .filter(|name| !name.is_empty())
}

/// Runs git in `dir`; its stdout when it succeeds.
fn git(dir: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

/// `reference`, or `reference:sub/dir/` when `dir` is below the repository's top.
fn pack_commit(dir: &Path, prefix: &str, reference: &str) -> Result<Packed> {
    let commit = git(
        dir,
        &["rev-parse", "--verify", &format!("{reference}^{{commit}}")],
    )
    .map(|sha| String::from_utf8_lossy(&sha).trim().to_string())
    .ok_or_else(|| {
        Error::Usage(format!(
            "{} is in a git repository with no commits yet: commit first",
            dir.display()
        ))
    })?;
    let tree = if prefix.is_empty() {
        commit.clone()
    } else {
        format!("{commit}:{prefix}")
    };
    // From the top: run in a subdirectory, git archive would look for `prefix` inside it.
    let top = git(dir, &["rev-parse", "--show-toplevel"])
        .map(|top| PathBuf::from(String::from_utf8_lossy(&top).trim()))
        .unwrap_or_else(|| dir.to_path_buf());
    let tarball = git(&top, &["archive", "--format=tar.gz", &tree])
        .ok_or_else(|| Error::Failed(format!("git archive {tree} failed in {}", dir.display())))?;
    let description = git(dir, &["log", "-1", "--format=%s", &commit])
        .map(|subject| String::from_utf8_lossy(&subject).trim().to_string())
        .filter(|subject| !subject.is_empty());
    Ok(Packed {
        tarball,
        commit: Some(commit),
        description,
    })
}

fn pack_tree(dir: &Path) -> Result<Packed> {
    let mut builder = tar::Builder::new(GzEncoder::new(Vec::new(), Compression::default()));
    builder.follow_symlinks(false);
    append_dir(&mut builder, dir, Path::new(""))?;
    let tarball = builder
        .into_inner()
        .and_then(|gz| gz.finish())
        .map_err(|e| Error::Failed(format!("cannot pack {}: {e}", dir.display())))?;
    Ok(Packed {
        tarball,
        commit: None,
        description: None,
    })
}

fn append_dir(
    builder: &mut tar::Builder<GzEncoder<Vec<u8>>>,
    dir: &Path,
    inside: &Path,
) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .and_then(|entries| entries.collect::<std::io::Result<Vec<_>>>())
        .map_err(|e| Error::io(dir, e))?;
    // Sorted, so the same tree always packs to the same tarball.
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if entry.file_name() == ".git" {
            continue;
        }
        let path = entry.path();
        let name = inside.join(entry.file_name());
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        let added = if kind.is_dir() {
            builder
                .append_dir(&name, &path)
                .map_err(|e| Error::io(&path, e))
                .and_then(|_| append_dir(builder, &path, &name))
        } else {
            builder
                .append_path_with_name(&path, &name)
                .map_err(|e| Error::io(&path, e))
        };
        added?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Read;
    use std::path::Path;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .status()
            .unwrap();
        assert!(ok.success(), "git {args:?}");
    }

    fn names(tarball: &[u8]) -> Vec<String> {
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tarball));
        let entries = archive.entries().unwrap();
        // git archive's first entry is a pax header carrying the commit id.
        entries
            .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
            .filter(|name| name != "pax_global_header")
            .collect()
    }

    #[test]
    fn packs_a_branch_that_is_not_checked_out() {
        let dir = tempfile::tempdir().unwrap();
        git(dir.path(), &["init", "-q", "-b", "main"]);
        std::fs::write(dir.path().join("Procfile"), "web: x\n").unwrap();
        git(dir.path(), &["add", "-A"]);
        git(dir.path(), &["commit", "-q", "-m", "one"]);
        git(dir.path(), &["checkout", "-q", "-b", "feature-x"]);
        std::fs::write(dir.path().join("FEATURE"), "x").unwrap();
        git(dir.path(), &["add", "-A"]);
        git(dir.path(), &["commit", "-q", "-m", "feature"]);
        git(dir.path(), &["checkout", "-q", "main"]);
        assert_eq!(super::current_branch(dir.path()).as_deref(), Some("main"));

        let packed = super::pack_ref(dir.path(), "feature-x").unwrap();
        assert_eq!(names(&packed.tarball), ["FEATURE", "Procfile"]);
        assert_eq!(packed.description.as_deref(), Some("feature"));
        let error = super::pack_ref(dir.path(), "nope")
            .err()
            .unwrap()
            .to_string();
        assert!(error.contains("no branch or commit \"nope\""), "{error}");
        assert!(super::pack_ref(dir.path(), "--output=x").is_err());
    }

    #[test]
    fn packs_a_plain_directory_without_git() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Procfile"), "web: x\n").unwrap();
        std::fs::create_dir_all(dir.path().join("lib/.git")).unwrap();
        std::fs::create_dir_all(dir.path().join(".git")).unwrap();
        std::fs::write(dir.path().join(".git/config"), "secret").unwrap();
        std::fs::write(dir.path().join("lib/a.rb"), "1").unwrap();
        let packed = super::pack_tree(dir.path()).unwrap();
        assert!(packed.commit.is_none());
        let mut names = Vec::new();
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(&packed.tarball[..]));
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            names.push(entry.path().unwrap().to_string_lossy().into_owned());
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
        }
        assert_eq!(names, ["Procfile", "lib", "lib/a.rb"], "{names:?}");
    }
}
