use super::messages;

messages! {
    /// The guided start (wizard) and the workspaces page.
    StartMsgs {
        title: "Start your journey", "Commencer votre démarche", "Ihren GGI-Weg beginnen";
        intro: "A few questions to plan a sensible first set of activities. You can change everything later, or skip this.", "Quelques questions pour prévoir un premier ensemble d’activités pertinent. Tout reste modifiable ensuite ; vous pouvez aussi passer cette étape.", "Ein paar Fragen, um eine sinnvolle erste Auswahl an Aktivitäten zu planen. Sie können später alles ändern oder diesen Schritt überspringen.";
        organisation: "Organisation name", "Nom de l’organisation", "Name der Organisation";
        kind: "Kind of organisation", "Type d’organisation", "Art der Organisation";
        company: "Company", "Entreprise", "Unternehmen";
        public_administration: "Public administration", "Administration publique", "Öffentliche Verwaltung";
        research: "Research or academia", "Recherche ou enseignement supérieur", "Forschung oder Hochschule";
        non_profit: "Non-profit", "Association à but non lucratif", "Gemeinnützige Organisation";
        size: "Size", "Taille", "Größe";
        small: "Small (under 50 people)", "Petite (moins de 50 personnes)", "Klein (unter 50 Personen)";
        medium: "Medium (50 to 1,000)", "Moyenne (50 à 1 000)", "Mittel (50 bis 1.000)";
        large: "Large (over 1,000)", "Grande (plus de 1 000)", "Groß (über 1.000)";
        roles: "Who takes part?", "Qui participe ?", "Wer macht mit?";
        goals: "Which goals do you start with?", "Par quels objectifs commencez-vous ?", "Mit welchen Zielen beginnen Sie?";
        rule: "How we choose: Usage and Trust are the foundations and always included. In each goal, the entry activities come first (those no other activity of the goal proposes as a next step), limited to what the roles taking part can carry, 2 to 4 per goal depending on size, plus one activity suited to your kind of organisation.", "Notre règle : Usage et Confiance sont les fondations et toujours inclus. Dans chaque objectif, les activités d’entrée passent en premier (celles qu’aucune autre activité de l’objectif ne propose comme suite), limitées à ce que les rôles participants peuvent porter, de 2 à 4 par objectif selon la taille, plus une activité adaptée à votre type d’organisation.", "So wählen wir: Nutzung und Vertrauen sind die Grundlage und immer dabei. In jedem Ziel kommen zuerst die Einstiegsaktivitäten (die keine andere Aktivität des Ziels als nächsten Schritt vorschlägt), begrenzt auf das, was die beteiligten Rollen tragen können, je nach Größe 2 bis 4 pro Ziel, plus eine Aktivität passend zur Art Ihrer Organisation.";
        preview: "Activities that will be planned", "Activités qui seront prévues", "Aktivitäten, die geplant werden";
        reason_goal: "entry activity", "activité d’entrée", "Einstiegsaktivität";
        reason_kind: "suited to your kind of organisation", "adaptée à votre type d’organisation", "passend zu Ihrer Organisationsart";
        finish: "Plan these activities", "Prévoir ces activités", "Diese Aktivitäten planen";
        skip: "Skip", "Passer", "Überspringen";
        sample: "Load a sample organisation", "Charger une organisation exemple", "Beispielorganisation laden";
        sample_intro: "Evaluating the tool? Load a realistic journey in a separate workspace.", "Vous évaluez l’outil ? Chargez une démarche réaliste dans un espace de travail séparé.", "Sie testen das Werkzeug? Laden Sie einen realistischen GGI-Weg in einen eigenen Arbeitsbereich.";
        sample_loaded: "Sample organisation loaded in its own workspace.", "Organisation exemple chargée dans son propre espace de travail.", "Beispielorganisation in eigenem Arbeitsbereich geladen.";
        welcome: "New here? Start with a few questions to plan your first activities.", "Nouveau ici ? Commencez par quelques questions pour prévoir vos premières activités.", "Neu hier? Beantworten Sie ein paar Fragen, um Ihre ersten Aktivitäten zu planen.";
        welcome_action: "Start the guided set-up", "Lancer la configuration guidée", "Geführte Einrichtung starten";
        workspaces: "Workspaces", "Espaces de travail", "Arbeitsbereiche";
        workspaces_intro: "One browser can hold several organisations or assessments. Each workspace has its own progress and iterations.", "Un navigateur peut contenir plusieurs organisations ou évaluations. Chaque espace de travail a sa propre progression et ses itérations.", "Ein Browser kann mehrere Organisationen oder Bewertungen enthalten. Jeder Arbeitsbereich hat seinen eigenen Fortschritt und eigene Iterationen.";
        // Before a workspace's counts (`data.preview_workspace`) on the workspaces page.
        created: "Created {date}", "Créé le {date}", "Angelegt am {date}";
        active: "active", "actif", "aktiv";
        switch_to: "Switch to", "Passer à", "Wechseln zu";
        rename: "Rename", "Renommer", "Umbenennen";
        duplicate: "Duplicate", "Dupliquer", "Duplizieren";
        delete: "Delete", "Supprimer", "Löschen";
        confirm_delete: "Delete the workspace “{name}” and all its progress? This cannot be undone unless you have an export.", "Supprimer l’espace de travail « {name} » et toute sa progression ? C’est irréversible sauf si vous avez un export.", "Den Arbeitsbereich „{name}“ mit allem Fortschritt löschen? Das lässt sich nur mit einem Export rückgängig machen.";
        confirm: "Yes, delete", "Oui, supprimer", "Ja, löschen";
        cancel: "Cancel", "Annuler", "Abbrechen";
        new_workspace: "New workspace", "Nouvel espace de travail", "Neuer Arbeitsbereich";
        name: "Name", "Nom", "Name";
        create: "Create", "Créer", "Anlegen";
        copy_suffix: "(copy)", "(copie)", "(Kopie)";
        current_workspace: "Workspace", "Espace de travail", "Arbeitsbereich";
    }
}
