//! Heroku's runtime metrics for a dyno (the `log-runtime-metrics` labs feature), measured
//! from the dyno's real processes: every process in its process group, read from Linux's
//! `/proc`. Heroku logs them about every 20 seconds as `heroku[web.1]:` lines, load first:
//!
//! ```text
//! source=web.1 dyno=heroku.2808254.d97d0ea7-... sample#load_avg_1m=2.46 sample#load_avg_5m=1.06 sample#load_avg_15m=0.99
//! source=web.1 dyno=heroku.2808254.d97d0ea7-... sample#memory_total=21.00MB sample#memory_rss=21.22MB sample#memory_cache=0.00MB sample#memory_swap=0.00MB sample#memory_pgpgin=348836pages sample#memory_pgpgout=343403pages sample#memory_quota=512.00MB
//! ```
//!
//! and, with or without the feature, `Process running mem=1210M(236.5%)` and `Error R14
//! (Memory quota exceeded)` while a dyno's RSS plus swap passes its size's quota.
//!
//! Heroku reads a dyno's cgroup; a local dyno has none, so the figures are sums over its
//! processes: `rss` is their anonymous resident memory, `cache` their resident file and
//! shared memory (what a cgroup counts as page cache), `swap` their swapped-out memory.
//! A cgroup's `pgpgin` counts pages charged to it and `pgpgout` pages uncharged, so that
//! their difference is the memory in use; here `pgpgin` is the page faults of the processes
//! and of the children they reaped, each fault charging a page (at least the resident pages),
//! and `pgpgout` that minus the resident pages. The load averages are the kernel's:
//! exponentially damped averages over 1, 5 and 15 minutes of the number of tasks running or
//! waiting for a CPU (from the tasks' own scheduler statistics, so a task busy half the
//! interval counts one half), plus those in uninterruptible sleep.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

/// The windows of the 1, 5 and 15 minute load averages, in seconds.
const LOAD_WINDOWS: [f64; 3] = [60.0, 300.0, 900.0];
/// The size of the pages Heroku counts in (x86-64's).
const PAGE_KB: u64 = 4;
/// The quota of the smallest dynos, for a size this platform does not know.
const DEFAULT_QUOTA_MB: f64 = 512.0;

/// The memory quota of a dyno of this size in MB (Heroku's MB being 1024 × 1024 bytes):
/// 512 for Eco, Basic and Standard-1X, 1024 for Standard-2X, and so on.
pub(crate) fn quota_mb(size: &str) -> f64 {
    crate::formation::dyno_size(size)
        .and_then(|size| size["memory"].as_f64())
        .map_or(DEFAULT_QUOTA_MB, |gb| gb * 1024.0)
}

/// Measures one dyno, sample after sample: the load averages need the previous sample.
#[derive(Debug)]
pub(crate) struct Sampler {
    /// The 1, 5 and 15 minute load averages.
    load: [f64; 3],
    /// When the previous sample was taken, and each task's time running or waiting to run
    /// (nanoseconds) then, by thread id.
    previous: Option<(Instant, HashMap<u32, u64>)>,
}

/// One measurement of a dyno.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sample {
    memory: Memory,
    load: [f64; 3],
}

/// Memory of a set of processes, in kB, and their page faults.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Memory {
    rss_kb: u64,
    cache_kb: u64,
    swap_kb: u64,
    faults: u64,
}

/// What one task (thread) adds to the load: its state and, where the kernel keeps them, its
/// scheduler statistics.
struct Task {
    id: u32,
    uninterruptible: bool,
    running: bool,
    scheduled_ns: Option<u64>,
}

impl Sampler {
    pub fn new() -> Sampler {
        Sampler {
            load: [0.0; 3],
            previous: None,
        }
    }

    /// Measures every process whose process group is `group_leader`'s, or None when there is
    /// none (the dyno has ended) or this is not Linux.
    pub fn sample(&mut self, group_leader: u32) -> Option<Sample> {
        if !cfg!(target_os = "linux") {
            return None;
        }
        self.sample_from(Path::new("/proc"), group_leader, Instant::now())
    }

