"""Attack 4: log volume, client text in logs, and refusals nobody sees.

- `flood`: one client floods 404s. Today every 4xx is an access log line
  (`--access-log errors`, the default), so the log grows as fast as the client
  can ask (the issue: 133 MB in 10 s). The design: client-error lines are
  rate-limited per client (~20 lines/s), and the suppressed ones are counted
  in `talent_log_lines_suppressed_total`.
- `truncation`: client text (method, path, query) in log lines is cut to 256
  characters per value.
- `refusals`: requests the HTTP parser refuses (malformed request line, bad
  header bytes, too many headers, oversized head, URI over the parser's limit,
  header read timeout) never reach the service: today they are neither logged
  nor counted. The design counts each in `talent_http_refused_total{reason}`.
"""

from __future__ import annotations

import threading
import time

from lib import (METRIC_LOG_SUPPRESSED, METRIC_REFUSED, Binary, Result, ResponseReader, Server, Watch, connect,
                 get_line, longest_run, mb, wait_closed)
import thresholds as T


def flood(binary: Binary) -> Result:
    res = Result("logs", f"404 flood from one client, {T.LOG_FLOOD_SECONDS:.0f} s")
    with Server(binary, "log-flood", settings={"rate-limit": 0}) as srv:
        watch = Watch(res, srv, T.LOG_FLOOD_SECONDS)
        mark0 = srv.log_mark()
        sent = {"n": 0}
        lock = threading.Lock()
        stop_at = time.monotonic() + T.LOG_FLOOD_SECONDS

        def worker(k: int) -> None:
            i = 0
            while time.monotonic() < stop_at:
                try:
                    s = connect(srv.port, 5)
                except OSError:
                    time.sleep(0.05)
                    continue
                reader = ResponseReader(s)
                try:
                    while time.monotonic() < stop_at:
                        batch = b"".join(get_line(f"/no/such/path/{k}/{i + j}") for j in range(100))
                        s.sendall(batch)
                        for _ in range(100):
                            reader.read(5, keep_body=False)
                        i += 100
                        with lock:
                            sent["n"] += 100
                except (OSError, ValueError):
                    pass
                finally:
                    s.close()

        t0 = time.monotonic()
        threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(T.LOG_FLOOD_SECONDS + 15)
        elapsed = time.monotonic() - t0
        time.sleep(0.5)  # the log writer is asynchronous
        mark1 = srv.log_mark()
        lines = srv.log_line_count(mark0, mark1)
        allowed = T.LOG_LINES_PER_CLIENT_PER_S * elapsed + T.LOG_BURST_LINES
        res.num("404 requests answered", f"{sent['n']} ({sent['n'] / elapsed:.0f}/s)")
        res.num("log lines written", f"{lines} ({lines / elapsed:.0f}/s)")
        res.num("log bytes written", f"{mb(mark1 - mark0)} ({mb((mark1 - mark0) / elapsed)}/s; "
                                     f"{mb((mark1 - mark0) / elapsed * 10)} per 10 s)")
        res.le("log lines from one client", lines, int(allowed),
               what=f"log lines written in {elapsed:.1f} s of one client's 404 flood "
                    f"({lines / elapsed:.0f}/s; allowed {T.LOG_LINES_PER_CLIENT_PER_S}/s + {T.LOG_BURST_LINES})")
        watch.finish()
        m = srv.metrics()
        res.num("http_requests_total{status=404}", int(m.total("http_requests_total", status="404")))
        res.num("talent_log_lines_dropped_total", int(m.total("talent_log_lines_dropped_total")))
        suppressed = m.total(METRIC_LOG_SUPPRESSED) if m.has(METRIC_LOG_SUPPRESSED) else None
        res.num(METRIC_LOG_SUPPRESSED, suppressed if suppressed is not None else "absent")
        res.check(f"{METRIC_LOG_SUPPRESSED} counts the suppressed lines", suppressed is not None and suppressed > 0,
                  suppressed if suppressed is not None else "absent", "> 0",
                  f"{METRIC_LOG_SUPPRESSED} is {'absent from /metrics' if suppressed is None else suppressed} "
                  f"after a flood of {sent['n']} client errors")
    return res


