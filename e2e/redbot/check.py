#!/usr/bin/env python3
"""REDbot over every endpoint, representation and error status of the service.

    check.py --base URL --rate-limited URL --unready URL --openapi FILE --out DIR

Drives REDbot (PyPI `redbot`, pinned in requirements.txt) as a library, so that
a case can have its own method, request headers and body (the `redbot` command
only GETs a URL). Each case is one REDbot check: the request, then REDbot's own
follow-up requests (gzip negotiation, If-None-Match, If-Modified-Since, Range),
and the notes it writes about them (levels GOOD, INFO, WARN, BAD).

The cases:
  * every path of the OpenAPI document, with a sample value for each path
    parameter (the parameter's example, or the first value of its enum);
  * each representation beyond those paths: the dashboard (HTML), Swagger UI
    and its assets, a page with `Link` next/prev, a conditional request
    answered 304;
  * every error status the service answers: 400 (unknown parameter, invalid
    value), 404 (unknown path, report, item, problem), 405, 406 (`Accept`, and
    `Accept-Encoding: identity;q=0`), 413 (a body), 414 (a long target), 431
    (a big header), the 303 and 308 redirects of the earlier forms, 429 (from
    a second instance with a rate limit of 1/s) and 503 (`/ready` of a third
    instance whose database was removed).

Gate: every case answers its expected status, and no note is worse than INFO
unless ALLOWED lists its id, with the reason, for such an answer. Writes
DIR/redbot.har (every case's HAR entries, with REDbot's notes in
`_red_messages`) and DIR/notes.txt (one line per note); exits 1 on any failure.
Use IP literals (127.0.0.1): REDbot resolves names with its own DNS client.
"""

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from configparser import ConfigParser
from dataclasses import dataclass, field
from urllib.parse import quote

import thor
from redbot.formatter.har import HarFormatter
from redbot.resource import HttpResource

BAD_LEVELS = {"WARN", "BAD"}

# Notes worse than INFO that are inherent in what was asked, or where REDbot is
# wrong, each with why and a test of the answer it may apply to: anywhere else
# the same note fails the gate.


def status_is(*statuses):
    return lambda entry: entry["response"]["status"] in statuses


def unsafe_inline_only_in_style_src(entry):
    """Every 'unsafe-inline' of the answer's Content-Security-Policy is in style-src."""
    policies = [h["value"] for h in entry["response"]["headers"] if h["name"].lower() == "content-security-policy"]
    directives = [d.strip().split() for p in policies for d in p.split(";") if d.strip()]
    unsafe = [d[0].lower() for d in directives if "'unsafe-inline'" in (t.lower() for t in d[1:])]
    has_script_src = any(d[0].lower() == "script-src" for d in directives)
    default_none = any(d[0].lower() == "default-src" and d[1:] == ["'none'"] for d in directives)
    return bool(unsafe) and set(unsafe) == {"style-src"} and (has_script_src or default_none)


ALLOWED = {
    # httplint writes this WARN on every 400, whatever the answer: a 400 is
    # what the service must answer to an unknown parameter or an invalid value
    # (README "Errors"), and its problem body says exactly what was wrong.
    "STATUS_BAD_REQUEST": (status_is(400), "REDbot warns on every 400; rejecting a bad query is the documented behaviour"),
    # httplint writes this BAD on every 414: the service refuses request
    # targets over 8 KiB on purpose (README "HTTP behaviour", Limits).
    "STATUS_URI_TOO_LONG": (status_is(414), "REDbot flags every 414; the 8 KiB limit on targets is deliberate"),
    # httplint says "Inline scripts are allowed" for 'unsafe-inline' in any
    # directive. The dashboard and Swagger UI have it in style-src only (inline
    # styles); their scripts are 'self' (Swagger UI) or none at all (the
    # dashboard, default-src 'none'), so no inline script can run.
    "CSP_UNSAFE_INLINE": (
        unsafe_inline_only_in_style_src,
        "REDbot reads style-src 'unsafe-inline' as inline scripts; scripts stay 'self' or none",
    ),
}

CONCURRENCY = 4
CASE_TIMEOUT = 60


@dataclass
class Case:
    name: str
    url: str
    expect: int
    method: str = "GET"
    headers: list = field(default_factory=list)
    body: bytes = b""
    # run just before the check (e.g. to use up a rate limit)
    before: object = None
    # filled in when run
    har: dict = None
    error: str = ""
    started: float = 0.0


