use super::messages;

messages! {
    /// Syncing a workspace through the organisation's folder: the indicator in the header, the
    /// review of changes made elsewhere at the same time, and why a sync stopped.
    SyncMsgs {
        synced: "Synced at {time}", "Synchronisé à {time}", "Synchronisiert um {time}";
        never_synced: "Not synced yet", "Pas encore synchronisé", "Noch nicht synchronisiert";
        syncing: "Syncing…", "Synchronisation…", "Wird synchronisiert …";
        offline: "Offline", "Hors ligne", "Offline";
        waiting_one: "1 change waiting", "1 modification en attente", "1 Änderung wartet";
        waiting_many: "{n} changes waiting", "{n} modifications en attente", "{n} Änderungen warten";
        conflicts_one: "1 change made elsewhere at the same time: review it", "1 modification faite ailleurs au même moment : à vérifier", "1 gleichzeitige Änderung von anderer Seite: bitte prüfen";
        conflicts_many: "{n} changes made elsewhere at the same time: review them", "{n} modifications faites ailleurs au même moment : à vérifier", "{n} gleichzeitige Änderungen von anderer Seite: bitte prüfen";
        sync_now: "Sync now", "Synchroniser maintenant", "Jetzt synchronisieren";
        last_remote: "Last change from another browser: {time}", "Dernière modification venue d’un autre navigateur : {time}", "Letzte Änderung aus einem anderen Browser: {time}";
        last_remote_by: "Last change from {name}: {time}", "Dernière modification venue de {name} : {time}", "Letzte Änderung von {name}: {time}";
        review_heading: "Changed by someone else at the same time", "Modifié par quelqu’un d’autre au même moment", "Gleichzeitig von jemand anderem geändert";
        changed: "{place}: changed here and elsewhere at the same time. Kept: {kept}. The other value: {other}.", "{place} : modifié ici et ailleurs au même moment. Conservé : {kept}. L’autre valeur : {other}.", "{place}: hier und anderswo gleichzeitig geändert. Übernommen: {kept}. Der andere Wert: {other}.";
        changed_by: "{place}: changed here and by {name} at the same time. Kept: {kept}. The other value: {other}.", "{place} : modifié ici et par {name} au même moment. Conservé : {kept}. L’autre valeur : {other}.", "{place}: hier und gleichzeitig von {name} geändert. Übernommen: {kept}. Der andere Wert: {other}.";
        deleted_here: "{place}: deleted in this browser but changed elsewhere; the change is kept.", "{place} : supprimé dans ce navigateur mais modifié ailleurs ; la modification est conservée.", "{place}: in diesem Browser gelöscht, aber anderswo geändert; die Änderung bleibt erhalten.";
        deleted_elsewhere: "{place}: deleted elsewhere but changed in this browser; your change is kept.", "{place} : supprimé ailleurs mais modifié dans ce navigateur ; votre modification est conservée.", "{place}: anderswo gelöscht, aber in diesem Browser geändert; Ihre Änderung bleibt erhalten.";
        reordered: "{place}: the order was changed here and elsewhere at the same time; one order is kept, and you can choose the other.", "{place} : l’ordre a été modifié ici et ailleurs au même moment ; l’un est conservé, et vous pouvez choisir l’autre.", "{place}: Die Reihenfolge wurde hier und anderswo gleichzeitig geändert; eine bleibt erhalten, die andere können Sie wählen.";
        keep_mine: "Keep the version from this browser", "Garder la version de ce navigateur", "Version aus diesem Browser behalten";
        keep_theirs: "Keep the other version", "Garder l’autre version", "Andere Version behalten";
        delete_anyway: "Delete it after all", "Le supprimer quand même", "Trotzdem löschen";
        resolve_changed: "This value has changed since, so nothing was changed. Look at it again.", "Cette valeur a changé entre-temps ; rien n’a donc été modifié. Regardez-la de nouveau.", "Dieser Wert hat sich inzwischen geändert, daher wurde nichts geändert. Sehen Sie ihn sich noch einmal an.";
        resolve_invalid: "The choice could not be applied ({detail}); nothing was changed.", "Le choix n’a pas pu être appliqué ({detail}) ; rien n’a été modifié.", "Die Auswahl ließ sich nicht übernehmen ({detail}); nichts wurde geändert.";
        backup_kept: "Before this browser first saved over the team's file, a copy of it was kept as {name}.", "Avant que ce navigateur n’enregistre pour la première fois par-dessus le fichier de l’équipe, une copie en a été conservée sous le nom {name}.", "Bevor dieser Browser die Datei des Teams zum ersten Mal überschrieb, wurde eine Kopie davon als {name} aufbewahrt.";
        save_again: "Save it to the folder again", "L’enregistrer de nouveau dans le dossier", "Erneut im Ordner speichern";
        folder_empty: "The sync folder's address is empty.", "L’adresse du dossier de synchronisation est vide.", "Die Adresse des Synchronisierungsordners ist leer.";
        folder_malformed: "The sync folder's address is not a web address (no spaces, no “?” or “#”).", "L’adresse du dossier de synchronisation n’est pas une adresse web (ni espace, ni « ? », ni « # »).", "Die Adresse des Synchronisierungsordners ist keine Webadresse (keine Leerzeichen, kein „?“ oder „#“).";
        folder_scheme: "The sync folder's address must start with https:// or http://, or be relative to the app (for example ggi-data/).", "L’adresse du dossier de synchronisation doit commencer par https:// ou http://, ou être relative à l’application (par exemple ggi-data/).", "Die Adresse des Synchronisierungsordners muss mit https:// oder http:// beginnen oder relativ zur App sein (zum Beispiel ggi-data/).";
        folder_other_origin: "The sync folder must be on the same server as the app.", "Le dossier de synchronisation doit se trouver sur le même serveur que l’application.", "Der Synchronisierungsordner muss auf demselben Server wie die App liegen.";
        folder_label: "Team sync folder (WebDAV)", "Dossier de synchronisation de l’équipe (WebDAV)", "Synchronisierungsordner des Teams (WebDAV)";
        name_label: "Name of this browser for your team", "Nom de ce navigateur pour votre équipe", "Name dieses Browsers für Ihr Team";
        name_hint: "Your colleagues see it beside the changes made here, for example “Anne, legal”. Left empty: {default}.", "Vos collègues le voient à côté des modifications faites ici, par exemple « Anne, juridique ». Laissé vide : {default}.", "Ihre Kolleginnen und Kollegen sehen ihn neben den hier gemachten Änderungen, zum Beispiel „Anne, Recht“. Leer gelassen: {default}.";
        name_save: "Save the name", "Enregistrer le nom", "Namen speichern";
        name_saved: "From now on, this browser's changes are signed {name}.", "Désormais, les modifications de ce navigateur sont signées {name}.", "Ab jetzt werden die Änderungen dieses Browsers mit {name} gekennzeichnet.";
        folder_hint: "A folder on your organisation's server that the whole team can read and write. Each workspace is one file in it. Leave empty to keep your work in this browser only.", "Un dossier sur le serveur de votre organisation que toute l’équipe peut lire et écrire. Chaque espace de travail y est un fichier. Laissez vide pour garder votre travail dans ce navigateur seulement.", "Ein Ordner auf dem Server Ihrer Organisation, den das ganze Team lesen und beschreiben kann. Jeder Arbeitsbereich ist darin eine Datei. Leer lassen, um Ihre Arbeit nur in diesem Browser zu behalten.";
        folder_save: "Use this folder", "Utiliser ce dossier", "Diesen Ordner verwenden";
        folder_from_deployment: "Your organisation set this folder: {folder}", "Votre organisation a défini ce dossier : {folder}", "Ihre Organisation hat diesen Ordner festgelegt: {folder}";
        team_label: "Team folder on this computer", "Dossier d’équipe sur cet ordinateur", "Team-Ordner auf diesem Computer";
        team_hint: "A folder that OneDrive, SharePoint, Nextcloud or a network share already keeps in step with your colleagues. Each workspace is one file in it.", "Un dossier que OneDrive, SharePoint, Nextcloud ou un partage réseau synchronise déjà avec vos collègues. Chaque espace de travail y est un fichier.", "Ein Ordner, den OneDrive, SharePoint, Nextcloud oder eine Netzwerkfreigabe bereits mit Ihren Kolleginnen und Kollegen abgleicht. Jeder Arbeitsbereich ist darin eine Datei.";
        team_open: "Open a team folder", "Ouvrir un dossier d’équipe", "Team-Ordner öffnen";
        team_current: "Synced with the team folder {name}.", "Synchronisé avec le dossier d’équipe {name}.", "Mit dem Team-Ordner {name} synchronisiert.";
        team_stop: "Stop syncing with this folder", "Ne plus synchroniser avec ce dossier", "Nicht mehr mit diesem Ordner synchronisieren";
        team_unsupported: "This browser cannot open a folder of your computer for the app (Chrome, Edge and other Chromium-based browsers can). Use a WebDAV folder above, or share your work by export and import under “Your data”.", "Ce navigateur ne peut pas ouvrir un dossier de votre ordinateur pour l’application (Chrome, Edge et les autres navigateurs fondés sur Chromium le peuvent). Utilisez un dossier WebDAV ci-dessus, ou partagez votre travail par export et import dans « Vos données ».", "Dieser Browser kann der App keinen Ordner Ihres Computers öffnen (Chrome, Edge und andere Chromium-basierte Browser können es). Verwenden Sie oben einen WebDAV-Ordner oder teilen Sie Ihre Arbeit per Export und Import unter „Ihre Daten“.";
        team_refused: "The folder could not be opened for the app, so nothing changed. Your work stays in this browser.", "Le dossier n’a pas pu être ouvert pour l’application ; rien n’a donc changé. Votre travail reste dans ce navigateur.", "Der Ordner ließ sich für die App nicht öffnen, daher wurde nichts geändert. Ihre Arbeit bleibt in diesem Browser.";
        team_reconnect: "Reconnect the team folder", "Reconnecter le dossier d’équipe", "Team-Ordner wieder verbinden";
        team_reconnect_hint: "At each visit the browser asks once more before the app may use the team folder {name}. Until then your changes stay in this browser.", "À chaque visite, le navigateur demande de nouveau avant que l’application puisse utiliser le dossier d’équipe {name}. D’ici là, vos modifications restent dans ce navigateur.", "Bei jedem Besuch fragt der Browser erneut, bevor die App den Team-Ordner {name} verwenden darf. Bis dahin bleiben Ihre Änderungen in diesem Browser.";
        team_lost: "This browser no longer knows the team folder {name}. Open it again in Settings under “Your data”; until then your changes stay in this browser.", "Ce navigateur ne connaît plus le dossier d’équipe {name}. Ouvrez-le de nouveau dans les Réglages de « Vos données » ; d’ici là, vos modifications restent dans ce navigateur.", "Dieser Browser kennt den Team-Ordner {name} nicht mehr. Öffnen Sie ihn erneut in den Einstellungen unter „Ihre Daten“; bis dahin bleiben Ihre Änderungen in diesem Browser.";
        status_label: "Team sync", "Synchronisation de l’équipe", "Team-Synchronisierung";
        stopped: "Sync stopped", "Synchronisation arrêtée", "Synchronisierung angehalten";
        empty_value: "(empty)", "(vide)", "(leer)";
        opened: "Opened from the team's sync folder: {names}", "Ouvert depuis le dossier de synchronisation de l’équipe : {names}", "Aus dem Synchronisierungsordner des Teams geöffnet: {names}";
        err_unauthorized: "The sync folder asks you to sign in. Sign in to the server (for example by opening the folder's address in a new tab), then choose “Sync now”. Until then your changes stay in this browser.", "Le dossier de synchronisation demande de vous connecter. Connectez-vous au serveur (par exemple en ouvrant l’adresse du dossier dans un nouvel onglet), puis choisissez « Synchroniser maintenant ». D’ici là, vos modifications restent dans ce navigateur.", "Der Synchronisierungsordner verlangt eine Anmeldung. Melden Sie sich am Server an (etwa indem Sie die Adresse des Ordners in einem neuen Tab öffnen) und wählen Sie dann „Jetzt synchronisieren“. Bis dahin bleiben Ihre Änderungen in diesem Browser.";
        err_forbidden: "Your account may not read or write the sync folder. Ask the folder's administrator for access; until then your changes stay in this browser.", "Votre compte n’a pas le droit de lire ou d’écrire dans le dossier de synchronisation. Demandez l’accès à l’administrateur du dossier ; d’ici là, vos modifications restent dans ce navigateur.", "Ihr Konto darf den Synchronisierungsordner nicht lesen oder beschreiben. Bitten Sie die Administration des Ordners um Zugriff; bis dahin bleiben Ihre Änderungen in diesem Browser.";
        err_folder_missing: "The sync folder cannot be found on the server. Check its address in Settings, or ask your administrator. Your changes stay in this browser.", "Le dossier de synchronisation est introuvable sur le serveur. Vérifiez son adresse dans les Réglages ou demandez à votre administrateur. Vos modifications restent dans ce navigateur.", "Der Synchronisierungsordner ist auf dem Server nicht zu finden. Prüfen Sie seine Adresse in den Einstellungen oder fragen Sie Ihre Administration. Ihre Änderungen bleiben in diesem Browser.";
        err_gone: "This workspace's file is no longer in the sync folder: someone deleted or moved it. Your copy here is intact: save it to the folder again, or export it.", "Le fichier de cet espace de travail n’est plus dans le dossier de synchronisation : quelqu’un l’a supprimé ou déplacé. Votre copie ici est intacte : enregistrez-la de nouveau dans le dossier, ou exportez-la.", "Die Datei dieses Arbeitsbereichs ist nicht mehr im Synchronisierungsordner: Jemand hat sie gelöscht oder verschoben. Ihre Kopie hier ist unversehrt: Speichern Sie sie erneut im Ordner oder exportieren Sie sie.";
        err_server: "The server had a problem (HTTP {status}). Your changes stay in this browser and go out once it works again.", "Le serveur a rencontré un problème (HTTP {status}). Vos modifications restent dans ce navigateur et partiront dès qu’il fonctionnera de nouveau.", "Der Server hatte ein Problem (HTTP {status}). Ihre Änderungen bleiben in diesem Browser und werden übertragen, sobald er wieder funktioniert.";
        err_unreadable: "The workspace's file in the sync folder cannot be read, so it is not overwritten. {detail} Your changes stay in this browser; ask whoever changed the file, or restore it from a backup.", "Le fichier de l’espace de travail dans le dossier de synchronisation est illisible : il n’est donc pas écrasé. {detail} Vos modifications restent dans ce navigateur ; demandez à la personne qui a modifié le fichier, ou restaurez-le depuis une sauvegarde.", "Die Datei des Arbeitsbereichs im Synchronisierungsordner ist nicht lesbar und wird daher nicht überschrieben. {detail} Ihre Änderungen bleiben in diesem Browser; fragen Sie, wer die Datei geändert hat, oder stellen Sie sie aus einer Sicherung wieder her.";
        err_not_this_workspace: "The file in the sync folder named after this workspace holds another one, so it is not overwritten. Your changes stay in this browser; ask whoever put the file there.", "Le fichier du dossier de synchronisation qui porte le nom de cet espace de travail en contient un autre : il n’est donc pas écrasé. Vos modifications restent dans ce navigateur ; demandez à la personne qui l’y a déposé.", "Die Datei im Synchronisierungsordner, die nach diesem Arbeitsbereich benannt ist, enthält einen anderen und wird daher nicht überschrieben. Ihre Änderungen bleiben in diesem Browser; fragen Sie, wer die Datei dort abgelegt hat.";
        err_newer: "The workspace's file in the sync folder was saved by a newer version of GGI Journey (schema {version}), so this version does not overwrite it. Update the app to keep syncing; your changes stay in this browser.", "Le fichier de l’espace de travail dans le dossier de synchronisation a été enregistré par une version plus récente de GGI Journey (schéma {version}) : cette version ne l’écrase donc pas. Mettez l’application à jour pour continuer à synchroniser ; vos modifications restent dans ce navigateur.", "Die Datei des Arbeitsbereichs im Synchronisierungsordner wurde von einer neueren Version von GGI Journey gespeichert (Schema {version}), daher überschreibt diese Version sie nicht. Aktualisieren Sie die App, um weiter zu synchronisieren; Ihre Änderungen bleiben in diesem Browser.";
        err_writes_refused: "The server keeps refusing to save the file although nobody else changed it. Your changes stay in this browser; tell your administrator (the server alters the file's version tag, for example when it compresses the file).", "Le serveur refuse sans cesse d’enregistrer le fichier alors que personne d’autre ne l’a modifié. Vos modifications restent dans ce navigateur ; prévenez votre administrateur (le serveur altère l’étiquette de version du fichier, par exemple en le compressant).", "Der Server verweigert immer wieder das Speichern der Datei, obwohl niemand sonst sie geändert hat. Ihre Änderungen bleiben in diesem Browser; informieren Sie Ihre Administration (der Server verändert das Versionskennzeichen der Datei, etwa beim Komprimieren).";
        err_backup_failed: "No copy of the team's file could be kept before this browser first saves over it, so it was not overwritten. Your changes stay in this browser.", "Aucune copie du fichier de l’équipe n’a pu être conservée avant que ce navigateur ne l’écrase pour la première fois : il n’a donc pas été écrasé. Vos modifications restent dans ce navigateur.", "Vor dem ersten Überschreiben durch diesen Browser ließ sich keine Kopie der Datei des Teams aufbewahren, daher wurde sie nicht überschrieben. Ihre Änderungen bleiben in diesem Browser.";
        err_merge: "The two versions could not be combined ({detail}). Nothing was changed; your changes stay in this browser.", "Les deux versions n’ont pas pu être combinées ({detail}). Rien n’a été modifié ; vos modifications restent dans ce navigateur.", "Die beiden Versionen ließen sich nicht zusammenführen ({detail}). Nichts wurde geändert; Ihre Änderungen bleiben in diesem Browser.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Lang;

    // The checks tests.rs makes of the messages every page shares, for these.
    #[test]
    fn every_language_has_every_key_with_the_same_placeholders_and_french_spacing() {
        fn placeholders(s: &str) -> Vec<&str> {
            let mut found: Vec<&str> = (s.split('{').skip(1))
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
                .collect();
            found.sort_unstable();
            found
        }
        let en = SyncMsgs::of(Lang::En).entries();
        for lang in Lang::ALL {
            let entries = SyncMsgs::of(lang).entries();
            assert_eq!(entries.len(), en.len());
            for ((key, value), (_, en_value)) in entries.iter().zip(&en) {
                assert!(!value.trim().is_empty(), "{lang:?} {key}");
                assert_eq!(
                    placeholders(value),
                    placeholders(en_value),
                    "{lang:?} {key}"
                );
                if lang == Lang::Fr {
                    for bad in [" :", " ;", " !", " ?", " »", "« "] {
                        assert!(!value.contains(bad), "fr {key}: {value:?} has {bad:?}");
                    }
                }
            }
        }
    }
}
