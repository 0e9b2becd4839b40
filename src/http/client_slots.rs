//! Open connections per client (`--max-connections-per-client`), so that
//! one client cannot take every connection the server accepts
//! (`--max-connections`).
//!
//! Clients are told apart as the rate limiter tells them apart
//! ([`client_key`]: the peer address, IPv6 per /64 network). The peer of a
//! connection is all the server loop knows when it accepts, so a trusted
//! proxy (`--trusted-proxies`), which carries many clients on its
//! connections, is not counted here; the global cap still bounds it.
//!
//! A client has an entry only while it has connections open: the entry is
//! removed when its count returns to zero, so the map never holds more
//! entries than there are open connections (itself at most the global cap).
//! Each accepted connection holds a [`ClientSlot`], which gives its place
//! back exactly once, when it is dropped.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Arc, Mutex, PoisonError},
};

use crate::allowance::client_key;
use crate::config::TrustedProxies;

/// Hashes client addresses: seeded at random per process, as in
/// [`crate::allowance`] (keys are client addresses, so the hash must not be
/// predictable).
type Hasher = foldhash::fast::RandomState;

/// The count of open connections of each client, and the cap on it.
pub struct ClientSlots {
    /// Most connections one client may hold open; `0` for no limit.
    cap: usize,
    trusted_proxies: TrustedProxies,
    open: Mutex<HashMap<IpAddr, usize, Hasher>>,
}

impl std::fmt::Debug for ClientSlots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSlots")
            .field("cap", &self.cap)
            .field("clients", &self.clients())
            .finish()
    }
}

/// Why a connection got no slot.
#[derive(Debug, PartialEq, Eq)]
pub struct OverClientCap;

impl ClientSlots {
    /// At most `cap` open connections per client (`0`: no limit), peers in
    /// `trusted_proxies` exempt.
    pub fn new(cap: usize, trusted_proxies: TrustedProxies) -> Arc<ClientSlots> {
        Arc::new(ClientSlots {
            cap,
            trusted_proxies,
            open: Mutex::new(HashMap::default()),
        })
    }

    /// Takes a slot for a new connection from `peer`: one more open
    /// connection for its client, unless that client already holds the cap.
    /// Without a limit, and for a trusted proxy, the slot counts nothing.
    pub fn take(self: &Arc<Self>, peer: IpAddr) -> Result<ClientSlot, OverClientCap> {
        let peer = peer.to_canonical();
        if self.cap == 0 || (!self.trusted_proxies.is_empty() && self.trusted_proxies.contains(peer)) {
            return Ok(ClientSlot { slots: None, key: peer });
        }
        let key = client_key(peer);
        let mut open = self.lock();
        let count = open.entry(key).or_insert(0);
        if *count >= self.cap {
            return Err(OverClientCap);
        }
        *count += 1;
        Ok(ClientSlot {
            slots: Some(self.clone()),
            key,
        })
    }

    /// Clients with at least one connection counted.
    pub fn clients(&self) -> usize {
        self.lock().len()
    }

    /// Connections counted for `peer`'s client.
    pub fn open(&self, peer: IpAddr) -> usize {
        self.lock().get(&client_key(peer)).copied().unwrap_or(0)
    }

    fn release(&self, key: IpAddr) {
        let mut open = self.lock();
        if let Some(count) = open.get_mut(&key) {
            *count -= 1;
            if *count == 0 {
                open.remove(&key);
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, usize, Hasher>> {
        // The map is consistent after every statement; a panic elsewhere
        // while holding the lock leaves nothing half-done.
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One open connection's place in its client's count, given back when
/// dropped.
#[derive(Debug)]
pub struct ClientSlot {
    /// `None` when nothing was counted (no limit, or a trusted proxy).
    slots: Option<Arc<ClientSlots>>,
    key: IpAddr,
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        if let Some(slots) = self.slots.take() {
            slots.release(self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_client_gets_its_cap_and_others_are_unaffected() {
        let slots = ClientSlots::new(2, TrustedProxies::default());
        let a = [
            slots.take(ip("192.0.2.1")).unwrap(),
            slots.take(ip("192.0.2.1")).unwrap(),
        ];
        assert_eq!(slots.take(ip("192.0.2.1")).unwrap_err(), OverClientCap);
        let b = slots.take(ip("192.0.2.2")).unwrap();
        assert_eq!(slots.clients(), 2);
        drop(a);
        assert_eq!(slots.open(ip("192.0.2.1")), 0);
        assert_eq!(slots.clients(), 1, "a client with no open connection has no entry");
        drop(b);
        assert_eq!(slots.clients(), 0);
    }

    #[test]
    fn a_closed_connection_gives_its_slot_back_once() {
        let slots = ClientSlots::new(1, TrustedProxies::default());
        let first = slots.take(ip("192.0.2.1")).unwrap();
        assert!(slots.take(ip("192.0.2.1")).is_err());
        drop(first);
        let second = slots.take(ip("192.0.2.1")).unwrap();
        assert_eq!(slots.open(ip("192.0.2.1")), 1);
        drop(second);
        assert_eq!(slots.open(ip("192.0.2.1")), 0);
    }

    #[test]
    fn ipv6_clients_count_per_64_network_and_mapped_ipv4_as_ipv4() {
        let slots = ClientSlots::new(2, TrustedProxies::default());
        let _one = slots.take(ip("2001:db8:1:2::1")).unwrap();
        let _two = slots.take(ip("2001:db8:1:2:ffff::9")).unwrap();
        assert!(slots.take(ip("2001:db8:1:2::77")).is_err(), "same /64");
        let _other = slots.take(ip("2001:db8:1:3::1")).unwrap();
        let _v4 = slots.take(ip("192.0.2.7")).unwrap();
        let _mapped = slots.take(ip("::ffff:192.0.2.7")).unwrap();
        assert!(slots.take(ip("192.0.2.7")).is_err(), "mapped IPv4 is IPv4");
    }

    #[test]
    fn trusted_proxies_and_a_cap_of_zero_are_not_counted() {
        let slots = ClientSlots::new(1, "10.0.0.0/8".parse().unwrap());
        let proxied: Vec<_> = (0..10).map(|_| slots.take(ip("10.1.2.3")).unwrap()).collect();
        assert_eq!(slots.clients(), 0);
        drop(proxied);
        let off = ClientSlots::new(0, TrustedProxies::default());
        let many: Vec<_> = (0..10).map(|_| off.take(ip("192.0.2.1")).unwrap()).collect();
        assert_eq!(off.clients(), 0);
        drop(many);
    }
}
