"""Shared machinery of the hostile-client suite (standard library only).

- `Binary`: the release binary and what its `--help` says (which flags exist,
  their environment variables and defaults).
- `Server`: one instance on a free loopback port with given settings, a fresh
  copy of a seeded database, stderr captured to a file, optional `ulimit -n`.
  Every server started is registered and killed at exit, on exceptions and on
  Ctrl-C (`kill_all`).
- Measurements of a server from outside: RSS (VmRSS / VmHWM), open file
  descriptors, CPU seconds (/proc/PID/stat), log lines written, `/metrics`.
- HTTP from raw sockets: `request`, `ResponseReader` (pipelining,
  Content-Length and chunked), a few HTTP/2 frames.
- `Prober`: a normal client's latency, measured by a separate Python process
  (so that the attack threads of this process cannot distort it).
- `Result`: measured numbers and pass/fail checks of one attack.

Run `python3 lib.py probe --port P ...` to use the prober by hand.
"""

from __future__ import annotations

import atexit
import json
import os
import re
import resource
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------
# Names the suite assumes the implementation uses. One place, so that they can
# be adjusted if the implementation lands with other names.
# ---------------------------------------------------------------------------

#: Settings the target design adds or changes: flag -> environment variable.
SETTING_ENV = {
    "max-connections": "MAX_CONNECTIONS",
    "header-read-timeout": "HEADER_READ_TIMEOUT",
    "idle-timeout": "IDLE_TIMEOUT",
    "rate-limit": "RATE_LIMIT",
    "rate-limit-burst": "RATE_LIMIT_BURST",
    "trusted-proxies": "TRUSTED_PROXIES",
    "shutdown-delay": "SHUTDOWN_DELAY",
    "shutdown-grace": "SHUTDOWN_GRACE",
    "access-log": "ACCESS_LOG",
    "log-format": "LOG_FORMAT",
    "cors-origins": "CORS_ORIGINS",
    "db-check-interval": "DB_CHECK_INTERVAL",
    "request-timeout": "REQUEST_TIMEOUT",
    "max-connections-per-client": "MAX_CONNECTIONS_PER_CLIENT",
}

#: Loopback addresses the suite's clients connect from. Linux routes all of
#: 127.0.0.0/8 to the loopback interface, so each is another client to the
#: server (which counts connections per client address): an attack from
#: ATTACKER does not use up the normal client's slots.
ATTACKER = "127.0.0.1"
NORMAL_CLIENT = "127.0.0.2"


def attacker_address(k: int) -> str:
    """The k-th of several attacking addresses (127.0.0.10, .11, ...): many
    clients, for attacks about a server-wide bound rather than a per-client one."""
    return f"127.0.0.{10 + k}"

#: Counter of requests refused by the HTTP parser (label `reason`).
METRIC_REFUSED = "talent_http_refused_total"
#: Counter of client-error log lines that the per-client log limit suppressed.
METRIC_LOG_SUPPRESSED = "talent_log_lines_suppressed_total"
#: Requests answered, by method, route, status (exists today).
METRIC_REQUESTS = "http_requests_total"
#: 1 when the last database check succeeded (exists today).
METRIC_DB_READY = "talent_database_ready"

#: The closed set of `method` label values.
STANDARD_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "other"}

CLK_TCK = os.sysconf("SC_CLK_TCK")
ANSI = re.compile(rb"\x1b\[[0-9;]*m")

# ---------------------------------------------------------------------------
# Process registry: nothing this suite starts outlives it.
# ---------------------------------------------------------------------------

_live: set[subprocess.Popen] = set()
_live_lock = threading.Lock()


def _register(proc: subprocess.Popen) -> None:
    with _live_lock:
        _live.add(proc)


def _unregister(proc: subprocess.Popen) -> None:
    with _live_lock:
        _live.discard(proc)


def kill_all() -> None:
    """Kills every process this suite started and has not reaped yet (by pid)."""
    with _live_lock:
        procs = list(_live)
        _live.clear()
    for proc in procs:
        if proc.poll() is None:
            try:
                proc.kill()
            except ProcessLookupError:
                pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


atexit.register(kill_all)


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    passed: bool
    measured: str
    limit: str
    message: str = ""


