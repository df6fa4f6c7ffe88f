use crate::browser;
use crate::components::CharCount;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::{date, fill};
use ggi_core::limits::NAME;
use ggi_core::workspaces;
use leptos::prelude::*;

type DocumentChange =
    Box<dyn FnOnce(&mut ggi_core::schema::Document) -> Result<(), workspaces::WorkspaceError>>;

/// Create, rename, duplicate, switch and delete workspaces.
#[component]
pub fn WorkspacesPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (new_name, set_new_name) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let (confirming, set_confirming) = signal(None::<String>);

    let run = move |f: DocumentChange| {
        let mut result = Ok(());
        state.update(|d| result = f(d));
        set_error.set(result.err().map(|e| e.to_string()));
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (name, catalogue, now) = (
            new_name.get_untracked(),
            state.catalogue.get_untracked(),
            browser::now(),
        );
        run(Box::new(move |d| {
            workspaces::create(d, &name, &catalogue, &now, &browser::token()).map(|_| ())
        }));
        if error.get_untracked().is_none() {
            set_new_name.set(String::new());
        }
    };
    let list = Memo::new(move |_| {
        state.document.with(|d| {
            (
                d.active().map(|w| w.id.clone()).unwrap_or_default(),
                d.workspaces.clone(),
            )
        })
    });

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.start.workspaces)}</h1>
        <p class="lead">{i18n.text(|m| m.start.workspaces_intro)}</p>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        <ul class="workspace-list">
            {move || { let (active, all) = list.get(); all.into_iter().map(|w| {
                let is_active = w.id == active;
                let (id1, id2, id3, id4, id5) = (w.id.clone(), w.id.clone(), w.id.clone(), w.id.clone(), w.id.clone());
                let name = w.name.clone();
                let rename_id = format!("rename-{}", w.id);
                view! {
                    <li class="panel">
                        <h2>{w.name.clone()} {is_active.then(|| view! { " " <span class="tag">{i18n.text(|m| m.start.active)}</span> })}</h2>
                        <p class="muted small">
                            {fill(i18n.t().start.created, &[("date", &date(i18n.lang.get(), &w.created_at))])} " · "
                            {fill(i18n.t().data().preview_workspace, &[
                                ("activities", &w.activities.len().to_string()),
                                ("custom", &w.custom_activities.len().to_string()),
                                ("iterations", &w.iterations.len().to_string()),
                            ])}
                        </p>
                        <div class="actions">
                            {(!is_active).then(|| view! {
                                <button type="button" on:click=move |_| { let id = id1.clone(); run(Box::new(move |d| workspaces::switch(d, &id))) }>
                                    {i18n.text(|m| m.start.switch_to)} " " {name.clone()}</button>
                            })}
                            <button type="button" class="secondary" on:click=move |_| {
                                let (id, now) = (id2.clone(), browser::now());
                                let name = state.document.with_untracked(|d| d.workspace(&id).map(|w| w.name.clone()).unwrap_or_default());
                                let copy = format!("{name} {}", i18n.t().start.copy_suffix);
                                run(Box::new(move |d| workspaces::duplicate(d, &id, &copy, &now, &browser::token()).map(|_| ())))
                            }>{i18n.text(|m| m.start.duplicate)}</button>
                            <button type="button" class="secondary" on:click=move |_| set_confirming.set(Some(id3.clone()))>
                                {i18n.text(|m| m.start.delete)}</button>
                        </div>
                        <form class="inline-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            let input = event_target::<web_sys::HtmlFormElement>(&ev).elements().named_item("name")
                                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(e).ok()).map(|i| i.value()).unwrap_or_default();
                            let (id, now) = (id4.clone(), browser::now());
                            run(Box::new(move |d| workspaces::rename(d, &id, &input, &now)))
                        }>
                            <label for=rename_id.clone()>{i18n.text(|m| m.start.name)}</label>
                            <input id=rename_id name="name" type="text" maxlength=NAME value=w.name.clone()/>
                            <button type="submit" class="secondary">{i18n.text(|m| m.start.rename)}</button>
                        </form>
                        <Show when=move || confirming.get().as_deref() == Some(id5.as_str())>
                            <ConfirmDelete id=w.id.clone() name=w.name.clone() on_done=move || set_confirming.set(None) run=run/>
                        </Show>
                    </li>
                }
            }).collect_view() }}
        </ul>
        <form class="panel inline-form" on:submit=create>
            <label for="new-workspace">{i18n.text(|m| m.start.new_workspace)}</label>
            <input id="new-workspace" type="text" maxlength=NAME prop:value=move || new_name.get() on:input=move |ev| set_new_name.set(event_target_value(&ev))/>
            <CharCount text=new_name max=NAME/>
            <button type="submit">{i18n.text(|m| m.start.create)}</button>
        </form>
    }
}

#[component]
fn ConfirmDelete<D, R>(id: String, name: String, on_done: D, run: R) -> impl IntoView
where
    D: Fn() + Clone + 'static,
    R: Fn(DocumentChange) + Clone + 'static,
{
    let i18n = use_i18n();
    let cancel = on_done.clone();
    let (label_id, labelled_by) = (format!("confirm-{id}"), format!("confirm-{id}"));
    view! {
        <div class="confirm" role="alertdialog" aria-labelledby=labelled_by>
            <p id=label_id>{move || fill(i18n.t().start.confirm_delete, &[("name", &name)])}</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| {
                    let id = id.clone();
                    run(Box::new(move |d| workspaces::delete(d, &id)));
                    on_done();
                }>{i18n.text(|m| m.start.confirm)}</button>
                <button type="button" class="secondary" on:click=move |_| cancel()>{i18n.text(|m| m.start.cancel)}</button>
            </div>
        </div>
    }
}
