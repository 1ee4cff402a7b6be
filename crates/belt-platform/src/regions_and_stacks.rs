//! The static parts of the platform: regions, stacks and the app generation. Fixed ids, so
//! they are the same across installs and restarts.

use serde_json::{Value, json};

pub(crate) struct Region {
    pub id: &'static str,
    pub name: &'static str,
    pub country: &'static str,
    pub locale: &'static str,
    pub provider_region: &'static str,
}

pub(crate) struct Stack {
    pub id: &'static str,
    pub name: &'static str,
    pub default: bool,
    pub state: &'static str,
}

pub(crate) const REGIONS: &[Region] = &[
    Region {
        id: "59accabd-516d-4f0e-83e6-6e3757701145",
        name: "us",
        country: "United States",
        locale: "Virginia",
        provider_region: "us-east-1",
    },
    Region {
        id: "ed30241c-ed8c-4bb6-9714-61953675d0b4",
        name: "eu",
        country: "Ireland",
        locale: "Dublin",
        provider_region: "eu-west-1",
    },
];

pub(crate) const STACKS: &[Stack] = &[
    Stack {
        id: "f2b7a6c9-3b3e-4c52-9d1e-6c0a24c0a024",
        name: "heroku-24",
        default: true,
        state: "public",
    },
    Stack {
        id: "a3c5e0f1-8d2b-4e67-b1a9-2f4d6c8e0a22",
        name: "heroku-22",
        default: false,
        state: "public",
    },
    Stack {
        id: "0c7e9b3d-5a1f-4b8e-9c2d-7e6f5a4b3c21",
        name: "container",
        default: false,
        state: "public",
    },
    // What 2011-era scripts ask for (`create --stack cedar`); still accepted.
    Stack {
        id: "6e2a9f04-1c3b-4d5e-8f7a-9b0c1d2e3f40",
        name: "cedar",
        default: false,
        state: "deprecated",
    },
];

pub(crate) const DEFAULT_REGION: &str = "us";
pub(crate) const DEFAULT_STACK: &str = "heroku-24";

/// Every app runs on the Cedar generation of the platform (`app.generation`).
pub(crate) const GENERATION_ID: &str = "0b8a3a2e-8f4e-4c2b-9a51-5d3c6b1e7f10";
pub(crate) const GENERATION_NAME: &str = "cedar";

/// When the catalogue entries "were created", for their `created_at`/`updated_at`.
const CATALOG_TIME: &str = "2012-11-21T20:44:16Z";

/// A region by name or id.
pub(crate) fn region(identity: &str) -> Option<&'static Region> {
    REGIONS
        .iter()
        .find(|r| r.name.eq_ignore_ascii_case(identity) || r.id.eq_ignore_ascii_case(identity))
}

/// A stack by name or id.
pub(crate) fn stack(identity: &str) -> Option<&'static Stack> {
    STACKS
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(identity) || s.id.eq_ignore_ascii_case(identity))
}

pub(crate) fn region_names() -> String {
    REGIONS
        .iter()
        .map(|r| r.name)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn stack_names() -> String {
    STACKS.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
}

impl Region {
    pub fn to_json(&self) -> Value {
        json!({
            "country": self.country,
            "created_at": CATALOG_TIME,
            "description": self.country,
            "id": self.id,
            "locale": self.locale,
            "name": self.name,
            "private_capable": false,
            "provider": {"name": "amazon-web-services", "region": self.provider_region},
            "updated_at": CATALOG_TIME,
        })
    }
}

impl Stack {
    pub fn to_json(&self) -> Value {
        json!({
            "created_at": CATALOG_TIME,
            "default": self.default,
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "updated_at": CATALOG_TIME,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_by_name_or_id() {
        assert_eq!(region("eu").map(|r| r.name), Some("eu"));
        assert_eq!(region(REGIONS[0].id).map(|r| r.name), Some("us"));
        assert!(region("mars").is_none());
        assert_eq!(stack("cedar").map(|s| s.name), Some("cedar"));
        assert_eq!(stack(STACKS[1].id).map(|s| s.name), Some("heroku-22"));
        assert!(region(DEFAULT_REGION).is_some() && stack(DEFAULT_STACK).is_some());
        for id in REGIONS
            .iter()
            .map(|r| r.id)
            .chain(STACKS.iter().map(|s| s.id))
        {
            assert!(crate::util::is_uuid(id), "{id}");
        }
    }
}
