//! The integration tests, in one test binary (so the crate is linked once).
//! Each module holds the tests of one route or one concern; `helpers` holds
//! what they share: the seeded database, the router, request shortcuts and
//! the real binary on a free port.
//!
//! All modules run in one process: the seeded catalogue in `helpers` is
//! loaded once and shared, and must stay unchanged. No test may set
//! environment variables, change the current folder or install a global
//! tracing subscriber; settings for the real binary go to its `Command`.

mod helpers;

// The code itself: layers whose imports run one way.
mod architecture;

// The data: the query language, the figures as printed.
mod catalogue;
mod claims;
mod datasets;
mod entities;
mod integrity;
mod prose_claims;
mod report_figures;
mod transcription;

// Other representations and documents.
mod charts;
mod dashboard;
mod downloads;
mod openapi;

// HTTP behaviour through the whole middleware stack.
mod base_path;
mod caching;
mod cors;
mod forwarded_prefix;
mod fuzz_queries;
mod hosts;
mod limits;
mod negotiation;
mod problems;
mod replay;
mod routing;
mod security;

// Operating the service.
mod commands;
mod connections;
mod health;
mod logging;
mod metrics;
mod shutdown;
mod signals;
mod startup;