@dataclass
class Result:
    """Measured numbers and checks of one attack."""

    family: str
    attack: str
    numbers: dict = field(default_factory=dict)
    checks: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    def num(self, key: str, value) -> None:
        self.numbers[key] = value

    def check(self, name: str, passed: bool, measured, limit, message: str = "") -> bool:
        """Records one assertion; `message` explains a failure in words."""
        passed = bool(passed)
        if not message:
            message = f"{name}: measured {measured}, expected {limit}"
        self.checks.append(Check(name, passed, str(measured), str(limit), "" if passed else message))
        return passed

    def le(self, name: str, measured, limit, fmt: Callable = str, what: str = "") -> bool:
        """`measured <= limit` (None measured fails)."""
        ok = measured is not None and measured <= limit
        return self.check(name, ok, fmt(measured) if measured is not None else "n/a", f"<= {fmt(limit)}",
                          f"{what or name}: {fmt(measured) if measured is not None else 'not measured'} > limit {fmt(limit)}")

    def ge(self, name: str, measured, limit, fmt: Callable = str, what: str = "") -> bool:
        ok = measured is not None and measured >= limit
        return self.check(name, ok, fmt(measured) if measured is not None else "n/a", f">= {fmt(limit)}",
                          f"{what or name}: {fmt(measured) if measured is not None else 'not measured'} < minimum {fmt(limit)}")

    def eq(self, name: str, measured, expected, what: str = "") -> bool:
        return self.check(name, measured == expected, measured, f"== {expected}",
                          f"{what or name}: got {measured!r}, expected {expected!r}")

    @property
    def passed(self) -> bool:
        return self.error is None and all(c.passed for c in self.checks)


def mb(n) -> str:
    if n is None:
        return "n/a"
    if n >= 1 << 30:
        return f"{n / (1 << 30):.2f} GB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KB"
    return f"{n} B"


def ms(x) -> str:
    return "n/a" if x is None else f"{x:.1f} ms"


def secs(x) -> str:
    return "n/a" if x is None else f"{x:.2f} s"


