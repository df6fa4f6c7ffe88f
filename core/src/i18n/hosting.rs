use super::messages;

messages! {
    /// What the deployment provides: its optional settings files.
    HostingMsgs {
        deploy_problem_title: "This site's settings could not be used", "Les réglages de ce site n’ont pas pu être utilisés", "Die Einstellungen dieser Website konnten nicht verwendet werden";
        deploy_problem_body: "Whoever hosts GGI Journey here provided a file the app cannot read. The app uses its built-in defaults instead; your data is not affected.", "La personne qui héberge GGI Journey ici a fourni un fichier que l’application ne sait pas lire. L’application utilise ses réglages intégrés à la place ; vos données ne sont pas concernées.", "Wer GGI Journey hier bereitstellt, hat eine Datei hinterlegt, die die App nicht lesen kann. Die App verwendet stattdessen ihre eingebauten Standardwerte; Ihre Daten sind nicht betroffen.";
        dismiss: "Hide this message", "Masquer ce message", "Diese Meldung ausblenden";
        saved_copy_title: "This site's settings come from an earlier visit", "Les réglages de ce site proviennent d’une visite précédente", "Die Einstellungen dieser Website stammen von einem früheren Besuch";
        saved_copy_body: "The server did not provide them just now, so the app uses the copy saved in this browser. Whoever hosts GGI Journey here should check the server; your data is not affected.", "Le serveur ne les a pas fournis à l’instant : l’application utilise la copie enregistrée dans ce navigateur. La personne qui héberge GGI Journey ici devrait vérifier le serveur ; vos données ne sont pas concernées.", "Der Server hat sie gerade nicht geliefert, daher verwendet die App die in diesem Browser gespeicherte Kopie. Wer GGI Journey hier bereitstellt, sollte den Server prüfen; Ihre Daten sind nicht betroffen.";
        saved_copy_server_error: "{file}: the server answered with error {status}.", "{file} : le serveur a répondu par l’erreur {status}.", "{file}: Der Server antwortete mit Fehler {status}.";
        saved_copy_not_json: "{file}: the server answered with a web page (a login page?) instead of the file.", "{file} : le serveur a répondu par une page web (une page de connexion ?) au lieu du fichier.", "{file}: Der Server antwortete mit einer Webseite (einer Anmeldeseite?) statt der Datei.";
        saved_copy_date: "Copy saved on {date}.", "Copie enregistrée le {date}.", "Kopie gespeichert am {date}.";
    }
}
