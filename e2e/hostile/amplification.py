"""Attack 3: CPU amplification through the answer cache.

Swagger UI's bundle (~1.5 MB) is compressed by tower-http on every request
that the answer cache misses. Today's cache key holds the raw `Origin`,
`Accept` and `Accept-Encoding` strings, so a client that sends a random value
in any of them makes the server brotli-compress 1.5 MB per request: ~60
requests/s saturate two cores and a normal client's latency goes from ~2 ms
to hundreds.

The design: static assets are compressed once; cache keys hold only what the
answer varies on (the chosen coding, not the Accept-Encoding string; the
CORS answer, not the Origin string under `CORS_ORIGINS=*`).

Each variant runs for a few seconds at a fixed rate while a separate process
measures a normal client's latency; the server's CPU time per attack request
is the amplification.
"""

from __future__ import annotations

import random
import threading
import time

from lib import Binary, Prober, Result, ResponseReader, Server, connect, get_line, mb, ms
import thresholds as T


def attack(port: int, make_headers, seconds: float, rate: float, workers: int) -> dict:
    """`rate` requests/s in total from `workers` keep-alive connections, each
    answer read in full. Returns counts."""
    stats = {"requests": 0, "errors": 0, "bytes": 0, "encodings": {}, "statuses": {}}
    lock = threading.Lock()
    t_start = time.monotonic() + 0.05
    per_worker = rate / workers

    def worker(k: int) -> None:
        sock, reader = None, None
        i = 0
        while True:
            due = t_start + (i + k / workers) / per_worker
            now = time.monotonic()
            # The schedule ends after `seconds`, and so does a lagging worker.
            if due - t_start >= seconds or now - t_start >= seconds:
                break
            if due > now:
                time.sleep(due - now)
            i += 1
            try:
                if sock is None:
                    sock = connect(port, 5)
                    reader = ResponseReader(sock)
                sock.sendall(get_line(T.ASSET_PATH, headers=make_headers()))
                r = reader.read(10)
                with lock:
                    stats["requests"] += 1
                    stats["bytes"] += len(r.body)
                    enc = r.header("content-encoding") or "identity"
                    stats["encodings"][enc] = stats["encodings"].get(enc, 0) + 1
                    stats["statuses"][r.status] = stats["statuses"].get(r.status, 0) + 1
                if r.connection_close:
                    sock.close()
                    sock = None
            except (OSError, ValueError):
                with lock:
                    stats["errors"] += 1
                if sock is not None:
                    sock.close()
                sock = None
        if sock is not None:
            sock.close()

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    return stats


def rand_hex(n: int = 12) -> str:
    return "%0*x" % (n, random.getrandbits(4 * n))


VARIANTS = [
    ("constant Origin + br (control)", lambda: {"Origin": "https://app.example", "Accept-Encoding": "br"}, False),
    ("random Origin + br", lambda: {"Origin": f"https://{rand_hex()}.example", "Accept-Encoding": "br"}, True),
    ("random Accept-Encoding string", lambda: {"Accept-Encoding": f"gzip;q=0.1, br;q=0.{random.randint(500, 999)}"},
     True),
    ("random Accept string + br", lambda: {"Accept": f"application/javascript, text/x-{rand_hex(8)};q=0.{random.randint(1, 9)}",
                                           "Accept-Encoding": "br"}, True),
]


def run(binary: Binary) -> list[Result]:
    results = []
    with Server(binary, "amplification", settings={"rate-limit": 0}) as srv:
        # Warm the asset and the probe path once.
        for h in ({"Accept-Encoding": "br", "Origin": "https://app.example"}, {}):
            srv.get(T.ASSET_PATH, headers=h, timeout=10)
        srv.get("/talent/cities")
        metrics_before = srv.metrics().size
        base = Prober(srv.port, T.BASELINE_SECONDS, interval=T.PROBE_INTERVAL_S).result()
        baseline = (base.get("p50_ms"), base.get("p99_ms"))
        for name, make_headers, asserted in VARIANTS:
            res = Result("amplification", name)
            res.num("baseline normal client p50 / p99", f"{ms(baseline[0])} / {ms(baseline[1])}")
            cpu0 = srv.cpu_seconds()
            prober = Prober(srv.port, T.AMPLIFICATION_SECONDS, interval=T.PROBE_INTERVAL_S)
            t0 = time.monotonic()
            stats = attack(srv.port, make_headers, T.AMPLIFICATION_SECONDS, T.AMPLIFICATION_RATE,
                           T.AMPLIFICATION_WORKERS)
            elapsed = time.monotonic() - t0
            cpu1 = srv.cpu_seconds()
            probe = prober.result()
            n = max(1, stats["requests"])
            cpu = (cpu1 - cpu0) if cpu0 is not None and cpu1 is not None else None
            cpu_ms = cpu * 1000.0 / n if cpu is not None else None
            res.num("attack requests answered", f"{stats['requests']} in {elapsed:.1f} s "
                    f"({stats['requests'] / elapsed:.0f}/s, target {T.AMPLIFICATION_RATE}/s), errors {stats['errors']}")
            res.num("answer codings", stats["encodings"])
            res.num("server CPU used", f"{cpu:.2f} s = {cpu / elapsed:.2f} cores" if cpu is not None else "n/a")
            res.num("server CPU per attack request", ms(cpu_ms))
            res.num("normal client p50 / p99 / max during attack",
                    f"{ms(probe.get('p50_ms'))} / {ms(probe.get('p99_ms'))} / {ms(probe.get('max_ms'))}")
            res.num("normal client requests / failures", f"{probe.get('count')} / {probe.get('failures')}")
            if asserted:
                res.le("server CPU per attack request", cpu_ms, T.MAX_CPU_MS_PER_ASSET_REQUEST, ms,
                       what=f"{name}: server CPU per request")
                res.le("normal client p99 during attack", probe.get("p99_ms"), T.MAX_P99_UNDER_ATTACK_MS, ms,
                       what=f"{name}: a normal client's p99 latency (baseline {ms(baseline[1])})")
                res.eq("normal client failures", probe.get("failures"), 0)
            results.append(res)
        peak = srv.hwm()
        results[-1].num("/metrics size before / after (whole family)", f"{mb(metrics_before)} / {mb(srv.metrics().size)}")
        results[-1].num("server fd peak (whole family)", srv.fd_peak())
        results[-1].num("peak RSS (whole family)", f"{peak / (1 << 20):.1f} MB")
        results[-1].le("peak RSS", peak, T.MAX_RSS_BYTES, lambda b: f"{b / (1 << 20):.1f} MB", what="RSS")
    return results
