//! Which processes `belt local` starts: the Procfile's types in the file's order, the ones
//! asked for (`web=2,worker`), and each instance's name and port as the official CLI numbers
//! them (`web.1` on the first port, `web.2` on the next, the next type 100 higher).

use std::path::Path;

use belt_text::procfile;

use super::environment::check_port;
use crate::error::{Error, Result};

/// The type Heroku runs before a release, which `belt local` runs only when named.
const RELEASE: &str = "release";
/// How far apart the port ranges of two process types start.
const PORTS_PER_TYPE: u32 = 100;

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Source {
    Procfile,
    /// No Procfile: `--start-cmd` runs as `web`.
    StartCommand,
}

/// The process types to choose from, in the Procfile's order.
#[derive(Debug)]
pub(super) struct Types {
    pub source: Source,
    pub types: Vec<(String, String)>,
    /// Where they were read, for messages.
    pub file: String,
}

/// One process to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Process {
    /// `web.1`.
    pub name: String,
    pub command: String,
    pub port: u16,
}

pub(super) fn process_types(
    path: &Path,
    requested: &[String],
    start_cmd: Option<&str>,
) -> Result<Types> {
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return match start_cmd {
                Some(command) if requested.is_empty() => Ok(Types {
                    source: Source::StartCommand,
                    types: vec![("web".to_string(), command.to_string())],
                    file,
                }),
                _ => Err(Error::Usage(format!(
                    "No {file} found.\nAdd a Procfile to add process types \
                     (https://devcenter.heroku.com/articles/procfile),\n\
                     or specify a start command with --start-cmd."
                ))),
            };
        }
        Err(e) => return Err(Error::io(path, e)),
    };
    let parsed = procfile::parse(&text).map_err(|e| Error::Usage(format!("{file}: {e}")))?;
    // The parser sorts by name; the ports follow the file's order, as the official CLI's do.
    let mut types = Vec::with_capacity(parsed.len());
    for line in text.lines() {
        let name = line.split_once(':').map_or("", |(name, _)| name.trim());
        if let Some(command) = parsed.get(name)
            && !line.trim_start().starts_with('#')
        {
            types.push((name.to_string(), command.clone()));
        }
    }
    Ok(Types {
        source: Source::Procfile,
        types,
        file,
    })
}

/// The processes to start: `requested` (`NAME` or `NAME=COUNT`, comma-separated or one per
/// argument) in the order given, else every type but `release` once.
pub(super) fn instances(
    types: &Types,
    requested: &[String],
    base_port: u16,
) -> Result<Vec<Process>> {
    let counts = if requested.is_empty() {
        types
            .types
            .iter()
            .filter(|(name, _)| name != RELEASE)
            .map(|(name, _)| (name.clone(), 1))
            .collect()
    } else {
        requested_counts(requested)?
    };
    let mut processes = Vec::new();
    for (type_index, (name, count)) in (0u32..).zip(&counts) {
        let Some((_, command)) = types.types.iter().find(|(known, _)| known == name) else {
            let known: Vec<&str> = types.types.iter().map(|(n, _)| n.as_str()).collect();
            return Err(Error::Usage(format!(
                "no process type {name:?} in {}: it has {}",
                types.file,
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )));
        };
        for instance in 0..*count {
            let port = u32::from(base_port) + instance + type_index * PORTS_PER_TYPE;
            processes.push(Process {
                name: format!("{name}.{}", instance + 1),
                command: command.clone(),
                port: check_port(port)?,
            });
        }
    }
    if processes.is_empty() {
        return Err(Error::Usage(format!(
            "nothing to run: {} names no process to start",
            types.file
        )));
    }
    Ok(processes)
}

/// `web=2,worker` and `clock` as (type, count) pairs in order; a type named twice keeps its
/// first place and its last count.
fn requested_counts(requested: &[String]) -> Result<Vec<(String, u32)>> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for item in requested
        .iter()
        .flat_map(|arg| arg.split(','))
        .map(str::trim)
    {
        if item.is_empty() {
            continue;
        }
        let (name, count) = match item.split_once('=') {
            Some((name, count)) => {
                let count = count.trim().parse().map_err(|_| {
                    Error::Usage(format!("{item:?}: expected NAME or NAME=COUNT, e.g. web=2"))
                })?;
                (name.trim(), count)
            }
            None => (item, 1),
        };
        match counts.iter_mut().find(|(known, _)| known == name) {
            Some(entry) => entry.1 = count,
            None => counts.push((name.to_string(), count)),
        }
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(pairs: &[(&str, &str)]) -> Types {
        Types {
            source: Source::Procfile,
            types: pairs
                .iter()
                .map(|(n, c)| (n.to_string(), c.to_string()))
                .collect(),
            file: "Procfile".into(),
        }
    }

    fn names_and_ports(processes: &[Process]) -> Vec<(String, u16)> {
        processes.iter().map(|p| (p.name.clone(), p.port)).collect()
    }

    #[test]
    fn every_type_but_release_once_in_file_order() {
        let t = types(&[("worker", "w"), ("release", "r"), ("web", "x")]);
        let got = instances(&t, &[], 5006).unwrap();
        assert_eq!(
            names_and_ports(&got),
            [("worker.1".into(), 5006), ("web.1".into(), 5106)]
        );
    }

    #[test]
    fn counts_and_ports_per_instance_and_type() {
        let t = types(&[("web", "x"), ("worker", "w"), ("release", "r")]);
        let asked = ["web=2,worker".to_string(), "release".to_string()];
        let got = instances(&t, &asked, 8000).unwrap();
        assert_eq!(
            names_and_ports(&got),
            [
                ("web.1".into(), 8000),
                ("web.2".into(), 8001),
                ("worker.1".into(), 8100),
                ("release.1".into(), 8200),
            ]
        );
        let zero = instances(&t, &["web=0,worker=1".to_string()], 8000).unwrap();
        assert_eq!(names_and_ports(&zero), [("worker.1".into(), 8100)]);
    }

    #[test]
    fn bad_requests_are_usage_errors() {
        let t = types(&[("web", "x")]);
        for bad in ["nope", "web=two", "web=0"] {
            let err = instances(&t, &[bad.to_string()], 5006).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}: {err}");
        }
        let err = instances(&t, &["nope".to_string()], 5006).unwrap_err();
        assert!(err.to_string().contains("it has web"), "{err}");
        let err = instances(&t, &["web=2".to_string()], 65535).unwrap_err();
        assert!(err.to_string().contains("65536"), "{err}");
    }
}
