//! GGI Journey's pure domain: the Good Governance Initiative catalogue, an organisation's
//! progress through it, and everything that can be computed, validated, migrated, imported or
//! exported without a browser. Nothing here depends on Leptos, web-sys or gloo, so the whole
//! crate is tested natively with `cargo test -p ggi-core`.

pub mod advice;
pub mod board_import;
pub mod calendar;
pub mod catalogue;
pub mod chart;
pub mod collect;
pub mod config;
pub mod durability;
pub mod export;
pub mod filter;
pub mod i18n;
pub mod ids;
pub mod import;
pub mod iteration;
pub mod journey;
pub mod json;
pub mod limits;
pub mod lowercase;
pub mod markdown;
pub mod merge;
pub mod migrate;
pub mod onboarding;
pub mod order;
pub mod orphans;
pub mod persist;
pub mod portfolio;
pub mod progress;
pub mod report;
pub mod route;
pub mod safe_url;
pub mod sample;
pub mod schema;
pub mod scoring;
pub mod sync;
pub mod validate;
pub mod workspaces;
