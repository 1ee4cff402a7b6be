//! Add-ons on the embedded default: the seeds' `addons:add` lines, config vars, releases,
//! database provisioning, plan changes, removal and bad input.

use crate::harness::Sandbox;
use serde_json::{Value, json};

/// The keys of the app's config vars.
fn config_keys(sb: &Sandbox, app: &str) -> Vec<String> {
    sb.config(app)
        .as_object()
        .expect("object")
        .keys()
        .cloned()
        .collect()
}

fn addon_named<'a>(addons: &'a Value, plan: &str) -> &'a Value {
    addons
        .as_array()
        .expect("array")
        .iter()
        .find(|a| a["plan"]["name"] == plan)
        .unwrap_or_else(|| panic!("no {plan} in {addons}"))
}

/// Every `addons:add` line of the seeds, in order, each with the config vars it must set.
const SEEDS: &[(&str, &str, &[&str])] = &[
    (
        "memcache",
        "memcache:5mb",
        &["MEMCACHE_SERVERS", "MEMCACHE_USERNAME", "MEMCACHE_PASSWORD"],
    ),
    ("redistogo", "redistogo:nano", &["REDISTOGO_URL"]),
    (
        "sendgrid:starter",
        "sendgrid:starter",
        &["SENDGRID_USERNAME", "SENDGRID_PASSWORD"],
    ),
    ("mongolab:starter", "mongolab:starter", &["MONGOLAB_URI"]),
    ("sentry:test", "sentry:test", &["SENTRY_DSN"]),
    ("pgbackups", "pgbackups:basic", &["PGBACKUPS_URL"]),
    ("custom_domains:basic", "custom_domains:basic", &[]),
    ("zerigo_dns:basic", "zerigo_dns:basic", &[]),
    ("ssl:piggyback", "ssl:piggyback", &[]),
    (
        "heroku-PostgreSQL:ronin",
        "heroku-postgresql:ronin",
        &["DATABASE_URL", "HEROKU_POSTGRESQL_AMBER_URL"],
    ),
    ("cloudamqp", "cloudamqp:lemur", &["CLOUDAMQP_URL"]),
    (
        "heroku-postgresql:dev",
        "heroku-postgresql:dev",
        &["HEROKU_POSTGRESQL_BLACK_URL"],
    ),
    ("scheduler", "scheduler:standard", &[]),
];

