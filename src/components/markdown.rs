use ggi_core::markdown::{self, Block, Inline};
use leptos::prelude::*;

/// Renders the safe Markdown subset as elements whose text is always text, never HTML.
#[component]
pub fn Markdown(#[prop(into)] source: Signal<String>) -> impl IntoView {
    move || {
        source
            .with(|s| markdown::parse(s))
            .into_iter()
            .map(block)
            .collect_view()
    }
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Heading(i) => view! { <p class="md-heading"><strong>{inlines(i)}</strong></p> }.into_any(),
        Block::Paragraph(i) => view! { <p>{inlines(i)}</p> }.into_any(),
        Block::List { ordered: false, items } => {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::List { ordered: true, items } => {
            view! { <ol>{items.into_iter().map(|i| view! { <li>{inlines(i)}</li> }).collect_view()}</ol> }
                .into_any()
        }
    }
}

/// Inline runs of one line (also used for one-line catalogue items).
pub fn inlines(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(t) => t.into_any(),
            Inline::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Inline::Emphasis(t) => view! { <em>{t}</em> }.into_any(),
            Inline::Code(t) => view! { <code>{t}</code> }.into_any(),
            Inline::Link { text, url } => view! { <ExternalLink url=url text=text/> }.into_any(),
        })
        .collect_view()
}

/// A link to another site, marked as such for everyone (icon) and for screen readers (text).
/// Every address from data passes through here, so the safe-URL rule is enforced here too: an
/// address that is not a web or mail address is never put in an `href`; the text stays, with a
/// note saying why there is no link.
#[component]
pub fn ExternalLink(url: String, text: String) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    if !markdown::is_safe_url(&url) {
        return view! {
            <span class="link-removed">
                {text} " "
                <span class="small muted">"(" {i18n.text(|m| m.untrusted.link_removed)} ")"</span>
            </span>
        }
        .into_any();
    }
    view! {
        <a href=url rel="noopener noreferrer" class="external">
            {text}
            <span aria-hidden="true">" ↗"</span>
            <span class="visually-hidden">" " {i18n.text(|m| m.catalogue.external)}</span>
        </a>
    }
    .into_any()
}