def percentile(values: list, p: float):
    if not values:
        return None
    values = sorted(values)
    k = (len(values) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


# ---------------------------------------------------------------------------
# The binary and its --help
# ---------------------------------------------------------------------------


@dataclass
class Flag:
    name: str
    env: str | None
    default: str | None
    text: str


class Binary:
    def __init__(self, path: str):
        self.path = path
        out = subprocess.run([path, "--help"], capture_output=True, text=True, timeout=20)
        self.help = out.stdout
        self.flags = parse_help(self.help)
        #: Settings asked for that the binary does not know (passed as env only).
        self.unsupported: set[str] = set()

    def has(self, flag: str) -> bool:
        return flag in self.flags


def parse_help(text: str) -> dict[str, Flag]:
    """Flags of a clap `--help`: name, `[env: X=]`, `[default: Y]`."""
    flags: dict[str, Flag] = {}
    blocks = re.split(r"\n(?=\s{2,}(?:-\w, )?--[a-z])", "\n" + text)
    for block in blocks:
        m = re.match(r"\s+(?:-\w, )?--([a-z0-9-]+)", block)
        if not m:
            continue
        body = " ".join(block.split())
        env = re.search(r"\[env: ([A-Z0-9_]+)=", body)
        default = re.search(r"\[default: ([^\]]*)\]", body)
        flags[m.group(1)] = Flag(m.group(1), env.group(1) if env else None,
                                 default.group(1) if default else None, body)
    return flags


# ---------------------------------------------------------------------------
# Server
# ---------------------------------------------------------------------------

_seeded_db: str | None = None
_workdir = tempfile.mkdtemp(prefix="hostile-")
atexit.register(lambda: shutil.rmtree(_workdir, ignore_errors=True))


def workdir() -> str:
    return _workdir


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def seeded_database(binary: Binary) -> str:
    """A database created and seeded once (`migrate`); servers get copies."""
    global _seeded_db
    if _seeded_db is None:
        path = os.path.join(_workdir, "seed", "talent.db")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        env = dict(os.environ, DATABASE_URL=f"sqlite://{path}")
        out = subprocess.run([binary.path, "migrate"], env=env, capture_output=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"migrate failed: {out.stderr.decode(errors='replace')[-500:]}")
        _seeded_db = path
    return _seeded_db


class Server:
    """One instance of the binary. Use as a context manager."""

    counter = 0

    def __init__(self, binary: Binary, name: str, settings: dict | None = None, env: dict | None = None,
                 nofile: int | None = None, legacy: dict | None = None, args: Iterable[str] = ()):
        Server.counter += 1
        self.binary = binary
        self.name = f"{Server.counter:02d}-{name}"
        self.settings = dict(settings or {})
        self.extra_env = dict(env or {})
        self.nofile = nofile
        #: setting -> flags of today's binary that stand in for it when the
        #: binary does not know the setting (e.g. trusted-proxies ->
        #: --trust-forwarded-for), so that today's behaviour is measured.
        self.legacy = dict(legacy or {})
        self.args = list(args)
        self.dir = os.path.join(_workdir, self.name)
        os.makedirs(self.dir, exist_ok=True)
        self.db = os.path.join(self.dir, "talent.db")
        self.log_path = os.path.join(self.dir, "stderr.log")
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.returncode: int | None = None
        self.ignored_settings: list[str] = []
        self._hwm = 0
        self._fd_peak = 0
        self._sampler: threading.Thread | None = None
        self._sampling = threading.Event()

    # -- life cycle ------------------------------------------------------
    def command(self) -> tuple[list[str], dict]:
        argv = [self.binary.path]
        # The caller's environment must not change what is measured: drop every
        # variable the binary reads (as --help lists them) and those of SETTING_ENV.
        reads = {f.env for f in self.binary.flags.values() if f.env} | set(SETTING_ENV.values()) | {"RUST_LOG"}
        env = {k: v for k, v in os.environ.items() if k not in reads}
        env.update(DATABASE_URL=f"sqlite://{self.db}", BIND_ADDR=f"127.0.0.1:{self.port}",
                   NO_COLOR="1")
        for key, value in self.settings.items():
            if self.binary.has(key):
                argv += [f"--{key}", str(value)]
            else:
                # Unknown to this binary: passed as its environment variable
                # (which today's binary ignores), and reported.
                self.ignored_settings.append(f"--{key}")
                self.binary.unsupported.add(key)
                env[SETTING_ENV.get(key, key.upper().replace("-", "_"))] = str(value)
                argv += [a for a in self.legacy.get(key, []) if a.split("=")[0].lstrip("-") in self.binary.flags]
        argv += self.args
        env.update(self.extra_env)
        return argv, env

    def start(self, ready_timeout: float = 20.0) -> "Server":
        shutil.copyfile(seeded_database(self.binary), self.db)
        for attempt in range(5):
            self.port = free_port()
            argv, env = self.command()
            self.argv = argv
            log = open(self.log_path, "ab")
            nofile = self.nofile

            def preexec():
                if nofile:
                    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                    resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, hard))

            self.proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         start_new_session=True, preexec_fn=preexec, cwd=self.dir)
            log.close()
            _register(self.proc)
            deadline = time.monotonic() + ready_timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    r = request(self.port, b"GET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
                                timeout=1.0)
                    if r.status == 200:
                        self._start_sampler()
                        return self
                except OSError:
                    pass
                time.sleep(0.02)
            code = self.proc.poll()
            if code == 20:  # address in use: another port
                _unregister(self.proc)
                continue
            tail = self.log_tail(1500)
            self.stop()
            raise RuntimeError(f"server {self.name} did not become ready (exit {code}): {tail}")
        raise RuntimeError(f"server {self.name}: no free port")

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig: int) -> None:
        if self.alive():
            os.kill(self.proc.pid, sig)

    def wait(self, timeout: float) -> int | None:
        """Exit status (negative: killed by that signal), or None if still running."""
        try:
            self.returncode = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        self._sampling.set()
        _unregister(self.proc)
        return self.returncode

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        self.sample()
        self._sampling.set()
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.returncode = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        _unregister(self.proc)
        return self.returncode

    # -- measurements ------------------------------------------------------
    def _status(self) -> dict:
        out = {}
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        key, value = line.split(":", 1)
                        out[key] = int(value.split()[0]) * 1024
        except (OSError, ValueError):
            pass
        return out

    def rss(self) -> int | None:
        return self._status().get("VmRSS")

    def hwm(self) -> int:
        """Peak resident memory so far (VmHWM; the sampler keeps it after exit)."""
        self.sample()
        return self._hwm

    def fds(self) -> int | None:
        try:
            return len(os.listdir(f"/proc/{self.proc.pid}/fd"))
        except OSError:
            return None

    def fd_peak(self) -> int:
        self.sample()
        return self._fd_peak

    def cpu_seconds(self) -> float | None:
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / CLK_TCK
        except (OSError, IndexError, ValueError):
            return None

    def sample(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        st = self._status()
        self._hwm = max(self._hwm, st.get("VmHWM", 0), st.get("VmRSS", 0))
        n = self.fds()
        if n:
            self._fd_peak = max(self._fd_peak, n)

    def _start_sampler(self) -> None:
        def run():
            while not self._sampling.wait(0.05):
                self.sample()

        self._sampling.clear()
        self._sampler = threading.Thread(target=run, daemon=True)
        self._sampler.start()

    # -- logs --------------------------------------------------------------
    def log_mark(self) -> int:
        try:
            return os.path.getsize(self.log_path)
        except OSError:
            return 0

    def log_bytes(self, start: int = 0, end: int | None = None, limit: int = 512 << 20) -> bytes:
        with open(self.log_path, "rb") as f:
            f.seek(start)
            n = (end - start) if end is not None else limit
            return ANSI.sub(b"", f.read(min(n, limit)))

    def log_line_count(self, start: int = 0, end: int | None = None) -> int:
        count = 0
        with open(self.log_path, "rb") as f:
            f.seek(start)
            remaining = None if end is None else end - start
            while True:
                chunk = f.read(1 << 20 if remaining is None else min(1 << 20, remaining))
                if not chunk:
                    break
                count += chunk.count(b"\n")
                if remaining is not None:
                    remaining -= len(chunk)
                    if remaining <= 0:
                        break
        return count

    def log_tail(self, n: int = 2000) -> str:
        try:
            size = self.log_mark()
            return self.log_bytes(max(0, size - n)).decode(errors="replace")
        except OSError:
            return ""

    # -- HTTP --------------------------------------------------------------
    def get(self, path: str, headers: dict | None = None, timeout: float = 5.0, method: str = "GET",
            source: str | None = None) -> "Response":
        extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        raw = f"{method} {path} HTTP/1.1\r\nHost: t\r\n{extra}Connection: close\r\n\r\n".encode()
        return request(self.port, raw, timeout=timeout, head=(method == "HEAD"), source=source)

    def metrics(self, timeout: float = 30.0, source: str | None = None) -> "Metrics":
        started = time.monotonic()
        try:
            r = self.get("/metrics", timeout=timeout, source=source)
        except OSError as e:
            return Metrics(None, b"", time.monotonic() - started, error=str(e))
        return Metrics(r.status, r.body, time.monotonic() - started)


# ---------------------------------------------------------------------------
# /metrics
# ---------------------------------------------------------------------------

_SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)')
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


