//! Layout of the trend chart (progress across closed iterations): where the ticks, the
//! iteration names, the points and the latest-value labels go, for a chart `width` units wide.
//! The app draws it as SVG; this module only decides positions, so it is tested natively.

use super::labels::{bold_width, nudge, text_width, wrap, CHAR_W, PERCENT_TICKS};
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
/// Fewest characters a level iteration name gets before names are slanted instead.
const MIN_NAME_CHARS: i32 = 5;
/// Longest slanted name, in characters (then "…").
const SLANT_CHARS: usize = 16;
/// Least horizontal distance between two slanted names, so their lines do not touch.
pub const SLANT_GAP: i32 = 22;

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
    /// [`HEIGHT`], or more when slanted names need the room.
    pub height: i32,
    /// The iteration names are slanted (one shortened line each) rather than level.
    pub rotated: bool,
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
    let n = iterations.len() as i32;
    let slot_from = |left: i32| {
        if n <= 1 {
            right - left
        } else {
            (right - left) / (n - 1)
        }
    };
    // Every `step`-th name is written when the slots are too narrow for each (the table and
    // each point's label still name them all); the latest is always written.
    let step_for = |slot: i32, least: i32| {
        let mut step = 1;
        while slot * step < least && step < n.max(1) {
            step += 1;
        }
        step
    };
    let shown = |i: i32, step: i32| i == n - 1 || (i % step == 0 && n - 1 - i >= step);

    // Level names, wrapped on two lines within their slot, when every name fits whole;
    // otherwise names slanted at 40°, shortened, with the room they need below the plot.
    let slot = slot_from(LEFT);
    let step = step_for(slot, MIN_NAME_CHARS * CHAR_W);
    let flat: Vec<Vec<String>> = iterations
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let i = i as i32;
            if !shown(i, step) {
                return Vec::new();
            }
            // The outer names may not reach past the chart's edges.
            let mut room = slot * step - CHAR_W;
            if i == 0 {
                room = room.min(2 * LEFT);
            }
            if i == n - 1 {
                room = room.min(2 * (width - right));
            }
            wrap(name, (room / CHAR_W).max(0) as usize, 2)
        })
        .collect();
    let whole = |lines: &Vec<String>, name: &&str| {
        lines.join(" ") == name.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let rotated = step > 1 || !flat.iter().zip(iterations).all(|(l, n)| whole(l, n));
    let (left, height, names) = if rotated {
        let short: Vec<String> = iterations
            .iter()
            .map(|name| wrap(name, SLANT_CHARS, 1).join(""))
            .collect();
        let first = short.first().map_or(0, |s| text_width(s));
        let longest = short.iter().map(|s| text_width(s)).max().unwrap_or(0);
        // cos 40° ≈ 0.766 to the left of the first name's point, sin 40° ≈ 0.643 below.
        let left = LEFT.max(first * 766 / 1000 + 8);
        let step = step_for(slot_from(left), SLANT_GAP);
        let names = short
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                if shown(i as i32, step) {
                    vec![s]
                } else {
                    Vec::new()
                }
            })
            .collect::<Vec<_>>();
        (
            left,
            HEIGHT - BOTTOM + NAMES_BELOW + longest * 643 / 1000 + 8,
            names,
        )
    } else {
        (LEFT, HEIGHT, flat)
    };
    let (top, bottom) = (TOP, HEIGHT - BOTTOM);
    let y = |p: u32| Tenths(top * 10 + (bottom - top) * 10 * (100 - p.min(100) as i32) / 100);
    let x = |i: i32| {
        if n <= 1 {
            Tenths((left + right) * 5)
        } else {
            Tenths(left * 10 + (right - left) * 10 * i / (n - 1))
        }
    };
    let names = names
        .into_iter()
        .enumerate()
        .map(|(i, lines)| AxisLabel {
            x: x(i as i32),
            lines,
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
        height,
        rotated,
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
        .attr("viewBox", format!("0 0 {} {}", l.width, l.height))
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
            let y = Tenths(l.bottom.0 + (NAMES_BELOW + k as i32 * LINE) * 10);
            let mut text = El::new("text")
                .attr("class", "trend-name")
                .attr("x", a.x)
                .attr("y", y);
            text = if l.rotated {
                text.attr("text-anchor", "end")
                    .attr("transform", format!("rotate(-40 {} {y})", a.x))
            } else {
                text.attr("text-anchor", "middle")
            };
            svg = svg.child(text.text(line.clone()));
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
        let last = placed.points.len().saturating_sub(1);
        for (i, (((x, y), v), it)) in placed
            .points
            .iter()
            .zip(s.values)
            .zip(iterations)
            .enumerate()
        {
            let value = percent(lang, *v);
            let label = fill(
                t.charts().point,
                &[("series", s.name), ("iteration", it), ("pct", &value)],
            );
            // The focused or hovered point shows its series and value above it (below it near
            // the top), pointing into the plot at either end so it clears the end labels.
            let tip_y = if y.0 < l.top.0 + 200 {
                y.0 + 220
            } else {
                y.0 - 110
            };
            let (tip_x, anchor) = match i {
                _ if last == 0 => (x.0, "middle"),
                0 => (x.0 - 40, "start"),
                i if i == last => (x.0 + 40, "end"),
                _ => (x.0, "middle"),
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
                            .attr("x", Tenths(tip_x))
                            .attr("y", Tenths(tip_y))
                            .attr("text-anchor", anchor)
                            .text(format!("{} {value}", s.name)),
                    ),
            );
        }
        svg = svg.child(g);
    }
    svg
}
