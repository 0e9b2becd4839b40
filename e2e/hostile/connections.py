"""Attack 2: connections that hold resources by saying nothing.

- `first byte`: a TCP connection that never sends its first byte. Today the
  protocol sniffing of hyper-util's auto builder waits for it for ever;
  `--header-read-timeout` only starts with the first byte.
- `fd exhaustion`: with `ulimit -n 256`, 300 silent sockets use every file
  descriptor; accept() fails and no client is served at all. The design: a
  connection cap (`--max-connections`, at most the soft RLIMIT_NOFILE minus a
  reserve); over it a new connection is answered at once with a 503 problem,
  `Retry-After: 1`, `Connection: close`.
  The silent sockets come from several addresses (under the per-client
  cap each), as a crowd of clients would fill the global cap.
- `--max-connections`: the same with an explicit small cap.
- `one client`: one address holds more sockets than the global cap, and
  reopens those refused, while a normal client from another address asks
  for `/health` on a new connection every 50 ms. Before
  `--max-connections-per-client`, that one client took every slot and the
  normal client got mostly 503s (39 of 47 in the outside review). Now the
  one client gets its cap (64 by default) and 503s beyond it, counted as
  `reason="client_connection_limit"`, and the normal client is served.
- `idle`: keep-alive connections idle between requests (HTTP/1.1 after one
  request; HTTP/2 after the preface only; HTTP/2 after one request) are closed
  after `--idle-timeout`.
- `defaults`: a server with default settings closes a silent connection within
  the default header read timeout (10 s), measured while the other tests run.
"""

from __future__ import annotations

import selectors
import socket
import threading
import time

from lib import (ATTACKER, H2_GOAWAY, H2_HEADERS, H2_DATA, H2_PREFACE, H2_SETTINGS, METRIC_REFUSED,
                 NORMAL_CLIENT, Binary, Closed, H2Reader, Prober, Result, ResponseReader, Server, attacker_address,
                 connect, get_line, h2_frame, h2_get, h2_settings, mb, secs)
import thresholds as T


def close_times(socks: list[socket.socket], timeout: float) -> list[float | None]:
    """Seconds until the server closed each socket (None: still open at `timeout`).
    Bytes the server sends before closing are read and ignored."""
    started = time.monotonic()
    times: list[float | None] = [None] * len(socks)
    sel = selectors.DefaultSelector()
    for i, s in enumerate(socks):
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ, i)
    open_count = len(socks)
    while open_count:
        remaining = started + timeout - time.monotonic()
        if remaining <= 0:
            break
        for key, _ in sel.select(remaining):
            i = key.data
            try:
                chunk = socks[i].recv(65536)
            except BlockingIOError:
                continue
            except OSError:
                chunk = b""
            if not chunk:
                times[i] = time.monotonic() - started
                sel.unregister(socks[i])
                open_count -= 1
    sel.close()
    for s in socks:
        s.setblocking(True)
    return times


def read_available(s: socket.socket, wait: float) -> bytes:
    s.settimeout(wait)
    got = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except (socket.timeout, TimeoutError, BlockingIOError):
        pass
    except OSError:
        pass
    return got


def probe(port: int, path: str = "/health", timeout: float = T.PROBE_TIMEOUT_S, source: str | None = None) -> dict:
    """A normal client on a new connection (from `source`): status and headers, or why not."""
    t0 = time.monotonic()
    try:
        s = connect(port, timeout, source=source)
    except OSError as e:
        return {"outcome": f"connect failed: {e.__class__.__name__}", "seconds": time.monotonic() - t0}
    try:
        s.sendall(get_line(path))
        reader = ResponseReader(s)
        r = reader.read(timeout)
        closed = reader.closed_soon(0.5) if r.connection_close else None
        return {"outcome": r.status, "seconds": time.monotonic() - t0, "response": r, "closed": closed}
    except (socket.timeout, TimeoutError):
        return {"outcome": "no answer", "seconds": time.monotonic() - t0}
    except (OSError, ValueError) as e:
        return {"outcome": f"{e.__class__.__name__}: {e}", "seconds": time.monotonic() - t0}
    finally:
        s.close()


