use super::messages;

messages! {
    /// The portfolio page (every workspace side by side) and the downloadable web-page report.
    PortfolioMsgs {
        nav: "Portfolio", "Portefeuille", "Portfolio";
        title: "Portfolio of workspaces", "Portefeuille des espaces de travail", "Portfolio der Arbeitsbereiche";
        intro: "Every workspace side by side: departments, business units or projects. Pick the workspaces to compare; the choice stays in the address, so you can bookmark or share it.", "Tous les espaces de travail côte à côte : départements, entités ou projets. Choisissez ceux à comparer ; le choix reste dans l’adresse, pour la garder en favori ou la partager.", "Alle Arbeitsbereiche nebeneinander: Abteilungen, Geschäftsbereiche oder Projekte. Wählen Sie die zu vergleichenden Bereiche; die Auswahl bleibt in der Adresse, zum Speichern oder Teilen.";
        pick: "Workspaces to compare", "Espaces à comparer", "Zu vergleichende Arbeitsbereiche";
        pick_all: "Select all", "Tout sélectionner", "Alle auswählen";
        pick_none: "Clear selection", "Tout désélectionner", "Auswahl aufheben";
        selected: "{n} of {total} workspaces selected", "Espaces sélectionnés : {n} sur {total}", "{n} von {total} Arbeitsbereichen ausgewählt";
        nothing_selected: "No workspace is selected. Tick at least one above.", "Aucun espace n’est sélectionné. Cochez-en au moins un ci-dessus.", "Kein Arbeitsbereich ist ausgewählt. Wählen Sie oben mindestens einen.";
        grid_title: "Progress by goal in each workspace", "Avancement par objectif dans chaque espace", "Fortschritt nach Ziel in jedem Arbeitsbereich";
        grid_note: "Share of verification points met in the activities in scope; darker cells are further along.", "Part des points de vérification validés dans les activités retenues ; les cellules plus foncées sont plus avancées.", "Anteil der erfüllten Prüfpunkte in den einbezogenen Aktivitäten; dunklere Zellen sind weiter fortgeschritten.";
        col_workspace: "Workspace", "Espace de travail", "Arbeitsbereich";
        col_overall: "Overall", "Global", "Gesamt";
        lowest: "Lowest", "Minimum", "Niedrigster";
        median: "Median", "Médiane", "Median";
        highest: "Highest", "Maximum", "Höchster";
        activities_title: "Status of each activity in each workspace", "Statut de chaque activité dans chaque espace", "Status jeder Aktivität in jedem Arbeitsbereich";
        col_in_progress: "Scopes in progress", "Périmètres en cours", "Bereiche in Arbeit";
        col_done: "Scopes done", "Périmètres terminés", "Bereiche erledigt";
        radar_title: "Progress by goal, one outline per workspace (radar chart)", "Avancement par objectif, un contour par espace (graphique en radar)", "Fortschritt nach Ziel, eine Linie je Arbeitsbereich (Netzdiagramm)";
        radar_table: "Progress by goal per workspace, as a table", "Avancement par objectif et par espace, sous forme de tableau", "Fortschritt nach Ziel je Arbeitsbereich als Tabelle";
        radar_limited: "The radar shows the first {shown} of {total} selected workspaces to stay readable; the grid and the table show them all.", "Le radar montre les {shown} premiers des {total} espaces sélectionnés pour rester lisible ; la grille et le tableau les montrent tous.", "Das Netzdiagramm zeigt die ersten {shown} von {total} ausgewählten Arbeitsbereichen, damit es lesbar bleibt; Raster und Tabelle zeigen alle.";
        legend: "Legend", "Légende", "Legende";
        actions_label: "Portfolio actions", "Actions du portefeuille", "Aktionen zum Portfolio";
        export_csv: "Download the portfolio (CSV)", "Télécharger le portefeuille (CSV)", "Portfolio herunterladen (CSV)";
        export_html: "Download as a web page", "Télécharger en page web", "Als Webseite herunterladen";
        csv_grid: "Progress by goal (% of verification points met)", "Avancement par objectif (% des points de vérification validés)", "Fortschritt nach Ziel (% erfüllter Prüfpunkte)";
        csv_activities: "Status of each activity", "Statut de chaque activité", "Status jeder Aktivität";
        html_note: "A self-contained copy: it opens in any browser, runs no script and loads nothing.", "Une copie autonome : elle s’ouvre dans tout navigateur, n’exécute aucun script et ne charge rien.", "Eine eigenständige Kopie: Sie öffnet sich in jedem Browser, führt kein Skript aus und lädt nichts nach.";
        workspaces_count: "Workspaces compared: {n}", "Espaces comparés : {n}", "Verglichene Arbeitsbereiche: {n}";
    }
}
