//! Keeping the data (issue 29) in a real browser (headless Chromium): the marker round-trips
//! through IndexedDB, the reminder shows from the stored record and "Not now" stores its
//! dismissal, and an empty localStorage with a marker left is a loss the banner says at once.
#![cfg(target_arch = "wasm32")]

use ggi_core::durability::{LastExport, Marker, Record, RECORD_KEY};
use ggi_core::journey;
use ggi_core::persist::STATE_KEY;
use ggi_core::progress::Status;
use ggi_journey::components::DurabilityNotice;
use ggi_journey::i18n::provide_i18n_from;
use ggi_journey::state::{provide_durability_here, provide_state, Durability};
use ggi_journey::storage::marker;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::mount;

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .unwrap_or_else(|| panic!("no localStorage"))
}

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

/// Lets effects, spawned tasks and IndexedDB requests finish.
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
        ggi_journey::browser::next_task().await;
    }
}

/// The notices with their contexts, over whatever localStorage holds now (the durability code
/// is called directly: this test's Wasm is not split by page).
fn banner() -> (web_sys::HtmlElement, StoredValue<Option<Durability>>) {
    let handle = StoredValue::new(None);
    let el = mount(move || {
        let state = {
            let (stored, reader) = common::stored_now();
            provide_state(stored, reader)
        };
        provide_i18n_from(state, |lang| Box::pin(async move { Ok(lang.messages()) }));
        handle.set_value(Some(provide_durability_here(
            state,
            ggi_journey::components::durability_part::here,
        )));
        view! { <DurabilityNotice/> }
    });
    (el, handle)
}

#[wasm_bindgen_test]
async fn the_marker_round_trips_through_indexeddb() {
    let first = Marker {
        revision: 3,
        saved_at: "2027-03-01T09:00:00.000Z".into(),
        last_export: None,
    };
    let second = Marker {
        revision: 4,
        saved_at: "2027-03-02T09:00:00.000Z".into(),
        last_export: Some(LastExport {
            at: "2027-03-02T08:00:00.000Z".into(),
            revision: 3,
            file: "ggi-journey-all-2027-03-02.json".into(),
        }),
    };
    assert_eq!(marker::write(&first).await, Ok(()));
    assert_eq!(marker::read().await, Ok(Some(first)));
    assert_eq!(marker::write(&second).await, Ok(()));
    assert_eq!(marker::read().await, Ok(Some(second)));
}

#[wasm_bindgen_test]
async fn the_reminder_shows_from_the_stored_record_and_not_now_puts_it_away() {
    let _ = storage().clear();
    // A record saved at revision 5, exported 20 days ago at revision 2.
    let state = common::boot();
    for _ in 0..5 {
        state.update_workspace(|w| journey::set_status(w, "GGI-A-21", Status::Planned, "t"));
        state.save_now();
    }
    let mut record = Record::default();
    let long_ago = js_sys::Date::new(&(js_sys::Date::now() - 20.0 * 86_400_000.0).into());
    record.exported(
        &String::from(long_ago.to_iso_string()),
        2,
        "ggi-journey-all.json",
    );
    let _ = storage().set_item(RECORD_KEY, &record.to_json());

    let (el, _) = banner();
    settle().await;
    let shown = text(&el);
    assert!(shown.contains("Time for a backup"), "{shown}");
    assert!(shown.contains("(3 changes since)"), "{shown}");
    let not_now = el
        .query_selector_all("button")
        .ok()
        .and_then(|all| {
            (0..all.length())
                .filter_map(|i| all.item(i))
                .find(|b| b.text_content().as_deref() == Some("Not now"))
        })
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| panic!("no Not now button in {shown}"));
    not_now.click();
    settle().await;
    assert!(!text(&el).contains("Time for a backup"), "{}", text(&el));
    let stored = storage()
        .get_item(RECORD_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(
        Record::from_json(&stored).reminder_dismissed_at.is_some(),
        "{stored}"
    );
}

#[wasm_bindgen_test]
async fn an_empty_storage_with_a_marker_left_is_a_loss_said_at_once() {
    let _ = storage().clear();
    let left = Marker {
        revision: 9,
        saved_at: "2027-03-01T09:00:00.000Z".into(),
        last_export: None,
    };
    assert_eq!(marker::write(&left).await, Ok(()));
    assert_eq!(storage().get_item(STATE_KEY).ok().flatten(), None);

    let (el, durability) = banner();
    let d = durability
        .get_value()
        .unwrap_or_else(|| panic!("no durability context"));
    assert!(
        d.check_loss().await,
        "the marker says a record was saved here"
    );
    settle().await;
    let shown = text(&el);
    assert!(
        shown.contains("The data saved in this browser is gone"),
        "{shown}"
    );
    assert!(shown.contains("revision 9, on 1 Mar 2027"), "{shown}");
    assert!(
        el.query_selector("[role=alert]").ok().flatten().is_some(),
        "said at once, as an alert"
    );
}
