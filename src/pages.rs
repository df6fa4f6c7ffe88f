//! One file per page; [`Page`] picks the one the route names.

mod about;
mod activity;
mod dashboard;
pub mod data;
mod home;
mod iterations;
mod not_found;
mod portfolio;
mod report;
pub mod start;
mod workspaces;

use crate::i18n::Pick;
use crate::state::AppState;
use ggi_core::route::Route;
use leptos::prelude::*;

/// A page's code could not be fetched: offline before that page was ever opened, or the
/// server did not answer. Not kept: the next attempt fetches again.
#[derive(Debug, Clone, Copy)]
pub struct PageUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for PageUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageUnavailable
    }
}

// Each page below is a split point: its code (and whatever only it uses) is a Wasm chunk of its
// own, fetched the first time the page opens (scripts/bin/wasm-bindgen, README: Size). Only the
// guided start, a first visit's first screen, and the page for an unknown address stay in the
// main module; the activity list, where the guided start leads, is fetched ahead at idle
// (scripts/pack.mjs `AHEAD`).
macro_rules! split_page {
    ($chunk:ident, $name:ident, $code:ident, $page:expr) => {
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($code))]
        fn $name() -> Result<AnyView, PageUnavailable> {
            Ok(untrack(|| $page.into_any()))
        }
    };
}

split_page!(home, home_view, home_code, home::HomePage());
split_page!(about, about_view, about_code, about::AboutPage());
split_page!(
    dashboard,
    dashboard_view,
    dashboard_code,
    dashboard::DashboardPage()
);
split_page!(data, data_view, data_code, data::DataPage());
split_page!(
    iterations,
    iterations_view,
    iterations_code,
    iterations::IterationsPage()
);
split_page!(
    workspaces,
    workspaces_view,
    workspaces_code,
    workspaces::WorkspacesPage()
);
split_page!(report, report_view, report_code, report::ReportPage());
split_page!(
    portfolio,
    portfolio_view,
    portfolio_code,
    portfolio::PortfolioPage()
);

#[leptos::wasm_split::wasm_split(activity, wasm_split_path = ::leptos::wasm_split, fallible, preload(activity_code))]
fn activity_view(id: String) -> Result<AnyView, PageUnavailable> {
    Ok(untrack(|| {
        view! { <activity::ActivityPage id=id/> }.into_any()
    }))
}

/// What a page with code of its own asks of the main module when it needs another chunk (the
/// catalogue's search its long texts, its welcome the sample organisation). Reached through the
/// context, not called: in the unsplit Wasm the component tests run, a page's code is kept as an
/// export, and a call of another chunk's loader from it could not be linked.
#[derive(Clone, Copy)]
pub struct Loads {
    pub texts: fn(AppState),
    pub sample: fn(AppState, crate::i18n::I18n),
}

const LOADS: Loads = Loads {
    texts: |state| {
        leptos::task::spawn_local(async move {
            crate::catalogue_text::ensure(state).await;
        })
    },
    sample: start::open_sample,
};

/// Fetches the code of `route`'s page when it has a chunk of its own, and the catalogue's long
/// texts for an activity or the report (it lists the verification points); whether they are
/// there.
async fn code_of(route: &Route, state: AppState) -> bool {
    let loaded = match route {
        Route::Start | Route::NotFound(_) => return true,
        Route::Home => home_code().await,
        Route::About => about_code().await,
        Route::Activity(_) => return with_texts(state, activity_code).await,
        Route::Report => return with_texts(state, report_code).await,
        Route::Dashboard => dashboard_code().await,
        Route::Data => data_code().await,
        Route::Iterations => iterations_code().await,
        Route::Workspaces => workspaces_code().await,
        Route::Portfolio => portfolio_code().await,
    };
    loaded.is_ok()
}

/// A page's code and the catalogue's long texts, both on their way at once (the second call of
/// `code` waits for the first); whether both are there.
async fn with_texts<F, T, E>(state: AppState, code: fn() -> F) -> bool
where
    F: std::future::Future<Output = Result<T, E>> + 'static,
{
    leptos::task::spawn_local(async move {
        let _ = code().await;
    });
    let text = crate::catalogue_text::ensure(state).await;
    text && code().await.is_ok()
}

/// Starts fetching a page's code as soon as a link to it is pointed at (a finger's touch too)
/// or focused: the click usually follows a few hundred milliseconds later.
pub fn fetch_code_on_intent(state: AppState) {
    for event in ["pointerover", "focusin"] {
        let _ = window_event_listener_untyped(event, move |ev| {
            use wasm_bindgen::JsCast;
            let href = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href^='#/']").ok().flatten())
                .and_then(|a| a.get_attribute("href"));
            if let Some(href) = href {
                let route = Route::parse(&href);
                leptos::task::spawn_local(async move {
                    code_of(&route, state).await;
                });
            }
        });
    }
}