    fn sample_from(&mut self, proc: &Path, group: u32, now: Instant) -> Option<Sample> {
        let mut memory = Memory::default();
        let mut tasks = Vec::new();
        let mut found = false;
        for entry in std::fs::read_dir(proc).ok()?.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            // Any of these reads fails for a process that has just ended: it is skipped.
            let dir = proc.join(pid.to_string());
            let Some(stat) = read(&dir.join("stat")).as_deref().and_then(parse_stat) else {
                continue;
            };
            if stat.pgrp != group {
                continue;
            }
            found = true;
            let status = read(&dir.join("status")).unwrap_or_default();
            memory.add(parse_status(&status), stat.faults);
            tasks.extend(read_tasks(&dir));
        }
        found.then(|| {
            self.advance(&tasks, now);
            Sample {
                memory,
                load: self.load,
            }
        })
    }

    /// Folds the tasks' share of the time since the previous sample into the load averages.
    fn advance(&mut self, tasks: &[Task], now: Instant) {
        let scheduled: HashMap<u32, u64> = tasks
            .iter()
            .filter_map(|t| Some((t.id, t.scheduled_ns?)))
            .collect();
        if let Some((then, before)) = self.previous.take() {
            let elapsed = now.saturating_duration_since(then).as_nanos() as f64;
            if elapsed > 0.0 {
                let runnable: f64 = tasks.iter().map(|t| t.share(&before, elapsed)).sum();
                self.decay(runnable, elapsed / 1e9);
            }
        }
        self.previous = Some((now, scheduled));
    }

    /// The kernel's update: each average moves towards `runnable` by the part of its window
    /// that `seconds` is.
    fn decay(&mut self, runnable: f64, seconds: f64) {
        for (average, window) in self.load.iter_mut().zip(LOAD_WINDOWS) {
            let keep = (-seconds / window).exp();
            *average = *average * keep + runnable * (1.0 - keep);
        }
    }
}

impl Task {
    /// How many tasks this one was worth over the last `elapsed` nanoseconds: the part of them
    /// it ran or waited to run (all of its time for a task new since then), or, without
    /// scheduler statistics, 1 when it runs now; plus 1 in uninterruptible sleep.
    fn share(&self, before: &HashMap<u32, u64>, elapsed: f64) -> f64 {
        let busy = match self.scheduled_ns {
            Some(now) => {
                // A smaller count than before is a new task that reused the id.
                let since = match before.get(&self.id) {
                    Some(&then) if then <= now => now - then,
                    _ => now,
                };
                (since as f64 / elapsed).min(1.0)
            }
            None => f64::from(u8::from(self.running)),
        };
        busy + f64::from(u8::from(self.uninterruptible))
    }
}

impl Memory {
    fn add(&mut self, other: Memory, faults: u64) {
        // Saturating: odd counts in /proc must not overflow.
        self.rss_kb = self.rss_kb.saturating_add(other.rss_kb);
        self.cache_kb = self.cache_kb.saturating_add(other.cache_kb);
        self.swap_kb = self.swap_kb.saturating_add(other.swap_kb);
        self.faults = self.faults.saturating_add(faults);
    }

    fn total_kb(&self) -> u64 {
        self.rss_kb
            .saturating_add(self.cache_kb)
            .saturating_add(self.swap_kb)
    }
}

