//! Sorting through one copy of the standard library's sort (README: Size).
//!
//! `sort_by` and friends compile the whole sort (about 4 KB of Wasm) once per element type and
//! comparator, and `collect()` into a `BTreeMap` sorts too. Here every list sorts a list of
//! indices with one type-erased comparator, so the app carries that code once; the lists are
//! small (activities, objectives, labels), so the indirect calls cost nothing noticeable.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, stable like `slice::sort_by`: equal items keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let list: &[T] = items;
        permutation(list.len(), &mut |a, b| cmp(&list[*a], &list[*b]))
    };
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    // `order` names every index once, so every slot is taken exactly once.
    items.extend(order.iter().filter_map(|&i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives, stable like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..len` in the order `cmp` gives them, equal ones in their original order.
/// Not generic: this is the app's one instantiation of the standard sort.
fn permutation(len: usize, cmp: &mut dyn FnMut(&usize, &usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(cmp);
    order
}

#[cfg(test)]
mod tests;
