"""Attack 6 (operations): signals.

- `SIGHUP`: today the default disposition kills the process (exit 129). The
  design: SIGHUP re-checks the database and reloads changed data (logged), and
  the process keeps running. The test changes the database's data version
  (as `migrate` with a revised seed would) with `--db-check-interval 3600`,
  so that only the SIGHUP can make the server notice.
- `SIGINT twice` / `SIGINT then SIGTERM`: an in-flight request holds the drain
  (an HTTP/2 stream whose client window is 0, so its answer cannot be sent).
  The design: SIGINT drains at once (new connections refused); a second
  SIGINT or SIGTERM exits at once with a non-zero status. Today the second
  signal is ignored until the grace period ends.
- `SIGTERM under keep-alive load`: the design: /ready answers 503 at once; for
  `--shutdown-delay` the service keeps serving (new connections too), each
  answer carrying `Connection: close`; then it stops accepting, in-flight
  requests get `--shutdown-grace`, and it exits 0. No request sent on an open
  connection is lost (closed without an answer) and no connection is closed
  by the server without a `Connection: close` answer first.
"""

from __future__ import annotations

import re
import signal
import socket
import sqlite3
import threading
import time

from lib import (H2_HEADERS, H2_PREFACE, H2_SETTINGS, Binary, Closed, H2Reader, Result,
                 ResponseReader, Server, connect, get_line, h2_frame, h2_get, h2_settings, secs)
import thresholds as T


def describe_exit(rc) -> str:
    if rc is None:
        return "still running"
    if rc < 0:
        name = signal.Signals(-rc).name
        return f"killed by {name} (shell status {128 - rc})"
    return f"exit {rc}"


# --- an in-flight request that cannot finish ---------------------------------

def stuck_stream(port: int) -> tuple[socket.socket, bool]:
    """An HTTP/2 GET of a 1.5 MB asset with a stream window of 0: its answer
    headers arrive, its body cannot. Returns (socket, headers arrived)."""
    s = connect(port)
    s.sendall(H2_PREFACE + h2_settings(initial_window_size=0) + h2_get(1, T.ASSET_PATH))
    reader = H2Reader(s)
    deadline = time.monotonic() + 3
    got_headers = False
    try:
        while time.monotonic() < deadline and not got_headers:
            kind, flags, stream, _ = reader.frame(deadline - time.monotonic())
            if kind == H2_SETTINGS and not flags & 1:
                s.sendall(h2_frame(H2_SETTINGS, 1, 0))
            if stream == 1 and kind == H2_HEADERS:
                got_headers = True
    except (OSError, ValueError):
        pass
    return s, got_headers


def connect_outcome(port: int, path: str = "/talent/cities", timeout: float = 1.0) -> str | int:
    try:
        s = connect(port, timeout)
    except ConnectionRefusedError:
        return "refused"
    except OSError as e:
        return type(e).__name__
    try:
        s.sendall(get_line(path))
        r = ResponseReader(s).read(timeout)
        return r.status
    except (socket.timeout, TimeoutError):
        return "no answer"
    except (OSError, ValueError) as e:
        return type(e).__name__
    finally:
        s.close()


# --- SIGHUP ------------------------------------------------------------------

def data_version(srv: Server) -> str | None:
    m = srv.metrics(timeout=3)
    versions = m.label_values("talent_data_info", "data_version")
    return next(iter(versions)) if versions else None


def sighup(binary: Binary) -> Result:
    res = Result("signals", "SIGHUP: re-check and reload, keep running")
    with Server(binary, "sighup", settings={"db-check-interval": 3600}) as srv:
        v0 = data_version(srv)
        mark = srv.log_mark()
        srv.signal(signal.SIGHUP)
        rc = srv.wait(0.7)
        res.num("after SIGHUP", describe_exit(rc))
        res.check("process keeps running after SIGHUP", rc is None, describe_exit(rc), "running",
                  f"SIGHUP: the process {describe_exit(rc)}; it must keep running")
        if rc is not None:
            res.check("SIGHUP reloads changed data", False, "process gone", "new data_version",
                      "SIGHUP killed the process; nothing was reloaded")
            return res
        # Revise one figure, as a `migrate` with a revised seed would (the
        # data version is a digest of the data itself; the change still
        # passes the data's checks: Beijing's share is not in a full
        # distribution).
        with sqlite3.connect(srv.db, timeout=5) as db:
            db.execute("UPDATE talent_cities SET share_pct = '31.43' WHERE rank = 1")
        srv.signal(signal.SIGHUP)
        deadline = time.monotonic() + T.SIGHUP_EFFECT_S
        v1 = v0
        while time.monotonic() < deadline and v1 == v0 and srv.alive():
            time.sleep(0.1)
            v1 = data_version(srv)
        res.num("data_version before / after SIGHUP", f"{v0} / {v1}")
        res.check("SIGHUP reloads changed data", v1 is not None and v1 != v0, v1, f"!= {v0} within {T.SIGHUP_EFFECT_S} s",
                  f"after the database changed and SIGHUP, /metrics still shows data_version {v1} "
                  f"({T.SIGHUP_EFFECT_S} s later, --db-check-interval 3600)")
        time.sleep(0.2)
        log = srv.log_bytes(mark).decode(errors="replace")
        lines = [l for l in log.splitlines() if re.search(r"(?i)sighup|hangup|reload", l)]
        res.num("log lines about it", lines[:3])
        res.check("SIGHUP logged", bool(lines), len(lines), ">= 1 line naming SIGHUP or reload")
        res.check("still serving", srv.get("/health").status == 200 if srv.alive() else False, "", "/health 200")
    return res


