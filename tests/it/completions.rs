//! The committed completion scripts complete both spellings in real shells: bash through its
//! completion function, zsh interactively under a pseudo-terminal.

use std::path::Path;

use serde_json::json;

use crate::harness::{env, pty};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What bash's completion function offers for `line` (the cursor at its end).
fn bash_complete(line: &str) -> Vec<String> {
    let script = format!(
        r#"source "{}/completions/belt.bash"
COMP_LINE='{line}'
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_POINT=${{#COMP_LINE}}
_belt belt "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        repo().display()
    );
    let out = env::command("bash")
        .args(["-c", &script])
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn bash_completes_both_spellings() {
    let registered = env::command("bash")
        .args([
            "-c",
            &format!(
                "source {}/completions/belt.bash; complete -p belt",
                repo().display()
            ),
        ])
        .output()
        .expect("bash");
    assert!(String::from_utf8_lossy(&registered.stdout).contains("-F _belt belt"));

    assert_eq!(bash_complete("belt apps:c"), vec!["apps:create"]);
    assert_eq!(bash_complete("belt addons:a"), vec!["addons:add"]);
    assert_eq!(bash_complete("belt addons a"), vec!["add"]);
    assert_eq!(bash_complete("belt apps c"), vec!["create"]);
    let mut both = bash_complete("belt maintenance:o");
    both.sort();
    assert_eq!(both, vec!["maintenance:off", "maintenance:on"]);
    let mut nested = bash_complete("belt maintenance o");
    nested.sort();
    assert_eq!(nested, vec!["off", "on"]);
}

/// Types `input` into an interactive zsh on a terminal (the pty driver) once its prompt is up,
/// and, once `expect` showed, ends the session; returns all the terminal showed.
fn zsh_session(input: &str, expect: &str) -> String {
    let zdotdir = tempfile::tempdir().unwrap();
    std::fs::write(
        zdotdir.path().join(".zshrc"),
        format!(
            "fpath=({}/completions $fpath)\nautoload -U compinit && compinit -u -d {}/zcompdump\n\
             zstyle ':completion:*' menu no\nPROMPT='READY> '\n",
            repo().display(),
            zdotdir.path().display()
        ),
    )
    .unwrap();
    let bin_dir = crate::harness::belt_program()
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut python3 = env::command("python3");
    python3
        .env("ZDOTDIR", zdotdir.path())
        .env("TERM", "dumb")
        .env("PATH", path);
    // Ctrl-U clears the completed line, then the shell is left.
    let steps = json!([["READY> ", input], [expect, "\x15exit\n"]]);
    // The driver execs a path: env finds zsh (scripts/install-test-deps installs it) on PATH.
    let ran = pty::run(pty::driver(python3, "/usr/bin/env", ["zsh", "-i"], &steps));
    assert_eq!(
        ran.modes.len(),
        2,
        "zsh never showed {expect:?}: {}",
        ran.output
    );
    assert_eq!(ran.status, 0, "{}", ran.output);
    ran.output
}

#[test]
fn zsh_completes_both_spellings() {
    zsh_session("belt apps:c\t", "belt apps:create ");
    zsh_session("belt apps c\t", "belt apps create ");
    zsh_session("belt addons:a\t", "belt addons:add ");
    zsh_session("belt addons a\t", "belt addons add ");
    let listing = zsh_session("belt maintenance:o\t", "maintenance:on");
    assert!(listing.contains("maintenance:off"), "{listing}");
}
