use super::messages;

messages! {
    /// What the app says when it refuses text from data (a catalogue, an imported file, a note).
    UntrustedMsgs {
        link_removed: "link removed: not a web or e-mail address", "lien retiré : ce n’est pas une adresse web ou e-mail", "Link entfernt: keine Web- oder E-Mail-Adresse";
    }
}
