//! The radar chart as inline SVG text, with the same layout and goal styles as the app's chart
//! ([`crate::chart`]). A single outline marks each goal's point with the goal's marker and
//! colour and writes its percentage at the axis; several outlines differ by colour *and* dash
//! pattern, and a legend names them.

use super::escape;
use crate::chart::radar::{layout, RADIUS};
use crate::chart::{goal_style, outline_dash, radar_point, radar_polygon, GoalStyle, Tenths};
use crate::i18n::{percent, Lang};
use std::fmt::Write;

/// Stroke colour and dash pattern of outline `i` (they repeat after six).
pub(crate) fn outline_style(i: usize) -> (&'static str, &'static str) {
    const COLOURS: [&str; 6] = [
        "#0b5cad", "#b35900", "#1a7f37", "#8250df", "#cf222e", "#57606a",
    ];
    (COLOURS[i % COLOURS.len()], outline_dash(i))
}

/// One outline: a name and a percentage per axis.
pub(crate) struct RadarSeries<'a> {
    pub name: &'a str,
    pub percents: Vec<u32>,
}

/// A goal's marker as a small inline SVG before its name (decorative: the name is written).
pub(crate) fn goal_key(style: &GoalStyle) -> String {
    format!(
        "<svg class=\"key goal-{}\" viewBox=\"0 0 12 12\" aria-hidden=\"true\">{}{}</svg>",
        style.slug,
        style.marker.open_tag(Tenths(60), Tenths(60), 55, "mark"),
        style.marker.close_tag()
    )
}

/// A `<figure>` with the chart and its caption. `axes` are (goal id, goal name). A single
/// outline prints its figures at the axes; several outlines get a legend instead (the page's
/// table has the numbers).
pub(crate) fn radar(
    axes: &[(&str, &str)],
    series: &[RadarSeries],
    caption: &str,
    lang: Lang,
) -> String {
    let n = axes.len();
    let names: Vec<&str> = axes.iter().map(|a| a.1).collect();
    let l = layout(&names, RADIUS);
    let mut s = format!(
        "<figure><svg viewBox=\"{}\" role=\"img\" aria-label=\"{}\">",
        l.view_box,
        escape(caption)
    );
    for f in [0.25, 0.5, 0.75, 1.0] {
        let pts = (0..n)
            .map(|i| {
                let (x, y) = radar_point(i, n, f, 0.0, RADIUS);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ");
        let _ = write!(s, "<polygon class=\"ring\" points=\"{pts}\"/>");
    }
    for (i, a) in l.axes.iter().enumerate() {
        let _ = write!(
            s,
            "<line class=\"axis\" x1=\"0\" y1=\"0\" x2=\"{}\" y2=\"{}\"/><text class=\"label\" text-anchor=\"{}\" dominant-baseline=\"middle\">",
            a.end.0, a.end.1, a.anchor
        );
        for (line, y) in &a.lines {
            let _ = write!(
                s,
                "<tspan x=\"{}\" y=\"{y}\">{}</tspan>",
                a.label_x,
                escape(line)
            );
        }
        if let [one] = series {
            let _ = write!(
                s,
                "<tspan class=\"pct\" x=\"{}\" y=\"{}\">{}</tspan>",
                a.label_x,
                a.value_y,
                escape(&percent(lang, one.percents.get(i).copied().unwrap_or(0)))
            );
        }
        s.push_str("</text>");
    }
    match series {
        [one] => {
            let _ = write!(
                s,
                "<polygon class=\"value\" points=\"{}\"/>",
                radar_polygon(&one.percents, 0.0, RADIUS)
            );
            for (i, (id, _)) in axes.iter().enumerate() {
                let style = goal_style(id, i);
                let pct = one.percents.get(i).copied().unwrap_or(0);
                let (x, y) = radar_point(i, n, f64::from(pct) / 100.0, 0.0, RADIUS);
                let _ = write!(
                    s,
                    "<g class=\"goal-{}\">{}{}</g>",
                    style.slug,
                    style.marker.open_tag(x, y, 50, "mark"),
                    style.marker.close_tag()
                );
            }
        }
        _ => {
            for (i, one) in series.iter().enumerate() {
                let (colour, dash) = outline_style(i);
                let _ = write!(
                    s,
                    "<polygon class=\"outline\" stroke=\"{colour}\" stroke-dasharray=\"{dash}\" points=\"{}\"/>",
                    radar_polygon(&one.percents, 0.0, RADIUS)
                );
            }
        }
    }
    let _ = write!(s, "</svg><figcaption>{}</figcaption>", escape(caption));
    if series.len() > 1 {
        s.push_str("<ul class=\"legend\">");
        for (i, one) in series.iter().enumerate() {
            let (colour, dash) = outline_style(i);
            let _ = write!(
                s,
                "<li><svg viewBox=\"0 0 36 12\" aria-hidden=\"true\"><line x1=\"0\" y1=\"6\" x2=\"36\" y2=\"6\" stroke=\"{colour}\" stroke-width=\"3\" stroke-dasharray=\"{dash}\"/></svg> {}</li>",
                escape(one.name)
            );
        }
        s.push_str("</ul>");
    }
    s.push_str("</figure>");
    s
}
