use super::messages;

messages! {
    /// Importing a My GGI Board project's progress (Data page and `ggi import-board`).
    BridgeMsgs {
        hint: "Moving from My GGI Board? Choose its dashboard's issues.csv, tasks.csv and labels_hist.csv together, a GitLab issue export (CSV) or the output of gh issue list (JSON); add the board's conf/ggi_deployment.json if its status labels were renamed.", "Vous venez de My GGI Board ? Choisissez ensemble les fichiers issues.csv, tasks.csv et labels_hist.csv de son tableau de bord, un export des tickets GitLab (CSV) ou la sortie de gh issue list (JSON) ; ajoutez le fichier conf/ggi_deployment.json du tableau si ses étiquettes de statut ont été renommées.", "Sie kommen von My GGI Board? Wählen Sie die Dateien issues.csv, tasks.csv und labels_hist.csv seines Dashboards zusammen, einen GitLab-Issue-Export (CSV) oder die Ausgabe von gh issue list (JSON); fügen Sie die Datei conf/ggi_deployment.json des Boards hinzu, wenn seine Status-Labels umbenannt wurden.";
        workspace_name: "My GGI Board", "My GGI Board", "My GGI Board";
        heading: "From My GGI Board", "Depuis My GGI Board", "Aus My GGI Board";
        files_read: "Read: {files}", "Lus : {files}", "Gelesen: {files}";
        kind_issues: "{file} (the dashboard's issue list)", "{file} (liste des tickets du tableau de bord)", "{file} (Issue-Liste des Dashboards)";
        kind_tasks: "{file} (the dashboard's task items)", "{file} (tâches du tableau de bord)", "{file} (Aufgaben des Dashboards)";
        kind_history: "{file} (the dashboard's label history)", "{file} (historique des étiquettes du tableau de bord)", "{file} (Label-Verlauf des Dashboards)";
        kind_gitlab: "{file} (GitLab issue export)", "{file} (export des tickets GitLab)", "{file} (GitLab-Issue-Export)";
        kind_github: "{file} (GitHub issues)", "{file} (tickets GitHub)", "{file} (GitHub-Issues)";
        kind_gitlab_api: "{file} (GitLab issues, API or glab JSON)", "{file} (tickets GitLab, JSON de l’API ou de glab)", "{file} (GitLab-Issues, JSON der API oder von glab)";
        kind_deployment: "{file} (the board's status labels)", "{file} (étiquettes de statut du tableau)", "{file} (Status-Labels des Boards)";
        kind_catalogue: "{file} (the board's handbook text)", "{file} (texte du manuel du tableau)", "{file} (Handbuchtext des Boards)";
        mapped_heading: "Mapped", "Repris", "Übernommen";
        kept_heading: "Kept in the activity's operational notes (nothing is dropped)", "Conservé dans les notes opérationnelles de l’activité (rien n’est perdu)", "In den operativen Notizen der Aktivität behalten (nichts geht verloren)";
        skipped_heading: "Not imported", "Non importé", "Nicht importiert";
        nothing_mapped: "Nothing to map: no activity has a status, scorecard or task item yet.", "Rien à reprendre : aucune activité n’a encore de statut, de fiche ou de tâche.", "Nichts zu übernehmen: Noch keine Aktivität hat einen Status, eine Scorecard oder eine Aufgabe.";
        m_status: "{activity}: label “{label}” → status {status}", "{activity} : étiquette « {label} » → statut {status}", "{activity}: Label „{label}“ → Status {status}";
        m_scorecard: "{activity}: “{heading}” → scorecard, {field}", "{activity} : « {heading} » → fiche, {field}", "{activity}: „{heading}“ → Scorecard, {field}";
        m_objectives: "{activity}: task items → objectives: {total} ({done} done)", "{activity} : tâches → cibles : {total} (atteintes : {done})", "{activity}: Aufgaben → Vorhaben: {total} ({done} erledigt)";
        m_points: "{activity}: ticked handbook points → verification points met: {count}", "{activity} : points du manuel cochés → points de vérification validés : {count}", "{activity}: abgehakte Handbuchpunkte → erfüllte Prüfpunkte: {count}";
        m_history: "{activity}: dated status changes → written with their dates in the operational notes: {count}", "{activity} : changements de statut datés → inscrits avec leur date dans les notes opérationnelles : {count}", "{activity}: datierte Statuswechsel → mit Datum in den operativen Notizen festgehalten: {count}";
        m_own: "{activity}: the issue “{title}” is no activity of the catalogue → own activity", "{activity} : le ticket « {title} » n’est pas une activité du catalogue → activité propre", "{activity}: das Issue „{title}“ ist keine Aktivität des Katalogs → eigene Aktivität";
        m_template: "{activity}: subsections with My GGI Board's template text only, not copied: {count}", "{activity} : sous-sections ne contenant que le texte modèle de My GGI Board, non copiées : {count}", "{activity}: Unterabschnitte nur mit dem Vorlagentext von My GGI Board, nicht übernommen: {count}";
        m_combined: "{activity}: {count} issues of one activity, combined: {issues} (their texts one after the other, each under its issue's name, and their task items together)", "{activity} : {count} tickets d’une même activité, réunis : {issues} (leurs textes l’un après l’autre, chacun sous le nom de son ticket, et leurs tâches ensemble)", "{activity}: {count} Issues einer Aktivität, zusammengeführt: {issues} (ihre Texte nacheinander, jeder unter dem Namen seines Issues, und ihre Aufgaben zusammen)";
        issue_numbered: "#{number} “{title}”", "n° {number} « {title} »", "#{number} „{title}“";
        issue_titled: "“{title}”", "« {title} »", "„{title}“";
        and_more: "and {count} more", "et {count} autres", "und {count} weitere";
        from_issue: "From issue {issue}", "Du ticket {issue}", "Aus Issue {issue}";
        f_description: "description", "description personnalisée", "angepasste Beschreibung";
        f_opportunity: "opportunity", "évaluation de l’opportunité", "Chancenbewertung";
        f_tools: "tools", "outils utilisés", "eingesetzte Werkzeuge";
        f_notes: "operational notes", "notes opérationnelles", "operative Notizen";
        f_scorecard: "scorecard, {field}", "fiche, {field}", "Scorecard, {field}";
        f_objective: "objective {n}", "cible n° {n}", "Vorhaben {n}";
        f_own_title: "title of the own activity", "titre de l’activité propre", "Titel der eigenen Aktivität";
        f_own_description: "description of the own activity", "description de l’activité propre", "Beschreibung der eigenen Aktivität";
        k_label: "{activity}: label “{label}”", "{activity} : étiquette « {label} »", "{activity}: Label „{label}“";
        k_status_extra: "{activity}: a second status label “{label}”", "{activity} : une seconde étiquette de statut « {label} »", "{activity}: ein zweites Status-Label „{label}“";
        k_section: "{activity}: section “{heading}”", "{activity} : section « {heading} »", "{activity}: Abschnitt „{heading}“";
        k_closed: "{activity}: the issue is closed on the board", "{activity} : le ticket est fermé sur le tableau", "{activity}: das Issue ist auf dem Board geschlossen";
        k_point: "{activity}: ticked item “{text}”, beyond the catalogue's verification points", "{activity} : élément coché « {text} », au-delà des points de vérification du catalogue", "{activity}: abgehakter Punkt „{text}“, über die Prüfpunkte des Katalogs hinaus";
        k_continued: "{activity}: scorecard, {field}: longer than {limit} characters; its last {count} characters continue in the operational notes", "{activity} : fiche, {field} : plus de {limit} caractères ; ses {count} derniers caractères continuent dans les notes opérationnelles", "{activity}: Scorecard, {field}: länger als {limit} Zeichen; die letzten {count} Zeichen stehen in den operativen Notizen";
        s_task: "tasks.csv: the task item “{text}” has no activity id, and without the issues.csv of the same night its issue cannot be told", "tasks.csv : la tâche « {text} » n’a pas d’identifiant d’activité et, sans le fichier issues.csv de la même nuit, son ticket ne peut être retrouvé", "tasks.csv: die Aufgabe „{text}“ hat keine Aktivitäts-ID, und ohne die issues.csv derselben Nacht lässt sich ihr Issue nicht bestimmen";
        s_event: "{file}, line {line}: a label event of issue #{issue}, which no other file describes", "{file}, ligne {line} : un événement d’étiquette du ticket n° {issue}, qu’aucun autre fichier ne décrit", "{file}, Zeile {line}: ein Label-Ereignis von Issue #{issue}, das keine andere Datei beschreibt";
        s_cut: "{activity}: {field}: longer than {limit} characters; its last {count} characters are not imported", "{activity} : {field} : plus de {limit} caractères ; ses {count} derniers caractères ne sont pas importés", "{activity}: {field}: länger als {limit} Zeichen; die letzten {count} Zeichen werden nicht importiert";
        note_heading: "From My GGI Board (not mapped)", "Depuis My GGI Board (non repris)", "Aus My GGI Board (nicht übernommen)";
        note_label: "Label “{label}”", "Étiquette « {label} »", "Label „{label}“";
        note_closed: "The issue was closed on the board.", "Le ticket a été fermé sur le tableau.", "Das Issue wurde auf dem Board geschlossen.";
        note_point: "Ticked: {text}", "Coché : {text}", "Abgehakt: {text}";
        continued_heading: "Continued from the scorecard, {field}", "Suite de la fiche, {field}", "Fortsetzung der Scorecard, {field}";
        history_heading: "Status history on My GGI Board", "Historique des statuts sur My GGI Board", "Statusverlauf auf My GGI Board";
        history_added: "{date}: label “{label}” added by {author} → {status}", "{date} : étiquette « {label} » ajoutée par {author} → {status}", "{date}: Label „{label}“ hinzugefügt von {author} → {status}";
        history_removed: "{date}: label “{label}” removed by {author}", "{date} : étiquette « {label} » retirée par {author}", "{date}: Label „{label}“ entfernt von {author}";
        err_not_board: "{file} is not a file My GGI Board, GitLab or GitHub gives (issues.csv, tasks.csv, labels_hist.csv, a GitLab issue export, GitLab API or glab issue list JSON, gh issue list JSON, ggi_deployment.json, ggi_activities_full.json).", "{file} n’est pas un fichier fourni par My GGI Board, GitLab ou GitHub (issues.csv, tasks.csv, labels_hist.csv, export des tickets GitLab, JSON de l’API GitLab ou de glab issue list, JSON de gh issue list, ggi_deployment.json, ggi_activities_full.json).", "{file} ist keine Datei, die My GGI Board, GitLab oder GitHub liefert (issues.csv, tasks.csv, labels_hist.csv, GitLab-Issue-Export, JSON der GitLab-API oder von glab issue list, JSON von gh issue list, ggi_deployment.json, ggi_activities_full.json).";
        err_csv_unclosed: "{file}, line {line}: a quoted field is never closed.", "{file}, ligne {line} : un champ entre guillemets n’est jamais fermé.", "{file}, Zeile {line}: ein Feld in Anführungszeichen wird nie geschlossen.";
        err_csv_after_quote: "{file}, line {line}: text follows a closing quote.", "{file}, ligne {line} : du texte suit un guillemet fermant.", "{file}, Zeile {line}: Text folgt auf ein schließendes Anführungszeichen.";
        err_json: "{file} is not valid JSON: {message}", "{file} n’est pas du JSON valide : {message}", "{file} ist kein gültiges JSON: {message}";
        err_no_issues: "These files hold no issue of a My GGI Board project.", "Ces fichiers ne contiennent aucun ticket d’un projet My GGI Board.", "Diese Dateien enthalten kein Issue eines My-GGI-Board-Projekts.";
        err_history_alone: "labels_hist.csv names issues by number only: add issues.csv (or an issue export) to know their activities.", "labels_hist.csv ne désigne les tickets que par leur numéro : ajoutez issues.csv (ou un export des tickets) pour connaître leurs activités.", "labels_hist.csv nennt Issues nur per Nummer: Fügen Sie issues.csv (oder einen Issue-Export) hinzu, um ihre Aktivitäten zu kennen.";
        err_too_large: "{file} is too large ({size} bytes). The limit is 20 MB.", "{file} est trop volumineux ({size} octets). La limite est de 20 Mo.", "{file} ist zu groß ({size} Byte). Die Grenze liegt bei 20 MB.";
    }
}
