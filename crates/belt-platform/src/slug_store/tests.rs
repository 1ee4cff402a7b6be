//! The slug store through the build pipeline: what a build reuses, what is read-only, what
//! the collector keeps, and what 20 small deploys cost on disk.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use super::{SlugStore, gc, import, link_copy, prepared};
use crate::Platform;
use crate::apps::App;
use crate::slug_compiler::{self, Input, SourceInfo};
use crate::users::Actor;

struct Fixture {
    _dir: tempfile::TempDir,
    platform: Platform,
    app: App,
    by: Actor,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let platform = Platform::open(dir.path(), None).expect("platform");
    let app_id = platform
        .store()
        .write(|tx| {
            let owner = crate::users::ensure(tx, "owner@example.com")?;
            let (id, now) = (crate::util::new_id(), crate::util::timestamp(crate::util::now()));
            tx.execute(
                "INSERT INTO apps (id, name, owner_id, region, stack, build_stack, created_at, updated_at)
                 VALUES (?1, 'slugged', ?2, 'us', 'heroku-24', 'heroku-24', ?3, ?3)",
                rusqlite::params![id, owner, now],
            )?;
            Ok::<_, rusqlite::Error>(id)
        })
        .expect("app");
    let app = platform
        .store()
        .read(|conn| crate::apps::find(conn, &app_id))
        .expect("read")
        .expect("found");
    let by = Actor {
        id: app.owner_id.clone(),
        email: app.owner_email.clone(),
    };
    Fixture {
        _dir: dir,
        platform,
        app,
        by,
    }
}

/// A tarball of `files` (path, contents, executable).
fn tarball(files: &[(String, Vec<u8>, bool)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, contents, executable) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(contents.len() as u64);
        header.set_mode(if *executable { 0o755 } else { 0o644 });
        header.set_cksum();
        builder
            .append_data(&mut header, path, contents.as_slice())
            .expect("entry");
    }
    builder.into_inner().expect("tarball")
}

/// A deterministic app of `count` files of about `size` bytes in a few directories.
fn app_files(count: usize, size: usize) -> Vec<(String, Vec<u8>, bool)> {
    (0..count)
        .map(|i| {
            let line = format!("file {i}: the same line over and over again\n");
            let contents = line.repeat(size / line.len()).into_bytes();
            (format!("dir{}/file{i}.txt", i % 7), contents, i == 0)
        })
        .collect()
}

impl Fixture {
    /// Builds `files` as a deploy through the Builds API would; returns the slug's tree.
    fn deploy(&self, files: &[(String, Vec<u8>, bool)]) -> PathBuf {
        let tar = Input::Tarball(Box::new(Cursor::new(tarball(files))));
        let built = slug_compiler::run(
            &self.platform,
            &self.app,
            &self.by,
            tar,
            SourceInfo::default(),
            &mut |_| {},
        )
        .expect("built");
        SlugStore::of(&self.platform).tree(&built.slug_id)
    }

    fn set_status(&self, tree: &Path, status: &str) {
        let slug = tree
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        self.platform
            .store()
            .write(|tx| {
                tx.execute(
                    "UPDATE releases SET status = ?1 WHERE slug_id = ?2",
                    [status, slug],
                )
            })
            .expect("status");
    }
}

#[cfg(unix)]
fn inode(path: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).expect("metadata");
    (meta.ino(), meta.nlink())
}

#[cfg(unix)]
#[test]
fn a_second_build_links_every_unchanged_file_and_writes_the_changed_one() {
    let f = fixture();
    let mut files = app_files(20, 4096);
    let first = f.deploy(&files);
    files[5].1.extend_from_slice(b"one more line\n");
    let second = f.deploy(&files);
    for (path, contents, _) in &files {
        let (old, new) = (inode(&first.join(path)), inode(&second.join(path)));
        assert_eq!(
            std::fs::read(second.join(path)).ok().as_ref(),
            Some(contents)
        );
        if path == &files[5].0 {
            assert_ne!(old.0, new.0, "{path} changed: a new blob");
            // The store's link and the second tree's.
            assert_eq!(new.1, 2, "{path}");
        } else {
            assert_eq!(old.0, new.0, "{path} is the same blob in both slugs");
            assert_eq!(new.1, 3, "{path}: the store and two trees");
        }
    }
}

