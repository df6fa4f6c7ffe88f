//! The simulated remote folder and browsers of tests/sync_machine_properties.rs.

use ggi_core::catalogue::Catalogue;
use ggi_core::schema::{Document, Workspace};
use ggi_core::sync::{file, Action, Author, Event, Machine, Record, Version};
use std::collections::BTreeMap;

/// The workspace both browsers sync.
pub const ID: &str = "ws-1";

pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(Catalogue::embedded)
}

/// `ms` after the start, as the machine's clock reads.
pub fn time(ms: u64) -> String {
    let (s, ms) = (ms / 1000, ms % 1000);
    format!(
        "2031-01-01T{:02}:{:02}:{:02}.{ms:03}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// The folder: each file's text, version number and when it was written (ms).
#[derive(Default)]
pub struct Server {
    files: BTreeMap<String, (String, u64, u64)>,
    versions: u64,
    pub now: u64,
}

impl Server {
    pub fn tag(&self, name: &str) -> Option<String> {
        let (_, version, written) = self.files.get(name)?;
        let weak = if self.now < written + 1000 { "W/" } else { "" };
        Some(format!("{weak}\"{version}\""))
    }

    pub fn store(&mut self, name: &str, body: &str) -> Event {
        self.versions += 1;
        self.files.insert(
            name.to_string(),
            (body.to_string(), self.versions, self.now),
        );
        Event::WriteOk {
            version: self.tag(name).and_then(|t| Version::from_etag(&t)),
        }
    }

    /// What the server answers to `action`.
    pub fn serve(&mut self, action: &Action) -> Event {
        let name = file::file_name(ID);
        let exists = |s: &Server, n: &str| s.files.contains_key(n);
        match action {
            Action::Read { if_none_match } => match self.tag(&name) {
                None => Event::status(404),
                Some(tag)
                    if if_none_match.as_deref().map(|t| t.trim_start_matches("W/"))
                        == Some(tag.trim_start_matches("W/")) =>
                {
                    Event::status(304)
                }
                Some(tag) => {
                    let text = self.files[&name].0.clone();
                    Event::read(Version::from_etag(&tag), text, ID, catalogue())
                }
            },
            Action::Write { body, if_match } => match self.tag(&name) {
                // A weak tag never matches: compared strongly.
                Some(tag) if !tag.starts_with("W/") && &tag == if_match => self.store(&name, body),
                _ => Event::status(412),
            },
            Action::Create { body } if !exists(self, &name) => self.store(&name, body),
            Action::Backup { name, body } if !exists(self, name) => self.store(name, body),
            Action::Create { .. } | Action::Backup { .. } => Event::status(412),
            other => panic!("not a request: {other:?}"),
        }
    }

    pub fn workspace(&self) -> Option<Workspace> {
        let (text, _, _) = self.files.get(&file::file_name(ID))?;
        let doc = file::read(text, ID, catalogue()).ok()?;
        doc.workspaces.first().cloned()
    }
}

/// One browser: the app's workspace, the machine, the request under way and its answer.
pub struct Client {
    pub side: &'static str,
    pub ws: Workspace,
    pub machine: Machine,
    pub request: Option<Action>,
    pub answer: Option<Event>,
    pub online: bool,
    pub edits: usize,
}

impl Client {
    pub fn feed(&mut self, event: Event, now: u64) {
        let ev = format!("{event:?}");
        let action = self.machine.handle(event, &time(now));
        // TRACE=1 prints every event and action: how a failing case went.
        if std::env::var("TRACE").is_ok() {
            let short = |s: String| s.chars().take(160).collect::<String>();
            eprintln!(
                "{} {} <- {}\n     -> {}",
                self.side,
                now,
                short(ev),
                short(format!("{action:?}"))
            );
        }
        match action {
            Action::Apply { workspace, .. } => {
                self.ws = *workspace;
                self.feed(Event::Applied, now);
            }
            Action::Read { .. }
            | Action::Write { .. }
            | Action::Create { .. }
            | Action::Backup { .. } => {
                assert!(
                    self.request.is_none() && self.answer.is_none(),
                    "{}: two requests at once",
                    self.side
                );
                self.request = Some(action);
            }
            Action::Nothing | Action::Wait { .. } | Action::ShowError { .. } => {}
        }
    }

    pub fn send(&mut self, server: &mut Server) {
        if let Some(request) = self.request.take() {
            self.answer = Some(if self.online {
                server.serve(&request)
            } else {
                Event::Offline
            });
        }
    }

    pub fn deliver(&mut self, now: u64) {
        if let Some(answer) = self.answer.take() {
            self.feed(answer, now);
        }
    }
}

/// The folder holding a fresh workspace that someone else wrote, and two browsers that
/// opened it.
pub fn start() -> (Server, [Client; 2]) {
    let base = Document::new(catalogue(), "2031-01-01T00:00:00.000Z");
    let mut server = Server {
        now: 5_000,
        ..Server::default()
    };
    let file_doc = file::file_document(&base.workspaces[0]);
    server.store(
        &file::file_name(ID),
        &file::body(&file_doc, "2031-01-01T00:00:00.000Z", None),
    );
    server.now += 5_000;
    let tag = server
        .tag(&file::file_name(ID))
        .and_then(|t| Version::from_etag(&t));
    let stamp = file::Stamp {
        at: Some("2031-01-01T00:00:00.000Z".into()),
        written: None,
    };
    let client = |side: &'static str| Client {
        side,
        ws: base.workspaces[0].clone(),
        machine: Machine::new(
            Record::opened(file_doc.clone(), tag.clone(), &stamp, "t"),
            &base.workspaces[0],
            Author {
                id: side.to_string(),
                name: side.to_uppercase(),
            },
        ),
        request: None,
        answer: None,
        online: true,
        edits: 0,
    };
    (server, [client("a"), client("b")])
}
