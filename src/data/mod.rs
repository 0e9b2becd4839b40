//! The heart of the product: the report data, its model and its loading.
//!
//! - [`kinds`]: one descriptor per kind of dataset (chart): endpoint, table,
//!   fields, filters, rules, chart design, derived views;
//! - [`design`]: the chart designs the descriptors hold;
//! - [`table`], [`value`]: rows in memory, with exact figures;
//! - [`catalog`]: every report and dataset, loaded from the database;
//! - [`citation`]: how to cite a chart or a report;
//! - [`vocabulary`]: the fields' titles in English and Chinese, and ranges;
//! - [`derived`]: figures computed at load (peaks, comparisons);
//! - [`claims`]: the report's claims, evaluated against its datasets at
//!   load (`/claims`);
//! - [`entities`]: the positions and industries it names, one label, one
//!   entity (`/positions`, `/industries`, `/labels`);
//! - [`rules`]: the rules the data must follow (`check`).

pub mod catalog;
pub mod citation;
pub mod claims;
pub mod derived;
pub mod design;
pub mod entities;
pub mod kinds;
pub mod rules;
pub mod table;
pub mod value;
pub mod vocabulary;
