use crate::i18n::use_i18n;
use crate::router::use_route;
use crate::state::use_state;
use ggi_core::i18n::Lang;
use ggi_core::route::Route;
use ggi_core::schema::Theme;
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
                {i18n.text(|m| m.common.app_name)}
            </a>
            <nav aria-label=i18n.text(|m| m.common.nav_label)>
                <ul>
                    {link(Route::Home, |t| t.common.nav_home)}
                    {link(Route::Dashboard, |t| t.common.nav_dashboard)}
                    {link(Route::Iterations, |t| t.common.nav_iterations)}
                    {link(Route::Workspaces, |t| t.common.nav_workspaces)}
                    {link(Route::Report, |t| t.report.nav)}
                    {link(Route::Portfolio, |t| t.portfolio.nav)}
                    {link(Route::Data, |t| t.common.nav_data)}
                    {link(Route::About, |t| t.common.nav_about)}
                </ul>
            </nav>
            <a class="workspace-chip" href=Route::Workspaces.href()>
                {move || ggi_core::i18n::fill(i18n.t().common.workspace_label, &[("name", &state.document.with(|d| d.active().map(|w| w.name.clone()).unwrap_or_default()))])}
            </a>
            <button type="button" class="secondary small theme-toggle"
                aria-label=move || format!("{}: {}", i18n.t().common.theme, i18n.t().theme_label(state.document.with(|d| d.settings.theme)))
                title=i18n.text(|m| m.common.theme)
                on:click=move |_| state.update(|d| d.settings.theme = next_theme(d.settings.theme, dark_by_system()))>
                <span aria-hidden="true">"◐"</span>
            </button>
            <label class="lang-switch">
                <span class="visually-hidden">{i18n.text(|m| m.common.language)}</span>
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

fn dark_by_system() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The toggle flips what is shown now: from the system's theme to its opposite, and back.
fn next_theme(current: Theme, system_dark: bool) -> Theme {
    let showing_dark = match current {
        Theme::System => system_dark,
        Theme::Dark => true,
        Theme::Light => false,
    };
    if showing_dark {
        Theme::Light
    } else {
        Theme::Dark
    }
}