impl Sample {
    /// Heroku's runtime-metrics lines for this sample, in its order (load, then memory), for
    /// the dyno named `source` (`web.1`) whose platform-wide identity is `dyno`.
    pub fn metrics_lines(&self, source: &str, dyno: &str, quota_mb: f64) -> [String; 2] {
        let [one, five, fifteen] = self.load.map(two_places);
        let m = &self.memory;
        // Memory a process inherited or mapped ahead of its faults is charged all the same.
        let resident_pages = m.rss_kb.saturating_add(m.cache_kb) / PAGE_KB;
        let pgpgin = m.faults.max(resident_pages);
        [
            format!(
                "source={source} dyno={dyno} sample#load_avg_1m={one:.2} \
                 sample#load_avg_5m={five:.2} sample#load_avg_15m={fifteen:.2}"
            ),
            format!(
                "source={source} dyno={dyno} sample#memory_total={:.2}MB \
                 sample#memory_rss={:.2}MB sample#memory_cache={:.2}MB \
                 sample#memory_swap={:.2}MB sample#memory_pgpgin={}pages \
                 sample#memory_pgpgout={}pages sample#memory_quota={:.2}MB",
                two_places(megabytes(m.total_kb())),
                two_places(megabytes(m.rss_kb)),
                two_places(megabytes(m.cache_kb)),
                two_places(megabytes(m.swap_kb)),
                pgpgin,
                pgpgin - resident_pages,
                two_places(quota_mb),
            ),
        ]
    }

    /// Heroku's R14 lines while the dyno's RSS and swap (not its cache) pass its quota, to be
    /// logged after the metrics lines; none within the quota.
    pub fn quota_lines(&self, quota_mb: f64) -> Vec<String> {
        let used = megabytes(self.memory.rss_kb.saturating_add(self.memory.swap_kb));
        if quota_mb <= 0.0 || used <= quota_mb {
            return Vec::new();
        }
        // Heroku truncates the megabytes (1210.76MB is `mem=1210M`) and rounds the percentage.
        vec![
            format!(
                "Process running mem={}M({:.1}%)",
                used.floor(),
                (used / quota_mb * 1000.0).round() / 10.0
            ),
            "Error R14 (Memory quota exceeded)".to_string(),
        ]
    }
}

fn megabytes(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

/// Rounds to two decimals, halves away from zero (formatting alone rounds them to even).
fn two_places(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// The fields of a `/proc/PID/stat` line this module uses.
#[derive(Debug, PartialEq)]
struct Stat {
    state: char,
    pgrp: u32,
    /// Minor and major page faults, its own and its reaped children's.
    faults: u64,
}

/// Parses a `/proc/PID/stat` (or `/proc/PID/task/TID/stat`) line.
fn parse_stat(line: &str) -> Option<Stat> {
    // The command name (2nd field) may hold spaces and parentheses: the fields resume after
    // its last `)`, the state (3rd) first; so field N is at N - 3.
    let (_, rest) = line.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let number = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
    Some(Stat {
        state: fields.first()?.chars().next()?,
        pgrp: fields.get(2)?.parse().ok()?,
        faults: [10, 11, 12, 13]
            .into_iter()
            .try_fold(0u64, |sum, n| Some(sum.saturating_add(number(n)?)))?,
    })
}

/// The memory lines of a `/proc/PID/status` file (absent for kernel threads and zombies).
fn parse_status(status: &str) -> Memory {
    let mut memory = Memory::default();
    for line in status.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let Some(kb) = value
            .trim()
            .strip_suffix("kB")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            continue;
        };
        match key {
            "RssAnon" => memory.rss_kb = kb,
            "RssFile" | "RssShmem" => memory.cache_kb = memory.cache_kb.saturating_add(kb),
            "VmSwap" => memory.swap_kb = kb,
            _ => {}
        }
    }
    memory
}

/// The threads of the process whose `/proc` directory is `dir`.
fn read_tasks(dir: &Path) -> Vec<Task> {
    let Ok(entries) = std::fs::read_dir(dir.join("task")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let id = entry.file_name().to_str()?.parse().ok()?;
            let state = parse_stat(&read(&entry.path().join("stat"))?)?.state;
            let scheduled_ns = read(&entry.path().join("schedstat"))
                .as_deref()
                .and_then(parse_schedstat);
            Some(Task {
                id,
                uninterruptible: state == 'D',
                running: state == 'R',
                scheduled_ns,
            })
        })
        .collect()
}

