//! One visual language for the five GGI goals, used by every chart, bar and report: a colour
//! from the Okabe–Ito colour-blind-safe palette (a darker shade on light backgrounds, a lighter
//! one on dark backgrounds) *and* a second cue that survives without colour: a dash pattern for
//! lines and a marker shape for points. The app's stylesheet (`style/charts.css`) carries the
//! same colours as custom properties; a test keeps the two in step.

use super::svg::El;
use super::Tenths;
use std::fmt::Write;

/// The shape drawn at a data point, so series differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    TriangleDown,
    Plus,
}

/// How one series (a goal, or the overall figure) is drawn everywhere.
#[derive(Debug, PartialEq, Eq)]
pub struct GoalStyle {
    /// The CSS class suffix: `goal-usage` carries `--goal`, the series colour in the theme.
    pub slug: &'static str,
    /// Colour on the light theme, on paper and in downloaded reports.
    pub colour_light: &'static str,
    /// Colour on the dark theme.
    pub colour_dark: &'static str,
    /// SVG `stroke-dasharray` of the series' line (`none`: solid).
    pub dash: &'static str,
    pub marker: Marker,
}

const fn style(
    slug: &'static str,
    colour_light: &'static str,
    colour_dark: &'static str,
    dash: &'static str,
    marker: Marker,
) -> GoalStyle {
    GoalStyle {
        slug,
        colour_light,
        colour_dark,
        dash,
        marker,
    }
}

/// The overall figure: the text colour, a solid line, round points.
pub const OVERALL: GoalStyle = style("overall", "#1b1f24", "#e8ebef", "none", Marker::Circle);

/// The five goals of the GGI handbook, in its order. The hues are Okabe–Ito's blue,
/// vermillion, reddish purple, bluish green and orange.
pub const GOALS: [GoalStyle; 5] = [
    style("usage", "#0072b2", "#56b4e9", "10 4", Marker::Square),
    style("trust", "#b34700", "#f08a4b", "3 3", Marker::Triangle),
    style("culture", "#a8478a", "#e69bc8", "12 3 3 3", Marker::Diamond),
    style(
        "engagement",
        "#00795a",
        "#2dc59a",
        "6 5",
        Marker::TriangleDown,
    ),
    style("strategy", "#8a6a00", "#e6c229", "1 4", Marker::Plus),
];

/// The style of goal `id`, at position `index` in its catalogue: the handbook's goals keep
/// their own style whatever the order; an organisation's own goals take one by position.
pub fn goal_style(id: &str, index: usize) -> &'static GoalStyle {
    GOALS
        .iter()
        .find(|s| s.slug == id)
        .unwrap_or(&GOALS[index % GOALS.len()])
}

impl Marker {
    /// The marker centred on (`x`, `y`), `r` tenths from centre to edge, as an element of
    /// class `series-mark` (filled with the series colour by the stylesheets).
    pub fn el(self, x: Tenths, y: Tenths, r: i32) -> El {
        match self.points(x, y, r) {
            None => El::new("circle")
                .attr("class", "series-mark")
                .attr("cx", x)
                .attr("cy", y)
                .attr("r", Tenths(r)),
            Some(points) => El::new("polygon")
                .attr("class", "series-mark")
                .attr("points", points),
        }
    }

    /// The `points` of the marker's polygon around (`x`, `y`), or `None` for a circle (of
    /// radius `r`). Every shape fits the circle of radius `r`, so none looks bigger.
    pub fn points(self, x: Tenths, y: Tenths, r: i32) -> Option<String> {
        // Offsets in units of r/10, so the table stays integer.
        let shape: &[(i32, i32)] = match self {
            Marker::Circle => return None,
            Marker::Square => &[(-7, -7), (7, -7), (7, 7), (-7, 7)],
            Marker::Triangle => &[(0, -10), (8, 5), (-8, 5)],
            Marker::Diamond => &[(0, -10), (10, 0), (0, 10), (-10, 0)],
            Marker::TriangleDown => &[(0, 10), (8, -5), (-8, -5)],
            Marker::Plus => &[
                (-3, -9),
                (3, -9),
                (3, -3),
                (9, -3),
                (9, 3),
                (3, 3),
                (3, 9),
                (-3, 9),
                (-3, 3),
                (-9, 3),
                (-9, -3),
                (-3, -3),
            ],
        };
        let mut s = String::new();
        for (i, (dx, dy)) in shape.iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(
                s,
                "{sep}{},{}",
                Tenths(x.0 + dx * r / 10),
                Tenths(y.0 + dy * r / 10)
            );
        }
        Some(s)
    }
}

/// CSS rules giving each goal class its light colour, for the downloaded web pages (light
/// only: a file opened from disk has no theme setting).
pub fn light_css() -> String {
    let mut s = String::new();
    for g in GOALS.iter().chain([&OVERALL]) {
        let _ = write!(s, ".goal-{}{{--goal:{}}}", g.slug, g.colour_light);
    }
    s
}
