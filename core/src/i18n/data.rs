use super::messages;

messages! {
    /// Saving, storage problems, export and import.
    DataMsgs {
        title: "Your data", "Vos données", "Ihre Daten";
        intro: "Everything you record is kept in this browser's storage for this site. Export it regularly: it is your backup and the way to move to another browser or share with colleagues.", "Tout ce que vous saisissez est conservé dans le stockage de ce navigateur pour ce site. Exportez-le régulièrement : c’est votre sauvegarde et le moyen de passer à un autre navigateur ou de partager avec vos collègues.", "Alles, was Sie erfassen, liegt im Speicher dieses Browsers für diese Website. Exportieren Sie es regelmäßig: Das ist Ihre Sicherung und der Weg zu einem anderen Browser oder zu Kolleginnen und Kollegen.";
        export_all: "Export everything (JSON)", "Tout exporter (JSON)", "Alles exportieren (JSON)";
        export_failed: "The browser did not start the download.", "Le navigateur n’a pas lancé le téléchargement.", "Der Browser hat den Download nicht gestartet.";
        exported: "Export ready: {file}", "Export prêt : {file}", "Export bereit: {file}";
        unreadable_title: "Your saved data could not be read", "Vos données enregistrées sont illisibles", "Ihre gespeicherten Daten konnten nicht gelesen werden";
        unreadable_body: "The app started with an empty workspace. The stored text is untouched: download it to keep it, then start fresh or import a backup. Until you decide, nothing is saved.", "L’application a démarré avec un espace de travail vide. Le texte enregistré n’a pas été modifié : téléchargez-le pour le conserver, puis repartez de zéro ou importez une sauvegarde. Tant que vous n’avez pas choisi, rien n’est enregistré.", "Die App ist mit einem leeren Arbeitsbereich gestartet. Der gespeicherte Text ist unverändert: Laden Sie ihn herunter, um ihn zu behalten, und beginnen Sie dann neu oder importieren Sie eine Sicherung. Bis Sie entscheiden, wird nichts gespeichert.";
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
        export_heading: "Export", "Exporter", "Exportieren";
        export_intro: "A JSON file with your progress, the app and catalogue versions and the catalogue's CC-BY attribution.", "Un fichier JSON avec votre progression, les versions de l’application et du catalogue et l’attribution CC-BY du catalogue.", "Eine JSON-Datei mit Ihrem Fortschritt, den Versionen von App und Katalog und der CC-BY-Namensnennung des Katalogs.";
        export_workspace: "Export this workspace only: {name}", "Exporter seulement cet espace de travail : {name}", "Nur diesen Arbeitsbereich exportieren: {name}";
        import_heading: "Import", "Importer", "Importieren";
        import_intro: "Choose an export file or drop it on the area below. It is checked first and nothing changes until you confirm.", "Choisissez un fichier d’export ou déposez-le dans la zone ci-dessous. Il est d’abord vérifié et rien ne change avant votre confirmation.", "Wählen Sie eine Exportdatei oder legen Sie sie im Bereich unten ab. Sie wird zuerst geprüft, und nichts ändert sich, bevor Sie bestätigen.";
        choose_file: "Choose a file to import", "Choisir un fichier à importer", "Datei zum Importieren auswählen";
        drop_zone: "Drop an export file here", "Déposez un fichier d’export ici", "Exportdatei hier ablegen";
        reading: "Checking {file}…", "Vérification de {file}…", "{file} wird geprüft…";
        import_failed: "{file} was not imported. Nothing has changed.", "{file} n’a pas été importé. Rien n’a changé.", "{file} wurde nicht importiert. Nichts wurde geändert.";
        read_failed: "The browser could not read the file.", "Le navigateur n’a pas pu lire le fichier.", "Der Browser konnte die Datei nicht lesen.";
        err_too_large: "The file is too large ({size} bytes). The limit is 20 MB.", "Le fichier est trop volumineux ({size} octets). La limite est de 20 Mo.", "Die Datei ist zu groß ({size} Byte). Die Grenze liegt bei 20 MB.";
        err_empty: "The file is empty.", "Le fichier est vide.", "Die Datei ist leer.";
        err_syntax: "The file is not valid JSON: {message} (line {line}, column {column}).", "Le fichier n’est pas du JSON valide : {message} (ligne {line}, colonne {column}).", "Die Datei ist kein gültiges JSON: {message} (Zeile {line}, Spalte {column}).";
        err_not_export: "The file is not a GGI Journey export: {detail}", "Le fichier n’est pas un export de GGI Journey : {detail}", "Die Datei ist kein GGI-Journey-Export: {detail}";
        err_newer: "The file was made by a newer version of GGI Journey (schema {version}); update the app to import it.", "Le fichier provient d’une version plus récente de GGI Journey (schéma {version}) ; mettez l’application à jour pour l’importer.", "Die Datei stammt aus einer neueren Version von GGI Journey (Schema {version}); aktualisieren Sie die App, um sie zu importieren.";
        err_invalid: "{path}: {message}", "{path} : {message}", "{path}: {message}";
        err_too_many: "{path}: {count} items; this list may hold at most {max}", "{path} : {count} éléments ; cette liste peut en contenir au plus {max}", "{path}: {count} Einträge; diese Liste darf höchstens {max} enthalten";
        err_too_many_items: "The file's lists hold more than {max} items in all; a file may hold at most {max}.", "Les listes du fichier contiennent plus de {max} éléments au total ; un fichier peut en contenir au plus {max}.", "Die Listen der Datei enthalten insgesamt mehr als {max} Einträge; eine Datei darf höchstens {max} enthalten.";
        preview_heading: "What {file} contains", "Contenu de {file}", "Inhalt von {file}";
        preview_made: "Exported {when} with GGI Journey {version}.", "Exporté le {when} avec GGI Journey {version}.", "Exportiert am {when} mit GGI Journey {version}.";
        preview_workspace: "Activities with progress: {activities} · own activities: {custom} · iterations: {iterations}", "Activités avec progression : {activities} · activités propres : {custom} · itérations : {iterations}", "Aktivitäten mit Fortschritt: {activities} · eigene Aktivitäten: {custom} · Iterationen: {iterations}";
        preview_activity: "{status}, {done} of {total} verification points met", "{status}, points de vérification validés : {done} sur {total}", "{status}, {done} von {total} Prüfpunkten erfüllt";
        preview_nothing: "No activity has progress yet.", "Aucune activité n’a encore de progression.", "Noch keine Aktivität hat Fortschritt.";
        merge_heading: "If you merge", "Si vous fusionnez", "Wenn Sie zusammenführen";
        merge_new_workspaces: "New workspaces: {names}", "Nouveaux espaces de travail : {names}", "Neue Arbeitsbereiche: {names}";
        replace_explain: "Replace: your data in this browser becomes exactly the file's.", "Remplacer : vos données dans ce navigateur deviennent exactement celles du fichier.", "Ersetzen: Ihre Daten in diesem Browser werden genau die der Datei.";
        replace: "Replace my data with the file", "Remplacer mes données par le fichier", "Meine Daten durch die Datei ersetzen";
        merge: "Merge the file into my data", "Fusionner le fichier avec mes données", "Datei mit meinen Daten zusammenführen";
        cancel: "Cancel", "Annuler", "Abbrechen";
        cancelled: "Import cancelled. Nothing has changed.", "Import annulé. Rien n’a changé.", "Import abgebrochen. Nichts wurde geändert.";
        replaced: "{file} imported: your data was replaced. You can undo this.", "{file} importé : vos données ont été remplacées. Vous pouvez annuler.", "{file} importiert: Ihre Daten wurden ersetzt. Sie können das rückgängig machen.";
        merged: "{file} merged into your data. You can undo this.", "{file} fusionné avec vos données. Vous pouvez annuler.", "{file} mit Ihren Daten zusammengeführt. Sie können das rückgängig machen.";
        undo: "Undo the import", "Annuler l’import", "Import rückgängig machen";
        undone: "Import undone: your previous data is back.", "Import annulé : vos données précédentes sont revenues.", "Import rückgängig gemacht: Ihre vorherigen Daten sind zurück.";
        import_blocked: "This data is open read-only because a newer version of GGI Journey saved it; importing is not possible here.", "Ces données sont ouvertes en lecture seule car une version plus récente de GGI Journey les a enregistrées ; l’import n’est pas possible ici.", "Diese Daten sind schreibgeschützt geöffnet, weil eine neuere Version von GGI Journey sie gespeichert hat; ein Import ist hier nicht möglich.";
        never_saved: "Not saved yet", "Pas encore enregistré", "Noch nicht gespeichert";
        orphans_title: "Progress the catalogue in use does not know", "Progression inconnue du catalogue utilisé", "Fortschritt, den der verwendete Katalog nicht kennt";
        orphans_intro: "This progress was recorded with another catalogue. It is kept and exported unchanged, but not counted until a catalogue with these activities is in use again.", "Cette progression a été saisie avec un autre catalogue. Elle est conservée et exportée telle quelle, mais n’est pas comptée tant qu’un catalogue contenant ces activités n’est pas de nouveau utilisé.", "Dieser Fortschritt wurde mit einem anderen Katalog erfasst. Er bleibt erhalten und wird unverändert exportiert, aber erst wieder gezählt, wenn ein Katalog mit diesen Aktivitäten verwendet wird.";
        orphan_activity: "{id}: the whole activity", "{id} : toute l’activité", "{id}: die ganze Aktivität";
        orphan_points: "{id}: verification points {points}", "{id} : points de vérification {points}", "{id}: Prüfpunkte {points}";
    }
}
