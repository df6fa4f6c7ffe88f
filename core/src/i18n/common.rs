use super::messages;

messages! {
    /// The app shell: header, navigation, footer and messages shared by every page.
    Common {
        app_name: "GGI Journey", "GGI Journey", "GGI Journey";
        tagline: "Open source governance, step by step", "La gouvernance open source, pas à pas", "Open-Source-Governance, Schritt für Schritt";
        skip_to_content: "Skip to content", "Aller au contenu", "Zum Inhalt springen";
        nav_label: "Main", "Principale", "Hauptnavigation";
        breadcrumb: "Breadcrumb", "Fil d’Ariane", "Brotkrümelnavigation";
        nav_home: "Catalogue", "Catalogue", "Katalog";
        nav_dashboard: "Dashboard", "Tableau de bord", "Übersicht";
        nav_data: "Your data", "Vos données", "Ihre Daten";
        nav_iterations: "Iterations", "Itérations", "Iterationen";
        nav_workspaces: "Workspaces", "Espaces", "Arbeitsbereiche";
        workspace_label: "Workspace: {name}", "Espace : {name}", "Arbeitsbereich: {name}";
        nav_about: "About", "À propos", "Über";
        language: "Language", "Langue", "Sprache";
        theme: "Theme", "Thème", "Design";
        theme_system: "System", "Système", "System";
        theme_light: "Light", "Clair", "Hell";
        theme_dark: "Dark", "Sombre", "Dunkel";
        settings: "Settings", "Réglages", "Einstellungen";
        ratings: "Rate each verification point from 0 to 5 (finer grades, off by default)", "Noter chaque point de vérification de 0 à 5 (grain plus fin, désactivé par défaut)", "Jeden Prüfpunkt von 0 bis 5 bewerten (feinere Abstufung, standardmäßig aus)";
        not_found_title: "Page not found", "Page introuvable", "Seite nicht gefunden";
        not_found_body: "There is nothing at this address. It may come from an old link.", "Il n’y a rien à cette adresse. Le lien est peut-être ancien.", "Unter dieser Adresse gibt es nichts. Der Link ist vielleicht veraltet.";
        back_home: "Back to the catalogue", "Retour au catalogue", "Zurück zum Katalog";
        attribution: "Activity catalogue based on the OSPO Alliance Good Governance Initiative handbook v1.3, licensed CC-BY-4.0. Wording by GGI Journey.", "Catalogue d’activités fondé sur le manuel Good Governance Initiative v1.3 de l’OSPO Alliance, sous licence CC-BY-4.0. Rédaction et traduction : GGI Journey.", "Aktivitätskatalog nach dem Handbuch Good Governance Initiative v1.3 der OSPO Alliance, lizenziert unter CC-BY-4.0. Formulierung und Übersetzung: GGI Journey.";
        data_local: "Your progress stays in this browser. Nothing is sent anywhere.", "Votre progression reste dans ce navigateur. Rien n’est envoyé nulle part.", "Ihr Fortschritt bleibt in diesem Browser. Nichts wird irgendwohin gesendet.";
        chars: "{n} of {max} characters", "Caractères : {n} sur {max}", "{n} von {max} Zeichen";
    }
}
