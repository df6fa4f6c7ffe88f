use super::messages;

messages! {
    /// The dashboard.
    DashboardMsgs {
        title: "Dashboard", "Tableau de bord", "Übersicht";
        scope_note: "Figures count only activities in scope: Planned, In progress or Done. Not selected and Not applicable activities are left out.", "Les chiffres ne comptent que les activités retenues : prévues, en cours ou terminées. Les activités non retenues ou non applicables sont exclues.", "Die Zahlen zählen nur einbezogene Aktivitäten: geplant, in Arbeit oder erledigt. Nicht ausgewählte und nicht anwendbare Aktivitäten bleiben außen vor.";
        overall: "Overall progress", "Avancement global", "Gesamtfortschritt";
        by_goal: "Progress by goal", "Avancement par objectif", "Fortschritt nach Ziel";
        in_scope: "{n} of {total} activities in scope, {done} done", "Activités retenues : {n} sur {total} ; terminées : {done}", "{n} von {total} Aktivitäten einbezogen, {done} erledigt";
        nothing_in_scope: "No activity is in scope yet. Open an activity from the catalogue and set its status to Planned or In progress.", "Aucune activité n’est encore retenue. Ouvrez une activité du catalogue et passez son statut à « Prévue » ou « En cours ».", "Noch ist keine Aktivität einbezogen. Öffnen Sie eine Aktivität im Katalog und setzen Sie ihren Status auf „Geplant“ oder „In Arbeit“.";
        objectives: "Objectives", "Cibles", "Vorhaben";
        radar_title: "Progress by goal (radar chart)", "Avancement par objectif (graphique en radar)", "Fortschritt nach Ziel (Netzdiagramm)";
        radar_table: "Progress by goal, as a table", "Avancement par objectif, sous forme de tableau", "Fortschritt nach Ziel als Tabelle";
        goal: "Goal", "Objectif", "Ziel";
        points_met: "Points met", "Points validés", "Erfüllte Punkte";
        percent: "Percent", "Pourcentage", "Prozent";
        heatmap: "Status of every activity", "Statut de chaque activité", "Status aller Aktivitäten";
        current: "Current activities (in progress)", "Activités en cours", "Laufende Aktivitäten";
        completed: "Completed activities", "Activités terminées", "Abgeschlossene Aktivitäten";
        suggested: "Suggested next activities", "Activités suivantes suggérées", "Vorgeschlagene nächste Aktivitäten";
        suggested_intro: "Proposed by the handbook as next steps after activities you have done or started, and not selected yet.", "Proposées par le manuel comme suites des activités terminées ou commencées, et pas encore retenues.", "Vom Handbuch als nächste Schritte nach erledigten oder begonnenen Aktivitäten vorgeschlagen und noch nicht ausgewählt.";
        proposed_by: "Proposed by {ids}", "Proposée par {ids}", "Vorgeschlagen von {ids}";
        overdue: "Overdue objectives", "Cibles en retard", "Überfällige Vorhaben";
        due_on: "due {date}", "échéance {date}", "fällig am {date}";
        none: "None.", "Aucune.", "Keine.";
        none_overdue: "No overdue objective.", "Aucune cible en retard.", "Keine überfälligen Vorhaben.";
        role_view: "Role view", "Vue par rôle", "Rollenansicht";
        everyone: "Everyone", "Tout le monde", "Alle";
        plan: "Plan", "Prévoir", "Planen";
        workspace: "Workspace: {name}", "Espace de travail : {name}", "Arbeitsbereich: {name}";
    }
}