class Metrics:
    def __init__(self, status: int | None, body: bytes, seconds: float, error: str | None = None):
        self.status = status
        self.body = body
        self.size = len(body)
        self.seconds = seconds
        self.error = error
        self.lines = body.count(b"\n")
        self._samples = None

    @property
    def samples(self) -> list[tuple[str, dict, float]]:
        if self._samples is None:
            out = []
            if self.status == 200 and self.size < (64 << 20):
                for line in self.body.decode(errors="replace").splitlines():
                    if not line or line.startswith("#"):
                        continue
                    m = _SAMPLE.match(line)
                    if not m:
                        continue
                    labels = dict(_LABEL.findall(m.group(2) or ""))
                    try:
                        value = float(m.group(3))
                    except ValueError:
                        continue
                    out.append((m.group(1), labels, value))
            self._samples = out
        return self._samples

    def has(self, name: str) -> bool:
        return any(n == name for n, _, _ in self.samples) or f"# TYPE {name} ".encode() in self.body

    def total(self, name: str, **match) -> float:
        return sum(v for n, labels, v in self.samples
                   if n == name and all(labels.get(k) == want for k, want in match.items()))

    def label_values(self, name: str, label: str) -> set[str]:
        return {labels[label] for n, labels, _ in self.samples if n == name and label in labels}

    def all_label_values(self, label: str) -> set[str]:
        return {labels[label] for _, labels, _ in self.samples if label in labels}


# ---------------------------------------------------------------------------
# HTTP/1.1 over raw sockets
# ---------------------------------------------------------------------------


@dataclass
class Response:
    status: int
    reason: str
    headers: list  # [(lower-case name, value)]
    body: bytes
    head: bytes
    seconds: float = 0.0
    closed: bool = False  # the server closed the connection after this answer

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k == name:
                return v
        return None

    def header_all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name.lower()]

    @property
    def connection_close(self) -> bool:
        return any("close" in v.lower() for v in self.header_all("connection"))

    def summary(self) -> str:
        ct = self.header("content-type") or "-"
        return f"{self.status} {ct} body={len(self.body)}B"


