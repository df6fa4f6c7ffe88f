//! Imports change the whole document at once; the replaced one is kept so they can be undone.

use super::{AppState, Persistence};
use ggi_core::schema::Document;
use leptos::prelude::*;

impl AppState {
    /// Puts `next` (an imported or merged document) in place of the whole document and saves it
    /// at once, keeping the replaced one for [`AppState::undo_import`]. Returns false, changing
    /// nothing, when the data is open read-only.
    pub fn replace_document(&self, next: Document) -> bool {
        if matches!(
            self.persistence.get_untracked(),
            Persistence::ReadOnly { .. }
        ) {
            return false;
        }
        let current = self.document.get_untracked();
        self.put(next, &current);
        self.previous.set(Some(current));
        true
    }

    /// Brings back the document the last import replaced. Returns false if there is none.
    pub fn undo_import(&self) -> bool {
        let Some(previous) = self.previous.get_untracked() else {
            return false;
        };
        let current = self.document.get_untracked();
        self.put(previous, &current);
        self.previous.set(None);
        true
    }

    /// An import can be undone (tracks).
    pub fn can_undo(&self) -> bool {
        self.previous.with(Option::is_some)
    }

    // The new document takes the current revision: it is a change made in this tab, so saving
    // it must not look like writing over another tab's newer data.
    fn put(&self, mut next: Document, current: &Document) {
        next.revision = current.revision;
        next.saved_at.clone_from(&current.saved_at);
        self.document.set(next);
        match self.persistence.get_untracked() {
            // Importing a backup is a way out of unreadable data: its text is set aside first.
            Persistence::Unreadable { .. } => self.start_fresh(),
            // Another tab saved newer data: the banner asks the user first.
            p if p.blocks_saving() => {}
            _ => {
                self.persistence.set(Persistence::Pending);
                self.save_now();
            }
        }
    }
}
