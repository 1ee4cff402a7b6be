//! Programs a test needs from a package registry, installed once per target directory.

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

/// Installs into `name` under the target directory's tmp with `install(dir)`, aside first and
/// moved in whole, so an interrupted install is never reused; returns the directory.
pub fn installed(name: &str, install: impl Fn(&Path)) -> PathBuf {
    // Tests of one binary wait for the first one's install instead of each making its own.
    static INSTALLING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join(name);
    if dir.exists() {
        return dir;
    }
    // Aside in a place of its own: tests installing at once must not share (and remove) it.
    let partial = tmp.join(format!("{name}.partial-{}", uuid::Uuid::new_v4().simple()));
    install(&partial);
    // Another test binary may have won the race: its copy is as good.
    if std::fs::rename(&partial, &dir).is_err() {
        let _ = std::fs::remove_dir_all(&partial);
    }
    dir
}

/// `package` (`name@version`) from the npm registry, [`installed`] on first use; returns the
/// prefix whose `node_modules` holds it.
pub fn npm_installed(package: &str) -> PathBuf {
    installed(&package.replace('@', "-"), |dir| {
        std::fs::create_dir_all(dir).expect("mkdir");
        let status = StdCommand::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--prefix",
            ])
            .arg(dir)
            .arg(package)
            .status()
            .unwrap_or_else(|e| {
                panic!("this test needs npm (Node.js) on PATH to install {package}: {e}")
            });
        assert!(status.success(), "npm install {package} failed: {status}");
    })
}
