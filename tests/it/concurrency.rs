//! 16 belt processes doing mixed writes on two apps for 30 seconds (BELT_STRESS_SECONDS,
//! BELT_STRESS_WORKERS), against the embedded default and against `belt serve`: every
//! acknowledged write is there, release versions are unique and gapless, the store passes
//! `PRAGMA integrity_check`.
//!
//! `alpha` takes config sets and unsets, so every acknowledged key must survive; `beta` also
//! takes rollbacks, which legitimately bring back older config, so only its release count
//! and snapshot consistency are checked. Operations are a list: add-ons (#4) and scale (#6)
//! join it as one entry each when they land.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::harness::stress::{Rng, check_store, knob};
use crate::harness::{Sandbox, run_guarded};
use assert_cmd::Command;

/// What a worker knows about its own acknowledged writes.
#[derive(Default)]
struct Worker {
    id: u64,
    seq: u64,
    /// alpha's keys this worker set (with their values) and has not unset since.
    alpha_keys: BTreeMap<String, String>,
    /// alpha's keys this worker unset after setting them.
    alpha_unset: Vec<String>,
    /// Acknowledged writes that each made one release on alpha / on beta.
    alpha_releases: usize,
    beta_releases: usize,
}

/// One operation: the belt commands to run in order, and what to record once all succeed.
struct Step {
    commands: Vec<Vec<String>>,
    on_ack: fn(&mut Worker, &Step),
    key: String,
    value: String,
}

type Operation = fn(&mut Worker, &mut Rng) -> Step;

/// (weight, name, operation)
const OPERATIONS: &[(u64, &str, Operation)] = &[
    (6, "config:set alpha", set_alpha),
    (3, "config:unset alpha", unset_alpha),
    (3, "config:set beta", set_beta),
    (2, "releases:rollback beta", rollback_beta),
    (2, "maintenance", maintenance),
    (1, "apps create/rename/destroy", rename_cycle),
    (1, "run", run_dyno),
];