def check_overload_answer(res: Result, p: dict, label: str) -> None:
    """An answer over the connection cap: 503 problem, Retry-After: 1, Connection: close, then closed."""
    r = p.get("response")
    res.check(f"{label}: answered at once", r is not None and p["seconds"] <= T.OVERLOAD_ANSWER_S,
              f"{p['outcome']} after {p['seconds']:.2f} s", f"an answer within {T.OVERLOAD_ANSWER_S} s",
              f"{label}: a new client got '{p['outcome']}' after {p['seconds']:.2f} s; expected an answer "
              f"(503 over the cap) within {T.OVERLOAD_ANSWER_S} s")
    if r is None or r.status != 503:
        res.check(f"{label}: 503 problem + Retry-After: 1 + Connection: close", False,
                  p["outcome"], "503", f"{label}: expected a 503 over the cap, got {p['outcome']}")
        return
    ok = ((r.header("content-type") or "").startswith("application/problem+json")
          and r.header("retry-after") == "1" and r.connection_close and p.get("closed") is True)
    res.check(f"{label}: 503 problem + Retry-After: 1 + Connection: close", ok,
              f"ct={r.header('content-type')} retry-after={r.header('retry-after')} "
              f"connection={r.header('connection')} closed={p.get('closed')}", "problem+json, 1, close, closed")


def first_byte(binary: Binary) -> Result:
    res = Result("connections", f"silent first byte (--header-read-timeout {T.HEADER_READ_TIMEOUT_S})")
    with Server(binary, "first-byte", settings={"header-read-timeout": T.HEADER_READ_TIMEOUT_S}) as srv:
        fds0 = srv.fds()
        silent = [connect(srv.port) for _ in range(20)]
        partial = []
        for _ in range(20):
            s = connect(srv.port)
            s.sendall(b"GET /health HTTP/1.1\r\nHost: t\r\n")
            partial.append(s)
        time.sleep(0.5)
        res.num("server fds before / with 40 sockets", f"{fds0} / {srv.fds()}")
        limit = T.HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S
        times = close_times(silent + partial, limit + 0.5)
        res.num("server fds after", srv.fds())
        st, pt = times[:20], times[20:]
        closed_silent = [t for t in st if t is not None]
        closed_partial = [t for t in pt if t is not None]
        res.num("silent sockets closed", f"{len(closed_silent)}/20, last after {secs(max(closed_silent) + 0.5) if closed_silent else 'never'}")
        res.num("partial-head sockets closed", f"{len(closed_partial)}/20, last after {secs(max(closed_partial) + 0.5) if closed_partial else 'never'}")
        res.check("silent connections closed by the header read timeout", len(closed_silent) == 20,
                  f"{len(closed_silent)}/20 closed", f"20/20 within {limit:.1f} s",
                  f"{20 - len(closed_silent)} of 20 connections that never sent a byte were still open "
                  f"{limit + 0.5:.1f} s later (--header-read-timeout {T.HEADER_READ_TIMEOUT_S})")
        res.check("partial-head connections closed by the header read timeout", len(closed_partial) == 20,
                  f"{len(closed_partial)}/20 closed", f"20/20 within {limit:.1f} s")
        res.num("peak RSS / fd peak", f"{mb(srv.hwm())} / {srv.fd_peak()}")
        for s in silent + partial:
            s.close()
    return res


def fd_exhaustion(binary: Binary) -> Result:
    res = Result("connections", f"{T.SILENT_SOCKETS} silent sockets, ulimit -n {T.NOFILE_LIMIT}")
    with Server(binary, "nofile", settings={"header-read-timeout": T.HEADER_READ_TIMEOUT_S},
                nofile=T.NOFILE_LIMIT) as srv:
        t_open = time.monotonic()
        socks = []
        # Many clients fill the global cap: each address stays under its own cap.
        for i in range(T.SILENT_SOCKETS):
            socks.append(connect(srv.port, 2, source=attacker_address(i % T.SILENT_SOCKET_ADDRESSES)))
        time.sleep(0.5)
        res.num("server fds with the silent sockets", srv.fds())
        p = probe(srv.port)
        res.num("normal client while they are open", f"{p['outcome']} after {p['seconds']:.2f} s")
        # Which silent sockets got an answer (503 over the cap) without asking?
        answered = 0
        for s in socks:
            s.setblocking(False)
            try:
                data = s.recv(4096)
                if data.startswith(b"HTTP/1.1 503"):
                    answered += 1
            except (BlockingIOError, OSError):
                pass
            s.setblocking(True)
        res.num("silent sockets answered 503 over the cap", answered)
        check_overload_answer(res, p, "over the cap")
        res.ge("connections over the cap answered 503", answered, T.SILENT_SOCKETS - T.NOFILE_LIMIT,
               what="silent connections over the cap that got a 503 at once")
        # Once the header read timeout closed the silent ones, clients are served.
        wait = t_open + T.HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        p2 = probe(srv.port)
        res.num("normal client after the header read timeout", f"{p2['outcome']} after {p2['seconds']:.2f} s")
        res.check("served after the silent connections timed out", p2["outcome"] == 200,
                  p2["outcome"], "200", f"a normal client got '{p2['outcome']}' "
                  f"{T.HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S:.1f} s after the silent sockets connected")
        res.num("server fd peak", srv.fd_peak())
        res.num("peak RSS", mb(srv.hwm()))
        res.check("server alive", srv.alive(), "alive" if srv.alive() else f"exit {srv.proc.poll()}", "alive")
        for s in socks:
            s.close()
    return res


