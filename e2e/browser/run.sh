#!/usr/bin/env bash
# Headless-browser end-to-end tests of talent-trends-api, from a clean clone:
#   1. installs what is missing: Debian's chromium and fonts-noto-cjk (each
#      only if absent), and playwright-core by `npm ci`;
#   2. builds the release binary;
#   3. starts it on a free loopback port with a fresh temporary database;
#   4. runs swagger.mjs (Swagger UI: Try it out / Execute on GET /talent/cities),
#      cors.mjs (a page on another origin fetching /talent/cities) and
#      dashboard.mjs (the dashboard at desktop and phone width in both
#      languages, every chart loaded, Chinese drawn with a CJK font);
#   5. stops the service and exits non-zero if either test failed.
# Screenshots go to <repo>/target/e2e/.
#
#   bash e2e/browser/run.sh
set -euo pipefail

started=$SECONDS
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
screenshots="$repo/target/e2e"

say() { printf '[run.sh] %s\n' "$*"; }
die() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 2; }

# --- what is needed -----------------------------------------------------------
command -v node >/dev/null || die "node is not installed (Node.js 20 or later is needed)"
command -v npm >/dev/null || die "npm is not installed"
command -v cargo >/dev/null || die "cargo is not installed"
command -v curl >/dev/null || die "curl is not installed"
command -v timeout >/dev/null || die "timeout (coreutils) is not installed"

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' || missing+=(fonts-noto-cjk)
if ((${#missing[@]} > 0)); then
    say "installing from Debian: ${missing[*]} (fonts-noto-cjk draws the Chinese text)"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is still missing"

say "npm ci in e2e/browser"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

say "cargo build --release"
(cd "$repo" && cargo build --release --quiet)
binary="$repo/target/release/talent-trends-api"
[[ -x "$binary" ]] || die "$binary was not built"

# --- the service ------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/e2e-browser.XXXXXX")"
service_pid=""
stop_service() {
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill -TERM "$service_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$service_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$service_pid" 2>/dev/null || true
        wait "$service_pid" 2>/dev/null || true
    fi
    service_pid=""
}
cleanup() {
    stop_service
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

base_url=""
for attempt in 1 2 3; do
    port="$(free_port)"
    rm -f "$work"/talent.db*
    say "starting the service on 127.0.0.1:$port (database $work/talent.db)"
    # RATE_LIMIT=0: the pages load every chart and asset, in several
    # viewports, from one address; this check is about the pages, not the
    # rate limit (e2e/hostile tests it).
    DATABASE_URL="sqlite://$work/talent.db" BIND_ADDR="127.0.0.1:$port" LOG_FORMAT=text RATE_LIMIT=0 \
        "$binary" >"$work/service.log" 2>&1 &
    service_pid=$!
    for _ in $(seq 150); do
        if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/openapi.json" 2>/dev/null; then
            base_url="http://127.0.0.1:$port"
            break
        fi
        kill -0 "$service_pid" 2>/dev/null || break
        sleep 0.2
    done
    [[ -n "$base_url" ]] && break
    status=0
    if kill -0 "$service_pid" 2>/dev/null; then
        stop_service
        say "the service did not answer within 30 s; its log:"
        sed 's/^/    /' "$work/service.log" >&2
        exit 2
    fi
    wait "$service_pid" || status=$?
    service_pid=""
    if [[ $status -eq 20 ]]; then # address in use: another process took the port
        say "port $port was taken meanwhile (exit 20); trying another"
        continue
    fi
    say "the service exited with status $status; its log:"
    sed 's/^/    /' "$work/service.log" >&2
    exit 2
done
[[ -n "$base_url" ]] || die "could not start the service on a free port"
say "service ready at $base_url"

# --- the tests --------------------------------------------------------------------
rm -rf "$screenshots"
mkdir -p "$screenshots"
export BASE_URL="$base_url" SCREENSHOT_DIR="$screenshots"

passed=0
failed=0
failed_names=()
for test in swagger cors dashboard; do
    say "node $test.mjs"
    # The scripts have their own watchdog; timeout(1) is the last resort.
    if (cd "$here" && timeout --kill-after=10 300 node "$test.mjs"); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failed_names+=("$test")
    fi
done

if ! kill -0 "$service_pid" 2>/dev/null; then
    say "the service died during the tests; its log:"
    sed 's/^/    /' "$work/service.log" >&2
    failed=$((failed + 1))
    failed_names+=("service")
fi
stop_service

say "screenshots in $screenshots: $(cd "$screenshots" && ls | tr '\n' ' ')"
say "took $((SECONDS - started)) s"
if ((failed > 0)); then
    say "failed: ${failed_names[*]}"
fi
echo "e2e-browser: $passed passed, $failed failed"
((failed == 0))