class Closed(OSError):
    """The server closed (or reset) the connection before a full answer."""


def connect(port: int, timeout: float = 5.0, rcvbuf: int | None = None, source: str | None = None) -> socket.socket:
    """A connection to the server from `source` (a loopback address; the
    kernel's choice, 127.0.0.1, when None)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.settimeout(timeout)
    try:
        if source:
            s.bind((source, 0))
        s.connect(("127.0.0.1", port))
    except BaseException:
        s.close()
        raise
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


class ResponseReader:
    """Reads consecutive HTTP/1.1 answers from one socket (pipelining-safe)."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buf = bytearray()
        self.eof = False

    def _fill(self, deadline: float) -> None:
        if self.eof:
            raise Closed("connection closed by the server")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("timed out waiting for an answer")
        self.sock.settimeout(remaining)
        try:
            chunk = self.sock.recv(1 << 18)
        except ConnectionResetError as e:
            self.eof = True
            raise Closed(f"connection reset: {e}")
        if not chunk:
            self.eof = True
            raise Closed("connection closed by the server")
        self.buf += chunk

    def read(self, timeout: float = 5.0, head_only: bool = False, keep_body: bool = True) -> Response:
        started = time.monotonic()
        deadline = started + timeout
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            if len(self.buf) > (4 << 20):
                raise ValueError("answer head over 4 MiB")
            self._fill(deadline)
        head = bytes(self.buf[:end])
        del self.buf[:end + 4]
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else ""
        headers = []
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers.append((k.strip().lower(), v.strip()))
        hmap = {k: v for k, v in headers}
        body = bytearray()
        bodiless = head_only or status in (204, 304) or 100 <= status < 200
        if bodiless:
            pass
        elif "chunked" in hmap.get("transfer-encoding", "").lower():
            while True:
                while (i := self.buf.find(b"\r\n")) < 0:
                    self._fill(deadline)
                size = int(bytes(self.buf[:i]).split(b";")[0], 16)
                del self.buf[:i + 2]
                while len(self.buf) < size + 2:
                    self._fill(deadline)
                if keep_body:
                    body += self.buf[:size]
                del self.buf[:size + 2]
                if size == 0:
                    break
        elif "content-length" in hmap:
            n = int(hmap["content-length"])
            while len(self.buf) < n:
                self._fill(deadline)
            if keep_body:
                body += self.buf[:n]
            del self.buf[:n]
        else:  # until the server closes
            try:
                while True:
                    self._fill(deadline)
            except Closed:
                pass
            body += self.buf
            self.buf.clear()
        r = Response(status, reason, headers, bytes(body), head, time.monotonic() - started)
        return r

    def closed_soon(self, timeout: float) -> bool:
        """True when the server closes the connection within `timeout` (no more bytes expected)."""
        try:
            self._fill(time.monotonic() + timeout)
        except Closed:
            return True
        except (socket.timeout, TimeoutError):
            return False
        return False


def request(port: int, raw: bytes, timeout: float = 5.0, head: bool = False,
            source: str | None = None) -> Response:
    """Sends `raw` on a new connection (from `source`) and reads one answer."""
    with connect(port, timeout, source=source) as s:
        s.sendall(raw)
        reader = ResponseReader(s)
        r = reader.read(timeout, head_only=head)
        r.closed = reader.closed_soon(0.2) if r.connection_close else False
        return r


def get_line(path: str, method: str = "GET", headers: dict | None = None, close: bool = False) -> bytes:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    conn = "Connection: close\r\n" if close else ""
    return f"{method} {path} HTTP/1.1\r\nHost: t\r\n{extra}{conn}\r\n".encode()


def wait_closed(sock: socket.socket, timeout: float) -> tuple[bool, bytes]:
    """Waits until the peer closes `sock`; returns (closed, bytes received)."""
    got = bytearray()
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False, bytes(got)
        sock.settimeout(remaining)
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, TimeoutError):
            return False, bytes(got)
        except (ConnectionResetError, BrokenPipeError):
            return True, bytes(got)
        if not chunk:
            return True, bytes(got)
        got += chunk


