//! Shared view pieces, one component per file.

mod custom_activity_form;
mod deploy_notice;
mod footer;
mod header;
pub mod markdown;
mod markdown_field;
mod objectives_editor;
mod persistence_banner;
mod progress_bar;
mod progress_fields;
mod radar_chart;
mod report_activity;
mod scorecard_editor;
mod settings_panel;
pub mod status_badge;
mod status_heatmap;
mod trend_chart;
mod verification_checklist;

pub use custom_activity_form::CustomActivityForm;
pub use deploy_notice::DeployNotice;
pub use footer::Footer;
pub use header::Header;
pub use markdown::Markdown;
pub use markdown_field::MarkdownField;
pub use objectives_editor::ObjectivesEditor;
pub use persistence_banner::PersistenceBanner;
pub use progress_bar::ProgressBar;
pub use progress_fields::ProgressFields;
pub use radar_chart::RadarChart;
pub use report_activity::ReportActivity;
pub use scorecard_editor::ScorecardEditor;
pub use settings_panel::SettingsPanel;
pub use status_badge::StatusBadge;
pub use status_heatmap::StatusHeatmap;
pub use trend_chart::TrendChart;
pub use verification_checklist::VerificationChecklist;
