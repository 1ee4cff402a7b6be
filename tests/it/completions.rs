//! The committed completion scripts complete both spellings in real shells: bash through its
//! completion function, zsh interactively under a pseudo-terminal.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::mpsc;

use crate::harness::env;
use std::time::{Duration, Instant};

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

/// Types `input` into an interactive zsh (under util-linux `script` for a terminal) once its
/// prompt is up, and returns what the terminal showed until `expect` appeared.
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
    let mut child = env::command("script")
        .args(["-qc", "zsh -i", "/dev/null"])
        .env("ZDOTDIR", zdotdir.path())
        .env("TERM", "dumb")
        .env("PATH", path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("zsh under script (scripts/install-test-deps installs zsh)");
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut stdin = child.stdin.take().unwrap();
    let mut screen = String::new();
    // A guard against hanging, not a timing assertion.
    let deadline = Instant::now() + Duration::from_secs(30);
    let wait_for = |wanted: &str, screen: &mut String| {
        while !screen.contains(wanted) {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(bytes) => screen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => panic!("zsh never showed {wanted:?}; screen: {screen:?}"),
            }
        }
    };
    wait_for("READY> ", &mut screen);
    screen.clear();
    stdin.write_all(input.as_bytes()).unwrap();
    wait_for(expect, &mut screen);
    let _ = stdin.write_all(b"\x15exit\n");
    drop(stdin);
    let _ = child.kill();
    let _ = child.wait();
    screen
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
