//! Every native integration test of ggi-core, in one binary: the shared modules are compiled
//! once and one binary is linked, instead of one per file (CI's time). `cargo test -p ggi-core
//! --test suite <module>` runs one file's tests.

// proptest and the schema validator are native dev-dependencies only.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod strategies;
mod sync_edits;
mod sync_remote;

mod board_properties;
mod board_scale;
mod board_upstream;
mod export_schema;
mod hostile_import;
mod hostile_properties;
mod merge_properties;
mod migrations;
mod properties;
mod shape_properties;
mod sync_machine_properties;
mod sync_properties;
mod translations;
mod untrusted_import;