def sample(param):
    schema = param.get("schema", {})
    for value in (param.get("example"), (schema.get("examples") or [None])[0], (schema.get("enum") or [None])[0]):
        if value is not None:
            return str(value)
    raise SystemExit(f"no sample value for path parameter {param['name']}: add an example to the OpenAPI document")


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def cases(base, rate_limited, unready, openapi):
    out = []
    document = json.load(open(openapi, encoding="utf-8"))
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            url_path = path
            for param in operation.get("parameters", []):
                if param["in"] == "path":
                    url_path = url_path.replace("{%s}" % param["name"], quote(sample(param), safe=""))
            out.append(Case(f"{method.upper()} {path}", base + url_path, 200, method.upper()))
    report = "maimai-aigc-talent-2023"
    html = [("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")]
    out += [
        Case("dashboard (HTML)", base + "/", 200, headers=html),
        Case("dashboard, English", base + "/?lang=en", 200, headers=html),
        Case("Swagger UI", base + "/docs/", 200, headers=html),
        Case("Swagger UI initializer", base + "/docs/swagger-initializer.js", 200),
        Case("Swagger UI css", base + "/docs/swagger-ui.css", 200),
        Case("Swagger UI bundle", base + "/docs/swagger-ui-bundle.js", 200),
        Case("Swagger UI preset", base + "/docs/swagger-ui-standalone-preset.js", 200),
        Case("Swagger UI index.css", base + "/docs/index.css", 200),
        Case("Swagger UI favicon", base + "/docs/favicon-32x32.png", 200),
        Case("paging Link next/prev", base + "/talent/cities?limit=3&offset=3", 200),
        Case("query, sorted and filtered", base + "/talent/cities?sort=-share_pct,city_en&city=Beijing&city=Shanghai&lang=en", 200),
        Case("CSV with fields", base + "/talent/cities.csv?fields=rank,city_en,share_pct", 200),
        Case("chart, English, phone width", base + "/talent/cities.svg?lang=en&width=360", 200),
        Case("JSON via Accept on a JSON path", base + "/talent/cities", 200, headers=[("Accept", "application/json")]),
        Case("every package CSV", base + f"/reports/{report}/data/salaries.csv", 200),
        Case("database, gzip", base + "/talent.db", 200, headers=[("Accept-Encoding", "gzip")]),
    ]
    # 304: revalidation as a cache holding the identity and the gzip variant
    # does it (RFC 9111 §4.3.1: with the tags of every stored response). One
    # tag alone would make REDbot's gzip follow-up a 200 against a 304 (the
    # identity tag rightly does not validate the gzip body): VARY_STATUS_MISMATCH.
    def tags(path):
        found = []
        for encoding in ("identity", "gzip"):
            status, headers, _ = fetch(base + path, {"Accept-Encoding": encoding})
            if status != 200 or not headers.get("ETag"):
                raise SystemExit(f"GET {path} ({encoding}) answered {status} without an ETag")
            found.append(headers["ETag"])
        return ", ".join(found), headers.get("Last-Modified")

    for path in ("/talent/cities", "/talent/cities.svg", "/reports", "/openapi.json"):
        inm, _ = tags(path)
        out.append(Case(f"304 If-None-Match {path}", base + path, 304, headers=[("If-None-Match", inm)]))
    _, last_modified = tags("/talent/cities.csv")
    out.append(Case("304 If-Modified-Since", base + "/talent/cities.csv", 304, headers=[("If-Modified-Since", last_modified)]))
    # Redirects of the earlier forms and of paths with a trailing slash.
    out += [
        Case("303 Accept: text/csv on a JSON path", base + "/talent/cities", 303, headers=[("Accept", "text/csv")]),
        Case("303 /docs", base + "/docs", 303),
        Case("308 ?format=csv", base + "/talent/cities?format=csv&lang=en", 308),
        Case("308 ?shape=array", base + "/talent/education?shape=array", 308),
        Case("308 ?compare=", base + "/talent/ages?compare=aigc,internet", 308),
        Case("308 /charts/{name}.svg", base + "/charts/talent-cities.svg", 308),
        Case("308 trailing slash", base + "/talent/cities/", 308),
    ]
    # Errors.
    out += [
        Case("400 unknown parameter", base + "/talent/cities?cty=Beijing", 400),
        Case("400 invalid value", base + "/talent/cities?limit=-1", 400),
        Case("400 category not held", base + "/talent/cities?city=Tokyo", 400),
        Case("400 malformed query", base + "/talent/cities?city=%FF", 400),
        Case("400 fields= on JSON", base + "/talent/cities?fields=rank", 400),
        Case("404 unknown path", base + "/nope", 404),
        Case("404 unknown report", base + "/reports/nope", 404),
        Case("404 unknown report's dataset", base + "/talent/cities?report=nope", 404),
        Case("404 unknown item", base + "/claims/nope", 404),
        Case("404 unknown position", base + "/positions/nope", 404),
        Case("404 unknown problem", base + "/problems/nope", 404),
        Case("404 unknown chart (earlier form)", base + "/charts/nope.svg", 404),
        Case("404 unknown package CSV", base + f"/reports/{report}/data/nope.csv", 404),
        Case("405 POST", base + "/talent/cities", 405, method="POST", headers=[("Content-Length", "0")]),
        Case("405 DELETE", base + "/reports", 405, method="DELETE"),
        Case("406 Accept", base + "/talent/cities", 406, headers=[("Accept", "image/png")]),
        Case("406 Accept-Encoding identity;q=0", base + "/talent/cities", 406, headers=[("Accept-Encoding", "identity;q=0")]),
        Case("413 a body", base + "/talent/cities", 413, headers=[("Content-Length", "64")], body=b"x" * 64),
        Case("414 long target", base + "/talent/cities?city=" + "a" * 9000, 414),
        Case("431 big header", base + "/talent/cities", 431, headers=[("X-Padding", "a" * 17000)]),
        # The second instance allows 1 request a second with a burst of 1:
        # two requests just before use it up.
        Case("429 rate limited", rate_limited + "/talent/cities", 429, before=lambda: [fetch(rate_limited + "/reports") for _ in range(2)]),
        Case("503 /ready, database gone", unready + "/ready", 503),
    ]
    return out


