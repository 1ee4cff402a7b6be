//! Config vars on the embedded default, through the real binary.

use crate::harness::Sandbox;
use serde_json::{Value, json};

/// Values that break naive quoting: `=`, edge spaces, a newline, emoji, quotes, shell syntax.
const AWKWARD: &[(&str, &str)] = &[
    ("EQUALS", "a=b=c"),
    ("SPACES", "  leading and trailing  "),
    ("NEWLINE", "line one\nline two"),
    ("EMOJI", "🎉 déjà vu 🚀"),
    ("QUOTES", "it's \"quoted\" \\ back"),
    ("SHELL", "$HOME `id` $(id) ; #x * ?"),
    ("EMPTY", ""),
];

fn awkward_map() -> Value {
    AWKWARD
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn add_awkward(sb: &Sandbox, app: &str) {
    let mut args = vec!["config:add".to_string(), "-a".into(), app.into()];
    args.extend(AWKWARD.iter().map(|(k, v)| format!("{k}={v}")));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    sb.ok(&args);
}

#[test]
fn awkward_values_round_trip_everywhere() {
    let sb = Sandbox::new();
    sb.ok(&["create", "awkward"]);
    add_awkward(&sb, "awkward");

    // config --json and config:get.
    assert_eq!(sb.config("awkward"), awkward_map());
    for (key, value) in AWKWARD {
        assert_eq!(
            sb.ok(&["config:get", key, "-a", "awkward"]),
            format!("{value}\n"),
            "{key}"
        );
    }
    assert_eq!(
        sb.json(&["config:get", "EQUALS", "MISSING", "-a", "awkward"]),
        json!({"EQUALS": "a=b=c", "MISSING": null})
    );

    // config --shell, sourced by sh, gives back every value byte for byte.
    let shell = sb.ok(&["config", "--shell", "-a", "awkward"]);
    std::fs::write(sb.work().join("vars.sh"), &shell).unwrap();
    for (key, value) in AWKWARD {
        let output = sb
            .std_command("sh")
            .arg("-c")
            .arg(format!(". ./vars.sh && printf '%s' \"${key}\""))
            .current_dir(sb.work())
            .output()
            .unwrap();
        assert!(output.status.success(), "{shell}");
        assert_eq!(String::from_utf8(output.stdout).unwrap(), *value, "{key}");
    }

    // export, then import into another app: the identical map.
    let exported = sb.ok(&["config:export", "-a", "awkward"]);
    std::fs::write(sb.work().join("awkward.env"), &exported).unwrap();
    sb.ok(&["create", "imported"]);
    sb.ok(&["config:import", "awkward.env", "-a", "imported"]);
    assert_eq!(sb.config("imported"), awkward_map());

    // The human block lists every key, sorted.
    let human = sb.ok(&["config", "-a", "awkward"]);
    assert!(human.starts_with("=== awkward Config Vars\n\n"), "{human}");
    let keys: Vec<&str> = human
        .lines()
        .skip(2)
        .filter_map(|l| l.split_once(':').map(|(k, _)| k))
        .filter(|k| !k.starts_with(' '))
        .collect();
    assert_eq!(
        keys,
        vec![
            "EMOJI", "EMPTY", "EQUALS", "NEWLINE", "QUOTES", "SHELL", "SPACES"
        ]
    );
}

#[test]
fn set_and_unset_report_the_new_release() {
    let sb = Sandbox::new();
    sb.ok(&["create", "setter"]);
    let out = sb
        .belt()
        .args(["config:set", "B=2", "A=1", "-a", "setter"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Setting A, B and restarting ⬢ setter... done, v2"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "A: 1\nB: 2\n");
    let out = sb
        .belt()
        .args(["config:remove", "A", "-a", "setter"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Unsetting A and restarting ⬢ setter... done, v3"),
        "{stderr}"
    );
    assert_eq!(sb.config("setter"), json!({"B": "2"}));
    let descriptions: Vec<Value> = sb
        .releases("setter")
        .iter()
        .map(|r| r["description"].clone())
        .collect();
    assert_eq!(
        descriptions,
        vec![
            json!("Remove A config vars"),
            json!("Set A, B config vars"),
            json!("Initial release")
        ]
    );
}

#[test]
fn import_prune_of_an_export_after_edits_leaves_exactly_the_file() {
    let sb = Sandbox::new();
    sb.ok(&["create", "pruned"]);
    sb.ok(&["config:add", "A=1", "B=two words", "C=3", "-a", "pruned"]);
    let exported = sb.ok(&["config:export", "-a", "pruned"]);
    std::fs::write(sb.work().join("saved.env"), &exported).unwrap();
    let saved = sb.config("pruned");

    sb.ok(&["config:add", "A=changed", "D=new", "-a", "pruned"]);
    sb.ok(&["config:unset", "C", "-a", "pruned"]);
    let before = sb.releases("pruned").len();

    // A dry run shows the diff and changes nothing.
    let preview = sb.ok(&[
        "config:import",
        "saved.env",
        "--prune",
        "--overwrite",
        "--dry-run",
        "-a",
        "pruned",
    ]);
    for line in [r#"~ A: "changed" → "1""#, r#"+ C="3""#, r#"- D="new""#] {
        assert!(preview.lines().any(|l| l == line), "{line}\n{preview}");
    }
    assert_eq!(sb.releases("pruned").len(), before);

    sb.ok(&[
        "config:import",
        "saved.env",
        "--prune",
        "--overwrite",
        "-a",
        "pruned",
    ]);
    assert_eq!(sb.config("pruned"), saved);
    // One import, one release.
    let releases = sb.releases("pruned");
    assert_eq!(releases.len(), before + 1);
    // Importing the same file again changes nothing.
    let again = sb.ok(&["config:import", "saved.env", "--prune", "-a", "pruned"]);
    assert_eq!(again, "No changes.\n");
    assert_eq!(sb.releases("pruned").len(), before + 1);
}

#[test]
fn import_keeps_existing_keys_unless_overwrite_and_reads_stdin() {
    let sb = Sandbox::new();
    sb.ok(&["create", "keeper"]);
    sb.ok(&["config:add", "KEEP=old", "-a", "keeper"]);
    let dotenv = "# from stdin\nexport KEEP=new\nADDED='single $quoted'\nMULTI=\"a\nb\" # trailing comment\n";
    let out = sb
        .belt()
        .args(["config:import", "-", "-a", "keeper"])
        .write_stdin(dotenv)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("KEEP") && stderr.contains("--overwrite"),
        "{stderr}"
    );
    assert_eq!(
        sb.config("keeper"),
        json!({"KEEP": "old", "ADDED": "single $quoted", "MULTI": "a\nb"})
    );
    sb.belt()
        .args(["config:import", "-", "--overwrite", "-a", "keeper"])
        .write_stdin(dotenv)
        .assert()
        .success();
    assert_eq!(sb.config("keeper")["KEEP"], "new");
}

#[test]
fn edit_runs_an_editor_with_arguments_and_applies_one_release() {
    let sb = Sandbox::new();
    sb.ok(&["create", "edited"]);
    sb.ok(&["config:add", "A=1", "B=2", "-a", "edited"]);
    let out = sb
        .belt()
        .args(["config:edit", "-a", "edited"])
        .env(
            "EDITOR",
            r#"sed -i -e 's/^A=.*/A="edited value"/' -e '$a C="new\nline"' -e '/^B=/d'"#,
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "~ A: \"1\" → \"edited value\"\n- B=\"2\"\n+ C=\"new\\nline\"\n"
    );
    assert_eq!(
        sb.config("edited"),
        json!({"A": "edited value", "C": "new\nline"})
    );
    assert_eq!(sb.releases("edited").len(), 3);

    // A failing editor changes nothing.
    let (code, _, stderr) = {
        let out = sb
            .belt()
            .args(["config:edit", "-a", "edited"])
            .env("EDITOR", "false")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::new(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert_eq!(sb.releases("edited").len(), 3);
}

#[test]
fn bad_input_is_rejected_and_changes_nothing() {
    let sb = Sandbox::new();
    sb.ok(&["create", "strict"]);
    std::fs::write(sb.work().join("bad.env"), "GOOD=1\n# comment\nNOT A PAIR\n").unwrap();
    std::fs::write(sb.work().join("badkey.env"), "GOOD=1\nBAD-KEY=2\n").unwrap();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["config:add", "BAD-KEY=1"], 2, "invalid config var name"),
        (
            &["config:add", "GOOD=1", "FOO"],
            2,
            "FOO is invalid. Must be in the format FOO=bar.",
        ),
        (&["config:add", "=1"], 2, "invalid config var name"),
        (&["config:get", "a.b"], 2, "invalid config var name"),
        (&["config:unset", "A B"], 2, "invalid config var name"),
        (&["config:import", "missing.env"], 2, "missing.env"),
        (&["config:import", "bad.env"], 2, "bad.env: line 3"),
        (&["config:import", "badkey.env"], 2, "badkey.env: line 2"),
    ];
    for (args, code, message) in cases {
        let mut all = args.to_vec();
        all.extend(["-a", "strict"]);
        let (got, _, stderr) = sb.fails(&all);
        assert_eq!(got, *code, "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    let (code, _, _) = sb.fails(&["config", "-a", "no-such-app"]);
    assert_eq!(code, 4);
    assert_eq!(sb.config("strict"), json!({}));
    assert_eq!(sb.releases("strict").len(), 1);
}

#[test]
fn eight_processes_set_200_keys_at_once() {
    let sb = Sandbox::new();
    sb.ok(&["create", "busy"]);
    let sb = std::sync::Arc::new(sb);
    let workers: Vec<_> = (0..8)
        .map(|i| {
            let sb = sb.clone();
            std::thread::spawn(move || {
                for j in 0..25 {
                    sb.ok(&["config:add", &format!("K_{i}_{j}=v{i}.{j}"), "-a", "busy"]);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("worker");
    }
    let config = sb.config("busy");
    let config = config.as_object().unwrap();
    assert_eq!(config.len(), 200);
    for i in 0..8 {
        for j in 0..25 {
            assert_eq!(config[&format!("K_{i}_{j}")], format!("v{i}.{j}"));
        }
    }
    let releases = sb.releases("busy");
    let mut versions: Vec<u64> = releases
        .iter()
        .map(|r| r["version"].as_u64().unwrap())
        .collect();
    versions.sort_unstable();
    assert_eq!(versions, (1..=201).collect::<Vec<u64>>());
    // Each release carries the config as it was then: one more key each time.
    let current: Vec<&Value> = releases.iter().filter(|r| r["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["version"], 201);
    let v101 = sb.json(&["releases:info", "v101", "--shell", "-a", "busy"]);
    assert_eq!(v101["version"], 101);
    let shell = sb.ok(&["releases:info", "v101", "--shell", "-a", "busy"]);
    assert_eq!(shell.lines().count(), 100);
}
