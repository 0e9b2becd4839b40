//! The per-client rate limit (`--rate-limit` requests per second with bursts
//! of `--rate-limit-burst`; on by default), checked at the edge
//! ([`super::observe`]) before the replay cache, so that replayed answers
//! count too. Clients are told apart by [`crate::http::client`]; their
//! allowances live in the state ([`crate::allowance`]). `/health`, `/ready`
//! and `/metrics` are limited separately, with an allowance of their own at
//! [`PROBE_FACTOR`] times the rate and burst: probes and scrapes are never
//! starved by the traffic of the address they come from, and cannot be
//! flooded either (`/ready` opens the database, `/metrics` renders every
//! metric). Over the limit a request is
//! answered 429 with `Retry-After` in whole seconds, rounded up, at least 1.

use std::{net::IpAddr, time::Duration};

use crate::allowance::client_key;
use crate::state::AppState;

/// The probe paths: limited apart from every other path.
pub const PROBES: [&str; 3] = ["/health", "/ready", "/metrics"];

/// The probes' allowance per client, as a multiple of `--rate-limit` and
/// `--rate-limit-burst` (kept with the allowances, in the state).
pub use crate::state::PROBE_FACTOR;

/// Whether a request for `path` from `client` may go on; when not, the
/// seconds of its `Retry-After`. Requests without a known client (built
/// in-process, not received by the server loop) are not limited.
pub fn check(state: &AppState, path: &str, client: Option<IpAddr>) -> Result<(), u64> {
    let Some(client) = client else {
        return Ok(());
    };
    let allowance = if PROBES.contains(&path) {
        state.probe_allowance()
    } else {
        state.request_allowance()
    };
    match allowance {
        Some(allowance) => allowance.check(client_key(client)).map_err(retry_after),
        None => Ok(()),
    }
}

/// `Retry-After` for a wait: whole seconds, rounded up, never 0 (a client
/// that obeys it must find its allowance refilled).
pub fn retry_after(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_rounds_up_and_is_never_zero() {
        assert_eq!(retry_after(Duration::ZERO), 1);
        assert_eq!(retry_after(Duration::from_millis(20)), 1);
        assert_eq!(retry_after(Duration::from_secs(1)), 1);
        assert_eq!(retry_after(Duration::from_millis(1001)), 2);
        assert_eq!(retry_after(Duration::from_secs(60)), 60);
    }
}
