//! The committed completions/ and man/ must match what the current clap tree generates, and
//! the README's generated sections what src/env.rs and src/error.rs declare.
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
    let top_page = with_environment_section(render_man(root.clone()));
    files.push((Path::new("man").join("belt.1"), top_page));
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
    if regenerating() {
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

fn regenerating() -> bool {
    belt::env::BELT_REGENERATE.get_os().is_some()
}

/// The top page with an ENVIRONMENT section (from src/env.rs) before its VERSION section.
fn with_environment_section(page: Vec<u8>) -> Vec<u8> {
    let escape = |text: &str| {
        text.replace('\\', r"\\")
            .replace('-', r"\-")
            .replace('\'', r"\*(Aq")
    };
    let mut section = String::from(".SH ENVIRONMENT\n");
    for var in belt::env::ALL {
        if var.kind != belt::env::Kind::Development {
            section.push_str(&format!(
                ".TP\n\\fB{}\\fR\n{}; default: {}.\n",
                escape(var.name),
                escape(var.doc),
                escape(var.default)
            ));
        }
    }
    let page = String::from_utf8(page).expect("man page is UTF-8");
    let at = page.find("\n.SH VERSION\n").map_or(page.len(), |i| i + 1);
    let mut out = page;
    out.insert_str(at, &section);
    out.into_bytes()
}

/// The README's generated sections: the marker name and the text between its markers.
fn readme_sections() -> Vec<(&'static str, String)> {
    use belt::env::Kind;
    let mut env = String::from(
        "\n## Environment variables\n\n\
         Every variable belt reads (declared in `src/env.rs`). belt sets `BELT_APP`,\n\
         `BELT_ACCOUNT` and `BELT_API_URL` for the plugins it runs.\n",
    );
    let kinds = [
        (Kind::Belt, "belt's own"),
        (
            Kind::HerokuCli,
            "The official Heroku CLI's, meaning what they mean to it",
        ),
        (Kind::System, "The system's and other tools'"),
        (Kind::Development, "For belt's tests"),
    ];
    let mut listed = 0;
    for (kind, title) in kinds {
        env.push_str(&format!(
            "\n### {title}\n\n| variable | what it does | default |\n|---|---|---|\n"
        ));
        for var in belt::env::ALL.iter().filter(|var| var.kind == kind) {
            env.push_str(&format!(
                "| `{}` | {} | {} |\n",
                var.name, var.doc, var.default
            ));
            listed += 1;
        }
    }
    assert_eq!(
        listed,
        belt::env::ALL.len(),
        "a kind of variable has no title"
    );
    env.push('\n');
    let mut exits = String::from("\n| code | meaning |\n|---|---|\n");
    for exit in belt::error::EXIT_CODES {
        exits.push_str(&format!(
            "| {} | {}{} |\n",
            exit.code, exit.summary, exit.detail
        ));
    }
    exits.push('\n');
    vec![("env", env), ("exit-codes", exits)]
}

/// `text` with what lies between `<!-- NAME:start -->` and `<!-- NAME:end -->` replaced by
/// `content`; None when the markers are missing.
fn splice(text: &str, name: &str, content: &str) -> Option<String> {
    let start = format!("<!-- {name}:start -->");
    let end = format!("<!-- {name}:end -->");
    let from = text.find(&start)? + start.len();
    let to = from + text[from..].find(&end)?;
    Some(format!("{}{content}{}", &text[..from], &text[to..]))
}

#[test]
fn readme_sections_are_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut expected = readme.clone();
    for (name, content) in readme_sections() {
        expected = splice(&expected, name, &content)
            .unwrap_or_else(|| panic!("README.md lacks the <!-- {name}:start/end --> markers"));
    }
    if regenerating() {
        std::fs::write(&path, expected).unwrap();
        return;
    }
    assert!(
        readme == expected,
        "README.md's generated sections are stale\nregenerate them with: {REGENERATE}"
    );
}
