use crate::browser;
use crate::components::CharCount;
use crate::i18n::use_i18n;
use crate::router::navigate;
use crate::state::use_state;
use ggi_core::limits::NAME;
use ggi_core::onboarding::{self, Reason};
use ggi_core::route::Route;
use ggi_core::schema::{OrganisationKind, OrganisationSize, Profile};
use leptos::prelude::*;

/// The guided start: a short, skippable profile that plans a first set of activities.
#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let profile = RwSignal::new(state.workspace().map(|w| w.profile).unwrap_or_default());

    let picks = Memo::new(move |_| {
        state
            .catalogue
            .with(|c| onboarding::preselect(c, &profile.get()))
    });
    let finish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (now, catalogue) = (browser::now(), state.catalogue.get_untracked());
        let chosen = profile.get_untracked();
        state.update_workspace(|w| onboarding::apply(&catalogue, w, chosen, &now));
        navigate(&Route::Dashboard);
    };
    let skip = move |_| {
        state.update_workspace(|w| w.profile.onboarded = true);
        navigate(&Route::Home);
    };
    let kinds = [
        (OrganisationKind::Company, "company"),
        (OrganisationKind::PublicAdministration, "public"),
        (OrganisationKind::ResearchAcademia, "research"),
        (OrganisationKind::NonProfit, "non-profit"),
    ];
    let sizes = [
        (OrganisationSize::Small, "small"),
        (OrganisationSize::Medium, "medium"),
        (OrganisationSize::Large, "large"),
    ];
    let kind_label = move |k: OrganisationKind| {
        let t = &i18n.t().start;
        match k {
            OrganisationKind::Company => t.company,
            OrganisationKind::PublicAdministration => t.public_administration,
            OrganisationKind::ResearchAcademia => t.research,
            OrganisationKind::NonProfit => t.non_profit,
        }
    };
    let size_label = move |s: OrganisationSize| {
        let t = &i18n.t().start;
        match s {
            OrganisationSize::Small => t.small,
            OrganisationSize::Medium => t.medium,
            OrganisationSize::Large => t.large,
        }
    };
    let toggle = |list: &mut Vec<String>, id: String, on: bool| {
        list.retain(|x| *x != id);
        if on {
            list.push(id);
        }
    };

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.start.title)}</h1>
        <p class="lead">{i18n.text(|m| m.start.intro)}</p>
        <form class="panel wizard" on:submit=finish>
            <label class="field"><span>{i18n.text(|m| m.start.organisation)}</span>
                <input type="text" maxlength=NAME prop:value=move || profile.with(|p| p.organisation.clone())
                    on:input=move |ev| profile.update(|p| p.organisation = event_target_value(&ev))/>
                <CharCount text=Signal::derive(move || profile.with(|p| p.organisation.clone())) max=NAME/></label>
            <fieldset><legend>{i18n.text(|m| m.start.kind)}</legend>
                {kinds.into_iter().map(|(k, key)| view! {
                    <label class="choice"><input type="radio" name="kind" value=key prop:checked=move || profile.with(|p| p.kind == Some(k))
                        on:change=move |_| profile.update(|p| p.kind = Some(k))/> {move || kind_label(k)}</label>
                }).collect_view()}
            </fieldset>
            <fieldset><legend>{i18n.text(|m| m.start.size)}</legend>
                {sizes.into_iter().map(|(s, key)| view! {
                    <label class="choice"><input type="radio" name="size" value=key prop:checked=move || profile.with(|p| p.size == Some(s))
                        on:change=move |_| profile.update(|p| p.size = Some(s))/> {move || size_label(s)}</label>
                }).collect_view()}
            </fieldset>
            <fieldset><legend>{i18n.text(|m| m.start.roles)}</legend>
                {move || state.catalogue.with(|c| c.roles.iter().map(|r| {
                    let (id, id2) = (r.id.clone(), r.id.clone());
                    view! { <label class="choice"><input type="checkbox" prop:checked=move || profile.with(|p| p.roles.contains(&id))
                        on:change=move |ev| { let on = event_target_checked(&ev); profile.update(|p| toggle(&mut p.roles, id2.clone(), on)) }/> {r.name.clone()}</label> }
                }).collect_view())}
            </fieldset>
            <fieldset><legend>{i18n.text(|m| m.start.goals)}</legend>
                {move || state.catalogue.with(|c| c.goals.iter().map(|g| {
                    let (id, id2) = (g.id.clone(), g.id.clone());
                    view! { <label class="choice"><input type="checkbox" prop:checked=move || profile.with(|p| p.goals.contains(&id))
                        on:change=move |ev| { let on = event_target_checked(&ev); profile.update(|p| toggle(&mut p.goals, id2.clone(), on)) }/>
                        {g.name.clone()} " — " <span class="muted">{g.scope.clone()}</span></label> }
                }).collect_view())}
            </fieldset>
            <p class="muted small">{i18n.text(|m| m.start.rule)}</p>
            <h2>{i18n.text(|m| m.start.preview)}</h2>
            <ul>{move || picks.get().into_iter().map(|(id, reason)| {
                let title = state.catalogue.with(|c| c.activity(&id).map(|a| a.title.clone()).unwrap_or_default());
                let why = match reason { Reason::GoalEntry => i18n.t().start.reason_goal, Reason::OrganisationKind => i18n.t().start.reason_kind };
                view! { <li>{id} " " {title} " " <span class="muted small">"(" {why} ")"</span></li> }
            }).collect_view()}</ul>
            <div class="actions">
                <button type="submit">{i18n.text(|m| m.start.finish)}</button>
                <button type="button" class="secondary" on:click=skip>{i18n.text(|m| m.start.skip)}</button>
            </div>
        </form>
        <Show when=move || state.config.with(|c| c.sample_organisation)>
        <section class="panel" aria-labelledby="sample-heading">
            <h2 id="sample-heading">{i18n.text(|m| m.start.sample)}</h2>
            <p>{i18n.text(|m| m.start.sample_intro)}</p>
            <button type="button" class="secondary" on:click=move |_| open_sample(state, i18n)>
                {i18n.text(|m| m.start.sample)}
            </button>
        </section>
        </Show>
    }
}

