use crate::deploy::{SavedCopies, SavedCopy, SavedCopyReason};
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::{date, fill, Messages};
use leptos::prelude::*;

/// Says when a deployment file (`config.json`, `catalogue.json`) was present but unusable, and
/// that the built-in defaults are used instead; and when the server gave no usable answer, so
/// the copy saved on an earlier visit is used. Shown to everyone, so the deployer notices.
/// Either needs the files, whose reading is the `deployment` chunk: the notice is in it too,
/// and a host without them never downloads it (README: Size).
#[component]
pub fn DeployNotice() -> impl IntoView {
    let state = use_state();
    let saved = use_context::<SavedCopies>();
    let any = Memo::new(move |_| {
        !state.deploy_problems.with(Vec::is_empty)
            || saved.is_some_and(|s| !s.0.with(Vec::is_empty))
    });
    move || {
        any.get()
            .then(|| Suspend::new(async move { notice().await.unwrap_or_else(|_| ().into_any()) }))
    }
}

#[leptos::wasm_split::wasm_split(deployment, wasm_split_path = ::leptos::wasm_split, fallible)]
fn notice() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(untrack(|| Notice().into_any()))
}

#[component]
fn Notice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let saved = use_context::<SavedCopies>();
    let (hidden, set_hidden) = signal(false);

    move || {
        let problems = state.deploy_problems.get();
        let copies = saved.map(|s| s.0.get()).unwrap_or_default();
        if (problems.is_empty() && copies.is_empty()) || hidden.get() {
            return ().into_any();
        }
        let t = i18n.t();
        let lang = i18n.lang.get();
        let problems = (!problems.is_empty()).then(|| {
            view! {
                <p class="banner-title"><strong>{t.hosting().deploy_problem_title}</strong></p>
                <p>{t.hosting().deploy_problem_body}</p>
                <ul class="small">
                    {problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                </ul>
            }
        });
        let copies = (!copies.is_empty()).then(|| {
            view! {
                <p class="banner-title"><strong>{t.hosting().saved_copy_title}</strong></p>
                <p>{t.hosting().saved_copy_body}</p>
                <ul class="small">
                    {copies.iter().map(|c| view! { <li>{saved_copy_line(t, lang, c)}</li> }).collect_view()}
                </ul>
            }
        });
        // A paragraph, not a heading: the banner comes before the page's h1.
        view! {
            <div class="banner banner-warning deploy-notice" role="status">
                {problems}
                {copies}
                <div class="actions">
                    <button type="button" class="secondary" on:click=move |_| set_hidden.set(true)>
                        {t.hosting().dismiss}
                    </button>
                </div>
            </div>
        }
        .into_any()
    }
}

/// "config.json: the server answered with error 503. Copy saved on 30 Nov 2026."
fn saved_copy_line(t: &Messages, lang: ggi_core::i18n::Lang, copy: &SavedCopy) -> String {
    let what = match copy.reason {
        SavedCopyReason::ServerError(status) => fill(
            t.hosting().saved_copy_server_error,
            &[("file", copy.file), ("status", &status.to_string())],
        ),
        SavedCopyReason::NotJson => fill(t.hosting().saved_copy_not_json, &[("file", copy.file)]),
    };
    match &copy.saved_at {
        Some(at) => {
            let when = fill(t.hosting().saved_copy_date, &[("date", &date(lang, at))]);
            format!("{what} {when}")
        }
        None => what,
    }
}
