#!/usr/bin/env bash
# The OpenAPI document and the release binary, checked with the tools users reach for
# (see e2e/clients/README.md):
#
#   1. Spectral (spectral:oas) and Redocly (recommended) lint openapi/openapi.json:
#      0 errors and 0 warnings;
#   2. openapi-typescript generates types from it; ts/check.ts (openapi-fetch, no casts)
#      passes `tsc --strict --noEmit`, is compiled, and runs under node against the binary;
#   3. openapi-python-client still stops with no configuration (an enum it cannot name); it
#      generates a client with `literal_enums: true` alone and one with
#      py/openapi-python-client.yaml; py/check.py passes `mypy --strict` and runs against the
#      binary;
#   4. each program must have called every operation of the document (answered 200).
#
#   bash e2e/clients/run.sh            # from anywhere; paths are resolved from the repo root
#
# Installs pinned tools once into target/e2e-clients (npm: package-lock.json; PyPI:
# requirements.txt) and reinstalls when those files change. Everything generated, the logs and
# the server log go to target/e2e-clients/run/ (emptied on each run). Exits 1 if any check fails.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

OUT="$REPO_ROOT/target/e2e-clients"
RUN="$OUT/run"
VENV="$OUT/venv"
DOC="$REPO_ROOT/openapi/openapi.json"
BIN="${CARGO_TARGET_DIR:-$REPO_ROOT/target}/release/talent-trends-api"

# No telemetry or update checks from the Node tools (Spectral's telemetry is an install script,
# which `npm ci --ignore-scripts` never runs).
export DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

started=$SECONDS
summary=()
failed=0
# step NAME COMMAND...: runs one check, times it, records PASS/FAIL; a failure does not stop
# the checks that do not depend on it. (`set -e` does not apply inside a command run this way,
# so the functions below end each command with `|| return 1`.)
step() {
    local name="$1" start=$SECONDS status=0
    shift
    echo "==> $name"
    "$@" || status=$?
    if [[ $status == 0 ]]; then
        summary+=("$(printf 'PASS  %4ss  %s' $((SECONDS - start)) "$name")")
    else
        summary+=("$(printf 'FAIL  %4ss  %s (exit %s)' $((SECONDS - start)) "$name" "$status")")
        failed=1
    fi
    return $status
}
finish() {
    echo
    echo "==== e2e/clients summary ($((SECONDS - started)) s; logs and generated code in $RUN)"
    printf '%s\n' "${summary[@]}"
    if [[ $failed != 0 ]]; then echo "e2e/clients: FAILED"; exit 1; fi
    echo "e2e/clients: all checks passed"
}

mkdir -p "$OUT"

