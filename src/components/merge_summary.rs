use crate::i18n::use_i18n;
use ggi_core::i18n::{fill, Messages};
use ggi_core::merge::{ActivityMerge, Duplicate, ItemKind, MergeReport, Outcome, Side};
use leptos::prelude::*;

/// What merging a file would do: counts, every activity changed on both sides, and every item
/// kept twice because the two sides gave different things the same id, all by name.
#[component]
pub fn MergeSummary(report: MergeReport) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    if report.is_noop() {
        return view! { <p>{move || t().merge.nothing_new}</p> }.into_any();
    }
    let new_workspaces = (!report.added_workspaces.is_empty()).then(|| {
        let names = report.added_workspaces.join(", ");
        move || fill(t().data.merge_new_workspaces, &[("names", &names)])
    });
    let r = report.clone();
    let counts = move || {
        fill(
            t().merge.counts,
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
            t().merge.additions,
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
            <p>{move || t().merge.changed_heading}</p>
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
            <p>{move || t().merge.duplicates_heading}</p>
            <ul class="merge-duplicates">{items}</ul>
        }
    });
    view! {
        {new_workspaces.map(|text| view! { <p>{text}</p> })}
        <p>{counts}</p>
        {additions.map(|text| view! { <p>{text}</p> })}
        {changed}
        {duplicates}
    }
    .into_any()
}

fn changed_line(t: &Messages, c: &ActivityMerge) -> String {
    let (template, joined) = match c.outcome {
        Outcome::Theirs => (t.merge.changed_theirs, false),
        Outcome::Ours => (t.merge.changed_ours, false),
        Outcome::Combined {
            newer,
            texts_joined,
        } => (
            match newer {
                Side::Theirs => t.merge.combined_theirs,
                Side::Ours => t.merge.combined_ours,
            },
            texts_joined,
        ),
    };
    let line = fill(
        template,
        &[("workspace", &c.workspace), ("activity", &c.activity)],
    );
    if joined {
        format!("{line}. {}", t.merge.texts_joined)
    } else {
        line
    }
}

fn duplicate_line(t: &Messages, d: &Duplicate) -> String {
    let template = match d.kind {
        ItemKind::Activity => t.merge.duplicate_activity,
        ItemKind::Point => t.merge.duplicate_point,
        ItemKind::Objective => t.merge.duplicate_objective,
        ItemKind::Iteration => t.merge.duplicate_iteration,
    };
    fill(
        template,
        &[
            ("workspace", &d.workspace),
            ("activity", d.activity.as_deref().unwrap_or_default()),
            ("ours", &d.ours),
            ("theirs", &d.theirs),
        ],
    )
}
