use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::fill;
use ggi_core::schema::{APP_VERSION, SCHEMA_VERSION};
use leptos::prelude::*;

/// The version shown: the package's, or the release name given at build time
/// (`GGI_JOURNEY_RELEASE=… scripts/build`). `scripts/test` builds a second release this way, so
/// the update tests run two builds that really differ (README: Offline).
const RELEASE: &str = match option_env!("GGI_JOURNEY_RELEASE") {
    Some(release) => release,
    None => APP_VERSION,
};

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let counts = move || {
        state.catalogue.with(|c| {
            fill(
                i18n.t().about.counts,
                &[
                    ("goals", &c.goals.len().to_string()),
                    ("activities", &c.activities.len().to_string()),
                    ("points", &c.verification_point_count().to_string()),
                ],
            )
        })
    };
    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.about.title)}</h1>
        <p class="lead">{i18n.text(|m| m.about.what)}</p>
        <h2>{i18n.text(|m| m.about.ggi_heading)}</h2>
        <p>{i18n.text(|m| m.about.ggi_body)} " "
            <a href="https://ospo-alliance.org/ggi/" rel="noopener">"ospo-alliance.org/ggi"</a></p>
        <h2>{i18n.text(|m| m.about.wording_heading)}</h2>
        <p>{i18n.text(|m| m.about.wording_body)}</p>
        <h2>{i18n.text(|m| m.about.catalogue_heading)}</h2>
        <p>{move || state.catalogue.with(|c| c.title.clone())}</p>
        <p>{counts}</p>
        <p class="small">{move || state.catalogue.with(|c| c.attribution.clone())} " "
            <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener">"CC-BY-4.0"</a></p>
        <h2>{i18n.text(|m| m.about.privacy_heading)}</h2>
        <p>{i18n.text(|m| m.about.privacy_body)}</p>
        <p class="muted small">{move || fill(i18n.t().about.version, &[("app", RELEASE), ("schema", &SCHEMA_VERSION.to_string())])}</p>
    }
}
