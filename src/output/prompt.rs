//! Reading an answer at the terminal: a label on stderr, a line from stdin, echo off for
//! secrets.

use std::io::{BufRead, Write};

use crate::error::{Error, Result};

/// Writes `label` to `stderr` and reads a line from the terminal, without echo if `hidden`.
/// [`super::Output::prompt`] is the way in for commands; the API client, which has no
/// `Output`, asks for a second factor with this directly.
pub fn ask(stderr: &mut dyn Write, label: &str, hidden: bool) -> Result<String> {
    let echo = |on: bool| {
        let _ = std::process::Command::new("stty")
            .arg(if on { "echo" } else { "-echo" })
            .stdin(std::process::Stdio::inherit())
            .status();
    };
    // Echo goes off before the prompt shows, so nothing typed after it is ever displayed.
    if hidden {
        echo(false);
    }
    let _ = write!(stderr, "{label}").and_then(|_| stderr.flush());
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if hidden {
        echo(true);
        let _ = writeln!(stderr).and_then(|_| stderr.flush());
    }
    read.map_err(|e| Error::io("<stdin>", e))?;
    Ok(line.trim().to_string())
}
