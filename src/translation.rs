//! The catalogue in the user's language. English is compiled in; French and German are hashed
//! files beside `index.html` (named in a `<meta>` by `scripts/post-build.mjs`), fetched the
//! first time the language is chosen and kept by the service worker for offline use. A
//! deployment with its own `catalogue.json` can put `catalogue.<lang>.json` beside it. Until the
//! text arrives, or when it cannot, the catalogue shows as it is with a short notice. Only the
//! app's first render waits for it, a few seconds at most (`crate::app::TEXT_WAIT`).

use crate::i18n::I18n;
use crate::state::AppState;
use ggi_core::catalogue::localize::{self, TranslationError};
use ggi_core::catalogue::Catalogue;
use ggi_core::i18n::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the catalogue's text stands in the user's language, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub enum CatalogueText {
    /// In the user's language (or the catalogue's own).
    Ready,
    Loading(Lang),
    /// The deployment's catalogue has no text in this language.
    Missing(Lang),
    Failed {
        lang: Lang,
        detail: String,
    },
}

impl CatalogueText {
    /// The text in the user's language cannot be had: the catalogue shows as it is.
    pub fn unavailable(&self) -> bool {
        matches!(
            self,
            CatalogueText::Missing(_) | CatalogueText::Failed { .. }
        )
    }
}

#[derive(Clone, Copy)]
pub struct TranslationStatus(pub RwSignal<CatalogueText>);

/// Keeps `state.catalogue` in the user's language, following both the language and the
/// deployment's catalogue.
pub fn follow_language(state: AppState, i18n: I18n) {
    let status = RwSignal::new(CatalogueText::Ready);
    provide_context(TranslationStatus(status));
    // Translations already laid over: language, the catalogue laid over, the result. (The
    // embedded outline and the whole catalogue are the same id and version, not the same text.)
    let done: StoredValue<Vec<(Lang, Catalogue, Catalogue)>> = StoredValue::new(Vec::new());
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let base = state.base_catalogue.get();
        let known = done.with_value(|d| {
            d.iter()
                .find(|(l, b, _)| *l == lang && *b == base)
                .map(|(_, _, c)| c.clone())
        });
        if Lang::from_tag(&base.language) == Some(lang) || known.is_some() {
            show(state, known.unwrap_or(base));
            status.set(CatalogueText::Ready);
            return;
        }
        show(state, base.clone());
        status.set(CatalogueText::Loading(lang));
        // Which file to fetch depends on whether the deployment has its own catalogue.
        if !state.deployment_read.get() {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = load(lang, &base).await;
            // The user may have moved on while the file was on its way.
            let current = i18n.lang.get_untracked() == lang
                && state.base_catalogue.with_untracked(|b| *b == base);
            match outcome {
                Ok(catalogue) => {
                    done.update_value(|d| d.push((lang, base.clone(), catalogue.clone())));
                    if current {
                        show(state, catalogue);
                        status.set(CatalogueText::Ready);
                    }
                }
                Err(why) if current => status.set(why),
                Err(_) => {}
            }
        });
    });
}

fn show(state: AppState, catalogue: Catalogue) {
    if state.catalogue.with_untracked(|c| *c != catalogue) {
        state.catalogue.set(catalogue);
    }
}

/// The catalogue in `lang`: the deployment's translation of its own catalogue, or ours of the
/// embedded one.
async fn load(lang: Lang, base: &Catalogue) -> Result<Catalogue, CatalogueText> {
    let embedded = Catalogue::embedded_outline();
    let file = if base.id == embedded.id && base.version == embedded.version {
        bundled_file(lang).ok_or(CatalogueText::Missing(lang))?
    } else {
        localize::deployment_file(lang)
    };
    let failed = |detail: String| CatalogueText::Failed { lang, detail };
    let json = fetch_text(&file)
        .await
        .map_err(failed)?
        .ok_or(CatalogueText::Missing(lang))?;
    let catalogue = lay_over(json, base.clone())
        .await
        .map_err(|e| failed(format!("{file}: {e}")))?
        .map(|l| l.catalogue)
        .map_err(|e: TranslationError| failed(format!("{file}: {e}")))?;
    Ok(catalogue)
}

/// Reading and checking a translation is a Wasm chunk of its own (README: Size): an English
/// visit never downloads it.
#[leptos::wasm_split::wasm_split(translation, wasm_split_path = ::leptos::wasm_split, fallible)]
fn lay_over(
    json: String,
    base: Catalogue,
) -> Result<Result<localize::Localized, TranslationError>, leptos::wasm_split::SplitLoaderError> {
    Ok(localize::from_json(&json, &base))
}

/// The hashed file of our translation into `lang`, from the page's
/// `<meta name="ggi-journey-catalogues" content="fr=catalogue-fr-….json de=…">`.
fn bundled_file(lang: Lang) -> Option<String> {
    crate::deploy::page_meta("meta[name=ggi-journey-catalogues]")?
        .split_whitespace()
        .filter_map(|entry| entry.split_once('='))
        .find(|(tag, _)| *tag == lang.tag())
        .map(|(_, file)| file.to_string())
}

/// A file beside `index.html`: its text, `None` when it is not there (404, or a host's HTML
/// page), or why it could not be read. Revalidated with the server as `catalogue.json` is
/// (src/deploy.rs): a deployment's translation changes with its catalogue, and a copy from the
/// HTTP cache would be of the catalogue before, refused as another version. (Ours are named by
/// their content, and the worker answers them from its cache.)
async fn fetch_text(file: &str) -> Result<Option<String>, String> {
    let response = JsFuture::from(crate::deploy::start_fetch(file).ok_or("no window")?)
        .await
        .map_err(|_| "the network is not available".to_string())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| "no answer".to_string())?;
    if response.status() == 404 || response.status() == 410 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("{file}: the server answered {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| "unreadable answer".to_string())?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or("unreadable answer")?;
    Ok(ggi_core::config::present(Some(&text)).map(str::to_string))
}
