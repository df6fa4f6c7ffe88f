use super::messages;

messages! {
    /// Tracking an activity: status, verification points, scorecard, objectives.
    JourneyMsgs {
        your_progress: "Your progress", "Votre avancement", "Ihr Fortschritt";
        status: "Status", "Statut", "Status";
        not_applicable_reason: "Why it does not apply (optional)", "Pourquoi elle ne s’applique pas (facultatif)", "Warum sie nicht zutrifft (optional)";
        owner: "Owner", "Responsable", "Verantwortlich";
        target_date: "Target date", "Date visée", "Zieldatum";
        point_met: "Met", "Validé", "Erfüllt";
        evidence: "Evidence (note or link)", "Preuve (note ou lien)", "Nachweis (Notiz oder Link)";
        ticked_on: "Ticked on", "Coché le", "Abgehakt am";
        points_met: "{done} of {total} verification points met", "Points de vérification validés : {done} sur {total}", "{done} von {total} Prüfpunkten erfüllt";
        saved: "Saved", "Enregistré", "Gespeichert";
        scorecard: "Customised Activity Scorecard", "Fiche d’activité personnalisée", "Angepasste Aktivitäts-Scorecard";
        scorecard_intro: "Write what this activity means for your organisation. Markdown is allowed: **bold**, *italic*, lists with -, [links](https://…).", "Décrivez ce que cette activité signifie pour votre organisation. Le Markdown est accepté : **gras**, *italique*, listes avec -, [liens](https://…).", "Beschreiben Sie, was diese Aktivität für Ihre Organisation bedeutet. Markdown ist erlaubt: **fett**, *kursiv*, Listen mit -, [Links](https://…).";
        sc_description: "Customised description (scope here)", "Description personnalisée (périmètre)", "Angepasste Beschreibung (Umfang hier)";
        sc_opportunity: "Opportunity assessment (why it matters here)", "Évaluation de l’opportunité (pourquoi ici)", "Chancenbewertung (warum es hier zählt)";
        sc_tools: "Tools used", "Outils utilisés", "Eingesetzte Werkzeuge";
        sc_notes: "Operational notes (approach, method)", "Notes opérationnelles (approche, méthode)", "Operative Notizen (Vorgehen, Methode)";
        preview: "Preview", "Aperçu", "Vorschau";
        edit: "Edit", "Modifier", "Bearbeiten";
        empty_preview: "Nothing written yet.", "Rien d’écrit pour l’instant.", "Noch nichts geschrieben.";
        objectives: "Objectives for this iteration", "Cibles de cette itération", "Vorhaben dieser Iteration";
        objectives_summary: "{done} of {total} objectives done", "Cibles atteintes : {done} sur {total}", "{done} von {total} Vorhaben erledigt";
        objective_text: "Objective", "Cible", "Vorhaben";
        objective_done: "Done", "Atteinte", "Erledigt";
        objective_due: "Due", "Échéance", "Fällig";
        add_objective: "Add objective", "Ajouter une cible", "Vorhaben hinzufügen";
        new_objective: "New objective", "Nouvelle cible", "Neues Vorhaben";
        move_up: "Move up", "Monter", "Nach oben";
        move_down: "Move down", "Descendre", "Nach unten";
        delete: "Delete", "Supprimer", "Löschen";
        no_objectives: "No objectives yet.", "Aucune cible pour l’instant.", "Noch keine Vorhaben.";
        rating: "Rating (0–5)", "Note (0–5)", "Bewertung (0–5)";
        rating_none: "Not rated", "Non noté", "Nicht bewertet";
        custom_point: "Add your own verification point", "Ajouter votre propre point de vérification", "Eigenen Prüfpunkt hinzufügen";
        custom_point_label: "Text of the verification point", "Texte du point de vérification", "Text des Prüfpunkts";
        add: "Add", "Ajouter", "Hinzufügen";
        custom_mark: "custom", "personnalisé", "eigener";
        remove_point: "Remove this custom point", "Retirer ce point personnalisé", "Diesen eigenen Prüfpunkt entfernen";
        date_ticked_label: "Date ticked", "Date de validation", "Abhakdatum";
    }
}
