//! The fuzz targets' properties (fuzz/fuzz_targets/) on seeded random inputs, inside the
//! normal suite, through belt's own paths (argv against the real clap tree, `parse_pair` with
//! belt's usage error): what `scripts/fuzz` runs under cargo fuzz on crates/belt-text. Inputs
//! are built from each parser's own alphabet so they reach deep paths. BELT_FUZZ_CASES sets
//! the number of cases per parser.

mod common;

use std::collections::HashSet;
use std::ffi::OsString;

use belt::auth::Backend;
use clap::CommandFactory;
use common::stress::{Rng, knob};

/// A random string of up to `max` pieces drawn from `alphabet`.
fn text(rng: &mut Rng, alphabet: &[&str], max: u64) -> String {
    (0..rng.below(max + 1))
        .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
        .collect()
}

fn cases() -> u64 {
    knob("BELT_FUZZ_CASES", 3000)
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
    for _ in 0..cases() / 10 {
        let args: Vec<OsString> = std::iter::once("belt".to_string())
            .chain((0..rng.below(6)).map(|_| text(&mut rng, &words, 2)))
            .map(OsString::from)
            .collect();
        let normalized = belt::argv::normalize(args.clone(), &names);
        assert!(normalized.len() <= args.len() && normalized.len() + 1 >= args.len());
        let _ = command.clone().try_get_matches_from(normalized);
    }
}

#[test]
fn key_value_pairs_split_at_the_first_equals() {
    let mut rng = Rng::from_env("KEY=VALUE");
    for _ in 0..cases() {
        let pair = text(
            &mut rng,
            &["A", "_", "1", "=", " ", "é", "\n", "-", "\""],
            12,
        );
        if let Ok((key, value)) = belt::commands::config::parse_pair(&pair) {
            assert!(belt::dotenv::valid_key(&key), "{pair:?}");
            assert_eq!(format!("{key}={value}"), pair);
        }
    }
}

#[test]
fn dotenv_output_parses_back_to_the_same_map() {
    let mut rng = Rng::from_env("dotenv");
    let alphabet = [
        "A", "B_1", "=", "\n", "\r\n", "'", "\"", "\\", "#", " ", "\t", "export ", "$", "é", "\\n",
        "`", "{", "}",
    ];
    for _ in 0..cases() {
        let input = text(&mut rng, &alphabet, 20);
        if let Ok(config) = belt::dotenv::parse(&input) {
            let written = belt::dotenv::format(&config);
            let again = belt::dotenv::parse(&written)
                .unwrap_or_else(|e| panic!("{written:?} from {input:?}: {e:?}"));
            assert_eq!(again, config, "{input:?} -> {written:?}");
        }
    }
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
    ];
    for _ in 0..cases() {
        let header = text(&mut rng, &alphabet, 10);
        let _ = belt::platform::check_range_header(&header);
    }
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
        let mut parser = belt::api::sse::Parser::new();
        let mut out = Vec::new();
        for chunk in chunks {
            parser.push(chunk, |f| out.push(format!("{f:?}")));
        }
        out
    };
    for _ in 0..cases() {
        let stream = text(&mut rng, &alphabet, 16).into_bytes();
        let at = rng.below(stream.len() as u64 + 1) as usize;
        let (a, b) = stream.split_at(at);
        assert_eq!(frames(&[&stream]), frames(&[a, b]), "{stream:?} at {at}");
        // An empty chunk between a CR and its LF changes nothing either.
        assert_eq!(
            frames(&[&stream]),
            frames(&[a, b"", b]),
            "{stream:?} at {at}"
        );
    }
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
    for _ in 0..cases() {
        let url = text(&mut rng, &alphabet, 8);
        for backend in &backends {
            if let Some(name) = belt::project::app_from_git_url(&url, backend) {
                assert!(
                    !matches!(name.as_str(), "" | "." | "..") && !name.contains('/'),
                    "{url:?} -> {name:?}"
                );
            }
        }
    }
}

#[test]
fn scale_arguments_parse_to_the_typed_changes_or_fail_cleanly() {
    use belt::commands::ps::{Quantity, parse_scale_spec};
    let mut rng = Rng::from_env("ps:scale");
    for _ in 0..cases() {
        let arg = text(
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
                "é",
                " ",
            ],
            8,
        );
        if let Ok(spec) = parse_scale_spec(&arg) {
            let (Quantity::Set(n) | Quantity::Add(n) | Quantity::Remove(n)) = spec.quantity;
            // No bound of the client's own (the backend decides): the digits typed, as typed.
            assert!(arg.contains(&n.to_string()), "{arg:?} gave {n}");
            assert!(
                arg.starts_with(&spec.kind) && !spec.kind.is_empty(),
                "{arg:?}"
            );
        }
    }
}

#[test]
fn procfiles_parse_to_valid_types_that_write_back_the_same() {
    use belt_text::procfile::{parse, valid_name};
    let mut rng = Rng::from_env("Procfile");
    let alphabet = [
        "web", "worker", ":", " ", "\t", "\n", "\r\n", "#", "bin/run", "-", "_", "é", "$PORT",
        "a:b", "\r",
    ];
    for _ in 0..cases() {
        let input = text(&mut rng, &alphabet, 16);
        let Ok(types) = parse(&input) else {
            continue;
        };
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
}
