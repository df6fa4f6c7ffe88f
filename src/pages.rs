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
// own, fetched the first time the page opens (scripts/bin/wasm-bindgen, README: Size). The
// guided start, the activity list and About stay in the main module: a first visit shows them.
macro_rules! split_page {
    ($chunk:ident, $name:ident, $page:expr) => {
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<AnyView, PageUnavailable> {
            Ok(untrack(|| $page.into_any()))
        }
    };
}

split_page!(dashboard, dashboard_view, dashboard::DashboardPage());
split_page!(data, data_view, data::DataPage());
split_page!(iterations, iterations_view, iterations::IterationsPage());
split_page!(workspaces, workspaces_view, workspaces::WorkspacesPage());
split_page!(report, report_view, report::ReportPage());
split_page!(portfolio, portfolio_view, portfolio::PortfolioPage());

#[leptos::wasm_split::wasm_split(activity, wasm_split_path = ::leptos::wasm_split, fallible)]
fn activity_view(id: String) -> Result<AnyView, PageUnavailable> {
    Ok(untrack(|| {
        view! { <activity::ActivityPage id=id/> }.into_any()
    }))
}

/// The view of `route`, once its code is there. Pages are built untracked: `Suspend` tracks what
/// its future reads, and a signal read while a page sets itself up (the language, the
/// catalogue) must not rebuild the page, which would dispose what its tasks still use.
async fn show(route: Route, retry: RwSignal<u32>) -> AnyView {
    let page = match route {
        Route::Home => return untrack(|| home::HomePage().into_any()),
        Route::Start => return untrack(|| start::StartPage().into_any()),
        Route::About => return untrack(|| about::AboutPage().into_any()),
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
        untrack(|| view! { <Unavailable retry=retry/> }.into_any())
    })
}

#[component]
fn Unavailable(retry: RwSignal<u32>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <h1>{i18n.text(|m| m.page_load.failed_title)}</h1>
        <p role="alert">{i18n.text(|m| m.page_load.failed_body)}</p>
        <button type="button" on:click=move |_| retry.update(|n| *n += 1)>
            {i18n.text(|m| m.page_load.retry)}
        </button>
    }
}

/// After a navigation: start at the top and move focus to the new page's heading, so screen
/// reader and keyboard users land where the new content begins.
fn arrive() {
    request_animation_frame(|| {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        if let Some(h1) = document().query_selector("main h1").ok().flatten() {
            use wasm_bindgen::JsCast;
            if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = h1.focus();
            }
        }
    });
}

#[component]
pub fn Page(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let retry = RwSignal::new(0u32);
    let first = StoredValue::new(true);
    let current = move || {
        retry.track();
        let route = route.get();
        let navigated = !first.get_value();
        first.set_value(false);
        Suspend::new(async move {
            let view = show(route, retry).await;
            // Once the page is there (its chunk may take a moment), not on the first render.
            if navigated {
                arrive();
            }
            view
        })
    };
    view! {
        <Suspense fallback=move || view! { <p class="loading">{i18n.text(|m| m.page_load.loading)}</p> }>
            {current}
        </Suspense>
    }
}
