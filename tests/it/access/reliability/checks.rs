//! What the reliability run must leave behind, app by app: the store's releases, the app's
//! log (`belt logs`) and its collaborators (`belt access`), against the recorded requests.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde_json::Value;

use super::{APPS, OWNER, Op, Record, STRANGER};
use crate::harness::{Sandbox, Server, run_guarded};

/// The log line an accepted access change writes, if `record` is one.
fn access_line(record: &Record, emails: &[String]) -> Option<String> {
    let (verb, target) = match record.op {
        Op::AddCollaborator(target) => ("Add", target),
        Op::RemoveCollaborator(target) => ("Remove", target),
        _ => return None,
    };
    record.accepted().then(|| {
        format!(
            "{verb} {} as collaborator by user {}",
            emails[target], emails[record.user]
        )
    })
}

/// The `Refused ...` line a 403 writes: a stranger is refused the app itself, a collaborator
/// what is the owner's (D3).
fn refusal_line(record: &Record, emails: &[String]) -> Result<String, String> {
    let stranger = record
        .answer
        .starts_with("You do not have access to the app");
    let collaborator = record.answer.contains("Only the app owner");
    let what = match (&record.op, stranger, collaborator) {
        (Op::SetConfig { .. }, true, _) => "config write (needs collaborator)",
        (Op::ReadConfig, true, _) => "config read (needs collaborator)",
        (Op::Destroy, true, _) | (Op::Destroy, _, true) => "destroy (needs owner)",
        (Op::AddCollaborator(_) | Op::RemoveCollaborator(_), true, _) => {
            "view (needs collaborator)"
        }
        (Op::AddCollaborator(_) | Op::RemoveCollaborator(_), _, true) => {
            "collaborator management (needs owner)"
        }
        _ => return Err(format!("an unexpected refusal: {record:?}")),
    };
    Ok(format!("Refused {what} for user {}", emails[record.user]))
}

/// One app's releases, oldest first: (version, description, config), from the store.
fn releases(data_dir: &Path, app: &str) -> Vec<(i64, String, BTreeMap<String, String>)> {
    let conn = Connection::open_with_flags(
        data_dir.join("platform.db"),
        OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .expect("open the store");
    let mut stmt = conn
        .prepare(
            "SELECT version, description, config FROM releases
             WHERE app_id = (SELECT id FROM apps WHERE name = ?1) ORDER BY version",
        )
        .expect("releases");
    stmt.query_map([app], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?))
    })
    .expect("releases")
    .map(|row| {
        let (version, description, config) = row.expect("a release");
        let config = serde_json::from_str(&config).expect("a release's config");
        (version, description, config)
    })
    .collect()
}

/// The `heroku[api]` messages of `app`'s log, oldest first, read with `belt logs`.
fn api_log(sb: &Sandbox, server: &Server, app: &str) -> Vec<String> {
    let (code, stdout, stderr) =
        run_guarded(server.belt(sb).args(["logs", "-n", "1500", "-a", app]));
    assert_eq!(code, 0, "logs -a {app}: {stderr}");
    stdout
        .lines()
        .filter_map(|l| l.split_once(" heroku[api]: ").map(|(_, m)| m.to_string()))
        .collect()
}

/// The app's collaborators (not its owner), from `belt access --json`.
fn collaborators(sb: &Sandbox, server: &Server, app: &str) -> BTreeSet<String> {
    let (code, stdout, stderr) = run_guarded(server.belt(sb).args(["access", "-a", app, "--json"]));
    assert_eq!(code, 0, "access -a {app}: {stderr}");
    let people: Value = serde_json::from_str(&stdout).expect("access --json");
    people
        .as_array()
        .expect("collaborators")
        .iter()
        .filter(|c| c["role"] == "collaborator")
        .filter_map(|c| c["user"]["email"].as_str().map(str::to_string))
        .collect()
}

