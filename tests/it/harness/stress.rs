//! Helpers for the concurrency and crash tests: a seeded RNG (its seed printed, so a failure
//! can be replayed with `BELT_TEST_SEED`), knobs from the environment, and a consistency
//! check of a platform's SQLite store opened read-only.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

/// xorshift64*: small, deterministic, good enough to pick operations and delays.
pub struct Rng(u64);

impl Rng {
    /// Seeded from `BELT_TEST_SEED` or the clock; prints the seed with `what`.
    pub fn from_env(what: &str) -> Rng {
        let seed = std::env::var("BELT_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            });
        eprintln!("{what}: BELT_TEST_SEED={seed}");
        Rng::new(seed)
    }

    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A numeric knob from the environment, or its default.
pub fn knob(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// What a consistent store holds for one app.
#[derive(Debug)]
pub struct AppState {
    pub config: BTreeMap<String, String>,
    pub versions: usize,
}

/// Opens `data_dir/platform.db` read-only and checks it: `PRAGMA integrity_check` is ok,
/// every app's release versions run 1..=n without gaps or repeats, and its config vars equal
/// the snapshot in its latest release. Returns each app's state by name.
pub fn check_store(data_dir: &Path) -> BTreeMap<String, AppState> {
    let db = data_dir.join("platform.db");
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("open {}: {e}", db.display()));
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(integrity, "ok");
    let apps: Vec<(String, String)> = conn
        .prepare("SELECT id, name FROM apps")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut states = BTreeMap::new();
    for (id, name) in apps {
        let versions: Vec<i64> = conn
            .prepare("SELECT version FROM releases WHERE app_id = ?1 ORDER BY version")
            .unwrap()
            .query_map([&id], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let expected: Vec<i64> = (1..=versions.len() as i64).collect();
        assert_eq!(versions, expected, "{name}: versions not gapless");
        let config: BTreeMap<String, String> = conn
            .prepare("SELECT key, value FROM config_vars WHERE app_id = ?1")
            .unwrap()
            .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let snapshot: String = conn
            .query_row(
                "SELECT config FROM releases WHERE app_id = ?1 ORDER BY version DESC LIMIT 1",
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        let snapshot: BTreeMap<String, String> = serde_json::from_str(&snapshot).unwrap();
        assert_eq!(
            config, snapshot,
            "{name}: config differs from its latest release"
        );
        states.insert(
            name,
            AppState {
                config,
                versions: versions.len(),
            },
        );
    }
    states
}
