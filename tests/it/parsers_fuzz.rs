//! The fuzz targets' properties (fuzz/fuzz_targets/) on seeded random inputs, inside the
//! normal suite, through belt's own paths (argv against the real clap tree, `parse_pair` with
//! belt's usage error): what `scripts/fuzz` runs under cargo fuzz on crates/belt-text. Inputs
//! are built from each parser's own alphabet so they reach deep paths. BELT_FUZZ_CASES sets
//! the number of cases per parser.

use std::collections::HashSet;
use std::ffi::OsString;

use crate::harness::stress::{Rng, knob};
use belt::auth::Backend;
use clap::CommandFactory;

/// A random string of up to `max` pieces drawn from `alphabet`.
fn text(rng: &mut Rng, alphabet: &[&str], max: u64) -> String {
    (0..rng.below(max + 1))
        .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
        .collect()
}

fn cases() -> u64 {
    knob("BELT_FUZZ_CASES", 3000)
}

/// The properties hold for accepted inputs only, so a parser that rejected everything would
/// pass them: at least one in `share` of the `tried` inputs must have been accepted.
fn assert_accepted(what: &str, accepted: u64, tried: u64, share: u64) {
    eprintln!("{what}: {accepted} of {tried} accepted");
    assert!(
        accepted >= (tried / share).max(1),
        "{what}: only {accepted} of {tried} inputs accepted (wanted 1 in {share})"
    );
}

#[test]
fn argv_normalisation_and_parsing_never_panic() {
    let mut rng = Rng::from_env("argv");
    let command = belt::cli::Cli::command();
    let names: HashSet<String> = belt::cli::command_names(&command);
    let words = [
        "apps",
        "create",
        "config",
        "set",
        "help",
        "-a",
        "--app",
        "x",
        "--",
        "-",
        "--json",
        "releases",
        "rollback",
        "v1",
        "--api-url",
        "=",
        "A=1",
        "é",
        "run",
        "-r",
        "logs",
        "--tail",
    ];
    let (tried, mut joined, mut parsed) = (cases() / 10, 0, 0);
    // Pairs that are (or are not) a `TOPIC:SUB` command.
    let pairs = [
        ("apps", "create"),
        ("config", "set"),
        ("releases", "rollback"),
        ("apps", "rollback"),
        ("run", "-a"),
    ];
    for _ in 0..tried {
        let args: Vec<OsString> = std::iter::once("belt".to_string())
            // Single words half the time, so that `TOPIC SUB` pairs come up.
            .chain((0..rng.below(6)).flat_map(|_| match rng.below(3) {
                0 => vec![words[rng.below(words.len() as u64) as usize].to_string()],
                1 => {
                    let (topic, sub) = pairs[rng.below(pairs.len() as u64) as usize];
                    vec![topic.to_string(), sub.to_string()]
                }
                _ => vec![text(&mut rng, &words, 2)],
            }))
            .map(OsString::from)
            .collect();
        let normalized = belt_text::argv::normalize(args.clone(), &names);
        // Unchanged, or exactly one `TOPIC SUB` pair joined into a known `TOPIC:SUB`.
        if normalized.len() == args.len() {
            assert_eq!(normalized, args);
        } else {
            assert_eq!(
                normalized.len() + 1,
                args.len(),
                "{args:?} -> {normalized:?}"
            );
            let at = (0..normalized.len())
                .find(|&i| normalized[i] != args[i])
                .expect("a joined pair");
            let pair = format!(
                "{}:{}",
                args[at].to_string_lossy(),
                args[at + 1].to_string_lossy()
            );
            assert_eq!(normalized[at], *pair, "{args:?}");
            assert!(names.contains(&pair), "{pair:?} is not a command");
            assert_eq!(normalized[at + 1..], args[at + 2..], "{args:?}");
            joined += 1;
        }
        assert_eq!(
            belt_text::argv::normalize(normalized.clone(), &names),
            normalized,
            "{args:?}"
        );
        if command.clone().try_get_matches_from(normalized).is_ok() {
            parsed += 1;
        }
    }
    assert_accepted("argv joined", joined, tried, 20);
    assert_accepted("argv parsed by clap", parsed, tried, 10);
}

