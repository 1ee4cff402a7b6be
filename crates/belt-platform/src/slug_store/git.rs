//! Asking git about a pushed commit: the commit and the blobs a build lacks through one
//! `git cat-file --batch`, every entry of a tree (`ls-tree`), and what changed between two
//! trees (`diff-tree`, which compares only the subtrees whose ids differ).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use super::import::bytes_path;
use super::inside;
use super::prepared::SYMLINK_MODE;

pub(super) const MODE_FILE: &str = "100644";
pub(super) const MODE_EXECUTABLE: &str = "100755";
pub(super) const MODE_SYMLINK: &str = SYMLINK_MODE;
pub(super) const MODE_SUBMODULE: &str = "160000";
pub(super) const MODE_TREE: &str = "040000";

/// The mode `git diff-tree` gives the side of a change that has no entry.
pub(super) const ABSENT: &str = "000000";

/// One entry of `git diff-tree -r -t -z`: a path whose entry came, went or changed.
pub(super) struct Change {
    pub old_mode: &'static str,
    pub new_mode: &'static str,
    pub new_id: String,
    pub path: PathBuf,
}

/// `git diff-tree` from git tree `old` to `new`'s, trees themselves included.
pub(super) fn start_diff(repo: &Path, old: &str, new: &str) -> Option<Child> {
    Command::new("git")
        .args(["diff-tree", "-r", "-t", "-z", old, new])
        .current_dir(repo)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()
}

/// What the diff found changed; None when git could not tell (the old tree is not in this
/// repository: a promoted slug's spare, say).
pub(super) fn changes(diff: Child) -> Option<Result<Vec<Change>, String>> {
    let output = diff.wait_with_output().ok()?;
    if !output.status.success() {
        return None;
    }
    let mut fields = output.stdout.split(|&b| b == 0);
    let mut changes = Vec::new();
    while let Some(meta) = fields.next().filter(|m| !m.is_empty()) {
        let text = String::from_utf8_lossy(meta);
        let unexpected = || format!("Unexpected git diff-tree output: {text}");
        let parsed = (|| {
            let [old_mode, new_mode, _old_id, new_id, _status] =
                text.strip_prefix(':')?.split(' ').collect::<Vec<_>>()[..]
            else {
                return None;
            };
            Some((old_mode, new_mode, new_id.to_string()))
        })();
        let Some((old_mode, new_mode, new_id)) = parsed else {
            return Some(Err(unexpected()));
        };
        let Some(path) = fields.next() else {
            return Some(Err(unexpected()));
        };
        let path = bytes_path(path);
        let change = (|| {
            Ok(Change {
                old_mode: known_mode(old_mode, &text)?,
                new_mode: known_mode(new_mode, &text)?,
                new_id,
                path: inside(&path)
                    .ok_or_else(|| format!("The source has an unsafe path: {}", path.display()))?,
            })
        })();
        match change {
            Ok(change) => changes.push(change),
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(changes))
}

/// A mode git lists, as one of the modes a slug knows.
fn known_mode(mode: &str, entry: &str) -> Result<&'static str, String> {
    match mode {
        MODE_FILE => Ok(MODE_FILE),
        MODE_EXECUTABLE => Ok(MODE_EXECUTABLE),
        MODE_SYMLINK => Ok(MODE_SYMLINK),
        MODE_SUBMODULE => Ok(MODE_SUBMODULE),
        MODE_TREE => Ok(MODE_TREE),
        ABSENT => Ok(ABSENT),
        _ => Err(format!("Unsupported entry in the commit: {entry}")),
    }
}

/// Every entry of git tree `tree`, recursively, with its size (`ls-tree -l`).
pub(super) fn list_tree(repo: &Path, tree: &str) -> Result<Vec<Listed>, String> {
    let listing = Command::new("git")
        .args(["ls-tree", "-r", "-z", "-l", "--full-tree", tree])
        .current_dir(repo)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("Could not run git ls-tree: {e}"))?;
    if !listing.status.success() {
        return Err(format!("Could not list the files of {tree}"));
    }
    listing
        .stdout
        .split(|&b| b == 0)
        .filter(|r| !r.is_empty())
        .map(listed)
        .collect()
}

/// One entry of `git ls-tree -r -z -l`.
pub(super) struct Listed {
    pub mode: &'static str,
    pub id: String,
    pub size: Option<u64>,
    pub path: PathBuf,
}

