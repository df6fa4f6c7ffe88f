use super::messages;

messages! {
    /// The catalogue (home) and activity pages.
    CatalogueMsgs {
        home_title: "The GGI activity catalogue", "Le catalogue d’activités GGI", "Der GGI-Aktivitätskatalog";
        home_intro: "The Good Governance Initiative organises open source governance in five goals, from using open source well to making it part of your strategy. Pick the activities that matter to your organisation, write your own scorecard for each, and track your progress.", "La Good Governance Initiative organise la gouvernance de l’open source en cinq objectifs, du bon usage de l’open source jusqu’à son intégration dans votre stratégie. Choisissez les activités utiles à votre organisation, rédigez votre propre fiche pour chacune et suivez vos progrès.", "Die Good Governance Initiative gliedert Open-Source-Governance in fünf Ziele – vom guten Umgang mit Open Source bis zu ihrem Platz in Ihrer Strategie. Wählen Sie die Aktivitäten, die für Ihre Organisation zählen, schreiben Sie für jede Ihre eigene Scorecard und verfolgen Sie Ihren Fortschritt.";
        catalogue_language: "Catalogue: {title} (language: {lang})", "Catalogue : {title} (langue : {lang})", "Katalog: {title} (Sprache: {lang})";
        goal_heading: "{name} goal", "Objectif {name}", "Ziel {name}";
        activities_count: "{n} activities", "{n} activités", "{n} Aktivitäten";
        activities_one: "1 activity", "1 activité", "1 Aktivität";
        roles: "Roles", "Rôles", "Rollen";
        filter_role: "Show activities for", "Afficher les activités pour", "Aktivitäten anzeigen für";
        all_roles: "All roles", "Tous les rôles", "Alle Rollen";
        filter_goal: "Goal", "Objectif", "Ziel";
        all_goals: "All goals", "Tous les objectifs", "Alle Ziele";
        filter_status: "Status", "Statut", "Status";
        all_statuses: "Any status", "Tous les statuts", "Alle Status";
        matching: "{n} activities shown", "{n} activités affichées", "{n} Aktivitäten angezeigt";
        matching_one: "1 activity shown", "1 activité affichée", "1 Aktivität angezeigt";
        external: "(opens another site)", "(ouvre un autre site)", "(öffnet eine andere Website)";
        search: "Search activities", "Rechercher une activité", "Aktivitäten suchen";
        no_match: "No activity matches.", "Aucune activité ne correspond.", "Keine Aktivität passt.";
        description: "Description", "Description", "Beschreibung";
        opportunity: "Why it matters", "Pourquoi c’est important", "Warum es wichtig ist";
        verification_points: "Verification points", "Points de vérification", "Prüfpunkte";
        verification_intro: "Tick each point once there is evidence it is in place.", "Cochez chaque point dès qu’une preuve montre qu’il est en place.", "Haken Sie jeden Punkt ab, sobald belegt ist, dass er umgesetzt ist.";
        tools: "Tools", "Outils", "Werkzeuge";
        recommendations: "Recommendations", "Recommandations", "Empfehlungen";
        resources: "Resources", "Ressources", "Ressourcen";
        next: "Proposed next activities", "Activités suivantes proposées", "Vorgeschlagene nächste Aktivitäten";
        none_section: "The handbook has no entry here.", "Le manuel ne prévoit rien ici.", "Das Handbuch enthält hier nichts.";
        handbook_link: "Read this activity in the GGI handbook", "Lire cette activité dans le manuel GGI", "Diese Aktivität im GGI-Handbuch lesen";
        unknown_activity: "There is no activity “{id}” in this catalogue.", "Il n’y a pas d’activité « {id} » dans ce catalogue.", "In diesem Katalog gibt es keine Aktivität „{id}“.";
        previous: "Previous activity", "Activité précédente", "Vorherige Aktivität";
        following: "Next activity", "Activité suivante", "Nächste Aktivität";
        in_goal: "Activities of this goal", "Activités de cet objectif", "Aktivitäten dieses Ziels";
        custom: "Custom", "Personnalisée", "Eigene";
        add_custom: "Add an activity of your own", "Ajouter votre propre activité", "Eigene Aktivität hinzufügen";
        add_custom_intro: "For work your organisation tracks beyond the handbook. It is marked as custom, counted and exported like the others.", "Pour un travail que votre organisation suit au-delà du manuel. Elle est marquée comme personnalisée, comptée et exportée comme les autres.", "Für Arbeit, die Ihre Organisation über das Handbuch hinaus verfolgt. Sie wird als eigene markiert, gezählt und exportiert wie die anderen.";
        custom_title: "Title", "Titre", "Titel";
        custom_goal: "Goal", "Objectif", "Ziel";
        custom_description: "Description (optional)", "Description (facultative)", "Beschreibung (optional)";
        add: "Add activity", "Ajouter l’activité", "Aktivität hinzufügen";
    }
}
