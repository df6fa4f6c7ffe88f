use super::messages;

messages! {
    /// Saving, storage problems, export and import.
    DataMsgs {
        title: "Your data", "Vos données", "Ihre Daten";
        intro: "Everything you record is kept in this browser's storage for this site. Export it regularly: it is your backup and the way to move to another browser or share with colleagues.", "Tout ce que vous saisissez est conservé dans le stockage de ce navigateur pour ce site. Exportez-le régulièrement : c’est votre sauvegarde et le moyen de passer à un autre navigateur ou de partager avec vos collègues.", "Alles, was Sie erfassen, liegt im Speicher dieses Browsers für diese Website. Exportieren Sie es regelmäßig: Das ist Ihre Sicherung und der Weg zu einem anderen Browser oder zu Kolleginnen und Kollegen.";
        export_all: "Export everything (JSON)", "Tout exporter (JSON)", "Alles exportieren (JSON)";
        export_failed: "The browser did not start the download.", "Le navigateur n’a pas lancé le téléchargement.", "Der Browser hat den Download nicht gestartet.";
        exported: "Export ready: {file}", "Export prêt : {file}", "Export bereit: {file}";
        unreadable_title: "Your saved data could not be read", "Vos données enregistrées sont illisibles", "Ihre gespeicherten Daten konnten nicht gelesen werden";
        unreadable_body: "The app started with an empty workspace. The stored text is untouched: download it to keep it, then start fresh or import a backup. Until you decide, nothing is saved.", "L’application a démarré avec un espace de travail vide. Le texte enregistré n’a pas été modifié : téléchargez-le pour le conserver, puis repartez de zéro ou importez une sauvegarde. Tant que vous n’avez pas choisi, rien n’est enregistré.", "Die App ist mit einem leeren Arbeitsbereich gestartet. Der gespeicherte Text ist unverändert: Laden Sie ihn herunter, um ihn zu behalten, und beginnen Sie dann neu oder importieren Sie eine Sicherung. Bis Sie entscheiden, wird nichts gespeichert.";
        download_raw: "Download the unreadable data", "Télécharger les données illisibles", "Unlesbare Daten herunterladen";
        start_fresh: "Start fresh (the old data is kept aside)", "Repartir de zéro (les anciennes données sont mises de côté)", "Neu beginnen (die alten Daten werden beiseitegelegt)";
        read_only_title: "Opened read-only", "Ouvert en lecture seule", "Schreibgeschützt geöffnet";
        save_failed_title: "Your changes are not saved", "Vos modifications ne sont pas enregistrées", "Ihre Änderungen sind nicht gespeichert";
        export_now: "Export now", "Exporter maintenant", "Jetzt exportieren";
        retry: "Try saving again", "Réessayer d’enregistrer", "Erneut speichern";
        conflict_title: "Another tab changed your data", "Un autre onglet a modifié vos données", "Ein anderer Tab hat Ihre Daten geändert";
        load_theirs: "Load the other tab's version", "Charger la version de l’autre onglet", "Version des anderen Tabs laden";
        keep_mine: "Keep this tab's version", "Garder la version de cet onglet", "Version dieses Tabs behalten";
        details: "Details", "Détails", "Details";
        storage_state: "Storage", "Stockage", "Speicher";
        state_saved: "All changes saved in this browser.", "Toutes les modifications sont enregistrées dans ce navigateur.", "Alle Änderungen sind in diesem Browser gespeichert.";
        state_pending: "Saving…", "Enregistrement…", "Wird gespeichert…";
        revision: "Revision {n}, last saved {when}", "Révision {n}, dernier enregistrement {when}", "Revision {n}, zuletzt gespeichert {when}";
        never_saved: "Not saved yet", "Pas encore enregistré", "Noch nicht gespeichert";
    }
}
