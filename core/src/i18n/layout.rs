use super::messages;

messages! {
    /// The layout on small screens: the menu button that holds the navigation and the display
    /// settings on a phone, and the labels of tables that scroll sideways inside their own box.
    LayoutMsgs {
        menu: "Menu", "Menu", "Menü";
        theme_now: "Theme: {name}", "Thème : {name}", "Design: {name}";
        menu_settings: "Display and language", "Affichage et langue", "Anzeige und Sprache";
        moved_table: "Activities that moved", "Activités qui ont évolué", "Veränderte Aktivitäten";
        goals_table: "Change in progress by goal", "Évolution de l’avancement par objectif", "Veränderung des Fortschritts nach Ziel";
    }
}
