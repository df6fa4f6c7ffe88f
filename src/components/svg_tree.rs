use ggi_core::chart::svg::El;
use leptos::prelude::*;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A chart built by core ([`El`]) drawn into the page element by element: attributes set as
/// attributes and text as text (nothing is parsed as markup, so a user's text stays text).
/// One small function instead of generic view code per chart keeps the Wasm small.
#[component]
pub fn SvgTree(#[prop(into)] tree: Signal<El>, class: &'static str) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let tree = tree.get();
        let (Some(div), Some(document)) = (host.get(), document_of()) else {
            return;
        };
        div.set_text_content(None);
        if let Some(svg) = build(&document, &tree) {
            let _ = div.append_child(&svg);
        }
    });
    view! { <div class=class node_ref=host></div> }
}

fn document_of() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn build(document: &web_sys::Document, el: &El) -> Option<web_sys::Element> {
    let node = document.create_element_ns(Some(SVG_NS), el.tag).ok()?;
    for (name, value) in &el.attrs {
        node.set_attribute(name, value).ok()?;
    }
    if let Some(text) = &el.text {
        node.set_text_content(Some(text));
    }
    for child in &el.children {
        let child = build(document, child)?;
        node.append_child(&child).ok()?;
    }
    Some(node)
}
