//! kill -9 at random points of writes: 200 belt processes (BELT_CRASH_ITERATIONS) killed
//! at a random point between their start and the end of a write, then `belt serve` killed mid-write and restarted. Afterwards the
//! store is consistent, every acknowledged write (exit 0) is there, and the accounts and
//! credentials files parse, with no readable leftovers.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use crate::harness::stress::{Rng, check_store, knob};
use crate::harness::{Sandbox, run_guarded};

/// Waits for `child` after killing it `delay_ms` in; true when it had already exited 0.
fn kill_after(mut child: Child, delay_ms: u64) -> bool {
    std::thread::sleep(Duration::from_millis(delay_ms));
    let _ = child.kill(); // SIGKILL; fails only when it already exited
    let status = child.wait().expect("wait");
    status.success()
}

/// The files in `dir` ending in `.tmp`, each checked to be private: a write cut short may
/// leave one behind, but it must not expose a token.
fn private_leftovers(dir: &Path) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        if entry.file_name().to_string_lossy().ends_with(".tmp") {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = entry.metadata().unwrap().permissions().mode();
                assert_eq!(mode & 0o077, 0, "{:?} is readable by others", entry.path());
            }
            count += 1;
        }
    }
    count
}

fn parses_as_toml(path: &Path) {
    // Acknowledged accounts were written, so a missing file is a lost write, not an intact one.
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()));
    toml::from_str::<toml::Table>(&text)
        .unwrap_or_else(|e| panic!("{} is damaged: {e}\n{text}", path.display()));
}

#[test]
fn killed_clients_leave_a_consistent_store_and_intact_files() {
    let sb = Sandbox::new();
    let mut rng = Rng::from_env("kill -9 clients");
    let iterations = knob("BELT_CRASH_ITERATIONS", 200);
    sb.ok(&["apps:create", "crash"]);
    // A second platform, for accounts:add to log in to (it writes accounts and credentials).
    let runtime = crate::harness::runtime();
    let other = runtime
        .block_on(belt_platform::start_embedded(&sb.path("other")))
        .unwrap();

    // Kill anywhere from startup to just past the end of a write: as long as one takes here.
    let started = std::time::Instant::now();
    sb.ok(&["config:set", "WARMUP=1", "-a", "crash"]);
    let span = (started.elapsed().as_millis() as u64).clamp(30, 2000) * 5 / 4;
    eprintln!("killing within {span} ms");
    let (mut keys, mut accounts) = (Vec::new(), Vec::new());
    // The checks below are only worth something over acknowledged writes: past `iterations`,
    // go on (up to four times as many) until enough of each kind were acknowledged.
    let min_keys = (iterations / 20).max(1) as usize;
    let min_accounts = (iterations / 80).max(1) as usize;
    let enough = |keys: &Vec<String>, accounts: &Vec<String>| {
        keys.len() >= min_keys && accounts.len() >= min_accounts
    };
    let mut tried = 0;
    for i in 0..iterations * 4 {
        if i >= iterations && enough(&keys, &accounts) {
            break;
        }
        tried += 1;
        let delay = rng.below(span + 1);
        if i % 4 == 3 {
            let name = format!("acct{i}");
            // The token goes in through stdin.
            let mut child = sb
                .std_command(crate::harness::belt_program())
                .args([
                    "accounts:add",
                    &name,
                    "--api-url",
                    &other.url,
                    "--with-token",
                ])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn");
            let _ = child
                .stdin
                .take()
                .unwrap()
                .write_all(other.token.as_bytes());
            if kill_after(child, delay) {
                accounts.push(name);
            }
        } else {
            let key = format!("K{i}");
            let child = sb.spawn(&["config:set", &format!("{key}=v{i}"), "-a", "crash"], &[]);
            if kill_after(child, delay) {
                keys.push(key);
            }
        }
    }
    eprintln!(
        "{} config writes and {} accounts acknowledged of {tried}",
        keys.len(),
        accounts.len()
    );
    assert!(
        enough(&keys, &accounts),
        "only {} config writes and {} accounts acknowledged of {tried} (wanted {min_keys} and {min_accounts})",
        keys.len(),
        accounts.len()
    );

    let states = check_store(&sb.data_dir().join("platform"));
    let config = &states["crash"].config;
    for key in &keys {
        assert!(config.contains_key(key), "acknowledged {key} is missing");
    }
    // A write killed after its commit is there without being acknowledged; never the reverse.
    assert!(states["crash"].versions > keys.len());

    let config_dir = sb.config_dir();
    parses_as_toml(&config_dir.join("accounts.toml"));
    parses_as_toml(&config_dir.join("credentials.toml"));
    let listed = sb.ok(&["accounts"]);
    for name in &accounts {
        assert!(
            listed.contains(name.as_str()),
            "acknowledged {name} is missing: {listed}"
        );
        assert!(!listed.contains(&other.token));
    }
    eprintln!(
        "{} leftover temporary files",
        private_leftovers(&config_dir)
    );
    // And belt still works on top of it all; its next accounts write clears the leftovers.
    let (code, _, stderr) = run_guarded(sb.belt().args(["config:set", "AFTER=1", "-a", "crash"]));
    assert_eq!(code, 0, "{stderr}");
    let add = [
        "accounts:add",
        "after",
        "--api-url",
        &other.url,
        "--with-token",
    ];
    sb.belt()
        .args(add)
        .write_stdin(other.token.as_str())
        .assert()
        .success();
    assert_eq!(private_leftovers(&config_dir), 0);
}

