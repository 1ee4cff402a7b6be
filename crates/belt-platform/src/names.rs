//! Heroku's app name rule, and generated names (`adjective-noun-1234`) for apps created
//! without one.

pub(crate) const MAX_LEN: usize = 30;

pub(crate) const INVALID_NAME: &str = "Name must start with a letter, end with a letter or digit and can only contain lowercase letters, digits, and dashes.";
pub(crate) const TOO_LONG: &str = "Name is too long (maximum is 30 characters)";

/// Checks `^[a-z][a-z0-9-]{1,28}[a-z0-9]$`; the error is Heroku's message.
pub(crate) fn validate(name: &str) -> Result<(), &'static str> {
    let bytes = name.as_bytes();
    if bytes.len() > MAX_LEN {
        return Err(TOO_LONG);
    }
    let ok = bytes.len() >= 3
        && bytes[0].is_ascii_lowercase()
        && bytes[1..bytes.len() - 1]
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes
            .last()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if ok { Ok(()) } else { Err(INVALID_NAME) }
}

const ADJECTIVES: &[&str] = &[
    "afternoon",
    "agile",
    "ancient",
    "autumn",
    "billowing",
    "bitter",
    "blooming",
    "bold",
    "brave",
    "calm",
    "cold",
    "cool",
    "crisp",
    "damp",
    "dark",
    "dawn",
    "desolate",
    "divine",
    "dry",
    "empty",
    "fierce",
    "floral",
    "fragrant",
    "frosty",
    "gentle",
    "glacial",
    "green",
    "hidden",
    "holy",
    "icy",
    "lingering",
    "little",
    "lively",
    "misty",
    "morning",
    "muddy",
    "nameless",
    "obscure",
    "old",
    "patient",
    "polished",
    "proud",
    "quiet",
    "rapid",
    "red",
    "restless",
    "rough",
    "shy",
    "silent",
    "sparkling",
    "still",
    "sunny",
    "warm",
    "wild",
];

const NOUNS: &[&str] = &[
    "bird",
    "breeze",
    "brook",
    "bush",
    "butterfly",
    "cherry",
    "cloud",
    "darkness",
    "dawn",
    "dew",
    "dream",
    "dust",
    "field",
    "fire",
    "firefly",
    "flower",
    "fog",
    "forest",
    "frog",
    "frost",
    "glade",
    "glitter",
    "grass",
    "harbor",
    "haze",
    "hill",
    "lake",
    "leaf",
    "meadow",
    "moon",
    "morning",
    "mountain",
    "night",
    "paper",
    "pine",
    "pond",
    "rain",
    "reef",
    "river",
    "sea",
    "shadow",
    "shape",
    "silence",
    "sky",
    "smoke",
    "snow",
    "sound",
    "star",
    "sun",
    "sunset",
    "surf",
    "thunder",
    "tree",
    "violet",
    "water",
    "wave",
    "wildflower",
    "wind",
    "wood",
];

/// A random `adjective-noun-1234`; always satisfies [`validate`].
pub(crate) fn generate() -> String {
    let adjective = ADJECTIVES[rand::random_range(0..ADJECTIVES.len())];
    let noun = NOUNS[rand::random_range(0..NOUNS.len())];
    let number: u16 = rand::random_range(1000..10000);
    format!("{adjective}-{noun}-{number}")
}

/// A random add-on name, Heroku style: `postgresql-curly-12345` for prefix `postgresql`.
pub(crate) fn addon(prefix: &str) -> String {
    let adjective = ADJECTIVES[rand::random_range(0..ADJECTIVES.len())];
    let number: u32 = rand::random_range(10000..100000);
    format!("{prefix}-{adjective}-{number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_heroku_names() {
        for name in [
            "abc",
            "my-app",
            "a1b",
            "app-2024",
            "a-------------------------b0",
        ] {
            assert_eq!(validate(name), Ok(()), "{name}");
        }
        assert_eq!(validate(&format!("a{}", "b".repeat(29))), Ok(()));
    }

    #[test]
    fn rejects_bad_names() {
        for name in [
            "",
            "a",
            "ab",
            "1app",
            "-app",
            "app-",
            "My-app",
            "my_app",
            "my app",
            "app.com",
            "éclair",
            "apps\u{0}",
            "ab-",
        ] {
            assert_eq!(validate(name), Err(INVALID_NAME), "{name:?}");
        }
        assert_eq!(validate(&"a".repeat(31)), Err(TOO_LONG));
    }

    #[test]
    fn generated_names_are_valid() {
        for word in ADJECTIVES.iter().chain(NOUNS) {
            assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "{word}");
        }
        let longest = ADJECTIVES.iter().map(|w| w.len()).max().unwrap_or(0)
            + NOUNS.iter().map(|w| w.len()).max().unwrap_or(0)
            + 6;
        assert!(longest <= MAX_LEN);
        for _ in 0..500 {
            let name = generate();
            assert_eq!(validate(&name), Ok(()), "{name}");
            let parts: Vec<&str> = name.split('-').collect();
            assert_eq!(parts.len(), 3, "{name}");
            assert_eq!(parts[2].len(), 4, "{name}");
        }
    }
}
