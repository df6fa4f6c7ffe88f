//! The radar chart as inline SVG text, with the same geometry as the app's chart
//! ([`crate::chart`]). Outlines differ by colour *and* dash pattern, and a legend names them.

use super::escape;
use crate::chart::{outline_dash, radar_point, radar_polygon};
use crate::i18n::{percent, Lang};
use std::fmt::Write;

const SIZE: f64 = 400.0;
const CENTRE: f64 = SIZE / 2.0;
const RADIUS: f64 = 110.0;

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

/// A `<figure>` with the chart and its caption. A single outline prints its figures on the
/// axis labels; several outlines get a legend instead (the page's table has the numbers).
pub(crate) fn radar(axes: &[&str], series: &[RadarSeries], caption: &str, lang: Lang) -> String {
    let n = axes.len();
    let mut s = format!(
        // Cropped top and bottom: the labels never reach the outer quarter of the square.
        "<figure><svg viewBox=\"0 50 {SIZE} 300\" role=\"img\" aria-label=\"{}\">",
        escape(caption)
    );
    for f in [0.25, 0.5, 0.75, 1.0] {
        let pts = (0..n)
            .map(|i| {
                let (x, y) = radar_point(i, n, f, CENTRE, RADIUS);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ");
        let _ = write!(s, "<polygon class=\"ring\" points=\"{pts}\"/>");
    }
    for (i, name) in axes.iter().enumerate() {
        let (x, y) = radar_point(i, n, 1.0, CENTRE, RADIUS);
        let (lx, ly) = radar_point(i, n, 1.22, CENTRE, RADIUS);
        let anchor = crate::chart::radar_anchor(lx, CENTRE);
        let value = match series {
            [one] => format!(
                " {}",
                percent(lang, one.percents.get(i).copied().unwrap_or(0))
            ),
            _ => String::new(),
        };
        let _ = write!(
            s,
            "<line class=\"axis\" x1=\"{CENTRE}\" y1=\"{CENTRE}\" x2=\"{x}\" y2=\"{y}\"/>\
             <text class=\"label\" x=\"{lx}\" y=\"{ly}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\">{}{}</text>",
            escape(name),
            escape(&value)
        );
    }
    for (i, one) in series.iter().enumerate() {
        let (colour, dash) = outline_style(i);
        let _ = write!(
            s,
            "<polygon class=\"outline\" stroke=\"{colour}\" stroke-dasharray=\"{dash}\" points=\"{}\"/>",
            radar_polygon(&one.percents, CENTRE, RADIUS)
        );
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
