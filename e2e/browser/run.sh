#!/usr/bin/env bash
# Headless-browser end-to-end tests of talent-trends-api, from a clean clone:
#   1. installs what is missing: Debian's chromium, fonts-noto-cjk and nginx
#      (each only if absent), and playwright-core by `npm ci`;
#   2. builds the release binary;
#   3. starts it on a free loopback port with a fresh temporary database; and a
#      second instance with BASE_PATH=/api behind an nginx of its own (own
#      config and pid file, loopback only) that mounts it under
#      `location /api/ { proxy_pass http://127.0.0.1:PORT/; }`;
#   4. runs swagger.mjs (Swagger UI: Try it out / Execute on GET /talent/cities),
#      cors.mjs (a page on another origin fetching /talent/cities) and
#      dashboard.mjs (the dashboard at desktop and phone width in both
#      languages, every chart loaded, Chinese drawn with a CJK font) at the
#      root; then swagger.mjs and dashboard.mjs again under /api/ through
#      nginx (the request goes to /api/talent/cities, every chart from /api/);
#   5. stops the services and exits non-zero if any test failed.
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

find_nginx() {
    if command -v nginx >/dev/null 2>&1; then
        command -v nginx
    elif [[ -x /usr/sbin/nginx ]]; then
        echo /usr/sbin/nginx
    fi
}
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' || missing+=(fonts-noto-cjk)
[[ -n $(find_nginx) ]] || missing+=(nginx)
if ((${#missing[@]} > 0)); then
    say "installing from Debian: ${missing[*]} (fonts-noto-cjk draws the Chinese text; nginx mounts the service under /api/)"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    # Keep the package scripts from starting the system nginx: the test runs
    # its own, with its own config.
    policy_rc_created=0
    if [[ ! -e /usr/sbin/policy-rc.d && $(id -u) -eq 0 ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 0755 /usr/sbin/policy-rc.d
        policy_rc_created=1
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
    ((policy_rc_created == 0)) || rm -f /usr/sbin/policy-rc.d
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is still missing"
NGINX="$(find_nginx)"
[[ -n "$NGINX" ]] || die "nginx is still missing"

say "npm ci in e2e/browser"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

say "cargo build --release"
(cd "$repo" && cargo build --release --quiet)
binary="$repo/target/release/talent-trends-api"
[[ -x "$binary" ]] || die "$binary was not built"

# --- the service ------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/e2e-browser.XXXXXX")"
# nginx workers may run as an unprivileged user: let them traverse the folder.
chmod 0711 "$work"
service_pid=""
prefixed_pid=""
nginx_pid=""
stop_pid() { # pid [signal]
    local pid=$1 sig=${2:-TERM}
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "-$sig" "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
stop_service() {
    stop_pid "$service_pid"
    service_pid=""
}
cleanup() {
    stop_service
    stop_pid "$nginx_pid" QUIT
    stop_pid "$prefixed_pid"
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

# --- the same service mounted under /api/ by nginx -------------------------------
wait_for() { # url pid name
    for _ in $(seq 150); do
        kill -0 "$2" 2>/dev/null || { say "$3 exited during start-up"; return 1; }
        curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0
        sleep 0.2
    done
    say "$3 did not answer $1 within 30 s"
    return 1
}
prefixed_port="$(free_port)"
mkdir -p "$work/prefixed"
# The instance is told its prefix: it does not trust nginx (no TRUSTED_PROXIES), so the
# X-Forwarded-Prefix nginx sends is ignored; with TRUSTED_PROXIES=127.0.0.1/32 it would
# answer under /api without BASE_PATH. RATE_LIMIT=0 as above.
DATABASE_URL="sqlite://$work/prefixed/talent.db" BIND_ADDR="127.0.0.1:$prefixed_port" LOG_FORMAT=text \
    RATE_LIMIT=0 BASE_PATH=/api "$binary" >"$work/prefixed/service.log" 2>&1 &
prefixed_pid=$!
wait_for "http://127.0.0.1:$prefixed_port/health" "$prefixed_pid" "the instance with BASE_PATH=/api" ||
    { sed 's/^/    /' "$work/prefixed/service.log" >&2; exit 2; }
nginx_port="$(free_port)"
ngx="$work/nginx"
mkdir -p "$ngx"/{client_body,proxy,fastcgi,uwsgi,scgi}
chmod 0755 "$ngx"
cat >"$ngx/nginx.conf" <<NGINX_CONF
# Generated by e2e/browser/run.sh; runs in the foreground with its own pid file.
daemon off;
worker_processes 1;
pid $ngx/nginx.pid;
error_log $ngx/error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path $ngx/client_body;
    proxy_temp_path $ngx/proxy;
    fastcgi_temp_path $ngx/fastcgi;
    uwsgi_temp_path $ngx/uwsgi;
    scgi_temp_path $ngx/scgi;
    access_log $ngx/access.log;
    server {
        listen 127.0.0.1:$nginx_port;
        # The trailing slash of proxy_pass strips the prefix.
        location /api/ {
            proxy_pass http://127.0.0.1:$prefixed_port/;
            proxy_http_version 1.1;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Prefix /api;
            proxy_max_temp_file_size 0;
        }
    }
}
NGINX_CONF
"$NGINX" -t -q -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" || die "nginx rejected $ngx/nginx.conf"
"$NGINX" -p "$ngx" -c "$ngx/nginx.conf" -e "$ngx/error.log" &
nginx_pid=$!
wait_for "http://127.0.0.1:$nginx_port/api/health" "$nginx_pid" "nginx" ||
    { sed 's/^/    /' "$ngx/error.log" >&2; exit 2; }
prefixed_url="http://127.0.0.1:$nginx_port/api"
say "the same service under a prefix: $prefixed_url (nginx -> 127.0.0.1:$prefixed_port, BASE_PATH=/api)"

# --- the tests --------------------------------------------------------------------
rm -rf "$screenshots"
mkdir -p "$screenshots"
export SCREENSHOT_DIR="$screenshots"

passed=0
failed=0
failed_names=()
for run in "swagger $base_url" "cors $base_url" "dashboard $base_url" "swagger $prefixed_url" "dashboard $prefixed_url"; do
    test=${run%% *}
    url=${run#* }
    name=$test
    [[ $url == "$base_url" ]] || name="$test (under /api/)"
    say "node $test.mjs with BASE_URL=$url"
    # The scripts have their own watchdog; timeout(1) is the last resort.
    if (cd "$here" && BASE_URL="$url" timeout --kill-after=10 300 node "$test.mjs"); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failed_names+=("$name")
    fi
done

if ! kill -0 "$service_pid" 2>/dev/null; then
    say "the service died during the tests; its log:"
    sed 's/^/    /' "$work/service.log" >&2
    failed=$((failed + 1))
    failed_names+=("service")
fi
if ! kill -0 "$prefixed_pid" 2>/dev/null || ! kill -0 "$nginx_pid" 2>/dev/null; then
    say "the instance under /api/ or its nginx died during the tests; their logs:"
    sed 's/^/    /' "$work/prefixed/service.log" "$ngx/error.log" >&2
    failed=$((failed + 1))
    failed_names+=("service under /api/")
fi
stop_service

say "screenshots in $screenshots: $(cd "$screenshots" && ls | tr '\n' ' ')"
say "took $((SECONDS - started)) s"
if ((failed > 0)); then
    say "failed: ${failed_names[*]}"
fi
echo "e2e-browser: $passed passed, $failed failed"
((failed == 0))
