use crate::i18n::use_i18n;
use crate::router::use_route;
use crate::state::use_state;
use ggi_core::i18n::Lang;
use ggi_core::route::Route;
use ggi_core::schema::Theme;
use leptos::prelude::*;

/// Product name, main navigation, workspace, theme and language. On a phone (see the
/// "Phones and small screens" section of style/app.css) everything but the name sits behind a
/// menu button: a disclosure (`aria-expanded`, `aria-controls`) that Escape closes (pressed in
/// the header, where keyboard focus is while it is open), returning focus to the button, and
/// that closes when a link is chosen or focus leaves the header. On a wide screen the button is
/// hidden and the menu's content is laid out in the header as before.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let state = use_state();
    let (open, set_open) = signal(false);

    // Closes the menu and puts focus back on its button, so keyboard users do not lose their
    // place when the menu (and the focused element inside it) disappears.
    let close_to_button = move || {
        if open.get_untracked() {
            set_open.set(false);
            focus_menu_button();
        }
    };
    // Any change of page closes it (the page then moves focus to its heading).
    // (Not on the effect's first run, which comes after mounting and must not undo an early tap.)
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            set_open.set(false);
        }
    });
    // Tabbing out of the header closes the menu, so focus never sits under it.
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let node =
            |t: Option<web_sys::EventTarget>| t.and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if let (Some(next), Some(header)) = (node(ev.related_target()), node(ev.current_target())) {
            if !header.contains(Some(&next)) {
                set_open.set(false);
            }
        }
    };

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
        view! { <li><a href=href aria-current=current on:click=move |_| close_to_button()>{move || label(i18n.t())}</a></li> }
    };

    let on_lang = move |ev: leptos::ev::Event| {
        let lang = Lang::from_tag(&event_target_value(&ev));
        state.update(|d| d.settings.language = lang);
    };

    view! {
        <header class="site-header" on:focusout=on_focusout
            on:keydown=move |ev| if ev.key() == "Escape" { close_to_button() }>
            <a class="brand" href=Route::Home.href()>
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {i18n.text(|m| m.common.app_name)}
            </a>
            <button type="button" class="menu-button" id=MENU_BUTTON aria-controls="site-menu"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| set_open.update(|o| *o = !*o)>
                <span class="menu-icon" aria-hidden="true"></span>
                {i18n.text(|m| m.layout.menu)}
            </button>
            <div id="site-menu" class=move || if open.get() { "site-menu open" } else { "site-menu" }>
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
                <a class="workspace-chip" href=Route::Workspaces.href() on:click=move |_| close_to_button()>
                    {move || ggi_core::i18n::fill(i18n.t().common.workspace_label, &[("name", &state.document.with(|d| d.active().map(|w| w.name.clone()).unwrap_or_default()))])}
                </a>
                <div class="menu-settings" role="group" aria-label=i18n.text(|m| m.layout.menu_settings)>
                    <button type="button" class="secondary small theme-toggle"
                        title=i18n.text(|m| m.common.theme)
                        on:click=move |_| state.update(|d| d.settings.theme = next_theme(d.settings.theme, dark_by_system()))>
                        <span aria-hidden="true">"◐"</span>
                        // The name is this text; on a wide screen only the icon shows.
                        <span class="phone-label">
                            {move || {
                                let t = i18n.t();
                                let theme = t.theme_label(state.document.with(|d| d.settings.theme));
                                ggi_core::i18n::fill(t.layout.theme_now, &[("name", theme)])
                            }}
                        </span>
                    </button>
                    <label class="lang-switch">
                        <span class="phone-label">{i18n.text(|m| m.common.language)}</span>
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
                </div>
            </div>
        </header>
    }
}

const MENU_BUTTON: &str = "menu-button";

fn focus_menu_button() {
    use wasm_bindgen::JsCast;
    if let Some(b) = document()
        .get_element_by_id(MENU_BUTTON)
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = b.focus();
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
