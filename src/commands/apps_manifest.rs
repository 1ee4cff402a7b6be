//! apps:manifest: an app.json describing an existing app (its name, stack, config var keys,
//! add-ons, formation and buildpacks), so `apps:setup` can make its like on any backend.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use crate::api::Client;
use crate::api::models::{Addon, App, Formation};
use crate::context::Context;
use crate::error::Result;
use crate::output::{Output, View};
use belt_text::dotenv::ConfigMap;

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Print an app.json describing an existing app, to recreate it with apps:setup
    #[command(
        name = "apps:manifest",
        long_about = "Print an app.json manifest describing an existing app: its name and \
            stack, its add-ons (`plan` and the attachment name `as`), its formation (quantity \
            and size of each process type), its buildpacks, and its config vars as `env`. The \
            vars an add-on sets (DATABASE_URL) are left out, since the add-on sets them again; \
            every other key is `{\"required\": true}` with no value, so no secret is printed, \
            unless --values puts each value in.\n\n\
            Saved as app.json beside the app's code, it recreates an equivalent app with \
            `belt apps:setup --env KEY=VALUE ...` (the required keys given), on this backend or \
            another. The output is JSON in either form.",
        after_help = "Examples:\n  belt apps:manifest -a demo > app.json\n  belt apps:manifest -a demo --values\n  belt apps:manifest -a demo | jq '.env | keys'"
    )]
    Manifest(ManifestArgs),
}

#[derive(Debug, Args)]
pub struct ManifestArgs {
    /// Put each config var's value in `env` (secrets included: mind where the file goes)
    #[arg(long)]
    pub values: bool,
}

pub async fn run(ctx: &Context, command: ManifestCommand) -> Result<()> {
    let ManifestCommand::Manifest(args) = command;
    let app = ctx.app().await?;
    let client = ctx.client().await?;
    let (apps, config, addons) = (client.apps(), client.config_vars(&app), client.addons(&app));
    let (formation, buildpacks) = (client.formation(&app), client.buildpacks(&app));
    let (info, config, addons, formation, installed) = tokio::try_join!(
        apps.info(&app),
        config.info(),
        addons.list(),
        formation.list(),
        buildpacks.list(),
    )?;
    let mut owned = Vec::new();
    for addon in addons.model {
        // An add-on another app owns is not this app's to recreate: its vars stay in `env`.
        if addon.app.as_ref().and_then(|a| a.name.as_deref()) != Some(info.model.name.as_str()) {
            continue;
        }
        let attachment = attachment_name(client, &addon, &info.model.name).await?;
        owned.push((addon, attachment));
    }
    let parts = Parts {
        app: &info.model,
        config: &config.model,
        addons: &owned,
        formation: &formation.model,
        buildpacks: &installed,
    };
    ctx.out.emit(&ManifestView(parts.manifest(args.values)))
}

/// The name the add-on is attached to `app` by (its oldest attachment there): the manifest's
/// `as`.
async fn attachment_name(client: &Client, addon: &Addon, app: &str) -> Result<Option<String>> {
    let attachments = client.account_addons().attachments(&addon.id).await?;
    Ok(attachments
        .into_iter()
        .find(|a| a.app.as_ref().and_then(|a| a.name.as_deref()) == Some(app))
        .map(|a| a.name))
}

/// What the manifest is made from.
struct Parts<'a> {
    app: &'a App,
    config: &'a ConfigMap,
    /// The app's own add-ons, each with its attachment name on the app.
    addons: &'a [(Addon, Option<String>)],
    formation: &'a [Formation],
    /// `buildpack-installation` objects, in order.
    buildpacks: &'a [Value],
}

impl Parts<'_> {
    fn manifest(&self, values: bool) -> Value {
        let provided: Vec<&String> = self
            .addons
            .iter()
            .flat_map(|(addon, _)| &addon.config_vars)
            .collect();
        let env: Map<String, Value> = self
            .config
            .iter()
            .filter(|(key, _)| !provided.contains(key))
            .map(|(key, value)| {
                let entry = if values {
                    json!({ "value": value })
                } else {
                    json!({ "required": true })
                };
                (key.clone(), entry)
            })
            .collect();
        let addons: Vec<Value> = self
            .addons
            .iter()
            .map(|(addon, attachment)| {
                let plan = addon
                    .plan
                    .as_ref()
                    .map(|p| p.name.clone())
                    .or_else(|| addon.addon_service.as_ref().map(|s| s.name().to_string()))
                    .unwrap_or_default();
                match attachment {
                    Some(name) => json!({ "plan": plan, "as": name }),
                    None => json!({ "plan": plan }),
                }
            })
            .collect();
        let formation: BTreeMap<&str, Value> = self
            .formation
            .iter()
            .map(|f| {
                (
                    f.kind.as_str(),
                    json!({"quantity": f.quantity, "size": f.size}),
                )
            })
            .collect();
        let buildpacks: Vec<Value> = self
            .buildpacks
            .iter()
            .filter_map(|b| b["buildpack"]["url"].as_str())
            .map(|url| json!({ "url": url }))
            .collect();
        let mut manifest = json!({
            "name": self.app.name,
            "env": env,
            "addons": addons,
            "formation": formation,
        });
        if let Some(stack) = self.app.stack.as_ref().and_then(|s| s.name.as_deref()) {
            manifest["stack"] = json!(stack);
        }
        // No buildpacks: the platform detects them, as it did for this app.
        if !buildpacks.is_empty() {
            manifest["buildpacks"] = Value::Array(buildpacks);
        }
        manifest
    }
}

/// The manifest, pretty-printed JSON in both forms (it is meant to be saved as a file).
struct ManifestView(Value);

impl View for ManifestView {
    fn json(&self) -> Value {
        self.0.clone()
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.json(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::Parts;
    use crate::api::models::{Addon, App, Formation, decode};

    #[test]
    fn add_on_vars_are_left_out_and_other_keys_are_required() {
        let app: App =
            decode(&json!({"id": "a1", "name": "demo", "stack": {"name": "heroku-24"}})).unwrap();
        let addon: Addon = decode(&json!({
            "id": "d1", "name": "postgresql-round-12", "app": {"name": "demo"},
            "plan": {"name": "heroku-postgresql:essential-0"},
            "config_vars": ["DATABASE_URL"],
        }))
        .unwrap();
        let config = [
            ("DATABASE_URL", "postgres://x"),
            ("SECRET", "s3"),
            ("GREETING", "hi"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
        let formation: Vec<Formation> =
            decode(&json!([{"type": "web", "quantity": 1, "size": "basic"}])).unwrap();
        let buildpacks = [json!({"buildpack": {"url": "heroku/python", "name": "heroku/python"}})];
        let parts = Parts {
            app: &app,
            config: &config,
            addons: &[(addon, Some("DATABASE".into()))],
            formation: &formation,
            buildpacks: &buildpacks,
        };
        assert_eq!(
            parts.manifest(false),
            json!({
                "name": "demo",
                "stack": "heroku-24",
                "env": {"GREETING": {"required": true}, "SECRET": {"required": true}},
                "addons": [{"plan": "heroku-postgresql:essential-0", "as": "DATABASE"}],
                "formation": {"web": {"quantity": 1, "size": "basic"}},
                "buildpacks": [{"url": "heroku/python"}],
            })
        );
        let with_values = parts.manifest(true);
        assert_eq!(with_values["env"]["SECRET"], json!({"value": "s3"}));
        assert_eq!(with_values["env"].get("DATABASE_URL"), None::<&Value>);
    }
}
