//! Text on charts without a text engine: label widths are estimated from the number of
//! characters, long labels are wrapped or shortened, and labels that would overlap are nudged
//! apart. All in whole units, so nothing here formats a float.

/// Estimated width of one character of chart text (12-unit system font), in units. Generous,
/// so an estimate too small for a wide font still leaves room.
pub const CHAR_W: i32 = 8;
/// The same for bold chart text.
pub const BOLD_W: i32 = 9;

/// Estimated width of `text` in units.
pub fn text_width(text: &str) -> i32 {
    CHAR_W * text.chars().count() as i32
}

/// Estimated width of bold `text` in units.
pub fn bold_width(text: &str) -> i32 {
    BOLD_W * text.chars().count() as i32
}

/// `text` on at most `max_lines` lines of at most `max_chars` characters: wrapped at spaces,
/// a word longer than a line cut, and the last line ended with "…" when text is left over.
/// Nothing when not even one character and the ellipsis fit.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    if max_chars < 2 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let gap = usize::from(used > 0);
            if used + gap + word.len() <= max_chars {
                if gap == 1 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than a line: cut it.
            line.extend(word.drain(..max_chars));
            lines.push(std::mem::take(&mut line));
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        // The last line carries as much of the rest as fits, then the ellipsis.
        let rest = lines.split_off(max_lines - 1).join(" ");
        let mut last: String = rest.chars().take(max_chars - 1).collect();
        last.truncate(last.trim_end().len());
        last.push('…');
        lines.push(last);
    }
    lines
}

/// Positions for labels that want to sit at `wanted` (any order), at least `gap` apart and
/// within `min..=max`, each moved as little as it can: in order of wanted position, each label
/// is pushed below the one above it, then the stack is pushed back up from `max` when it
/// overflows. Labels keep their order. When they cannot all fit, the range wins over the gap.
pub fn nudge(wanted: &[i32], gap: i32, min: i32, max: i32) -> Vec<i32> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| (wanted[i], i));
    let mut pos: Vec<i32> = order.iter().map(|&i| wanted[i].clamp(min, max)).collect();
    for k in 1..pos.len() {
        pos[k] = pos[k].max(pos[k - 1] + gap);
    }
    let mut limit = max;
    for p in pos.iter_mut().rev() {
        *p = (*p).min(limit);
        limit = *p - gap;
    }
    for p in pos.iter_mut() {
        *p = (*p).max(min);
    }
    let mut out = vec![0; wanted.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = pos[k];
    }
    out
}

/// The percentages an axis marks: every quarter.
pub const PERCENT_TICKS: [u32; 5] = [0, 25, 50, 75, 100];