/// A task's time on a CPU plus its time waiting in a run queue, in nanoseconds, from its
/// `schedstat` line (`RUN_NS WAIT_NS TIMESLICES`).
fn parse_schedstat(line: &str) -> Option<u64> {
    let mut fields = line.split_whitespace().map(|f| f.parse::<u64>().ok());
    Some(fields.next()??.saturating_add(fields.next()??))
}

#[cfg(test)]
mod tests {
    /// Heroku's interval between samples.
    const INTERVAL: std::time::Duration = std::time::Duration::from_secs(20);

    use super::*;

    const STAT: &str =
        "4242 (my (odd) name) R 1 4000 4000 0 -1 4194560 100 5 2 1 7 3 0 0 20 0 1 0 999 1000 10";

    fn sample(rss_kb: u64, cache_kb: u64, swap_kb: u64, faults: u64, load: [f64; 3]) -> Sample {
        Sample {
            memory: Memory {
                rss_kb,
                cache_kb,
                swap_kb,
                faults,
            },
            load,
        }
    }

    fn task(id: u32, scheduled_ns: Option<u64>, state: char) -> Task {
        Task {
            id,
            uninterruptible: state == 'D',
            running: state == 'R',
            scheduled_ns,
        }
    }

    #[test]
    fn stat_lines_with_spaces_and_parentheses_in_the_name_parse() {
        let stat = parse_stat(STAT).unwrap();
        assert_eq!(
            stat,
            Stat {
                state: 'R',
                pgrp: 4000,
                faults: 108
            }
        );
        assert_eq!(parse_stat("4242 (cut) S 1"), None);
        let huge = "1 (x) S 1 2 2 0 -1 0 18446744073709551615 9 0 0";
        assert_eq!(parse_stat(huge).unwrap().faults, u64::MAX);
        assert_eq!(parse_stat("no parenthesis at all"), None);
        assert_eq!(parse_stat(""), None);
    }

    #[test]
    fn status_memory_lines_are_summed_by_kind() {
        let status = "Name:\tpython3\nVmRSS:\t   30000 kB\nRssAnon:\t   20000 kB\n\
                      RssFile:\t    9000 kB\nRssShmem:\t    1000 kB\nVmSwap:\t     512 kB\n\
                      Threads:\t1\nRssAnon: garbage kB\n";
        let memory = parse_status(status);
        assert_eq!(
            (memory.rss_kb, memory.cache_kb, memory.swap_kb),
            (20000, 10000, 512)
        );
        assert_eq!(parse_status("Name:\tkthreadd\n"), Memory::default());
    }

    #[test]
    fn schedstat_is_run_plus_wait_time() {
        assert_eq!(parse_schedstat("1500 500 7\n"), Some(2000));
        assert_eq!(parse_schedstat("1500"), None);
        assert_eq!(parse_schedstat("x y z"), None);
    }

    #[test]
    fn lines_are_formatted_as_heroku_writes_them() {
        // 21.00MB of anonymous memory and 0.22MB of cache; 348836 faults.
        let lines = sample(21504, 225, 0, 348836, [2.456, 1.06, 0.99]).metrics_lines(
            "web.1",
            "heroku.app.d97d0ea7",
            512.0,
        );
        assert_eq!(
            lines[0],
            "source=web.1 dyno=heroku.app.d97d0ea7 sample#load_avg_1m=2.46 \
             sample#load_avg_5m=1.06 sample#load_avg_15m=0.99"
        );
        assert_eq!(
            lines[1],
            "source=web.1 dyno=heroku.app.d97d0ea7 sample#memory_total=21.22MB \
             sample#memory_rss=21.00MB sample#memory_cache=0.22MB sample#memory_swap=0.00MB \
             sample#memory_pgpgin=348836pages sample#memory_pgpgout=343404pages \
             sample#memory_quota=512.00MB"
        );
    }