def max_connections(binary: Binary) -> Result:
    n = T.SMALL_MAX_CONNECTIONS
    res = Result("connections", f"--max-connections {n}")
    with Server(binary, "max-conn", settings={"max-connections": n, "header-read-timeout": 5}) as srv:
        socks = [connect(srv.port, 2) for _ in range(n + T.SMALL_EXTRA_CONNECTIONS)]
        time.sleep(0.5)
        answered = sum(1 for s in socks if read_available(s, 0.05).startswith(b"HTTP/1.1 503"))
        res.num("silent sockets answered 503", f"{answered}/{len(socks)}")
        res.check("connections over the cap answered 503", T.SMALL_EXTRA_CONNECTIONS - 2 <= answered <= T.SMALL_EXTRA_CONNECTIONS,
                  answered, f"{T.SMALL_EXTRA_CONNECTIONS} (+0/-2)",
                  f"{answered} of {len(socks)} connections got a 503 at once; with --max-connections {n} "
                  f"expected {T.SMALL_EXTRA_CONNECTIONS}")
        p = probe(srv.port)
        res.num("normal client at the cap", f"{p['outcome']} after {p['seconds']:.2f} s")
        check_overload_answer(res, p, "at the cap")
        for s in socks:
            s.close()
        time.sleep(0.5)
        p2 = probe(srv.port)
        res.num("normal client after the sockets left", p2["outcome"])
        res.eq("served again once connections close", p2["outcome"], 200)
    return res


def _take_refusals(socks: list[socket.socket]) -> tuple[int, list[int]]:
    """The sockets of `socks` the server answered (503) or closed: how many
    got a 503, and their indexes (closed here, to be reopened)."""
    answered, gone = 0, []
    for i, s in enumerate(socks):
        s.setblocking(False)
        try:
            data = s.recv(4096)
        except BlockingIOError:
            s.setblocking(True)
            continue
        except OSError:
            data = b""
        if data.startswith(b"HTTP/1.1 503"):
            answered += 1
        gone.append(i)
        s.close()
    return answered, gone


