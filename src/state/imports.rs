//! Imports change the whole document at once; the replaced one is kept so they can be undone.

use super::{AppState, Persistence, Replaced};
use ggi_core::schema::Document;
use leptos::prelude::*;

impl AppState {
    /// Puts `next` (an imported or merged document) in place of the whole document and saves it
    /// at once, keeping the replaced one for [`AppState::undo_import`] until the next change.
    /// Returns false, changing nothing, when the data is open read-only.
    pub fn replace_document(&self, next: Document) -> bool {
        self.swap_in(next, false)
    }

    /// Brings back the document the last import replaced, keeping the imported one so the undo
    /// can itself be undone. Returns false if there is nothing to undo any more.
    pub fn undo_import(&self) -> bool {
        let Some(replaced) = self.previous.get_untracked() else {
            return false;
        };
        self.swap_in(replaced.document, !replaced.by_undo)
    }

    /// What an undo would bring back now (tracks): `Some(true)` when it would redo an import
    /// that was undone.
    pub fn undo_kind(&self) -> Option<bool> {
        self.previous.with(|p| p.as_ref().map(|r| r.by_undo))
    }

    /// An import can be undone (tracks).
    pub fn can_undo(&self) -> bool {
        self.previous.with(Option::is_some)
    }

    /// Any other change ends the chance to undo: undoing would silently drop it.
    pub(super) fn forget_replaced(&self) {
        if self.previous.with_untracked(Option::is_some) {
            self.previous.set(None);
        }
    }

    fn swap_in(&self, next: Document, by_undo: bool) -> bool {
        if matches!(
            self.persistence.get_untracked(),
            Persistence::ReadOnly { .. } | Persistence::NotRead
        ) {
            return false;
        }
        let current = self.document.get_untracked();
        self.put(next, &current);
        self.previous.set(Some(Replaced {
            document: current,
            by_undo,
        }));
        true
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
