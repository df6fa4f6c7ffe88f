//! The current page, read from the URL fragment (see `ggi_core::route` for why fragments).

use ggi_core::route::Route;
use leptos::prelude::*;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The whole fragment, query included (`#/?goal=trust`), for pages that read parameters.
#[derive(Clone, Copy)]
pub struct Fragment(pub RwSignal<String>);

/// Provides the current [`Route`] to the whole app and keeps it in step with the address bar.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_fragment()));
    let fragment = RwSignal::new(current_fragment());
    // Skip links and in-page anchors use fragments without a leading '/': not routes.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let current = current_fragment();
        if current.is_empty() || current.starts_with("#/") {
            let next = Route::parse(&current);
            // Only a change of page re-renders the page; a change of query does not.
            if route.get_untracked() != next {
                set_route.set(next);
            }
            fragment.set(current);
        }
    });
    provide_context(route);
    provide_context(Fragment(fragment));
    route
}

/// The current fragment, query included.
pub fn use_fragment() -> RwSignal<String> {
    use_context::<Fragment>()
        .map(|f| f.0)
        .unwrap_or_else(|| RwSignal::new(String::new()))
}

/// Replaces the query of the current page's address without a new history entry, so filters
/// are linkable and survive a reload without filling the back button.
pub fn set_query(fragment: RwSignal<String>, route: &Route, query: &str) {
    let href = if query.is_empty() {
        route.href()
    } else {
        format!("{}?{query}", route.href())
    };
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
    }
    fragment.set(href);
}

/// The current page.
pub fn use_route() -> ReadSignal<Route> {
    use_context::<ReadSignal<Route>>().unwrap_or_else(|| signal(Route::Home).0)
}

/// Goes to `route` as a link click would (it enters the browser history).
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

/// Goes to `href` (a route's, or the bare address without a fragment) in place of the current
/// address, without a new history entry. The router follows as after a link; before it is
/// provided, it reads the new address.
pub fn replace(href: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
    // `replaceState` fires no `hashchange`: the router is told as the browser would tell it.
    if let Ok(event) = web_sys::Event::new("hashchange") {
        let _ = window.dispatch_event(&event);
    }
}
