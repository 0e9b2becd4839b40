"""Attack 8: oversized request targets and headers.

The service refuses request targets over 8 KiB (414) and headers over 16 KiB
(431) with problem bodies. Beyond the parser's own limits (a request head,
target included, over the 64 KiB read buffer; more than 100 header fields)
hyper answers by itself, 431 without a problem body. The README's "Errors"
section says which errors are bodiless; this family records exactly what each
case answers, and checks that the README names every bodiless case.

(The suite first expected a 414 for the 70 KiB target, as hyper answered
with a 1 MiB read buffer: the target then fit in the buffer and tripped
hyper's 65534-byte URI limit. With the buffer at 64 KiB, a head that large
never fits, so hyper's URI limit cannot be reached and the answer is 431.)

It also measures the memory a client can pin by holding unfinished heads just
under the parser's buffer on many connections (until the header read timeout).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time

from lib import REPO, Binary, Result, Server, Watch, attacker_address, connect, mb, wait_closed
import thresholds as T

CASES = [
    # (name, raw request, expected status, problem body required)
    (f"request target {T.URI_OVER_SERVICE_LIMIT // 1024} KiB",
     b"GET /talent/cities?x=" + b"a" * T.URI_OVER_SERVICE_LIMIT + b" HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
     414, True),
    (f"request target {T.URI_OVER_PARSER_LIMIT // 1024} KiB",
     b"GET /talent/cities?x=" + b"a" * T.URI_OVER_PARSER_LIMIT + b" HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
     431, False),
    (f"one header of {T.HEADER_OVER_SERVICE_LIMIT // 1024} KiB",
     b"GET /talent/cities HTTP/1.1\r\nHost: t\r\nX-Pad: " + b"h" * T.HEADER_OVER_SERVICE_LIMIT +
     b"\r\nConnection: close\r\n\r\n", 431, True),
    (f"headers of {T.HEADER_OVER_PARSER_LIMIT // 1024} KiB",
     b"GET /talent/cities HTTP/1.1\r\nHost: t\r\nX-Pad: " + b"h" * T.HEADER_OVER_PARSER_LIMIT +
     b"\r\nConnection: close\r\n\r\n", 431, False),
    ("101 header fields",
     b"GET /talent/cities HTTP/1.1\r\nHost: t\r\n" + b"".join(b"X-F%d: v\r\n" % i for i in range(100)) +
     b"Connection: close\r\n\r\n", 431, False),
]

#: For a bodiless answer, words the README's paragraph on bodiless errors must
#: hold (the status, and what triggers it).
README_MENTIONS = {
    f"request target {T.URI_OVER_PARSER_LIMIT // 1024} KiB": ["431", "64 KiB"],
    f"headers of {T.HEADER_OVER_PARSER_LIMIT // 1024} KiB": ["431", "64 KiB"],
    "101 header fields": ["431", "100 header fields"],
}


def readme_bodiless_paragraph() -> str:
    try:
        text = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    except OSError:
        return ""
    for para in re.split(r"\n\s*\n", text):
        if "without a problem body" in para:
            return " ".join(para.split())
    return ""


def answer(port: int, raw: bytes) -> tuple[str, dict]:
    with connect(port, 10) as s:
        try:
            s.sendall(raw)
        except OSError:
            pass  # the server may answer and close before reading it all
        closed, got = wait_closed(s, 5)
    head, _, body = got.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else None
    headers = {l.split(":", 1)[0].lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
    info = {"status": status, "content-type": headers.get("content-type"), "body": len(body), "closed": closed,
            "head": lines}
    return (f"{status} {headers.get('content-type', '(no content-type)')} body={len(body)}B"
            f"{' closed' if closed else ''}"), info


def slow_heads(binary: Binary) -> Result:
    n, size = T.SLOW_HEAD_CONNECTIONS, T.SLOW_HEAD_BYTES
    res = Result("limits", f"{n} connections holding {size // 1024} KiB unfinished heads")
    with Server(binary, "slow-heads") as srv:
        rss0 = srv.rss()
        watch = Watch(res, srv, 2.5)
        socks: list[socket.socket] = []
        chunk = b"GET /health HTTP/1.1\r\nHost: t\r\nX-Pad: " + b"s" * (size - 40)
        lock = threading.Lock()

        # Four clients (addresses), each under its own connection cap: the
        # memory many clients can pin, not what one is allowed.
        def worker(k: int) -> None:
            for _ in range(n // 4):
                try:
                    s = connect(srv.port, 5, source=attacker_address(k))
                    s.sendall(chunk)
                except OSError:
                    continue
                with lock:
                    socks.append(s)

        t0 = time.monotonic()
        threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        time.sleep(0.5)
        watch.finish()
        peak = srv.hwm()
        res.num("connections holding heads", len(socks))
        res.num("RSS before / with the heads / peak", f"{mb(rss0)} / {mb(srv.rss())} / {mb(peak)}")
        res.num("per connection", mb(((srv.rss() or 0) - (rss0 or 0)) / max(1, len(socks))))
        res.num("took", f"{time.monotonic() - t0:.1f} s")
        res.le("peak RSS", peak, T.MAX_RSS_BYTES, mb,
               what=f"RSS with {len(socks)} connections holding {size // 1024} KiB unfinished heads")
        for s in socks:
            s.close()
    return res


def run(binary: Binary) -> list[Result]:
    res = Result("limits", "oversized request targets and headers")
    paragraph = readme_bodiless_paragraph()
    with Server(binary, "limits") as srv:
        for name, raw, status, needs_problem in CASES:
            try:
                shown, info = answer(srv.port, raw)
            except OSError as e:
                res.num(name, f"{type(e).__name__}: {e}")
                res.check(f"{name}: answered {status}", False, type(e).__name__, status)
                continue
            res.num(name, shown)
            res.num(f"{name}: head", " | ".join(info["head"])[:300])
            res.eq(f"{name}: answered {status}", info["status"], status, what=f"{name}: status")
            is_problem = (info["content-type"] or "").startswith("application/problem+json") and info["body"] > 0
            if needs_problem:
                res.check(f"{name}: problem body", is_problem, shown, "application/problem+json",
                          f"{name}: {shown}; the service's own limit must answer a problem body")
            elif not is_problem:
                missing = [w for w in README_MENTIONS.get(name, []) if w not in paragraph]
                res.check(f"{name}: bodiless answer documented in README", not missing,
                          "missing " + ", ".join(repr(m) for m in missing) if missing else "documented",
                          "README names it",
                          f"{name} answers {shown} without a problem body, but README.md's paragraph on bodiless "
                          f"errors does not mention {missing}")
        res.check("server alive", srv.alive(), "alive" if srv.alive() else f"exit {srv.proc.poll()}", "alive")
    return [res, slow_heads(binary)]
