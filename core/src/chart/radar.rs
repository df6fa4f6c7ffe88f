//! Layout of the radar chart: axis ends, label positions and lines, and a view box that holds
//! every label, so the chart can be drawn at 100% of its panel's width (a phone's included)
//! without clipping a label or leaving empty space around it.

use super::labels::wrap;
use super::svg::El;
use super::{goal_style, outline_dash, radar_anchor, radar_point, radar_polygon, Tenths};
use crate::i18n::{percent, Lang};

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

/// Stroke colours of the outlines of several workspaces (they repeat after six). The app's
/// stylesheet overrides them per theme by class; a downloaded page uses them as they are.
pub const OUTLINE_COLOURS: [&str; 6] = [
    "#0b5cad", "#b35900", "#1a7f37", "#8250df", "#cf222e", "#57606a",
];

/// What a radar shows.
pub enum RadarShapes<'a> {
    /// One organisation: its percentage per goal, written at each axis and marked with each
    /// goal's marker, and optionally a closed iteration's outline (dashed) for comparison.
    One {
        percents: &'a [u32],
        previous: Option<&'a [u32]>,
    },
    /// One outline per workspace, told apart by colour and dash pattern (the figures are in
    /// the table beside it).
    Several(&'a [Vec<u32>]),
}

/// The radar as SVG: rings, an axis per goal (`axes` are (goal id, goal name)) with its label,
/// and the shapes. `label` is the attribute naming the chart: (`aria-labelledby`, an id) in
/// the app, (`aria-label`, the caption) in a downloaded page.
pub fn chart(
    axes: &[(&str, &str)],
    shapes: &RadarShapes,
    label: (&'static str, &str),
    lang: Lang,
) -> El {
    let n = axes.len();
    let names: Vec<&str> = axes.iter().map(|a| a.1).collect();
    let l = layout(&names, RADIUS);
    let mut svg = El::new("svg")
        .attr("viewBox", &l.view_box)
        .attr("role", "img")
        .attr(label.0, label.1);
    for f in [0.25, 0.5, 0.75, 1.0] {
        let pts = (0..n)
            .map(|i| {
                let (x, y) = radar_point(i, n, f, 0.0, RADIUS);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ");
        svg = svg.child(
            El::new("polygon")
                .attr("class", "radar-ring")
                .attr("points", pts),
        );
    }
    for (i, a) in l.axes.iter().enumerate() {
        let mut text = El::new("text")
            .attr("class", "radar-label")
            .attr("text-anchor", a.anchor)
            .attr("dominant-baseline", "middle");
        for (line, y) in &a.lines {
            text = text.child(
                El::new("tspan")
                    .attr("x", a.label_x)
                    .attr("y", y)
                    .text(line.clone()),
            );
        }
        if let RadarShapes::One { percents, .. } = shapes {
            text = text.child(
                El::new("tspan")
                    .attr("class", "radar-pct")
                    .attr("x", a.label_x)
                    .attr("y", a.value_y)
                    .text(percent(lang, percents.get(i).copied().unwrap_or(0))),
            );
        }
        svg = svg
            .child(
                El::new("line")
                    .attr("class", "radar-axis")
                    .attr("x1", 0)
                    .attr("y1", 0)
                    .attr("x2", a.end.0)
                    .attr("y2", a.end.1),
            )
            .child(text);
    }
    match shapes {
        RadarShapes::One { percents, previous } => {
            if let Some(p) = previous {
                svg = svg.child(
                    El::new("polygon")
                        .attr("class", "radar-previous")
                        .attr("points", radar_polygon(p, 0.0, RADIUS)),
                );
            }
            svg = svg.child(
                El::new("polygon")
                    .attr("class", "radar-value")
                    .attr("points", radar_polygon(percents, 0.0, RADIUS)),
            );
            for (i, (id, name)) in axes.iter().enumerate() {
                let style = goal_style(id, i);
                let pct = percents.get(i).copied().unwrap_or(0);
                let (x, y) = radar_point(i, n, f64::from(pct) / 100.0, 0.0, RADIUS);
                svg = svg.child(
                    El::new("g")
                        .attr("class", format!("goal-{}", style.slug))
                        .child(El::new("title").text(format!(
                            "{name}{}{}",
                            lang.colon(),
                            percent(lang, pct)
                        )))
                        .child(style.marker.el(x, y, 60)),
                );
            }
        }
        RadarShapes::Several(outlines) => {
            for (i, p) in outlines.iter().enumerate() {
                svg = svg.child(
                    El::new("polygon")
                        .attr("class", format!("radar-outline radar-outline-{}", i % 6))
                        .attr("stroke", OUTLINE_COLOURS[i % 6])
                        .attr("stroke-dasharray", outline_dash(i))
                        .attr("points", radar_polygon(p, 0.0, RADIUS)),
                );
            }
        }
    }
    svg
}
