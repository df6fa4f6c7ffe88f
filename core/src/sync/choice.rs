//! Which folder this browser syncs with, as its user chose in Settings. One storage key holds
//! it (the app's start reads no more than that key): a WebDAV folder's address, or a team
//! folder of this computer's name after [`TEAM_FOLDER`]. Each setting changes only its own
//! choice: emptying the WebDAV field does not stop the team folder, nor the reverse.

/// Before a team folder's name in the stored choice (no WebDAV address can start so: it has
/// no such scheme).
pub const TEAM_FOLDER: &str = "team-folder:";

/// The folder chosen in this browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// None here (the deployment's folder, if it names one).
    None,
    /// A WebDAV folder's address.
    WebDav(String),
    /// A team folder of this computer, by name (its handle is kept apart).
    TeamFolder(String),
}

impl Choice {
    /// The choice as stored (empty: none).
    pub fn read(stored: &str) -> Choice {
        match stored.strip_prefix(TEAM_FOLDER) {
            Some(name) => Choice::TeamFolder(name.to_string()),
            None if stored.is_empty() => Choice::None,
            None => Choice::WebDav(stored.to_string()),
        }
    }

    /// The text to store.
    pub fn stored(&self) -> String {
        match self {
            Choice::None => String::new(),
            Choice::WebDav(folder) => folder.clone(),
            Choice::TeamFolder(name) => format!("{TEAM_FOLDER}{name}"),
        }
    }

    /// The WebDAV field saved with `folder` (`None`: emptied). An empty field stops only a
    /// WebDAV folder; a folder given replaces whatever was used (one folder at a time, and
    /// Settings says so beforehand).
    pub fn with_webdav(self, folder: Option<String>) -> Choice {
        match (folder, self) {
            (Some(folder), _) => Choice::WebDav(folder),
            (None, Choice::WebDav(_)) => Choice::None,
            (None, kept) => kept,
        }
    }

    /// The team folder `name` opened, or (`None`) the team folder stopped: stopping it leaves
    /// a WebDAV choice alone.
    pub fn with_team_folder(self, name: Option<String>) -> Choice {
        match (name, self) {
            (Some(name), _) => Choice::TeamFolder(name),
            (None, Choice::TeamFolder(_)) => Choice::None,
            (None, kept) => kept,
        }
    }

    /// The WebDAV folder chosen, if that is the choice.
    pub fn webdav(&self) -> Option<&str> {
        match self {
            Choice::WebDav(folder) => Some(folder),
            _ => None,
        }
    }

    /// The team folder chosen, if that is the choice.
    pub fn team_folder(&self) -> Option<&str> {
        match self {
            Choice::TeamFolder(name) => Some(name),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAV: &str = "https://intranet.example/ggi-data/";

    #[test]
    fn the_stored_text_reads_back_as_the_same_choice() {
        for choice in [
            Choice::None,
            Choice::WebDav(DAV.into()),
            Choice::TeamFolder("GGI – Équipe".into()),
        ] {
            assert_eq!(Choice::read(&choice.stored()), choice);
        }
        assert_eq!(
            Choice::read("team-folder:team"),
            Choice::TeamFolder("team".into())
        );
        assert_eq!(
            Choice::read("ggi-data/"),
            Choice::WebDav("ggi-data/".into())
        );
    }

    #[test]
    fn emptying_the_webdav_field_stops_only_a_webdav_folder() {
        let team = Choice::TeamFolder("team".into());
        assert_eq!(team.clone().with_webdav(None), team);
        assert_eq!(Choice::WebDav(DAV.into()).with_webdav(None), Choice::None);
        assert_eq!(Choice::None.with_webdav(None), Choice::None);
        assert_eq!(
            team.with_webdav(Some(DAV.into())),
            Choice::WebDav(DAV.into())
        );
    }

    #[test]
    fn stopping_the_team_folder_leaves_a_webdav_folder_alone() {
        let dav = Choice::WebDav(DAV.into());
        assert_eq!(dav.clone().with_team_folder(None), dav);
        assert_eq!(
            Choice::TeamFolder("team".into()).with_team_folder(None),
            Choice::None
        );
        assert_eq!(
            dav.with_team_folder(Some("team".into())),
            Choice::TeamFolder("team".into())
        );
    }
}