#[cfg(unix)]
#[test]
fn blobs_are_read_only_and_a_dyno_copy_shares_them() {
    use std::os::unix::fs::PermissionsExt;
    let f = fixture();
    let files = app_files(3, 4096);
    let tree = f.deploy(&files);
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&tree.join(&files[0].0)), 0o555, "executable");
    assert_eq!(mode(&tree.join(&files[1].0)), 0o444);
    let copy = f.platform.dyno_scratch_dir("web.1");
    link_copy(&tree, &copy).expect("copy");
    assert_eq!(
        inode(&copy.join(&files[1].0)).0,
        inode(&tree.join(&files[1].0)).0
    );
    // The dyno's directories are its own: what it adds is not in the slug.
    std::fs::write(copy.join("dir1/new.txt"), "mine").expect("write");
    assert!(!tree.join("dir1/new.txt").exists());
}

#[cfg(unix)]
#[test]
fn the_collector_keeps_what_rollbacks_need_and_removes_the_rest() {
    let f = fixture();
    let mut files = app_files(10, 4096);
    let first = f.deploy(&files);
    files[1].1 = b"only in the second slug\n".to_vec();
    let second = f.deploy(&files);
    files[1].1 = b"in the third\n".to_vec();
    let third = f.deploy(&files);
    let only_second = second.join(&files[1].0);
    let only_second_blob = inode(&only_second).0;

    // Every release that succeeded can be rolled back to: nothing goes.
    assert_eq!(
        gc::collect(&f.platform).expect("gc"),
        gc::Collected::default()
    );
    // A failed release cannot: its slug goes, with the blob only it had.
    f.set_status(&second, "failed");
    let collected = gc::collect(&f.platform).expect("gc");
    assert_eq!((collected.slugs, collected.blobs), (1, 1));
    assert!(!second.exists());
    assert!(first.is_dir() && third.is_dir());
    let blobs: Vec<u64> = walk(&f.platform.data_dir().join("slugs/blobs"))
        .iter()
        .map(|p| inode(p).0)
        .collect();
    assert!(!blobs.contains(&only_second_blob));
    assert_eq!(
        blobs.len(),
        11,
        "10 files, and the third slug's version of one"
    );

    // A destroyed app's slugs go, and every blob with them.
    f.platform
        .store()
        .write(|tx| tx.execute("DELETE FROM apps", []))
        .expect("destroyed");
    gc::collect(&f.platform).expect("gc");
    let left = gc::disk_use(&f.platform);
    assert_eq!((left.slugs, left.blobs), (0, 0));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn twenty_one_line_deploys_stay_within_one_and_a_half_slugs() {
    let f = fixture();
    let mut files = app_files(150, 32 * 1024);
    f.deploy(&files);
    let one = gc::disk_use(&f.platform);
    for round in 0..20 {
        files[round * 7]
            .1
            .extend_from_slice(format!("change {round}\n").as_bytes());
        f.deploy(&files);
    }
    let after = gc::disk_use(&f.platform);
    assert_eq!(after.slugs, 21);
    assert!(
        after.bytes * 2 <= one.bytes * 3,
        "{} bytes after 21 deploys against {} for one",
        after.bytes,
        one.bytes
    );
}

#[test]
fn a_tarball_and_a_commit_of_the_same_files_are_the_same_slug() {
    let f = fixture();
    let repo = tempfile::tempdir().expect("repo");
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(args)
            .current_dir(repo.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    let files = app_files(4, 4096);
    for (path, contents, executable) in &files {
        let path = repo.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(&path, contents).expect("file");
        #[cfg(unix)]
        if *executable {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::Permissions::from_mode(0o755);
            std::fs::set_permissions(&path, mode).expect("mode");
        }
    }
    git(&["add", "-A"]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-qm",
        "x",
    ]);

    let store = SlugStore::of(&f.platform);
    let (a, b) = (store.staging().expect("a"), store.staging().expect("b"));
    let from_git = import::from_git(&store, repo.path(), "HEAD", &a.0, || None).expect("git");
    let from_tar = import::from_tar(&store, Cursor::new(tarball(&files)), &b.0).expect("tarball");
    assert_eq!(from_git.checksum, from_tar.checksum);
    assert_eq!(from_git.size, from_tar.size);
    #[cfg(unix)]
    for (path, _, _) in &files {
        // The tarball's files were found in the store: the same blobs.
        assert_eq!(inode(&a.0.join(path)).0, inode(&b.0.join(path)).0, "{path}");
    }
}

#[cfg(unix)]
#[test]
fn a_spare_patched_to_the_next_slug_is_that_slug_and_is_used_once() {
    let f = fixture();
    let store = SlugStore::of(&f.platform);
    let mut files = app_files(30, 1024);
    let first = f.deploy(&files);
    // Changed, removed, added in a new directory, and a whole directory gone.
    files[3].1 = b"changed\n".to_vec();
    files.remove(4);
    files.push(("fresh/dir/new.txt".into(), b"new\n".to_vec(), false));
    files.retain(|(path, _, _)| !path.starts_with("dir6/"));
    let second = f.deploy(&files);
    // A spare of the first slug (made after the build, whose collection keeps only the
    // spares of dynos that exist).
    store
        .refill_spare(&prepared::dyno_spare("d1"), &first)
        .expect("spare");

    let copy = f.platform.dyno_scratch_dir("d1.2");
    assert!(
        prepared::dyno_copy(&store, "d1", &second, &copy).expect("copy"),
        "the spare served"
    );
    let relative = |root: &Path| -> Vec<(PathBuf, u64)> {
        let mut all: Vec<_> = walk(root)
            .into_iter()
            .map(|p| {
                (
                    p.strip_prefix(root).expect("inside").to_path_buf(),
                    inode(&p).0,
                )
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(
        relative(&copy),
        relative(&second),
        "the same links as the slug's"
    );
    assert!(!copy.join("dir6").exists());

    // The dyno writes in its own directories; the slug and the next copy never see it.
    std::fs::write(copy.join("dir1/tmp.txt"), "mine").expect("write");
    std::fs::remove_file(copy.join(&files[0].0)).expect("remove");
    std::fs::write(copy.join(&files[0].0), "replaced").expect("replace");
    assert_eq!(
        std::fs::read(second.join(&files[0].0)).ok(),
        Some(files[0].1.clone())
    );
    let next = f.platform.dyno_scratch_dir("d1.3");
    assert!(
        !prepared::dyno_copy(&store, "d1", &second, &next).expect("copy"),
        "taken once"
    );
    assert!(!next.join("dir1/tmp.txt").exists());
    assert_eq!(relative(&next), relative(&second));
}

/// Runs git in `repo`, as a user with no configuration of their own.
fn git(repo: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .status()
        .expect("git");
    assert!(status.success(), "git {args:?}");
}

fn write_files(repo: &Path, files: &[(String, Vec<u8>, bool)]) {
    for (path, contents, _) in files {
        let path = repo.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(&path, contents).expect("file");
    }
}

/// Every entry under `root`, directories too, with what it is: a file's mode and contents,
/// a symbolic link's target.
fn described(root: &Path) -> Vec<(PathBuf, String)> {
    use std::os::unix::fs::PermissionsExt;
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).expect("meta");
            let what = if meta.file_type().is_symlink() {
                format!("-> {}", std::fs::read_link(&path).expect("link").display())
            } else if meta.is_dir() {
                pending.push(path.clone());
                "dir".to_string()
            } else {
                let contents = std::fs::read(&path).expect("read");
                let mode = meta.permissions().mode() & 0o777;
                format!("{mode:o} {}", String::from_utf8_lossy(&contents))
            };
            found.push((path.strip_prefix(root).expect("inside").to_path_buf(), what));
        }
    }
    found.sort();
    found
}

/// A new repository with `files` committed.
fn committed(files: &[(String, Vec<u8>, bool)]) -> tempfile::TempDir {
    let repo = tempfile::tempdir().expect("repo");
    git(repo.path(), &["init", "-q", "-b", "main"]);
    write_files(repo.path(), files);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-qm", "one"]);
    repo
}

/// Builds the repository's HEAD as slug "one", installed, and makes the app's spare of it.
fn build_first(store: &SlugStore, repo: &Path) {
    let first = store.staging().expect("first");
    let one = import::from_git(store, repo, "HEAD", &first.0, || None).expect("one");
    store
        .install(&one.root, "one", &one.manifest)
        .expect("installed");
    store
        .refill_spare(&prepared::app_spare("a"), &store.tree("one"))
        .expect("spare");
}

/// Builds the repository's HEAD as its first build, leaves the app's spare, lets `change`
/// commit something else, then builds that from the spare and without it: both must be the
/// same tree. Returns the tree built from the spare.
fn from_spare_and_without(store: &SlugStore, repo: &Path, change: impl FnOnce()) -> PathBuf {
    build_first(store, repo);
    change();
    let (with, without) = (
        store.staging().expect("with"),
        store.staging().expect("without"),
    );
    let dir = with.0.join("tree");
    let spare = store
        .take_spare(&prepared::app_spare("a"), &dir)
        .expect("the spare");
    let patched = import::from_git(store, repo, "HEAD", &dir, || Some(spare.manifest.clone()))
        .expect("patched");
    let whole = import::from_git(store, repo, "HEAD", &without.0, || None).expect("whole");
    assert_eq!(patched.checksum, whole.checksum);
    assert_eq!(patched.size, whole.size);
    assert_eq!(patched.manifest, whole.manifest);
    assert_eq!(described(&dir), described(&without.0));
    // The staging directories go when dropped: the patched tree is kept elsewhere.
    let kept = store.root.join("kept-tree");
    std::fs::rename(&dir, &kept).expect("kept");
    kept
}

#[test]
fn a_git_build_from_the_apps_spare_is_the_build_without_it() {
    let f = fixture();
    let mut files = app_files(12, 512);
    let repo = committed(&files);
    let store = SlugStore::of(&f.platform);
    let dir = from_spare_and_without(&store, repo.path(), || {
        files[2].1 = b"changed\n".to_vec();
        write_files(repo.path(), &files);
        std::fs::remove_dir_all(repo.path().join("dir5")).expect("gone");
        git(repo.path(), &["add", "-A"]);
        git(repo.path(), &["commit", "-qm", "two"]);
    });
    assert!(!dir.join("dir5").exists());
    assert_eq!(
        std::fs::read(dir.join(&files[2].0)).ok(),
        Some(b"changed\n".to_vec())
    );
}

#[test]
fn a_git_build_from_the_spare_follows_modes_links_directories_and_submodules() {
    let f = fixture();
    let repo = tempfile::tempdir().expect("repo");
    let at = repo.path();
    git(at, &["init", "-q", "-b", "main"]);
    write_files(at, &app_files(12, 512));
    std::os::unix::fs::symlink("dir1/file1.txt", at.join("link")).expect("link");
    std::os::unix::fs::symlink("dir2", at.join("dir-link")).expect("dir link");
    git(at, &["add", "-A"]);
    let gitlink = "160000,1111111111111111111111111111111111111111,vendor/one";
    git(at, &["update-index", "--add", "--cacheinfo", gitlink]);
    git(at, &["commit", "-qm", "one"]);
    let store = SlugStore::of(&f.platform);
    let dir = from_spare_and_without(&store, at, || {
        let executable = std::os::unix::fs::PermissionsExt::from_mode(0o755);
        std::fs::set_permissions(at.join("dir3/file3.txt"), executable).expect("mode");
        std::fs::remove_file(at.join("link")).expect("old link");
        std::os::unix::fs::symlink("dir4/file4.txt", at.join("link")).expect("new link");
        std::os::unix::fs::symlink("link", at.join("dir6/second-link")).expect("second");
        write_files(at, &[("new/deep/x.txt".into(), b"new\n".to_vec(), false)]);
        std::fs::remove_dir_all(at.join("dir5")).expect("gone");
        // A directory becomes a file, and a file a directory.
        std::fs::remove_dir_all(at.join("dir0")).expect("dir0");
        std::fs::write(at.join("dir0"), b"a file now\n").expect("dir0 file");
        std::fs::remove_file(at.join("dir1/file8.txt")).expect("file8");
        write_files(
            at,
            &[("dir1/file8.txt/inner.txt".into(), b"in\n".to_vec(), false)],
        );
        git(at, &["add", "-A"]);
        git(at, &["update-index", "--force-remove", "vendor/one"]);
        let gitlink = "160000,2222222222222222222222222222222222222222,vendor/two";
        git(at, &["update-index", "--add", "--cacheinfo", gitlink]);
        git(at, &["commit", "-qm", "two"]);
    });
    assert!(!dir.join("vendor/one").exists());
    assert!(dir.join("vendor/two").is_dir());
    assert!(dir.join("dir0").is_file());
    assert!(dir.join("dir1/file8.txt/inner.txt").is_file());
    assert!(dir.join("new/deep/x.txt").is_file());
    let mode = std::fs::metadata(dir.join("dir3/file3.txt"))
        .expect("file")
        .permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o111,
        0o111
    );
    assert_eq!(
        std::fs::read_link(dir.join("link")).ok(),
        Some(PathBuf::from("dir4/file4.txt"))
    );
}

