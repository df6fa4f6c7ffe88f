//! The embedded catalogue's long texts (an activity's description, opportunity, tools,
//! recommendations, resources and the texts of its verification points) are a Wasm chunk of
//! their own: only an activity page, the report and the search read them, and none is on a
//! first visit's screen (README: Size). The app starts with the outline
//! (`Catalogue::embedded_outline`) and takes the whole catalogue the first time one of them
//! needs it; a deployment's own catalogue is whole from the start. The loader fetches the chunk
//! ahead at idle (scripts/pack.mjs `AHEAD`).

use crate::state::AppState;
use ggi_core::catalogue::Catalogue;
use leptos::prelude::*;

#[leptos::wasm_split::wasm_split(catalogue_text, wasm_split_path = ::leptos::wasm_split, fallible)]
fn whole() -> Result<Catalogue, leptos::wasm_split::SplitLoaderError> {
    Ok(Catalogue::embedded())
}

/// Makes sure the catalogue in use has its long texts; whether it has (false: the chunk could
/// not be fetched, offline before it ever was).
pub async fn ensure(state: AppState) -> bool {
    if !state.outline.get_untracked() {
        return true;
    }
    let Ok(catalogue) = whole().await else {
        return false;
    };
    // A deployment's catalogue may have replaced the outline meanwhile: it stays.
    if state.outline.get_untracked() {
        state.outline.set(false);
        state.base_catalogue.set(catalogue);
    }
    true
}
