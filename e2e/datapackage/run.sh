#!/usr/bin/env bash
# Reads each report's Data Package as a data user would, against a freshly built,
# freshly seeded service:
#
#   bash e2e/datapackage/run.sh            # from anywhere; paths are resolved from the repo root
#
# 1. `frictionless validate` (PyPI frictionless, pinned in requirements.txt) on the served
#    /reports/{id}/datapackage.json: every resource's CSV is fetched where its relative path
#    resolves; 0 errors over every resource (12 for the 2023 AIGC report);
# 2. the same on /reports/{id}/datapackage.zip, downloaded first (frictionless treats a remote
#    zip URL as an opaque file, valid whatever it holds), plus a copy with one figure changed,
#    which must be invalid;
# 3. pandas reads every CSV of the zip: row counts equal each dataset's `meta.total`.
#
# Writes target/datapackage/ (the validation reports, the zips, server.log). The venv
# (target/datapackage-venv) is installed once and again when requirements.txt changes.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

VENV="$REPO_ROOT/target/datapackage-venv"
REQS="$SCRIPT_DIR/requirements.txt"
OUT="$REPO_ROOT/target/datapackage"

# 1. The venv, installed once; reinstalled when requirements.txt changes.
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [[ ! -x "$VENV/bin/frictionless" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "==> installing frictionless and pandas into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQS"
    echo "$want" > "$stamp"
fi

rm -rf "$OUT"
mkdir -p "$OUT"

# 2. The release binary.
echo "==> cargo build --release"
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/release/talent-trends-api"

# 3. A free loopback port and a fresh database; no rate limit (the checks send bursts).
PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE_URL="http://127.0.0.1:$PORT"
WORKDIR="$(mktemp -d /tmp/e2e-dp.XXXXXX)"

SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORKDIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> starting service on $BASE_URL (database $WORKDIR/talent.db)"
DATABASE_URL="sqlite://$WORKDIR/talent.db" BIND_ADDR="127.0.0.1:$PORT" LOG_LEVEL=warn RATE_LIMIT=0 \
    "$BIN" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!

ready=0
for _ in $(seq 300); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "service exited during start-up:" >&2
        cat "$OUT/server.log" >&2
        exit 1
    fi
    if "$VENV/bin/python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
        "$BASE_URL/health" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ "$ready" != 1 ]]; then
    echo "service did not answer $BASE_URL/health in time:" >&2
    cat "$OUT/server.log" >&2
    exit 1
fi

# 4. The checks. Requests to the loopback service never go through a proxy.
echo "==> frictionless $("$VENV/bin/frictionless" --version 2>/dev/null | tail -1), pandas $("$VENV/bin/python" -c 'import pandas; print(pandas.__version__)')"
NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost" \
    "$VENV/bin/python" "$SCRIPT_DIR/check.py" "$BASE_URL" "$OUT"
