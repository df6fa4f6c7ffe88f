//! Identifiers of what people create: workspaces, custom activities and points, objectives and
//! iterations.
//!
//! New ids carry a random token that the app draws from the browser's crypto source and passes
//! in, so files made in two browsers never collide when they are merged. Core stays
//! deterministic: it only makes sure the id is unique where it is added. No arithmetic on ids,
//! so nothing can overflow into a duplicate.

use std::collections::{HashMap, HashSet};

/// `prefix-token`, or `prefix-token-N` with the smallest N ≥ 2 that `existing` does not use.
pub fn fresh<'a>(prefix: &str, token: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    Taken::new(existing).fresh(prefix, token)
}

/// The ids in use in one list, to which each fresh id is added. Repairing a list builds one and
/// asks it for every duplicate: a new set per duplicate, and N counted up from 2 each time, made
/// a list of 20,000 copies of one id quadratic (issue 22: 75 s).
#[derive(Debug, Default)]
pub struct Taken {
    ids: HashSet<String>,
    /// Per `prefix-token`, the N to try next: every smaller one is taken, and ids are never
    /// given back, so it stays so.
    next: HashMap<String, usize>,
}

impl Taken {
    /// The ids of `existing`.
    pub fn new<'a>(existing: impl IntoIterator<Item = &'a str>) -> Taken {
        Taken {
            ids: existing.into_iter().map(str::to_string).collect(),
            next: HashMap::new(),
        }
    }

    /// Marks `id` as used; false if it already was.
    pub fn insert(&mut self, id: &str) -> bool {
        !self.ids.contains(id) && self.ids.insert(id.to_string())
    }

    /// `prefix-token`, or `prefix-token-N` with the smallest N ≥ 2 not taken; now taken.
    pub fn fresh(&mut self, prefix: &str, token: &str) -> String {
        let base = format!("{prefix}-{token}");
        if self.insert(&base) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(2);
        // Each N is tried once per base over all calls: the loop ends at a free one.
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if !self.ids.contains(&id) {
                self.ids.insert(id.clone());
                return id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uses_the_token_and_steps_aside_from_ids_in_use() {
        assert_eq!(fresh("obj", "a1b2", []), "obj-a1b2");
        assert_eq!(fresh("obj", "a1b2", ["obj-a1b2"]), "obj-a1b2-2");
        assert_eq!(
            fresh("obj", "a1b2", ["obj-a1b2", "obj-a1b2-2", "obj-a1b2-3"]),
            "obj-a1b2-4"
        );
    }

    #[test]
    fn one_set_hands_out_fresh_ids_and_remembers_them() {
        let mut taken = Taken::new(["a-copy", "a-copy-3"]);
        assert!(taken.insert("a") && !taken.insert("a"));
        let ids: Vec<String> = (0..4).map(|_| taken.fresh("a", "copy")).collect();
        assert_eq!(ids, ["a-copy-2", "a-copy-4", "a-copy-5", "a-copy-6"]);
        assert_eq!(taken.fresh("b", "copy"), "b-copy");
        assert!(!taken.insert("a-copy-5"));
    }

    #[test]
    fn no_id_arithmetic_so_extreme_ids_cannot_wrap_into_duplicates() {
        let existing = ["ws-4294967295", "ws-18446744073709551615", "ws-0"];
        let id = fresh("ws", "0", existing);
        assert!(!existing.contains(&id.as_str()), "{id}");
    }
}
