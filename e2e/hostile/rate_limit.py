"""Attack 5: the per-client rate limit, directly and behind a proxy.

Today, with forwarded headers trusted (`--trust-forwarded-for`), the client
is the LEFT-most `X-Forwarded-For` entry, which the client writes itself: each
forged value gets a fresh bucket. `Retry-After` is 0 for limits of 1/s and
more; /health, /ready and /metrics share the client's bucket; the limit is off
by default.

The design: `--trusted-proxies` (CIDRs); only when the peer is a trusted
proxy is the client taken from `Forwarded` (RFC 7239 `for=`) or
`X-Forwarded-For`, as the RIGHT-most address that is not a trusted proxy.
The rate limit is on by default (50/s, burst 100); `Retry-After` is an
integer >= 1; /health, /ready and /metrics are exempt from the client's
allowance (the implementation counts them apart, in an allowance ten times as
large, so that they cannot be flooded either); idle keys are pruned.

The requests are what nginx sends with `proxy_set_header X-Forwarded-For
$proxy_add_x_forwarded_for`: the client's own (forged) header, then the
address nginx saw, appended on the right.
"""

from __future__ import annotations

import random
import threading
import time

from lib import Binary, Result, Server, Watch, get_line, mb, pipeline
import thresholds as T

PROXY = "127.0.0.1/32"
RATE = {"rate-limit": T.TEST_RATE, "rate-limit-burst": T.TEST_BURST}
# Today's binary has no --trusted-proxies: its all-or-nothing trust stands in.
LEGACY = {"trusted-proxies": ["--trust-forwarded-for"]}


def forged_ip() -> str:
    return f"198.51.{random.randint(0, 255)}.{random.randint(1, 254)}"


class RetryAfters:
    def __init__(self):
        self.values: list[str] = []

    def __call__(self, r) -> None:
        if r.status == 429:
            self.values.append(r.header("retry-after") or "(none)")


def burst(srv: Server, headers_for, n: int, path: str = "/talent/cities", on_response=None) -> tuple[dict, float]:
    reqs = [get_line(path, headers=headers_for(i)) for i in range(n)]
    t0 = time.monotonic()
    counts = pipeline(srv.port, reqs, timeout=20, batch=n, on_response=on_response)
    return counts, time.monotonic() - t0


def limited_check(res: Result, name: str, counts: dict, elapsed: float, n: int, rate: float, burst_size: int,
                  why: str) -> None:
    ok = counts.get(200, 0)
    allowed = int(burst_size + rate * elapsed + T.RATE_SLACK)
    res.num(f"{name}: answers", f"{counts} in {elapsed:.2f} s")
    res.check(name, ok <= allowed and counts.get(429, 0) > 0, f"{ok}/{n} answered 200",
              f"<= {allowed} (burst {burst_size} + {rate}/s)",
              f"{name}: {ok} of {n} requests answered 200 within {elapsed:.2f} s, allowed {allowed}: {why}")


def behind_proxy(binary: Binary, retry: RetryAfters) -> Result:
    res = Result("rate_limit", f"behind a trusted proxy ({PROXY}), {T.TEST_RATE}/s burst {T.TEST_BURST}")
    settings = dict(RATE, **{"trusted-proxies": PROXY})
    with Server(binary, "rl-proxy", settings=settings, legacy=LEGACY) as srv:
        n = T.FORGED_REQUESTS
        counts, el = burst(srv, lambda i: {"X-Forwarded-For": f"{forged_ip()}, 203.0.113.7"}, n, on_response=retry)
        limited_check(res, "forged left-most X-Forwarded-For", counts, el, n, T.TEST_RATE, T.TEST_BURST,
                      "each forged left-most value got a fresh bucket")
        counts, el = burst(srv, lambda i: {"X-Forwarded-For": f"{forged_ip()}, {forged_ip()}, 203.0.113.8"}, n,
                           on_response=retry)
        limited_check(res, "two forged X-Forwarded-For entries", counts, el, n, T.TEST_RATE, T.TEST_BURST,
                      "forged entries got fresh buckets")
        counts, el = burst(srv, lambda i: {"Forwarded": f"for={forged_ip()}, for=203.0.113.9"}, n, on_response=retry)
        limited_check(res, "forged left-most Forwarded for=", counts, el, n, T.TEST_RATE, T.TEST_BURST,
                      "each forged Forwarded for= got a fresh bucket")
        counts, el = burst(srv, lambda i: {"X-Real-IP": forged_ip(), "X-Forwarded-For": "203.0.113.10"}, n,
                           on_response=retry)
        limited_check(res, "forged X-Real-IP", counts, el, n, T.TEST_RATE, T.TEST_BURST,
                      "a client-written X-Real-IP got fresh buckets")
        # A limited client still reaches the operational endpoints.
        exempt_check(res, srv, {"X-Forwarded-For": "203.0.113.7"}, retry, T.TEST_BURST)
    return res


