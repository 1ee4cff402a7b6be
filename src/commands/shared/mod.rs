//! Pieces more than one topic uses, so topics need not import each other's helpers.

mod dyno_wait;
mod log_in;
mod release_output;
pub mod source;
mod team;
mod unknown_command;
mod wait_interval;

pub use dyno_wait::{DynoPollInterval, DynoWait, wait_for_dynos, wait_for_every_dyno};
pub use log_in::{LoginArgs, log_in};
pub use release_output::{Followed, Shown, follow as follow_release_output};
pub use team::{TeamArg, owner_email, owning_team};
pub use unknown_command::unknown_command;
pub use wait_interval::WaitInterval;