# 1. Pinned tools, installed once; reinstalled when the lockfiles change.
install_node() {
    local stamp="$OUT/.npm.sha256" want
    want="$(cat "$SCRIPT_DIR/package.json" "$SCRIPT_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
    if [[ -d "$OUT/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return 0; fi
    echo "    npm ci into $OUT"
    cp "$SCRIPT_DIR/package.json" "$SCRIPT_DIR/package-lock.json" "$OUT/" || return 1
    (cd "$OUT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || return 1
    echo "$want" > "$stamp"
}
install_python() {
    local stamp="$VENV/.requirements.sha256" want
    want="$(sha256sum "$SCRIPT_DIR/requirements.txt" | cut -d' ' -f1)"
    if [[ -x "$VENV/bin/openapi-python-client" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return 0; fi
    echo "    pip install into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV" || return 1
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$SCRIPT_DIR/requirements.txt" || return 1
    echo "$want" > "$stamp"
}
step "install npm tools (package-lock.json)" install_node || { finish; }
step "install PyPI tools (requirements.txt)" install_python || { finish; }
NODE_BIN="$OUT/node_modules/.bin"
# The generator's post-hooks call `ruff`; the venv has the pinned one.
export PATH="$VENV/bin:$PATH"
versions="spectral $("$NODE_BIN/spectral" --version), redocly $("$NODE_BIN/redocly" --version 2>/dev/null | tail -1),"
versions+=" openapi-typescript $(node -p 'require(process.argv[1]).version' "$OUT/node_modules/openapi-typescript/package.json"),"
versions+=" openapi-fetch $(node -p 'require(process.argv[1]).version' "$OUT/node_modules/openapi-fetch/package.json"),"
versions+=" typescript $("$NODE_BIN/tsc" --version | awk '{print $2}'), node $(node --version),"
versions+=" openapi-python-client $("$VENV/bin/pip" show openapi-python-client | awk '/^Version/ {print $2}'),"
versions+=" mypy $("$VENV/bin/mypy" --version | awk '{print $2}'), $("$VENV/bin/python" --version)"
echo "    $versions"

rm -rf "$RUN"
mkdir -p "$RUN/ts" "$RUN/py"

# 2. The release binary.
step "cargo build --release" cargo build --release --quiet || { finish; }

# 3. The linters, on the committed document.
spectral() {
    "$NODE_BIN/spectral" lint --ruleset "$SCRIPT_DIR/.spectral.yaml" --fail-severity=warn "$DOC"
}
redocly() {
    # Redocly exits 0 on warnings: count them from its JSON report.
    "$NODE_BIN/redocly" lint --config "$SCRIPT_DIR/redocly.yaml" --format=json "$DOC" \
        >"$RUN/redocly.json" 2>"$RUN/redocly.log" || true
    [[ -s "$RUN/redocly.json" ]] || { cat "$RUN/redocly.log"; return 1; }
    python3 - "$RUN/redocly.json" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
for p in report["problems"]:
    where = p["location"][0]["pointer"] if p.get("location") else ""
    print(f"  {p['severity']}: {p['ruleId']} {where}: {p['message']}")
t = report["totals"]
print(f"  redocly recommended: {t['errors']} errors, {t['warnings']} warnings")
sys.exit(1 if t["errors"] or t["warnings"] else 0)
EOF
}
step "Spectral spectral:oas (0 errors, 0 warnings)" spectral || true
step "Redocly recommended (0 errors, 0 warnings)" redocly || true

# 4. TypeScript: types generated as the README shows, the program type-checked and compiled.
#    (openapi-typescript lints with a redocly.yaml in its working directory and refuses to
#    generate on lint errors; $RUN/ts has none, and the linting is step 3's.)
ts_generate() {
    (cd "$RUN/ts" && "$NODE_BIN/openapi-typescript" "$DOC" -o api.d.ts) >"$RUN/openapi-typescript.log" 2>&1 \
        || { cat "$RUN/openapi-typescript.log"; return 1; }
    cp "$SCRIPT_DIR/ts/check.ts" "$SCRIPT_DIR/ts/tsconfig.json" "$RUN/ts/" || return 1
}
ts_compile() {
    # no-casts.mjs resolves `typescript` from $OUT/node_modules: run it from a copy there.
    cp "$SCRIPT_DIR/ts/no-casts.mjs" "$RUN/ts/" || return 1
    node "$RUN/ts/no-casts.mjs" "$RUN/ts/check.ts" || return 1
    (cd "$RUN/ts" && "$NODE_BIN/tsc" -p tsconfig.json --strict --noEmit) || return 1
    # Emit the JavaScript without checking again (just checked).
    (cd "$RUN/ts" && "$NODE_BIN/tsc" -p tsconfig.json --noCheck) || return 1
}
ts_ok=0
step "openapi-typescript: generate types" ts_generate \
    && step "TypeScript: no casts, tsc --strict --noEmit, compile" ts_compile && ts_ok=1 || true

# 5. Python: no configuration (which must still fail, for the reason the README gives), a client
#    with `literal_enums: true` alone and one with the whole configuration; the program
#    type-checked. PYTHONHASHSEED=0: with literal_enums the generator orders a Literal's values
#    that differ only in case (`Gaming`, `gaming`) as a Python set iterates them, which changes
#    from one process to the next; a fixed seed makes the output reproducible.
py_generate() {
    local -x PYTHONHASHSEED=0
    if (cd "$RUN/py" && COLUMNS=200 openapi-python-client generate --path "$DOC" --meta none \
        --output-path talent_api_unconfigured) >"$RUN/py/generate-unconfigured.log" 2>&1; then
        echo "FAIL: openapi-python-client now generates this document with no configuration:"
        echo "      literal_enums may no longer be needed (README, e2e/clients/README.md, py/*.yaml)"
        return 1
    fi
    python3 "$SCRIPT_DIR/verify.py" unconfigured "$RUN/py/generate-unconfigured.log" || return 1
    printf 'literal_enums: true\n' >"$RUN/py/minimal.yaml"
    (cd "$RUN/py" && openapi-python-client generate --path "$DOC" --meta none \
        --output-path talent_api_minimal --config "$RUN/py/minimal.yaml") >"$RUN/py/generate-minimal.log" 2>&1 \
        || { cat "$RUN/py/generate-minimal.log"; return 1; }
    (cd "$RUN/py" && openapi-python-client generate --path "$DOC" --meta none \
        --output-path talent_api --config "$SCRIPT_DIR/py/openapi-python-client.yaml") \
        >"$RUN/py/generate-configured.log" 2>&1 || { cat "$RUN/py/generate-configured.log"; return 1; }
    python3 "$SCRIPT_DIR/verify.py" generator "$DOC" "$RUN/py/generate-minimal.log" \
        "$RUN/py/generate-configured.log" "$RUN/py/talent_api_minimal" "$RUN/py/talent_api" || return 1
    cp "$SCRIPT_DIR/py/check.py" "$RUN/py/" || return 1
}
py_typecheck() {
    python3 "$SCRIPT_DIR/verify.py" no-casts-py "$RUN/py/check.py" || return 1
    (cd "$RUN/py" && "$VENV/bin/mypy" --strict --follow-imports=silent --no-incremental check.py) || return 1
}
py_ok=0
step "openapi-python-client: generate (none fails as documented; literal_enums; the whole configuration)" py_generate \
    && step "Python: no casts, mypy --strict" py_typecheck && py_ok=1 || true

# 6. The binary on a free loopback port with a fresh database.
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE_URL="http://127.0.0.1:$PORT"
WORKDIR="$(mktemp -d /tmp/e2e-clients.XXXXXX)"
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

start_service() {
    # RATE_LIMIT=0: the programs are one client; the per-client rate limit (off by default
    # today, planned to be on by default) is not what this run checks.
    DATABASE_URL="sqlite://$WORKDIR/talent.db" BIND_ADDR="127.0.0.1:$PORT" LOG_LEVEL=warn RATE_LIMIT=0 \
        "$BIN" >"$RUN/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 300); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "service exited during start-up:" >&2
            cat "$RUN/server.log" >&2
            return 1
        fi
        if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
            "$BASE_URL/health" 2>/dev/null; then
            # The clients are generated from the committed document: it must be the one served.
            python3 "$SCRIPT_DIR/verify.py" served "$DOC" "$BASE_URL/openapi.json" || return 1
            return 0
        fi
        sleep 0.1
    done
    echo "service did not answer $BASE_URL/health in time:" >&2
    cat "$RUN/server.log" >&2
    return 1
}
step "start the release binary on $BASE_URL (fresh database)" start_service || { finish; }

# 7. The programs against the binary, and every operation called.
ts_run() {
    (cd "$RUN/ts" && node out/check.js "$BASE_URL" "$RUN/calls-typescript.txt") || return 1
    python3 "$SCRIPT_DIR/verify.py" coverage "$DOC" typescript "$RUN/calls-typescript.txt" || return 1
}
py_run() {
    (cd "$RUN/py" && PYTHONPATH="$RUN/py" "$VENV/bin/python" check.py "$BASE_URL" "$RUN/calls-python.txt") || return 1
    python3 "$SCRIPT_DIR/verify.py" coverage "$DOC" python "$RUN/calls-python.txt" || return 1
}
if [[ $ts_ok == 1 ]]; then step "TypeScript program under node: every operation" ts_run || true; fi
if [[ $py_ok == 1 ]]; then step "Python program: every operation" py_run || true; fi

finish
