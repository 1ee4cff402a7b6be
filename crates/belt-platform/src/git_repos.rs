//! Each app's bare git repository under `DATA/repos/NAME.git`, whose `pre-receive` hook runs
//! `belt __git-receive`: a push to `main` or `master` builds the pushed commit, and a failed
//! build rejects the push. The same repositories serve `git push` to the embedded platform
//! (a path) and to `belt serve` (smart HTTP through `git http-backend`).

use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use super::access::{self, Access, Action};
use super::domain_error::DomainError;
use super::users::Actor;
use super::{Platform, REPOS_DIR, apps, release_phase, slug_compiler};
use crate::error::{Error, Result};

/// The internal belt subcommand a repository's `pre-receive` hook runs ([`receive_main`]).
pub const GIT_RECEIVE_COMMAND: &str = "__git-receive";
/// Tells the hook the platform's public URL when it runs under `belt serve`.
pub(crate) const PUBLIC_URL_ENV: &str = "BELT_PUBLIC_URL";

/// Branches whose pushes deploy.
const DEPLOY_REFS: &[&str] = &["refs/heads/main", "refs/heads/master"];

pub(crate) fn repos_dir(platform: &Platform) -> PathBuf {
    platform.data_dir().join(REPOS_DIR)
}

pub(crate) fn repo_path(platform: &Platform, name: &str) -> PathBuf {
    repos_dir(platform).join(format!("{name}.git"))
}

/// Creates (or repairs) the app's bare repository and its hook. It writes the few files of an
/// empty bare repository itself rather than running `git init`: this happens inside the
/// app-create transaction, which holds the store's write lock, so it must not wait on a process.
pub(crate) fn create_repo(platform: &Platform, name: &str, app_id: &str) -> Result<()> {
    let path = repo_path(platform, name);
    for dir in [
        "objects/info",
        "objects/pack",
        "refs/heads",
        "refs/tags",
        "hooks",
        "info",
    ] {
        let dir = path.join(dir);
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    }
    for (file, contents) in [
        ("HEAD", "ref: refs/heads/main\n"),
        (
            "config",
            "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n",
        ),
    ] {
        let file = path.join(file);
        if !file.exists() {
            std::fs::write(&file, contents).map_err(|e| Error::io(&file, e))?;
        }
    }
    let hook = path.join("hooks").join("pre-receive");
    std::fs::write(&hook, hook_script(platform.data_dir(), app_id))
        .map_err(|e| Error::io(&hook, e))?;
    make_executable(&hook)
}

/// Moves the repository along with an app's rename (the hook names the app by id).
pub(crate) fn rename_repo(platform: &Platform, from: &str, to: &str) -> Result<()> {
    let (old, new) = (repo_path(platform, from), repo_path(platform, to));
    match std::fs::rename(&old, &new) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(&old, e)),
        _ => Ok(()),
    }
}

pub(crate) fn remove_repo(platform: &Platform, name: &str) {
    let _ = std::fs::remove_dir_all(repo_path(platform, name));
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The hook runs this belt by its absolute path, or the one on PATH once that is gone.
fn hook_script(data_dir: &Path, app_id: &str) -> String {
    let exe = crate::procs::this_program()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "belt".into());
    format!(
        "#!/bin/sh\n# Installed by belt: a push to main or master builds and releases the app.\n\
         belt={}\n[ -x \"$belt\" ] || belt=belt\nexec \"$belt\" {GIT_RECEIVE_COMMAND} --data-dir {} --app {}\n",
        quote(&exe),
        quote(&data_dir.to_string_lossy()),
        quote(app_id)
    )
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| Error::io(path, e))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}

