//! `ggi import-board`: a My GGI Board project's progress to an export (filled in with step 2).

use crate::args::ImportBoardArgs;
use crate::io::{UsageError, Verdict};

pub fn run(_args: &ImportBoardArgs) -> Result<Verdict, UsageError> {
    Err(UsageError("import-board is not available yet".into()))
}
