//! The committed completions/ and man/ must match what the current clap tree generates.
//! Regenerate them with: BELT_REGENERATE=1 cargo test --test generated

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

const REGENERATE: &str = "BELT_REGENERATE=1 cargo test --test generated";

fn expected_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "belt.bash"),
        (Shell::Zsh, "_belt"),
        (Shell::Fish, "belt.fish"),
        (Shell::PowerShell, "_belt.ps1"),
        (Shell::Elvish, "belt.elv"),
    ] {
        let script = belt::commands::completions::render(shell);
        files.push((Path::new("completions").join(name), script.into_bytes()));
    }
    let root = belt::cli::Cli::command();
    files.push((Path::new("man").join("belt.1"), render_man(root.clone())));
    for command in root.get_subcommands() {
        if command.get_name() == "help" {
            continue;
        }
        // One page per command; ':' is not welcome in file names everywhere.
        let page = command
            .clone()
            .name(format!("belt-{}", command.get_name().replace(':', "-")))
            .bin_name(format!("belt {}", command.get_name()));
        let file = format!("{}.1", page.get_name());
        files.push((Path::new("man").join(file), render_man(page)));
    }
    files
}

fn render_man(command: clap::Command) -> Vec<u8> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(command)
        .source(format!("belt {}", env!("CARGO_PKG_VERSION")))
        .render(&mut buffer)
        .expect("render man page");
    buffer
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected = expected_files();
    if std::env::var_os("BELT_REGENERATE").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, bytes) in &expected {
            std::fs::write(root.join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &expected {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = Path::new(dir).join(entry.file_name());
            if !expected.iter().any(|(p, _)| *p == path) {
                stale.push(format!("{} (no longer generated)", path.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}\nregenerate them with: {REGENERATE}",
        stale.join(", ")
    );
}

#[test]
fn completions_command_prints_the_committed_script() {
    let out = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("belt"))
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/belt.bash"),
    )
    .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        committed.trim_end()
    );
}
