use crate::i18n::use_i18n;
use crate::state::use_state;
use leptos::prelude::*;

/// Says when a deployment file (`config.json`, `catalogue.json`) was present but unusable, and
/// that the built-in defaults are used instead. Shown to everyone, so the deployer notices.
#[component]
pub fn DeployNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (hidden, set_hidden) = signal(false);

    move || {
        let problems = state.deploy_problems.get();
        if problems.is_empty() || hidden.get() {
            return ().into_any();
        }
        let t = i18n.t();
        // A paragraph, not a heading: the banner comes before the page's h1.
        view! {
            <div class="banner banner-warning deploy-notice" role="status">
                <p class="banner-title"><strong>{t.hosting.deploy_problem_title}</strong></p>
                <p>{t.hosting.deploy_problem_body}</p>
                <ul class="small">
                    {problems.into_iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}
                </ul>
                <div class="actions">
                    <button type="button" class="secondary" on:click=move |_| set_hidden.set(true)>
                        {t.hosting.dismiss}
                    </button>
                </div>
            </div>
        }
        .into_any()
    }
}
