"""Checks e2e/clients/run.sh makes around the client programs (Python 3 standard library only).

    verify.py served DOC URL                 the binary serves the committed document
    verify.py coverage DOC NAME CALLS        every operation answered 200 to the program
    verify.py unconfigured LOG               openapi-python-client with no configuration stops
                                             on an enum it cannot name (literal_enums fixes it)
    verify.py generator DOC MINIMAL_LOG CONFIGURED_LOG MINIMAL_PKG CONFIGURED_PKG
                                             what openapi-python-client decodes with
                                             `literal_enums: true` alone, and what the
                                             content_type_overrides change
    verify.py no-casts-py FILE               the Python program reads models by typed attributes

Each prints one line of findings and exits 1 when the check fails.
"""

from __future__ import annotations

import ast
import filecmp
import json
import re
import sys
import urllib.request
from pathlib import Path

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The response media types openapi-python-client 0.29 decodes with its default configuration
# (openapi_python_client/parser/responses.py, `_source_by_content_type`).
DEFAULT_DECODED = re.compile(r"^(application/json|application/octet-stream|text/.+|.+\+json)$")


def fail(message: str) -> None:
    print(f"FAIL: {message}")
    sys.exit(1)


def operations(doc: dict) -> dict[tuple[str, str], dict]:
    return {
        (method.upper(), path): op
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def served(doc_path: str, url: str) -> None:
    committed = json.loads(Path(doc_path).read_text(encoding="utf-8"))
    with urllib.request.urlopen(url, timeout=10) as response:
        live = json.load(response)
    if live != committed:
        fail(f"{url} differs from {doc_path}: regenerate it (cargo run -- openapi > {doc_path})")
    print(f"{url} is {doc_path} ({len(operations(committed))} operations)")


def coverage(doc_path: str, name: str, calls_path: str) -> None:
    """CALLS has one line per request, "GET <path> <status>", where <path> is either the path
    template (openapi-fetch's middleware sees it) or the path sent (httpx's hook does)."""
    ops = operations(json.loads(Path(doc_path).read_text(encoding="utf-8")))
    patterns = [
        (key, re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(key[1])) + "$")) for key in ops
    ]
    answered: dict[tuple[str, str], set[int]] = {key: set() for key in ops}
    unknown: list[str] = []
    lines = [line.split() for line in Path(calls_path).read_text(encoding="utf-8").splitlines() if line]
    for method, path, status in lines:
        key = (method, path)
        if key not in ops:
            matches = [k for k, pattern in patterns if k[0] == method and pattern.match(path)]
            if len(matches) != 1:
                unknown.append(f"{method} {path}")
                continue
            key = matches[0]
        answered[key].add(int(status))
    missing = sorted(f"{m} {p}" for (m, p), statuses in answered.items() if 200 not in statuses)
    if unknown:
        fail(f"{name}: requests that match no operation of the document: {', '.join(unknown)}")
    if missing:
        fail(f"{name}: {len(missing)} of {len(ops)} operations not called (or not answered 200): {', '.join(missing)}")
    errors = sum(1 for _, _, status in lines if not status.startswith("2"))
    print(f"{name}: {len(ops)} of {len(ops)} operations called and answered 200 ({len(lines)} requests, {errors} expected problems)")


def unconfigured(log: str) -> None:
    """With enum classes, openapi-python-client names a string value by upper-casing it, and stops
    when two values of one enum get the same name (openapi-python-client issue #1030); the
    README's configuration sets literal_enums for that reason."""
    text = " ".join(Path(log).read_text(encoding="utf-8").split())
    found = re.search(r"ValueError: Duplicate key (\S+) in enum (\S+); consider setting literal_enums", text)
    if not found:
        fail(f"openapi-python-client with no configuration failed, but not on a duplicate enum key (see {log})")
    print(f"with no configuration openapi-python-client stops: duplicate key {found.group(1)} in enum {found.group(2)}")


def generator(doc_path: str, minimal_log: str, configured_log: str, minimal_pkg: str, configured_pkg: str) -> None:
    """MINIMAL_* is the client generated with `literal_enums: true` alone: the media types it
    decodes are those of the default configuration."""
    ops = operations(json.loads(Path(doc_path).read_text(encoding="utf-8")))
    undecoded: dict[tuple[str, str], str] = {}
    for key, op in ops.items():
        ok = op["responses"].get("200", {})
        for media_type in ok.get("content", {}):
            if not DEFAULT_DECODED.match(media_type):
                undecoded[key] = media_type
    warned = {
        (m, p)
        for m, p in re.findall(r"WARNING parsing (\w+) (\S+) within", Path(minimal_log).read_text(encoding="utf-8"))
    }
    if warned != set(undecoded):
        fail(
            "literal_enums alone: the generator warned about "
            f"{sorted(warned - set(undecoded))} unexpectedly and not about {sorted(set(undecoded) - warned)}"
        )
    configured = Path(configured_log).read_text(encoding="utf-8")
    if "WARNING" in configured or "Error" in configured:
        fail(f"configured client: the generator warned:\n{configured}")

    # The override must change the modules of those operations only (api/<tag>/<operationId>.py).
    expected = {
        f"api/{ops[key]['tags'][0]}/{ops[key]['operationId']}.py" for key in undecoded
    }
    differing: set[str] = set()

    def walk(comparison: filecmp.dircmp, prefix: str) -> None:
        for name in comparison.left_only + comparison.right_only + comparison.diff_files + comparison.funny_files:
            differing.add(prefix + name)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(minimal_pkg, configured_pkg, ignore=[".ruff_cache", "__pycache__"]), "")
    if differing != expected:
        fail(
            "the configured client differs from the minimal one in "
            f"{sorted(differing - expected)} unexpectedly, and not in {sorted(expected - differing)}"
        )
    by_type: dict[str, int] = {}
    for media_type in undecoded.values():
        by_type[media_type] = by_type.get(media_type, 0) + 1
    kinds = ", ".join(f"{count} {media_type}" for media_type, count in sorted(by_type.items()))
    print(
        f"literal_enums alone decodes the 200 of {len(ops) - len(undecoded)} of {len(ops)} operations "
        f"(not {kinds}); content_type_overrides changes exactly those {len(undecoded)} modules"
    )


def no_casts_py(path: str) -> None:
    source = Path(path).read_text(encoding="utf-8")
    found: list[str] = []
    if re.search(r"#\s*type:\s*ignore", source):
        found.append("a `# type: ignore` comment")
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", "?")
        if isinstance(node, ast.Name) and node.id in ("cast", "Any", "getattr", "setattr", "vars"):
            found.append(f"line {line}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in ("cast", "additional_properties", "__dict__", "Any"):
            found.append(f"line {line}: .{node.attr}")
        elif isinstance(node, ast.alias) and node.name in ("cast", "Any"):
            found.append(f"line {line}: import {node.name}")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and node.value.func.attr == "to_dict"
        ):
            found.append(f"line {line}: indexing to_dict()")
    if found:
        fail(f"{path}: " + "; ".join(found))
    print(f"{path}: no cast, Any, additional_properties or indexing of models")


def main() -> None:
    commands = {
        "served": served,
        "coverage": coverage,
        "unconfigured": unconfigured,
        "generator": generator,
        "no-casts-py": no_casts_py,
    }
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        fail(__doc__ or "usage")
    commands[sys.argv[1]](*sys.argv[2:])


if __name__ == "__main__":
    main()
