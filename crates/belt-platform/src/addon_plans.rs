//! The add-on catalogue: services, their plans and prices, and the config vars each service
//! sets. Static data, with the legacy names 2011-era scripts ask for (`heroku-postgresql:ronin`,
//! `sendgrid:starter`, `ssl:piggyback`). Ids are derived from names, so they are the same
//! across installs and restarts.

use serde_json::{Value, json};

use super::util;

pub(crate) struct Service {
    pub name: &'static str,
    pub human_name: &'static str,
    pub supports_multiple_installations: bool,
    /// The attachment name used without `--as` (`DATABASE` → `DATABASE_URL`).
    pub attachment: &'static str,
    /// Config vars as (suffix after `ATTACHMENT_`, value template): `{user}`, `{password}`
    /// and `{db}` are replaced by random hex when an add-on is provisioned.
    pub config: &'static [(&'static str, &'static str)],
    /// Databases also get a `PREFIX_<COLOR>` attachment, and take a moment to provision.
    pub color_prefix: Option<&'static str>,
    /// (plan, monthly price in cents); the first is the default plan.
    pub plans: &'static [(&'static str, u32)],
}

/// A service's plan.
#[derive(Clone, Copy)]
pub(crate) struct Plan {
    pub service: &'static Service,
    pub short: &'static str,
    pub cents: u32,
    pub default: bool,
}

/// How long a database add-on stays `provisioning` after it was created.
pub(crate) const PROVISIONING_MS: i64 = 1500;

/// When the catalogue entries "were created", for their `created_at`/`updated_at`.
const CATALOG_TIME: &str = "2011-05-02T17:53:21Z";

