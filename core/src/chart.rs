//! Geometry of the app's SVG charts, kept pure so it is tested natively.
//!
//! Coordinates are [`Tenths`]: written with integer formatting only, so the Wasm carries no
//! float-to-text code (README: Size).

use std::fmt;

pub mod labels;
pub mod radar;
pub mod style;
pub mod svg;
pub mod trend;

pub use style::{goal_style, GoalStyle, Marker, GOALS, OVERALL};

/// A coordinate rounded to a tenth of a unit, written as SVG wants it: `200`, `12.5`, `-0.5`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tenths(pub i32);

impl From<f64> for Tenths {
    fn from(v: f64) -> Self {
        Tenths((v * 10.0).round() as i32)
    }
}

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (units, tenth) = (self.0.unsigned_abs() / 10, self.0.unsigned_abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{units}")
        } else {
            write!(f, "{sign}{units}.{tenth}")
        }
    }
}

/// The (x, y) of each axis end or value point of a radar chart: axis `i` of `n` starts at the
/// top and goes clockwise; `fraction` 0.0–1.0 is the distance from the centre.
pub fn radar_point(
    i: usize,
    n: usize,
    fraction: f64,
    centre: f64,
    radius: f64,
) -> (Tenths, Tenths) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = radius * fraction.clamp(0.0, 1.0);
    (
        Tenths::from(centre + r * angle.cos()),
        Tenths::from(centre + r * angle.sin()),
    )
}

/// How a label at `x` aligns on a radar chart centred at `centre`: labels near the vertical
/// axis are centred, the others point away from the chart.
pub fn radar_anchor(x: Tenths, centre: f64) -> &'static str {
    let centre = Tenths::from(centre);
    if (x.0 - centre.0).abs() < 50 {
        "middle"
    } else if x > centre {
        "start"
    } else {
        "end"
    }
}

/// An SVG `points` attribute for the polygon of `percents` (0–100) on a radar chart.
pub fn radar_polygon(percents: &[u32], centre: f64, radius: f64) -> String {
    percents
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (x, y) = radar_point(i, percents.len(), f64::from(*p) / 100.0, centre, radius);
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The y of `percent` on a line chart of `height` with `pad` above and below, 100% at the top.
pub fn line_y(percent: u32, height: f64, pad: f64) -> Tenths {
    Tenths::from(pad + (height - 2.0 * pad) * (1.0 - f64::from(percent.min(100)) / 100.0))
}

/// An SVG `points` attribute for a line of `percents` spread over `width`, 100% at the top.
pub fn line_points(percents: &[u32], width: f64, height: f64, pad: f64) -> String {
    let n = percents.len();
    percents
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = if n <= 1 {
                width / 2.0
            } else {
                pad + (width - 2.0 * pad) * i as f64 / (n - 1) as f64
            };
            format!("{},{}", Tenths::from(x), line_y(*p, height, pad))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The dash pattern of outline `i` on a radar with several outlines, so outlines differ by
/// more than colour (they repeat after six, the most a radar carries readably).
pub fn outline_dash(i: usize) -> &'static str {
    const DASHES: [&str; 6] = ["none", "8 4", "2 3", "10 3 2 3", "4 4", "1 5"];
    DASHES[i % DASHES.len()]
}

#[cfg(test)]
mod layout_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn point(x: i32, y: i32) -> (Tenths, Tenths) {
        (Tenths(x), Tenths(y))
    }

    #[test]
    fn tenths_are_written_without_float_formatting() {
        let written: Vec<String> = [0, 5, -5, 10, 125, -1234, 2000]
            .map(|t| Tenths(t).to_string())
            .into();
        assert_eq!(written, ["0", "0.5", "-0.5", "1", "12.5", "-123.4", "200"]);
        assert_eq!(Tenths::from(12.34), Tenths(123));
        assert_eq!(Tenths::from(-0.06), Tenths(-1));
    }

    #[test]
    fn radar_axes_start_at_the_top_and_go_clockwise() {
        assert_eq!(radar_point(0, 4, 1.0, 100.0, 50.0), point(1000, 500));
        assert_eq!(radar_point(1, 4, 1.0, 100.0, 50.0), point(1500, 1000));
        assert_eq!(radar_point(2, 4, 0.5, 100.0, 50.0), point(1000, 1250));
        assert_eq!(
            radar_point(0, 5, 2.0, 0.0, 10.0),
            point(0, -100),
            "fractions are clamped"
        );
        assert_eq!(radar_point(1, 5, 1.0, 200.0, 110.0), point(3046, 1660));
    }

    #[test]
    fn radar_labels_point_away_from_the_chart() {
        let anchor = |i| radar_anchor(radar_point(i, 4, 1.0, 100.0, 50.0).0, 100.0);
        assert_eq!(
            [0, 1, 2, 3].map(anchor),
            ["middle", "start", "middle", "end"]
        );
    }

    #[test]
    fn polygons_and_lines() {
        assert_eq!(
            radar_polygon(&[100, 0, 0, 0], 10.0, 10.0),
            "10,0 10,10 10,10 10,10"
        );
        assert_eq!(line_points(&[0, 100], 100.0, 50.0, 10.0), "10,40 90,10");
        assert_eq!(line_points(&[50], 100.0, 50.0, 10.0), "50,25");
        assert_eq!(line_points(&[33, 200], 100.0, 50.0, 10.0), "10,30.1 90,10");
        assert_eq!(line_points(&[], 100.0, 50.0, 10.0), "");
        assert_eq!(line_y(50, 220.0, 24.0), Tenths(1100));
    }
}
