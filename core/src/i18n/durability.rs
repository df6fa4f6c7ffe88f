use super::messages;

messages! {
    /// Keeping the only copy of the record: persistent storage, the reminder to export, the
    /// WebKit rule, and a loss of the stored data.
    DurabilityMsgs {
        heading: "Keeping your data", "Garder vos données", "Aufbewahrung Ihrer Daten";
        persistent: "Stored persistently: this browser will not delete this data to free up space.", "Stockage persistant : ce navigateur ne supprimera pas ces données pour libérer de la place.", "Dauerhaft gespeichert: Dieser Browser löscht diese Daten nicht, um Speicherplatz freizugeben.";
        best_effort: "The browser may delete this data: when space runs low, it can clear this site's storage without asking.", "Le navigateur peut supprimer ces données : s’il manque de place, il peut effacer le stockage de ce site sans demander.", "Der Browser darf diese Daten löschen: Wird der Speicherplatz knapp, kann er den Speicher dieser Website ohne Rückfrage leeren.";
        unknown: "This browser does not say whether it keeps this data. Export it regularly.", "Ce navigateur n’indique pas s’il conserve ces données. Exportez-les régulièrement.", "Dieser Browser gibt nicht an, ob er diese Daten behält. Exportieren Sie sie regelmäßig.";
        keep: "Keep my data on this device", "Garder mes données sur cet appareil", "Meine Daten auf diesem Gerät behalten";
        refused: "The browser did not grant persistent storage. It decides by itself (Chrome and Edge grant it to sites you use often, bookmark or install), so keep exporting regularly.", "Le navigateur n’a pas accordé le stockage persistant. Il en décide seul (Chrome et Edge l’accordent aux sites souvent utilisés, mis en favori ou installés) : continuez donc à exporter régulièrement.", "Der Browser hat keinen dauerhaften Speicher gewährt. Er entscheidet selbst darüber (Chrome und Edge gewähren ihn Websites, die Sie oft nutzen, als Lesezeichen speichern oder installieren). Exportieren Sie also weiterhin regelmäßig.";
        mode_persistent: "Stored persistently", "Stockage persistant", "Dauerhaft gespeichert";
        mode_best_effort: "The browser may delete this data", "Le navigateur peut supprimer ces données", "Der Browser darf diese Daten löschen";
        mode_unknown: "Not stated by the browser", "Non précisé par le navigateur", "Vom Browser nicht angegeben";
        last_export: "Last export", "Dernier export", "Letzter Export";
        never: "none yet", "aucun pour l’instant", "noch keiner";
        changes_none: "no changes since", "aucune modification depuis", "seitdem keine Änderungen";
        changes_one: "1 change since", "1 modification depuis", "seitdem 1 Änderung";
        changes_many: "{n} changes since", "{n} modifications depuis", "seitdem {n} Änderungen";
        reminder_title: "Time for a backup", "Pensez à sauvegarder", "Zeit für eine Sicherung";
        reminder_exported: "Your last export is from {date} ({changes}). What you record lives only in this browser; an export kept somewhere safe is your backup.", "Votre dernier export date du {date} ({changes}). Ce que vous saisissez n’existe que dans ce navigateur ; un export rangé en lieu sûr est votre sauvegarde.", "Ihr letzter Export stammt vom {date} ({changes}). Was Sie erfassen, gibt es nur in diesem Browser; ein sicher abgelegter Export ist Ihre Sicherung.";
        reminder_never: "You have not exported anything since {date}. What you record lives only in this browser; an export kept somewhere safe is your backup.", "Vous n’avez rien exporté depuis le {date}. Ce que vous saisissez n’existe que dans ce navigateur ; un export rangé en lieu sûr est votre sauvegarde.", "Seit dem {date} haben Sie nichts exportiert. Was Sie erfassen, gibt es nur in diesem Browser; ein sicher abgelegter Export ist Ihre Sicherung.";
        synced_to: "Synced to {folder} on {date} at {time} ({changes})", "Synchronisé avec {folder} le {date} à {time} ({changes})", "Mit {folder} synchronisiert am {date} um {time} ({changes})";
        reminder_synced: "This browser last synced with {folder} on {date} ({changes}). What you record lives only in this browser until it is synced again; an export kept somewhere safe is your backup.", "Ce navigateur s’est synchronisé pour la dernière fois avec {folder} le {date} ({changes}). Ce que vous saisissez n’existe que dans ce navigateur jusqu’à la prochaine synchronisation ; un export rangé en lieu sûr est votre sauvegarde.", "Dieser Browser wurde zuletzt am {date} mit {folder} synchronisiert ({changes}). Was Sie erfassen, gibt es bis zur nächsten Synchronisierung nur in diesem Browser; ein sicher abgelegter Export ist Ihre Sicherung.";
        not_now: "Not now", "Plus tard", "Später";
        webkit_title: "This browser may delete your data after 7 days without a visit", "Ce navigateur peut supprimer vos données après 7 jours sans visite", "Dieser Browser kann Ihre Daten nach 7 Tagen ohne Besuch löschen";
        webkit_body: "Safari and every browser on iPhone and iPad run on WebKit, which erases all that a site has stored once the browser has been used for seven days without a visit to that site. A GGI journey is often opened only once a quarter.", "Safari et tous les navigateurs sur iPhone et iPad reposent sur WebKit, qui efface tout ce qu’un site a enregistré dès que le navigateur a servi sept jours sans visite de ce site. Or une démarche GGI n’est souvent ouverte qu’une fois par trimestre.", "Safari und alle Browser auf iPhone und iPad beruhen auf WebKit. WebKit löscht alles, was eine Website gespeichert hat, sobald der Browser sieben Tage lang ohne Besuch dieser Website genutzt wurde. Ein GGI-Weg wird aber oft nur einmal im Quartal geöffnet.";
        webkit_home_screen: "Add GGI Journey to your Home Screen (Share, then “Add to Home Screen”): opened from there, it keeps its data.", "Ajoutez GGI Journey à votre écran d’accueil (Partager, puis « Sur l’écran d’accueil ») : ouverte de là, l’application garde ses données.", "Legen Sie GGI Journey auf Ihren Home-Bildschirm (Teilen, dann „Zum Home-Bildschirm“): Von dort geöffnet, behält die App ihre Daten.";
        webkit_export: "Or export after each session and keep the file somewhere safe, such as a shared drive.", "Ou exportez après chaque séance et rangez le fichier en lieu sûr, par exemple sur un lecteur partagé.", "Oder exportieren Sie nach jeder Sitzung und legen Sie die Datei sicher ab, etwa auf einem gemeinsamen Laufwerk.";
        lost_title: "The data saved in this browser is gone", "Les données enregistrées dans ce navigateur ont disparu", "Die in diesem Browser gespeicherten Daten sind nicht mehr vorhanden";
        lost_body: "A GGI journey was saved here (revision {revision}, on {date}), but this site's storage is now empty: the browser deleted it, or it was cleared. It cannot be recovered from this browser; import your last export to carry on.", "Une démarche GGI était enregistrée ici (révision {revision}, le {date}), mais le stockage de ce site est désormais vide : le navigateur a supprimé les données, ou elles ont été effacées. Ce navigateur ne permet pas de les récupérer ; importez votre dernier export pour continuer.", "Hier war ein GGI-Weg gespeichert (Revision {revision}, am {date}), aber der Speicher dieser Website ist jetzt leer: Der Browser hat die Daten gelöscht, oder sie wurden entfernt. In diesem Browser lässt sich nichts davon wiederherstellen; importieren Sie Ihren letzten Export, um weiterzuarbeiten.";
        lost_export: "Your last export from this browser: {file}, made on {date}.", "Votre dernier export depuis ce navigateur : {file}, fait le {date}.", "Ihr letzter Export aus diesem Browser: {file}, erstellt am {date}.";
        lost_no_export: "No export was made from this browser; a colleague or another browser may have a copy.", "Aucun export n’a été fait depuis ce navigateur ; un collègue ou un autre navigateur en a peut-être une copie.", "Aus diesem Browser wurde nie exportiert; vielleicht hat jemand im Team oder ein anderer Browser eine Kopie.";
        lost_import: "Import my last export", "Importer mon dernier export", "Meinen letzten Export importieren";
        lost_fresh: "Start afresh", "Repartir de zéro", "Neu beginnen";
    }
}

