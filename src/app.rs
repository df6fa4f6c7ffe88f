//! The app shell: contexts, header, the current page, footer, and the live region.

use crate::components::{
    CatalogueLanguageNotice, DeployNotice, DurabilityBanner, Footer, Header, PersistenceBanner,
};
use crate::i18n::provide_i18n;
use crate::pages::Page;
use crate::router::provide_router;
use crate::state::{provide_durability, provide_state};
use leptos::prelude::*;

/// Whether the address names no page (no fragment).
fn bare_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.is_empty())
}

#[component]
pub fn App() -> impl IntoView {
    let state = provide_state();
    let durability = provide_durability(state, crate::components::durability_part::through_chunk);
    crate::deploy::load(state);
    let i18n = provide_i18n(state);
    crate::translation::follow_language(state, i18n);
    // A first visit to the bare address opens on the guided start in the app's first render,
    // the page index.html's static shell shows (scripts/post-build.mjs): drawn as a second page
    // a moment later, it was the largest paint and a visible jump. A deep link is respected.
    let opens_start = state.first_visit && bare_address();
    if opens_start {
        crate::router::replace(&ggi_core::route::Route::Start.href());
    }
    let route = provide_router();
    crate::pages::fetch_code_on_intent(state);
    // The dark theme follows the system unless the user picked one.
    Effect::new(move |_| {
        let theme = state.document.with(|d| d.settings.theme);
        if let Some(html) = document().document_element() {
            let _ = match theme {
                ggi_core::schema::Theme::System => html.remove_attribute("data-theme"),
                ggi_core::schema::Theme::Light => html.set_attribute("data-theme", "light"),
                ggi_core::schema::Theme::Dark => html.set_attribute("data-theme", "dark"),
            };
        }
    });
    // Unless the marker in the second storage says a record was saved here and is gone: then the
    // loss notice says so on the catalogue, and the guided start would only hide it.
    if opens_start {
        leptos::task::spawn_local(async move {
            if durability.lost_at_start().await
                && route.get_untracked() == ggi_core::route::Route::Start
            {
                // The bare address again, as the visitor typed it.
                let location = web_sys::window().map(|w| w.location());
                let part =
                    |read: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
                        location
                            .as_ref()
                            .and_then(|l| read(l).ok())
                            .unwrap_or_default()
                    };
                let address = part(web_sys::Location::pathname) + &part(web_sys::Location::search);
                crate::router::replace(&address);
            }
        });
    }

    let skip = move |ev: leptos::ev::MouseEvent| {
        // A plain #main link would change the route fragment; focus the main area instead.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    // The views come in the task after the state's (src/lib.rs `mount`: no long task).
    let drawn = RwSignal::new(false);
    set_timeout(move || drawn.set(true), std::time::Duration::ZERO);
    // French and German users see the static "Loading" shell until their messages are there.
    let ready = i18n.ready;
    move || {
        if !drawn.get() {
            return ().into_any();
        }
        if !ready.get() {
            return view! { <main id="main"><p class="loading">"Loading GGI Journey…"</p></main> }
                .into_any();
        }
        // Built untracked: only `ready` may rebuild the app; a signal read while setting up a
        // component (a language change) must not.
        untrack(move || {
            view! {
            <a class="skip-link" href="#main" on:click=skip>{i18n.text(|m| m.common.skip_to_content)}</a>
            <Header/>
            <PersistenceBanner/>
            <DurabilityBanner/>
            <DeployNotice/>
            <CatalogueLanguageNotice/>
            <main id="main" tabindex="-1">
                <Page route=route/>
            </main>
            <Footer/>
            <div class="visually-hidden" role="status" aria-live="polite">
                {move || state.notice.get()}
            </div>
        }
        .into_any()
        })
    }
}
