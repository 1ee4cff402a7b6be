//! 8 users on one `belt serve` changing access and config of three apps concurrently for 20
//! seconds (BELT_STRESS_SECONDS; seed in BELT_TEST_SEED), at the wire: the owner adds and
//! removes collaborators and sets config; the others set and read config, try to destroy the
//! apps and to manage collaborators, and leave; one user is never given access. Every request
//! and its answer is recorded, then: every refused request changed nothing, every accepted one
//! is in the store and the app's log exactly once, and the log replays to the final state.
//!
//! Each app's log is read with `belt logs -n 1500`, so the load is paced to keep every app
//! under the 1,500-line buffer (a line budget spent evenly over the run).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use serde_json::{Value, json};

use crate::harness::stress::{Rng, check_store, knob};
use crate::harness::{Sandbox, Server, http_client_trusting, run_guarded};

const APPS: [&str; 3] = ["rel-a", "rel-b", "rel-c"];
const USERS: usize = 8;
const OWNER: usize = 0;
/// Never given access to anything.
const STRANGER: usize = USERS - 1;
/// Log lines the run may add to one app: under the buffer, with room for the setup's lines.
const LINE_BUDGET: usize = 1300;

/// One request a user makes to one app.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Op {
    /// `PATCH config-vars` setting the user's own key to a value used nowhere else.
    SetConfig {
        key: String,
        value: String,
    },
    ReadConfig,
    Destroy,
    AddCollaborator(usize),
    /// Removing someone else, or oneself (`apps:leave`).
    RemoveCollaborator(usize),
    /// `GET /apps` (the app is only where the line budget is spent).
    ListApps,
}

impl Op {
    /// The most log lines the request can add when accepted or refused.
    fn lines(&self) -> usize {
        match self {
            Op::SetConfig { .. } => 2,
            _ => 1,
        }
    }
}

/// A request and the platform's answer.
#[derive(Debug, Clone)]
struct Record {
    user: usize,
    app: usize,
    op: Op,
    status: u16,
    /// The error's message, or the app names `GET /apps` listed.
    answer: String,
}

