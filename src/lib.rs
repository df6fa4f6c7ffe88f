//! GGI Journey's views: a Leptos (CSR) app over the pure domain in `ggi-core`.
//! Arrows point one way: pages/components → state → core.

pub mod app;
pub mod browser;
pub mod catalogue_text;
pub mod components;
pub mod deploy;
pub mod i18n;
pub mod pages;
pub mod router;
pub mod state;
pub mod storage;
pub mod translation;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Replaces the static shell of `index.html` with the running app.
///
/// The app is drawn off the page, in tasks of its own after the Wasm's instantiation (its
/// pages wait one more, `pages::Page`), and takes the shell's place in one step: the shell,
/// which shows the same first page, stays on screen meanwhile, and no task holds the main
/// thread long enough to delay a tap (issue 25: the whole start was one task of 270 ms on a
/// phone).
pub fn mount() {
    // Leptos's executor starts with the app (`mount_to`): this task is wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        browser::next_task().await;
        let shell = document().get_element_by_id("app");
        let app = document()
            .create_element("div")
            .ok()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        // The state, the services and the views each in a task of their own (issue 25: TBT).
        // Effects need Leptos's executor, which `mount_to` would start only later.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        // A visit that finds stored data reads it with code of its own (`state::reading`).
        let reader = &crate::state::reading::THROUGH_CHUNK;
        let stored = reader.now().await;
        let state = owner.with(|| crate::state::provide_state(stored, reader));
        browser::next_task().await;
        let services = owner.with(|| app::provide_services(state));
        browser::next_task().await;
        let view = move || view! { <app::App services/> };
        match (shell, app) {
            (Some(shell), Some(app)) => {
                app.set_id("app");
                owner.with(|| leptos::mount::mount_to(app.clone(), view).forget());
                // The views are drawn in a task after this one (in French or German once the
                // catalogue's text is there: at most `app::TEXT_WAIT`), the first page in a task
                // after them; the shell goes in the task after that. (A page whose code is a
                // chunk waits for it: not for long.)
                let since = js_sys::Date::now();
                let limit = app::TEXT_WAIT.as_millis() as f64 + 500.0;
                while !app::VIEWS_DRAWN.load(std::sync::atomic::Ordering::Relaxed)
                    && js_sys::Date::now() - since < limit
                {
                    browser::next_task().await;
                }
                for _ in 0..100 {
                    browser::next_task().await;
                    if pages::FIRST_PAGE_DRAWN.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                }
                browser::next_task().await;
                let _ = shell.replace_with_with_node_1(&app);
            }
            _ => owner.with(|| leptos::mount::mount_to_body(view)),
        }
        // The app lives as long as the page: its contexts stay with this owner.
        std::mem::forget(owner);
        ON_THE_PAGE.store(true, std::sync::atomic::Ordering::Relaxed);
        mounted();
    });
}

/// Set once the app has taken the static shell's place (`mount`).
static ON_THE_PAGE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Resolves once the app is on the page. Views mounted into the page itself (the sync
/// indicator in the header) wait for it: before, the header they would find is the shell's,
/// which the app then replaces with them in it.
pub async fn on_the_page() {
    while !ON_THE_PAGE.load(std::sync::atomic::Ordering::Relaxed) {
        browser::next_task().await;
    }
}

/// What follows the app's first screen.
fn mounted() {
    // The moment the app is mounted and usable: read by scripts/bench, and by the chunk loader,
    // which then fetches the activity page's code ahead at idle (scripts/pack.mjs `AHEAD`).
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("ggi-mounted");
    }
    // The worker's work (a first visit: copying the app into its cache; a later one: fetching
    // every page for offline use) waits until the visitor has had the app to themselves for a
    // moment: done at once, it slowed the pages opened in the first second by a third.
    leptos::prelude::set_timeout(
        deploy::register_service_worker,
        std::time::Duration::from_millis(deploy::WORKER_AFTER_MS),
    );
}
