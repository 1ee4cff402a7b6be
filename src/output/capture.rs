//! An [`Output`] whose streams are memory, for tests that check what a view prints.

use std::io::Write;
use std::sync::{Arc, Mutex};

use super::{Output, Style, stream};

/// A stream's bytes, shared with the writer `Output` holds.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

/// What a captured [`Output`] printed so far.
pub struct Captured {
    stdout: Buffer,
    stderr: Buffer,
}

impl Captured {
    pub fn stdout(&self) -> String {
        self.stdout.text()
    }

    pub fn stderr(&self) -> String {
        self.stderr.text()
    }
}

impl Output {
    /// An `Output` that writes into memory, as a pipe would be written (no terminal, no
    /// colour), with `--json` or not.
    pub fn captured(json: bool) -> (Output, Captured) {
        let (stdout, stderr) = (Buffer::default(), Buffer::default());
        let out = Output {
            json,
            quiet: json,
            stdin_tty: false,
            stdout_tty: false,
            stderr_tty: false,
            style: Style::new(false),
            err_style: Style::new(false),
            stdout: stream(stdout.clone()),
            stderr: stream(stderr.clone()),
        };
        (out, Captured { stdout, stderr })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::error::Result;
    use crate::output::View;

    struct Greeting(&'static str);

    impl View for Greeting {
        fn json(&self) -> Value {
            json!({ "name": self.0 })
        }

        fn human(&self, out: &Output) -> Result<()> {
            out.header("Greeting")?;
            out.line(format!("hello {}", self.0))
        }
    }

    #[test]
    fn a_view_prints_its_human_form_or_its_json() {
        let (out, captured) = Output::captured(false);
        out.emit(&Greeting("demo")).unwrap();
        assert_eq!(captured.stdout(), "=== Greeting\n\nhello demo\n");
        out.action("Greeting demo").done();
        assert_eq!(captured.stderr(), "Greeting demo... done\n");

        let (out, captured) = Output::captured(true);
        out.emit(&Greeting("demo")).unwrap();
        assert_eq!(captured.stdout(), "{\n  \"name\": \"demo\"\n}\n");
        out.action("Greeting demo").done();
        assert_eq!(captured.stderr(), "", "no progress lines with --json");
    }

    /// A reader that went away: every write fails as a closed pipe does.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_stdout_is_an_error_that_exits_0() {
        let (mut out, _) = Output::captured(false);
        out.stdout = stream(ClosedPipe);
        let error = out.line("x").unwrap_err();
        assert!(
            matches!(error, crate::error::Error::BrokenPipe),
            "{error:?}"
        );
        assert_eq!(error.exit_code(), 0);
    }

    #[test]
    fn dry_run_listing_reaches_stdout() {
        let (out, captured) = Output::captured(false);
        let request = crate::api::Planned {
            method: reqwest::Method::POST,
            url: "http://127.0.0.1:1/apps".into(),
            body: Some(json!({"name": "demo"})),
        };
        (out.planned_sink())(&request);
        assert_eq!(
            captured.stdout(),
            "Would send: POST http://127.0.0.1:1/apps\n{\"name\":\"demo\"}\n"
        );
    }
}
