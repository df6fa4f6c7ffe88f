use crate::i18n::{use_i18n, Pick};
use leptos::prelude::*;

/// A box for a table (or a chart with its table) that can be wider than a phone: it scrolls
/// sideways inside the box instead of the whole page. The box is a named region that takes
/// focus, so keyboard users can scroll it with the arrow keys and screen readers announce it.
#[component]
pub fn TableScroll(
    /// The region's name, in the current language.
    label: Pick,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=i18n.text(label)>
            {children()}
        </div>
    }
}