/// A repository of `app_files(12, 512)`, committed; the first build of it installed as slug
/// "one" with the app's spare made from it; then one file changed and committed.
fn built_once_then_changed(store: &SlugStore) -> tempfile::TempDir {
    let mut files = app_files(12, 512);
    let repo = committed(&files);
    build_first(store, repo.path());
    files[3].1 = b"changed\n".to_vec();
    write_files(repo.path(), &files);
    git(
        repo.path(),
        &["commit", "-qam", "two\n  continued  \n\nbody"],
    );
    repo
}

/// A build from the spare touches only what git says changed: a file the spare holds beyond
/// its manifest (as no real spare does) is left alone, so nothing else was listed or linked.
#[test]
fn a_build_from_the_spare_touches_only_what_git_says_changed() {
    let f = fixture();
    let store = SlugStore::of(&f.platform);
    let repo = built_once_then_changed(&store);
    let staging = store.staging().expect("staging");
    let dir = staging.0.join("tree");
    let spare = store
        .take_spare(&prepared::app_spare("a"), &dir)
        .expect("the spare");
    std::fs::write(dir.join("dir6/marker"), b"left alone").expect("marker");
    let built = import::from_git(&store, repo.path(), "HEAD", &dir, || {
        Some(spare.manifest.clone())
    })
    .expect("built");
    assert!(dir.join("dir6/marker").exists());
    assert_eq!(
        std::fs::read(dir.join("dir3/file3.txt")).ok(),
        Some(b"changed\n".to_vec())
    );
    // git's `%s`: the first paragraph's lines, their trailing space dropped, joined by a space.
    assert_eq!(built.subject.as_deref(), Some("two   continued"));
    assert_ne!(built.manifest.git_tree(), spare.manifest.git_tree());
}

