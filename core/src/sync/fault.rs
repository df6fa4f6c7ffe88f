//! A team folder of this computer (the File System Access API) fails in its own ways, named by
//! the browser's `DOMException`: they are not a server's, and are not told as one.

use super::Event;

/// Why a team folder of this computer could not be used, beyond "not found" and "not allowed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderFault {
    /// The file is held by another program, or changed while the app wrote or read it (the
    /// file sync bringing a colleague's copy): trying again shortly is enough.
    Busy,
    /// The disk holding the folder is full.
    Full,
    /// The folder cannot be written here: read-only, or something that is not a file bears the
    /// workspace file's name.
    Unwritable,
    /// The browser no longer lets the app use the folder (its permission was taken back): the
    /// user opens it again; no account or administrator is involved.
    NotAllowed,
}

impl Event {
    /// The event for a File System Access failure, by its `DOMException`'s `name`.
    pub fn file_system(name: &str) -> Event {
        match name {
            "NotFoundError" => Event::NotFound,
            "NotAllowedError" | "SecurityError" => Event::FolderFault(FolderFault::NotAllowed),
            "NoModificationAllowedError"
            | "InvalidStateError"
            | "NotReadableError"
            | "AbortError" => Event::FolderFault(FolderFault::Busy),
            "QuotaExceededError" => Event::FolderFault(FolderFault::Full),
            _ => Event::FolderFault(FolderFault::Unwritable),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_system_failure_is_told_as_a_folder_of_this_computer_not_a_server() {
        let cases = [
            ("NotFoundError", Event::NotFound),
            (
                "NotAllowedError",
                Event::FolderFault(FolderFault::NotAllowed),
            ),
            ("SecurityError", Event::FolderFault(FolderFault::NotAllowed)),
            (
                "NoModificationAllowedError",
                Event::FolderFault(FolderFault::Busy),
            ),
            ("InvalidStateError", Event::FolderFault(FolderFault::Busy)),
            ("NotReadableError", Event::FolderFault(FolderFault::Busy)),
            ("AbortError", Event::FolderFault(FolderFault::Busy)),
            ("QuotaExceededError", Event::FolderFault(FolderFault::Full)),
            (
                "TypeMismatchError",
                Event::FolderFault(FolderFault::Unwritable),
            ),
            (
                "InvalidModificationError",
                Event::FolderFault(FolderFault::Unwritable),
            ),
            // A name this version does not know (a later browser's): still the folder's.
            ("", Event::FolderFault(FolderFault::Unwritable)),
            ("SomeNewError", Event::FolderFault(FolderFault::Unwritable)),
        ];
        for (name, event) in cases {
            assert_eq!(Event::file_system(name), event, "{name:?}");
        }
    }
}
