use crate::i18n::use_i18n;
use crate::router::use_route;
use crate::state::use_state;
use ggi_core::i18n::Lang;
use ggi_core::route::Route;
use leptos::prelude::*;

/// Product name, main navigation and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let state = use_state();

    let link = move |target: Route,
                     label: fn(&'static ggi_core::i18n::Messages) -> &'static str| {
        let href = target.href();
        let current = move || {
            let here = route.get();
            let same = match (&here, &target) {
                (Route::Activity(_), Route::Home) => true,
                (a, b) => a == b,
            };
            same.then_some("page")
        };
        view! { <li><a href=href aria-current=current>{move || label(i18n.t())}</a></li> }
    };

    let on_lang = move |ev: leptos::ev::Event| {
        let lang = Lang::from_tag(&event_target_value(&ev));
        state.update(|d| d.settings.language = lang);
    };

    view! {
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {move || i18n.t().common.app_name}
            </a>
            <nav aria-label=move || i18n.t().common.nav_label>
                <ul>
                    {link(Route::Home, |t| t.common.nav_home)}
                    {link(Route::Dashboard, |t| t.common.nav_dashboard)}
                    {link(Route::Report, |t| t.report.nav)}
                    {link(Route::Data, |t| t.common.nav_data)}
                    {link(Route::About, |t| t.common.nav_about)}
                </ul>
            </nav>
            <label class="lang-switch">
                <span class="visually-hidden">{move || i18n.t().common.language}</span>
                <select on:change=on_lang>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.tag() lang=l.tag() selected=move || i18n.lang.get() == l>
                                    {l.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </header>
    }
}
