//! The order of a merged list of items.
//!
//! The items all three versions hold keep the order of the side that changed it (two different
//! changes: the side whose record changed later, else a fixed rule). Every other item (added on
//! one side, or kept as an edit over a deletion) goes after the same item its side put it after;
//! items placed at one spot by both sides are interleaved keeping each side's order.

use crate::sync::Side;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The ids in their merged order, and the two orders if both sides reordered differently.
pub(super) struct Arranged<'a> {
    pub ids: Vec<&'a str>,
    pub conflict: Option<(Vec<String>, Vec<String>, Side)>,
}

/// Orders the `kept` ids of `l` and `r`. `unchanged` are the ids whose items are the same in
/// all three versions; `later` the side whose record changed later.
pub(super) fn arrange<'a>(
    b: &[&'a str],
    l: &[&'a str],
    r: &[&'a str],
    kept: &BTreeSet<&str>,
    unchanged: &BTreeSet<&str>,
    later: Option<Side>,
) -> Arranged<'a> {
    let sets: [HashSet<&str>; 3] = [b, l, r].map(|xs| xs.iter().copied().collect());
    let common = |xs: &[&'a str]| -> Vec<&'a str> {
        xs.iter()
            .copied()
            .filter(|x| sets.iter().all(|s| s.contains(x)))
            .collect()
    };
    let (bc, lc, rc) = (common(b), common(l), common(r));
    let mut conflict = None;
    let skeleton = if lc == rc || lc == bc {
        rc
    } else if rc == bc {
        lc
    } else {
        // Unchanged items first: the set they form is the same when the result is merged again
        // with either side, so this choice is too.
        let only = |xs: &[&'a str]| -> Vec<&'a str> {
            xs.iter()
                .copied()
                .filter(|x| unchanged.contains(x))
                .collect()
        };
        let side = later.unwrap_or(match only(&lc).cmp(&only(&rc)).then(lc.cmp(&rc)) {
            Ordering::Greater => Side::Local,
            _ => Side::Remote,
        });
        let owned = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        conflict = Some((owned(&lc), owned(&rc), side));
        match side {
            Side::Local => lc,
            Side::Remote => rc,
        }
    };
    // Spot 0 is before the first common item, spot i + 1 right after the i-th.
    let spot_of: HashMap<&str, usize> = (skeleton.iter().enumerate())
        .map(|(i, x)| (*x, i + 1))
        .collect();
    let only_kept = |xs: &[&'a str]| -> Vec<&'a str> {
        xs.iter().copied().filter(|x| kept.contains(x)).collect()
    };
    let (l, r) = (&only_kept(l)[..], &only_kept(r)[..]);
    let anchor = |xs: &[&'a str], x: &str| -> Option<usize> {
        let at = xs.iter().position(|y| *y == x)?;
        Some(
            xs[..at]
                .iter()
                .rev()
                .find_map(|y| spot_of.get(y).copied())
                .unwrap_or(0),
        )
    };
    let mut spot: HashMap<&str, usize> = HashMap::new();
    for x in l.iter().chain(r).filter(|x| !spot_of.contains_key(*x)) {
        let at = match (anchor(l, x), anchor(r, x)) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b).unwrap_or(0),
        };
        spot.insert(x, at);
    }
    let mut ids = Vec::new();
    for s in 0..=skeleton.len() {
        let at = |xs: &[&'a str]| -> Vec<&'a str> {
            xs.iter()
                .copied()
                .filter(|x| spot.get(x) == Some(&s))
                .collect()
        };
        ids.extend(interleave(&at(l), &at(r)));
        ids.extend(skeleton.get(s));
    }
    Arranged { ids, conflict }
}

/// Both sequences in one, keeping the order of each where they agree; where neither says
/// which comes first (or they disagree), the smaller id first.
pub(super) fn interleave<'a>(x: &[&'a str], y: &[&'a str]) -> Vec<&'a str> {
    let (mut i, mut j) = (0, 0);
    let mut done = HashSet::new();
    let mut out = Vec::new();
    loop {
        while x.get(i).is_some_and(|a| done.contains(a)) {
            i += 1;
        }
        while y.get(j).is_some_and(|b| done.contains(b)) {
            j += 1;
        }
        let next = match (x.get(i), y.get(j)) {
            (None, None) => break,
            (Some(a), None) => *a,
            (None, Some(b)) => *b,
            (Some(a), Some(b)) if a == b => *a,
            (Some(a), Some(b)) => match (y[j..].contains(a), x[i..].contains(b)) {
                (false, true) => *a,
                (true, false) => *b,
                _ => (*a).min(*b),
            },
        };
        done.insert(next);
        out.push(next);
    }
    out
}
