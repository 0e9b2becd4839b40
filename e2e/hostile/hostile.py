"""Runs the hostile-client suite against the release binary and reports.

    python3 e2e/hostile/hostile.py [--binary PATH] [--out DIR]

Environment:
    HOSTILE_ONLY=methods,connections   run only these families
    HOSTILE_BINARY=path                binary to attack (default target/release/talent-trends-api)
    HOSTILE_OUT=dir                    where results.md / results.json go (default target/hostile)
    HOSTILE_FAMILY_TIMEOUT=seconds     budget of one family before it is abandoned (default 120)

Exit status: 0 when every check passed, 1 when a check failed, 2 when the
suite itself could not run.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import resource
import signal
import sys
import time
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import lib  # noqa: E402
import thresholds  # noqa: E402

FAMILIES = ["settings", "methods", "connections", "amplification", "logs", "rate_limit", "signals", "paths", "limits"]


class FamilyTimeout(Exception):
    pass


def _on_alarm(*_):
    raise FamilyTimeout("family ran over its time budget")


def _on_term(*_):
    # atexit (lib.kill_all) stops every server this suite started.
    raise SystemExit(143)


def main() -> int:
    p = argparse.ArgumentParser()
    repo = lib.REPO
    p.add_argument("--binary", default=os.environ.get("HOSTILE_BINARY",
                                                      os.path.join(repo, "target/release/talent-trends-api")))
    p.add_argument("--out", default=os.environ.get("HOSTILE_OUT", os.path.join(repo, "target/hostile")))
    a = p.parse_args()
    only = [f.strip() for f in os.environ.get("HOSTILE_ONLY", "").split(",") if f.strip()]
    unknown = [f for f in only if f not in FAMILIES]
    if unknown:
        print(f"unknown family in HOSTILE_ONLY: {unknown}; known: {FAMILIES}", file=sys.stderr)
        return 2
    budget = int(os.environ.get("HOSTILE_FAMILY_TIMEOUT", "120"))
    families = only or FAMILIES

    signal.signal(signal.SIGTERM, _on_term)
    signal.signal(signal.SIGALRM, _on_alarm)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 4096 <= hard or (soft < hard and hard < 4096):
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 4096), hard))

    if not os.access(a.binary, os.X_OK):
        print(f"no binary at {a.binary}", file=sys.stderr)
        return 2
    binary = lib.Binary(a.binary)
    started = time.monotonic()
    results: list[lib.Result] = []
    try:
        for family in families:
            print(f"[hostile] {family} ...", flush=True)
            t0 = time.monotonic()
            module = importlib.import_module(family)
            signal.alarm(budget)
            try:
                got = module.run(binary)
            except FamilyTimeout as e:
                got = [lib.Result(family, "(family)", error=str(e))]
            except Exception as e:  # a bug or a crash of the suite: report it, go on
                got = [lib.Result(family, "(family)", error=f"{type(e).__name__}: {e}\n{traceback.format_exc()}")]
            finally:
                signal.alarm(0)
                lib.kill_all()
            took = time.monotonic() - t0
            for r in got:
                r.seconds = r.seconds or took / max(1, len(got))
            results.extend(got)
            failed = sum(1 for r in got for c in r.checks if not c.passed) + sum(1 for r in got if r.error)
            total = sum(len(r.checks) for r in got)
            print(f"[hostile] {family}: {total - failed}/{total} checks passed in {took:.1f} s", flush=True)
    except KeyboardInterrupt:
        print("\n[hostile] interrupted; servers stopped", file=sys.stderr)
        lib.kill_all()
        return 130
    finally:
        lib.kill_all()
    runtime = time.monotonic() - started
    report(results, binary, runtime, a.out)
    bad = any(not r.passed for r in results)
    return 1 if bad else 0


def _cell(text: str, width: int) -> str:
    text = str(text).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def report(results: list[lib.Result], binary: lib.Binary, runtime: float, out: str) -> None:
    os.makedirs(out, exist_ok=True)
    checks = [(r, c) for r in results for c in r.checks]
    failed = [(r, c) for r, c in checks if not c.passed]
    errors = [r for r in results if r.error]

    # Console table.
    print()
    header = f"{'RESULT':6}  {'FAMILY':13}  {'ATTACK':34}  {'CHECK':38}  {'MEASURED':22}  LIMIT"
    print(header)
    print("-" * len(header))
    for r, c in checks:
        print(f"{'PASS' if c.passed else 'FAIL':6}  {_cell(r.family, 13):13}  {_cell(r.attack, 34):34}  "
              f"{_cell(c.name, 38):38}  {_cell(c.measured, 22):22}  {_cell(c.limit, 30)}")
    for r in errors:
        print(f"{'ERROR':6}  {r.family:13}  {_cell(r.attack, 34):34}  {_cell(r.error.splitlines()[0], 80)}")
    print()
    if failed:
        print("Failures:")
        for r, c in failed:
            print(f"  - [{r.family}] {r.attack}: {c.message}")
    if binary.unsupported:
        print(f"Settings this binary does not know (passed as env vars, ignored): "
              f"{', '.join('--' + s for s in sorted(binary.unsupported))}")
    print(f"\n{len(checks) - len(failed)}/{len(checks)} checks passed, {len(errors)} errors, "
          f"{runtime:.1f} s. Results: {out}/results.md, results.json")

    # Markdown.
    md = ["# Hostile-client suite results", "",
          f"Binary: `{binary.path}`  ", f"Runtime: {runtime:.1f} s  ",
          f"Checks: {len(checks) - len(failed)} passed, {len(failed)} failed, {len(errors)} errors", ""]
    if binary.unsupported:
        md += ["Settings this binary does not know (passed as environment variables, which it ignores): " +
               ", ".join(f"`--{s}`" for s in sorted(binary.unsupported)), ""]
    md += ["## Checks", "", "| Result | Family | Attack | Check | Measured | Limit |", "|---|---|---|---|---|---|"]
    for r, c in checks:
        md.append(f"| {'PASS' if c.passed else '**FAIL**'} | {r.family} | {r.attack} | {c.name} | "
                  f"{_md(c.measured)} | {_md(c.limit)} |")
    for r in errors:
        md.append(f"| **ERROR** | {r.family} | {r.attack} | {_md(r.error.splitlines()[0])} | | |")
    md += ["", "## Measurements", ""]
    for r in results:
        md += [f"### {r.family}: {r.attack}", "", "| Measure | Value |", "|---|---|"]
        for k, v in r.numbers.items():
            md.append(f"| {_md(k)} | {_md(v)} |")
        for note in r.notes:
            md += ["", f"Note: {note}"]
        if r.error:
            md += ["", "```", r.error, "```"]
        md.append("")
    if failed:
        md += ["## Failures", ""] + [f"- [{r.family}] {r.attack}: {_md(c.message)}" for r, c in failed] + [""]
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write("\n".join(md))

    data = {
        "binary": binary.path,
        "runtime_seconds": round(runtime, 1),
        "unsupported_settings": sorted(binary.unsupported),
        "thresholds": {k: v for k, v in vars(thresholds).items() if k.isupper()},
        "passed": not failed and not errors,
        "results": [
            {"family": r.family, "attack": r.attack, "seconds": round(r.seconds, 1), "numbers": r.numbers,
             "notes": r.notes, "error": r.error, "checks": [dataclasses.asdict(c) for c in r.checks]}
            for r in results
        ],
    }
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(data, f, indent=2, default=str)


def _md(value) -> str:
    if isinstance(value, float):
        value = round(value, 3)
    return str(value).replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())
