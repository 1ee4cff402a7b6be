//! app.json, the manifest an app setup reads from the root of its source (Dev Center, "app.json
//! Schema"): `env` (plain values, or objects with `description`, `value`, `required` and
//! `generator: "secret"`), `addons` (`"service[:plan]"` or `{plan, as, options}`), `formation`
//! (`{type: {quantity, size}}`), `buildpacks` (`[{url}]`), `scripts` (`postdeploy`,
//! `pr-predestroy`) and `environments` (`review`, `test`, ... whose keys override the top
//! level's). Validation reads the whole document and names every problem by its key, so a
//! setup reports them all at once, never only "invalid app.json".

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{addon_plans, buildpacks, dynos, formation, regions_and_stacks, util};

/// A manifest that passed validation.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Manifest {
    pub name: Option<String>,
    pub description: Option<String>,
    pub success_url: Option<String>,
    pub stack: Option<String>,
    pub env: BTreeMap<String, EnvVar>,
    pub addons: Vec<AddonSpec>,
    pub formation: BTreeMap<String, FormationSpec>,
    /// Buildpack URLs (or registry names), in build order.
    pub buildpacks: Vec<String>,
    pub scripts: Scripts,
    /// Each environment's overrides as written (already applied when one was asked for).
    pub environments: BTreeMap<String, Value>,
}

/// One `env` entry; a plain string is its `value`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EnvVar {
    pub description: Option<String>,
    pub value: Option<String>,
    /// app.json's default is true.
    pub required: bool,
    /// `generator: "secret"`: a random value when none is given.
    pub secret: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AddonSpec {
    /// `service` or `service:plan`, as written.
    pub plan: String,
    /// The attachment name (`as`), e.g. `MONGO`.
    pub attachment: Option<String>,
    /// Provider options, accepted and passed on as `addons:create` does with its own.
    pub options: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FormationSpec {
    pub quantity: Option<i64>,
    /// As the API spells it (`Standard-1X`).
    pub size: Option<&'static str>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Scripts {
    pub postdeploy: Option<String>,
    /// The key `pr-predestroy`: run before a review app is destroyed.
    pub pr_predestroy: Option<String>,
}

/// Parses app.json's bytes and applies `environment`'s overrides (when the manifest has that
/// environment); `Err` holds every problem, each naming its key.
pub(crate) fn parse(bytes: &[u8], environment: Option<&str>) -> Result<Manifest, Vec<String>> {
    let (manifest, errors) = check(bytes, environment);
    if errors.is_empty() {
        Ok(manifest)
    } else {
        Err(errors)
    }
}

/// [`parse`], keeping what is valid beside the problems, so a caller can add its own (a
/// required var without a value) to the same list.
pub(crate) fn check(bytes: &[u8], environment: Option<&str>) -> (Manifest, Vec<String>) {
    let document: Value = match serde_json::from_slice(bytes) {
        Ok(document) => document,
        Err(e) => {
            return (
                Manifest::default(),
                vec![format!("app.json: not valid JSON: {e}")],
            );
        }
    };
    let Value::Object(mut root) = document else {
        return (
            Manifest::default(),
            vec!["app.json: must be a JSON object".to_string()],
        );
    };
    if let Some(name) = environment
        && let Some(Value::Object(overrides)) =
            root.get("environments").and_then(|e| e.get(name)).cloned()
    {
        for (key, value) in overrides {
            merge(root.entry(key).or_insert(Value::Null), value);
        }
    }
    read(&root)
}

/// An environment's value for a key: objects merge key by key (so `environments.review.env`
/// adds to and overrides the top level's `env`), anything else replaces.
fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(base), Value::Object(over)) => {
            for (key, value) in over {
                merge(base.entry(key).or_insert(Value::Null), value);
            }
        }
        (base, over) => *base = over,
    }
}

/// Validates an app.json object: its valid parts, and every problem.
fn read(root: &Map<String, Value>) -> (Manifest, Vec<String>) {
    let mut errors = Vec::new();
    let mut manifest = Manifest {
        name: string(root, "name", &mut errors),
        description: string(root, "description", &mut errors),
        success_url: string(root, "success_url", &mut errors),
        stack: string(root, "stack", &mut errors),
        ..Manifest::default()
    };
    if let Some(stack) = &manifest.stack
        && regions_and_stacks::stack(stack).is_none()
    {
        errors.push(format!(
            "stack: unknown stack {stack:?} (stacks: {})",
            regions_and_stacks::stack_names()
        ));
    }
    if let Some(env) = object(root, "env", &mut errors) {
        manifest.env = env
            .iter()
            .filter_map(|(key, value)| Some((key.clone(), env_var(key, value, &mut errors)?)))
            .collect();
    }
    if let Some(addons) = array(root, "addons", &mut errors) {
        manifest.addons = addons
            .iter()
            .enumerate()
            .filter_map(|(i, value)| addon(i, value, &mut errors))
            .collect();
    }
    if let Some(formation) = object(root, "formation", &mut errors) {
        manifest.formation = formation
            .iter()
            .filter_map(|(kind, value)| Some((kind.clone(), process(kind, value, &mut errors)?)))
            .collect();
    }
    if let Some(list) = array(root, "buildpacks", &mut errors) {
        manifest.buildpacks = list
            .iter()
            .enumerate()
            .filter_map(|(i, value)| buildpack(i, value, &mut errors))
            .collect();
    }
    if let Some(scripts) = object(root, "scripts", &mut errors) {
        manifest.scripts = Scripts {
            postdeploy: script(scripts, "postdeploy", &mut errors),
            pr_predestroy: script(scripts, "pr-predestroy", &mut errors),
        };
    }
    if let Some(environments) = object(root, "environments", &mut errors) {
        for (name, value) in environments {
            if value.is_object() {
                manifest.environments.insert(name.clone(), value.clone());
            } else {
                errors.push(format!("environments.{name}: must be an object"));
            }
        }
    }
    (manifest, errors)
}

