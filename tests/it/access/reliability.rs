//! 8 users on one `belt serve` changing access and config of three apps concurrently for 20
//! seconds (BELT_STRESS_SECONDS; seed in BELT_TEST_SEED), at the wire: the owner adds and
//! removes collaborators and sets config; the others set and read config, try to destroy the
//! apps and to manage collaborators, and leave; one user is never given access. Every request
//! and its answer is recorded, then: every refused request changed nothing, every accepted one
//! is in the store and the app's log exactly once, and the log replays to the final state.
//!
//! Each app's log is read with `belt logs -n 1500`, so the load is paced to keep every app
//! under the 1,500-line buffer (a line budget spent evenly over the run).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::harness::stress::{Rng, check_store, knob};
use crate::harness::{Sandbox, http_client_trusting};

mod checks;

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

    // A stranger saw nothing and was refused everything; what is the owner's (destroying the
    // app, managing others' access) no one else did.
    for record in &records {
        let owners = match record.op {
            Op::Destroy | Op::AddCollaborator(_) => true,
            Op::RemoveCollaborator(target) => target != record.user,
            _ => false,
        };
        if record.user == STRANGER && record.op == Op::ListApps {
            assert_eq!(record.answer, "", "{record:?}");
        } else if record.user == STRANGER || (owners && record.user != OWNER) {
            assert!(!record.accepted(), "allowed what is not theirs: {record:?}");
        }
    }
    let states = check_store(&server.data_dir);
    assert_eq!(states.keys().map(String::as_str).collect::<Vec<_>>(), APPS);

    for app in 0..APPS.len() {
        let mine: Vec<Record> = records
            .iter()
            .filter(|r| r.app == app && r.op != Op::ListApps)
            .cloned()
            .collect();
        checks::check_app(&sb, &server, app, &mine, emails);
    }
    checks::assert_exercised(&records);
}
