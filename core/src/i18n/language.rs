use super::messages;

messages! {
    /// The catalogue's text in the user's language (see `catalogue::localize`).
    LanguageMsgs {
        english: "English", "anglais", "Englisch";
        french: "French", "français", "Französisch";
        german: "German", "allemand", "Deutsch";
        loading: "The activities' {language} text is loading; until it arrives they show in {shown}.", "Le texte des activités en {language} est en cours de chargement ; en attendant, elles s’affichent en {shown}.", "Der Text der Aktivitäten auf {language} wird geladen; bis dahin erscheinen sie auf {shown}.";
        missing: "This site's catalogue has no {language} text, so the activities show in {shown}.", "Le catalogue de ce site n’a pas de texte en {language} : les activités s’affichent en {shown}.", "Der Katalog dieser Website hat keinen Text auf {language}, daher erscheinen die Aktivitäten auf {shown}.";
        failed: "The activities' {language} text could not be loaded, so they show in {shown}. Reload the page to try again.", "Le texte des activités en {language} n’a pas pu être chargé : elles s’affichent en {shown}. Rechargez la page pour réessayer.", "Der Text der Aktivitäten auf {language} konnte nicht geladen werden, daher erscheinen sie auf {shown}. Laden Sie die Seite neu, um es erneut zu versuchen.";
        detail: "Details: {detail}", "Détails : {detail}", "Details: {detail}";
    }
}

impl LanguageMsgs {
    /// The name of `lang` inside a sentence of this language ("in French", "en français").
    pub fn name(&self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::En => self.english,
            super::Lang::Fr => self.french,
            super::Lang::De => self.german,
        }
    }
}