pub(crate) const SERVICES: &[Service] = &[
    Service {
        name: "heroku-postgresql",
        human_name: "Heroku Postgres",
        supports_multiple_installations: true,
        attachment: "DATABASE",
        config: &[(
            "URL",
            "postgres://u{user}:p{password}@localhost:5432/db_{db}",
        )],
        color_prefix: Some("HEROKU_POSTGRESQL"),
        plans: &[
            ("essential-0", 500),
            ("essential-1", 900),
            ("essential-2", 2000),
            ("standard-0", 5000),
            ("premium-0", 20000),
            ("mini", 500),
            ("dev", 0),
            ("basic", 900),
            ("crane", 5000),
            ("kappa", 10000),
            ("ronin", 20000),
            ("fugu", 40000),
            ("ika", 75000),
            ("zilla", 160000),
            ("baku", 320000),
            ("mecha", 640000),
        ],
    },
    Service {
        name: "heroku-redis",
        human_name: "Heroku Key-Value Store",
        supports_multiple_installations: true,
        attachment: "REDIS",
        config: &[("URL", "redis://h:p{password}@localhost:6379")],
        color_prefix: Some("HEROKU_REDIS"),
        plans: &[("mini", 300), ("premium-0", 1500), ("premium-1", 3000)],
    },
    Service {
        name: "memcache",
        human_name: "Memcache",
        supports_multiple_installations: false,
        attachment: "MEMCACHE",
        config: &[
            ("SERVERS", "localhost:11211"),
            ("USERNAME", "app{user}"),
            ("PASSWORD", "{password}"),
        ],
        color_prefix: None,
        plans: &[("5mb", 0), ("100mb", 2000), ("250mb", 4000)],
    },
    Service {
        name: "redistogo",
        human_name: "Redis To Go",
        supports_multiple_installations: false,
        attachment: "REDISTOGO",
        config: &[("URL", "redis://redistogo:{password}@localhost:6379/")],
        color_prefix: None,
        plans: &[("nano", 0), ("mini", 500), ("small", 1500)],
    },
    Service {
        name: "sendgrid",
        human_name: "SendGrid",
        supports_multiple_installations: false,
        attachment: "SENDGRID",
        config: &[
            ("USERNAME", "app{user}@belt.localhost"),
            ("PASSWORD", "{password}"),
        ],
        color_prefix: None,
        plans: &[("starter", 0), ("bronze", 995), ("silver", 7995)],
    },
    Service {
        name: "mongolab",
        human_name: "MongoLab",
        supports_multiple_installations: false,
        attachment: "MONGOLAB",
        config: &[(
            "URI",
            "mongodb://heroku_app{user}:{password}@localhost:27017/heroku_app{db}",
        )],
        color_prefix: None,
        plans: &[("starter", 0), ("small", 1500)],
    },
    Service {
        name: "sentry",
        human_name: "Sentry",
        supports_multiple_installations: false,
        attachment: "SENTRY",
        config: &[("DSN", "https://{user}:{password}@sentry.localhost/{db}")],
        color_prefix: None,
        plans: &[("test", 0), ("developer", 900), ("team", 2900)],
    },
    Service {
        name: "pgbackups",
        human_name: "PG Backups",
        supports_multiple_installations: false,
        attachment: "PGBACKUPS",
        config: &[(
            "URL",
            "https://{user}:{password}@pgbackups.localhost/client",
        )],
        color_prefix: None,
        plans: &[
            ("basic", 0),
            ("plus", 0),
            ("auto-week", 0),
            ("auto-month", 0),
        ],
    },
    Service {
        name: "cloudamqp",
        human_name: "CloudAMQP",
        supports_multiple_installations: false,
        attachment: "CLOUDAMQP",
        config: &[("URL", "amqp://{user}:{password}@localhost:5672/{user}")],
        color_prefix: None,
        plans: &[("lemur", 0), ("tiger", 1900), ("bunny", 9900)],
    },
    Service {
        name: "scheduler",
        human_name: "Heroku Scheduler",
        supports_multiple_installations: false,
        attachment: "SCHEDULER",
        config: &[],
        color_prefix: None,
        plans: &[("standard", 0)],
    },
    Service {
        name: "newrelic",
        human_name: "New Relic APM",
        supports_multiple_installations: false,
        attachment: "NEW_RELIC",
        config: &[("LICENSE_KEY", "{password}"), ("LOG", "stdout")],
        color_prefix: None,
        plans: &[("wayne", 0), ("standard", 4900)],
    },
    Service {
        name: "websolr",
        human_name: "Websolr",
        supports_multiple_installations: false,
        attachment: "WEBSOLR",
        config: &[("URL", "http://localhost:8983/solr/{db}")],
        color_prefix: None,
        plans: &[("cobra", 2000), ("mongoose", 5000)],
    },
    Service {
        name: "custom_domains",
        human_name: "Custom Domains",
        supports_multiple_installations: false,
        attachment: "CUSTOM_DOMAINS",
        config: &[],
        color_prefix: None,
        plans: &[("basic", 0), ("wildcard", 500)],
    },
    Service {
        name: "zerigo_dns",
        human_name: "Zerigo DNS",
        supports_multiple_installations: false,
        attachment: "ZERIGO_DNS",
        config: &[],
        color_prefix: None,
        plans: &[("basic", 0), ("tier1", 700)],
    },
    Service {
        name: "ssl",
        human_name: "SSL",
        supports_multiple_installations: false,
        attachment: "SSL",
        config: &[],
        color_prefix: None,
        plans: &[("piggyback", 0), ("endpoint", 2000)],
    },
    Service {
        name: "pandastream",
        human_name: "Panda Stream",
        supports_multiple_installations: false,
        attachment: "PANDASTREAM",
        config: &[(
            "URL",
            "https://{user}:{password}@api.pandastream.localhost/{db}",
        )],
        color_prefix: None,
        plans: &[("sandbox", 0), ("solo", 2900)],
    },
    Service {
        name: "papertrail",
        human_name: "Papertrail",
        supports_multiple_installations: false,
        attachment: "PAPERTRAIL",
        config: &[("API_TOKEN", "{password}")],
        color_prefix: None,
        plans: &[("choklad", 0), ("fixa", 700), ("volmar", 1800)],
    },
];

