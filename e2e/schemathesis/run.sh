#!/usr/bin/env bash
# Schemathesis end-to-end run against a freshly built, freshly seeded service.
#
#   bash e2e/schemathesis/run.sh            # from anywhere; paths are resolved from the repo root
#
# Environment overrides (all optional):
#   ST_MAX_EXAMPLES  test cases per operation and phase (default 100)
#   ST_SEED          random seed (default 20230330)
#   ST_WORKERS       concurrent workers (default 1: with more, thread scheduling changes what
#                    the seed generates, and runs stop being reproducible)
#   ST_EXTRA_ARGS    extra arguments appended to `st run` (word-split)
#
# Writes target/schemathesis/{junit.xml,events.ndjson,report.har,server.log} and the replay
# cache target/schemathesis/.schemathesis (`cd target/schemathesis && ../schemathesis-venv/bin/st replay ID`).
# Exits with schemathesis's own status (0: no failures).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

VENV="$REPO_ROOT/target/schemathesis-venv"
REQS="$SCRIPT_DIR/requirements.txt"
OUT="$REPO_ROOT/target/schemathesis"
MAX_EXAMPLES="${ST_MAX_EXAMPLES:-100}"
SEED="${ST_SEED:-20230330}"
WORKERS="${ST_WORKERS:-1}"

# 1. The venv, installed once; reinstalled when requirements.txt changes.
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [[ ! -x "$VENV/bin/st" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "==> installing schemathesis into $VENV"
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

# 3. A free loopback port and a fresh database.
PORT="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE_URL="http://127.0.0.1:$PORT"
WORKDIR="$(mktemp -d /tmp/e2e-st.XXXXXX)"

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
# RATE_LIMIT=0: schemathesis sends thousands of requests from one address;
# it checks the documented contract, not the rate limit (e2e/hostile does).
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
        "$BASE_URL/openapi.json" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ "$ready" != 1 ]]; then
    echo "service did not answer $BASE_URL/openapi.json in time:" >&2
    cat "$OUT/server.log" >&2
    exit 1
fi

# 4. Schemathesis: every built-in check (chosen in schemathesis.toml), positive and negative
#    data, every phase.
echo "==> schemathesis $("$VENV/bin/st" --version | awk '{print $NF}'): seed $SEED, $MAX_EXAMPLES examples per operation"
status=0
# Run from $OUT: schemathesis keeps its replay cache in ./.schemathesis (so `st replay ID` works
# from target/schemathesis), and $OUT is emptied above, so every run starts from the seed alone.
cd "$OUT"
# shellcheck disable=SC2086
"$VENV/bin/st" --config-file "$SCRIPT_DIR/schemathesis.toml" run "$BASE_URL/openapi.json" \
    --url "$BASE_URL" \
    --mode all \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "$MAX_EXAMPLES" \
    --seed "$SEED" \
    --generation-database none \
    --workers "$WORKERS" \
    --request-timeout 10 \
    --max-response-time 5 \
    --wait-for-schema 30 \
    --continue-on-failure \
    --no-color \
    --report junit,ndjson,har \
    --report-dir "$OUT" \
    --report-junit-path "$OUT/junit.xml" \
    --report-ndjson-path "$OUT/events.ndjson" \
    --report-har-path "$OUT/report.har" \
    ${ST_EXTRA_ARGS:-} \
    || status=$?

if [[ -f "$OUT/report.har" ]]; then
    requests="$("$VENV/bin/python" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["log"]["entries"]))' "$OUT/report.har")"
    echo "==> $requests HTTP requests recorded in $OUT/report.har"
fi
echo "==> reports in $OUT (schemathesis exit status $status)"
exit "$status"
