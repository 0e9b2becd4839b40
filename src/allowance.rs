//! Per-client allowances: how many requests (the rate limit) or log lines
//! (the client-error log limit) each client may cause per second, with a
//! burst. One GCRA state per client address (`governor`'s keyed limiter);
//! clients whose allowance has refilled are forgotten every
//! [`PRUNE_INTERVAL`], so the key store holds only clients seen within the
//! last `burst / rate` seconds plus that interval.

use std::{
    net::IpAddr,
    num::NonZeroU32,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock},
    state::keyed::DashMapStateStore,
};

/// How often idle clients are forgotten.
pub const PRUNE_INTERVAL: Duration = Duration::from_secs(10);

/// Past this many clients the store is pruned at once rather than on the
/// next interval (looked at every [`CHECKS_BETWEEN_LOOKS`] checks).
pub const SOFT_MAX_CLIENTS: usize = 200_000;
/// How often (in checks) the clock and the store's size are looked at, so
/// that a check costs a lookup and an atomic operation, not a clock read.
const CHECKS_BETWEEN_LOOKS: u64 = 256;

/// Hashes client addresses: foldhash, seeded at random per process (keys
/// are client addresses, so the hash must not be predictable), several
/// times faster than the standard library's SipHash.
type Hasher = foldhash::fast::RandomState;

/// A per-client allowance of `rate` events per second with bursts of
/// `burst`.
pub struct Allowance {
    limiter: RateLimiter<IpAddr, DashMapStateStore<IpAddr, Hasher>, DefaultClock>,
    clock: DefaultClock,
    started: Instant,
    /// Milliseconds after `started` when the next prune is due.
    next_prune_ms: AtomicU64,
    checks: AtomicU64,
}

impl std::fmt::Debug for Allowance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Allowance").field("clients", &self.clients()).finish()
    }
}

impl Allowance {
    /// `rate` events per second per client with bursts of `burst` (at least
    /// one); `None` when `rate` is 0 (no limit).
    pub fn new(rate: u32, burst: u32) -> Option<Arc<Allowance>> {
        let rate = NonZeroU32::new(rate)?;
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::per_second(rate).allow_burst(burst);
        let clock = DefaultClock::default();
        Some(Arc::new(Allowance {
            limiter: RateLimiter::dashmap_with_clock_and_hasher(quota, clock.clone(), Hasher::default()),
            clock,
            started: Instant::now(),
            next_prune_ms: AtomicU64::new(PRUNE_INTERVAL.as_millis() as u64),
            checks: AtomicU64::new(0),
        }))
    }

    /// Takes one event from `client`'s allowance; when it is used up, how
    /// long until the next event is allowed.
    pub fn check(self: &Arc<Self>, client: IpAddr) -> Result<(), Duration> {
        self.maybe_prune();
        self.limiter
            .check_key(&client)
            .map(|_| ())
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Clients currently remembered.
    pub fn clients(&self) -> usize {
        self.limiter.len()
    }

    /// Forgets the clients whose allowance has refilled, and gives their
    /// memory back.
    pub fn prune(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// Prunes (off the request path, on tokio's blocking pool when there is
    /// one) when the interval is due or the store grew past
    /// [`SOFT_MAX_CLIENTS`]; looks every [`CHECKS_BETWEEN_LOOKS`] checks.
    fn maybe_prune(self: &Arc<Self>) {
        if !self
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(CHECKS_BETWEEN_LOOKS)
        {
            return;
        }
        let now = self.started.elapsed().as_millis() as u64;
        let due = self.next_prune_ms.load(Ordering::Relaxed);
        if now < due && self.limiter.len() <= SOFT_MAX_CLIENTS {
            return;
        }
        let next = now + PRUNE_INTERVAL.as_millis() as u64;
        if self
            .next_prune_ms
            .compare_exchange(due, next, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            return; // another thread prunes
        }
        let this = self.clone();
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => drop(runtime.spawn_blocking(move || this.prune())),
            Err(_) => this.prune(),
        }
    }
}

/// The key a client is counted under: its address, with IPv4-mapped IPv6
/// read as IPv4 and IPv6 reduced to its /64 network (one subscriber or host
/// usually holds a whole /64, so its addresses count as one client).
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6((u128::from(v6) & (u128::MAX << 64)).into()),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_burst_then_waits_while_others_are_unaffected() {
        let allowance = Allowance::new(1, 3).unwrap();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(allowance.check(a).is_ok());
        }
        let wait = allowance.check(a).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(1), "{wait:?}");
        assert!(allowance.check(b).is_ok());
        assert_eq!(allowance.clients(), 2);
    }

    #[test]
    fn a_rate_of_zero_means_no_limit() {
        assert!(Allowance::new(0, 10).is_none());
    }

    #[test]
    fn refilled_clients_are_forgotten_when_pruned() {
        let allowance = Allowance::new(1000, 1).unwrap();
        for i in 0..100u8 {
            allowance.check(IpAddr::from([10, 0, 0, i])).unwrap();
        }
        assert_eq!(allowance.clients(), 100);
        std::thread::sleep(Duration::from_millis(20));
        allowance.prune();
        assert_eq!(allowance.clients(), 0);
    }

    #[test]
    fn ipv6_clients_count_per_64_network_and_mapped_ipv4_as_ipv4() {
        let one: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let same: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_key(one), client_key(same));
        assert_ne!(client_key(one), client_key(other));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }
}
