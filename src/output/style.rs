//! ANSI styling that is a no-op when colour is off (not a terminal, `NO_COLOR`, `--no-color`).

#[derive(Clone, Copy, Debug)]
pub struct Style {
    enabled: bool,
}

impl Style {
    pub fn new(enabled: bool) -> Self {
        Style { enabled }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.paint("31", text)
    }

    pub fn green(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn yellow(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn magenta(&self, text: &str) -> String {
        self.paint("35", text)
    }

    pub fn cyan(&self, text: &str) -> String {
        self.paint("36", text)
    }

    /// An app name as the Heroku CLI shows it: `⬢ demo`.
    pub fn app(&self, name: &str) -> String {
        self.magenta(&format!("⬢ {name}"))
    }
}
