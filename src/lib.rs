//! talent-trends-api: every figure of talent-market trend reports as a
//! read-only JSON API.
//!
//! The modules, in layer order: each may use the ones below it, never one
//! above (`tests/api/architecture.rs` checks that no module imports a module
//! that imports it back). `ARCHITECTURE.md` draws the map.
//!
//! - [`commands`]: the subcommands (`migrate`, `check`, `export`, `openapi`,
//!   `healthcheck`); `main.rs` only parses and dispatches;
//! - [`startup`]: `serve`: bind, prepare the database, load and check the
//!   data, serve until a signal; [`watch`] follows the database while
//!   serving; [`signals`] says what each signal does;
//! - [`http`]: routes and handlers, the middleware stack
//!   ([`http::layers`]), the OpenAPI document and the server loop;
//!   [`http::app`] builds the whole service;
//! - [`publish`]: each report as a Frictionless Data Package (descriptor
//!   and zip), and the database download, built once per data snapshot;
//! - [`chart`]: the datasets drawn as SVG charts;
//! - [`query`]: the query language of the dataset endpoints and the
//!   representations of their answers (JSON, CSV, NDJSON);
//! - [`data`]: the report data, its model ([`data::kinds`]) and loading
//!   ([`data::catalog`]);
//! - [`db`]: the SQLite database, migrations and seeds.
//!
//! Below everything that uses them:
//! - [`state`]: the shared state (data snapshot, configuration, database,
//!   metrics), with [`cache`] (answers kept per snapshot) and [`metrics`]
//!   (the Prometheus registry);
//! - [`error`]: the one error format (`application/problem+json`);
//! - [`config`]: settings from flags and environment; [`telemetry`]: logs;
//!   [`allowance`]: per-client allowances (the rate limit, the log limit).

pub mod allowance;
pub mod cache;
pub mod chart;
pub mod commands;
pub mod config;
pub mod data;
pub mod db;
pub mod error;
pub mod http;
pub mod metrics;
pub mod publish;
pub mod query;
pub mod signals;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod watch;

pub use http::app;
pub use state::AppState;
