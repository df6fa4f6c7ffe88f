//! Shared view pieces, one component per file.

mod deploy_notice;
mod footer;
mod header;
pub mod markdown;
mod persistence_banner;
mod progress_bar;
mod report_activity;
pub mod status_badge;
mod verification_checklist;

pub use deploy_notice::DeployNotice;
pub use footer::Footer;
pub use header::Header;
pub use markdown::Markdown;
pub use persistence_banner::PersistenceBanner;
pub use progress_bar::ProgressBar;
pub use report_activity::ReportActivity;
pub use status_badge::StatusBadge;
pub use verification_checklist::VerificationChecklist;