def one_client(binary: Binary) -> Result:
    cap, held = T.ONE_CLIENT_MAX_CONNECTIONS, T.ONE_CLIENT_SOCKETS
    per_client = T.DEFAULT_MAX_CONNECTIONS_PER_CLIENT
    res = Result("connections", f"one client holds {held} sockets over --max-connections {cap}; "
                                f"another is served")
    # The per-client cap is left at its default: that default is what protects.
    with Server(binary, "one-client", settings={"max-connections": cap}) as srv:
        normal = Prober(srv.port, T.ONE_CLIENT_SECONDS, path="/health", interval=T.ONE_CLIENT_PROBE_INTERVAL_S,
                        headers={"Connection": "close"}, source=NORMAL_CLIENT)
        t0 = time.monotonic()
        socks = [connect(srv.port, 2, source=ATTACKER) for _ in range(held)]
        refused, opened = 0, held
        open_now = None
        # Hold them; reopen every socket the server refused, as the attacker
        # of the review did, at most ONE_CLIENT_REOPEN_PER_S.
        while time.monotonic() - t0 < T.ONE_CLIENT_SECONDS:
            time.sleep(0.1)
            answered, gone = _take_refusals(socks)
            refused += answered
            gone_set = set(gone)
            socks = [x for i, x in enumerate(socks) if i not in gone_set]
            budget = int(T.ONE_CLIENT_REOPEN_PER_S * 0.1)
            while len(socks) < held and budget > 0:
                budget -= 1
                try:
                    socks.append(connect(srv.port, 2, source=ATTACKER))
                    opened += 1
                except OSError:
                    break
            if open_now is None and time.monotonic() - t0 >= T.ONE_CLIENT_SECONDS / 2:
                m = srv.metrics(source=NORMAL_CLIENT)
                open_now = m.total("talent_http_connections") if m.status == 200 else None
        p_over = probe(srv.port, source=ATTACKER)
        p = normal.result()
        statuses = p.get("statuses", {})
        count = p.get("count") or 0
        ok = statuses.get("200", 0)
        res.num("attacking sockets opened (held at once)", f"{opened} ({held})")
        res.num("attacking sockets answered 503", refused)
        res.num("open connections on the server, mid-attack", open_now)
        res.num("normal client (another address, a new connection per request)",
                f"{ok}/{count} answered 200, statuses {statuses}, {p.get('failures')} failed, "
                f"p99 {p.get('p99_ms') or 0:.1f} ms")
        res.num("the attacker's next connection", f"{p_over['outcome']} after {p_over['seconds']:.2f} s")
        share = ok / count if count else 0.0
        res.check("normal client served while one client holds more sockets than the cap",
                  count >= T.ONE_CLIENT_MIN_PROBES and share >= T.ONE_CLIENT_MIN_OK_SHARE,
                  f"{ok}/{count} = {share:.0%}", f">= {T.ONE_CLIENT_MIN_OK_SHARE:.0%} of >= {T.ONE_CLIENT_MIN_PROBES}",
                  f"a normal client from {NORMAL_CLIENT} got 200 for {ok} of {count} requests while {ATTACKER} "
                  f"held {held} sockets (--max-connections {cap}); statuses {statuses}")
        res.le("open connections held by one client (mid-attack, + the normal client's and /metrics')",
               open_now, per_client + 2, what="open connections on the server while one client attacks")
        check_overload_answer(res, p_over, "over its own cap")
        for x in socks:
            x.close()
        time.sleep(0.5)
        m = srv.metrics(source=NORMAL_CLIENT)
        by_client = m.total(METRIC_REFUSED, reason="client_connection_limit")
        global_cap = m.total(METRIC_REFUSED, reason="connection_limit")
        res.num(f"{METRIC_REFUSED} client_connection_limit / connection_limit", f"{by_client:.0f} / {global_cap:.0f}")
        res.ge("refusals counted as client_connection_limit", by_client, refused,
               what=f"{METRIC_REFUSED}{{reason=\"client_connection_limit\"}} against the 503s the attacker saw")
        res.eq("the global cap was never reached", global_cap, 0.0,
               what=f"{METRIC_REFUSED}{{reason=\"connection_limit\"}} while one client attacked")
        again = probe(srv.port, source=ATTACKER)
        res.num("the attacker's address once its sockets closed", again["outcome"])
        res.eq("its slots come back when its connections close", again["outcome"], 200)
        res.num("peak RSS / fd peak", f"{mb(srv.hwm())} / {srv.fd_peak()}")
    return res


def _h1_idle(port: int, out: dict) -> None:
    s = connect(port)
    s.sendall(get_line("/health"))
    ResponseReader(s).read(5)
    out["h1"] = close_times([s], T.IDLE_WAIT_MAX_S)[0]
    s.close()


def _h2_preface_only(port: int, out: dict) -> None:
    s = connect(port)
    s.sendall(H2_PREFACE)
    out["h2-preface"] = close_times([s], T.IDLE_WAIT_MAX_S)[0]
    s.close()


def _h2_idle(port: int, out: dict) -> None:
    s = connect(port)
    s.sendall(H2_PREFACE + h2_settings() + h2_get(1, "/health"))
    reader = H2Reader(s)
    deadline = time.monotonic() + 5
    done = False
    while not done and time.monotonic() < deadline:
        kind, flags, stream, payload = reader.frame(5)
        if kind == H2_SETTINGS and not flags & 1:
            s.sendall(h2_frame(H2_SETTINGS, 1, 0))  # ACK
        if stream == 1 and kind in (H2_HEADERS, H2_DATA) and flags & 1:
            done = True
    out["h2-answered"] = done
    t0 = time.monotonic()
    goaway = None
    try:
        while True:
            kind, flags, stream, payload = reader.frame(max(0.01, T.IDLE_WAIT_MAX_S - (time.monotonic() - t0)))
            if kind == H2_GOAWAY and goaway is None:
                goaway = time.monotonic() - t0
    except Closed:
        out["h2"] = time.monotonic() - t0
    except (socket.timeout, TimeoutError):
        out["h2"] = None
    out["h2-goaway"] = goaway
    s.close()


