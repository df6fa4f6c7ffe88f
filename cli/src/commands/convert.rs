//! `ggi convert`: My GGI Board's catalogue (`ggi_activities_full.json`) to ours.

use crate::args::ConvertArgs;
use crate::io::{self, Input, UsageError, Verdict};
use ggi_core::catalogue::{board, Catalogue};

pub fn run(args: &ConvertArgs) -> Result<Verdict, UsageError> {
    let name = io::label(&args.board);
    let text = match io::read(&args.board)? {
        Input::Refused(why) => {
            eprintln!("{name}: {why}");
            return Ok(Verdict::Refused);
        }
        Input::Text(text) => text,
    };
    if !board::is_board_format(&text) {
        eprintln!("{name}: this is not My GGI Board's catalogue (it needs \"activities\" with \"handbook_version\", or with \"roles\" and \"goals\" as in v1.1 and v1.2); `ggi check` reads our own format.");
        return Ok(Verdict::Refused);
    }
    // Points take the ids of the built-in catalogue's, so progress carries over between the two.
    match board::from_board_json(&text, Some(&Catalogue::embedded())) {
        Err(e) => {
            eprintln!("{name}: {e}");
            Ok(Verdict::Refused)
        }
        Ok(catalogue) => {
            let mut json = serde_json::to_string_pretty(&catalogue)
                .map_err(|e| UsageError(format!("cannot write the catalogue: {e}")))?;
            json.push('\n');
            io::write(args.output.as_ref(), &json)?;
            eprintln!(
                "{name}: converted, handbook v{}, {} goals, {} activities, {} verification points",
                catalogue.version,
                catalogue.goals.len(),
                catalogue.activities.len(),
                catalogue.verification_point_count()
            );
            Ok(Verdict::Accepted)
        }
    }
}