fn string(root: &Map<String, Value>, key: &str, errors: &mut Vec<String>) -> Option<String> {
    match root.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        _ => {
            errors.push(format!("{key}: must be a string"));
            None
        }
    }
}

fn object<'a>(
    root: &'a Map<String, Value>,
    key: &str,
    errors: &mut Vec<String>,
) -> Option<&'a Map<String, Value>> {
    match root.get(key)? {
        Value::Object(o) => Some(o),
        Value::Null => None,
        _ => {
            errors.push(format!("{key}: must be an object"));
            None
        }
    }
}

fn array<'a>(
    root: &'a Map<String, Value>,
    key: &str,
    errors: &mut Vec<String>,
) -> Option<&'a Vec<Value>> {
    match root.get(key)? {
        Value::Array(a) => Some(a),
        Value::Null => None,
        _ => {
            errors.push(format!("{key}: must be an array"));
            None
        }
    }
}

fn env_var(key: &str, value: &Value, errors: &mut Vec<String>) -> Option<EnvVar> {
    if !belt_text::dotenv::valid_key(key) {
        errors.push(format!(
            "env.{key}: not a valid config var name (letters, digits and underscores)"
        ));
        return None;
    }
    let entry = match value {
        Value::String(s) => {
            return Some(EnvVar {
                description: None,
                value: Some(s.clone()),
                required: true,
                secret: false,
            });
        }
        Value::Object(entry) => entry,
        _ => {
            errors.push(format!("env.{key}: must be a string or an object"));
            return None;
        }
    };
    let before = errors.len();
    let field = |name: &str, errors: &mut Vec<String>| match entry.get(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            errors.push(format!("env.{key}.{name}: must be a string"));
            None
        }
    };
    let description = field("description", errors);
    let value = field("value", errors);
    let required = match entry.get("required") {
        None | Some(Value::Null) => true,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            errors.push(format!("env.{key}.required: must be true or false"));
            true
        }
    };
    let secret = match field("generator", errors).as_deref() {
        None => false,
        Some("secret") => true,
        Some(other) => {
            errors.push(format!(
                "env.{key}.generator: unknown generator {other:?} (the only one is \"secret\")"
            ));
            false
        }
    };
    (errors.len() == before).then_some(EnvVar {
        description,
        value,
        required,
        secret,
    })
}

fn addon(index: usize, value: &Value, errors: &mut Vec<String>) -> Option<AddonSpec> {
    let at = format!("addons[{index}]");
    let (plan, attachment, options) = match value {
        Value::String(plan) => (plan.clone(), None, Map::new()),
        Value::Object(entry) => {
            let plan = match entry.get("plan") {
                Some(Value::String(plan)) => plan.clone(),
                None | Some(Value::Null) => {
                    errors.push(format!("{at}.plan: required"));
                    return None;
                }
                Some(_) => {
                    errors.push(format!("{at}.plan: must be a string"));
                    return None;
                }
            };
            let attachment = match entry.get("as") {
                None | Some(Value::Null) => None,
                Some(Value::String(name)) if valid_attachment(name) => Some(name.clone()),
                Some(_) => {
                    errors.push(format!(
                        "{at}.as: must be a name of letters, digits and underscores starting with a letter"
                    ));
                    return None;
                }
            };
            let options = match entry.get("options") {
                None | Some(Value::Null) => Map::new(),
                Some(Value::Object(options)) => options.clone(),
                Some(_) => {
                    errors.push(format!("{at}.options: must be an object"));
                    return None;
                }
            };
            (plan, attachment, options)
        }
        _ => {
            errors.push(format!(
                "{at}: must be a plan name or an object with a plan"
            ));
            return None;
        }
    };
    if addon_plans::plan(&plan).is_none() {
        errors.push(format!("{at}: unknown plan {plan:?}"));
        return None;
    }
    Some(AddonSpec {
        plan,
        attachment,
        options,
    })
}

