//! The app side of the translation layer: which language is in use, as a reactive value.
//!
//! English is in the main Wasm module; the French and German messages are each a split point
//! of their own (README: Size), fetched the first time that language is used. Until they are
//! there the app shows the previous language (at start: the static "Loading" shell), never a
//! mix of two.

use crate::state::AppState;
use ggi_core::i18n::{Lang, Messages};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// The language in use: the user's choice if any, else the deployment's default (`config.json`),
/// else the browser's, once its messages are there.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language the messages are in (it follows `chosen` once they have loaded).
    pub lang: Memo<Lang>,
    messages: RwSignal<&'static Messages>,
    /// Whether the first language chosen has loaded (or failed, and English stands in).
    pub ready: RwSignal<bool>,
}

/// Chooses one message: `|m| m.journey.owner`.
pub type Pick = fn(&'static Messages) -> &'static str;

impl I18n {
    /// All messages in the current language (tracks the language).
    pub fn t(&self) -> &'static Messages {
        self.messages.get()
    }

    /// All messages in the current language, without tracking it.
    pub fn t_untracked(&self) -> &'static Messages {
        self.messages.get_untracked()
    }

    /// What separates a label from its value in the current language (`Lang::colon`).
    pub fn colon(self) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t().lang.colon()
    }

    /// A translated label that follows the language: `{i18n.text(|m| m.journey.owner)}`.
    /// Every label is the same closure type (the choice is a `fn` pointer), so they all share
    /// one copy of Leptos's render code instead of one copy per label (README: Size).
    pub fn text(self, pick: Pick) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || pick(self.t())
    }
}

/// A language's messages could not be fetched (offline before that language was ever used).
#[derive(Debug)]
pub struct MessagesUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for MessagesUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        MessagesUnavailable
    }
}

#[leptos::wasm_split::wasm_split(messages_fr, wasm_split_path = ::leptos::wasm_split, fallible)]
fn french() -> Result<&'static Messages, MessagesUnavailable> {
    Ok(&ggi_core::i18n::FR)
}

#[leptos::wasm_split::wasm_split(messages_de, wasm_split_path = ::leptos::wasm_split, fallible)]
fn german() -> Result<&'static Messages, MessagesUnavailable> {
    Ok(&ggi_core::i18n::DE)
}

async fn messages(lang: Lang) -> Result<&'static Messages, MessagesUnavailable> {
    match lang {
        Lang::En => Ok(&ggi_core::i18n::EN),
        Lang::Fr => french().await,
        Lang::De => german().await,
    }
}

/// Where a language's messages come from.
pub type Loader =
    fn(Lang) -> Pin<Box<dyn Future<Output = Result<&'static Messages, MessagesUnavailable>>>>;

/// The app's languages: French and German from their chunks.
pub fn provide_i18n(state: AppState) -> I18n {
    provide_i18n_from(state, |lang| Box::pin(messages(lang)))
}

/// The languages with messages from `load`: a component test takes them from core directly
/// (its Wasm is not split, so it cannot fetch chunks).
pub fn provide_i18n_from(state: AppState, load: Loader) -> I18n {
    let browser = crate::browser::preferred_languages();
    let chosen = Memo::new(move |_| {
        state
            .document
            .with(|d| d.settings.language)
            // The user's choice, then the deployment's default, then the browser's.
            .or_else(|| state.config.with(|c| c.language))
            .unwrap_or_else(|| Lang::negotiate(browser.iter().map(String::as_str)))
    });
    // The page's loader draws the next start's static shell in this language (scripts/shell.mjs).
    Effect::new(move |_| note_language(chosen.get()));
    let current = RwSignal::new(&ggi_core::i18n::EN);
    let ready = RwSignal::new(chosen.get_untracked() == Lang::En);
    Effect::new(move |_| {
        let lang = chosen.get();
        leptos::task::spawn_local(async move {
            // Offline before this language was ever used: keep the current one (the notice
            // about the catalogue's language says which).
            if let Ok(loaded) = load(lang).await {
                // Only the latest choice applies, even if an earlier one loads last.
                if chosen.get_untracked() == lang {
                    current.set(loaded);
                }
            }
            // Once: setting a signal notifies even when the value stays the same, and the app
            // shell rebuilds on `ready`.
            if !ready.get_untracked() {
                ready.set(true);
            }
        });
    });
    let lang = Memo::new(move |_| current.get().lang);
    Effect::new(move |_| {
        let tag = lang.get().tag();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", tag);
        }
    });
    let i18n = I18n {
        lang,
        messages: current,
        ready,
    };
    provide_context(i18n);
    i18n
}

/// Where the app notes the language it shows, for the page's loader: a returning visitor then
/// reads the static shell's header in that language, not nothing, while the Wasm comes, and
/// one who chose a language other than the browser's never sees the browser's first.
pub const LANG_KEY: &str = "ggi-journey/lang";

fn note_language(lang: Lang) {
    use ggi_core::persist::Storage;
    let mut store = crate::storage::LocalStore;
    if store.read(LANG_KEY).ok().flatten().as_deref() != Some(lang.tag()) {
        // A hint: a full storage refusing it costs the next start's shell language, no data.
        let _ = store.write(LANG_KEY, lang.tag());
    }
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: Memo::new(|_| Lang::En),
        messages: RwSignal::new(&ggi_core::i18n::EN),
        ready: RwSignal::new(true),
    })
}
