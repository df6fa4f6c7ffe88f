use crate::components::durability_notice::show_notices;
use crate::state::DurabilitySlot;
use leptos::prelude::*;

/// Where the notices about keeping the data go, above every page. The main module keeps only
/// this empty place and the moment to fetch the durability code (a Wasm chunk of its own,
/// src/state/durability.rs): once something is saved. The code then shows its notices
/// (`DurabilityNotice`) here.
#[component]
pub fn DurabilityBanner() -> impl IntoView {
    let slot = use_context::<DurabilitySlot>();
    // The notices are set up under this component's owner, so they find the app's contexts.
    let owner = Owner::current().unwrap_or_default();
    let place = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |shown: Option<bool>| {
        let Some(slot) = slot else {
            return true;
        };
        if shown == Some(true) {
            return true;
        }
        if !slot.loaded() {
            if slot.something_saved() {
                slot.ensure();
            }
            return false;
        }
        let Some(place) = place.get_untracked() else {
            return false;
        };
        let owner = owner.clone();
        leptos::task::spawn_local(async move {
            let _ = show_notices(owner, place.into()).await;
        });
        true
    });
    view! { <div id="durability-notices" node_ref=place></div> }
}
