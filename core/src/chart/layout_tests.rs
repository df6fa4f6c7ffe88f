use super::labels::{bold_width, nudge, text_width, wrap, PERCENT_TICKS};
use super::radar;
use super::style::{goal_style, light_css, Marker, GOALS, OVERALL};
use super::trend::{self, TrendInput, LABEL_GAP};
use super::Tenths;
use crate::i18n::Lang;

const APP_CSS: &str = include_str!("../../../style/app.css");
const CHARTS_CSS: &str = include_str!("../../../style/charts.css");
/// The app's page background and panel surface, light then dark (style/app.css).
const LIGHT: [&str; 2] = ["#f7f8fa", "#ffffff"];
const DARK: [&str; 2] = ["#121519", "#1b2026"];

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// WCAG 2.1 contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn contrast_is_computed_as_wcag_does() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}

#[test]
fn every_series_colour_contrasts_with_both_themes_backgrounds() {
    for bg in LIGHT.iter().chain(&DARK) {
        assert!(
            APP_CSS.contains(bg),
            "{bg} is no longer a background of style/app.css"
        );
    }
    for s in GOALS.iter().chain([&OVERALL]) {
        for bg in LIGHT {
            let c = contrast(s.colour_light, bg);
            // 3:1 is the bar for graphics; 4.5:1 lets the latest-value labels use the colour.
            assert!(
                c >= 4.5,
                "{} light {} on {bg}: {c:.2}",
                s.slug,
                s.colour_light
            );
        }
        for bg in DARK {
            let c = contrast(s.colour_dark, bg);
            assert!(
                c >= 4.5,
                "{} dark {} on {bg}: {c:.2}",
                s.slug,
                s.colour_dark
            );
        }
    }
}

#[test]
fn the_stylesheet_carries_the_same_colours_in_every_theme() {
    for s in GOALS.iter().chain([&OVERALL]) {
        let light = format!("--g-{}: {};", s.slug, s.colour_light);
        let dark = format!("--g-{}: {};", s.slug, s.colour_dark);
        // :root and print; the two dark-theme selectors.
        assert_eq!(CHARTS_CSS.matches(&light).count(), 2, "{light}");
        assert_eq!(CHARTS_CSS.matches(&dark).count(), 2, "{dark}");
        let class = format!(".goal-{} {{ --goal: var(--g-{}); }}", s.slug, s.slug);
        assert!(CHARTS_CSS.contains(&class), "{class}");
        assert!(light_css().contains(&format!(".goal-{}{{--goal:{}}}", s.slug, s.colour_light)));
    }
}

#[test]
fn series_differ_by_more_than_colour() {
    let all: Vec<_> = GOALS.iter().chain([&OVERALL]).collect();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert_ne!(a.dash, b.dash, "{} and {} share a dash", a.slug, b.slug);
            assert_ne!(
                a.marker, b.marker,
                "{} and {} share a marker",
                a.slug, b.slug
            );
            assert_ne!(a.colour_light, b.colour_light);
            assert_ne!(a.colour_dark, b.colour_dark);
        }
    }
}

#[test]
fn handbook_goals_keep_their_style_and_others_take_one_by_position() {
    assert_eq!(goal_style("trust", 4).slug, "trust");
    assert_eq!(goal_style("strategy", 0).slug, "strategy");
    assert_eq!(goal_style("our-own", 1).slug, "trust");
    assert_eq!(goal_style("our-own", 7).slug, "culture");
}

#[test]
fn markers_stay_within_their_radius() {
    for m in [
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
        Marker::TriangleDown,
        Marker::Plus,
    ] {
        let points = m.points(Tenths(1000), Tenths(500), 50).unwrap_or_default();
        assert!(!points.is_empty());
        for p in points.split(' ') {
            let (x, y) = p.split_once(',').unwrap_or(("", ""));
            let (x, y): (f64, f64) = (x.parse().unwrap_or(0.0), y.parse().unwrap_or(0.0));
            let d = ((x - 100.0).powi(2) + (y - 50.0).powi(2)).sqrt();
            assert!(d <= 5.0 + 1e-9, "{m:?} point {p} is {d} from the centre");
        }
    }
    assert_eq!(Marker::Circle.points(Tenths(0), Tenths(0), 50), None);
    assert_eq!(
        Marker::Diamond.el(Tenths(100), Tenths(50), 40).to_html(),
        "<polygon class=\"series-mark\" points=\"10,1 14,5 10,9 6,5\"/>"
    );
    assert_eq!(
        Marker::Circle.el(Tenths(100), Tenths(50), 45).to_html(),
        "<circle class=\"series-mark\" cx=\"10\" cy=\"5\" r=\"4.5\"/>"
    );
}