fn words(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

fn step(commands: Vec<Vec<String>>, on_ack: fn(&mut Worker, &Step)) -> Step {
    Step {
        commands,
        on_ack,
        key: String::new(),
        value: String::new(),
    }
}

fn set_alpha(w: &mut Worker, _: &mut Rng) -> Step {
    let key = format!("W{}_K{}", w.id, w.seq);
    let value = format!("v{}-{}", w.id, w.seq);
    let pair = format!("{key}={value}");
    Step {
        commands: vec![words(&["config:set", &pair, "-a", "alpha"])],
        on_ack: |w, s| {
            w.alpha_keys.insert(s.key.clone(), s.value.clone());
            w.alpha_releases += 1;
        },
        key,
        value,
    }
}

fn unset_alpha(w: &mut Worker, rng: &mut Rng) -> Step {
    let Some(key) = w
        .alpha_keys
        .keys()
        .nth(rng.below(w.alpha_keys.len() as u64) as usize)
        .cloned()
    else {
        return set_alpha(w, rng);
    };
    Step {
        commands: vec![words(&["config:unset", &key, "-a", "alpha"])],
        on_ack: |w, s| {
            w.alpha_keys.remove(&s.key);
            w.alpha_unset.push(s.key.clone());
            w.alpha_releases += 1;
        },
        key,
        value: String::new(),
    }
}

fn set_beta(w: &mut Worker, _: &mut Rng) -> Step {
    let pair = format!("B{}={}", w.id, w.seq);
    step(vec![words(&["config:set", &pair, "-a", "beta"])], |w, _| {
        w.beta_releases += 1
    })
}

fn rollback_beta(_: &mut Worker, _: &mut Rng) -> Step {
    step(vec![words(&["releases:rollback", "-a", "beta"])], |w, _| {
        w.beta_releases += 1
    })
}

fn maintenance(_: &mut Worker, rng: &mut Rng) -> Step {
    let app = ["alpha", "beta"][rng.below(2) as usize];
    let on_off = ["maintenance:on", "maintenance:off"][rng.below(2) as usize];
    step(vec![words(&[on_off, "-a", app])], |_, _| {})
}

fn rename_cycle(w: &mut Worker, _: &mut Rng) -> Step {
    let name = format!("cw{}-{}", w.id, w.seq);
    let renamed = format!("{name}-r");
    step(
        vec![
            words(&["apps:create", &name]),
            words(&["apps:rename", &renamed, "-a", &name]),
            words(&["apps:destroy", "-a", &renamed, "--confirm", &renamed]),
        ],
        |_, _| {},
    )
}

fn run_dyno(_: &mut Worker, rng: &mut Rng) -> Step {
    let app = ["alpha", "beta"][rng.below(2) as usize];
    step(vec![words(&["run", "-a", app, "--", "true"])], |_, _| {})
}

fn pick(rng: &mut Rng) -> Operation {
    let total: u64 = OPERATIONS.iter().map(|(w, _, _)| w).sum();
    let mut n = rng.below(total);
    for (weight, _, op) in OPERATIONS {
        if n < *weight {
            return *op;
        }
        n -= weight;
    }
    OPERATIONS[0].2
}

/// Runs the workers against whatever `belt()` points at, then checks `data_dir`'s store.
fn hammer(what: &str, belt: &(dyn Fn() -> Command + Sync), data_dir: &Path) {
    let seconds = knob("BELT_STRESS_SECONDS", 30);
    let workers = knob("BELT_STRESS_WORKERS", 16);
    let mut seeds = Rng::from_env(what);
    let ok = |args: &[&str]| {
        let (code, _, stderr) = run_guarded(belt().args(args));
        assert_eq!(code, 0, "{args:?}: {stderr}");
    };
    ok(&["apps:create", "alpha"]);
    ok(&["apps:create", "beta"]);
    // Two releases on beta, so it always has one to roll back to.
    ok(&["config:set", "SEED=1", "-a", "beta"]);
    ok(&["config:set", "SEED=2", "-a", "beta"]);

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let failures = Mutex::new(Vec::new());
    let done: Vec<Worker> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|id| {
                let mut rng = Rng::new(seeds.next());
                let failures = &failures;
                scope.spawn(move || {
                    let mut w = Worker {
                        id,
                        ..Worker::default()
                    };
                    while Instant::now() < deadline {
                        w.seq += 1;
                        let step = pick(&mut rng)(&mut w, &mut rng);
                        let acked = step.commands.iter().all(|args| {
                            let (code, _, stderr) = run_guarded(belt().args(args));
                            if code != 0 {
                                failures.lock().unwrap().push(format!("{args:?}: {stderr}"));
                            }
                            code == 0
                        });
                        if acked {
                            (step.on_ack)(&mut w, &step);
                        }
                    }
                    w
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{what}: failed writes:\n{}",
        failures.join("\n")
    );

    let states = check_store(data_dir);
    let alpha = &states["alpha"];
    for w in &done {
        for (key, value) in &w.alpha_keys {
            assert_eq!(alpha.config.get(key), Some(value), "{what}: lost {key}");
        }
        for key in &w.alpha_unset {
            assert!(!alpha.config.contains_key(key), "{what}: {key} came back");
        }
    }
    let alpha_writes: usize = done.iter().map(|w| w.alpha_releases).sum();
    let beta_writes: usize = done.iter().map(|w| w.beta_releases).sum();
    assert_eq!(alpha.versions, 1 + alpha_writes, "{what}: alpha's releases");
    assert_eq!(
        states["beta"].versions,
        3 + beta_writes,
        "{what}: beta's releases"
    );
    assert!(
        alpha_writes > 0 && beta_writes > 0,
        "{what}: nothing was written"
    );
    // Every temporary app was destroyed.
    assert_eq!(states.len(), 2, "{what}: {:?}", states.keys());
    eprintln!(
        "{what}: {} operations, {alpha_writes} + {beta_writes} releases",
        done.iter().map(|w| w.seq).sum::<u64>()
    );
}

#[test]
fn mixed_writes_on_the_embedded_default_lose_nothing() {
    let sb = Sandbox::new();
    hammer("embedded", &|| sb.belt(), &sb.data_dir().join("platform"));
}

#[test]
fn mixed_writes_on_belt_serve_lose_nothing() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let belt = || {
        let mut cmd = sb.belt();
        cmd.env("BELT_API_URL", &server.url)
            .env("BELT_API_KEY", &server.token)
            .env("SSL_CERT_FILE", &server.ca);
        cmd
    };
    hammer("belt serve", &belt, &server.data_dir);
}
