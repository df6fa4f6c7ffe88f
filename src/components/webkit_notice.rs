use crate::i18n::use_i18n;
use crate::state::use_durability;
use leptos::prelude::*;

/// WebKit's rule (Safari, every browser on iPhone and iPad: a site's data is erased after seven
/// days of use without a visit) and the two remedies. As a `banner`, it can be put away; the
/// data page always shows it.
#[component]
pub fn WebkitNotice(banner: bool) -> impl IntoView {
    let i18n = use_i18n();
    let durability = use_durability();
    let body = view! {
        <p>{i18n.text(|m| m.durability().webkit_body)}</p>
        <ul>
            <li>{i18n.text(|m| m.durability().webkit_home_screen)}</li>
            <li>{i18n.text(|m| m.durability().webkit_export)}</li>
        </ul>
    };
    let title = i18n.text(|m| m.durability().webkit_title);
    if !banner {
        return view! { <h3>{title}</h3> {body} }.into_any();
    }
    let dismiss = move |_| {
        if let Some(d) = durability {
            d.dismiss_webkit();
        }
    };
    view! {
        <section class="banner banner-info" aria-labelledby="webkit-title">
            <p id="webkit-title" class="banner-title"><strong>{title}</strong></p>
            {body}
            <div class="actions">
                <button type="button" class="secondary" on:click=dismiss>{i18n.text(|m| m.hosting().dismiss)}</button>
            </div>
        </section>
    }
    .into_any()
}
