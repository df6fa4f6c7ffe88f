use super::messages;

messages! {
    /// What the app says when it keeps, repairs or refuses to overwrite someone's data.
    SafetyMsgs {
        warnings_heading: "Kept as it is, or repaired", "Conservé tel quel ou réparé", "Unverändert übernommen oder repariert";
        warn_unplaced_activity: "{workspace}: progress for {activity}, which the catalogue in use does not have, is kept and listed under “Progress the catalogue cannot place”.", "{workspace} : la progression de {activity}, absente du catalogue utilisé, est conservée et listée sous « Progression que le catalogue ne sait pas placer ».", "{workspace}: Der Fortschritt zu {activity}, das der verwendete Katalog nicht enthält, bleibt erhalten und wird unter „Fortschritt, den der Katalog nicht zuordnen kann“ aufgeführt.";
        warn_unplaced_points: "{workspace}, {activity}: records for verification points the activity does not have ({points}) are kept.", "{workspace}, {activity} : les saisies pour des points de vérification que l’activité n’a pas ({points}) sont conservées.", "{workspace}, {activity}: Einträge zu Prüfpunkten, die die Aktivität nicht hat ({points}), bleiben erhalten.";
        warn_custom_unplaced: "{workspace}: your activity “{activity}” no longer fits the catalogue in use (its id or goal); it is kept as it is.", "{workspace} : votre activité « {activity} » ne correspond plus au catalogue utilisé (identifiant ou objectif) ; elle est conservée telle quelle.", "{workspace}: Ihre Aktivität „{activity}“ passt nicht mehr zum verwendeten Katalog (Kennung oder Ziel); sie bleibt unverändert erhalten.";
        warn_reidentified: "{path}: the id “{old}” was used twice; this item now has the id “{new}”, so a change to one can never touch the other.", "{path} : l’identifiant « {old} » était utilisé deux fois ; cet élément a désormais l’identifiant « {new} », pour qu’une modification de l’un ne touche jamais l’autre.", "{path}: Die Kennung „{old}“ war doppelt vergeben; dieses Element hat jetzt die Kennung „{new}“, damit eine Änderung des einen nie das andere betrifft.";
        chars: "{n} of {max} characters", "{n} caractères sur {max}", "{n} von {max} Zeichen";
        aside_failed: "The unreadable data could not be set aside ({error}). Nothing was written and the stored text is untouched: download it, free some space and try again, or discard it.", "Les données illisibles n’ont pas pu être mises de côté ({error}). Rien n’a été écrit et le texte enregistré est intact : téléchargez-le, libérez de la place et réessayez, ou abandonnez-le.", "Die unlesbaren Daten konnten nicht beiseitegelegt werden ({error}). Nichts wurde geschrieben und der gespeicherte Text ist unverändert: Laden Sie ihn herunter, schaffen Sie Platz und versuchen Sie es erneut, oder verwerfen Sie ihn.";
        discard: "Discard the unreadable data…", "Abandonner les données illisibles…", "Unlesbare Daten verwerfen…";
        discard_confirm: "The unreadable data will be deleted for good and cannot be recovered. Download it first if it may matter.", "Les données illisibles seront définitivement supprimées, sans retour possible. Téléchargez-les d’abord si elles peuvent compter.", "Die unlesbaren Daten werden endgültig gelöscht und sind nicht wiederherstellbar. Laden Sie sie vorher herunter, falls sie wichtig sein könnten.";
        discard_yes: "Delete it and start fresh", "Les supprimer et repartir de zéro", "Löschen und neu beginnen";
        cancel: "Cancel", "Annuler", "Abbrechen";
        load_theirs_failed: "The other version could not be loaded: {why} Nothing was changed.", "L’autre version n’a pas pu être chargée : {why} Rien n’a été modifié.", "Die andere Version konnte nicht geladen werden: {why} Nichts wurde geändert.";
        theirs_gone: "nothing is stored any more (the site's data was cleared).", "plus rien n’est enregistré (les données du site ont été effacées).", "es ist nichts mehr gespeichert (die Daten der Website wurden gelöscht).";
        download_stored: "Download the stored data as it is", "Télécharger les données enregistrées telles quelles", "Gespeicherte Daten unverändert herunterladen";
        undo_until_change: "Undo stays available until your next change.", "L’annulation reste possible jusqu’à votre prochaine modification.", "Rückgängig machen ist bis zu Ihrer nächsten Änderung möglich.";
        redo: "Redo the import", "Rétablir l’import", "Import wiederherstellen";
        redone: "The import is back.", "L’import est rétabli.", "Der Import ist wiederhergestellt.";
    }
}