#[test]
fn key_value_pairs_split_at_the_first_equals() {
    use belt_text::key_value::PairError;
    let mut rng = Rng::from_env("KEY=VALUE");
    let mut accepted = 0;
    for _ in 0..cases() {
        let pair = text(
            &mut rng,
            &["A", "_", "1", "=", " ", "é", "\n", "-", "\"", "A="],
            12,
        );
        let belts = belt::commands::config::parse_pair(&pair);
        match belt_text::key_value::parse_pair(&pair) {
            Ok((key, value)) => {
                assert!(belt_text::dotenv::valid_key(&key), "{pair:?}");
                assert_eq!(format!("{key}={value}"), pair);
                assert_eq!(belts.ok(), Some((key, value)), "{pair:?}");
                accepted += 1;
            }
            Err(e) => {
                match &e {
                    PairError::NoEquals(p) => assert!(!pair.contains('=') && *p == pair),
                    PairError::InvalidKey(key) => assert!(
                        !belt_text::dotenv::valid_key(key) && pair.starts_with(&format!("{key}=")),
                        "{pair:?}"
                    ),
                }
                // belt's own path gives the same message, as a usage error (exit 2).
                let err = belts.expect_err(&pair);
                assert!(
                    matches!(err, belt::Error::Usage(ref m) if *m == e.to_string()),
                    "{err:?}"
                );
            }
        }
    }
    assert_accepted("KEY=VALUE", accepted, cases(), 20);
}

#[test]
fn dotenv_output_parses_back_to_the_same_map() {
    let mut rng = Rng::from_env("dotenv");
    let alphabet = [
        "A", "B_1", "=", "\n", "\r\n", "'", "\"", "\\", "#", " ", "\t", "export ", "$", "é", "\\n",
        "`", "{", "}", "A=1\n", "\nB_1=",
    ];
    let mut accepted = 0;
    for _ in 0..cases() {
        let input = text(&mut rng, &alphabet, 20);
        if let Ok(config) = belt_text::dotenv::parse(&input) {
            assert!(
                config.keys().all(|k| belt_text::dotenv::valid_key(k)),
                "{input:?}: {config:?}"
            );
            accepted += u64::from(!config.is_empty());
            let written = belt_text::dotenv::format(&config);
            let again = belt_text::dotenv::parse(&written)
                .unwrap_or_else(|e| panic!("{written:?} from {input:?}: {e:?}"));
            assert_eq!(again, config, "{input:?} -> {written:?}");
        }
    }
    assert_accepted("dotenv (non-empty)", accepted, cases(), 60);
}

#[test]
fn range_headers_parse_or_fail_cleanly_and_next_range_parses_back() {
    let mut rng = Rng::from_env("Range");
    let alphabet = [
        "name",
        "id",
        " ",
        "..",
        "]",
        "[",
        ";",
        "max=",
        "10",
        "1000",
        "0",
        "order=",
        "desc",
        ",",
        "a",
        "-1",
        "99999999999999999999",
        "version",
    ];
    use belt_text::range::{Bound, Kind, MAX_MAX, Range};
    const FIELDS: &[&str] = &["id", "name", "version"];
    // A key the platform uses: no whitespace, `[`, `]`, `;` or `..`, no `.` at either end.
    let plain_key = |key: &str| {
        !key.is_empty()
            && !key.contains(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | ';'))
            && !key.contains("..")
            && !key.starts_with('.')
            && !key.ends_with('.')
    };
    let mut accepted = 0;
    let values = ["a", "1", "", "]", "[", " ", "-1", "é"];
    let options = [
        "max=", "10", "1000", "0", "order=", "desc", "asc", ",", ";", " ", "x=y",
    ];
    for _ in 0..cases() {
        // Half of them shaped `FIELD START..END; OPTIONS`, with random pieces in each part.
        let header = if rng.below(2) == 0 {
            format!(
                "{} {}..{}; {}",
                ["name", "id", "version", "nope"][rng.below(4) as usize],
                text(&mut rng, &values, 2),
                text(&mut rng, &values, 2),
                text(&mut rng, &options, 3)
            )
        } else {
            text(&mut rng, &alphabet, 10)
        };
        // The platform's own check agrees with belt-text's parser on its fields.
        let platform = belt_platform::check_range_header(&header);
        match Range::parse(Some(&header), &["id", "name"]) {
            Ok(_) => platform.unwrap_or_else(|e| panic!("{header:?}: {e}")),
            Err(e) => assert_eq!(platform, Err(e), "{header:?}"),
        }
        let Ok(range) = Range::parse(Some(&header), FIELDS) else {
            continue;
        };
        accepted += u64::from(!header.trim().is_empty());
        assert!((1..=MAX_MAX).contains(&range.max), "{header:?}: {range:?}");
        assert!(FIELDS.contains(&range.field.as_str()), "{header:?}");
        for kind in [Kind::Text, Kind::Integer] {
            if let Ok((conditions, order, values)) = range.sql("col", kind) {
                assert_eq!(conditions.matches('?').count(), values.len(), "{header:?}");
                assert!(order.starts_with(" ORDER BY col "), "{header:?}");
            }
        }
        let last = text(&mut rng, &["a", "1", "-", ".", ":", "é", " ", "Z"], 4);
        if plain_key(&last) {
            let next = range.next_range(&last);
            let again = Range::parse(Some(&next), FIELDS)
                .unwrap_or_else(|e| panic!("Next-Range {next:?} from {header:?}: {e}"));
            let start = Some(Bound {
                value: last,
                exclusive: true,
            });
            assert_eq!(again, Range { start, ..range }, "{next:?} from {header:?}");
        }
    }
    assert_accepted("Range (non-empty)", accepted, cases(), 15);
}