def exempt_check(res: Result, srv: Server, client: dict, retry: RetryAfters, burst_size: int) -> None:
    """Exhausts the client's bucket, then asks /health, /ready, /metrics 5 times each."""
    prime, _ = burst(srv, lambda i: client, burst_size + 10, on_response=retry)
    res.num("priming burst (exhausts the client's bucket)", prime)
    if not prime.get(429):
        res.num("/health, /ready, /metrics exempt", "not testable: the client could not be rate-limited")
        return
    exempt = {}
    for path in ("/health", "/ready", "/metrics"):
        c, _ = burst(srv, lambda i: client, 5, path=path, on_response=retry)
        exempt[path] = c
    res.num("/health, /ready, /metrics x5 from the limited client", exempt)
    bad = {p: c for p, c in exempt.items() if c.get(200, 0) != 5}
    res.check("/health, /ready, /metrics exempt", not bad, "all 200" if not bad else f"{bad}", "15 x 200",
              f"a rate-limited client got {bad} from the operational endpoints; they must be exempt")


def untrusted_peer(binary: Binary, retry: RetryAfters) -> Result:
    res = Result("rate_limit", "forwarded headers from an untrusted peer")
    # 127.0.0.1 is not in 10.0.0.0/8: its headers must be ignored. Today's
    # binary without --trust-forwarded-for ignores them too.
    settings = dict(RATE, **{"trusted-proxies": "10.0.0.0/8"})
    with Server(binary, "rl-untrusted", settings=settings) as srv:
        n = T.FORGED_REQUESTS
        counts, el = burst(srv, lambda i: {"X-Forwarded-For": forged_ip(), "Forwarded": f"for={forged_ip()}"}, n,
                           on_response=retry)
        limited_check(res, "headers of an untrusted peer ignored", counts, el, n, T.TEST_RATE, T.TEST_BURST,
                      "forwarded headers from a peer that is not a trusted proxy chose the bucket")
    return res


def defaults(binary: Binary, retry: RetryAfters) -> Result:
    res = Result("rate_limit", "default settings, one client")
    with Server(binary, "rl-defaults") as srv:
        n = T.DEFAULT_LIMIT_REQUESTS
        counts, el = burst(srv, lambda i: {}, n, on_response=retry)
        limited_check(res, "rate limit on by default", counts, el, n, T.DEFAULT_RATE_LIMIT, T.DEFAULT_RATE_LIMIT_BURST,
                      f"no limit with default settings (expected {T.DEFAULT_RATE_LIMIT}/s, burst {T.DEFAULT_RATE_LIMIT_BURST})")
        exempt_check(res, srv, {}, retry, T.DEFAULT_RATE_LIMIT_BURST)
    return res


def retry_after(retry: RetryAfters) -> Result:
    res = Result("rate_limit", "Retry-After of every 429 above")
    values = retry.values
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    res.num("Retry-After values seen", counts)
    bad = sorted({v for v in values if not (v.isdigit() and int(v) >= 1)})
    res.check("429s seen", bool(values), len(values), "> 0", "no 429 was answered, so Retry-After cannot be checked")
    res.check("Retry-After is an integer >= 1", values and not bad, f"bad: {bad}" if bad else "all >= 1",
              "integer >= 1", f"Retry-After values {bad} on 429 answers (limits >= 1/s must round up to >= 1)")
    return res


def many_clients(binary: Binary) -> Result:
    n = T.DISTINCT_CLIENTS
    res = Result("rate_limit", f"{n:,} distinct clients behind the proxy")
    settings = dict(RATE, **{"trusted-proxies": PROXY})
    with Server(binary, "rl-keys", settings=settings, legacy=LEGACY) as srv:
        # Warm up, so that caches and buffers are in the baseline.
        burst(srv, lambda i: {"X-Forwarded-For": "192.0.2.1"}, 20, path="/talent/cities")
        time.sleep(0.2)
        rss0 = srv.rss()
        watch = Watch(res, srv, 3.0)
        counts: dict = {}
        lock = threading.Lock()
        workers = 4
        per = n // workers

        def worker(k: int) -> None:
            reqs = []
            for i in range(per):
                x = k * per + i
                ip = f"10.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"
                reqs.append(get_line("/talent/cities", method="HEAD", headers={"X-Forwarded-For": ip}))
            c = pipeline(srv.port, reqs, timeout=60, head=True, batch=500)
            with lock:
                for key, v in c.items():
                    counts[key] = counts.get(key, 0) + v

        t0 = time.monotonic()
        threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
        el = time.monotonic() - t0
        watch.finish()
        rss1 = srv.rss()
        peak = srv.hwm()
        growth = (rss1 or 0) - (rss0 or 0)
        res.num("answers", f"{counts} in {el:.1f} s ({n / el:.0f}/s)")
        res.num("RSS before / after / peak", f"{mb(rss0)} / {mb(rss1)} / {mb(peak)}")
        res.num("RSS growth per client key", f"{growth / n:.0f} B")
        res.num("extrapolated to 10M forged keys", mb(max(0, growth) / n * 10_000_000))
        res.le("RSS growth", growth, T.MAX_RSS_GROWTH_DISTINCT_CLIENTS, mb,
               what=f"RSS growth after {n:,} distinct clients")
        res.le("peak RSS", peak, T.MAX_RSS_BYTES, mb, what="RSS")
        res.notes.append("Pruning of idle keys cannot be observed from outside within the suite's time budget "
                         "(no prune-interval setting); this bounds the per-key cost only.")
    return res


def run(binary: Binary) -> list[Result]:
    retry = RetryAfters()
    results = [behind_proxy(binary, retry), untrusted_peer(binary, retry), defaults(binary, retry)]
    results.append(retry_after(retry))
    results.append(many_clients(binary))
    return results