fn valid_attachment(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn process(kind: &str, value: &Value, errors: &mut Vec<String>) -> Option<FormationSpec> {
    let Value::Object(entry) = value else {
        errors.push(format!("formation.{kind}: must be an object"));
        return None;
    };
    let before = errors.len();
    let quantity = match entry.get("quantity") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) if n.as_i64().is_some_and(|q| q > formation::MAX_QUANTITY) => {
            errors.push(format!(
                "formation.{kind}.quantity: at most {} dynos per process type",
                formation::MAX_QUANTITY
            ));
            None
        }
        Some(Value::Number(n)) if n.as_i64().is_some_and(|q| q >= 0) => n.as_i64(),
        Some(_) => {
            errors.push(format!(
                "formation.{kind}.quantity: must be a non-negative integer"
            ));
            None
        }
    };
    let size = match entry.get("size") {
        None | Some(Value::Null) => None,
        Some(Value::String(size)) => match dynos::canonical_size(size) {
            Ok(size) => Some(size),
            Err(_) => {
                errors.push(format!(
                    "formation.{kind}.size: unknown dyno size {size:?} (sizes: {})",
                    dynos::SIZES.join(", ")
                ));
                None
            }
        },
        Some(_) => {
            errors.push(format!("formation.{kind}.size: must be a string"));
            None
        }
    };
    (errors.len() == before).then_some(FormationSpec { quantity, size })
}

fn buildpack(index: usize, value: &Value, errors: &mut Vec<String>) -> Option<String> {
    let at = format!("buildpacks[{index}]");
    let url = match value.get("url") {
        Some(Value::String(url)) => url.clone(),
        None | Some(Value::Null) if value.is_object() => {
            errors.push(format!("{at}.url: required"));
            return None;
        }
        _ if !value.is_object() => {
            errors.push(format!("{at}: must be an object with a url"));
            return None;
        }
        _ => {
            errors.push(format!("{at}.url: must be a string"));
            return None;
        }
    };
    match buildpacks::Installation::parse(&url) {
        Ok(_) => Some(url),
        Err(e) => {
            errors.push(format!("{at}.url: {e}"));
            None
        }
    }
}

/// A script: a command, or Heroku's `{command, size}` form (the size is not used here).
fn script(scripts: &Map<String, Value>, key: &str, errors: &mut Vec<String>) -> Option<String> {
    let command = match scripts.get(key)? {
        Value::String(command) => command,
        Value::Object(entry) => match entry.get("command") {
            Some(Value::String(command)) => command,
            _ => {
                errors.push(format!("scripts.{key}.command: must be a string"));
                return None;
            }
        },
        Value::Null => return None,
        _ => {
            errors.push(format!("scripts.{key}: must be a string"));
            return None;
        }
    };
    Some(command.clone()).filter(|c| !c.trim().is_empty())
}

impl Manifest {
    /// The config vars a setup gives the app: for each declared key, the request's override,
    /// else the offered value, else the manifest's value, else a generated secret; and every
    /// override, declared or not. `Err` names each required key left without a value.
    pub fn config_vars(
        &self,
        overrides: &BTreeMap<String, String>,
        offered: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>, Vec<String>> {
        let mut config = overrides.clone();
        let mut errors = Vec::new();
        for (key, var) in &self.env {
            if config.contains_key(key) {
                continue;
            }
            let value = offered
                .get(key)
                .cloned()
                .or_else(|| var.value.clone())
                .or_else(|| var.secret.then(util::new_token));
            match value {
                Some(value) => {
                    config.insert(key.clone(), value);
                }
                None if var.required => {
                    errors.push(format!("env.{key}: required but no value given"));
                }
                None => {}
            }
        }
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }

    /// The manifest as app.json, in the forms this module reads.
    pub fn to_json(&self) -> Value {
        let env: Map<String, Value> = self
            .env
            .iter()
            .map(|(key, var)| {
                let mut entry = Map::new();
                if let Some(description) = &var.description {
                    entry.insert("description".into(), json!(description));
                }
                if let Some(value) = &var.value {
                    entry.insert("value".into(), json!(value));
                }
                if !var.required {
                    entry.insert("required".into(), json!(false));
                }
                if var.secret {
                    entry.insert("generator".into(), json!("secret"));
                }
                (key.clone(), Value::Object(entry))
            })
            .collect();
        let addons: Vec<Value> = self
            .addons
            .iter()
            .map(|a| json!({"plan": a.plan, "as": a.attachment, "options": a.options}))
            .collect();
        let formation: Map<String, Value> = self
            .formation
            .iter()
            .map(|(kind, f)| {
                (
                    kind.clone(),
                    json!({"quantity": f.quantity, "size": f.size}),
                )
            })
            .collect();
        let buildpacks: Vec<Value> = self.buildpacks.iter().map(|u| json!({"url": u})).collect();
        json!({
            "name": self.name,
            "description": self.description,
            "success_url": self.success_url,
            "stack": self.stack,
            "env": env,
            "addons": addons,
            "formation": formation,
            "buildpacks": buildpacks,
            "scripts": {
                "postdeploy": self.scripts.postdeploy,
                "pr-predestroy": self.scripts.pr_predestroy,
            },
            "environments": self.environments,
        })
    }
}
