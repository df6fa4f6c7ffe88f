//! Geometry of the app's SVG charts, kept pure so it is tested natively.

/// The (x, y) of each axis end or value point of a radar chart: axis `i` of `n` starts at the
/// top and goes clockwise; `fraction` 0.0–1.0 is the distance from the centre.
pub fn radar_point(i: usize, n: usize, fraction: f64, centre: f64, radius: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
    let r = radius * fraction.clamp(0.0, 1.0);
    (
        round(centre + r * angle.cos()),
        round(centre + r * angle.sin()),
    )
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
            let y = pad + (height - 2.0 * pad) * (1.0 - f64::from((*p).min(100)) / 100.0);
            format!("{},{}", round(x), round(y))
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

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radar_axes_start_at_the_top_and_go_clockwise() {
        assert_eq!(radar_point(0, 4, 1.0, 100.0, 50.0), (100.0, 50.0));
        assert_eq!(radar_point(1, 4, 1.0, 100.0, 50.0), (150.0, 100.0));
        assert_eq!(radar_point(2, 4, 0.5, 100.0, 50.0), (100.0, 125.0));
        assert_eq!(
            radar_point(0, 5, 2.0, 0.0, 10.0),
            (0.0, -10.0),
            "fractions are clamped"
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
        assert_eq!(line_points(&[], 100.0, 50.0, 10.0), "");
    }
}
