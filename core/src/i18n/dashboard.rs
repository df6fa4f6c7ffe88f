use super::messages;

messages! {
    /// The dashboard.
    DashboardMsgs {
        title: "Dashboard", "Tableau de bord", "Übersicht";
        scope_note: "Figures count only activities in scope: Planned, In progress or Done. Not selected and Not applicable activities are left out.", "Les chiffres ne comptent que les activités retenues : prévues, en cours ou terminées. Les activités non retenues ou non applicables sont exclues.", "Die Zahlen zählen nur Aktivitäten im Umfang: geplant, in Arbeit oder erledigt. Nicht ausgewählte und nicht anwendbare Aktivitäten bleiben außen vor.";
        overall: "Overall progress", "Avancement global", "Gesamtfortschritt";
        by_goal: "Progress by goal", "Avancement par objectif", "Fortschritt nach Ziel";
        in_scope: "{n} of {total} activities in scope, {done} done", "{n} activités retenues sur {total}, {done} terminées", "{n} von {total} Aktivitäten im Umfang, {done} erledigt";
        nothing_in_scope: "No activity is in scope yet. Open an activity from the catalogue and set its status to Planned or In progress.", "Aucune activité n’est encore retenue. Ouvrez une activité du catalogue et passez son statut à « Prévue » ou « En cours ».", "Noch keine Aktivität ist im Umfang. Öffnen Sie eine Aktivität im Katalog und setzen Sie ihren Status auf „Geplant“ oder „In Arbeit“.";
        objectives: "Objectives", "Objectifs", "Ziele";
    }
}
