//! The app side of the translation layer: which language is in use, as a reactive value.

use crate::state::AppState;
use ggi_core::i18n::{Lang, Messages};
use leptos::prelude::*;

/// The language in use: the user's choice if any, else the deployment's default (`config.json`),
/// else the browser's.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Memo<Lang>,
}

/// Chooses one message: `|m| m.journey.owner`.
pub type Pick = fn(&'static Messages) -> &'static str;

impl I18n {
    /// All messages in the current language (tracks the language).
    pub fn t(&self) -> &'static Messages {
        self.lang.get().messages()
    }

    /// A translated label that follows the language: `{i18n.text(|m| m.journey.owner)}`.
    /// Every label is the same closure type (the choice is a `fn` pointer), so they all share
    /// one copy of Leptos's render code instead of one copy per label (README: Size).
    pub fn text(self, pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || pick(self.t())
    }
}

pub fn provide_i18n(state: AppState) -> I18n {
    let browser = crate::browser::preferred_languages();
    let lang = Memo::new(move |_| {
        state
            .document
            .with(|d| d.settings.language)
            // The user's choice, then the deployment's default, then the browser's.
            .or_else(|| state.config.with(|c| c.language))
            .unwrap_or_else(|| Lang::negotiate(browser.iter().map(String::as_str)))
    });
    Effect::new(move |_| {
        let tag = lang.get().tag();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", tag);
        }
    });
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: Memo::new(|_| Lang::En),
    })
}
