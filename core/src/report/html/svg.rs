//! The radar chart of a downloaded web page: the app's own chart ([`crate::chart::radar`])
//! written out as inline SVG, with its caption, and a legend when it carries several outlines.

use super::escape;
use crate::chart::radar::{chart, RadarShapes, OUTLINE_COLOURS};
use crate::chart::{outline_dash, GoalStyle, Tenths};
use crate::i18n::Lang;
use std::fmt::Write;

/// One outline: a name and a percentage per axis.
pub(crate) struct RadarSeries<'a> {
    pub name: &'a str,
    pub percents: Vec<u32>,
}

/// A goal's marker as a small inline SVG before its name (decorative: the name is written).
pub(crate) fn goal_key(style: &GoalStyle) -> String {
    format!(
        "<svg class=\"key goal-{}\" viewBox=\"0 0 12 12\" aria-hidden=\"true\">{}</svg>",
        style.slug,
        style.marker.el(Tenths(60), Tenths(60), 55).to_html()
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
    let outlines: Vec<Vec<u32>> = series.iter().map(|s| s.percents.clone()).collect();
    let shapes = match series {
        [one] => RadarShapes::One {
            percents: &one.percents,
            previous: None,
        },
        _ => RadarShapes::Several(&outlines),
    };
    let mut s = format!(
        "<figure>{}<figcaption>{}</figcaption>",
        chart(axes, &shapes, ("aria-label", caption), lang).to_html(),
        escape(caption)
    );
    if series.len() > 1 {
        s.push_str("<ul class=\"legend\">");
        for (i, one) in series.iter().enumerate() {
            let _ = write!(
                s,
                "<li><svg viewBox=\"0 0 36 12\" aria-hidden=\"true\"><line x1=\"0\" y1=\"6\" x2=\"36\" y2=\"6\" stroke=\"{}\" stroke-width=\"3\" stroke-dasharray=\"{}\"/></svg> {}</li>",
                OUTLINE_COLOURS[i % 6],
                outline_dash(i),
                escape(one.name)
            );
        }
        s.push_str("</ul>");
    }
    s.push_str("</figure>");
    s
}
