//! Deploys: `git push` to the embedded platform's repositories and to `belt serve` over
//! HTTPS, and `belt deploy` of a directory through the Sources and Builds APIs: the upload
//! as a presigned S3 URL takes it, the build output as plain text or events, resumed when
//! the stream drops.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crate::harness::curl::{curl, curl_api, procfile_tarball, upload};
use crate::harness::standin::{self, StandIn};
use crate::harness::{Sandbox, Server};
use serde_json::{Value, json};

mod builds;

const PROCFILE: &str = "web: bin/web --port $PORT\nworker: bin/worker\nscheduler: bin/tick\n";

/// A new git repository `name` in the sandbox with a Procfile, committed on `main`.
fn repo(sb: &Sandbox, name: &str) -> PathBuf {
    let dir = sb.path(name);
    std::fs::create_dir_all(&dir).unwrap();
    sb.git(&dir, &["-c", "init.defaultBranch=main", "init", "-q"]);
    std::fs::write(dir.join("Procfile"), PROCFILE).unwrap();
    sb.commit_all(&dir, "first deploy");
    dir
}

/// Commits everything in `dir`; returns the new commit's sha.
/// `git push` from `dir` with the sandbox's environment (so the credential helper and the
/// hook see its state); returns (success, everything git printed).
fn push(sb: &Sandbox, dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> (bool, String) {
    let mut cmd = sb.std_command("git");
    cmd.current_dir(dir)
        .arg("push")
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("run git push");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

fn descriptions(releases: &[Value]) -> Vec<String> {
    releases
        .iter()
        .map(|r| r["description"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A slug as the embedded platform's API returns it.
fn slug(sb: &Sandbox, app: &str, id: &str) -> Value {
    let rt = crate::harness::runtime();
    rt.block_on(async {
        let platform = belt_platform::start_embedded(&sb.data_dir().join("platform"))
            .await
            .expect("platform");
        crate::harness::http_client()
            .get(format!("{}/apps/{app}/slugs/{id}", platform.url))
            .bearer_auth(&platform.token)
            .header("Accept", "application/vnd.heroku+json; version=3")
            .send()
            .await
            .expect("slug request")
            .json()
            .await
            .expect("slug json")
    })
}

#[test]
fn git_push_builds_the_procfile_and_releases_the_commit() {
    let sb = Sandbox::new();
    let dir = repo(&sb, "repo");
    let sha = sb.git(&dir, &["rev-parse", "HEAD"]);
    let short = &sha[..7];
    sb.belt_in(&dir)
        .args(["create", "demo-app"])
        .assert()
        .success();

    let (ok, out) = push(&sb, &dir, &["heroku", "main"], &[]);
    assert!(ok, "{out}");
    for line in [
        "remote: -----> Building on the Heroku-24 stack",
        "remote:        Procfile declares types -> scheduler, web, worker",
        "remote: -----> Compressing...",
        "remote:        Released v2",
        &format!(
            "remote:        http://demo-app.localhost:{}/ deployed to Heroku",
            crate::harness::env::router_port(sb.root.path())
        ),
        "remote: Verifying deploy... done.",
    ] {
        assert!(out.contains(line), "{line:?} missing from:\n{out}");
    }
    assert!(
        sb.ok(&["releases", "-a", "demo-app"])
            .contains(&format!("Deploy {short}"))
    );
    let release = sb.json(&["releases:info", "-a", "demo-app"]);
    assert_eq!(release["description"], format!("Deploy {short}"));
    let slug = slug(
        &sb,
        "demo-app",
        release["slug"]["id"].as_str().expect("slug id"),
    );
    assert_eq!(slug["commit"], sha.as_str());
    assert_eq!(slug["commit_description"], "first deploy");
    assert_eq!(slug["process_types"]["scheduler"], "bin/tick");
    assert_eq!(slug["process_types"].as_object().unwrap().len(), 3);
    // One-off dynos run in the deployed tree.
    assert_eq!(
        sb.ok(&["run", "-a", "demo-app", "--", "cat", "Procfile"]),
        PROCFILE
    );

    // A malformed Procfile: the push is rejected with the reason, and nothing is released.
    std::fs::write(dir.join("Procfile"), format!("{PROCFILE}no colon here\n")).unwrap();
    sb.commit_all(&dir, "broken");
    let (ok, out) = push(&sb, &dir, &["heroku", "HEAD:main"], &[]);
    assert!(!ok, "{out}");
    assert!(out.contains("Procfile line 4"), "{out}");
    assert!(out.contains("pre-receive hook declined"), "{out}");
    let releases = sb.releases("demo-app");
    assert_eq!(releases.len(), 2, "{:?}", descriptions(&releases));
    assert_eq!(
        sb.ok(&["run", "-a", "demo-app", "--", "cat", "Procfile"]),
        PROCFILE
    );
}

#[test]
fn git_repositories_follow_renames_and_destroys() {
    let sb = Sandbox::new();
    let dir = repo(&sb, "repo");
    sb.belt_in(&dir)
        .args(["create", "old-name"])
        .assert()
        .success();
    sb.ok(&["apps:rename", "new-name", "-a", "old-name"]);
    let repos = sb.data_dir().join("platform").join("repos");
    assert!(!repos.join("old-name.git").exists());
    assert!(repos.join("new-name.git").is_dir());
    let stdout = sb.ok_in(&dir, &["git:remote", "-a", "new-name"]);
    assert!(stdout.starts_with("set git remote heroku to "), "{stdout}");
    assert!(stdout.trim_end().ends_with("new-name.git"), "{stdout}");
    let (ok, out) = push(&sb, &dir, &["heroku", "main"], &[]);
    assert!(ok && out.contains("Released v2"), "{out}");
    sb.ok(&["destroy", "-a", "new-name", "--confirm", "new-name"]);
    assert!(!repos.join("new-name.git").exists());
}

#[test]
fn deploy_of_a_directory_builds_and_a_failing_build_releases_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "dir-app"]);
    let site = sb.work().join("site");
    std::fs::create_dir_all(site.join(".git")).unwrap();
    std::fs::write(site.join(".git/secret"), "not deployed").unwrap();
    std::fs::write(site.join("Procfile"), PROCFILE).unwrap();

    // --dry-run prints the requests and sends none.
    let dry = sb.ok(&["deploy", "site", "-a", "dir-app", "--dry-run"]);
    assert!(
        dry.contains("POST") && dry.contains("/apps/dir-app/builds"),
        "{dry}"
    );
    assert!(
        sb.json(&["builds", "-a", "dir-app"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    let out = sb.ok(&["deploy", "site", "-a", "dir-app"]);
    assert!(
        out.contains("Procfile declares types -> scheduler, web, worker"),
        "{out}"
    );
    assert!(out.contains("Released v2"), "{out}");
    assert_eq!(sb.releases("dir-app")[0]["description"], "Deploy");
    assert_eq!(
        sb.ok(&["run", "-a", "dir-app", "--", "cat", "Procfile"]),
        PROCFILE
    );
    assert_eq!(
        sb.ok(&["run", "-a", "dir-app", "--", "ls", "-a"]),
        ".\n..\nProcfile\n"
    );
    let build = sb.json(&["builds:info", "-a", "dir-app"]);
    assert_eq!(build["status"], "succeeded");
    assert!(build["slug"]["id"].is_string() && build["release"]["id"].is_string());

    std::fs::write(site.join("Procfile"), "web: ok\nweb: twice\n").unwrap();
    let (code, stdout, stderr) = sb.fails(&["deploy", "site", "-a", "dir-app"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.contains("Procfile line 2: process type web is declared twice"),
        "{stdout}"
    );
    assert!(stderr.contains("no release was made"), "{stderr}");
    assert_eq!(sb.releases("dir-app").len(), 2);
    let builds = sb.json(&["builds", "-a", "dir-app"]);
    assert_eq!(builds[0]["status"], "failed");
    assert_eq!(builds[1]["status"], "succeeded");
    assert!(
        sb.ok(&["builds:output", "-a", "dir-app"])
            .contains("declared twice")
    );
    assert!(sb.ok(&["builds", "-a", "dir-app"]).contains("failed"));
}

#[test]
fn deploy_inside_a_repository_sends_the_committed_tree() {
    let sb = Sandbox::new();
    let dir = repo(&sb, "repo");
    let sha = sb.git(&dir, &["rev-parse", "HEAD"]);
    std::fs::write(dir.join("uncommitted.txt"), "left out").unwrap();
    sb.ok(&["create", "tree-app"]);
    sb.ok_in(&dir, &["deploy", "-a", "tree-app"]);
    assert_eq!(
        sb.releases("tree-app")[0]["description"],
        format!("Deploy {}", &sha[..7])
    );
    assert_eq!(sb.ok(&["run", "-a", "tree-app", "--", "ls"]), "Procfile\n");
}

#[test]
fn deploy_of_a_subdirectory_sends_its_tree_with_checksum_and_subject() {
    let sb = Sandbox::new();
    let dir = repo(&sb, "mono");
    let web = dir.join("web");
    std::fs::create_dir_all(&web).unwrap();
    std::fs::write(web.join("Procfile"), "site: bin/site\n").unwrap();
    sb.commit_all(&dir, "add the site");
    sb.ok(&["create", "sub-app"]);
    // From the subdirectory, its committed tree is the source (not an empty archive).
    let out = sb.ok_in(&web, &["deploy", "-a", "sub-app"]);
    assert!(out.contains("Procfile declares types -> site"), "{out}");
    // The build names every source_blob field the schema has: the tarball's checksum and
    // the commit's subject too.
    let build = sb.json(&["builds:info", "-a", "sub-app"]);
    let blob = &build["source_blob"];
    assert_eq!(blob["version_description"], "add the site");
    let checksum = blob["checksum"].as_str().unwrap();
    let hex = checksum.strip_prefix("SHA256:").unwrap();
    assert!(
        hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        "{checksum}"
    );

    let rt = crate::harness::runtime();
    rt.block_on(async {
        let platform = belt_platform::start_embedded(&sb.data_dir().join("platform"))
            .await
            .expect("platform");
        let http = crate::harness::http_client();
        let call = |method: reqwest::Method, url: String| {
            http.request(method, url)
                .bearer_auth(&platform.token)
                .header("Accept", "application/vnd.heroku+json; version=3")
        };
        // Builds range over `started_at` (and `id`), as the schema says.
        let builds = format!("{}/apps/sub-app/builds", platform.url);
        let listed = call(reqwest::Method::GET, builds.clone())
            .header("Range", "started_at ..; order=desc, max=1")
            .send()
            .await
            .unwrap();
        assert_eq!(listed.status(), 200);
        assert_eq!(listed.headers()["accept-ranges"], "id, started_at");
        let listed: Value = listed.json().await.unwrap();
        assert_eq!(listed[0]["id"], build["id"]);

        // A checksum that is not the upload's is refused before anything is built.
        let source: Value = call(reqwest::Method::POST, format!("{}/sources", platform.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let put = source["source_blob"]["put_url"].as_str().unwrap();
        let uploaded = http.put(put).body("not the tarball").send().await.unwrap();
        assert_eq!(uploaded.status(), 200);
        let get = source["source_blob"]["get_url"].as_str().unwrap();
        for (checksum, message) in [
            (format!("SHA256:{}", "0".repeat(64)), "does not match"),
            ("MD5:abc".to_string(), "SHA256: followed by"),
        ] {
            let refused = call(reqwest::Method::POST, builds.clone())
                .json(&serde_json::json!({"source_blob": {"url": get, "checksum": checksum}}))
                .send()
                .await
                .unwrap();
            assert_eq!(refused.status(), 422);
            let error: Value = refused.json().await.unwrap();
            assert!(
                error["message"].as_str().unwrap().contains(message),
                "{error}"
            );
        }
    });
    assert_eq!(
        sb.json(&["builds", "-a", "sub-app"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A repository bound to `account` (accounts:use), with an app created on its server.
fn bound_repo(sb: &Sandbox, name: &str, account: &str, app: &str) -> PathBuf {
    let dir = repo(sb, name);
    sb.belt_in(&dir)
        .args(["accounts:use", account])
        .assert()
        .success();
    sb.belt_in(&dir).args(["create", app]).assert().success();
    dir
}

fn served_releases(sb: &Sandbox, dir: &Path) -> Vec<String> {
    let releases: Vec<Value> =
        serde_json::from_str(&sb.ok_in(dir, &["releases", "--json"])).unwrap();
    descriptions(&releases)
}

#[test]
fn git_push_over_https_to_two_accounts_servers() {
    let sb = Sandbox::new();
    let one: Server = sb.serve_in("serve-one");
    let two: Server = sb.serve_in("serve-two");
    sb.add_account("a", &one, &one.token);
    sb.add_account("b", &two, &two.token);
    let alpha = bound_repo(&sb, "alpha", "a", "alpha-app");
    let beta = bound_repo(&sb, "beta", "b", "beta-app");
    let url = sb.git(&alpha, &["remote", "get-url", "heroku"]);
    assert_eq!(url, format!("{}/alpha-app.git", one.url));

    // Without belt as the credential helper, the server asks for credentials and git has none.
    let anonymous = sb
        .std_command("git")
        .args(["ls-remote", &url])
        .env("GIT_SSL_CAINFO", &one.ca)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&anonymous.stderr);
    assert_eq!(anonymous.status.code(), Some(128), "{stderr}");
    // git asks for a user name only once the server has answered 401.
    assert!(
        stderr.contains("could not read Username") && stderr.contains("terminal prompts disabled"),
        "{stderr}"
    );

    for (dir, server, app) in [(&alpha, &one, "alpha-app"), (&beta, &two, "beta-app")] {
        let sha = sb.git(dir, &["rev-parse", "HEAD"]);
        let (ok, out) = push(
            &sb,
            dir,
            &["heroku", "main"],
            &[("GIT_SSL_CAINFO", &server.ca)],
        );
        assert!(ok, "{app}: {out}");
        assert!(out.contains("remote:        Released v2"), "{out}");
        assert!(
            out.contains(&format!(
                "{} deployed to Heroku",
                server.router_url.replace('*', app)
            )),
            "{out}"
        );
        assert_eq!(
            served_releases(&sb, dir)[0],
            format!("Deploy {}", &sha[..7])
        );
    }
    // Each server got only its own app's deploy.
    assert_eq!(served_releases(&sb, &alpha).len(), 2);
    assert_eq!(served_releases(&sb, &beta).len(), 2);
}

/// What a `belt deploy` killed mid-build leaves: its build pending, and the process that was
/// running it gone. Such a build reads as failed, and following its output ends instead of
/// waiting forever.
#[test]
fn a_build_whose_process_died_reads_as_failed() {
    let sb = Sandbox::new();
    sb.ok(&["create", "orphan-app"]);
    let site = sb.work().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join("Procfile"), PROCFILE).unwrap();
    sb.ok(&["deploy", "site", "-a", "orphan-app"]);
    // The build ran in that `belt deploy`, which has exited; put the build back to pending,
    // as a kill -9 before its last write would have left it.
    let db = rusqlite::Connection::open(sb.data_dir().join("platform/platform.db")).unwrap();
    let changed = db
        .execute(
            "UPDATE builds SET status = 'pending', slug_id = NULL, release_id = NULL",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(db);

    assert_eq!(
        sb.json(&["builds", "-a", "orphan-app"])[0]["status"],
        "failed"
    );
    assert_eq!(
        sb.json(&["builds:info", "-a", "orphan-app"])["status"],
        "failed"
    );
    let output = sb
        .belt()
        .args(["builds:output", "-a", "orphan-app"])
        // A guard against hanging forever, not a timing assertion.
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Procfile declares types"));
}
