//! `config:set KEY --stdin|--file`: the value read from standard input or a file, never from
//! argv, so it stays out of `ps`, shell history and the process table.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use super::{AddArgs, check_key};
use crate::error::{Error, Result};
use crate::output::Output;

/// Where `config:set KEY --stdin|--file` reads the value from, so it is never in argv.
pub(super) enum SecretSource {
    Stdin,
    File(PathBuf),
}

impl SecretSource {
    pub(super) fn of(args: &AddArgs) -> Option<SecretSource> {
        match (&args.file, args.stdin) {
            (Some(path), _) => Some(SecretSource::File(path.clone())),
            (None, true) => Some(SecretSource::Stdin),
            (None, false) => None,
        }
    }

    fn flag(&self) -> &'static str {
        match self {
            SecretSource::Stdin => "--stdin",
            SecretSource::File(_) => "--file",
        }
    }

    /// The one KEY the flag takes the value of; a usage error for pairs or several keys.
    pub(super) fn key(&self, pairs: &[String]) -> Result<String> {
        let flag = self.flag();
        let [key] = pairs else {
            return Err(Error::Usage(format!(
                "{flag} reads the value of one config var: give one KEY, not {} arguments",
                pairs.len()
            )));
        };
        if key.contains('=') {
            return Err(Error::Usage(format!(
                "{flag} reads the value itself: give KEY alone, not KEY=VALUE"
            )));
        }
        check_key(key)?;
        Ok(key.clone())
    }

    /// The value, exactly as read: all of a pipe or file, or the line typed on a terminal.
    pub(super) fn read(&self, out: &Output, key: &str) -> Result<String> {
        let (from, read) = match self {
            SecretSource::Stdin if std::io::stdin().is_terminal() => {
                return out.prompt(&format!("Value of {key} (not shown): "), true);
            }
            SecretSource::Stdin => ("standard input".to_string(), read_bounded(std::io::stdin())),
            SecretSource::File(path) => (
                path.display().to_string(),
                std::fs::File::open(path).and_then(read_bounded),
            ),
        };
        let failed = |why: String| Error::Failed(format!("{why}; nothing was changed"));
        let bytes = read
            .map_err(|e| failed(format!("cannot read the value of {key} from {from}: {e}")))?
            .ok_or_else(|| {
                failed(format!(
                    "the value of {key} in {from} is over {} KiB, far beyond the 32 KiB Heroku \
                     keeps for all of an app's config",
                    MAX_SECRET_BYTES / 1024
                ))
            })?;
        String::from_utf8(bytes).map_err(|_| {
            failed(format!(
                "the value of {key} read from {from} is not UTF-8 text (config vars are strings)"
            ))
        })
    }
}

/// A bound on a value read from a pipe or file, so `yes | belt config:set K --stdin` cannot
/// fill memory; far above Heroku's limit for all of an app's config.
const MAX_SECRET_BYTES: u64 = 1024 * 1024;

/// All of `source`, or `None` when it holds more than [`MAX_SECRET_BYTES`].
fn read_bounded(source: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    source.take(MAX_SECRET_BYTES + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_SECRET_BYTES).then_some(bytes))
}
