//! Layout of the radar chart: axis ends, label positions and lines, and a view box that holds
//! every label, so the chart can be drawn at 100% of its panel's width (a phone's included)
//! without clipping a label or leaving empty space around it.

use super::labels::wrap;
use super::{radar_anchor, radar_point, Tenths};

/// Font size of the labels in units; one line of them is [`LINE`] high.
pub const FONT: i32 = 15;
pub const LINE: i32 = 18;
/// Estimated width of one character at [`FONT`], generous (see `labels::CHAR_W`).
pub const CHAR_W: i32 = 9;
/// The radius every radar is drawn at, in units; the view box adds the labels around it.
pub const RADIUS: f64 = 85.0;
/// The longest line of a goal name before it wraps (two lines at most).
const NAME_CHARS: usize = 14;
/// Room kept for the percentage line under each name ("100 %").
const VALUE_CHARS: &str = "100 %";

/// One axis of the radar: where it ends, and the lines of its label (the goal's name; the
/// renderer adds the percentage as one more line at `value_y`).
#[derive(Debug, PartialEq)]
pub struct RadarAxis {
    pub end: (Tenths, Tenths),
    pub label_x: Tenths,
    pub anchor: &'static str,
    /// (text, y) of each line of the name.
    pub lines: Vec<(String, Tenths)>,
    pub value_y: Tenths,
}

/// Every position on a radar of `names.len()` axes with the given radius (units).
#[derive(Debug, PartialEq)]
pub struct RadarLayout {
    /// The SVG `viewBox`: the rings and every label, with a small margin.
    pub view_box: String,
    pub centre: f64,
    pub radius: f64,
    pub axes: Vec<RadarAxis>,
}

/// Lays out a radar of `radius` units with one axis per name.
pub fn layout(names: &[&str], radius: f64) -> RadarLayout {
    let centre = 0.0;
    let n = names.len();
    let (mut min_x, mut min_y) = (Tenths::from(-radius).0, Tenths::from(-radius).0);
    let (mut max_x, mut max_y) = (-min_x, -min_y);
    let axes = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let end = radar_point(i, n, 1.0, centre, radius);
            let (lx, ly) = radar_point(i, n, (radius + 14.0) / radius, centre, radius);
            let anchor = radar_anchor(lx, centre);
            let mut lines = wrap(name, NAME_CHARS, 2);
            if lines.is_empty() {
                lines.push(String::new());
            }
            let count = lines.len() as i32 + 1;
            let width = lines
                .iter()
                .map(|l| l.chars().count() as i32)
                .chain([VALUE_CHARS.chars().count() as i32])
                .max()
                .unwrap_or(0)
                * CHAR_W
                * 10;
            // The block of lines sits outside the ring: above the top axis, below the lower
            // ones, centred beside the side ones.
            let height = count * LINE * 10;
            let dy = ly.0 - centre as i32 * 10;
            let first = if dy < -(radius as i32 * 5) {
                ly.0 - height + LINE * 10 / 2
            } else if dy > radius as i32 * 5 {
                ly.0 + LINE * 10 / 2
            } else {
                ly.0 - height / 2 + LINE * 10 / 2
            };
            let line_y = |k: i32| Tenths(first + k * LINE * 10);
            let (left, right) = match anchor {
                "start" => (lx.0, lx.0 + width),
                "end" => (lx.0 - width, lx.0),
                _ => (lx.0 - width / 2, lx.0 + width / 2),
            };
            min_x = min_x.min(left);
            max_x = max_x.max(right);
            min_y = min_y.min(first - LINE * 10 / 2);
            max_y = max_y.max(first + height - LINE * 10 / 2);
            RadarAxis {
                end,
                label_x: lx,
                anchor,
                lines: lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, l)| (l, line_y(k as i32)))
                    .collect(),
                value_y: line_y(count - 1),
            }
        })
        .collect();
    let margin = 40;
    RadarLayout {
        view_box: format!(
            "{} {} {} {}",
            Tenths(min_x - margin),
            Tenths(min_y - margin),
            Tenths(max_x - min_x + 2 * margin),
            Tenths(max_y - min_y + 2 * margin)
        ),
        centre,
        radius,
        axes,
    }
}
