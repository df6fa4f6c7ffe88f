use super::messages;

messages! {
    /// Tracking an activity: status, verification points, scorecard, objectives.
    JourneyMsgs {
        your_progress: "Your progress", "Votre avancement", "Ihr Fortschritt";
        status: "Status", "Statut", "Status";
        not_applicable_reason: "Why it does not apply (optional)", "Pourquoi elle ne s’applique pas (facultatif)", "Warum sie nicht zutrifft (optional)";
        owner: "Owner", "Responsable", "Verantwortlich";
        target_date: "Target date", "Date cible", "Zieldatum";
        point_met: "Met", "Atteint", "Erfüllt";
        evidence: "Evidence (note or link)", "Preuve (note ou lien)", "Nachweis (Notiz oder Link)";
        ticked_on: "Ticked on", "Coché le", "Abgehakt am";
        points_met: "{done} of {total} verification points met", "{done} points de vérification atteints sur {total}", "{done} von {total} Prüfpunkten erfüllt";
        saved: "Saved", "Enregistré", "Gespeichert";
    }
}