# --- second signal -------------------------------------------------------------

def second_signal(binary: Binary, second: int) -> Result:
    name = f"SIGINT then {signal.Signals(second).name}"
    res = Result("signals", f"{name}: the second signal exits at once")
    settings = {"shutdown-grace": T.SHUTDOWN_GRACE_S, "shutdown-delay": T.SHUTDOWN_DELAY_S}
    with Server(binary, f"second-{second}", settings=settings) as srv:
        s, held = stuck_stream(srv.port)
        res.num("in-flight request holding the drain (HTTP/2, window 0)", held)
        t0 = time.monotonic()
        srv.signal(signal.SIGINT)
        time.sleep(0.2)
        after_first = connect_outcome(srv.port, timeout=0.5)
        res.num("new connection 0.2 s after the first SIGINT", after_first)
        res.check("SIGINT drains at once (no delay)", after_first == "refused", after_first, "refused",
                  f"0.2 s after SIGINT a new connection got {after_first!r}; SIGINT must stop accepting at once")
        time.sleep(max(0.0, 0.5 - (time.monotonic() - t0)))
        t1 = time.monotonic()
        srv.signal(second)
        rc = srv.wait(T.SHUTDOWN_GRACE_S + 3)
        took = time.monotonic() - t1
        s.close()
        res.num("exit", describe_exit(rc))
        res.num("exit after the second signal", secs(took))
        res.check("in-flight request set up", held, held, True,
                  "the in-flight HTTP/2 request could not be set up; the test proves less")
        res.le("second signal exits at once", took, T.SECOND_SIGNAL_EXIT_S, secs,
               what=f"{name}: the process exited {took:.2f} s after the second signal "
                    f"(--shutdown-grace {T.SHUTDOWN_GRACE_S})")
        res.check("exit status non-zero after a second signal", rc is not None and rc != 0, describe_exit(rc), "non-zero",
                  f"{name}: {describe_exit(rc)}; a forced exit must not report success")
    return res


# --- SIGTERM under keep-alive load --------------------------------------------

class LoadClient(threading.Thread):
    """Keep-alive GETs in a loop; records what happens around the shutdown."""

    def __init__(self, port: int, stop: threading.Event):
        super().__init__(daemon=True)
        self.port = port
        self.stop = stop
        self.answers: list[tuple[float, int, bool]] = []  # (sent at, status, Connection: close)
        self.lost: list[float] = []  # request sent on a used keep-alive connection, closed, no answer
        #: reset on a new connection before its first answer (the listener
        #: closed with the connection still in its backlog): a race at the end
        #: of the delay that no server can fully avoid; reported, not asserted.
        self.unaccepted: list[float] = []
        self.refused: list[float] = []
        self.closes_after_close = 0
        self.errors: list[str] = []

    def run(self) -> None:
        sock, reader = None, None
        answered_here = 0
        while not self.stop.is_set():
            if sock is None:
                try:
                    sock = connect(self.port, 1.0)
                    reader = ResponseReader(sock)
                    answered_here = 0
                except ConnectionRefusedError:
                    self.refused.append(time.monotonic())
                    time.sleep(0.05)
                    continue
                except OSError as e:
                    self.errors.append(type(e).__name__)
                    time.sleep(0.05)
                    continue
            sent = time.monotonic()
            try:
                sock.sendall(get_line("/talent/cities"))
                r = reader.read(3.0)
                self.answers.append((sent, r.status, r.connection_close))
                answered_here += 1
                if r.connection_close:
                    self.closes_after_close += 1
                    sock.close()
                    sock = None
            except (Closed, BrokenPipeError, ConnectionResetError):
                (self.lost if answered_here else self.unaccepted).append(sent)
                sock.close()
                sock = None
            except (socket.timeout, TimeoutError, OSError, ValueError) as e:
                self.errors.append(type(e).__name__)
                sock.close()
                sock = None
            time.sleep(0.005)
        if sock is not None:
            sock.close()