#[test]
fn seed_addons_show_in_addons_config_and_releases() {
    let sb = Sandbox::new();
    sb.ok(&["create", "seeds"]);
    for (i, (arg, plan, vars)) in SEEDS.iter().enumerate() {
        let out = sb
            .belt()
            .args(["addons:add", arg, "-a", "seeds"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{arg}: {stdout}{stderr}");
        assert!(
            stderr.contains(&format!("Creating {arg} on ⬢ seeds... ")),
            "{stderr}"
        );
        assert!(stdout.starts_with("Created "), "{stdout}");
        for var in *vars {
            assert!(stdout.contains(var), "{arg}: {stdout}");
        }
        // A release per add-on, saying which.
        let releases = sb.releases("seeds");
        assert_eq!(releases.len(), i + 2, "{arg}");
        assert_eq!(releases[0]["description"], format!("Add {plan} add-on"));
        let plans = releases[0]["addon_plan_names"].as_array().unwrap();
        assert_eq!(plans.len(), i + 1);
        assert!(plans.contains(&json!(plan)), "{plans:?}");
        let keys = config_keys(&sb, "seeds");
        for var in *vars {
            assert!(keys.contains(&var.to_string()), "{arg}: {keys:?}");
        }
        if *arg == "heroku-PostgreSQL:ronin" {
            sb.ok(&["pg:wait", "-a", "seeds"]);
            let addons = sb.json(&["addons", "-a", "seeds"]);
            assert_eq!(
                addon_named(&addons, "heroku-postgresql:ronin")["state"],
                "provisioned"
            );
        }
    }

    let addons = sb.json(&["addons", "-a", "seeds"]);
    assert_eq!(addons.as_array().unwrap().len(), SEEDS.len());
    let table = sb.ok(&["addons", "-a", "seeds"]);
    for (_, plan, _) in SEEDS {
        let (service, short) = plan.split_once(':').unwrap();
        let name = addon_named(&addons, plan)["name"].as_str().unwrap();
        let row = table
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not in {table}"));
        assert!(
            row.contains(&format!("{service} (")) && row.contains(short),
            "{row}"
        );
    }
    assert!(
        table.contains("Add-on") && table.contains("State"),
        "{table}"
    );
    assert!(table.contains("$200/month"), "{table}");
    let config = sb.config("seeds");
    assert!(
        config["DATABASE_URL"]
            .as_str()
            .unwrap()
            .starts_with("postgres://")
    );
    assert_eq!(
        config["DATABASE_URL"],
        config["HEROKU_POSTGRESQL_AMBER_URL"]
    );
    assert_ne!(
        config["DATABASE_URL"],
        config["HEROKU_POSTGRESQL_BLACK_URL"]
    );

    // apps:info lists the plans first, sorted, and --json carries the add-ons.
    let info = sb.ok(&["apps:info", "-a", "seeds"]);
    let addons_line = info.lines().nth(2).unwrap();
    assert!(addons_line.starts_with("Addons:"), "{info}");
    assert!(addons_line.ends_with("cloudamqp:lemur"), "{info}");
    let info = sb.json(&["apps:info", "-a", "seeds"]);
    assert_eq!(info["addons"].as_array().unwrap().len(), SEEDS.len());

    // pg:info shows both databases; pg:wait returns once every one is available.
    sb.ok(&["pg:wait", "-a", "seeds"]);
    let pg = sb.ok(&["pg:info", "-a", "seeds"]);
    assert!(
        pg.contains("=== DATABASE_URL, HEROKU_POSTGRESQL_AMBER_URL"),
        "{pg}"
    );
    assert!(pg.contains("=== HEROKU_POSTGRESQL_BLACK_URL"), "{pg}");
    assert!(
        pg.contains("Plan:    Ronin") && pg.contains("Status:  Available"),
        "{pg}"
    );
}

#[test]
fn remove_upgrade_and_attachment_names() {
    let sb = Sandbox::new();
    sb.ok(&["create", "shop"]);
    sb.ok(&[
        "addons:add",
        "sendgrid:starter",
        "--as",
        "MAIL",
        "-a",
        "shop",
    ]);
    sb.ok(&["addons:add", "memcache", "--name", "my-cache", "-a", "shop"]);
    let keys = config_keys(&sb, "shop");
    assert!(keys.contains(&"MAIL_USERNAME".to_string()), "{keys:?}");
    assert!(!keys.iter().any(|k| k.starts_with("SENDGRID")), "{keys:?}");

    // Found by attachment, name or service.
    let info = sb.ok(&["addons:info", "MAIL", "-a", "shop"]);
    assert!(info.starts_with("=== sendgrid-"), "{info}");
    assert!(info.contains("shop::MAIL"), "{info}");
    assert_eq!(
        sb.json(&["addons:info", "my-cache"])["plan"]["name"],
        "memcache:5mb"
    );

    // A change of plan is a release; config vars stay.
    let before = sb.config("shop");
    let out = sb
        .belt()
        .args(["addons:upgrade", "memcache:100mb", "-a", "shop"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Changing my-cache on ⬢ shop from memcache:5mb to memcache:100mb... done"),
        "{stderr}"
    );
    assert_eq!(
        sb.releases("shop")[0]["description"],
        "Upgrade memcache:5mb to memcache:100mb"
    );
    sb.ok(&["addons:downgrade", "my-cache", "5mb", "-a", "shop"]);
    assert_eq!(
        sb.releases("shop")[0]["description"],
        "Downgrade memcache:100mb to memcache:5mb"
    );
    assert_eq!(sb.config("shop"), before);

    // Removal unsets exactly the add-on's vars, as a release.
    sb.ok(&["config:add", "KEEP=1", "-a", "shop"]);
    sb.ok(&[
        "addons:remove",
        "memcache",
        "-a",
        "shop",
        "--confirm",
        "shop",
    ]);
    let releases = sb.releases("shop");
    assert_eq!(releases[0]["description"], "Remove memcache:5mb add-on");
    assert_eq!(releases[0]["addon_plan_names"], json!(["sendgrid:starter"]));
    let keys = config_keys(&sb, "shop");
    assert!(!keys.iter().any(|k| k.starts_with("MEMCACHE")), "{keys:?}");
    assert!(keys.contains(&"KEEP".to_string()) && keys.contains(&"MAIL_PASSWORD".to_string()));

    // Removing needs the app's name typed back.
    let (code, _, stderr) = sb.fails(&["addons:remove", "MAIL", "-a", "shop"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, _) = sb.fails(&["addons:remove", "MAIL", "-a", "shop", "--confirm", "nope"]);
    assert_eq!(code, 2);
    assert_eq!(
        sb.json(&["addons", "-a", "shop"]).as_array().unwrap().len(),
        1
    );

    // --all lists the add-ons of every app.
    sb.ok(&["create", "blog"]);
    sb.ok(&["addons:add", "scheduler", "-a", "blog"]);
    let all = sb.ok(&["addons", "--all"]);
    assert!(all.contains("Owning App"), "{all}");
    assert!(all.contains("blog") && all.contains("shop"), "{all}");
    assert_eq!(sb.json(&["addons", "--all"]).as_array().unwrap().len(), 2);
}

#[test]
fn bad_input_is_refused_and_leaves_nothing_behind() {
    let sb = Sandbox::new();
    sb.ok(&["create", "strict"]);
    sb.ok(&["addons:add", "memcache", "-a", "strict"]);
    let releases = sb.releases("strict").len();
    let config = sb.config("strict");

    let (code, _, stderr) = sb.fails(&["addons:add", "memcahce", "-a", "strict"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("Did you mean: memcache?"), "{stderr}");
    // The catalogue belongs to no app, so its errors do not name one; the app's own do.
    assert!(!stderr.contains("(app: strict)"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["addons:add", "heroku-postgresql:ronnin", "-a", "strict"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("heroku-postgresql:ronin"), "{stderr}");
    assert!(!stderr.contains("(app: strict)"), "{stderr}");
    let (code, _, stderr) = sb.fails(&["addons:info", "no-such-addon", "-a", "strict"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("(app: strict)"), "{stderr}");

    // One installation of a service that allows one.
    let (code, _, stderr) = sb.fails(&["addons:add", "memcache:100mb", "-a", "strict"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("allows only one per app"), "{stderr}");

    // An attachment name already in use, a bad add-on name, a taken add-on name.
    let (code, _, stderr) =
        sb.fails(&["addons:add", "sendgrid", "--as", "MEMCACHE", "-a", "strict"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("MEMCACHE is already used"), "{stderr}");
    let (code, _, _) = sb.fails(&[
        "addons:add",
        "sendgrid",
        "--name",
        "Bad Name",
        "-a",
        "strict",
    ]);
    assert_eq!(code, 1);
    let memcache = sb.json(&["addons", "-a", "strict"])[0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, _, stderr) = sb.fails(&[
        "addons:add",
        "sendgrid",
        "--name",
        &memcache,
        "-a",
        "strict",
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already taken"), "{stderr}");

    // Removing what is not there.
    let (code, _, _) = sb.fails(&[
        "addons:remove",
        "redistogo",
        "-a",
        "strict",
        "--confirm",
        "strict",
    ]);
    assert_eq!(code, 4);
    let (code, _, _) = sb.fails(&["addons:info", "nothing-here", "-a", "strict"]);
    assert_eq!(code, 4);
    let (code, _, _) = sb.fails(&["addons:plans", "nope"]);
    assert_eq!(code, 4);

    // Nothing half-applied: no release, no config var, no add-on row.
    assert_eq!(sb.releases("strict").len(), releases);
    assert_eq!(sb.config("strict"), config);
    assert_eq!(
        sb.json(&["addons", "-a", "strict"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // A dry run sends nothing.
    let out = sb.ok(&["addons:add", "redistogo", "--dry-run", "-a", "strict"]);
    let mut listing = out.lines();
    let request = listing.next().unwrap_or_default();
    assert!(
        request.starts_with("Would send: POST ") && request.ends_with("/apps/strict/addons"),
        "{out}"
    );
    let body: Value = serde_json::from_str(listing.next().unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(body["plan"], "redistogo", "{out}");
    assert_eq!(sb.releases("strict").len(), releases);
}

#[test]
fn catalogue_and_heroku_cli_requests() {
    let sb = Sandbox::new();
    let services = sb.json(&["addons:services"]);
    let names: Vec<&str> = services
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for name in [
        "heroku-postgresql",
        "heroku-redis",
        "memcache",
        "redistogo",
        "sendgrid",
        "mongolab",
        "sentry",
        "pgbackups",
        "cloudamqp",
        "scheduler",
        "newrelic",
        "websolr",
        "custom_domains",
        "zerigo_dns",
        "ssl",
        "pandastream",
        "papertrail",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    let plans = sb.json(&["addons:plans", "HEROKU-POSTGRESQL"]);
    let plans = plans.as_array().unwrap();
    let defaults: Vec<&Value> = plans.iter().filter(|p| p["default"] == true).collect();
    assert_eq!(defaults.len(), 1);
    assert_eq!(defaults[0]["name"], "heroku-postgresql:essential-0");
    assert_eq!(
        defaults[0]["price"],
        json!({"cents": 500, "contract": false, "unit": "month"})
    );
    for legacy in ["dev", "basic", "crane", "ronin", "fugu"] {
        let name = format!("heroku-postgresql:{legacy}");
        assert!(plans.iter().any(|p| p["name"] == name.as_str()), "{name}");
    }
    let table = sb.ok(&["addons:plans", "ssl"]);
    assert!(table.contains("default   ssl:piggyback"), "{table}");

    // The Heroku CLI's addons:create body, with Accept-Expansion: plan.
    sb.ok(&["create", "cli"]);
    let data = sb.data_dir().join("platform");
    let runtime = crate::harness::runtime();
    runtime.block_on(async {
        let platform = belt_platform::start_embedded(&data).await.unwrap();
        let http = crate::harness::http_client();
        // (status, body) of one request to the in-process platform.
        let call = |method: reqwest::Method, path: &str, body: Option<Value>| {
            let mut request = http
                .request(method, format!("{}{path}", platform.url))
                .bearer_auth(&platform.token)
                .header("Accept-Expansion", "plan");
            if let Some(body) = body {
                request = request.json(&body);
            }
            async move {
                let response = request.send().await.unwrap();
                let status = response.status().as_u16();
                (status, response.json::<Value>().await.unwrap())
            }
        };
        use reqwest::Method;
        let body = json!({
            "attachment": {"name": "DB"},
            "config": {"version": "16"},
            "confirm": "cli",
            "name": null,
            "plan": {"name": "heroku-postgresql:essential-0"}
        });
        let (status, addon) = call(Method::POST, "/apps/cli/addons", Some(body)).await;
        assert_eq!(status, 201);
        assert_eq!(addon["plan"]["price"]["cents"], 500);
        assert_eq!(addon["state"], "provisioning");
        assert!(
            addon["provision_message"]
                .as_str()
                .unwrap()
                .contains("is being created in the background"),
            "{addon}"
        );
        assert_eq!(
            addon["config_vars"],
            json!(["DB_URL", "HEROKU_POSTGRESQL_AMBER_URL"])
        );
        // A plan as a plain string, and resolve by attachment.
        let body = json!({"plan": "REDISTOGO"});
        let (status, _) = call(Method::POST, "/apps/cli/addons", Some(body)).await;
        assert_eq!(status, 201);
        let body = json!({"app": "cli", "addon": "DB"});
        let (_, resolved) = call(Method::POST, "/actions/addons/resolve", Some(body)).await;
        assert_eq!(resolved[0]["id"], addon["id"]);
        let (_, attachments) = call(Method::GET, "/apps/cli/addon-attachments", None).await;
        let names: Vec<&str> = attachments
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["DB", "HEROKU_POSTGRESQL_AMBER", "REDISTOGO"]);
        let (_, plan) = call(Method::GET, "/addon-services/sendgrid/plans/starter", None).await;
        assert_eq!(plan["name"], "sendgrid:starter");
        let (status, _) = call(Method::GET, "/plans/sendgrid:ronin", None).await;
        assert_eq!(status, 404);
    });

    // --wait returns with the database provisioned.
    let out = sb.ok(&["addons:add", "heroku-postgresql", "--wait", "-a", "cli"]);
    // The first one was attached as DB, so DATABASE is still free.
    assert!(
        out.contains("as DATABASE_URL, HEROKU_POSTGRESQL_BLACK_URL"),
        "{out}"
    );
    assert!(!out.contains("in the background"), "{out}");
    let addons = sb.json(&["addons", "-a", "cli"]);
    let waited = addons
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["config_vars"] == json!(["DATABASE_URL", "HEROKU_POSTGRESQL_BLACK_URL"]))
        .unwrap();
    assert_eq!(waited["state"], "provisioned");
    // No message once provisioned: the field is left out (the schema has no null for it).
    assert!(waited.get("provision_message").is_none(), "{waited}");
    // belt names the plan as the schema does, a string (Heroku also takes `{"name": ...}`).
    let dry = sb.ok(&["addons:add", "heroku-redis:mini", "-a", "cli", "--dry-run"]);
    assert!(dry.contains(r#""plan":"heroku-redis:mini""#), "{dry}");
}

/// Add-on lists longer than a page: `belt addons --all` follows Next-Range to the last page.
#[test]
fn addons_longer_than_a_page_are_listed_whole() {
    let sb = Sandbox::new();
    let server = sb.serve();
    // 41 apps with one add-on of each of five services: 205 add-ons.
    for n in 0..41 {
        let app = format!("many-addons-{n}");
        let (status, _, json) = server.call(
            "POST",
            "/apps",
            &[],
            Some(&format!(r#"{{"name": "{app}"}}"#)),
        );
        assert_eq!(status, 201, "{json}");
        for service in ["memcache", "redistogo", "sendgrid", "mongolab", "sentry"] {
            let body = format!(r#"{{"plan": "{service}"}}"#);
            let path = format!("/apps/{app}/addons");
            let (status, _, json) = server.call("POST", &path, &[], Some(&body));
            assert_eq!(status, 201, "{json}");
        }
    }
    let (status, headers, page) = server.call("GET", "/addons", &[], None);
    assert_eq!(status, 206);
    assert_eq!(page.as_array().unwrap().len(), 200);
    assert!(headers.contains_key("next-range"));
    let (status, _, page) = server.call("GET", "/addons", &[("Range", "id ..; max=1000")], None);
    assert_eq!(status, 200);
    assert_eq!(page.as_array().unwrap().len(), 205);

    let listed: Value =
        serde_json::from_str(&server.belt_ok(&sb, &["addons", "--all", "--json"])).unwrap();
    let mut names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 205);
    let text = server.belt_ok(&sb, &["addons", "--all"]);
    assert_eq!(text.matches("sentry (").count(), 41, "{text}");
}

/// Waits poll every 5 seconds, as the official CLI does, or every `--wait-interval`.
#[test]
fn waits_poll_every_five_seconds_unless_told() {
    let sb = Sandbox::new();
    sb.ok(&["create", "waits", "--no-remote"]);
    // How many times a --debug run asked for one add-on (the path ends with its id).
    let polls = |stderr: &str| {
        stderr
            .lines()
            .filter(|l| l.starts_with("--> GET ") && l.contains("/apps/waits/addons/"))
            .count()
    };
    let run = |args: &[&str]| {
        let started = std::time::Instant::now();
        let out = sb
            .belt()
            .args(args)
            .args(["--debug", "-a", "waits"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{args:?}: {stderr}");
        (started.elapsed(), stderr)
    };
    // Provisioning takes the platform 1.5 s: one check, 5 s after the create.
    let (took, stderr) = run(&["addons:create", "heroku-postgresql", "--wait"]);
    assert_eq!(polls(&stderr), 1, "{stderr}");
    assert!(took >= std::time::Duration::from_secs(5), "{took:?}");
    // A short interval: many checks within the 1.5 s (no upper bound on time: a loaded
    // machine may be slow, the count is what shows the interval).
    let (_, stderr) = run(&[
        "addons:create",
        "heroku-postgresql",
        "--wait",
        "--wait-interval",
        "0.1",
    ]);
    assert!(polls(&stderr) >= 2, "{stderr}");

    sb.ok(&["addons:create", "heroku-postgresql", "-a", "waits"]);
    let (_, stderr) = run(&["pg:wait", "--wait-interval", "0.1"]);
    assert!(polls(&stderr) >= 2, "{stderr}");
    for bad in ["0", "-1", "soon"] {
        let (code, _, stderr) = sb.fails(&["pg:wait", "--wait-interval", bad, "-a", "waits"]);
        assert_eq!(code, 2, "{bad}: {stderr}");
    }
}