def run(all_cases, config):
    pending = list(all_cases)
    running = set()

    def start_next():
        while pending and len(running) < CONCURRENCY:
            case = pending.pop(0)
            running.add(case.name)
            start(case)
        if not pending and not running:
            thor.stop()

    def start(case):
        case.started = time.monotonic()
        if case.before:
            case.before()
        resource = HttpResource(config)
        resource.set_request(case.url, method=case.method, headers=case.headers, content=case.body)
        chunks = []
        formatter = HarFormatter(config, resource, chunks.append, {"tty_out": False, "descend": False})
        formatter.bind_resource(resource)
        done = {"flag": False}

        def finish(error=""):
            if done["flag"]:
                return
            done["flag"] = True
            try:
                case.har = json.loads("".join(chunks)) if chunks else None
            except json.JSONDecodeError:
                case.har = None
            if resource.fetch_error:
                case.error = f"{resource.fetch_error.desc}: {resource.fetch_error.detail}"
            case.error = case.error or error
            running.discard(case.name)
            start_next()

        @thor.events.on(formatter)
        def formatter_done():
            finish()

        thor.schedule(CASE_TIMEOUT, lambda: finish(f"no result within {CASE_TIMEOUT} s"))
        resource.check()

    thor.schedule(0, start_next)
    thor.run()


def levels(notes):
    for note in notes:
        yield note
        yield from levels(note.get("subnotes", []))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--rate-limited", required=True)
    ap.add_argument("--unready", required=True)
    ap.add_argument("--openapi", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    parser = ConfigParser()
    parser.read_dict({"redbot": {"enable_local_access": "True"}})
    config = parser["redbot"]

    all_cases = cases(args.base, args.rate_limited, args.unready, args.openapi)
    started = time.monotonic()
    run(all_cases, config)

    har = HarFormatter.empty_har()
    lines = []
    failures = []
    counts = {"GOOD": 0, "INFO": 0, "WARN": 0, "BAD": 0}
    allowed_seen = {}
    statuses = {}
    for case in all_cases:
        entries = (case.har or {}).get("log", {}).get("entries", [])
        if case.error or not entries:
            failures.append(f"{case.name}: no answer ({case.error or 'empty HAR'})")
            continue
        entry = entries[0]
        entry["_case"] = case.name
        har["log"]["entries"].append(entry)
        status = entry["response"]["status"]
        statuses[status] = statuses.get(status, 0) + 1
        if status != case.expect:
            failures.append(f"{case.name}: {case.method} {case.url[:120]} answered {status}, expected {case.expect}")
        for note in levels(entry.get("_red_messages", [])):
            level, note_id = note["level"], note["note_id"]
            counts[level] = counts.get(level, 0) + 1
            verdict = "ok  "
            if level in BAD_LEVELS:
                allowed = ALLOWED.get(note_id)
                if allowed and allowed[0](entry):
                    verdict = "allw"
                    allowed_seen[note_id] = allowed_seen.get(note_id, 0) + 1
                else:
                    verdict = "FAIL"
                    failures.append(f"{case.name} [{status}] {level} {note_id}: {note['summary']}")
            lines.append(f"{verdict} {case.name} [{status}] {level:4} {note_id}: {note['summary']}")

    with open(f"{args.out}/redbot.har", "w", encoding="utf-8") as f:
        json.dump(har, f, indent=1, ensure_ascii=False)
    with open(f"{args.out}/notes.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for line in lines:
        if not line.startswith("ok  "):
            print(line)
    took = time.monotonic() - started
    print(
        f"REDbot: {len(all_cases)} cases ({', '.join(f'{n} x {s}' for s, n in sorted(statuses.items()))}) in {took:.1f} s; "
        f"notes: {counts['GOOD']} good, {counts['INFO']} info, {counts['WARN']} warn, {counts['BAD']} bad"
    )
    for note_id, n in sorted(allowed_seen.items()):
        print(f"  allowed {note_id} x {n}: {ALLOWED[note_id][1]}")
    if failures:
        print(f"FAIL: {len(failures)} problem(s):")
        for failure in failures:
            print(f"  - {failure}")
        sys.exit(1)
    print("PASS: every case answered its status; no note worse than info (besides the allowed ones above)")


if __name__ == "__main__":
    main()