#[test]
fn long_labels_wrap_then_shorten() {
    assert_eq!(wrap("2026 H1", 10, 2), ["2026 H1"]);
    assert_eq!(wrap("Spring 2026 review", 10, 2), ["Spring", "2026 revi…"]);
    assert_eq!(wrap("Spring 2026 review", 12, 2), ["Spring 2026", "review"]);
    assert_eq!(wrap("Infrastructure", 6, 2), ["Infras", "truct…"]);
    assert_eq!(wrap("abc", 1, 2), Vec::<String>::new());
    assert_eq!(wrap("", 10, 2), Vec::<String>::new());
    for text in [
        "Q1",
        "A very long iteration name indeed",
        "Zwischenüberprüfung 2026",
    ] {
        for max in 2..20 {
            for line in wrap(text, max, 2) {
                assert!(line.chars().count() <= max, "{line:?} longer than {max}");
            }
        }
    }
}

/// A small deterministic generator, so the property below needs no crate.
fn lcg(seed: &mut u64) -> i32 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    ((*seed >> 33) % 2000) as i32
}

#[test]
fn nudged_labels_never_overlap_stay_in_range_and_keep_their_order() {
    let mut seed = 15;
    for case in 0..2000 {
        let n = 1 + case % 7;
        let wanted: Vec<i32> = (0..n).map(|_| lcg(&mut seed)).collect();
        let (gap, min, max) = (140, 100, 2100);
        let got = nudge(&wanted, gap, min, max);
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (wanted[i], i));
        for pair in order.windows(2) {
            let (a, b) = (got[pair[0]], got[pair[1]]);
            assert!(b - a >= gap, "{wanted:?} → {got:?}");
        }
        assert!(got.iter().all(|&y| (min..=max).contains(&y)), "{got:?}");
    }
    // Labels already apart do not move; ties are split in series order.
    assert_eq!(nudge(&[500, 100, 900], 140, 0, 2000), [500, 100, 900]);
    assert_eq!(nudge(&[2000, 2000, 2000], 140, 0, 2000), [1720, 1860, 2000]);
    assert_eq!(nudge(&[0, 0], 140, 0, 2000), [0, 140]);
}

fn sample_layout(width: i32, names: &[&str]) -> trend::TrendLayout {
    let values: Vec<Vec<u32>> = (0..6)
        .map(|s| {
            (0..names.len())
                .map(|i| ((s * 7 + i * 13) % 101) as u32)
                .collect()
        })
        .collect();
    let labels = [
        "Overall",
        "Usage",
        "Trust",
        "Culture",
        "Engagement",
        "Strategy",
    ];
    trend::layout(width, names, &inputs(&labels, &values), Lang::En)
}

fn inputs<'a>(labels: &[&'a str], values: &'a [Vec<u32>]) -> Vec<TrendInput<'a>> {
    let styles = [&OVERALL].into_iter().chain(GOALS.iter());
    labels
        .iter()
        .zip(values)
        .zip(styles)
        .map(|((name, v), style)| TrendInput {
            style,
            name,
            values: v,
        })
        .collect()
}

#[test]
fn every_trend_point_is_focusable_and_says_its_value() {
    let values = vec![
        vec![10, 46],
        vec![40, 55],
        vec![22, 53],
        vec![0, 0],
        vec![0, 0],
        vec![0, 50],
    ];
    let labels = [
        "Overall",
        "Usage",
        "Trust",
        "Culture",
        "Engagement",
        "<Strategy>",
    ];
    let t = Lang::Fr.messages();
    let svg = trend::chart(640, &["2025 H2", "2026 H1"], &inputs(&labels, &values), t);
    let points: Vec<_> = svg
        .walk()
        .into_iter()
        .filter(|e| e.get("class") == Some("trend-point"))
        .collect();
    assert_eq!(points.len(), 12);
    assert!(points
        .iter()
        .all(|p| p.get("tabindex") == Some("0") && p.get("role") == Some("img")));
    assert_eq!(
        points[3].get("aria-label"),
        Some("Usage, 2026 H1\u{a0}: 55\u{202f}%")
    );
    assert_eq!(
        points[3].children[0].text.as_deref(),
        points[3].get("aria-label")
    );
    let series: Vec<_> = svg
        .walk()
        .into_iter()
        .filter_map(|e| e.get("class"))
        .filter(|c| c.starts_with("trend-series"))
        .collect();
    assert_eq!(series[0], "trend-series goal-overall");
    assert_eq!(series[5], "trend-series goal-strategy");
    // Written out, user text is escaped: a name cannot open an element.
    let html = svg.to_html();
    assert!(html.contains("&lt;Strategy&gt;, 2025 H2"), "{html}");
    assert!(!html.contains("<Strategy>"));
}

