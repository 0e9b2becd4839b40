"""Attack 7: redirects to another host through backslashes.

The trailing-slash redirect (`/x/` -> `/x`) copies the path into `Location`.
Browsers treat `\\` like `/` in http(s) URLs and drop tabs and newlines, so
`Location: /\\evil.example` is read as `//evil.example`: another host. Today
`GET /\\evil.example/` answers exactly that.

The design: paths holding a backslash (raw or `%5C`) are refused with a 4xx
problem, or normalised; no `Location` ever names another host: it never
starts with `//` or `/\\`, and has no scheme or authority, read the way a
browser reads it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lib import Binary, Result, ResponseReader, Server, connect

# (request target, holds a backslash)
TARGETS = [
    ("/\\evil.example/", True),
    ("/\\evil.example/path/", True),
    ("/%5Cevil.example/", True),
    ("/%5cevil.example/", True),
    ("/\\\\evil.example/", True),
    ("/\\/evil.example/", True),
    ("/%5C%5Cevil.example/", True),
    ("/talent\\cities", True),
    ("/talent%5Ccities/", True),
    ("//evil.example/", False),
    ("/%2F%2Fevil.example/", False),
    ("/%2f/evil.example/", False),
    ("/%09/evil.example/", False),
    ("/./evil.example/", False),
    ("/docs", False),
    ("/talent/cities/", False),
    ("/talent/cities/?limit=1", False),
    ("http://evil.example/talent/cities/", False),  # absolute form
]


def browser_view(location: str) -> str:
    """`Location` as a browser resolves it: leading/trailing C0 controls and
    spaces stripped, tabs and newlines removed, `\\` read as `/`."""
    s = location.strip("".join(chr(c) for c in range(0x21)))
    s = re.sub(r"[\t\n\r]", "", s)
    return s.replace("\\", "/")


def location_problem(location: str | None) -> str | None:
    """Why `location` may send a browser to another host, or None."""
    if location is None:
        return None
    raw = location
    if raw.startswith("//") or raw.startswith("/\\") or raw.startswith("\\"):
        return "starts with // or a backslash"
    seen = browser_view(raw)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", seen):
        return "has a scheme"
    if seen.startswith("//"):
        return "is read by browsers as //host"
    if urlsplit(seen).netloc:
        return "has an authority"
    return None


def run(binary: Binary) -> list[Result]:
    res = Result("paths", "backslash and slash tricks in redirects")
    with Server(binary, "paths") as srv:
        for target, backslash in TARGETS:
            raw = f"GET {target} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode()
            try:
                with connect(srv.port, 5) as s:
                    s.sendall(raw)
                    r = ResponseReader(s).read(5)
            except (OSError, ValueError) as e:
                res.num(target, f"{type(e).__name__}: {e}")
                res.check(f"{target!r} answered", False, type(e).__name__, "an answer")
                continue
            loc = r.header("location")
            ct = r.header("content-type") or "-"
            res.num(target, f"{r.status} {ct}" + (f" Location: {loc!r}" if loc is not None else ""))
            why = location_problem(loc)
            res.check(f"{target!r}: Location stays on this host", why is None, repr(loc), "a path on this host",
                      f"GET {target} answered {r.status} with Location {loc!r}, which {why}")
            if backslash:
                problem = 400 <= r.status < 500 and ct.startswith("application/problem+json")
                normalised = 300 <= r.status < 400 and loc is not None and "\\" not in loc \
                    and "%5c" not in loc.lower() and why is None
                res.check(f"{target!r}: refused (4xx problem) or normalised", problem or normalised,
                          f"{r.status} {ct}", "4xx problem, or a redirect without the backslash",
                          f"GET {target} (a backslash in the path) answered {r.status} {ct}"
                          + (f" Location {loc!r}" if loc else ""))
    return [res]
