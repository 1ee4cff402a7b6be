//! The local terminal while `belt run` is attached to a dyno's: raw mode (every key, Ctrl-C
//! included, goes to the dyno as a byte), restored when the session ends, and the window size
//! the dyno's terminal gets.

/// The terminal's window size (columns, rows), when stdout is a terminal that knows it.
pub fn window_size() -> Option<(u16, u16)> {
    #[cfg(unix)]
    {
        let size = rustix::termios::tcgetwinsize(std::io::stdout()).ok()?;
        (size.ws_col > 0 && size.ws_row > 0).then_some((size.ws_col, size.ws_row))
    }
    #[cfg(not(unix))]
    None
}

/// Stdin's terminal in raw mode until this is dropped, which puts the saved settings back.
/// Dropping happens on every way out of the session: its end, an error, a lost connection,
/// or the command being cancelled (Ctrl-C from elsewhere, a signal).
pub struct RawMode {
    #[cfg(unix)]
    saved: rustix::termios::Termios,
}

impl RawMode {
    /// Switches stdin's terminal to raw mode: no echo, no line editing, no signals from keys,
    /// no output processing (the dyno's terminal does that).
    pub fn enable() -> std::io::Result<RawMode> {
        #[cfg(unix)]
        {
            use rustix::termios::{OptionalActions, tcgetattr, tcsetattr};
            let stdin = std::io::stdin();
            let saved = tcgetattr(&stdin)?;
            let mut raw = saved.clone();
            raw.make_raw();
            tcsetattr(&stdin, OptionalActions::Now, &raw)?;
            // Release builds abort on panic, so no destructor runs: the hook restores the
            // terminal first, or the user's shell is left raw.
            let restore = saved.clone();
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &restore);
                previous(info);
            }));
            Ok(RawMode { saved })
        }
        #[cfg(not(unix))]
        Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "raw terminal mode is not supported here",
        ))
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            use rustix::termios::{OptionalActions, tcsetattr};
            // Nothing more can be done if the terminal is gone (a hang-up).
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &self.saved);
        }
    }
}
