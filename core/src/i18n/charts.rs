use super::messages;

messages! {
    /// Legends, keys and point labels of the charts (trend, radar, status heat-map).
    ChartMsgs {
        legend: "Legend", "Légende", "Legende";
        overall: "Overall", "Global", "Gesamt";
        point: "{series}, {iteration}: {pct}", "{series}, {iteration} : {pct}", "{series}, {iteration}: {pct}";
        now: "Now", "Maintenant", "Jetzt";
        previous: "At the close of {name}", "À la clôture de {name}", "Beim Abschluss von {name}";
        previous_column: "{name} (closed)", "{name} (close)", "{name} (abgeschlossen)";
        status_key: "Status key", "Légende des statuts", "Legende der Status";
        trend_keys: "Each point is a closed iteration; focus or hover it for its value. Lines differ by colour, dash pattern and marker shape.", "Chaque point est une itération close ; placez-y le focus ou le pointeur pour lire sa valeur. Les lignes diffèrent par la couleur, le tireté et la forme des marqueurs.", "Jeder Punkt ist eine abgeschlossene Iteration; fokussieren oder zeigen Sie darauf, um den Wert zu sehen. Die Linien unterscheiden sich durch Farbe, Strichmuster und Markerform.";
    }
}