#[test]
fn a_killed_server_restarts_with_every_acknowledged_write() {
    let sb = Sandbox::new();
    let mut rng = Rng::from_env("kill -9 belt serve");
    let rounds = knob("BELT_CRASH_SERVER_ROUNDS", 8);
    let mut keys = Vec::new();
    let mut data_dir = None;
    for round in 0..rounds {
        let server = sb.serve_in("srv");
        let ca = server.ca.to_string_lossy().into_owned();
        let env = [
            ("BELT_API_URL", server.url.as_str()),
            ("BELT_API_KEY", server.token.as_str()),
            ("SSL_CERT_FILE", ca.as_str()),
        ];
        if round == 0 {
            let (code, _, stderr) =
                run_guarded(sb.belt().args(["apps:create", "srv-crash"]).envs(env));
            assert_eq!(code, 0, "{stderr}");
        }
        let writers: Vec<(String, Child)> = (0..4)
            .map(|w| {
                let key = format!("R{round}_W{w}");
                let child = sb.spawn(
                    &["config:set", &format!("{key}=1"), "-a", "srv-crash"],
                    &env,
                );
                (key, child)
            })
            .collect();
        std::thread::sleep(Duration::from_millis(50 + rng.below(400)));
        data_dir = Some(server.data_dir.clone());
        drop(server); // SIGKILL, in the middle of the writes or just after them
        for (key, mut child) in writers {
            let status = child.wait().expect("wait");
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            assert!(!stderr.contains("panicked"), "{stderr}");
            if status.success() {
                keys.push(key);
            }
        }
    }
    eprintln!("{} of {} writes acknowledged", keys.len(), rounds * 4);
    // Nothing acknowledged would make the check below pass vacuously.
    assert!(
        keys.len() as u64 >= rounds,
        "only {} of {} writes acknowledged before the kills",
        keys.len(),
        rounds * 4
    );
    let data_dir = data_dir.expect("at least one round");
    let states = check_store(&data_dir);
    for key in &keys {
        assert!(states["srv-crash"].config.contains_key(key), "lost {key}");
    }
    // The restarted server serves the same data.
    let server = sb.serve_in("srv");
    let (code, stdout, stderr) = run_guarded(
        sb.belt()
            .args(["config", "-a", "srv-crash", "--json"])
            .env("BELT_API_URL", &server.url)
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &server.ca),
    );
    assert_eq!(code, 0, "{stderr}");
    let served: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        served.as_object().unwrap().len(),
        states["srv-crash"].config.len()
    );
}
