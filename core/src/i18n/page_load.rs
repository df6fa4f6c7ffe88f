use super::messages;

messages! {
    /// A page whose code is fetched when it is first opened (README: Size) and could not be:
    /// offline before that page was ever opened, or the server did not answer; or a tab of the
    /// previous release, whose pages the server no longer has (README: Offline).
    PageLoadMsgs {
        loading: "Opening the page…", "Ouverture de la page…", "Seite wird geöffnet …";
        failed_title: "This page could not be opened", "Impossible d’ouvrir cette page", "Diese Seite konnte nicht geöffnet werden";
        failed_body: "Its code has not been downloaded yet, and the server cannot be reached. Each page is kept for offline use once it has been opened, and every page from your second visit on. Your data is safe in this browser.", "Son code n’a pas encore été téléchargé et le serveur est injoignable. Chaque page reste disponible hors ligne une fois ouverte, et toutes les pages à partir de votre deuxième visite. Vos données sont en sécurité dans ce navigateur.", "Ihr Code wurde noch nicht heruntergeladen, und der Server ist nicht erreichbar. Jede Seite bleibt offline verfügbar, sobald sie einmal geöffnet wurde, und ab Ihrem zweiten Besuch alle Seiten. Ihre Daten sind in diesem Browser sicher.";
        retry: "Try again", "Réessayer", "Erneut versuchen";
        new_release_title: "A new version of GGI Journey is available", "Une nouvelle version de GGI Journey est disponible", "Eine neue Version von GGI Journey ist verfügbar";
        new_release_body: "This tab still runs the previous version, and the code of this page is no longer on the server. Reload to use the new version: your changes are saved first.", "Cet onglet utilise encore la version précédente, et le code de cette page n’est plus sur le serveur. Rechargez pour utiliser la nouvelle version : vos modifications sont d’abord enregistrées.", "Dieser Tab verwendet noch die vorherige Version, und der Code dieser Seite liegt nicht mehr auf dem Server. Laden Sie neu, um die neue Version zu verwenden: Ihre Änderungen werden vorher gespeichert.";
        reload: "Reload", "Recharger", "Neu laden";
        sample_failed: "The sample organisation could not be loaded: the server cannot be reached and it was never used in this browser. Try again once connected.", "L’organisation d’exemple n’a pas pu être chargée : le serveur est injoignable et elle n’a jamais été utilisée dans ce navigateur. Réessayez une fois connecté.", "Die Beispielorganisation konnte nicht geladen werden: Der Server ist nicht erreichbar, und sie wurde in diesem Browser noch nie verwendet. Versuchen Sie es erneut, sobald Sie verbunden sind.";
        storage_problem: "This browser's storage has a problem, and the explanation could not be downloaded: the server cannot be reached. Reconnect, then reload the page to see what happened and what to do.", "Le stockage de ce navigateur rencontre un problème, et son explication n’a pas pu être téléchargée : le serveur est injoignable. Reconnectez-vous, puis rechargez la page pour savoir ce qui s’est passé et que faire.", "Der Speicher dieses Browsers hat ein Problem, und die Erklärung dazu konnte nicht heruntergeladen werden: Der Server ist nicht erreichbar. Stellen Sie die Verbindung wieder her und laden Sie die Seite neu, um zu erfahren, was geschehen ist und was zu tun ist.";
    }
}