/// Asserts `found` and `expected` hold the same items as many times each, showing only the
/// ones that differ.
fn assert_same<T: Ord + std::fmt::Debug>(what: &str, found: Vec<T>, expected: Vec<T>) {
    let mut counts: BTreeMap<T, i64> = BTreeMap::new();
    for item in found {
        *counts.entry(item).or_default() += 1;
    }
    for item in expected {
        *counts.entry(item).or_default() -= 1;
    }
    let differ: Vec<_> = counts.into_iter().filter(|(_, n)| *n != 0).collect();
    assert!(
        differ.is_empty(),
        "{what} (n > 0: found but not expected, n < 0: expected but not found): {differ:#?}"
    );
}

/// Checks one app against every request made to it (`records`, in each user's order).
pub(super) fn check_app(
    sb: &Sandbox,
    server: &Server,
    app: usize,
    records: &[Record],
    emails: &[String],
) {
    let name = APPS[app];
    let log = api_log(sb, server, name);
    assert_eq!(
        log.first().map(String::as_str),
        Some(format!("Created app by user {}", emails[OWNER]).as_str()),
        "{name}: the log lost its first lines, the load outgrew the buffer"
    );
    let releases = check_config(server, name, records, &log, emails);
    let changes = check_access(sb, server, name, records, &log, emails);
    // Each 403 wrote its refusal line, and nothing else did.
    let refusals: Vec<String> = records
        .iter()
        .filter(|r| r.status == 403)
        .map(|r| refusal_line(r, emails).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect();
    let logged_refusals: Vec<&String> = log.iter().filter(|l| l.starts_with("Refused ")).collect();
    assert_eq!(
        log.len(),
        1 + 2 * releases + changes + logged_refusals.len(),
        "{name}: lines no request explains: {log:#?}"
    );
    assert_same(
        &format!("{name}: refusal lines"),
        logged_refusals,
        refusals.iter().collect(),
    );
}

/// Each release after the first is one accepted config write, introducing its value, and
/// logged once by its writer; no refused write's value is in any release. Returns how many
/// releases there are.
fn check_config(
    server: &Server,
    name: &str,
    records: &[Record],
    log: &[String],
    emails: &[String],
) -> usize {
    let releases = releases(&server.data_dir, name);
    let mut introduced = Vec::new();
    for pair in releases.windows(2) {
        let ((_, _, before), (version, description, after)) = (&pair[0], &pair[1]);
        let changed: Vec<_> = after
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(*v))
            .collect();
        assert_eq!(changed.len(), 1, "{name} v{version}: {description}");
        assert!(
            before.keys().all(|k| after.contains_key(k)),
            "{name} v{version}"
        );
        let (key, value) = changed[0];
        assert_eq!(description, &format!("Set {key} config vars"));
        introduced.push((*version, key.clone(), value.clone()));
    }
    let writes: Vec<_> = records
        .iter()
        .filter_map(|r| match &r.op {
            Op::SetConfig { key, value } => Some((r, key.clone(), value.clone())),
            _ => None,
        })
        .collect();
    let accepted: Vec<_> = writes
        .iter()
        .filter(|(r, ..)| r.accepted())
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect();
    assert_same(
        &format!("{name}: values released and config writes accepted"),
        introduced
            .iter()
            .map(|(_, k, v)| (k.clone(), v.clone()))
            .collect(),
        accepted.clone(),
    );
    let every_value: BTreeSet<&String> = releases.iter().flat_map(|(_, _, c)| c.values()).collect();
    for (record, _, value) in writes.iter().filter(|(r, ..)| !r.accepted()) {
        assert!(
            !every_value.contains(value),
            "{name}: refused {record:?} is in a release"
        );
    }
    // Each user's writes to its key are in order, so its last accepted value is the final one.
    let last: BTreeMap<String, String> = accepted.into_iter().collect();
    let config = releases
        .last()
        .map(|(_, _, c)| c.clone())
        .unwrap_or_default();
    assert_eq!(config, last, "{name}: final config");

    let writer = |key: &str| &emails[key[1..].parse::<usize>().expect("U<user>")];
    let mut expected: Vec<String> = introduced
        .iter()
        .flat_map(|(v, key, _)| {
            [
                format!("Set {key} config vars by user {}", writer(key)),
                format!("Release v{v} created by user {}", writer(key)),
            ]
        })
        .collect();
    expected.push(format!("Initial release by user {}", emails[OWNER]));
    expected.push(format!("Release v1 created by user {}", emails[OWNER]));
    let logged: Vec<String> = log
        .iter()
        .filter(|l| {
            ["Set ", "Release v", "Initial "]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .cloned()
        .collect();
    assert_same(&format!("{name}: release lines"), logged, expected);
    releases.len()
}

/// Each accepted access change is logged once (the owner's in its order), and replaying the
/// log's changes gives the final collaborators. Returns how many changes there are.
fn check_access(
    sb: &Sandbox,
    server: &Server,
    name: &str,
    records: &[Record],
    log: &[String],
    emails: &[String],
) -> usize {
    let changes: Vec<String> = records
        .iter()
        .filter_map(|r| access_line(r, emails))
        .collect();
    let logged: Vec<&String> = log
        .iter()
        .filter(|l| l.contains(" as collaborator by user "))
        .collect();
    assert_same(
        &format!("{name}: access changes logged and accepted"),
        logged.clone(),
        changes.iter().collect(),
    );
    let by_owner = format!(" by user {}", emails[OWNER]);
    let owners: Vec<&String> = changes.iter().filter(|l| l.ends_with(&by_owner)).collect();
    let owners_logged: Vec<&String> = logged
        .iter()
        .copied()
        .filter(|l| l.ends_with(&by_owner))
        .collect();
    assert_eq!(
        owners_logged, owners,
        "{name}: the owner's changes out of order"
    );

    let mut replayed = BTreeSet::new();
    for line in &logged {
        let (verb, rest) = line.split_once(' ').expect("a change");
        let email = rest.split_once(' ').expect("an email").0.to_string();
        let changed = match verb {
            "Add" => replayed.insert(email),
            _ => replayed.remove(&email),
        };
        assert!(changed, "{name}: `{line}` changed nothing in the replay");
    }
    assert_eq!(
        replayed,
        collaborators(sb, server, name),
        "{name}: collaborators"
    );
    assert!(!replayed.contains(&emails[STRANGER]));
    logged.len()
}

/// Asserts the run did what it is meant to prove something about.
pub(super) fn assert_exercised(records: &[Record]) {
    let count = |f: &dyn Fn(&Record) -> bool| records.iter().filter(|r| f(r)).count();
    let kinds = [
        (
            "accepted config writes by collaborators",
            count(&|r| r.user != OWNER && r.accepted() && matches!(r.op, Op::SetConfig { .. })),
        ),
        (
            "refused config writes",
            count(&|r| r.status == 403 && matches!(r.op, Op::SetConfig { .. })),
        ),
        (
            "accepted adds",
            count(&|r| r.accepted() && matches!(r.op, Op::AddCollaborator(_))),
        ),
        (
            "accepted removals",
            count(&|r| r.accepted() && matches!(r.op, Op::RemoveCollaborator(_))),
        ),
        (
            "refused collaborator changes by collaborators",
            count(&|r| {
                r.answer.contains("Only the app owner") && matches!(r.op, Op::AddCollaborator(_))
            }),
        ),
        (
            "refused destroys",
            count(&|r| r.status == 403 && r.op == Op::Destroy),
        ),
    ];
    for (what, n) in kinds {
        assert!(n > 0, "no {what} in {} requests", records.len());
    }
    eprintln!("reliability: {} requests: {kinds:?}", records.len());
}