/// Colours for database attachments, in the order they are handed out.
pub(crate) const COLORS: &[&str] = &[
    "AMBER", "BLACK", "BLUE", "BRONZE", "BROWN", "CHARCOAL", "COBALT", "COPPER", "CRIMSON", "CYAN",
    "GOLD", "GRAY", "GREEN", "IVORY", "JADE", "MAROON", "MAUVE", "NAVY", "OLIVE", "ONYX", "ORANGE",
    "PINK", "PUCE", "PURPLE", "RED", "ROSE", "SILVER", "TEAL", "WHITE", "YELLOW",
];

fn derived_id(kind: &str, name: &str) -> String {
    util::derived_id(&format!("belt-{kind}:{name}"))
}

/// The service with this name or id, case-insensitively.
pub(crate) fn service(identity: &str) -> Option<&'static Service> {
    SERVICES
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(identity) || s.id().eq_ignore_ascii_case(identity))
}

/// A plan by `service:plan`, by id, or by a service name alone (its default plan).
pub(crate) fn plan(identity: &str) -> Option<Plan> {
    if let Some((service_name, short)) = identity.split_once(':') {
        return service(service_name)?.plan(short);
    }
    if let Some(service) = service(identity) {
        return Some(service.default_plan());
    }
    all_plans().find(|p| p.id().eq_ignore_ascii_case(identity))
}

pub(crate) fn all_plans() -> impl Iterator<Item = Plan> {
    SERVICES.iter().flat_map(Service::plans)
}

