use crate::browser;
use crate::components::status_badge::status_label;
use crate::components::CharCount;
use crate::components::TrendChart;
use crate::i18n::use_i18n;
use crate::state::use_state;
use ggi_core::i18n::{date, fill, percent, Messages};
use ggi_core::iteration::{self, Snapshot};
use ggi_core::limits::NAME;
use leptos::prelude::*;

/// Start and close iterations, compare snapshots, and follow the trend.
#[component]
pub fn IterationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_state();
    let (name, set_name) = signal(String::new());
    let (start, set_start) = signal(String::new());
    let (end, set_end) = signal(String::new());
    let (error, set_error) = signal(None::<String>);

    let iterations =
        Memo::new(move |_| state.workspace().map(|w| w.iterations).unwrap_or_default());
    let current =
        move || iterations.with(|its| its.iter().rev().find(|i| i.snapshot.is_none()).cloned());
    let opt = |s: String| (!s.is_empty()).then_some(s);

    let on_start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut result = Ok(String::new());
        state.update_workspace(|w| {
            result = iteration::start(
                w,
                &name.get_untracked(),
                opt(start.get_untracked()),
                opt(end.get_untracked()),
                &browser::token(),
            )
        });
        match result {
            Ok(_) => {
                set_error.set(None);
                set_name.set(String::new());
            }
            Err(e) => set_error.set(Some(e.to_string())),
        }
    };
    let on_close = move |_| {
        let now = browser::now();
        let catalogue = state.catalogue.get_untracked();
        state.update_workspace(|w| {
            let _ = iteration::close(&catalogue, w, &now);
        });
    };

    // Snapshots to compare: every closed iteration, and "now".
    let options = Memo::new(move |_| {
        let catalogue = state.catalogue.get();
        let mut list: Vec<(String, Snapshot)> = iterations
            .get()
            .into_iter()
            .filter_map(|i| i.snapshot.map(|s| (i.name, s)))
            .collect();
        if let Some(ws) = state.workspace() {
            list.push((String::new(), iteration::snapshot(&catalogue, &ws, "")));
        }
        list
    });
    let (before, set_before) = signal(0usize);
    let (after, set_after) = signal(usize::MAX);
    let pick = move |i: usize| options.with(|o| o.get(i.min(o.len().saturating_sub(1))).cloned());
    let label = move |n: &str| {
        if n.is_empty() {
            i18n.t().iterations().now.to_string()
        } else {
            n.to_string()
        }
    };
    let comparison = move || {
        let (Some((_, b)), Some((_, a))) = (pick(before.get()), pick(after.get())) else {
            return ().into_any();
        };
        let (moved, goals) = state.catalogue.with(|c| iteration::compare(c, &b, &a));
        let t = i18n.t();
        view! {
            <h3>{t.iterations().moved}</h3>
            {moved.is_empty().then(|| view! { <p class="muted">{t.iterations().nothing_moved}</p> })}
            {(!moved.is_empty()).then(|| view! {
                <div class="table-scroll" role="region" tabindex="0" aria-label=t.layout.moved_table><table class="data-table"><thead><tr>
                    <th scope="col">{t.iterations().activity}</th><th scope="col">{t.iterations().status_change}</th><th scope="col">{t.iterations().points_change}</th>
                </tr></thead><tbody>
                    {moved.into_iter().map(|m| view! { <tr>
                        <th scope="row">{m.activity}</th>
                        <td>{status_label(t, m.status_before)} " → " {status_label(t, m.status_after)}</td>
                        <td>{m.points_before} " → " {m.points_after}</td>
                    </tr> }).collect_view()}
                </tbody></table></div>
            })}
            <div class="table-scroll" role="region" tabindex="0" aria-label=t.layout.goals_table><table class="data-table"><thead><tr><th scope="col">{t.iterations().goal_change}</th><th scope="col">{t.iterations().before}</th><th scope="col">{t.iterations().after}</th></tr></thead>
                <tbody>{goals.into_iter().map(|(g, b, a)| {
                    let name = state.catalogue.with(|c| c.goal(&g).map(|x| x.name.clone()).unwrap_or(g));
                    view! { <tr><th scope="row">{name}</th><td>{percent(i18n.lang.get(), b)}</td><td>{percent(i18n.lang.get(), a)}</td></tr> }
                }).collect_view()}</tbody>
            </table></div>
        }
        .into_any()
    };
    let select = move |id: &'static str,
                       text: fn(&'static ggi_core::i18n::Messages) -> &'static str,
                       value: ReadSignal<usize>,
                       set: WriteSignal<usize>| {
        view! {
            <label for=id>{move || text(i18n.t())}</label>
            <select id=id on:change=move |ev| set.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || options.get().into_iter().enumerate().map(|(i, (n, _))| {
                    let last = options.with(|o| o.len().saturating_sub(1));
                    view! { <option value=i.to_string() selected=move || value.get().min(last) == i>{label(&n)}</option> }
                }).collect_view()}
            </select>
        }
    };
    let series = Signal::derive(move || {
        state
            .workspace()
            .map(|w| state.catalogue.with(|c| iteration::trend(c, &w)))
            .unwrap_or_default()
    });
    let goals = Signal::derive(move || {
        state.catalogue.with(|c| {
            c.goals
                .iter()
                .map(|g| (g.id.clone(), g.name.clone()))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <h1 tabindex="-1">{i18n.text(|m| m.iterations().title)}</h1>
        <p class="lead">{i18n.text(|m| m.iterations().intro)}</p>
        <section class="panel" aria-labelledby="current-heading">
            <h2 id="current-heading">{i18n.text(|m| m.iterations().current)}</h2>
            {move || match current() {
                Some(it) => view! {
                    <p><strong>{it.name.clone()}</strong> " " {period(i18n.t(), it.start.as_deref(), it.end.as_deref())}</p>
                    <button type="button" on:click=on_close>{i18n.text(|m| m.iterations().close)}</button>
                }.into_any(),
                None => view! {
                    <p class="muted">{i18n.text(|m| m.iterations().none_open)}</p>
                    <form class="field-grid" on:submit=on_start>
                        <label class="field"><span>{i18n.text(|m| m.iterations().name)}</span>
                            <input type="text" required maxlength=NAME prop:value=move || name.get() on:input=move |ev| set_name.set(event_target_value(&ev))/>
                            <CharCount text=name max=NAME/></label>
                        <label class="field"><span>{i18n.text(|m| m.iterations().start_date)}</span>
                            <input type="date" prop:value=move || start.get() on:change=move |ev| set_start.set(event_target_value(&ev))/></label>
                        <label class="field"><span>{i18n.text(|m| m.iterations().end_date)}</span>
                            <input type="date" prop:value=move || end.get() on:change=move |ev| set_end.set(event_target_value(&ev))/></label>
                        <div class="actions"><button type="submit">{i18n.text(|m| m.iterations().start)}</button></div>
                    </form>
                }.into_any(),
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
        <section class="panel" aria-labelledby="closed-heading">
            <h2 id="closed-heading">{i18n.text(|m| m.iterations().closed)}</h2>
            <ul>{move || iterations.get().into_iter().filter_map(|i| i.snapshot.clone().map(|s| (i, s))).map(|(i, s)| {
                let pct = s.points(None).percent();
                view! { <li><strong>{i.name.clone()}</strong> " " {period(i18n.t(), i.start.as_deref(), i.end.as_deref())} " · "
                    {fill(i18n.t().iterations().closed_on, &[("date", &date(i18n.lang.get(), &s.taken_at))])} " · "
                    {fill(i18n.t().iterations().overall_at, &[("pct", &percent(i18n.lang.get(), pct))])}</li> }
            }).collect_view()}</ul>
        </section>
        <section class="panel" aria-labelledby="trend-heading">
            <h2 id="trend-heading">{i18n.text(|m| m.iterations().trend)}</h2>
            {move || if series.with(Vec::is_empty) {
                view! { <p class="muted">{i18n.text(|m| m.iterations().trend_empty)}</p> }.into_any()
            } else {
                view! { <TrendChart series=series goals=goals/> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{i18n.text(|m| m.iterations().compare)}</h2>
            <div class="filters">
                <div class="field">{select("compare-before", |t| t.iterations().before, before, set_before)}</div>
                <div class="field">{select("compare-after", |t| t.iterations().after, after, set_after)}</div>
            </div>
            {comparison}
        </section>
    }
}

fn period(t: &'static Messages, start: Option<&str>, end: Option<&str>) -> String {
    let lang = t.lang;
    match (start, end) {
        (None, None) => String::new(),
        (s, e) => fill(
            t.iterations().period,
            &[
                ("start", &s.map(|d| date(lang, d)).unwrap_or_default()),
                ("end", &e.map(|d| date(lang, d)).unwrap_or_default()),
            ],
        ),
    }
}
