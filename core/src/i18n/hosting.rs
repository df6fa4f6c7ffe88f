use super::messages;

messages! {
    /// What the deployment provides: its optional settings files.
    HostingMsgs {
        deploy_problem_title: "This site's settings could not be used", "Les réglages de ce site n’ont pas pu être utilisés", "Die Einstellungen dieser Website konnten nicht verwendet werden";
        deploy_problem_body: "Whoever hosts GGI Journey here provided a file the app cannot read. The app uses its built-in defaults instead; your data is not affected.", "La personne qui héberge GGI Journey ici a fourni un fichier que l’application ne sait pas lire. L’application utilise ses réglages intégrés à la place ; vos données ne sont pas concernées.", "Wer GGI Journey hier bereitstellt, hat eine Datei hinterlegt, die die App nicht lesen kann. Die App verwendet stattdessen ihre eingebauten Standardwerte; Ihre Daten sind nicht betroffen.";
        dismiss: "Hide this message", "Masquer ce message", "Diese Meldung ausblenden";
    }
}
