//! `Creating ⬢ demo... done`: a spinner on a terminal, one plain line otherwise.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Output;

pub struct Action<'a> {
    out: &'a Output,
    message: String,
    visible: bool,
    spinner: Option<ProgressBar>,
    /// The last [`Action::status`] shown.
    status: Option<String>,
}

impl<'a> Action<'a> {
    pub(super) fn start(out: &'a Output, message: String, visible: bool) -> Self {
        let spinner = (visible && out.stderr_tty).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{msg}... {spinner}") {
                bar.set_style(style);
            }
            bar.set_message(message.clone());
            bar.enable_steady_tick(Duration::from_millis(80));
            bar
        });
        Action {
            out,
            message,
            visible,
            spinner,
            status: None,
        }
    }

    /// Shows how far it got (`1 / 2`) as the official CLI's `ux.action.status` does: after the
    /// spinner on a terminal, else as a line of its own each time it changes.
    pub fn status(&mut self, status: &str) {
        if self.status.as_deref() == Some(status) {
            return;
        }
        self.status = Some(status.to_string());
        match &self.spinner {
            Some(bar) => {
                if let Ok(style) = ProgressStyle::with_template("{msg}... {spinner} {prefix}") {
                    bar.set_style(style);
                }
                bar.set_prefix(status.to_string());
            }
            None if self.visible => self.out.err_line(format!("{}... {status}", self.message)),
            None => {}
        }
    }

    pub fn done(self) {
        self.finish("done");
    }

    /// Finishes with a status other than `done`, e.g. `done, v4`.
    pub fn finish(mut self, status: &str) {
        self.end(status);
    }

    /// Clears the spinner and prints the line once.
    fn end(&mut self, status: &str) {
        if let Some(bar) = self.spinner.take() {
            bar.finish_and_clear();
        }
        if self.visible {
            self.out.err_line(format!("{}... {status}", self.message));
        }
        self.visible = false;
    }
}

impl Drop for Action<'_> {
    /// An action dropped without finishing failed: clear the spinner so the error reads cleanly.
    fn drop(&mut self) {
        self.end("!");
    }
}