/// The view of `route`, once its code is there. Pages are built untracked: `Suspend` tracks what
/// its future reads, and a signal read while a page sets itself up (the language, the
/// catalogue) must not rebuild the page, which would dispose what its tasks still use.
async fn show(route: Route, retry: RwSignal<u32>) -> AnyView {
    let page = match route {
        Route::Start => return untrack(|| start::StartPage().into_any()),
        Route::Home => home_view().await,
        Route::About => about_view().await,
        Route::NotFound(_) => return untrack(|| not_found::NotFoundPage().into_any()),
        Route::Activity(id) => activity_view(id).await,
        Route::Dashboard => dashboard_view().await,
        Route::Data => data_view().await,
        Route::Iterations => iterations_view().await,
        Route::Workspaces => workspaces_view().await,
        Route::Report => report_view().await,
        Route::Portfolio => portfolio_view().await,
    };
    page.unwrap_or_else(|PageUnavailable| {
        untrack(|| view! { <Unavailable retry=retry newer=false/> }.into_any())
    })
}

/// A page whose code could not be fetched; `newer`: because the server has another release by
/// now (a tab open across an update), which it then offers to reload into.
#[component]
fn Unavailable(retry: RwSignal<u32>, newer: bool) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let state = crate::state::use_state();
    let (title, body, button): (Pick, Pick, Pick) = if newer {
        (
            |m| m.page_load.new_release_title,
            |m| m.page_load.new_release_body,
            |m| m.page_load.reload,
        )
    } else {
        (
            |m| m.page_load.failed_title,
            |m| m.page_load.failed_body,
            |m| m.page_load.retry,
        )
    };
    view! {
        <h1>{i18n.text(title)}</h1>
        <p role="alert">{i18n.text(body)}</p>
        <button type="button" on:click=move |_| {
            if newer {
                crate::deploy::reload_into_new_release(state)
            } else {
                retry.update(|n| *n += 1)
            }
        }>{i18n.text(button)}</button>
    }
}

/// After a navigation: start at the top and move focus to the new page's heading, so screen
/// reader and keyboard users land where the new content begins. The scroll happens now, before
/// the new page is drawn; the focus in the next frame, without scrolling, and only when the user
/// has not put the focus somewhere by then. That frame can come late (WebKit under load: 140 ms
/// after the page showed): a user already typing into the page's first field lost the rest of
/// it to the heading, and a click aimed further down the page missed as the page jumped back up.
fn arrive() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    let before = document().active_element();
    request_animation_frame(move || {
        if focused_since(before) {
            return;
        }
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = h1.focus_with_options(&options);
            }
        }
    });
}

/// Whether the user has focused an element since `before` was the focused one. The link that
/// led here may have gone with the previous page, which leaves the focus on the body: that is
/// no choice of the user's.
fn focused_since(before: Option<web_sys::Element>) -> bool {
    let body: Option<web_sys::Element> = document().body().map(Into::into);
    match document().active_element() {
        Some(now) => {
            Some(&now) != before.as_ref() && Some(&now) != body.as_ref() && now.is_connected()
        }
        None => false,
    }
}

/// Whether the app's first page has been drawn (src/lib.rs `mount` waits for it).
pub static FIRST_PAGE_DRAWN: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// The page of the current route. The previous page stays, alive, until the next one's code is
/// there: replacing it with a pending view would dispose its state while its views still
/// react (to a language change, say) until the new page arrives.
#[component]
pub fn Page(route: ReadSignal<Route>) -> impl IntoView {
    let retry = RwSignal::new(0u32);
    let state = crate::state::use_state();
    provide_context(LOADS);
    // The route on show, whether its code is there, and if not, whether the server has another
    // release by now. Set by the effect below, a task after the app's frame: the first page is
    // drawn in a task of its own (src/lib.rs `mount`), even when its code is in the main module.
    let shown = RwSignal::new(None);
    Effect::new(move |_| {
        retry.track();
        let next = route.get();
        if shown.with_untracked(|s| s.as_ref().is_some_and(|(r, ok, _)| *ok && *r == next)) {
            return;
        }
        leptos::task::spawn_local(async move {
            let ok = code_of(&next, state).await;
            // A tab open across an update asks for code the server no longer has.
            let newer = !ok && crate::deploy::newer_release().await;
            // The swap gets a task of its own. Whatever else arrived with the code (the
            // catalogue's texts or translation) has been applied by then, while the previous
            // page was still there: a page disposed in the same turn would still react to it.
            crate::browser::next_task().await;
            // The user may have moved on while the code was on its way.
            if route.get_untracked() == next {
                shown.set(Some((next, ok, newer)));
            }
        });
    });
    let first = StoredValue::new(true);
    let i18n = crate::i18n::use_i18n();
    move || {
        // A first visit straight to a page with a chunk of its own: say so while it comes.
        let Some((route, ok, newer)) = shown.get() else {
            return Some(
                view! { <p class="loading">{i18n.text(|m| m.page_load.loading)}</p> }.into_any(),
            );
        };
        let navigated = !first.get_value();
        first.set_value(false);
        FIRST_PAGE_DRAWN.store(true, std::sync::atomic::Ordering::Relaxed);
        if navigated {
            arrive();
        }
        Some(if ok {
            // The code is there: this resolves at once.
            Suspend::new(async move { show(route, retry).await }).into_any()
        } else {
            view! { <Unavailable retry=retry newer=newer/> }.into_any()
        })
    }
}
