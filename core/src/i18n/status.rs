use super::messages;

messages! {
    /// Activity statuses and priorities.
    StatusMsgs {
        not_selected: "Not selected", "Non retenue", "Nicht ausgewählt";
        planned: "Planned", "Prévue", "Geplant";
        in_progress: "In progress", "En cours", "In Arbeit";
        done: "Done", "Terminée", "Erledigt";
        not_applicable: "Not applicable", "Non applicable", "Nicht anwendbar";
        priority: "Priority", "Priorité", "Priorität";
        priority_none: "None", "Aucune", "Keine";
        high: "High", "Haute", "Hoch";
        medium: "Medium", "Moyenne", "Mittel";
        low: "Low", "Basse", "Niedrig";
    }
}