#[test]
fn next_range_continues_after_the_last_key() {
    use belt_text::range::{Bound, Range};
    let mut rng = Rng::from_env("Next-Range");
    let fields = ["name", "id", "version"];
    let headers = [
        "name ..",
        "id ..; max=2",
        "name a..m[; order=desc",
        "version ]3..9; max=5000, order=desc",
        "name ..z; order=asc, foo=bar",
    ];
    let keys = [
        "a",
        "-",
        "1",
        "Z",
        "2024-01-01T00:00:00.5Z",
        ":",
        ",",
        "=",
        "é",
        "_",
    ];
    for _ in 0..cases() {
        let header = headers[rng.below(headers.len() as u64) as usize];
        let range = Range::parse(Some(header), &fields).expect(header);
        let last = text(&mut rng, &keys, 6);
        if last.is_empty() {
            continue;
        }
        let next = range.next_range(&last);
        let again = Range::parse(Some(&next), &fields)
            .unwrap_or_else(|e| panic!("{next:?} from {header:?}: {e}"));
        let start = Some(Bound {
            value: last,
            exclusive: true,
        });
        assert_eq!(again, Range { start, ..range }, "{next:?} from {header:?}");
    }
}

#[test]
fn sse_frames_do_not_depend_on_where_the_stream_was_split() {
    let mut rng = Rng::from_env("SSE");
    let alphabet = [
        "data: x", "data:", "id: 7", "event: e", ":comment", "\n", "\r", "\r\n", "retry: 1", " ",
        "é", "data", "\n\n",
    ];
    let frames = |chunks: &[&[u8]]| {
        let mut parser = belt_text::sse::Parser::new();
        let mut out = Vec::new();
        for chunk in chunks {
            parser.push(chunk, |f| out.push(format!("{f:?}")));
        }
        out
    };
    let mut framed = 0;
    for _ in 0..cases() {
        let stream = text(&mut rng, &alphabet, 16).into_bytes();
        let whole = frames(&[&stream]);
        framed += u64::from(!whole.is_empty());
        let at = rng.below(stream.len() as u64 + 1) as usize;
        let (a, b) = stream.split_at(at);
        assert_eq!(whole, frames(&[a, b]), "{stream:?} at {at}");
        // Split twice, as the fuzz target does.
        let to = at + rng.below(b.len() as u64 + 1) as usize;
        assert_eq!(
            whole,
            frames(&[&stream[..at], &stream[at..to], &stream[to..]]),
            "{stream:?} at {at} and {to}"
        );
        // An empty chunk between a CR and its LF changes nothing either.
        assert_eq!(
            frames(&[&stream]),
            frames(&[a, b"", b]),
            "{stream:?} at {at}"
        );
    }
    assert_accepted("SSE streams giving frames", framed, cases(), 10);
}