#[test]
fn the_radar_marks_each_goal_and_draws_the_previous_outline_when_asked() {
    let axes = [
        ("usage", "Usage"),
        ("trust", "Trust"),
        ("culture", "Culture"),
        ("engagement", "Engagement"),
        ("strategy", "Strategy"),
    ];
    let now = [55, 41, 0, 25, 14];
    let one = radar::RadarShapes::One {
        percents: &now,
        previous: Some(&[55, 53, 0, 0, 50]),
    };
    let svg = radar::chart(&axes, &one, ("aria-labelledby", "radar-caption"), Lang::En);
    let all = svg.walk();
    let class = |c: &str| all.iter().filter(|e| e.get("class") == Some(c)).count();
    assert_eq!(class("radar-previous"), 1);
    assert_eq!(class("radar-value"), 1);
    assert_eq!(class("series-mark"), 5);
    assert_eq!(class("goal-trust"), 1);
    let pcts: Vec<_> = all
        .iter()
        .filter(|e| e.get("class") == Some("radar-pct"))
        .filter_map(|e| e.text.clone())
        .collect();
    assert_eq!(pcts, ["55%", "41%", "0%", "25%", "14%"]);
    let without = radar::RadarShapes::One {
        percents: &now,
        previous: None,
    };
    let svg = radar::chart(&axes, &without, ("aria-label", "Radar"), Lang::En);
    assert!(svg
        .walk()
        .iter()
        .all(|e| e.get("class") != Some("radar-previous")));
    let outlines = vec![vec![10; 5], vec![20; 5]];
    let svg = radar::chart(
        &axes,
        &radar::RadarShapes::Several(&outlines),
        ("aria-label", "Radar"),
        Lang::En,
    );
    let all = svg.walk();
    assert_eq!(
        all.iter()
            .filter(|e| e
                .get("class")
                .is_some_and(|c| c.starts_with("radar-outline")))
            .count(),
        2
    );
    assert!(
        all.iter().all(|e| e.get("class") != Some("radar-pct")),
        "several outlines: figures in the table"
    );
}

#[test]
fn the_trend_axis_marks_every_quarter_from_the_bottom_up() {
    let l = sample_layout(640, &["2025 H2", "2026 H1"]);
    let ticks: Vec<u32> = l.ticks.iter().map(|t| t.0).collect();
    assert_eq!(ticks, PERCENT_TICKS);
    assert_eq!(l.ticks[0].1, l.bottom);
    assert_eq!(l.ticks[4].1, l.top);
    assert!(l.ticks.windows(2).all(|w| w[0].1 > w[1].1));
}

#[test]
fn the_trend_names_every_iteration_of_the_sample() {
    for width in [320, 640, 900] {
        let l = sample_layout(width, &["2025 H2", "2026 H1"]);
        let names: Vec<_> = l.names.iter().map(|n| n.lines.join(" ")).collect();
        assert_eq!(names, ["2025 H2", "2026 H1"], "at {width}");
        assert_eq!(l.lines.len(), 6);
        assert_eq!(l.lines[0].points[0].0, l.left);
        assert_eq!(l.lines[0].points[1].0, l.right);
    }
    let one = sample_layout(640, &["Only"]);
    assert_eq!(one.names[0].x, Tenths((one.left.0 + one.right.0) / 2));
}

#[test]
fn latest_values_name_their_series_when_there_is_room() {
    let wide = sample_layout(900, &["A", "B"]);
    assert!(
        wide.lines[4].end_label.starts_with("Engagement "),
        "{}",
        wide.lines[4].end_label
    );
    let narrow = sample_layout(320, &["A", "B"]);
    assert!(narrow.lines[4].end_label.ends_with('%'));
    assert!(!narrow.lines[4].end_label.contains("Engagement"));
    for l in [wide, narrow] {
        // The labels fit to the right of the plot.
        let widest = l
            .lines
            .iter()
            .map(|s| bold_width(&s.end_label))
            .max()
            .unwrap_or(0);
        assert!(
            l.end_x.0 / 10 + widest <= l.width,
            "{} + {widest} > {}",
            l.end_x.0,
            l.width
        );
        let mut ys: Vec<i32> = l.lines.iter().map(|s| s.end_y.0).collect();
        ys.sort();
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= LABEL_GAP * 10));
    }
}

