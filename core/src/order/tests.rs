use super::*;

/// A value that is neither `Clone` nor `Copy`, so the sort must move items, not copy them.
#[derive(Debug, PartialEq)]
struct Item {
    key: u32,
    label: String,
}

fn items(keys: &[u32]) -> Vec<Item> {
    keys.iter()
        .enumerate()
        .map(|(i, &key)| Item {
            key,
            label: format!("{key}-{i}"),
        })
        .collect()
}

#[test]
fn sorts_and_keeps_equal_items_in_their_order() {
    let mut v = items(&[3, 1, 2, 1, 3, 0]);
    sort_by_key(&mut v, |i| i.key);
    let labels: Vec<&str> = v.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["0-5", "1-1", "1-3", "2-2", "3-0", "3-4"]);
}

#[test]
fn a_comparator_can_reverse_and_break_ties() {
    let mut v = vec![("b", 1), ("a", 2), ("c", 1), ("d", 2)];
    sort_by(&mut v, |x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    assert_eq!(v, [("a", 2), ("d", 2), ("b", 1), ("c", 1)]);
}

#[test]
fn empty_and_single_lists_stay_as_they_are() {
    let mut none: Vec<Item> = Vec::new();
    sort_by_key(&mut none, |i| i.key);
    assert!(none.is_empty());
    let mut one = items(&[7]);
    sort_by_key(&mut one, |i| i.key);
    assert_eq!(one, items(&[7]));
}

#[test]
fn matches_the_standard_stable_sort_on_many_lists() {
    // A fixed pseudo-random sequence (no OS randomness): lengths 0–60, keys 0–9 so ties abound.
    let mut seed = 0x2545_f491_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for _ in 0..300 {
        let len = (next() % 61) as usize;
        let keys: Vec<u32> = (0..len).map(|_| next() % 10).collect();
        let mut expected = items(&keys);
        expected.sort_by_key(|i| i.key);
        let mut ours = items(&keys);
        sort_by_key(&mut ours, |i| i.key);
        assert_eq!(ours, expected, "keys {keys:?}");
    }
}