impl Record {
    fn accepted(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// What every worker shares: the server, the users, and each app's line budget.
struct Shared {
    url: String,
    ca: std::path::PathBuf,
    keys: Vec<String>,
    emails: Vec<String>,
    spent: [AtomicUsize; APPS.len()],
    started: Instant,
    run: Duration,
}

impl Shared {
    /// Takes `lines` of `app`'s budget if the run's pace allows it now.
    fn reserve(&self, app: usize, lines: usize) -> bool {
        let elapsed = self.started.elapsed().as_secs_f64() / self.run.as_secs_f64();
        let allowed = ((LINE_BUDGET as f64 * elapsed.min(1.0)) as usize).max(16);
        self.spent[app]
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |spent| {
                (spent + lines <= allowed.min(LINE_BUDGET)).then_some(spent + lines)
            })
            .is_ok()
    }
}

/// Sends `op` as `user` and records the answer; a transport error or another status is a
/// failure of the platform.
async fn send(
    shared: &Shared,
    http: &reqwest::Client,
    user: usize,
    app: usize,
    op: Op,
) -> Result<Record, String> {
    let name = APPS[app];
    let (method, path, body) = match &op {
        Op::SetConfig { key, value } => (
            reqwest::Method::PATCH,
            format!("/apps/{name}/config-vars"),
            Some(json!({ key: value })),
        ),
        Op::ReadConfig => (
            reqwest::Method::GET,
            format!("/apps/{name}/config-vars"),
            None,
        ),
        Op::Destroy => (reqwest::Method::DELETE, format!("/apps/{name}"), None),
        Op::AddCollaborator(target) => (
            reqwest::Method::POST,
            format!("/apps/{name}/collaborators"),
            Some(json!({ "user": shared.emails[*target] })),
        ),
        Op::RemoveCollaborator(target) => (
            reqwest::Method::DELETE,
            format!("/apps/{name}/collaborators/{}", shared.emails[*target]),
            None,
        ),
        Op::ListApps => (reqwest::Method::GET, "/apps".to_string(), None),
    };
    let mut request = http
        .request(method, format!("{}{path}", shared.url))
        .bearer_auth(&shared.keys[user])
        .header("Accept", "application/vnd.heroku+json; version=3");
    if let Some(body) = body {
        request = request.json(&body);
    }
    let what = format!("user {user} {op:?} on {name}");
    let response = request.send().await.map_err(|e| format!("{what}: {e}"))?;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if ![200, 201, 403, 404, 422].contains(&status) {
        return Err(format!("{what}: {status} {body}"));
    }
    let answer = match (&op, body.as_array()) {
        (Op::ListApps, Some(apps)) => apps
            .iter()
            .filter_map(|a| a["name"].as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => body["message"].as_str().unwrap_or_default().to_string(),
    };
    Ok(Record {
        user,
        app,
        op,
        status,
        answer,
    })
}

/// A user other than the owner and `not`, who may or may not have access.
fn someone(rng: &mut Rng, not: usize) -> usize {
    loop {
        let user = 1 + rng.below(USERS as u64 - 1) as usize;
        if user != not {
            return user;
        }
    }
}

/// The next request of `user`, whose `seq`-th it is.
fn pick(rng: &mut Rng, user: usize, seq: u64) -> Op {
    let set = Op::SetConfig {
        key: format!("U{user}"),
        value: format!("u{user}-{seq}"),
    };
    let roll = rng.below(10);
    if user == OWNER {
        // Only users 1..=6 are ever added: the stranger stays one.
        let target = 1 + rng.below(STRANGER as u64 - 1) as usize;
        return match roll {
            0..=3 => Op::AddCollaborator(target),
            4..=6 => Op::RemoveCollaborator(target),
            _ => set,
        };
    }
    match roll {
        0..=2 => set,
        3 | 4 => Op::ReadConfig,
        5 => Op::Destroy,
        6 => Op::AddCollaborator(someone(rng, user)),
        7 => Op::RemoveCollaborator(someone(rng, user)),
        8 => Op::RemoveCollaborator(user),
        _ => Op::ListApps,
    }
}

/// `user`'s requests until the run ends, paced by the apps' line budgets.
fn worker(shared: &Shared, user: usize, mut rng: Rng) -> Result<Vec<Record>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let http = http_client_trusting(&shared.ca);
    let mut records = Vec::new();
    let mut seq = 0;
    while shared.started.elapsed() < shared.run {
        seq += 1;
        let app = rng.below(APPS.len() as u64) as usize;
        let op = pick(&mut rng, user, seq);
        // Waiting with the same request keeps the mix as picked (two-line writes would
        // otherwise lose every race for the budget to one-line requests).
        while !shared.reserve(app, op.lines()) {
            if shared.started.elapsed() >= shared.run {
                return Ok(records);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        records.push(runtime.block_on(send(shared, &http, user, app, op))?);
    }
    Ok(records)
}

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

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

/// Checks one app against every request made to it (`records`, in each user's order).
fn check_app(sb: &Sandbox, server: &Server, app: usize, records: &[Record], emails: &[String]) {
    let name = APPS[app];
    let log = api_log(sb, server, name);
    assert_eq!(
        log.first().map(String::as_str),
        Some(format!("Created app by user {}", emails[OWNER]).as_str()),
        "{name}: the log lost its first lines, the load outgrew the buffer"
    );

    // Config: each release after the first is one accepted write, introducing its value;
    // no refused write's value is in any release.
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
    let released: Vec<_> = introduced
        .iter()
        .map(|(_, k, v)| (k.clone(), v.clone()))
        .collect();
    assert_eq!(
        sorted(released),
        sorted(accepted.clone()),
        "{name}: releases and accepted config writes differ"
    );
    let every_value: BTreeSet<&String> = releases.iter().flat_map(|(_, _, c)| c.values()).collect();
    for (record, _, value) in writes.iter().filter(|(r, ..)| !r.accepted()) {
        assert!(
            !every_value.contains(value),
            "{name}: refused {record:?} is in a release"
        );
    }
    // The final config holds each user's last accepted value.
    let mut last = BTreeMap::new();
    for (key, value) in &accepted {
        last.insert(key.clone(), value.clone());
    }
    let config = releases
        .last()
        .map(|(_, _, c)| c.clone())
        .unwrap_or_default();
    assert_eq!(config, last, "{name}: final config");

    // The log: each release once, by its writer; each accepted access change once.
    let writer = |key: &str| emails[key[1..].parse::<usize>().expect("U<user>")].clone();
    let mut expected_releases: Vec<String> = introduced
        .iter()
        .flat_map(|(v, key, _)| {
            [
                format!("Set {key} config vars by user {}", writer(key)),
                format!("Release v{v} created by user {}", writer(key)),
            ]
        })
        .collect();
    expected_releases.push("Initial release by user ".to_string() + &emails[OWNER]);
    expected_releases.push("Release v1 created by user ".to_string() + &emails[OWNER]);
    let logged_releases: Vec<String> = log
        .iter()
        .filter(|l| l.starts_with("Set ") || l.starts_with("Release v") || l.starts_with("Initial"))
        .cloned()
        .collect();
    assert_eq!(
        sorted(logged_releases),
        sorted(expected_releases),
        "{name}: release lines"
    );

    let changes: Vec<String> = records
        .iter()
        .filter_map(|r| access_line(r, emails))
        .collect();
    let logged_changes: Vec<&String> = log
        .iter()
        .filter(|l| l.contains(" as collaborator by user "))
        .collect();
    assert_eq!(
        sorted(logged_changes.clone()),
        sorted(changes.iter().collect()),
        "{name}: access changes in the log and accepted ones differ"
    );
    // The owner works in order, so its changes are logged in its order.
    let by_owner = format!(" by user {}", emails[OWNER]);
    let owners: Vec<&String> = changes.iter().filter(|l| l.ends_with(&by_owner)).collect();
    let owners_logged: Vec<&String> = logged_changes
        .iter()
        .copied()
        .filter(|l| l.ends_with(&by_owner))
        .collect();
    assert_eq!(
        owners_logged, owners,
        "{name}: the owner's changes out of order"
    );

    // Replaying the log's changes gives the final collaborators, each change a real one.
    let mut replayed = BTreeSet::new();
    for line in &logged_changes {
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

    // Each 403 wrote its refusal line, and nothing else did.
    let refusals: Vec<String> = records
        .iter()
        .filter(|r| r.status == 403)
        .map(|r| refusal_line(r, emails).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect();
    let logged_refusals: Vec<String> = log
        .iter()
        .filter(|l| l.starts_with("Refused "))
        .cloned()
        .collect();
    assert_eq!(
        sorted(logged_refusals.clone()),
        sorted(refusals),
        "{name}: refusal lines"
    );
    assert_eq!(
        log.len(),
        1 + 2 * releases.len() + logged_changes.len() + logged_refusals.len(),
        "{name}: lines no request explains: {log:#?}"
    );
}

/// Asserts the run did what it is meant to prove something about.
fn assert_exercised(records: &[Record]) {
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

#[test]
fn eight_users_changing_access_and_config_leave_a_log_that_agrees_with_the_state() {
    let sb = Sandbox::new();
    let server = sb.serve();
    let platform = server.platform();
    let (_, _, account) = server.call("GET", "/account", &[], None);
    let mut emails = vec![
        account["email"]
            .as_str()
            .expect("the owner's email")
            .to_string(),
    ];
    let mut keys = vec![server.token.clone()];
    for user in 1..USERS {
        let email = match user {
            STRANGER => "stranger@example.com".to_string(),
            _ => format!("user{user}@example.com"),
        };
        keys.push(platform.create_user(&email).expect("a user"));
        emails.push(email);
    }
    drop(platform);
    let shared = Shared {
        url: server.url.clone(),
        ca: server.ca.clone(),
        keys,
        emails,
        spent: Default::default(),
        started: Instant::now(),
        run: Duration::from_secs(knob("BELT_STRESS_SECONDS", 20)),
    };

    // Three apps, each with some collaborators to begin with; setup's requests are recorded
    // as the owner's first.
    let mut setup = Vec::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let http = http_client_trusting(&server.ca);
    for (app, name) in APPS.iter().enumerate() {
        let (status, _, body) = server.call(
            "POST",
            "/apps",
            &[],
            Some(&json!({ "name": name }).to_string()),
        );
        assert_eq!(status, 201, "{body}");
        for user in (1 + app..STRANGER).step_by(2) {
            let added = runtime
                .block_on(send(&shared, &http, OWNER, app, Op::AddCollaborator(user)))
                .expect("an add");
            assert_eq!(added.status, 201, "{added:?}");
            setup.push(added);
        }
    }
    drop(runtime);

    let mut seeds = Rng::from_env("access reliability");
    let shared = Shared {
        started: Instant::now(),
        ..shared
    };
    let results: Vec<Result<Vec<Record>, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..USERS)
            .map(|user| {
                let rng = Rng::new(seeds.next());
                let shared = &shared;
                scope.spawn(move || worker(shared, user, rng))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a worker"))
            .collect()
    });
    let mut records = setup;
    for result in results {
        records.extend(result.unwrap_or_else(|e| panic!("{e}")));
    }
    let emails = &shared.emails;

    // A stranger saw nothing and was refused everything; no destroy went through.
    for record in records.iter().filter(|r| r.user == STRANGER) {
        match record.op {
            Op::ListApps => assert_eq!(record.answer, "", "{record:?}"),
            _ => assert_eq!(record.status, 403, "{record:?}"),
        }
    }
    assert!(
        records
            .iter()
            .all(|r| r.op != Op::Destroy || r.status == 403)
    );
    let states = check_store(&server.data_dir);
    assert_eq!(states.keys().map(String::as_str).collect::<Vec<_>>(), APPS);

    for app in 0..APPS.len() {
        let mine: Vec<Record> = records
            .iter()
            .filter(|r| r.app == app && r.op != Op::ListApps)
            .cloned()
            .collect();
        check_app(&sb, &server, app, &mine, emails);
    }
    assert_exercised(&records);
}
