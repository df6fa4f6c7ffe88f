//! Layout of the trend chart (progress across closed iterations): where the ticks, the
//! iteration names, the points and the latest-value labels go, for a chart `width` units wide.
//! The app draws it as SVG; this module only decides positions, so it is tested natively.

use super::labels::{bold_width, nudge, wrap, CHAR_W, PERCENT_TICKS};
use super::style::GoalStyle;
use super::svg::El;
use super::Tenths;
use crate::i18n::{fill, percent, Lang, Messages};

/// Height of the chart in units, whatever its width.
pub const HEIGHT: i32 = 280;
const TOP: i32 = 14;
/// Room for the "100 %" tick labels.
const LEFT: i32 = 46;
/// Height of one line of the iteration names; they take at most two lines.
pub const LINE: i32 = 15;
const BOTTOM: i32 = 16 + 2 * LINE;
/// Baseline of the first line of iteration names, below the plot.
pub const NAMES_BELOW: i32 = 22;
/// Least vertical distance between two latest-value labels (their text is 12 units high).
pub const LABEL_GAP: i32 = 14;
/// Fewest characters an iteration name is shortened to before names are left out instead.
const MIN_NAME_CHARS: i32 = 5;

/// One series to draw: its style, its name (for the legend, the latest-value label and each
/// point's label) and a percentage per iteration.
pub struct TrendInput<'a> {
    pub style: &'static GoalStyle,
    pub name: &'a str,
    pub values: &'a [u32],
}

/// A name under the horizontal axis: its centre and its lines (none when left out to make
/// room, every other name kept).
#[derive(Debug, PartialEq)]
pub struct AxisLabel {
    pub x: Tenths,
    pub lines: Vec<String>,
}

/// A series placed on the chart.
#[derive(Debug, PartialEq)]
pub struct TrendLine {
    /// One point per iteration, in order.
    pub points: Vec<(Tenths, Tenths)>,
    /// The latest value, with the series' name when there is room, and the y of its text
    /// (nudged away from the other series' labels).
    pub end_label: String,
    pub end_y: Tenths,
}

impl TrendLine {
    /// The SVG `points` attribute of the line.
    pub fn points_attr(&self) -> String {
        self.points
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Every position on a trend chart. The plot is the box `left..right` × `top..bottom`.
#[derive(Debug, PartialEq)]
pub struct TrendLayout {
    pub width: i32,
    pub left: Tenths,
    pub right: Tenths,
    pub top: Tenths,
    pub bottom: Tenths,
    /// (percent, y) of each horizontal grid line.
    pub ticks: Vec<(u32, Tenths)>,
    pub names: Vec<AxisLabel>,
    pub lines: Vec<TrendLine>,
    /// Where the latest-value labels start.
    pub end_x: Tenths,
}

/// Lays out `series` over `iterations` (oldest first) on a chart `width` units wide.
pub fn layout(width: i32, iterations: &[&str], series: &[TrendInput], lang: Lang) -> TrendLayout {
    let width = width.max(200);
    // The latest values name their series when that leaves the plot most of the width.
    let latest = |s: &TrendInput| s.values.last().copied().unwrap_or(0);
    let named: Vec<String> = series
        .iter()
        .map(|s| format!("{} {}", s.name, percent(lang, latest(s))))
        .collect();
    let widest = |labels: &[String]| labels.iter().map(|l| bold_width(l)).max().unwrap_or(0);
    let end_labels = if widest(&named) + 14 <= width * 3 / 10 {
        named
    } else {
        series.iter().map(|s| percent(lang, latest(s))).collect()
    };
    let right = width - widest(&end_labels) - 14;
    let (left, top, bottom) = (LEFT, TOP, HEIGHT - BOTTOM);
    let y = |p: u32| Tenths(top * 10 + (bottom - top) * 10 * (100 - p.min(100) as i32) / 100);
    let n = iterations.len() as i32;
    let x = |i: i32| {
        if n <= 1 {
            Tenths((left + right) * 5)
        } else {
            Tenths(left * 10 + (right - left) * 10 * i / (n - 1))
        }
    };

    // Each name gets the width between its neighbours; when that is too narrow, only every
    // `step`-th name is written (the table and each point's label still name them all).
    let slot = if n <= 1 {
        right - left
    } else {
        (right - left) / (n - 1)
    };
    let mut step = 1;
    while slot * step < MIN_NAME_CHARS * CHAR_W && step < n.max(1) {
        step += 1;
    }
    let names = iterations
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let i = i as i32;
            let shown = i % step == 0 && (i == n - 1 || n - 1 - i >= step);
            let shown = shown || i == n - 1;
            // The outer names may not reach past the chart's edges.
            let room = slot * step - CHAR_W;
            let room = if i == 0 { room.min(2 * left) } else { room };
            let room = if i == n - 1 {
                room.min(2 * (width - right))
            } else {
                room
            };
            let lines = if shown {
                wrap(name, (room / CHAR_W).max(0) as usize, 2)
            } else {
                Vec::new()
            };
            AxisLabel { x: x(i), lines }
        })
        .collect();

