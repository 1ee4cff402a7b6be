//! The official Heroku CLI's stored login, read as it reads it (heroku-cli-command's
//! credential manager): with the email its `login.json` names, the OS keyring entry of service
//! `heroku-cli` and that account; then the netrc entry whose machine is the API host (its
//! `login` is the email, its `password` the token).

use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::env;

/// The keyring service the official CLI stores its token under.
const SERVICE: &str = "heroku-cli";

/// A token the official CLI stored, and where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub token: String,
    pub email: Option<String>,
    /// Shown to the user: a file path, or the keyring entry.
    pub place: String,
}

fn home() -> Option<PathBuf> {
    env::HOME
        .get_os()
        .or_else(|| env::USERPROFILE.get_os())
        .map(PathBuf::from)
}

/// `$NETRC`, else `~/.netrc` (`~/_netrc` on Windows).
pub fn netrc_path() -> Option<PathBuf> {
    if let Some(path) = env::NETRC.get_os().filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let name = if cfg!(windows) { "_netrc" } else { ".netrc" };
    home().map(|h| h.join(name))
}

/// The `login` and `password` of `machine` in a netrc text. Comment lines and `macdef`
/// bodies are skipped; the first entry for a machine wins, as in the official parser.
pub fn netrc_entry(text: &str, machine: &str) -> Option<(Option<String>, Option<String>)> {
    let mut words = Vec::new();
    let mut in_macro = false;
    for line in text.lines() {
        if in_macro {
            in_macro = !line.trim().is_empty();
            continue;
        }
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        while let Some(word) = parts.next() {
            if word == "macdef" {
                parts.next();
                in_macro = true;
                break;
            }
            words.push(word);
        }
    }
    let mut i = 0;
    while i < words.len() {
        if words[i] == "machine" && words.get(i + 1) == Some(&machine) {
            let (mut login, mut password) = (None, None);
            let mut j = i + 2;
            while j + 1 < words.len() && !matches!(words[j], "machine" | "default") {
                match words[j] {
                    "login" => login = Some(words[j + 1].to_string()),
                    "password" => password = Some(words[j + 1].to_string()),
                    _ => {}
                }
                j += 2;
            }
            return Some((login, password));
        }
        i += 1;
    }
    None
}

/// The official CLI's data directory (oclif's): `HEROKU_DATA_DIR`, else `XDG_DATA_HOME/heroku`,
/// `%LOCALAPPDATA%\heroku` on Windows, `~/.local/share/heroku`.
fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = env::HEROKU_DATA_DIR.get_os().filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let base = env::XDG_DATA_HOME
        .get_os()
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            cfg!(windows)
                .then(|| env::LOCALAPPDATA.get_os().map(PathBuf::from))
                .flatten()
        })
        .or_else(|| home().map(|h| h.join(".local/share")))?;
    Some(base.join("heroku"))
}

/// The email the official CLI last logged in as (`login.json`), which keys its keyring entry.
fn logged_in_email() -> Option<String> {
    let text = std::fs::read_to_string(data_dir()?.join("login.json")).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    value["account"]
        .as_str()
        .filter(|a| !a.is_empty())
        .map(str::to_string)
}

/// The keyring command the official CLI uses on this system, asking for `email`'s token.
fn keyring_command(email: &str) -> Command {
    if cfg!(target_os = "macos") {
        let mut cmd = Command::new("security");
        cmd.args(["find-generic-password", "-a", email, "-s", SERVICE, "-w"]);
        cmd
    } else if cfg!(windows) {
        let script = format!(
            "[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,\
             ContentType=WindowsRuntime]; $c = (New-Object Windows.Security.Credentials.PasswordVault)\
             .Retrieve('{SERVICE}', '{}'); $c.RetrievePassword(); $c.Password",
            email.replace('\'', "''")
        );
        let mut cmd = Command::new("powershell");
        cmd.args(["-NoProfile", "-NonInteractive", "-Command", &script]);
        cmd
    } else {
        let mut cmd = Command::new("secret-tool");
        cmd.args(["lookup", "service", SERVICE, "account", email]);
        cmd
    }
}

/// The token of the keyring entry (service `heroku-cli`, account `email`), if the keyring tool
/// is there and has one. It gets a few seconds: a locked keyring must not hang belt.
fn keyring_token(email: &str) -> Option<String> {
    let mut child = keyring_command(email)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => break,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    let mut out = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take()?, &mut out).ok()?;
    Some(out.trim().to_string()).filter(|t| !t.is_empty())
}

/// The official CLI's token for the API host `api_host` (`api.heroku.com`, or the host and
/// port of `HEROKU_HOST`), if it has one.
pub fn find(api_host: &str) -> Option<Found> {
    if let Some(email) = logged_in_email()
        && let Some(token) = keyring_token(&email)
    {
        return Some(Found {
            token,
            place: format!("the OS keyring (service {SERVICE}, account {email})"),
            email: Some(email),
        });
    }
    let path = netrc_path()?;
    let text = std::fs::read_to_string(&path).ok()?;
    let (login, password) = netrc_entry(&text, api_host)?;
    Some(Found {
        token: password.filter(|p| !p.is_empty())?,
        email: login,
        place: format!("{} (machine {api_host})", path.display()),
    })
}

#[cfg(test)]
mod tests {
    use super::netrc_entry;

    #[test]
    fn netrc_entries_inline_multiline_and_macros() {
        let text = "# a comment\nmachine git.heroku.com login a@x.io password git-token\n\
                    macdef init\n  machine api.heroku.com password nope\n\n\
                    machine api.heroku.com\n  login me@x.io\n  password api-token\n\
                    machine api.heroku.com login later password ignored\n";
        assert_eq!(
            netrc_entry(text, "api.heroku.com"),
            Some((Some("me@x.io".into()), Some("api-token".into())))
        );
        assert_eq!(
            netrc_entry(text, "git.heroku.com").unwrap().1.as_deref(),
            Some("git-token")
        );
        assert_eq!(netrc_entry(text, "localhost:5443"), None);
        assert_eq!(
            netrc_entry("machine h password", "h"),
            Some((None, None)),
            "a value cut off is no value"
        );
    }
}
