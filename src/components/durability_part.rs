use crate::state::{DurabilitySlot, DurabilityUnavailable};
use leptos::prelude::*;
use std::future::Future;

/// A part of the durability code's view on a page (the data page's panel, the report's facts):
/// fetches that code if it is not there yet, and shows `part` once it is. The part's code stays
/// in the durability chunk, so the pages' shared code does not carry it.
pub fn durability_part<P, F>(part: P) -> impl IntoView
where
    P: Fn() -> F + Copy + Send + Sync + 'static,
    F: Future<Output = Result<AnyView, DurabilityUnavailable>> + Send + 'static,
{
    let slot = use_context::<DurabilitySlot>();
    if let Some(slot) = slot {
        slot.ensure();
    }
    move || {
        slot.is_some_and(DurabilitySlot::loaded)
            .then(|| Suspend::new(async move { part().await.unwrap_or_else(|_| ().into_any()) }))
    }
}