/// A spare of a git tree this repository lacks (a promoted slug's), or of no git tree (a
/// tarball's), is emptied and the commit built whole.
#[test]
fn a_spare_git_cannot_compare_is_built_whole() {
    let f = fixture();
    let store = SlugStore::of(&f.platform);
    let repo = built_once_then_changed(&store);
    for foreign in [Some("0123456789012345678901234567890123456789"), None] {
        store
            .refill_spare(&prepared::app_spare("a"), &store.tree("one"))
            .expect("spare");
        let staging = store.staging().expect("staging");
        let dir = staging.0.join("tree");
        let mut spare = store
            .take_spare(&prepared::app_spare("a"), &dir)
            .expect("the spare")
            .manifest;
        spare.set_git_tree(foreign.map(String::from));
        std::fs::write(dir.join("dir6/marker"), b"gone").expect("marker");
        let built = import::from_git(&store, repo.path(), "HEAD", &dir, || Some(spare.clone()))
            .expect("built");
        let whole_dir = store.staging().expect("whole");
        let whole =
            import::from_git(&store, repo.path(), "HEAD", &whole_dir.0, || None).expect("whole");
        assert!(!dir.join("dir6/marker").exists(), "{foreign:?}");
        assert_eq!(built.manifest, whole.manifest);
        assert_eq!(described(&dir), described(&whole_dir.0));
    }
}

