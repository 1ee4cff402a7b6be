//! Config vars as text (dotenv and shell quoting): belt-text's module, re-exported at its old
//! path. The parser and its tests live in `crates/belt-text/src/dotenv.rs`.

pub use belt_text::dotenv::*;

#[cfg(test)]
pub(crate) mod tests {
    use super::ConfigMap;

    /// A map from literal pairs, for tests.
    pub(crate) fn map(pairs: &[(&str, &str)]) -> ConfigMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }
}
