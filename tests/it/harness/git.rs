//! Git repositories in a sandbox, and git run with its environment.

use std::path::{Path, PathBuf};

use super::Sandbox;

impl Sandbox {
    /// Runs git in `dir` with the sandbox's environment.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let output = self
            .std_command("git")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("run git");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    /// A git repository `name` in the sandbox with this Procfile, committed on `branch`.
    pub fn repo_with_procfile(&self, name: &str, procfile: &str, branch: &str) -> PathBuf {
        let dir = self.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        self.git(&dir, &["init", "-q", "-b", branch]);
        std::fs::write(dir.join("Procfile"), procfile).unwrap();
        self.commit_all(&dir, "first deploy");
        dir
    }

    /// Commits everything in the repository at `dir` as a test author; returns the commit id.
    pub fn commit_all(&self, dir: &Path, message: &str) -> String {
        self.git(dir, &["add", "-A"]);
        let author = ["-c", "user.name=Test", "-c", "user.email=test@example.com"];
        self.git(
            dir,
            &[&author[..], &["commit", "-q", "-m", message]].concat(),
        );
        self.git(dir, &["rev-parse", "HEAD"])
    }
}