def truncation(binary: Binary) -> Result:
    res = Result("logs", f"{T.LONG_CLIENT_TEXT}-character client text in log lines")
    n = T.LONG_CLIENT_TEXT
    cases = [
        ("method", b"Q" * n + b" /talent/cities HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n", rb"Q{32,}"),
        ("path", get_line("/" + "z" * n, close=True), rb"z{32,}"),
        ("query", get_line("/talent/cities?limit=" + "y" * n, close=True), rb"y{32,}"),
        ("unknown parameter", get_line("/talent/cities?" + "w" * n + "=1", close=True), rb"w{32,}"),
    ]
    # access-log all: every answer gets a line, so each value has a chance to be logged.
    with Server(binary, "log-truncation", settings={"access-log": "all", "rate-limit": 0}) as srv:
        mark = srv.log_mark()
        statuses = {}
        for name, raw, _ in cases:
            try:
                with connect(srv.port, 5) as s:
                    s.sendall(raw)
                    statuses[name] = ResponseReader(s).read(5).status
            except (OSError, ValueError) as e:
                statuses[name] = type(e).__name__
        time.sleep(0.4)
        log = srv.log_bytes(mark)
        res.num("answers", statuses)
        for name, _, pattern in cases:
            run = longest_run(log, pattern)
            res.num(f"longest {name} text in the log", run)
            res.le(f"{name} truncated in logs", run, T.MAX_LOGGED_VALUE_CHARS,
                   what=f"the client's {name} appears in a log line with {run} characters")
    return res


REFUSALS = [
    # (name, bytes sent, expect the server to answer; else only to close)
    ("malformed request line", b"GARBAGE\r\n\r\n", True),
    ("invalid header bytes", b"GET /health HTTP/1.1\r\nHost: t\r\nBad Header: x\r\n\r\n", True),
    ("101 header fields", b"GET /health HTTP/1.1\r\nHost: t\r\n" +
     b"".join(b"X-F%d: v\r\n" % i for i in range(100)) + b"\r\n", True),
    ("head over 1 MiB", b"GET /health HTTP/1.1\r\nHost: t\r\nX-Pad: " + b"p" * T.HEADER_OVER_PARSER_LIMIT + b"\r\n\r\n",
     True),
    ("URI over the parser limit", b"GET /health?" + b"u" * T.URI_OVER_PARSER_LIMIT + b" HTTP/1.1\r\nHost: t\r\n\r\n",
     True),
    ("header read timeout", b"GET /health HTTP/1.1\r\nHost: t\r\n", False),
]


def refusals(binary: Binary) -> Result:
    res = Result("logs", "requests the HTTP parser refuses")
    with Server(binary, "refusals", settings={"header-read-timeout": T.HEADER_READ_TIMEOUT_S, "rate-limit": 0}) as srv:
        before = srv.metrics()
        res.num(f"{METRIC_REFUSED} before", before.total(METRIC_REFUSED) if before.has(METRIC_REFUSED) else "absent")
        mark = srv.log_mark()
        answers = {}

        def one(name: str, raw: bytes, answered: bool) -> None:
            try:
                with connect(srv.port, 5) as s:
                    try:
                        s.sendall(raw)
                    except OSError:
                        pass  # the server may refuse before reading it all
                    closed, got = wait_closed(s, T.HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S + 1)
                    first = got.split(b"\r\n", 1)[0].decode("latin-1") if got else "(nothing)"
                    answers[name] = f"{first}; {len(got)} bytes; {'closed' if closed else 'left open'}"
            except OSError as e:
                answers[name] = f"{type(e).__name__}: {e}"

        threads = [threading.Thread(target=one, args=c, daemon=True) for c in REFUSALS]
        for t in threads:
            t.start()
        for t in threads:
            t.join(T.HEADER_READ_TIMEOUT_S + 10)
        for name, _, _ in REFUSALS:
            res.num(f"answer to {name}", answers.get(name, "none"))
        time.sleep(0.3)
        log = srv.log_bytes(mark)
        res.num("log lines about them", log.count(b"\n"))
        after = srv.metrics()
        if after.has(METRIC_REFUSED):
            total = after.total(METRIC_REFUSED) - (before.total(METRIC_REFUSED) if before.has(METRIC_REFUSED) else 0)
            reasons = {labels.get("reason"): v for n, labels, v in after.samples if n == METRIC_REFUSED}
            res.num(f"{METRIC_REFUSED} by reason", reasons)
            res.ge(f"{METRIC_REFUSED} counts every refusal", total, len(REFUSALS),
                   what=f"{METRIC_REFUSED} rose by {total} for {len(REFUSALS)} refused requests")
            res.check(f"{METRIC_REFUSED} has a reason label", all(r is not None for r in reasons), sorted(map(str, reasons)),
                      "reason=...")
        else:
            res.num(f"{METRIC_REFUSED} by reason", "absent")
            res.check(f"{METRIC_REFUSED} counts every refusal", False, "absent", f">= {len(REFUSALS)}",
                      f"{METRIC_REFUSED} is not in /metrics: {len(REFUSALS)} refused requests left no count")
        res.check("server alive", srv.alive(), "alive" if srv.alive() else f"exit {srv.proc.poll()}", "alive")
    return res


def run(binary: Binary) -> list[Result]:
    return [flood(binary), truncation(binary), refusals(binary)]