    #[test]
    fn values_round_half_away_from_zero_to_two_places() {
        // 128 kB is exactly 0.125 MB; 0.005 is a hair above in binary but below after * 100.
        let lines = sample(128, 0, 0, 0, [0.125, 0.0, 1.0 / 3.0]).metrics_lines("w.1", "d", 0.5);
        assert!(lines[1].contains("sample#memory_total=0.13MB sample#memory_rss=0.13MB"));
        assert!(lines[1].contains("sample#memory_quota=0.50MB"));
        assert!(
            lines[0].ends_with("load_avg_1m=0.13 sample#load_avg_5m=0.00 sample#load_avg_15m=0.33")
        );
        // Fewer faults than resident pages: those pages were charged all the same.
        assert!(lines[1].contains("pgpgin=32pages sample#memory_pgpgout=0pages"));
    }

    #[test]
    fn quota_follows_the_dyno_size() {
        assert_eq!(quota_mb("Eco"), 512.0);
        assert_eq!(quota_mb("Basic"), 512.0);
        assert_eq!(quota_mb("standard-1x"), 512.0);
        assert_eq!(quota_mb("Standard-2X"), 1024.0);
        assert_eq!(quota_mb("Performance-M"), 2560.0);
        assert_eq!(quota_mb("Performance-L"), 14336.0);
        assert_eq!(quota_mb("Mega-9X"), 512.0);
    }

    #[test]
    fn r14_is_logged_when_rss_and_swap_pass_the_quota() {
        // A sample Heroku logged: rss 512.00MB + swap 698.76MB of a 512MB quota.
        let over = sample(524_288, 0, 715_530, 0, [0.0; 3]);
        let r14 = over.quota_lines(512.0);
        assert_eq!(
            r14,
            [
                "Process running mem=1210M(236.5%)",
                "Error R14 (Memory quota exceeded)"
            ]
        );
        // Cache is not counted; exactly the quota is within it.
        let cached = sample(400_000, 200_000, 0, 0, [0.0; 3]);
        assert!(cached.quota_lines(512.0).is_empty());
        assert!(
            sample(524_288, 0, 0, 0, [0.0; 3])
                .quota_lines(512.0)
                .is_empty()
        );
        let just_over = sample(524_289, 0, 0, 0, [0.0; 3]).quota_lines(512.0);
        assert_eq!(just_over[0], "Process running mem=512M(100.0%)");
        assert!(over.quota_lines(0.0).is_empty());
    }

    #[test]
    fn load_averages_decay_as_the_kernel_s() {
        let mut sampler = Sampler::new();
        let start = Instant::now();
        let busy = |ns: u64| [task(1, Some(ns), 'R')];
        sampler.advance(&busy(0), start);
        assert_eq!(sampler.load, [0.0; 3]);
        // One task always runnable for a minute: 1 - 1/e of the way in the 1-minute window.
        for step in 1..=3u64 {
            let now = start + INTERVAL * step as u32;
            sampler.advance(&busy(step * 20_000_000_000), now);
        }
        let expected = LOAD_WINDOWS.map(|w| 1.0 - (-60.0 / w).exp());
        for (got, want) in sampler.load.iter().zip(expected) {
            assert!(
                (got - want).abs() < 1e-9,
                "{:?} vs {expected:?}",
                sampler.load
            );
        }
        assert!((sampler.load[0] - 0.632).abs() < 1e-3);
        // Idle for the next minute: back down by the same factor.
        let now = start + INTERVAL * 6;
        sampler.advance(&busy(60_000_000_000), now);
        assert!((sampler.load[0] - 0.632 * (-1.0f64).exp()).abs() < 1e-3);
    }

