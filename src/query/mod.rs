//! The query language of the dataset endpoints and the representations of
//! their answers, shared by every dataset (one implementation, driven by the
//! descriptors in [`crate::data::kinds`]).
//!
//! A request flows through it in this order: [`params`] (decode the query
//! string) → [`options`] (the shared options, and the representation from
//! `?format=` or `Accept`) → [`plan`] (report, dataset, comparison view;
//! filters, sort and paging) → [`render`] (JSON, CSV or NDJSON, with paging
//! links). [`render::dataset_answer`] runs them for a dataset endpoint;
//! [`detail::item_answer`] answers for one claim, position or industry.

pub mod detail;
pub mod options;
pub mod params;
pub mod plan;
pub mod render;
