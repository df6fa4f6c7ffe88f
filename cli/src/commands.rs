//! One module per command; each prints its findings and returns a [`crate::io::Verdict`].

pub mod check;
pub mod convert;
pub mod import_board;
pub mod merge;
pub mod report;
pub mod validate;
