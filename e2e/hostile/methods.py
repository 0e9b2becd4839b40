"""Attack 1: unbounded method tokens.

HTTP allows any token as a method. Today each distinct method becomes a new
`method` label value of `http_requests_total` and of the latency histogram
(kept for ever), and each 405 logs the whole method. So:

- `big`: 50 requests whose method is a 900 KB token: /metrics must render
  ~50 x 20 lines x 900 KB (it answers 500 after seconds), and RSS reaches ~1 GB.
- `distinct`: 20,000 distinct short methods: /metrics grows to tens of MB
  (hundreds of thousands of lines) for the life of the process.

The design: `method` is one of the standard methods or `other`; /metrics stays
under 256 KiB and answers fast; client text in logs is cut to 256 characters.
"""

import random
import string
import threading
import time

from lib import (STANDARD_METHODS, Binary, Result, ResponseReader, Server, Watch, connect, longest_run, mb,
                 pipeline, secs)
import thresholds as T


def _metrics_checks(res: Result, srv: Server, label: str) -> None:
    m = srv.metrics()
    res.num(f"/metrics status {label}", m.status if m.status else m.error)
    res.num(f"/metrics seconds {label}", round(m.seconds, 3))
    res.num(f"/metrics size {label}", mb(m.size))
    res.num(f"/metrics lines {label}", m.lines)
    res.eq("/metrics answers 200", m.status, 200, what=f"/metrics {label}")
    res.le("/metrics answer time", m.seconds, T.MAX_METRICS_SECONDS, secs, what=f"/metrics {label} took")
    res.le("/metrics size", m.size, T.MAX_METRICS_BYTES, mb, what=f"/metrics {label} is")
    if m.status == 200:
        methods = m.label_values("http_requests_total", "method")
        extra = sorted(methods - STANDARD_METHODS)
        res.num("distinct method label values", len(methods))
        res.check("method labels from a closed set", not extra, f"{len(extra)} non-standard",
                  f"subset of {sorted(STANDARD_METHODS)}",
                  f"{len(extra)} method label values outside the closed set, e.g. "
                  f"{[e[:20] + ('...' if len(e) > 20 else '') for e in extra[:3]]}")
    else:
        res.check("method labels from a closed set", False, "unreadable", "closed set",
                  f"/metrics did not answer 200 ({m.status or m.error}), labels cannot be checked")


def big_methods(binary: Binary) -> Result:
    res = Result("methods", f"{T.BIG_METHOD_COUNT} methods of {T.BIG_METHOD_BYTES // 1000} KB")
    with Server(binary, "big-methods", settings={"rate-limit": 0}) as srv:
        res.num("RSS before", mb(srv.rss()))
        watch = Watch(res, srv, 4.0)
        mark = srv.log_mark()
        statuses: dict = {}
        lock = threading.Lock()

        def worker(n: int) -> None:
            for _ in range(n):
                prefix = "".join(random.choices(string.ascii_uppercase, k=8))
                method = (prefix + "Q" * (T.BIG_METHOD_BYTES - 8)).encode()
                s = None
                try:
                    s = connect(srv.port, 15)
                    s.sendall(method + b" /talent/cities HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                    r = ResponseReader(s).read(15)
                    key = r.status
                except (OSError, ValueError) as e:
                    key = type(e).__name__
                finally:
                    if s is not None:
                        s.close()
                with lock:
                    statuses[key] = statuses.get(key, 0) + 1

        started = time.monotonic()
        threads = [threading.Thread(target=worker, args=(T.BIG_METHOD_COUNT // 2,), daemon=True) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        res.num("sending took", secs(time.monotonic() - started))
        res.num("answers", statuses)
        _metrics_checks(res, srv, "after")
        time.sleep(0.3)  # the log writer is asynchronous
        res.num("RSS after", mb(srv.rss()))
        watch.finish(metrics_after=False)
        peak = srv.hwm()
        res.le("peak RSS", peak, T.MAX_RSS_BYTES, mb, what="RSS")
        log = srv.log_bytes(mark)
        res.num("log bytes written", mb(len(log)))
        run = longest_run(log, rb"Q{64,}")
        res.num("longest method text in a log line", run)
        res.le("method text in logs truncated", run, T.MAX_LOGGED_VALUE_CHARS,
               what="longest run of the client's method in the log (chars)")
        res.check("server alive", srv.alive(), "alive" if srv.alive() else f"exit {srv.proc.poll()}", "alive")
    return res


def distinct_methods(binary: Binary) -> Result:
    res = Result("methods", f"{T.DISTINCT_METHODS:,} distinct methods")
    with Server(binary, "distinct-methods", settings={"rate-limit": 0}) as srv:
        res.num("/metrics lines before", srv.metrics().lines)
        watch = Watch(res, srv, 3.0)
        counts: dict = {}
        lock = threading.Lock()
        per = T.DISTINCT_METHODS // 4

        def worker(k: int) -> None:
            reqs = [f"M{k}X{i:05d} /talent/cities HTTP/1.1\r\nHost: t\r\n\r\n".encode() for i in range(per)]
            c = pipeline(srv.port, reqs, timeout=40)
            with lock:
                for key, v in c.items():
                    counts[key] = counts.get(key, 0) + v

        started = time.monotonic()
        threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        elapsed = time.monotonic() - started
        res.num("answers", counts)
        res.num("requests/s", round(T.DISTINCT_METHODS / elapsed))
        _metrics_checks(res, srv, "after")
        watch.finish(metrics_after=False)
        # "for good": nothing shrinks it afterwards.
        time.sleep(1.0)
        later = srv.metrics()
        res.num("/metrics size 1 s later", mb(later.size))
        peak = srv.hwm()
        res.le("peak RSS", peak, T.MAX_RSS_BYTES, mb, what="RSS")
    return res


def run(binary: Binary) -> list[Result]:
    return [big_methods(binary), distinct_methods(binary)]