/// The `pre-receive` hook, `belt __git-receive --data-dir DIR --app ID` (not a user command,
/// so not in the clap tree): reads git's `old new ref` lines and builds the deploy branch's
/// new commit. Its output reaches the pusher as `remote:` lines; non-zero rejects the push.
pub fn receive_main(args: &[OsString]) -> Result<i32> {
    let (data_dir, app_id) = match args {
        [d, dir, a, app] if d == "--data-dir" && a == "--app" => {
            (PathBuf::from(dir), app.to_string_lossy().into_owned())
        }
        _ => {
            return Err(Error::Usage(format!(
                "usage: belt {GIT_RECEIVE_COMMAND} --data-dir DIR --app ID < UPDATES"
            )));
        }
    };
    match receive(&data_dir, &app_id) {
        Ok(()) => Ok(0),
        Err(e) => {
            say(&format!(" !     {e}"));
            Ok(1)
        }
    }
}

/// The app and its pusher, once the pusher may still deploy to it: checked again here, when
/// the push arrives, so a collaborator removed since the HTTP request cannot deploy. The
/// pusher is `REMOTE_USER` (git http-backend's, which the hook inherits); a push without one
/// (a local one) deploys as the app's owner, with the repository's rights.
fn pusher_may_deploy(
    platform: &Platform,
    app_id: &str,
    pusher: Option<String>,
) -> Result<(apps::App, Actor)> {
    let refused = std::sync::Arc::default();
    let slot = std::sync::Arc::clone(&refused);
    let found = platform.store().read(move |conn| {
        let app = apps::find(conn, app_id)?
            .ok_or_else(|| DomainError::not_found("app", "this app no longer exists"))?;
        let by = match pusher {
            Some(email) => access::user_named(conn, &email)?.ok_or_else(|| {
                DomainError::forbidden(format!("You do not have access to the app {}.", app.name))
            })?,
            None => Actor {
                id: app.owner_id.clone(),
                email: app.owner_email.clone(),
            },
        };
        Access::resolve(conn, &app, by.clone(), slot)?.require(&Action::Deploy)?;
        Ok::<_, DomainError>((app, by))
    });
    if let Some(refusal) = refused.lock().ok().and_then(|mut slot| slot.take()) {
        platform
            .store()
            .write(|tx| access::record(tx, &refusal))
            .map_err(|e| Error::Platform(e.to_string()))?;
    }
    found.map_err(|e| match e {
        DomainError::NotFound { message, .. } => Error::NotFound(message),
        e => Error::Failed(e.to_string()),
    })
}

/// One line to the pusher, at once (git relays it as `remote: ...`).
fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|_| out.flush());
}

fn receive(data_dir: &Path, app_id: &str) -> Result<()> {
    let updates: Vec<(String, String)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(|line| line.ok())
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let (_old, new, name) = (parts.next()?, parts.next()?, parts.next()?);
            Some((new.to_string(), name.to_string()))
        })
        .collect();
    let deleted = |sha: &str| sha.bytes().all(|b| b == b'0');
    for (new, name) in &updates {
        if !DEPLOY_REFS.contains(&name.as_str()) {
            say(&format!(
                "Pushed to non-deploy branch {name}; nothing was built."
            ));
        } else if deleted(new) {
            return Err(Error::Failed(format!(
                "{name} cannot be deleted: it is what is deployed"
            )));
        }
    }
    let Some((sha, _)) = updates
        .iter()
        .rev()
        .find(|(new, name)| DEPLOY_REFS.contains(&name.as_str()) && !deleted(new))
    else {
        return Ok(());
    };
    let platform = Platform::open(data_dir, std::env::var(PUBLIC_URL_ENV).ok())?;
    let pusher = std::env::var("REMOTE_USER").ok().filter(|u| !u.is_empty());
    let (app, by) = pusher_may_deploy(&platform, app_id, pusher)?;
    let source = slug_compiler::SourceInfo {
        commit: Some(sha.clone()),
        // The commit's subject, read by the build with the commit.
        commit_description: None,
    };
    // The slug is built from git's own blobs: only those the slug store lacks are read.
    let repo = repo_path(&platform, &app.name);
    let input = slug_compiler::Input::Commit {
        repo: &repo,
        commit: sha,
    };
    let outcome = slug_compiler::run(&platform, &app, &by, input, source, &mut |line| say(line));
    let built = match outcome {
        Ok(built) => built,
        // Already told to the pusher by the build.
        Err(_) => return Err(Error::Failed(format!("Push rejected to {}.", app.name))),
    };
    say("");
    say("Verifying deploy... done.");
    let Some(pending) = built.pending else {
        return Ok(());
    };
    // Heroku's git server waits for the release command and relays its output.
    release_phase::start_blocking(&platform, pending);
    say("Running release command...");
    say("");
    let passed =
        release_phase::follow_blocking(&platform, &built.release.id, &mut |line| say(line));
    if passed {
        say("Waiting for release.... done.");
        return Ok(());
    }
    say("Waiting for release.... failed.");
    // Unlike Heroku's git server (which accepts the push), the push is rejected: the failure
    // shows in git's exit status, and pushing the same commit again retries it.
    let version = built.release.version;
    Err(Error::Failed(format!(
        "Release command failed: v{version} is not current (see `releases:output v{version}`). Push rejected to {}.",
        app.name
    )))
}