def sigterm(binary: Binary) -> Result:
    d, g = T.SHUTDOWN_DELAY_S, T.SHUTDOWN_GRACE_S
    res = Result("signals", f"SIGTERM under keep-alive load (--shutdown-delay {d} --shutdown-grace {g})")
    settings = {"shutdown-delay": d, "shutdown-grace": g, "rate-limit": 0}
    with Server(binary, "sigterm", settings=settings) as srv:
        stop = threading.Event()
        clients = [LoadClient(srv.port, stop) for _ in range(T.SIGTERM_LOAD_CLIENTS)]
        for c in clients:
            c.start()
        s, held = stuck_stream(srv.port)
        res.num("in-flight request for the grace period (HTTP/2, window 0)", held)
        time.sleep(1.0)
        t0 = time.monotonic()
        srv.signal(signal.SIGTERM)
        time.sleep(0.1)
        ready = connect_outcome(srv.port, "/ready", timeout=T.READY_503_WITHIN_S)
        res.num("/ready right after SIGTERM", ready)
        time.sleep(max(0.0, d / 2 - (time.monotonic() - t0)))
        during = connect_outcome(srv.port, timeout=0.5)
        res.num(f"new connection {d / 2:.1f} s after SIGTERM (within the delay)", during)
        time.sleep(max(0.0, d + 0.5 - (time.monotonic() - t0)))
        after = connect_outcome(srv.port, timeout=0.5)
        res.num(f"new connection {d + 0.5:.1f} s after SIGTERM (after the delay)", after)
        rc = srv.wait(max(0.1, d + g + 3 - (time.monotonic() - t0)))
        exit_at = time.monotonic() - t0 if rc is not None else None
        stop.set()
        s.close()
        for c in clients:
            c.join(5)
        if rc is None:
            srv.stop()

        answers = [a for c in clients for a in c.answers]
        before = [a for a in answers if a[0] < t0]
        # Requests sent from 0.1 s after the signal (its delivery takes a moment).
        post = [a for a in answers if a[0] > t0 + 0.1]
        post_keepalive = [a for a in post if not a[2]]
        lost = [t for c in clients for t in c.lost]
        lost_after = [t for t in lost if t > t0 - 0.05]
        refused_during = [t for c in clients for t in c.refused if t0 < t < t0 + d - 0.2]
        res.num("answers before SIGTERM", len(before))
        res.num("answers after SIGTERM (with Connection: close)", f"{len(post)} ({len(post) - len(post_keepalive)})")
        res.num("requests lost (connection closed, no answer)", len(lost_after))
        res.num("new connections reset before their first answer",
                len([t for c in clients for t in c.unaccepted if t > t0 - 0.05]))
        res.num("load clients refused during the delay", len(refused_during))
        res.num("load client errors (timeouts etc.)", sum(len(c.errors) for c in clients))
        res.num("exit", describe_exit(rc))
        res.num("exit after SIGTERM", secs(exit_at))

        res.check("/ready answers 503 at once", ready == 503, ready, f"503 within {T.READY_503_WITHIN_S} s",
                  f"/ready right after SIGTERM: {ready!r}; expected 503 (so the balancer stops sending)")
        res.check("new connections served during the delay", during == 200, during, "200",
                  f"{d / 2:.1f} s after SIGTERM (delay {d} s) a new client got {during!r}")
        res.check("answers after SIGTERM carry Connection: close", post and not post_keepalive,
                  f"{len(post_keepalive)} of {len(post)} without", "all of them",
                  f"{len(post_keepalive)} of {len(post)} answers after SIGTERM kept the connection alive"
                  if post else "no answer at all after SIGTERM (the service must keep serving for the delay)")
        res.eq("no request lost on an open connection", len(lost_after), 0,
               what="requests sent on a keep-alive connection that the server closed without answering")
        res.check("stops accepting after the delay", after == "refused", after, "refused",
                  f"{d + 0.5:.1f} s after SIGTERM a new connection got {after!r}")
        # The stuck stream never finishes, so the process must run through the
        # delay and the whole grace period, and no longer.
        low = (d + g - 0.5) if held else (d - 0.2)
        res.check("delay + grace, then exit", exit_at is not None and low <= exit_at <= d + g + 1.0,
                  secs(exit_at), f"{low:.1f}-{d + g + 1.0:.1f} s",
                  f"the process exited {secs(exit_at)} after SIGTERM with a request in flight; expected after "
                  f"the delay ({d} s) plus the grace period ({g} s), within 1 s")
        res.eq("exit status 0", rc, 0, what="exit status after SIGTERM")
    return res


def run(binary: Binary) -> list[Result]:
    return [sighup(binary), second_signal(binary, signal.SIGINT), second_signal(binary, signal.SIGTERM),
            sigterm(binary)]