def idle(binary: Binary) -> Result:
    res = Result("connections", f"idle keep-alive (--idle-timeout {T.IDLE_TIMEOUT_S})")
    settings = {"idle-timeout": T.IDLE_TIMEOUT_S, "header-read-timeout": T.IDLE_TEST_HEADER_READ_TIMEOUT_S}
    with Server(binary, "idle", settings=settings) as srv:
        out: dict = {}
        threads = [threading.Thread(target=f, args=(srv.port, out), daemon=True)
                   for f in (_h1_idle, _h2_preface_only, _h2_idle)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(T.IDLE_WAIT_MAX_S + 8)
        idle_limit = T.IDLE_TIMEOUT_S + T.CLOSE_SLACK_S
        # Preface then silence: the handshake never completes, so either the
        # idle timeout or the header read timeout may be the one that applies.
        preface_limit = max(T.IDLE_TIMEOUT_S, T.IDLE_TEST_HEADER_READ_TIMEOUT_S) + T.CLOSE_SLACK_S
        res.num("HTTP/2 request answered", out.get("h2-answered"))
        res.num("HTTP/2 GOAWAY after", secs(out.get("h2-goaway")) if out.get("h2-goaway") is not None else "none")
        for key, what, limit, bound in (
                ("h1", "HTTP/1.1 idle after one request", idle_limit, f"--idle-timeout {T.IDLE_TIMEOUT_S} s"),
                ("h2-preface", "HTTP/2 preface then silence", preface_limit,
                 f"the larger of --idle-timeout {T.IDLE_TIMEOUT_S} s and --header-read-timeout "
                 f"{T.IDLE_TEST_HEADER_READ_TIMEOUT_S} s"),
                ("h2", "HTTP/2 idle after one request", idle_limit, f"--idle-timeout {T.IDLE_TIMEOUT_S} s")):
            t = out.get(key)
            shown = secs(t) if t is not None else f"open after {T.IDLE_WAIT_MAX_S} s"
            res.num(f"{what}: closed after", shown)
            res.check(f"{what} closed", t is not None and t <= limit, shown, f"<= {limit:.1f} s",
                      f"{what}: {shown}; expected a close within {bound} + {T.CLOSE_SLACK_S} s")
    return res


def defaults_start(binary: Binary) -> dict:
    srv = Server(binary, "defaults").start()
    silent = connect(srv.port)
    state = {"server": srv, "t0": time.monotonic(), "out": {}}

    def watch():
        times = close_times([silent], T.DEFAULT_HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S + 0.5)
        state["out"] = {"silent": times[0]}
        silent.close()

    state["thread"] = threading.Thread(target=watch, daemon=True)
    state["thread"].start()
    return state


def defaults_finish(state: dict) -> Result:
    res = Result("connections", "defaults: silent connection, default --header-read-timeout")
    state["thread"].join(T.DEFAULT_HEADER_READ_TIMEOUT_S + 10)
    state["server"].stop()
    limit = T.DEFAULT_HEADER_READ_TIMEOUT_S + T.CLOSE_SLACK_S
    for key, what in (("silent", "silent connection"),):
        t = state["out"].get(key)
        shown = secs(t) if t is not None else f"open after {limit + 0.5:.1f} s"
        res.num(f"{what}: closed after", shown)
        res.check(f"{what} closed with defaults", t is not None and t <= limit, shown, f"<= {limit:.1f} s",
                  f"{what} on a server with default settings: {shown}; expected a close within the default "
                  f"header read timeout ({T.DEFAULT_HEADER_READ_TIMEOUT_S} s)")
    return res


def run(binary: Binary) -> list[Result]:
    state = defaults_start(binary)
    try:
        results = [first_byte(binary), fd_exhaustion(binary), max_connections(binary), one_client(binary),
                   idle(binary)]
        results.append(defaults_finish(state))
    finally:
        state["server"].stop()
    return results
