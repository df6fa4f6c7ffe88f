use crate::components::{durability_panel, storage_facts, DurabilityPanel, StorageFacts};
use crate::state::{DurabilitySlot, Part, PartView};
use leptos::prelude::*;

/// A part of the durability code's view on a page (the data page's panel, the report's facts):
/// fetches that code if it is not there yet, and shows `part` once it is. The part's code stays
/// in the durability chunk, so the pages' shared code does not carry it; the page reaches it
/// through the slot ([`through_chunk`], given by the app).
pub fn durability_part(part: Part) -> impl IntoView {
    let slot = use_context::<DurabilitySlot>();
    if let Some(slot) = slot {
        slot.ensure();
    }
    move || {
        slot.filter(|s| s.loaded()).map(|slot| {
            Suspend::new(async move { slot.part(part).await.unwrap_or_else(|_| ().into_any()) })
        })
    }
}

/// The parts through the durability chunk's entries (the app's slot). Only the app refers to
/// this: a page that did would make every Wasm holding it refer to the chunk, the component
/// tests' unsplit one too, which cannot load it.
pub fn through_chunk(part: Part) -> PartView {
    match part {
        Part::Panel => Box::pin(durability_panel()),
        Part::Facts => Box::pin(storage_facts()),
    }
}

/// The parts built directly, for component tests (their Wasm is not split).
pub fn here(part: Part) -> PartView {
    Box::pin(async move {
        Ok(untrack(|| match part {
            Part::Panel => view! { <DurabilityPanel/> }.into_any(),
            Part::Facts => view! { <StorageFacts/> }.into_any(),
        }))
    })
}