fn listed(record: &[u8]) -> Result<Listed, String> {
    let text = String::from_utf8_lossy(record);
    let unexpected = || format!("Unexpected git ls-tree output: {text}");
    let (meta, path) = text.split_once('\t').ok_or_else(unexpected)?;
    let fields: Vec<&str> = meta.split_whitespace().collect();
    let [mode, _kind, id, size] = fields[..] else {
        return Err(unexpected());
    };
    let mode = match known_mode(mode, &text)? {
        MODE_TREE | ABSENT => return Err(format!("Unsupported entry in the commit: {text}")),
        mode => mode,
    };
    let path =
        inside(Path::new(path)).ok_or_else(|| format!("The source has an unsafe path: {path}"))?;
    Ok(Listed {
        mode,
        id: id.to_string(),
        size: size.parse().ok(),
        path,
    })
}

/// The commit a build is of: its tree, and its subject.
pub(super) struct Head {
    pub tree: String,
    pub subject: Option<String>,
}

/// One `git cat-file --batch` for a build: first the commit, then every blob it lacks.
pub(super) struct Objects {
    child: Child,
    stdin: ChildStdin,
    reader: BufReader<ChildStdout>,
}

impl Objects {
    pub(super) fn start(repo: &Path) -> Result<Objects, String> {
        let mut child = Command::new("git")
            .args(["cat-file", "--batch"])
            .current_dir(repo)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("Could not run git cat-file: {e}"))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("git cat-file has no input or output".into());
        };
        Ok(Objects {
            child,
            stdin,
            reader: BufReader::with_capacity(256 * 1024, stdout),
        })
    }

    /// The tree and subject of `commit` (an annotated tag is peeled to its commit).
    pub(super) fn commit(&mut self, commit: &str) -> Result<Head, String> {
        let broken = |what: &str| format!("git cat-file {what} for {commit}");
        writeln!(self.stdin, "{commit}^{{commit}}")
            .and_then(|()| self.stdin.flush())
            .map_err(|e| broken(&e.to_string()))?;
        let size = object_size(&mut self.reader, "commit").map_err(|e| broken(&e))?;
        let mut body = Vec::new();
        (self.reader.by_ref().take(size + 1))
            .read_to_end(&mut body)
            .map_err(|e| broken(&e.to_string()))?;
        let text = String::from_utf8_lossy(&body);
        let (headers, message) = text.split_once("\n\n").unwrap_or((&text, ""));
        let tree = (headers.lines())
            .find_map(|line| line.strip_prefix("tree "))
            .ok_or_else(|| broken("gave a commit without a tree"))?;
        Ok(Head {
            tree: tree.to_string(),
            subject: subject(message),
        })
    }

    /// Reads each of the blobs `ids` and hands `place` its index, size and contents; the end
    /// of the build's use of git.
    pub(super) fn read_all<'a>(
        self,
        ids: impl Iterator<Item = &'a str>,
        mut place: impl FnMut(usize, u64, &mut dyn Read) -> Result<(), String>,
    ) -> Result<(), String> {
        let Objects {
            mut child,
            mut stdin,
            mut reader,
        } = self;
        let ids: Vec<&str> = ids.collect();
        let request: String = ids.iter().map(|id| format!("{id}\n")).collect();
        // Written from a thread, so a full output pipe cannot block the ids.
        let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
        let outcome = ids.iter().enumerate().try_for_each(|(index, id)| {
            let broken = |what: &str| format!("git cat-file {what} for {id}");
            let size = object_size(&mut reader, "blob").map_err(|e| broken(&e))?;
            let mut contents = reader.by_ref().take(size);
            place(index, size, &mut contents)?;
            // What was not read, then the newline after each object.
            io::copy(&mut contents, &mut io::sink()).map_err(|e| broken(&e.to_string()))?;
            let mut newline = [0u8; 1];
            reader
                .read_exact(&mut newline)
                .map_err(|e| broken(&e.to_string()))
        });
        drop(reader);
        let _ = writer.join();
        let _ = child.wait();
        outcome
    }
}

/// The size in the header `git cat-file --batch` gives an object of `kind`.
fn object_size(reader: &mut impl BufRead, kind: &str) -> Result<u64, String> {
    let mut header = String::new();
    reader.read_line(&mut header).map_err(|e| e.to_string())?;
    match header.split_whitespace().collect::<Vec<_>>().as_slice() {
        [_, found, size] if *found == kind => size.parse().map_err(|_| "gave a bad size".into()),
        _ => Err(format!("answered {}", header.trim())),
    }
}

/// git's `%s` of a commit message: its first paragraph (after any blank lines), each line's
/// trailing space dropped, joined by spaces.
fn subject(message: &str) -> Option<String> {
    let lines = message.lines().map(str::trim_end);
    let subject = lines
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let subject = subject.trim();
    (!subject.is_empty()).then(|| subject.to_string())
}
