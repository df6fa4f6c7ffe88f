use crate::i18n::use_i18n;
use ggi_core::i18n::{fill, Messages};
use ggi_core::merge::{ActivityMerge, Duplicate, MergeReport};
use leptos::prelude::*;

/// What merging a file would do: counts, what the file adds to each matched workspace's details
/// and every field set differently there, every activity changed on both sides, and every item
/// kept twice because the two sides gave different things the same id, all by name.
#[component]
pub fn MergeSummary(report: MergeReport) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    // Named even when nothing changes: a field the file set differently, ours kept, is news.
    let profiles = (!report.profiles.is_empty()).then(|| {
        let items = report
            .profiles
            .clone()
            .into_iter()
            .map(|p| {
                move || {
                    p.lines(t())
                        .into_iter()
                        .map(|line| view! { <li>{line}</li> })
                        .collect_view()
                }
            })
            .collect_view();
        view! {
            <p>{move || t().merge().profile_heading}</p>
            <ul class="merge-profiles">{items}</ul>
        }
    });
    if report.is_noop() {
        return view! {
            <p>{move || t().merge().nothing_new}</p>
            {profiles}
        }
        .into_any();
    }
    let new_workspaces = (!report.added_workspaces.is_empty()).then(|| {
        let names = report.added_workspaces.join(", ");
        move || fill(t().data().merge_new_workspaces, &[("names", &names)])
    });
    let r = report.clone();
    let counts = move || {
        fill(
            t().merge().counts,
            &[
                ("added", &r.added.to_string()),
                ("updated", &r.updated.to_string()),
                ("kept", &r.kept.to_string()),
                ("combined", &r.combined.to_string()),
                ("unchanged", &r.unchanged.to_string()),
            ],
        )
    };
    let (custom, iterations) = (report.added_custom, report.added_iterations);
    let additions = (custom + iterations > 0).then_some(move || {
        fill(
            t().merge().additions,
            &[
                ("custom", &custom.to_string()),
                ("iterations", &iterations.to_string()),
            ],
        )
    });
    let changed = (!report.changed.is_empty()).then(|| {
        let items = report
            .changed
            .into_iter()
            .map(|c| view! { <li>{move || changed_line(t(), &c)}</li> })
            .collect_view();
        view! {
            <p>{move || t().merge().changed_heading}</p>
            <ul class="merge-changed">{items}</ul>
        }
    });
    let duplicates = (!report.duplicates.is_empty()).then(|| {
        let items = report
            .duplicates
            .into_iter()
            .map(|d| view! { <li>{move || duplicate_line(t(), &d)}</li> })
            .collect_view();
        view! {
            <p>{move || t().merge().duplicates_heading}</p>
            <ul class="merge-duplicates">{items}</ul>
        }
    });
    view! {
        {new_workspaces.map(|text| view! { <p>{text}</p> })}
        <p>{counts}</p>
        {additions.map(|text| view! { <p>{text}</p> })}
        {profiles}
        {changed}
        {duplicates}
    }
    .into_any()
}

fn changed_line(t: &Messages, c: &ActivityMerge) -> String {
    c.line(t)
}

fn duplicate_line(t: &Messages, d: &Duplicate) -> String {
    d.line(t)
}
