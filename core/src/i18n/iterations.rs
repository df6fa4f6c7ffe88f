use super::messages;

messages! {
    /// Iterations, snapshots, comparison and trend.
    IterationMsgs {
        title: "Iterations", "Itérations", "Iterationen";
        intro: "Work in iterations, for example half-years. Closing an iteration freezes a snapshot of every activity; the next one starts from where you are.", "Travaillez par itérations, par exemple par semestre. Clore une itération fige un instantané de chaque activité ; la suivante repart de là où vous en êtes.", "Arbeiten Sie in Iterationen, etwa Halbjahren. Beim Abschluss einer Iteration wird eine Momentaufnahme jeder Aktivität eingefroren; die nächste beginnt beim aktuellen Stand.";
        current: "Current iteration", "Itération en cours", "Aktuelle Iteration";
        none_open: "No iteration is open.", "Aucune itération n’est ouverte.", "Keine Iteration ist offen.";
        start_new: "Start an iteration", "Commencer une itération", "Iteration beginnen";
        name: "Name (e.g. 2027 H1)", "Nom (ex. 2027 S1)", "Name (z. B. 2027 H1)";
        start_date: "Start date", "Date de début", "Startdatum";
        end_date: "End date", "Date de fin", "Enddatum";
        start: "Start", "Commencer", "Beginnen";
        close: "Close this iteration and freeze a snapshot", "Clore cette itération et figer un instantané", "Iteration abschließen und Momentaufnahme einfrieren";
        closed: "Closed iterations", "Itérations closes", "Abgeschlossene Iterationen";
        closed_on: "closed {date}", "close le {date}", "abgeschlossen am {date}";
        period: "{start} – {end}", "{start} – {end}", "{start} – {end}";
        overall_at: "{pct} of verification points met", "{pct} des points de vérification validés", "{pct} der Prüfpunkte erfüllt";
        compare: "Compare two snapshots", "Comparer deux instantanés", "Zwei Momentaufnahmen vergleichen";
        before: "Before", "Avant", "Vorher";
        after: "After", "Après", "Nachher";
        now: "Now (current state)", "Maintenant (état actuel)", "Jetzt (aktueller Stand)";
        moved: "What moved", "Ce qui a bougé", "Was sich bewegt hat";
        nothing_moved: "Nothing changed between these two.", "Rien n’a changé entre les deux.", "Zwischen beiden hat sich nichts geändert.";
        activity: "Activity", "Activité", "Aktivität";
        status_change: "Status", "Statut", "Status";
        points_change: "Points met", "Points validés", "Erfüllte Punkte";
        goal_change: "Goal", "Objectif", "Ziel";
        trend: "Trend across iterations", "Tendance au fil des itérations", "Verlauf über die Iterationen";
        trend_empty: "Close an iteration to start the trend.", "Clôturez une itération pour démarrer la tendance.", "Schließen Sie eine Iteration ab, um den Verlauf zu beginnen.";
        trend_table: "Trend, as a table", "Tendance, sous forme de tableau", "Verlauf als Tabelle";
        overall: "Overall", "Global", "Gesamt";
        iteration: "Iteration", "Itération", "Iteration";
    }
}