    let wanted: Vec<i32> = series.iter().map(|s| y(latest(s)).0).collect();
    // Not below the plot: the iteration names are there.
    let end_y = nudge(&wanted, LABEL_GAP * 10, top * 10, bottom * 10);
    let lines = series
        .iter()
        .zip(end_labels)
        .zip(end_y)
        .map(|((s, end_label), end_y)| TrendLine {
            points: (0..n)
                .map(|i| (x(i), y(s.values.get(i as usize).copied().unwrap_or(0))))
                .collect(),
            end_label,
            end_y: Tenths(end_y),
        })
        .collect();
    TrendLayout {
        width,
        left: Tenths(left * 10),
        right: Tenths(right * 10),
        top: Tenths(top * 10),
        bottom: Tenths(bottom * 10),
        ticks: PERCENT_TICKS.iter().map(|&p| (p, y(p))).collect(),
        names,
        lines,
        end_x: Tenths(right * 10 + 100),
    }
}

/// The whole chart as SVG, `width` units wide: grid and ticks, the iteration names under the
/// axis, then each series (line, latest value, and a focusable point per iteration whose
/// accessible name and `<title>` say its value, shown on focus and hover). Labelled by the
/// elements `trend-caption` and `trend-keys` the page provides.
pub fn chart(width: i32, iterations: &[&str], series: &[TrendInput], t: &Messages) -> El {
    let lang = t.lang;
    let l = layout(width, iterations, series, lang);
    let mut svg = El::new("svg")
        .attr("viewBox", format!("0 0 {} {HEIGHT}", l.width))
        .attr("role", "group")
        .attr("aria-labelledby", "trend-caption")
        .attr("aria-describedby", "trend-keys");
    for (p, y) in &l.ticks {
        svg = svg
            .child(
                El::new("line")
                    .attr("class", "trend-grid")
                    .attr("x1", l.left)
                    .attr("x2", l.right)
                    .attr("y1", y)
                    .attr("y2", y),
            )
            .child(
                El::new("text")
                    .attr("class", "trend-tick")
                    .attr("x", Tenths(l.left.0 - 60))
                    .attr("y", y)
                    .attr("text-anchor", "end")
                    .attr("dominant-baseline", "middle")
                    .text(percent(lang, *p)),
            );
    }
    svg = svg.child(
        El::new("line")
            .attr("class", "trend-base")
            .attr("x1", l.left)
            .attr("x2", l.right)
            .attr("y1", l.bottom)
            .attr("y2", l.bottom),
    );
    for a in &l.names {
        for (k, line) in a.lines.iter().enumerate() {
            svg = svg.child(
                El::new("text")
                    .attr("class", "trend-name")
                    .attr("x", a.x)
                    .attr(
                        "y",
                        Tenths(l.bottom.0 + (NAMES_BELOW + k as i32 * LINE) * 10),
                    )
                    .attr("text-anchor", "middle")
                    .text(line.clone()),
            );
        }
    }
    for (s, placed) in series.iter().zip(&l.lines) {
        let r = if s.style.slug == "overall" { 65 } else { 60 };
        let mut g = El::new("g")
            .attr("class", format!("trend-series goal-{}", s.style.slug))
            .child(
                El::new("polyline")
                    .attr("class", "series-line")
                    .attr("stroke-dasharray", s.style.dash)
                    .attr("points", placed.points_attr()),
            )
            .child(
                El::new("text")
                    .attr("class", "trend-end")
                    .attr("x", l.end_x)
                    .attr("y", placed.end_y)
                    .attr("dominant-baseline", "middle")
                    .attr("aria-hidden", "true")
                    .text(placed.end_label.clone()),
            );
        for (((x, y), v), it) in placed.points.iter().zip(s.values).zip(iterations) {
            let value = percent(lang, *v);
            let label = fill(
                t.charts.point,
                &[("series", s.name), ("iteration", it), ("pct", &value)],
            );
            // The value shows above the point, or below it near the top of the chart.
            let tip_y = if y.0 < l.top.0 + 200 {
                y.0 + 220
            } else {
                y.0 - 110
            };
            g = g.child(
                El::new("g")
                    .attr("class", "trend-point")
                    .attr("tabindex", "0")
                    .attr("role", "img")
                    .attr("aria-label", &label)
                    .child(El::new("title").text(label))
                    .child(s.style.marker.el(*x, *y, r))
                    .child(
                        El::new("text")
                            .attr("class", "trend-tip")
                            .attr("x", x)
                            .attr("y", Tenths(tip_y))
                            .attr("text-anchor", "middle")
                            .text(value),
                    ),
            );
        }
        svg = svg.child(g);
    }
    svg
}