/// Up to three catalogue names closest to `wanted`, best first.
pub(crate) fn closest(wanted: &str, candidates: impl Iterator<Item = String>) -> Vec<String> {
    let wanted = wanted.to_ascii_lowercase();
    let mut scored: Vec<(f64, String)> = candidates
        .map(|c| (strsim::jaro_winkler(&wanted, &c), c))
        .filter(|(score, _)| *score > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// ` Did you mean: a, b?` or nothing.
pub(crate) fn suggestion(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!(" Did you mean: {}?", names.join(", "))
    }
}

/// `essential-0` → `Essential 0`.
fn human(short: &str) -> String {
    short
        .split(['-', '_'])
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Service {
    pub fn id(&self) -> String {
        derived_id("service", self.name)
    }

    pub fn plans(&'static self) -> impl Iterator<Item = Plan> {
        self.plans
            .iter()
            .enumerate()
            .map(move |(i, (short, cents))| Plan {
                service: self,
                short,
                cents: *cents,
                default: i == 0,
            })
    }

    pub fn default_plan(&'static self) -> Plan {
        Plan {
            service: self,
            short: self.plans[0].0,
            cents: self.plans[0].1,
            default: true,
        }
    }

    /// The plan with this short name, full name (of this service) or id.
    pub fn plan(&'static self, identity: &str) -> Option<Plan> {
        let short = match identity.split_once(':') {
            Some((service, short)) if service.eq_ignore_ascii_case(self.name) => short,
            Some(_) => return None,
            None => identity,
        };
        self.plans()
            .find(|p| p.short.eq_ignore_ascii_case(short) || p.id().eq_ignore_ascii_case(identity))
    }

    /// Takes a moment to provision (`provisioning`, then `provisioned`).
    pub fn is_database(&self) -> bool {
        self.color_prefix.is_some()
    }

    /// `{id, name}`, as embedded in a plan or an add-on.
    pub fn identity(&self) -> Value {
        json!({"id": self.id(), "name": self.name})
    }

    /// The schema's `add-on-service` object.
    pub fn to_json(&self) -> Value {
        json!({
            "cli_plugin_name": null,
            "created_at": CATALOG_TIME,
            "human_name": self.human_name,
            "id": self.id(),
            "name": self.name,
            "state": "ga",
            "supports_multiple_installations": self.supports_multiple_installations,
            "supports_sharing": true,
            "supported_generations": [{
                "id": super::regions_and_stacks::GENERATION_ID,
                "name": super::regions_and_stacks::GENERATION_NAME,
            }],
            "updated_at": CATALOG_TIME,
        })
    }

    /// The config vars an attachment named `attachment` gets, from the add-on's values.
    pub fn config_vars(
        &self,
        attachment: &str,
        values: &serde_json::Map<String, Value>,
    ) -> Vec<(String, String)> {
        self.config
            .iter()
            .map(|(suffix, _)| {
                let value = values.get(*suffix).and_then(Value::as_str).unwrap_or("");
                (format!("{attachment}_{suffix}"), value.to_string())
            })
            .collect()
    }

    /// Fresh values for a new add-on: `{suffix: value}`.
    pub fn provision_values(&self) -> serde_json::Map<String, Value> {
        let token = util::new_token();
        let (user, password, db) = (&token[..14], &token[14..46], &token[46..60]);
        self.config
            .iter()
            .map(|(suffix, template)| {
                let value = template
                    .replace("{user}", user)
                    .replace("{password}", password)
                    .replace("{db}", db);
                (suffix.to_string(), Value::String(value))
            })
            .collect()
    }
}

impl Plan {
    /// `heroku-postgresql:essential-0`.
    pub fn name(&self) -> String {
        format!("{}:{}", self.service.name, self.short)
    }

    pub fn id(&self) -> String {
        derived_id("plan", &self.name())
    }

    pub fn price(&self) -> Value {
        json!({"cents": self.cents, "contract": false, "unit": "month"})
    }

    /// `{id, name}`, as embedded in an add-on.
    pub fn identity(&self) -> Value {
        json!({"id": self.id(), "name": self.name()})
    }

    /// The schema's `plan` object.
    pub fn to_json(self) -> Value {
        json!({
            "addon_service": self.service.identity(),
            "compliance": null,
            "created_at": CATALOG_TIME,
            "default": self.default,
            "description": format!("{} {}", self.service.human_name, human(self.short)),
            "human_name": human(self.short),
            "id": self.id(),
            "installable_inside_private_network": false,
            "installable_outside_private_network": true,
            "name": self.name(),
            "price": self.price(),
            "space_default": false,
            "state": "public",
            "updated_at": CATALOG_TIME,
            "visible": true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_plans_case_insensitively_and_defaults() {
        assert_eq!(
            plan("heroku-PostgreSQL:ronin").map(|p| p.name()),
            Some("heroku-postgresql:ronin".into())
        );
        assert_eq!(
            plan("memcache").map(|p| p.name()),
            Some("memcache:5mb".into())
        );
        let ssl = plan("ssl:piggyback").expect("ssl");
        assert_eq!(plan(&ssl.id()).map(|p| p.name()), Some(ssl.name()));
        assert!(plan("sendgrid:ronin").is_none());
        assert!(plan("nope").is_none());
        assert_eq!(
            closest("memcahce", SERVICES.iter().map(|s| s.name.to_string())),
            ["memcache"]
        );
    }

    #[test]
    fn ids_are_unique_uuids_and_each_service_has_a_plan() {
        let mut ids: Vec<String> = SERVICES.iter().map(Service::id).collect();
        ids.extend(all_plans().map(|p| p.id()));
        let count = ids.len();
        assert!(ids.iter().all(|id| util::is_uuid(id)));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(SERVICES.iter().all(|s| !s.plans.is_empty()));
    }

    #[test]
    fn config_values_are_filled_in() {
        let pg = service("heroku-postgresql").expect("pg");
        let values = pg.provision_values();
        let vars = pg.config_vars("DATABASE", &values);
        assert_eq!(vars.len(), 1);
        assert_eq!(vars[0].0, "DATABASE_URL");
        assert!(vars[0].1.starts_with("postgres://u"), "{}", vars[0].1);
        assert!(!vars[0].1.contains('{'));
        assert_eq!(human("essential-0"), "Essential 0");
    }
}
