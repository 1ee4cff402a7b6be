//! app.json validation: every mistake named by its key, environments over the top level,
//! where each config var's value comes from, and the JSON form reading back.

use std::collections::BTreeMap;

use crate::manifest::parse;

#[test]
fn every_mistake_is_named_by_its_key() {
    let text = br#"{
        "name": 7,
        "stack": "nope",
        "env": {"GOOD": "x", "BAD-KEY": "y", "GEN": {"generator": "uuid"}},
        "addons": ["heroku-postgresql", {"plan": "foo:bar"}, {"as": "X"}],
        "formation": {"web": {"quantity": -1, "size": "huge"}, "worker": {"quantity": 101}},
        "buildpacks": [{"url": "heroku/python"}, {}],
        "scripts": {"postdeploy": ["echo"]},
        "environments": {"review": "yes"}
    }"#;
    let errors = parse(text, None).expect_err("invalid");
    assert_eq!(
        errors,
        [
            "name: must be a string",
            "stack: unknown stack \"nope\" (stacks: heroku-24, heroku-22, container, cedar)",
            "env.BAD-KEY: not a valid config var name (letters, digits and underscores)",
            "env.GEN.generator: unknown generator \"uuid\" (the only one is \"secret\")",
            "addons[1]: unknown plan \"foo:bar\"",
            "addons[2].plan: required",
            "formation.web.quantity: must be a non-negative integer",
            "formation.web.size: unknown dyno size \"huge\" (sizes: Eco, Basic, Standard-1X, Standard-2X, Performance-M, Performance-L)",
            "formation.worker.quantity: at most 100 dynos per process type",
            "buildpacks[1].url: required",
            "scripts.postdeploy: must be a string",
            "environments.review: must be an object",
        ]
    );
}

#[test]
fn an_environment_overrides_the_top_level() {
    let text = br#"{
        "env": {"A": "top", "B": "top"},
        "scripts": {"postdeploy": "top", "pr-predestroy": "bye"},
        "environments": {"review": {"env": {"B": "review"}, "scripts": {"postdeploy": "seed"}}}
    }"#;
    let review = parse(text, Some("review")).expect("valid");
    assert_eq!(review.env["A"].value.as_deref(), Some("top"));
    assert_eq!(review.env["B"].value.as_deref(), Some("review"));
    assert_eq!(review.scripts.postdeploy.as_deref(), Some("seed"));
    assert_eq!(review.scripts.pr_predestroy.as_deref(), Some("bye"));
    let plain = parse(text, None).expect("valid");
    assert_eq!(plain.env["B"].value.as_deref(), Some("top"));
    assert_eq!(parse(text, Some("test")).expect("valid"), plain);
}

#[test]
fn config_vars_take_overrides_then_offers_then_values_then_secrets() {
    let text = br#"{"env": {
        "NEEDED": {"required": true},
        "OPTIONAL": {"required": false},
        "SECRET": {"generator": "secret"},
        "PLAIN": "v",
        "HEROKU_APP_NAME": {"required": true}
    }}"#;
    let manifest = parse(text, None).expect("valid");
    let none = BTreeMap::new();
    assert_eq!(
        manifest.config_vars(&none, &none).expect_err("missing"),
        [
            "env.HEROKU_APP_NAME: required but no value given",
            "env.NEEDED: required but no value given"
        ]
    );
    let overrides = BTreeMap::from([
        ("NEEDED".to_string(), "n".to_string()),
        ("EXTRA".to_string(), "e".to_string()),
    ]);
    let offered = BTreeMap::from([
        ("HEROKU_APP_NAME".to_string(), "app".to_string()),
        ("HEROKU_BRANCH".to_string(), "undeclared".to_string()),
    ]);
    let config = manifest.config_vars(&overrides, &offered).expect("valid");
    assert_eq!(
        config.keys().collect::<Vec<_>>(),
        ["EXTRA", "HEROKU_APP_NAME", "NEEDED", "PLAIN", "SECRET"]
    );
    assert_eq!(config["HEROKU_APP_NAME"], "app");
    assert_eq!(config["SECRET"].len(), 64);
    assert!(config["SECRET"].bytes().all(|b| b.is_ascii_hexdigit()));
}

#[test]
fn the_json_form_parses_back_to_the_same_manifest() {
    let text = br#"{
        "name": "tool", "success_url": "/welcome",
        "env": {"S": {"generator": "secret", "description": "d"}, "O": {"required": false}},
        "addons": ["heroku-postgresql", {"plan": "heroku-redis", "as": "CACHE", "options": {"v": "7"}}],
        "formation": {"web": {"quantity": 1, "size": "standard-2x"}},
        "buildpacks": [{"url": "heroku/nodejs"}],
        "scripts": {"postdeploy": "seed"},
        "environments": {"review": {"scripts": {"postdeploy": "seed-review"}}}
    }"#;
    let manifest = parse(text, None).expect("valid");
    let again = manifest.to_json().to_string();
    assert_eq!(parse(again.as_bytes(), None).expect("valid"), manifest);
    assert_eq!(manifest.formation["web"].size, Some("Standard-2X"));
}

#[test]
fn not_json_or_not_an_object_is_one_problem() {
    assert_eq!(
        parse(b"[]", None).expect_err("array"),
        ["app.json: must be a JSON object"]
    );
    let errors = parse(b"{", None).expect_err("broken");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("app.json: not valid JSON"),
        "{errors:?}"
    );
}