/// A manifest a crash tore (cut short, or its bytes changed) is not used.
#[test]
fn a_torn_manifest_is_not_used() {
    let f = fixture();
    let store = SlugStore::of(&f.platform);
    let _repo = built_once_then_changed(&store);
    let path = prepared::manifest_of(&store.tree("one"));
    let whole = std::fs::read(&path).expect("manifest");
    assert!(prepared::Manifest::read(&path).is_some());
    let mut flipped = whole.clone();
    flipped[10] ^= 1;
    for torn in [
        &whole[..whole.len() / 2],
        &whole[..whole.len() - 1],
        &flipped[..],
        &[][..],
    ] {
        std::fs::write(&path, torn).expect("torn");
        assert_eq!(prepared::Manifest::read(&path), None);
    }
}

#[test]
fn entries_that_would_leave_the_tree_are_refused() {
    let f = fixture();
    let store = SlugStore::of(&f.platform);
    let staging = store.staging().expect("staging");
    let mut builder = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(tar::EntryType::Symlink);
    header.set_size(0);
    header.set_cksum();
    builder
        .append_link(&mut header, "escape", "/tmp")
        .expect("link");
    let mut header = tar::Header::new_gnu();
    header.set_size(2);
    header.set_cksum();
    builder
        .append_data(&mut header, "escape/owned", &b"no"[..])
        .expect("file");
    let tar = builder.into_inner().expect("tar");
    let refused = import::from_tar(&store, Cursor::new(tar), &staging.0);
    assert!(refused.is_err(), "{refused:?}");
}

/// The checksum takes paths in `Path`'s order (component by component), as slugs' checksums
/// always have, not in their bytes' (where `a.txt` would come before `a/b`).
#[test]
fn the_checksum_takes_paths_in_path_order() {
    let paths = ["a/b", "a.txt", "a-c/d", "ab", "a0", "b"];
    let mut manifest = prepared::Manifest::default();
    for path in paths {
        let path = Path::new(path);
        manifest.add_file(path, "100644", "id", 1);
        if let Some(parent) = path.parent() {
            manifest.add_directories(parent);
        }
    }
    let mut sorted: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    sorted.sort();
    let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
    for path in &sorted {
        digest.update(format!("100644 id\t{}\0", path.display()).as_bytes());
    }
    let expected = format!("SHA256:{}", crate::util::hex(digest.finish().as_ref()));
    assert_eq!(manifest.checksum(), expected);
}
