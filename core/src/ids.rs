//! Identifiers of what people create: workspaces, custom activities and points, objectives and
//! iterations.
//!
//! New ids carry a random token that the app draws from the browser's crypto source and passes
//! in, so files made in two browsers never collide when they are merged. Core stays
//! deterministic: it only makes sure the id is unique where it is added. No arithmetic on ids,
//! so nothing can overflow into a duplicate.

use std::collections::HashSet;

/// `prefix-token`, or `prefix-token-N` with the smallest N ≥ 2 that `existing` does not use.
pub fn fresh<'a>(prefix: &str, token: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let taken: HashSet<&str> = existing.into_iter().collect();
    let base = format!("{prefix}-{token}");
    if !taken.contains(base.as_str()) {
        return base;
    }
    // At most `taken.len() + 1` candidates: one of them is free.
    (2..)
        .map(|n: usize| format!("{base}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or(base)
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
    fn no_id_arithmetic_so_extreme_ids_cannot_wrap_into_duplicates() {
        let existing = ["ws-4294967295", "ws-18446744073709551615", "ws-0"];
        let id = fresh("ws", "0", existing);
        assert!(!existing.contains(&id.as_str()), "{id}");
    }
}
