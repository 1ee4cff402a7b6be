//! Pieces more than one topic uses, so topics need not import each other's helpers.

mod wait_interval;

pub use wait_interval::WaitInterval;
