//! `KEY=VALUE` arguments (`config:set`): split at the first `=`, the key a config
//! var name, the value anything (more `=`, spaces, newlines, nothing).

use std::fmt;

use crate::dotenv::valid_key;

/// Why an argument is not a `KEY=VALUE` pair; `Display` is the usage message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairError {
    /// No `=` at all; holds the argument.
    NoEquals(String),
    /// The part before the first `=` is not a config var name; holds that key.
    InvalidKey(String),
}

impl fmt::Display for PairError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PairError::NoEquals(pair) => {
                write!(f, "{pair} is invalid. Must be in the format FOO=bar.")
            }
            PairError::InvalidKey(key) => write!(
                f,
                "invalid config var name {key:?}: names may contain only letters, digits and underscores"
            ),
        }
    }
}

impl std::error::Error for PairError {}

/// `KEY=VALUE` → (KEY, VALUE), split at the first `=`.
pub fn parse_pair(pair: &str) -> Result<(String, String), PairError> {
    let Some((key, value)) = pair.split_once('=') else {
        return Err(PairError::NoEquals(pair.to_string()));
    };
    if !valid_key(key) {
        return Err(PairError::InvalidKey(key.to_string()));
    }
    Ok((key.to_string(), value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_split_at_the_first_equals() {
        assert_eq!(
            parse_pair("A=b=c").unwrap(),
            ("A".to_string(), "b=c".to_string())
        );
        assert_eq!(parse_pair("A=").unwrap(), ("A".to_string(), String::new()));
        let error = parse_pair("FOO").unwrap_err();
        assert_eq!(
            error.to_string(),
            "FOO is invalid. Must be in the format FOO=bar."
        );
        assert_eq!(
            parse_pair("BAD-KEY=1"),
            Err(PairError::InvalidKey("BAD-KEY".into()))
        );
        assert!(parse_pair("=1").is_err());
    }
}