    #[test]
    fn task_shares_count_new_tasks_waiting_and_blocked_ones() {
        let before = HashMap::from([(1, 5_000), (2, 9_000)]);
        let elapsed = 10_000.0;
        assert_eq!(task(1, Some(10_000), 'S').share(&before, elapsed), 0.5);
        // A reused id (a smaller count) and a new task: their whole time is since then.
        assert_eq!(task(2, Some(2_000), 'S').share(&before, elapsed), 0.2);
        assert_eq!(task(3, Some(50_000), 'R').share(&before, elapsed), 1.0);
        assert_eq!(task(4, None, 'R').share(&before, elapsed), 1.0);
        assert_eq!(task(5, None, 'S').share(&before, elapsed), 0.0);
        assert_eq!(task(1, Some(5_000), 'D').share(&before, elapsed), 1.0);
    }

    fn fake_process(proc: &Path, pid: u32, pgrp: u32, rss_kb: u64, scheduled_ns: u64) {
        let dir = proc.join(pid.to_string());
        let task = dir.join("task").join(pid.to_string());
        std::fs::create_dir_all(&task).unwrap();
        let stat = format!("{pid} (a b) S 1 {pgrp} {pgrp} 0 -1 0 10 0 0 0 1 1 0 0 20 0 1 0 5");
        std::fs::write(dir.join("stat"), &stat).unwrap();
        std::fs::write(task.join("stat"), &stat).unwrap();
        std::fs::write(task.join("schedstat"), format!("{scheduled_ns} 0 1\n")).unwrap();
        let status = format!("RssAnon:\t{rss_kb} kB\nRssFile:\t4 kB\nVmSwap:\t0 kB\n");
        std::fs::write(dir.join("status"), status).unwrap();
    }

    #[test]
    fn a_group_is_summed_from_proc_skipping_others_and_vanished_processes() {
        let proc = tempfile::tempdir().unwrap();
        fake_process(proc.path(), 100, 100, 1000, 0);
        fake_process(proc.path(), 101, 100, 24, 0);
        fake_process(proc.path(), 200, 200, 99_999, 0);
        // Gone mid-scan: a directory without its files, and entries that are no processes.
        std::fs::create_dir(proc.path().join("102")).unwrap();
        std::fs::create_dir(proc.path().join("self")).unwrap();
        std::fs::write(proc.path().join("uptime"), "1.0 1.0").unwrap();
        let mut sampler = Sampler::new();
        let start = Instant::now();
        let first = sampler.sample_from(proc.path(), 100, start).unwrap();
        assert_eq!(
            first.memory,
            Memory {
                rss_kb: 1024,
                cache_kb: 8,
                swap_kb: 0,
                faults: 20
            }
        );
        // Process 101 ran for 10 of the next 20 seconds: half a task, folded into the load.
        fake_process(proc.path(), 101, 100, 24, 10_000_000_000);
        let second = sampler
            .sample_from(proc.path(), 100, start + INTERVAL)
            .unwrap();
        let expected = 0.5 * (1.0 - (-20.0f64 / 60.0).exp());
        assert!(
            (second.load[0] - expected).abs() < 1e-9,
            "{:?}",
            second.load
        );
        assert_eq!(sampler.sample_from(proc.path(), 300, start), None);
        assert_eq!(
            sampler.sample_from(&proc.path().join("none"), 100, start),
            None
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_real_process_group_is_measured() {
        use std::os::unix::process::CommandExt;
        let mut child = std::process::Command::new("sh")
            .args(["-c", "sleep 5; :"])
            .process_group(0)
            .spawn()
            .unwrap();
        let sample = Sampler::new().sample(child.id());
        crate::procs::kill_group(child.id(), crate::procs::Signal::Kill);
        child.wait().unwrap();
        let sample = sample.expect("the group is sampled");
        assert!(sample.memory.total_kb() > 0, "{sample:?}");
        assert!(sample.memory.faults > 0, "{sample:?}");
        let lines = sample.metrics_lines("web.1", "heroku.a.b", 512.0);
        assert!(lines[1].starts_with("source=web.1 dyno=heroku.a.b sample#memory_total="));
        assert!(
            !lines[1].contains("sample#memory_total=0.00MB"),
            "{lines:?}"
        );
    }
}
