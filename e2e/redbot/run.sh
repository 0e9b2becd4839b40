#!/usr/bin/env bash
# REDbot (PyPI redbot, pinned in requirements.txt) over every endpoint, each
# representation and every error status of a freshly built, freshly seeded
# service; fails on any note worse than `info` that check.py does not
# allow-list with its reason.
#
#   bash e2e/redbot/run.sh            # from anywhere; paths are resolved from the repo root
#
# 1. installs redbot into target/redbot-venv (again only when requirements.txt changes);
# 2. builds the release binary;
# 3. starts three instances on free loopback ports, each on its own fresh database:
#    the one checked (no rate limit), one with a rate limit of 1 request a second
#    (for a 429), and one whose database is removed once it serves (for /ready's 503);
# 4. runs check.py: every path of openapi/openapi.json, the dashboard and Swagger UI,
#    304s, the 303/308 redirects of the earlier forms, and each error status.
#
# Writes target/redbot/ (redbot.har with every note, notes.txt, the servers' logs).
set -euo pipefail

started=$SECONDS
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

VENV="$REPO_ROOT/target/redbot-venv"
REQS="$SCRIPT_DIR/requirements.txt"
OUT="$REPO_ROOT/target/redbot"

# 1. The venv, installed once; reinstalled when requirements.txt changes.
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$REQS" | cut -d' ' -f1)"
if [[ ! -x "$VENV/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "==> installing redbot into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQS"
    echo "$want" >"$stamp"
fi

rm -rf "$OUT"
mkdir -p "$OUT"

# 2. The release binary.
echo "==> cargo build --release"
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/release/talent-trends-api"
[[ $BIN = /* ]] || BIN="$REPO_ROOT/$BIN"

WORKDIR="$(mktemp -d /tmp/e2e-redbot.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$WORKDIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start NAME [VAR=VALUE ...]: a fresh database under $WORKDIR/NAME; sets URL.
start() {
    local name=$1
    shift
    local port
    port="$(free_port)"
    mkdir -p "$WORKDIR/$name"
    env DATABASE_URL="sqlite://$WORKDIR/$name/talent.db" BIND_ADDR="127.0.0.1:$port" LOG_LEVEL=warn "$@" \
        "$BIN" >"$OUT/server-$name.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    URL="http://127.0.0.1:$port"
    for _ in $(seq 300); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "instance $name exited during start-up:" >&2
            cat "$OUT/server-$name.log" >&2
            exit 1
        fi
        if curl -fsS -o /dev/null --max-time 1 "$URL/health" 2>/dev/null; then
            echo "==> $name: $URL ($*)"
            return 0
        fi
        sleep 0.1
    done
    echo "instance $name did not answer $URL/health in time:" >&2
    cat "$OUT/server-$name.log" >&2
    exit 1
}

# 3. The instances. RATE_LIMIT=0 on the ones checked: the per-client rate limit
# (on by default once issue 12 lands) would answer REDbot's follow-up requests 429.
start main RATE_LIMIT=0
BASE_URL=$URL
start limited RATE_LIMIT=1 RATE_LIMIT_BURST=1
LIMITED_URL=$URL
start unready RATE_LIMIT=0
UNREADY_URL=$URL
rm -f "$WORKDIR/unready/talent.db"*
ready=0
for _ in $(seq 100); do
    # /ready reuses a check for up to a second.
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$UNREADY_URL/ready" || true)"
    if [[ $code == 503 ]]; then
        ready=1
        break
    fi
    sleep 0.2
done
[[ $ready == 1 ]] || { echo "/ready of the instance without its database never answered 503" >&2; exit 1; }

# 4. The checks. Requests to the loopback service never go through a proxy.
echo "==> redbot $("$VENV/bin/python" -c 'import redbot; print(redbot.__version__)'), httplint $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("httplint"))')"
status=0
NO_PROXY="127.0.0.1" no_proxy="127.0.0.1" \
    "$VENV/bin/python" "$SCRIPT_DIR/check.py" --base "$BASE_URL" --rate-limited "$LIMITED_URL" \
    --unready "$UNREADY_URL" --openapi "$REPO_ROOT/openapi/openapi.json" --out "$OUT" || status=$?
for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "an instance died during the checks (logs in $OUT)" >&2; status=1; }
done
echo "==> REDbot check took $((SECONDS - started)) s; notes in $OUT/notes.txt, HAR in $OUT/redbot.har"
exit "$status"
