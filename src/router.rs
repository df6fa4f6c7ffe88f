//! The current page, read from the URL fragment (see `ggi_core::route` for why fragments).

use ggi_core::route::Route;
use leptos::prelude::*;

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Provides the current [`Route`] to the whole app and keeps it in step with the address bar.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::parse(&current_fragment()));
    // Skip links and in-page anchors use fragments without a leading '/': not routes.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let fragment = current_fragment();
        if fragment.is_empty() || fragment.starts_with("#/") {
            set_route.set(Route::parse(&fragment));
        }
    });
    provide_context(route);
    route
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
