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
/// nothing (`.banner-toast`), folded to its title; it takes no focus, and stays until put
/// away.
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
    // Folded to its title: open, it would cover a third of a phone's screen, where the user
    // may be working.
    view! {
        <section class="banner banner-info banner-toast" aria-labelledby="webkit-title">
            <details>
                <summary id="webkit-title" class="banner-title"><strong>{title}</strong></summary>
                {body}
            </details>
            <div class="actions">
                <button type="button" class="secondary" on:click=dismiss>{i18n.text(|m| m.hosting().dismiss)}</button>
            </div>
        </section>
    }
    .into_any()
}
