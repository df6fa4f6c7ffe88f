//! The app shell: contexts, header, the current page, footer, and the live region.

use crate::components::{
    CatalogueLanguageNotice, DeployNotice, DurabilityBanner, Footer, Header, PersistenceBanner,
};
use crate::i18n::{provide_i18n, I18n};
use crate::pages::Page;
use crate::router::provide_router;
use crate::state::{provide_durability, AppState, DurabilitySlot};
use ggi_core::i18n::Lang;
use ggi_core::route::Route;
use leptos::prelude::*;

/// The longest the first page waits for the catalogue's text in the user's language.
pub const TEXT_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Whether the app's views have been drawn (src/lib.rs `mount` waits for them, then for the page).
pub static VIEWS_DRAWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the address names no page (no fragment).
fn bare_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|h| h.is_empty())
}

/// What the views stand on besides the state: set up in a task of its own before them
/// (src/lib.rs `mount`), so that neither makes one long task. Provided in the owner above the
/// views', where the sync engine, started with the deployment's files, finds them too.
#[derive(Clone, Copy)]
pub struct Services {
    state: AppState,
    durability: DurabilitySlot,
    i18n: I18n,
    route: ReadSignal<Route>,
    /// This visit opens on the guided start.
    opens_start: bool,
}

/// Provides the durability record, the deployment's files, the messages, the catalogue's
/// translation and the router to the app (in the current owner).
pub fn provide_services(state: AppState) -> Services {
    let durability = provide_durability(state, crate::components::durability_part::through_chunk);
    crate::deploy::load(state);
    let i18n = provide_i18n(state);
    crate::translation::follow_language(state, i18n);
    // A first visit to the bare address opens on the guided start in the app's first render,
    // the page index.html's static shell shows (scripts/post-build.mjs): drawn as a second page
    // a moment later, it was the largest paint and a visible jump. A deep link is respected.
    let opens_start = state.first_visit && bare_address();
    if opens_start {
        crate::router::replace(&Route::Start.href());
    }
    let route = provide_router();
    Services {
        state,
        durability,
        i18n,
        route,
        opens_start,
    }
}

#[component]
pub fn App(services: Services) -> impl IntoView {
    let Services {
        state,
        durability,
        i18n,
        route,
        opens_start,
    } = services;
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
            if durability.lost_at_start().await && route.get_untracked() == Route::Start {
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

    // The views come in a task after this one (src/lib.rs `mount`: no long task).
    let drawn = RwSignal::new(false);
    set_timeout(move || drawn.set(true), std::time::Duration::ZERO);
    // French and German users keep the static shell in their language (scripts/shell.mjs) until
    // their messages and the catalogue's text in their language are there, or that text could
    // not be had: drawn before, the page showed English titles and a notice for a moment, and
    // the shell's place went to it with a visible jump. Never longer than TEXT_WAIT.
    let ready = i18n.ready;
    let text = use_context::<crate::translation::TranslationStatus>();
    let text_ready = RwSignal::new(false);
    // Once: setting it again would rebuild the app, as `ready` would.
    let text_is_ready = move || {
        if !text_ready.get_untracked() {
            text_ready.set(true);
        }
    };
    set_timeout(text_is_ready, TEXT_WAIT);
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let in_lang = state
            .catalogue
            .with(|c| Lang::from_tag(&c.language) == Some(lang));
        if ready.get() && (in_lang || text.is_some_and(|t| t.0.with(|t| t.unavailable()))) {
            text_is_ready();
        }
    });
    move || {
        if !drawn.get() || !text_ready.get() {
            return ().into_any();
        }
        VIEWS_DRAWN.store(true, std::sync::atomic::Ordering::Relaxed);
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