#[cfg(test)]
mod tests {
    use crate::Platform;

    /// The hook checks the pusher again when the push arrives: a collaborator removed since
    /// is refused, with the refusal in the app's log.
    #[test]
    fn the_hook_refuses_a_pusher_who_may_no_longer_deploy() {
        let dir = tempfile::tempdir().expect("tempdir");
        let platform = Platform::open(dir.path(), None).expect("platform");
        platform.create_user("collab@example.com").expect("user");
        let app_id = platform
            .store()
            .write(|tx| {
                let owner = crate::users::ensure(tx, "owner@example.com")?;
                let collab = crate::users::ensure(tx, "collab@example.com")?;
                let (id, now) = (crate::util::new_id(), crate::util::timestamp(crate::util::now()));
                tx.execute(
                    "INSERT INTO apps (id, name, owner_id, region, stack, build_stack, created_at, updated_at)
                     VALUES (?1, 'pushed', ?2, 'us', 'heroku-24', 'heroku-24', ?3, ?3)",
                    rusqlite::params![id, owner, now],
                )?;
                tx.execute(
                    "INSERT INTO collaborators (id, app_id, user_id, created_at, updated_at)
                     VALUES ('c1', ?1, ?2, ?3, ?3)",
                    rusqlite::params![id, collab, now],
                )?;
                Ok::<_, rusqlite::Error>(id)
            })
            .expect("rows");
        let pusher = || Some("collab@example.com".to_string());
        let (app, by) = super::pusher_may_deploy(&platform, &app_id, pusher()).expect("allowed");
        assert_eq!(
            (app.name.as_str(), by.email.as_str()),
            ("pushed", "collab@example.com")
        );
        let (_, by) = super::pusher_may_deploy(&platform, &app_id, None).expect("local push");
        assert_eq!(by.email, "owner@example.com");

        platform
            .store()
            .write(|tx| tx.execute("DELETE FROM collaborators WHERE id = 'c1'", []))
            .expect("removed");
        let refused = super::pusher_may_deploy(&platform, &app_id, pusher()).map(|_| ());
        let message = refused.expect_err("refused").to_string();
        assert!(
            message.contains("You do not have access to the app pushed."),
            "{message}"
        );
        let events = platform
            .recent_events("pushed", 10)
            .expect("events")
            .unwrap_or_default();
        assert_eq!(
            events.last().map(|e| e.message.as_str()),
            Some("Refused deploy (needs collaborator) for user collab@example.com")
        );
    }

    #[test]
    fn hook_quotes_its_arguments() {
        let script = super::hook_script(std::path::Path::new("/data/it's"), "id-1");
        assert!(script.starts_with("#!/bin/sh\n"), "{script}");
        assert!(
            script.contains(r"--data-dir '/data/it'\''s' --app 'id-1'"),
            "{script}"
        );
    }
}