def pipeline(port: int, requests: list[bytes], timeout: float = 30.0, head: bool = False,
             batch: int = 200, on_response: Callable[[Response], None] | None = None) -> dict:
    """Sends `requests` on one keep-alive connection in pipelined batches and
    reads every answer. Returns counts by status (and 'lost' when the server
    closed before answering all)."""
    counts: dict = {}
    deadline = time.monotonic() + timeout
    try:
        s = connect(port, timeout)
    except OSError:
        counts["connect_error"] = 1
        return counts
    reader = ResponseReader(s)
    sent = 0
    answered = 0
    try:
        while sent < len(requests):
            chunk = requests[sent:sent + batch]
            s.settimeout(max(0.1, deadline - time.monotonic()))
            s.sendall(b"".join(chunk))
            sent += len(chunk)
            while answered < sent:
                r = reader.read(max(0.1, deadline - time.monotonic()), head_only=head, keep_body=on_response is not None)
                answered += 1
                counts[r.status] = counts.get(r.status, 0) + 1
                if on_response:
                    on_response(r)
                if r.connection_close:
                    raise Closed("Connection: close")
    except (OSError, ValueError):
        pass
    finally:
        s.close()
    if answered < len(requests):
        counts["unanswered"] = len(requests) - answered
    return counts


# ---------------------------------------------------------------------------
# HTTP/2 (prior knowledge), only what the suite needs
# ---------------------------------------------------------------------------

H2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
H2_DATA, H2_HEADERS, H2_RST, H2_SETTINGS, H2_PING, H2_GOAWAY, H2_WINDOW = 0, 1, 3, 4, 6, 7, 8


def h2_frame(kind: int, flags: int, stream: int, payload: bytes = b"") -> bytes:
    return struct.pack(">I", len(payload))[1:] + bytes([kind, flags]) + struct.pack(">I", stream) + payload


def h2_settings(**values) -> bytes:
    ids = {"initial_window_size": 4, "max_frame_size": 5, "enable_push": 2}
    payload = b"".join(struct.pack(">HI", ids[k], v) for k, v in values.items())
    return h2_frame(H2_SETTINGS, 0, 0, payload)


def _hpack_literal(index: int, value: str) -> bytes:
    """Literal header field without indexing, indexed name (RFC 7541 6.2.2)."""
    v = value.encode()
    assert index < 15 and len(v) < 127
    return bytes([index]) + bytes([len(v)]) + v


def h2_get(stream: int, path: str, end_stream: bool = True) -> bytes:
    # Static table: 2 = :method GET, 6 = :scheme http, 1 = :authority, 4 = :path
    block = b"\x82\x86" + _hpack_literal(1, "t") + _hpack_literal(4, path)
    flags = 0x4 | (0x1 if end_stream else 0)  # END_HEADERS (| END_STREAM)
    return h2_frame(H2_HEADERS, flags, stream, block)


class H2Reader:
    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buf = bytearray()

    def frame(self, timeout: float) -> tuple[int, int, int, bytes]:
        deadline = time.monotonic() + timeout
        while True:
            if len(self.buf) >= 9:
                n = int.from_bytes(self.buf[:3], "big")
                if len(self.buf) >= 9 + n:
                    kind, flags = self.buf[3], self.buf[4]
                    stream = int.from_bytes(self.buf[5:9], "big") & 0x7FFFFFFF
                    payload = bytes(self.buf[9:9 + n])
                    del self.buf[:9 + n]
                    return kind, flags, stream, payload
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("no HTTP/2 frame")
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                raise Closed("connection closed by the server")
            self.buf += chunk


# ---------------------------------------------------------------------------
# Normal client latency, from a separate process
# ---------------------------------------------------------------------------