#[test]
fn git_urls_give_plain_app_names_or_none() {
    let mut rng = Rng::from_env("git URLs");
    let alphabet = [
        "https://",
        "git@heroku.com:",
        "git.heroku.com",
        "localhost:5000",
        "/",
        "demo",
        ".git",
        "..",
        ":",
        "@",
        "%2F",
        "file://",
        "?",
        "#",
    ];
    let backends = [
        Backend::Local,
        Backend::Remote("https://api.heroku.com".into()),
        Backend::Remote("https://localhost:5000".into()),
    ];
    let mut accepted = 0;
    for _ in 0..cases() {
        // Half of them start as a Heroku or local git URL does, to reach the name.
        let prefix = [
            "",
            "https://git.heroku.com/",
            "git@heroku.com:",
            "https://localhost:5000/",
        ][rng.below(4) as usize];
        let suffix = ["", ".git"][rng.below(2) as usize];
        let url = format!("{prefix}{}{suffix}", text(&mut rng, &alphabet, 4));
        for backend in &backends {
            if let Some(name) = belt::project::app_from_git_url(&url, backend) {
                accepted += 1;
                assert!(
                    !matches!(name.as_str(), "" | "." | "..") && !name.contains('/'),
                    "{url:?} -> {name:?}"
                );
            }
        }
    }
    assert_accepted("git URLs", accepted, cases() * backends.len() as u64, 60);
}

#[test]
fn scale_arguments_parse_to_the_typed_changes_or_fail_cleanly() {
    use belt_text::scale::{Quantity, parse_scale_spec};
    use belt_text::scale::{is_type_name, target_quantity};
    let mut rng = Rng::from_env("ps:scale");
    let mut accepted = 0;
    let pieces = ["web", "_", "1", "0", "9", "-", "X", "é", " "];
    for _ in 0..cases() {
        // Half of them shaped TYPE OP DIGITS [:SIZE], with random pieces in each part.
        let shaped = format!(
            "{}{}{}{}",
            text(&mut rng, &pieces, 2),
            ["=", "+", "-", ""][rng.below(4) as usize],
            text(&mut rng, &["1", "0", "9", "-", " "], 3),
            ["", ":standard-2x", ":X", ":"][rng.below(4) as usize]
        );
        let arg = if rng.below(2) == 0 {
            shaped
        } else {
            text(
                &mut rng,
                &[
                    "web",
                    "_",
                    "1",
                    "0",
                    "9",
                    "=",
                    "+",
                    "-",
                    ":",
                    "standard-2x",
                    "X",
                    "web=",
                    "worker+",
                    "é",
                    " ",
                ],
                8,
            )
        };
        let Ok(spec) = parse_scale_spec(&arg) else {
            continue;
        };
        accepted += 1;
        let (op, n) = match spec.quantity {
            Quantity::Set(n) => ('=', n),
            Quantity::Add(n) => ('+', n),
            Quantity::Remove(n) => ('-', n),
        };
        // No bound of the client's own (the backend decides): the digits typed, as typed.
        assert!(n >= 0 && arg.contains(&n.to_string()), "{arg:?} gave {n}");
        assert!(
            is_type_name(&spec.kind) && arg.starts_with(&spec.kind),
            "{arg:?}"
        );
        // Printed back, it parses to the same spec.
        let mut printed = format!("{}{op}{n}", spec.kind);
        if let Some(size) = &spec.size {
            printed = format!("{printed}:{size}");
        }
        assert_eq!(
            parse_scale_spec(&printed).as_ref(),
            Ok(&spec),
            "{arg:?} -> {printed:?}"
        );
        for current in [0, 1, 100, i64::MAX] {
            let q = target_quantity(&spec, current);
            assert!(q >= 0, "{arg:?} from {current} gave {q}");
        }
    }
    assert_accepted("ps:scale", accepted, cases(), 80);
}

#[test]
fn procfiles_parse_to_valid_types_that_write_back_the_same() {
    use belt_text::procfile::{parse, valid_name};
    let mut rng = Rng::from_env("Procfile");
    let alphabet = [
        "web", "worker", ":", " ", "\t", "\n", "\r\n", "#", "bin/run", "-", "_", "é", "$PORT",
        "a:b", "\r",
    ];
    let mut accepted = 0;
    for _ in 0..cases() {
        let input = text(&mut rng, &alphabet, 16);
        let Ok(types) = parse(&input) else {
            continue;
        };
        accepted += u64::from(!types.is_empty());
        for (name, command) in &types {
            assert!(valid_name(name), "{input:?}: {name:?}");
            assert!(
                !command.is_empty() && command.trim() == command,
                "{input:?}"
            );
        }
        let written: String = types.iter().map(|(n, c)| format!("{n}: {c}\n")).collect();
        assert_eq!(
            parse(&written).as_ref(),
            Ok(&types),
            "{input:?} -> {written:?}"
        );
    }
    assert_accepted("Procfile (non-empty)", accepted, cases(), 30);
}
