use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Attribution of the GGI handbook (CC-BY-4.0) and the promise that data stays local.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>
                {i18n.text(|m| m.common.attribution)} " "
                <a href="https://ospo-alliance.org/ggi/" rel="noopener">"OSPO Alliance GGI"</a>
                " · "
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener">"CC-BY-4.0"</a>
            </p>
            <p>{i18n.text(|m| m.common.data_local)}</p>
        </footer>
    }
}
