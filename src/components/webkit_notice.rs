use crate::i18n::use_i18n;
use crate::state::use_durability;
use leptos::prelude::*;

/// WebKit's rule (Safari, every browser on iPhone and iPad: a site's data is erased after seven
/// days of use without a visit) and the two remedies. As a `banner`, it can be put away; the
/// data page always shows it.
///
/// The banner comes once something is saved, the moment the durability code arrives: above the
/// page it pushed what the user was working on down (217 px in WebKit, half a second after the
/// first change). So it floats over the bottom corner (the whole bottom on a phone) and moves
/// nothing; it takes no focus, and stays until put away. Its placement is set here, in the
/// durability chunk, not in the stylesheet every first visit downloads (e2e/size.mjs).
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
        <section class="banner banner-info" aria-labelledby="webkit-title"
            style:position="fixed" style:z-index="15" style:right="0" style:bottom="0"
            style:box-sizing="border-box" style:width="100%" style:max-width="28rem"
            style:max-height="45vh" style:overflow="auto" style:padding=".5rem 1rem"
            style:border="3px solid var(--accent)" style:box-shadow="0 2px 12px rgb(0 0 0 / .3)">
            <p id="webkit-title" class="banner-title"><strong>{title}</strong></p>
            {body}
            <div class="actions">
                <button type="button" class="secondary" on:click=dismiss>{i18n.text(|m| m.hosting().dismiss)}</button>
            </div>
        </section>
    }
    .into_any()
}
