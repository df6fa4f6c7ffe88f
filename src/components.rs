//! Shared view pieces, one component per file.

mod export_panel;
mod footer;
mod header;
pub mod import_panel;
mod import_preview;
pub mod markdown;
mod persistence_banner;
mod progress_bar;
pub mod status_badge;
mod verification_checklist;

pub use export_panel::ExportPanel;
pub use footer::Footer;
pub use header::Header;
pub use import_panel::ImportPanel;
pub use import_preview::ImportPreview;
pub use markdown::Markdown;
pub use persistence_banner::PersistenceBanner;
pub use progress_bar::ProgressBar;
pub use status_badge::StatusBadge;
pub use verification_checklist::VerificationChecklist;
