//! talent-trends-api: every figure of talent-market trend reports as a
//! read-only JSON API.
//!
//! The map of the service:
//! - [`data`]: the report data, its model ([`data::kinds`]) and loading ([`data::catalog`]);
//! - [`db`]: the SQLite database, migrations and seeds;
//! - [`api`]: the query language and representations shared by every dataset;
//! - [`http`]: routes and handlers, [`http::app`] builds the whole service;
//! - [`openapi`]: the OpenAPI document generated from the code;
//! - [`error`]: the one error format (`application/problem+json`);
//! - [`config`], [`telemetry`], [`startup`]: running it.

pub mod api;
pub mod chart;
pub mod check;
pub mod config;
pub mod data;
pub mod db;
pub mod error;
pub mod export;
pub mod healthcheck;
pub mod http;
pub mod openapi;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod watch;

pub use http::app;
pub use state::AppState;
