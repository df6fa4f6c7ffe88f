use crate::components::{SyncFolderField, SyncInUse, SyncNameField, TeamFolderField};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::Lang;
use ggi_core::schema::Theme;
use leptos::prelude::*;

/// Language, theme and the optional 0–5 rating of verification points.
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let themes = [
        (Theme::System, "system"),
        (Theme::Light, "light"),
        (Theme::Dark, "dark"),
    ];
    view! {
        <section class="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{i18n.text(|m| m.common.settings)}</h2>
            <div class="field-grid">
                <label class="field"><span>{i18n.text(|m| m.common.language)}</span>
                    <select on:change=move |ev| { let l = Lang::from_tag(&event_target_value(&ev)); state.update(|d| d.settings.language = l) }>
                        {Lang::ALL.into_iter().map(|l| view! {
                            <option value=l.tag() lang=l.tag() selected=move || i18n.lang.get() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field"><span>{i18n.text(|m| m.common.theme)}</span>
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let t = themes.iter().find(|(_, k)| *k == v).map(|(t, _)| *t).unwrap_or_default();
                        state.update(|d| d.settings.theme = t);
                    }>
                        {themes.into_iter().map(|(t, key)| view! {
                            <option value=key selected=move || state.document.with(|d| d.settings.theme == t)>{move || i18n.t().theme_label(t)}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || state.document.with(|d| d.settings.ratings)
                    on:change=move |ev| { let on = event_target_checked(&ev); state.update(|d| d.settings.ratings = on) }/>
                " " {i18n.text(|m| m.common.ratings)}
            </label>
            <SyncInUse/>
            <SyncFolderField/>
            <TeamFolderField/>
            <SyncNameField/>
        </section>
    }
}