#[test]
fn many_or_long_iteration_names_never_overlap() {
    let long: Vec<String> = (1..=14)
        .map(|i| format!("Quarterly review {i} of the OSPO"))
        .collect();
    let short: Vec<String> = (1..=14).map(|i| format!("Sprint {i}")).collect();
    let mut slanted = 0;
    for names in [&long, &short] {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        for width in [300, 360, 640, 1000] {
            for n in 1..=names.len() {
                let l = sample_layout(width, &names[..n]);
                let shown: Vec<_> = l.names.iter().filter(|a| !a.lines.is_empty()).collect();
                assert!(
                    l.names.last().is_some_and(|a| !a.lines.is_empty()),
                    "the latest is named"
                );
                let w = |a: &trend::AxisLabel| {
                    a.lines.iter().map(|s| text_width(s)).max().unwrap_or(0) * 10
                };
                if l.rotated {
                    slanted += 1;
                    for pair in shown.windows(2) {
                        assert!(pair[1].x.0 - pair[0].x.0 >= trend::SLANT_GAP * 10);
                    }
                    for a in &shown {
                        assert_eq!(a.lines.len(), 1);
                        assert!(a.lines[0].chars().count() <= 16, "{:?}", a.lines);
                        // Slanted at 40°: cos ≈ 0.766 to the left, sin ≈ 0.643 down.
                        assert!(a.x.0 - w(a) * 766 / 1000 >= 0, "{n} at {width}: {a:?}");
                        let below = l.bottom.0 + trend::NAMES_BELOW * 10 + w(a) * 643 / 1000;
                        assert!(below <= l.height * 10, "{n} at {width}: {a:?}");
                    }
                    continue;
                }
                assert_eq!(l.height, trend::HEIGHT);
                assert_eq!(shown.len(), n, "level names are all written, whole");
                for (a, name) in shown.iter().zip(&names) {
                    assert_eq!(a.lines.join(" "), *name);
                }
                for pair in shown.windows(2) {
                    let room = pair[1].x.0 - pair[0].x.0;
                    assert!(
                        w(pair[0]) / 2 + w(pair[1]) / 2 <= room,
                        "{n} at {width}: {shown:?}"
                    );
                }
                // Nothing reaches past the chart's edges.
                let (first, last) = (shown[0], shown[shown.len() - 1]);
                assert!(first.x.0 - w(first) / 2 >= 0);
                assert!(last.x.0 + w(last) / 2 <= l.width * 10, "{n} at {width}");
            }
        }
    }
    assert!(slanted > 20, "the long names were slanted: {slanted}");
}

#[test]
fn radar_labels_fit_inside_the_view_box() {
    let names = ["Usage", "Trust", "Culture", "Engagement", "Strategy"];
    let long = [
        "Utilisation",
        "Confiance",
        "Culture",
        "Engagement",
        "Gouvernance stratégique de l’open source",
    ];
    for names in [&names[..], &long[..], &names[..3]] {
        let l = radar::layout(names, radar::RADIUS);
        let v: Vec<f64> = l
            .view_box
            .split(' ')
            .map(|n| n.parse().unwrap_or(f64::NAN))
            .collect();
        let (x0, y0, x1, y1) = (v[0], v[1], v[0] + v[2], v[1] + v[3]);
        for a in &l.axes {
            let lx = f64::from(a.label_x.0) / 10.0;
            let w = a
                .lines
                .iter()
                .map(|(s, _)| s.chars().count())
                .max()
                .unwrap_or(0)
                .max(5) as f64
                * 8.0;
            let (left, right) = match a.anchor {
                "start" => (lx, lx + w),
                "end" => (lx - w, lx),
                _ => (lx - w / 2.0, lx + w / 2.0),
            };
            assert!(
                left >= x0 && right <= x1,
                "{:?} outside {}",
                a.lines,
                l.view_box
            );
            let half = f64::from(radar::LINE) / 2.0;
            let top = f64::from(a.lines[0].1 .0) / 10.0 - half;
            let bottom = f64::from(a.value_y.0) / 10.0 + half;
            assert!(
                top >= y0 && bottom <= y1,
                "{:?} outside {}",
                a.lines,
                l.view_box
            );
            assert!(a.lines.len() <= 2);
            // The label block stays off the ring.
            let (ex, ey) = (f64::from(a.end.0 .0) / 10.0, f64::from(a.end.1 .0) / 10.0);
            assert!(ex.hypot(ey) <= radar::RADIUS + 0.1);
        }
        // Not much empty space: the view box is no wider than the rings plus two labels.
        assert!(
            v[2] <= 2.0 * (95.0 + 14.0 + 14.0 * 8.0) + 10.0,
            "{}",
            l.view_box
        );
    }
}
