//! `config:diff` and `config:history`: the config vars of two apps side by side, and which
//! release changed which var, by whom. Both only read; values are masked unless `--values`.

mod diff;
mod history;

pub use diff::{DiffArgs, run as diff};
pub use history::{HistoryArgs, run as history};
