//! What changes between two sets of config vars: shown before `config:import`, `config:edit`
//! and a dry-run rollback apply it, and by `releases:diff`.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use belt_text::dotenv::ConfigMap;

/// What a masked value reads as.
pub const MASK: &str = "<redacted>";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigDiff {
    pub added: ConfigMap,
    pub removed: ConfigMap,
    /// Key → (old value, new value).
    pub changed: BTreeMap<String, (String, String)>,
}

impl ConfigDiff {
    /// The changes that turn `from` into `to`.
    pub fn between(from: &ConfigMap, to: &ConfigMap) -> ConfigDiff {
        let mut diff = ConfigDiff::default();
        for (key, new) in to {
            match from.get(key) {
                None => {
                    diff.added.insert(key.clone(), new.clone());
                }
                Some(old) if old != new => {
                    diff.changed.insert(key.clone(), (old.clone(), new.clone()));
                }
                Some(_) => {}
            }
        }
        for (key, old) in from {
            if !to.contains_key(key) {
                diff.removed.insert(key.clone(), old.clone());
            }
        }
        diff
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// The changes that apply this diff: each key's new value, `None` to unset it.
    pub fn changes(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        let changed_to = self.changed.iter().map(|(key, (_, new))| (key, new));
        let set = self.added.iter().chain(changed_to);
        let set = set.map(|(key, value)| (key.as_str(), Some(value.as_str())));
        set.chain(self.removed.keys().map(|key| (key.as_str(), None)))
    }

    pub fn to_json(&self) -> Value {
        let changed: Map<String, Value> = self
            .changed
            .iter()
            .map(|(key, (old, new))| (key.clone(), json!({"from": old, "to": new})))
            .collect();
        json!({"added": self.added, "removed": self.removed, "changed": changed})
    }

    /// One line per change, values JSON-quoted so newlines and spaces stay visible:
    /// `+ KEY="new"`, `- KEY="old"`, `~ KEY: "old" → "new"`.
    pub fn lines(&self) -> Vec<String> {
        let quote = |v: &str| Value::from(v).to_string();
        let added = self
            .added
            .iter()
            .map(|(k, v)| (k, format!("+ {k}={}", quote(v))));
        let removed = self
            .removed
            .iter()
            .map(|(k, v)| (k, format!("- {k}={}", quote(v))));
        let changed = self
            .changed
            .iter()
            .map(|(k, (old, new))| (k, format!("~ {k}: {} → {}", quote(old), quote(new))));
        let mut lines: Vec<(&String, String)> = added.chain(removed).chain(changed).collect();
        lines.sort_by(|a, b| a.0.cmp(b.0));
        lines.into_iter().map(|(_, line)| line).collect()
    }

    /// The same changes with every value replaced by [`MASK`], for output that shows which
    /// keys changed but not the secrets they hold (`config:diff`, `config:history` without
    /// `--values`).
    pub fn masked(&self) -> ConfigDiff {
        let mask = |map: &ConfigMap| map.keys().map(|k| (k.clone(), MASK.to_string())).collect();
        ConfigDiff {
            added: mask(&self.added),
            removed: mask(&self.removed),
            changed: self
                .changed
                .keys()
                .map(|k| (k.clone(), (MASK.to_string(), MASK.to_string())))
                .collect(),
        }
    }

    /// One line per change without its values: `+ KEY`, `- KEY`, `~ KEY`, sorted by key.
    pub fn key_lines(&self) -> Vec<String> {
        self.keys()
            .into_iter()
            .map(|key| {
                let sign = if self.added.contains_key(key) {
                    '+'
                } else if self.removed.contains_key(key) {
                    '-'
                } else {
                    '~'
                };
                format!("{sign} {key}")
            })
            .collect()
    }

    /// Every key this diff touches, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self
            .added
            .keys()
            .chain(self.removed.keys())
            .chain(self.changed.keys())
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> ConfigMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn finds_added_removed_and_changed() {
        let from = map(&[("A", "1"), ("B", "2"), ("C", "3")]);
        let to = map(&[("A", "1"), ("B", "two\nlines"), ("D", "")]);
        let diff = ConfigDiff::between(&from, &to);
        assert_eq!(diff.added, map(&[("D", "")]));
        assert_eq!(diff.removed, map(&[("C", "3")]));
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(
            diff.lines(),
            vec![
                r#"~ B: "2" → "two\nlines""#.to_string(),
                r#"- C="3""#.to_string(),
                r#"+ D="""#.to_string(),
            ]
        );
        assert_eq!(diff.keys(), vec!["B", "C", "D"]);
        assert_eq!(
            diff.changes().collect::<Vec<_>>(),
            vec![("D", Some("")), ("B", Some("two\nlines")), ("C", None)]
        );
        assert!(ConfigDiff::between(&to, &to).is_empty());
    }

    #[test]
    fn masking_keeps_the_keys_and_hides_every_value() {
        let from = map(&[("A", "1"), ("B", "2"), ("C", "3")]);
        let to = map(&[("A", "1"), ("B", "secret"), ("D", "new")]);
        let masked = ConfigDiff::between(&from, &to).masked();
        assert_eq!(masked.keys(), vec!["B", "C", "D"]);
        assert_eq!(masked.key_lines(), vec!["~ B", "- C", "+ D"]);
        let shown = masked.to_json().to_string();
        for secret in ["secret", "\"2\"", "\"3\"", "new"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
        assert_eq!(masked.added["D"], MASK);
    }
}
