//! A realistic, filled-in journey for people evaluating the tool: a city's digital department
//! two iterations into the GGI, written in the language of the interface.

mod wording;

use crate::catalogue::Catalogue;
use crate::i18n::Lang;
use crate::iteration;
use crate::journey::{
    self, add_objective, objective_mut, progress_mut, set_evidence, set_point, set_status,
};
use crate::progress::{Priority, Status};
use crate::schema::{OrganisationKind, OrganisationSize, Profile, Workspace};

/// Builds the sample workspace with the given id, in `lang`. Points are ticked by position, so
/// the sample works with any catalogue that has the handbook's activities.
pub fn organisation(catalogue: &Catalogue, id: &str, now: &str, lang: Lang) -> Workspace {
    let w = wording::wording(lang);
    // Dates follow the current year so the sample always has a past, a present and overdue work.
    let year: i32 = now.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2027);
    let (last, this, next) = (year - 1, year, year + 1);
    let d = |y: i32, md: &str| format!("{y}-{md}");
    let half = |y: i32, n: u8| format!("{y} {}{n}", w.half);
    let mut ws = Workspace::new(id, w.workspace, catalogue, now);
    ws.profile = Profile {
        organisation: w.organisation.into(),
        kind: Some(OrganisationKind::PublicAdministration),
        size: Some(OrganisationSize::Medium),
        roles: vec![
            "developer".into(),
            "team-leader".into(),
            "decision-maker".into(),
        ],
        goals: vec!["usage".into(), "trust".into(), "strategy".into()],
        onboarded: true,
    };
    let tick = |ws: &mut Workspace, activity: &str, count: usize, date: &str| {
        let ids: Vec<String> = catalogue
            .activity(activity)
            .map(|a| {
                a.verification_points
                    .iter()
                    .take(count)
                    .map(|v| v.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        for p in ids {
            set_point(ws, activity, &p, true, date, now);
        }
    };

    // Iteration 1: foundations.
    let _ = iteration::start(
        &mut ws,
        &half(last, 2),
        Some(d(last, "07-01")),
        Some(d(last, "12-18")),
        "1",
    );
    for a in ["GGI-A-17", "GGI-A-21", "GGI-A-16"] {
        set_status(&mut ws, a, Status::InProgress, now);
    }
    tick(&mut ws, "GGI-A-17", 2, &d(last, "09-12"));
    tick(&mut ws, "GGI-A-21", 2, &d(last, "11-20"));
    let _ = iteration::close(catalogue, &mut ws, &format!("{last}-12-18T17:00:00Z"));

    // Iteration 2: inventory done, compliance and dependencies under way.
    let _ = iteration::start(
        &mut ws,
        &half(this, 1),
        Some(d(this, "01-05")),
        Some(d(this, "06-30")),
        "2",
    );
    set_status(&mut ws, "GGI-A-17", Status::Done, now);
    tick(&mut ws, "GGI-A-17", 5, &d(this, "03-30"));
    tick(&mut ws, "GGI-A-21", 5, &d(this, "05-04"));
    for a in ["GGI-A-23", "GGI-A-43", "GGI-A-18"] {
        set_status(&mut ws, a, Status::InProgress, now);
    }
    tick(&mut ws, "GGI-A-23", 2, &d(this, "04-15"));
    tick(&mut ws, "GGI-A-16", 1, &d(this, "06-01"));
    let _ = iteration::close(catalogue, &mut ws, &format!("{this}-06-30T17:00:00Z"));

    // Iteration 3, open: the current plan.
    let _ = iteration::start(
        &mut ws,
        &half(this, 2),
        Some(d(this, "07-01")),
        Some(d(this, "12-18")),
        "3",
    );
    set_status(&mut ws, "GGI-A-22", Status::Planned, now);
    set_status(&mut ws, "GGI-A-34", Status::Planned, now);
    set_status(&mut ws, "GGI-A-28", Status::NotApplicable, now);
    progress_mut(&mut ws, "GGI-A-28", now).not_applicable_reason = w.not_applicable.into();
    tick(&mut ws, "GGI-A-43", 1, &d(this, "07-20"));

    let p = progress_mut(&mut ws, "GGI-A-21", now);
    p.priority = Some(Priority::High);
    p.owner = w.owner.into();
    p.target_date = Some(d(this, "12-18"));
    p.scorecard.description = w.description.into();
    p.scorecard.opportunity = w.opportunity.into();
    p.scorecard.tools = w.tools.into();
    p.scorecard.notes = w.notes.into();
    let first_point = catalogue
        .activity("GGI-A-21")
        .and_then(|a| a.verification_points.first())
        .map(|v| v.id.clone());
    if let Some(point) = first_point {
        set_evidence(&mut ws, "GGI-A-21", &point, w.evidence, now);
    }
    let [checklist, scanning, training] = &w.compliance;
    for (n, (objective, due, done)) in [
        (checklist, d(this, "08-15"), true),
        (scanning, d(next, "03-31"), false),
        (training, d(this, "09-30"), false),
    ]
    .into_iter()
    .enumerate()
    {
        let id = add_objective(
            &mut ws,
            "GGI-A-21",
            objective.text,
            now,
            &(n + 1).to_string(),
        );
        if let Some(o) = objective_mut(&mut ws, "GGI-A-21", &id, now) {
            o.owner = objective.owner.into();
            o.due = Some(due);
            o.done = done;
        }
    }
    let id = journey::add_objective(&mut ws, "GGI-A-23", w.sbom.text, now, "1");
    if let Some(o) = objective_mut(&mut ws, "GGI-A-23", &id, now) {
        o.owner = w.sbom.owner.into();
        o.due = Some(d(next, "05-31"));
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring;

    #[test]
    fn the_sample_has_history_progress_and_an_open_iteration() {
        let c = Catalogue::embedded();
        let ws = organisation(&c, "sample", "2027-11-02T00:00:00Z", Lang::En);
        assert_eq!(ws.iterations.len(), 3);
        assert_eq!(iteration::trend(&c, &ws).len(), 2);
        assert_eq!(
            iteration::current(&ws).map(|i| i.name.as_str()),
            Some("2027 H2")
        );
        let s = scoring::overall(&c, &ws, None);
        assert!(s.in_scope >= 7 && s.points.done >= 12, "{s:?}");
        assert_eq!(ws.activities["GGI-A-17"].status, Status::Done);
        assert_eq!(
            crate::advice::overdue_objectives(&ws, "2027-11-02").len(),
            1
        );
        // The sample is a valid document for import and export.
        let mut d = crate::schema::Document::new(&c, "t");
        d.workspaces.push(ws);
        assert_eq!(crate::validate::document(&mut d.clone(), &c), Ok(vec![]));
    }

    #[test]
    fn the_sample_speaks_the_language_of_the_interface() {
        let c = Catalogue::embedded();
        let english = organisation(&c, "sample", "2027-11-02T00:00:00Z", Lang::En);
        let texts = |ws: &Workspace| {
            let p = &ws.activities["GGI-A-21"];
            let mut all = vec![ws.name.clone(), ws.profile.organisation.clone()];
            all.extend([
                p.owner.clone(),
                p.scorecard.description.clone(),
                p.scorecard.notes.clone(),
            ]);
            all.extend(p.objectives.iter().map(|o| o.text.clone()));
            all.push(ws.activities["GGI-A-28"].not_applicable_reason.clone());
            all
        };
        for (lang, name, iteration) in [
            (Lang::Fr, "Ville d’Exempleville (exemple)", "2027 S2"),
            (Lang::De, "Stadt Beispielstadt (Beispiel)", "2027 H2"),
        ] {
            let ws = organisation(&c, "sample", "2027-11-02T00:00:00Z", lang);
            assert_eq!(ws.name, name);
            assert_eq!(
                iteration::current(&ws).map(|i| i.name.as_str()),
                Some(iteration)
            );
            // The same journey: only the words differ.
            assert_eq!(
                scoring::overall(&c, &ws, None),
                scoring::overall(&c, &english, None)
            );
            let english_texts = texts(&english);
            for text in texts(&ws) {
                assert!(
                    !english_texts.contains(&text),
                    "{lang:?} sample keeps the English {text:?}"
                );
            }
        }
    }
}