/// Adds the sample organisation as a new workspace, switches to it and shows the dashboard. The
/// sample's code is a Wasm chunk of its own (README: Size): offline before it was ever used,
/// the live region says it could not be loaded, and nothing changes.
pub fn open_sample(state: crate::state::AppState, i18n: crate::i18n::I18n) {
    leptos::task::spawn_local(async move {
        match load_sample(state, i18n.lang.get_untracked()).await {
            Ok(()) => {
                state
                    .notice
                    .set(Some(i18n.t().start.sample_loaded.to_string()));
                navigate(&Route::Dashboard);
            }
            Err(_) => state
                .notice
                .set(Some(i18n.t().page_load.sample_failed.to_string())),
        }
    });
}

/// Adds the sample organisation as a new workspace and switches to it.
#[leptos::wasm_split::wasm_split(sample, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn load_sample(
    state: crate::state::AppState,
    lang: ggi_core::i18n::Lang,
) -> Result<(), crate::pages::PageUnavailable> {
    let (now, catalogue) = (browser::now(), state.catalogue.get_untracked());
    state.update(|d| {
        let id = ggi_core::ids::fresh(
            "ws",
            &browser::token(),
            d.workspaces.iter().map(|w| w.id.as_str()),
        );
        d.workspaces
            .push(ggi_core::sample::organisation(&catalogue, &id, &now, lang));
        d.active_workspace = id;
    });
    Ok(())
}

/// A first-visit nudge shown on the catalogue until the guided start is done or skipped.
pub fn needs_onboarding(profile: &Profile) -> bool {
    !profile.onboarded
}
