//! The release binary's size budget (issue 23): the stripped `belt` that `cargo install` and
//! `cargo build --release` make stays at or under 15 MiB. The build goes to a target directory
//! of its own (`target/size-budget`), so it never waits on the suite's, and a second run only
//! relinks what changed. `scripts/test` starts that build before the suite's own, so that its
//! long link overlaps the tests; this test then waits for it. BENCHMARKS.md ("Binary size") has
//! the figure and what weighs.

use std::path::Path;
use std::process::Command;

const BUDGET: u64 = 15 * 1024 * 1024;

#[test]
fn the_release_binary_fits_its_budget() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = root.join("target/size-budget");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // Niced: the other tests, which wait on servers and dynos, keep the cores first.
    let mut build = Command::new("nice");
    // What `cargo test` sets for its tests (CARGO_MANIFEST_DIR, CARGO_PKG_*, ...) is not set
    // for a build from a shell, and some build scripts watch it (ring's reruns on
    // CARGO_MANIFEST_DIR, and rebuilds all that depends on it): without them, this build is
    // the one `scripts/test` started, not a second one.
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("CARGO_") && key != "CARGO_HOME" {
            build.env_remove(&*key);
        }
    }
    let out = build
        .args(["-n", "10", &cargo])
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "belt",
            "--bin",
            "belt",
        ])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let size = std::fs::metadata(target.join("release/belt"))
        .expect("the release binary")
        .len();
    let mib = |bytes: u64| bytes as f64 / 1024.0 / 1024.0;
    assert!(
        size <= BUDGET,
        "the release binary is {:.2} MiB, over its {:.0} MiB budget: see BENCHMARKS.md \
         (\"Binary size\") for what weighs and how to look (cargo bloat --release --crates)",
        mib(size),
        mib(BUDGET)
    );
}
