//! The sample organisation's own words, in each language of the interface: a French or German
//! evaluator sees a French or German journey, as their own would be.

use crate::i18n::Lang;

/// An objective of the sample: what, and who owns it.
pub struct Objective {
    pub text: &'static str,
    pub owner: &'static str,
}

/// Everything the sample writes in a language.
pub struct Wording {
    pub workspace: &'static str,
    pub organisation: &'static str,
    /// Half-year iterations are named `<year> <half><n>`: H1, S1 (semestre), H1 (Halbjahr).
    pub half: &'static str,
    pub not_applicable: &'static str,
    pub owner: &'static str,
    pub description: &'static str,
    pub opportunity: &'static str,
    pub tools: &'static str,
    pub notes: &'static str,
    pub evidence: &'static str,
    pub compliance: [Objective; 3],
    pub sbom: Objective,
}

pub fn wording(lang: Lang) -> Wording {
    match lang {
        Lang::En => Wording {
            workspace: "City of Exampleton (sample)",
            organisation: "City of Exampleton",
            half: "H",
            not_applicable: "HR policy is set by the regional administration, not by the city.",
            owner: "Legal & OSPO",
            description: "All software the city **builds or buys**: licence review for every new dependency and every procurement.",
            opportunity: "Two audits in 2025 found unclear licences in vendor deliveries. A repeatable check protects the city and its suppliers.",
            tools: "- ScanCode Toolkit in the CI pipeline\n- An SPDX licence list kept by the legal team",
            notes: "Legal reviews exceptions within ten working days. See the [OSPO wiki](https://intranet.example/ospo).",
            evidence: "Licence checklist v2 on the OSPO wiki",
            compliance: [
                Objective { text: "Publish the licence review checklist", owner: "M. Durand" },
                Objective { text: "Add licence scanning to the three main pipelines", owner: "Platform team" },
                Objective { text: "Train buyers on open source licence clauses", owner: "Procurement" },
            ],
            sbom: Objective { text: "Generate an SBOM for every release", owner: "Platform team" },
        },
        Lang::Fr => Wording {
            workspace: "Ville d’Exempleville (exemple)",
            organisation: "Ville d’Exempleville",
            half: "S",
            not_applicable: "La politique RH est fixée par l’administration régionale, pas par la ville.",
            owner: "Juridique et OSPO",
            description: "Tous les logiciels que la ville **développe ou achète** : revue des licences pour chaque nouvelle dépendance et chaque marché.",
            opportunity: "Deux audits en 2025 ont relevé des licences peu claires dans des livraisons de prestataires. Une vérification systématique protège la ville et ses fournisseurs.",
            tools: "- ScanCode Toolkit dans la chaîne d’intégration continue\n- Une liste de licences SPDX tenue par le service juridique",
            notes: "Le service juridique examine les exceptions sous dix jours ouvrés. Voir le [wiki de l’OSPO](https://intranet.example/ospo).",
            evidence: "Liste de contrôle des licences v2 sur le wiki de l’OSPO",
            compliance: [
                Objective { text: "Publier la liste de contrôle des licences", owner: "M. Durand" },
                Objective { text: "Ajouter l’analyse des licences aux trois principales chaînes d’intégration", owner: "Équipe plateforme" },
                Objective { text: "Former le service des achats aux clauses de licence open source", owner: "Achats" },
            ],
            sbom: Objective { text: "Produire un SBOM pour chaque version", owner: "Équipe plateforme" },
        },
        Lang::De => Wording {
            workspace: "Stadt Beispielstadt (Beispiel)",
            organisation: "Stadt Beispielstadt",
            half: "H",
            not_applicable: "Die Personalpolitik legt die Landesverwaltung fest, nicht die Stadt.",
            owner: "Recht & OSPO",
            description: "Alle Software, die die Stadt **entwickelt oder einkauft**: Lizenzprüfung für jede neue Abhängigkeit und jede Beschaffung.",
            opportunity: "Zwei Audits fanden 2025 unklare Lizenzen in Lieferungen von Anbietern. Eine wiederholbare Prüfung schützt die Stadt und ihre Lieferanten.",
            tools: "- ScanCode Toolkit in der CI-Pipeline\n- Eine SPDX-Lizenzliste, gepflegt von der Rechtsabteilung",
            notes: "Die Rechtsabteilung prüft Ausnahmen innerhalb von zehn Arbeitstagen. Siehe das [OSPO-Wiki](https://intranet.example/ospo).",
            evidence: "Lizenz-Checkliste v2 im OSPO-Wiki",
            compliance: [
                Objective { text: "Die Checkliste für die Lizenzprüfung veröffentlichen", owner: "M. Durand" },
                Objective { text: "Lizenzscans in die drei wichtigsten Pipelines aufnehmen", owner: "Plattform-Team" },
                Objective { text: "Das Einkaufsteam zu Lizenzklauseln für Open Source schulen", owner: "Einkauf" },
            ],
            sbom: Objective { text: "Für jedes Release eine SBOM erzeugen", owner: "Plattform-Team" },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{glossary, typography};

    fn texts(w: &Wording) -> Vec<&'static str> {
        let mut out = vec![
            w.workspace,
            w.organisation,
            w.not_applicable,
            w.owner,
            w.description,
            w.opportunity,
            w.tools,
            w.notes,
            w.evidence,
            w.sbom.text,
            w.sbom.owner,
        ];
        out.extend(w.compliance.iter().flat_map(|o| [o.text, o.owner]));
        out
    }

    #[test]
    fn the_sample_follows_the_glossary_and_the_typography() {
        let english = texts(&wording(Lang::En));
        for lang in [Lang::Fr, Lang::De] {
            let terms = glossary::glossary(lang).unwrap();
            let check = match lang {
                Lang::Fr => typography::french,
                _ => typography::german,
            };
            for (ours, en) in texts(&wording(lang)).into_iter().zip(&english) {
                let breaches = terms.check(ours, en, glossary::Scope::Everywhere);
                assert!(breaches.is_empty(), "{lang:?} {ours:?}: {breaches:?}");
                assert!(
                    check(ours).is_empty(),
                    "{lang:?} {ours:?}: {:?}",
                    check(ours)
                );
            }
        }
    }
}