class Prober:
    """A normal client: GET `path` every `interval` s on one keep-alive
    connection (reconnecting when needed), for `duration` seconds, in a
    separate Python process. `result()` gives latencies (ms) and failures.
    From `source` when given (see NORMAL_CLIENT); with `Connection: close` in
    `headers`, each request is a new connection."""

    def __init__(self, port: int, duration: float, path: str = "/talent/cities", interval: float = 0.01,
                 timeout: float = 2.0, headers: dict | None = None, source: str | None = None):
        self.duration = duration
        argv = [sys.executable, os.path.abspath(__file__), "probe", "--port", str(port), "--path", path,
                "--duration", str(duration), "--interval", str(interval), "--timeout", str(timeout),
                "--headers", json.dumps(headers or {})]
        if source:
            argv += ["--source", source]
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        _register(self.proc)

    def result(self) -> dict:
        try:
            out, err = self.proc.communicate(timeout=self.duration + 15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
        _unregister(self.proc)
        try:
            data = json.loads(out)
        except ValueError:
            return {"latencies_ms": [], "failures": -1, "error": err.decode(errors="replace")[-300:]}
        lat = data["latencies_ms"]
        data["p50_ms"] = percentile(lat, 50)
        data["p99_ms"] = percentile(lat, 99)
        data["max_ms"] = max(lat) if lat else None
        data["count"] = len(lat)
        return data


def _probe_main(argv: list[str]) -> None:
    import argparse

    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--path", default="/talent/cities")
    p.add_argument("--duration", type=float, default=3.0)
    p.add_argument("--interval", type=float, default=0.01)
    p.add_argument("--timeout", type=float, default=2.0)
    p.add_argument("--headers", default="{}")
    p.add_argument("--source", default=None)
    a = p.parse_args(argv)
    headers = json.loads(a.headers)
    raw = get_line(a.path, headers=headers)
    latencies, failures, statuses = [], 0, {}
    sock, reader = None, None
    end = time.monotonic() + a.duration
    while time.monotonic() < end:
        t0 = time.monotonic()
        try:
            if sock is None:
                sock = connect(a.port, a.timeout, source=a.source)
                reader = ResponseReader(sock)
            sock.sendall(raw)
            r = reader.read(a.timeout)
            latencies.append((time.monotonic() - t0) * 1000.0)
            statuses[r.status] = statuses.get(r.status, 0) + 1
            if r.connection_close:
                sock.close()
                sock = None
        except (OSError, ValueError):
            failures += 1
            # A failure costs what it cost the client (up to the timeout).
            latencies.append((time.monotonic() - t0) * 1000.0)
            if sock is not None:
                sock.close()
            sock = None
        pause = a.interval - (time.monotonic() - t0)
        if pause > 0:
            time.sleep(pause)
    print(json.dumps({"latencies_ms": latencies, "failures": failures,
                      "statuses": {str(k): v for k, v in statuses.items()}}))


class Watch:
    """The numbers recorded for every attack: a normal client's latency
    before (baseline) and during the attack, /metrics size before and after,
    peak RSS and file descriptors. Latency is asserted only where it is the
    point of the attack (amplification); elsewhere it is recorded."""

    def __init__(self, res: "Result", srv: "Server", attack_seconds: float, baseline_seconds: float = 1.0):
        self.res, self.srv = res, srv
        base = Prober(srv.port, baseline_seconds).result()
        res.num("normal client p50 / p99 before", f"{ms(base.get('p50_ms'))} / {ms(base.get('p99_ms'))}")
        m = srv.metrics()
        res.num("/metrics size before", mb(m.size))
        self.prober = Prober(srv.port, attack_seconds)

    def finish(self, metrics_after: bool = True) -> dict:
        p = self.prober.result()
        res, srv = self.res, self.srv
        res.num("normal client p50 / p99 / max during",
                f"{ms(p.get('p50_ms'))} / {ms(p.get('p99_ms'))} / {ms(p.get('max_ms'))} "
                f"({p.get('count')} requests, {p.get('failures')} failed, statuses {p.get('statuses')})")
        if srv.alive() and metrics_after:
            m = srv.metrics()
            res.num("/metrics size after", mb(m.size) if m.status == 200 else f"status {m.status or m.error}")
        res.num("peak RSS", mb(srv.hwm()))
        res.num("server fd peak", srv.fd_peak())
        return p


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def longest_run(data: bytes, pattern: bytes) -> int:
    """Length of the longest match of `pattern` (a regex of one character class) in `data`."""
    best = 0
    for m in re.finditer(pattern, data):
        best = max(best, m.end() - m.start())
    return best


def lines_per_second(server: Server, start_mark: int, end_mark: int, seconds: float) -> tuple[int, float]:
    n = server.log_line_count(start_mark, end_mark)
    return n, n / seconds if seconds > 0 else 0.0


def run_threads(fns: list[Callable[[], None]], timeout: float) -> None:
    threads = [threading.Thread(target=f, daemon=True) for f in fns]
    for t in threads:
        t.start()
    deadline = time.monotonic() + timeout
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "probe":
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        _probe_main(sys.argv[2:])
    else:
        print(__doc__)
