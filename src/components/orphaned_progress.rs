use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::fill;
use ggi_core::orphans;
use leptos::prelude::*;

/// Lists recorded progress the catalogue in use cannot place, so nothing disappears unseen.
#[component]
pub fn OrphanedProgress() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let found = Memo::new(move |_| {
        let catalogue = state.catalogue.get();
        state
            .workspace()
            .map(|ws| orphans::find(&catalogue, &ws))
            .unwrap_or_default()
    });
    move || {
        let list = found.get();
        (!list.is_empty()).then(|| {
            let t = i18n.t();
            view! {
                <section class="panel" aria-labelledby="orphans-heading">
                    <h2 id="orphans-heading">{t.data().orphans_title}</h2>
                    <p class="muted">{t.data().orphans_intro}</p>
                    <ul>{list.into_iter().map(|o| {
                        let line = if o.unknown_activity {
                            fill(t.data().orphan_activity, &[("id", &o.activity)])
                        } else {
                            fill(t.data().orphan_points, &[("id", &o.activity), ("points", &o.points.join(", "))])
                        };
                        view! { <li>{line}</li> }
                    }).collect_view()}</ul>
                </section>
            }
        })
    }
}