impl DurabilityMsgs {
    /// "5 changes since", in words that fit any number.
    pub fn changes_since(&self, n: u64) -> String {
        match n {
            0 => self.changes_none.to_string(),
            1 => self.changes_one.to_string(),
            n => super::fill(self.changes_many, &[("n", &n.to_string())]),
        }
    }

    /// The value of "Last export": "3 Mar 2027 (5 changes since)", or "none yet".
    pub fn last_export_value(
        &self,
        lang: super::Lang,
        record: &crate::durability::Record,
        revision: u64,
    ) -> String {
        match &record.last_export {
            Some(e) => format!(
                "{} ({})",
                super::date(lang, &e.at),
                self.changes_since(record.changes_since(revision))
            ),
            None => self.never.to_string(),
        }
    }

    /// The browser's storage mode in a few words (the report's facts).
    pub fn mode_label(&self, mode: crate::durability::StorageMode) -> &'static str {
        use crate::durability::StorageMode;
        match mode {
            StorageMode::Persistent => self.mode_persistent,
            StorageMode::BestEffort => self.mode_best_effort,
            StorageMode::Unknown => self.mode_unknown,
        }
    }

    /// The browser's storage mode in a sentence (the data page).
    pub fn mode_sentence(&self, mode: crate::durability::StorageMode) -> &'static str {
        use crate::durability::StorageMode;
        match mode {
            StorageMode::Persistent => self.persistent,
            StorageMode::BestEffort => self.best_effort,
            StorageMode::Unknown => self.unknown,
        }
    }
}
