use crate::i18n::use_i18n;
use ggi_core::route::Route;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.common.not_found_title)}</h1>
        <p>{i18n.text(|m| m.common.not_found_body)}</p>
        <p><a href=Route::Home.href()>{i18n.text(|m| m.common.back_home)}</a></p>
    }
}
