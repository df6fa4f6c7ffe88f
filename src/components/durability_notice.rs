use crate::components::{ExportReminder, LossNotice, WebkitNotice};
use crate::state::{use_durability, use_state, DurabilityUnavailable, Persistence};
use ggi_core::durability::Marker;
use leptos::prelude::*;

/// Shows the notices in the durability banner's `place`, under `owner` (so they find the app's
/// contexts). The entry of the durability code's chunk for them. The place is handed over, not
/// looked up in the page: at the start the app is drawn off the page (src/lib.rs `mount`).
#[leptos::wasm_split::wasm_split(durability, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(super) fn show_notices(
    owner: Owner,
    place: web_sys::HtmlElement,
) -> Result<(), DurabilityUnavailable> {
    {
        use leptos::tachys::view::{Mountable, Render};
        // Built and mounted as `mount_to` would, but under the app's owner; kept for good.
        let notices = owner.with(|| {
            let mut notices = DurabilityNotice().into_view().build();
            notices.mount(&place, None);
            notices
        });
        std::mem::forget(notices);
    }
    Ok(())
}

#[derive(Clone, Debug, PartialEq)]
enum Notice {
    Nothing,
    Lost(Marker),
    Reminder,
    Webkit,
}

/// At most one notice about keeping the data, the most pressing first: the stored data is gone
/// (at once), the reminder to export, the WebKit rule (once something was saved). While the
/// persistence banner speaks of a storage problem, only a loss is added to it.
#[component]
pub fn DurabilityNotice() -> impl IntoView {
    let state = use_state();
    let durability = use_durability();
    // A memo: saves switch the persistence back and forth, and must not rebuild the notice.
    let notice = Memo::new(move |_| {
        let Some(d) = durability else {
            return Notice::Nothing;
        };
        if let Some(marker) = d.lost.get() {
            return Notice::Lost(marker);
        }
        let quiet = state
            .persistence
            .with(|p| matches!(p, Persistence::Saved | Persistence::Pending));
        if !quiet {
            Notice::Nothing
        } else if d.reminder_due.get() {
            Notice::Reminder
        } else if d.webkit && d.revision.get() > 0 && !d.record.with(|r| r.webkit_dismissed) {
            Notice::Webkit
        } else {
            Notice::Nothing
        }
    });
    move || match notice.get() {
        Notice::Nothing => ().into_any(),
        Notice::Lost(marker) => view! { <LossNotice marker=marker/> }.into_any(),
        Notice::Reminder => view! { <ExportReminder/> }.into_any(),
        Notice::Webkit => view! { <WebkitNotice banner=true/> }.into_any(),
    }
}
