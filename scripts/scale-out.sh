#!/usr/bin/env bash
# Scale-out check: three stateless instances of talent-trends-api behind nginx,
# at the root and, three more, under the path prefix /api/.
#
#   scripts/scale-out.sh            # from the repository root or anywhere
#
# What it does, on loopback only:
#   1. installs nginx, wrk and curl with apt-get if they are missing;
#   2. builds the release binary (cargo build --release --locked);
#   3. prepares one database per instance, each in its own temporary folder,
#      from the embedded seeds (`talent-trends-api migrate`): nothing is shared;
#   4. starts three instances and an nginx (own config, own pid file, in the
#      foreground, never the system one) that balances across them with passive
#      health checks and retries on error/timeout/502/503 at `location /`; and
#      three more with BASE_PATH=/api that nginx serves under
#      `location /api/ { proxy_pass http://talent_api/; }` (the trailing slash
#      strips the prefix). nginx also sends X-Forwarded-Prefix, which the
#      instances believe (TRUSTED_PROXIES=127.0.0.1/32), so BASE_PATH is
#      optional behind it; they keep BASE_PATH=/api so that they write the
#      same URLs when reached directly;
#   5. check A: the body, ETag, Last-Modified and meta.data_version of several
#      answers are identical from each instance directly and through nginx, in
#      identity and gzip encodings, and an ETag from one instance revalidates
#      (304) on every other one;
#   6. check B: while wrk and a sequential client send requests through nginx,
#      one instance is stopped with SIGTERM; every request must be answered 200
#      (non-200 answers and connection errors are counted), the stopped instance
#      must exit 0 after its shutdown delay, within its grace period;
#   7. check C: the instances identify clients behind nginx as nginx saw them:
#      a client on 127.0.0.2 sending a forged X-Forwarded-For is logged as
#      127.0.0.2 (nginx appends to X-Forwarded-For; the instances trust
#      127.0.0.1/32, the address nginx connects from, and read the right-most
#      address that is not a trusted proxy).
#   8. check D: under /api/ through nginx, every URL the service writes starts
#      with /api/ or is relative and resolves inside it, and answers: the JSON
#      index, the dashboard's links and chart images, Link next/prev (and every
#      Link header met), the /api/docs redirect, Swagger UI's page and its
#      document URL, the OpenAPI `servers` resolved against /api/openapi.json
#      joined with every path, the catalogue's hrefs, the Data Package's
#      resource paths, and the redirects of the earlier forms.
# It prints a summary with timings and exits non-zero on any mismatch or lost
# request. Everything it starts is stopped on exit; the temporary folder is
# removed on success (kept on failure, or always with KEEP_TMP=1).
#
# Settings (environment):
#   LOAD_SECONDS      length of the load run (default 12)
#   STOP_AFTER        seconds into the load run when one instance gets SIGTERM (default 4)
#   LOAD_CONNECTIONS  wrk connections (default 16)
#   SEQ_REQUESTS      upper bound of the sequential client's requests (default 20000)
#   SHUTDOWN_GRACE    grace period given to the instances (default 10)
#   SHUTDOWN_DELAY    shutdown delay given to the instances (default 2)
#   KEEP_TMP=1        keep the temporary folder (logs, configs, databases)
set -euo pipefail

LOAD_SECONDS=${LOAD_SECONDS:-12}
STOP_AFTER=${STOP_AFTER:-4}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-16}
SEQ_REQUESTS=${SEQ_REQUESTS:-20000}
SHUTDOWN_GRACE=${SHUTDOWN_GRACE:-10}
SHUTDOWN_DELAY=${SHUTDOWN_DELAY:-2}
KEEP_TMP=${KEEP_TMP:-0}
INSTANCES=3
STOP_INDEX=2 # which instance (1-based) gets SIGTERM during the load
# Instances INSTANCES+1 .. INSTANCES+API_INSTANCES serve under the prefix.
API_INSTANCES=3
API_PREFIX=/api
ALL_INSTANCES=$((INSTANCES + API_INSTANCES))

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# ---------------------------------------------------------------- helpers ---
now_us() { local t=${EPOCHREALTIME//[.,]/}; echo "$t"; }
T0=$(now_us)
elapsed() { local d=$(($(now_us) - T0)); printf '%d.%01d' $((d / 1000000)) $(((d % 1000000) / 100000)); }
log() { printf '[scale-out %6ss] %s\n' "$(elapsed)" "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

declare -a PHASE_NAMES=() PHASE_SECS=()
PHASE_START=$(now_us)
phase_done() {
    local d=$(($(now_us) - PHASE_START))
    PHASE_NAMES+=("$1")
    PHASE_SECS+=("$(printf '%d.%01d' $((d / 1000000)) $(((d % 1000000) / 100000)))")
    PHASE_START=$(now_us)
}

FAILURES=()
fail() {
    FAILURES+=("$*")
    log "FAIL: $*"
}

WORK=""
NGINX_PID=""
declare -a INST_PID=() INST_PORT=() INST_DIR=()
declare -a LOAD_PIDS=()
POLICY_RC_CREATED=0

# Stops a process we started: SIGTERM, then SIGKILL after a few seconds.
stop_pid() {
    local pid=$1 sig=${2:-TERM} i
    [[ -n $pid ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill "-$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    set +e
    for pid in "${LOAD_PIDS[@]}"; do stop_pid "$pid" TERM; done
    [[ -n $NGINX_PID ]] && stop_pid "$NGINX_PID" QUIT
    for pid in "${INST_PID[@]}"; do stop_pid "$pid" TERM; done
    if ((POLICY_RC_CREATED)); then rm -f /usr/sbin/policy-rc.d; fi
    if [[ -n $WORK && -d $WORK ]]; then
        if ((rc == 0)) && [[ $KEEP_TMP != 1 ]]; then
            rm -rf "$WORK"
        else
            log "logs, configs and databases kept in $WORK"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------- 1. prerequisites ---
find_nginx() {
    if command -v nginx >/dev/null 2>&1; then
        command -v nginx
    elif [[ -x /usr/sbin/nginx ]]; then
        echo /usr/sbin/nginx
    fi
}
missing=()
[[ -n $(find_nginx) ]] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v cargo >/dev/null 2>&1 || die "cargo is not on PATH (install the Rust toolchain)"
if ((${#missing[@]})); then
    SUDO=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]} and not root (no sudo)"
        SUDO=(sudo)
    fi
    log "installing with apt-get: ${missing[*]}"
    # Keep the package scripts from starting the system nginx service: this
    # check runs its own nginx with its own config.
    if [[ ! -e /usr/sbin/policy-rc.d ]] && ((EUID == 0)); then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 0755 /usr/sbin/policy-rc.d
        POLICY_RC_CREATED=1
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    if ((POLICY_RC_CREATED)); then
        rm -f /usr/sbin/policy-rc.d
        POLICY_RC_CREATED=0
    fi
fi
NGINX=$(find_nginx)
[[ -n $NGINX ]] || die "nginx is still not installed"
log "nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), $(wrk -v 2>&1 | head -n1 | awk '{print $1, $2}')"
phase_done "prerequisites"

# --------------------------------------------------------------- 2. build ---
log "building the release binary"
(cd "$REPO_ROOT" && cargo build --release --locked)
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO_ROOT/target}
[[ $TARGET_DIR = /* ]] || TARGET_DIR=$REPO_ROOT/$TARGET_DIR
BIN=$TARGET_DIR/release/talent-trends-api
[[ -x $BIN ]] || die "no binary at $BIN"
phase_done "cargo build --release"

# ------------------------------------------------- 3. one database each ---
WORK=$(mktemp -d "${TMPDIR:-/tmp}/talent-scale-out.XXXXXX")
# nginx workers may run as an unprivileged user: let them traverse the folder.
chmod 0711 "$WORK"
log "working folder: $WORK"

read -r -a PORTS < <(python3 - <<'EOF'
import socket
socks = [socket.socket() for _ in range(7)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
)
NGINX_PORT=${PORTS[6]}

for ((i = 1; i <= ALL_INSTANCES; i++)); do
    INST_DIR[i]=$WORK/instance-$i
    INST_PORT[i]=${PORTS[i - 1]}
    mkdir -p "${INST_DIR[i]}"
    "$BIN" migrate --database-url "sqlite://${INST_DIR[i]}/talent.db" >"${INST_DIR[i]}/migrate.log" 2>&1 ||
        die "migrate of instance $i failed: $(cat "${INST_DIR[i]}/migrate.log")"
    log "instance $i: database ${INST_DIR[i]}/talent.db ($(head -c 200 "${INST_DIR[i]}/migrate.log" | sed 's/^.*: //'))"
done
DB_SUMS=$(for ((i = 1; i <= ALL_INSTANCES; i++)); do sha256sum "${INST_DIR[i]}/talent.db" | cut -c1-16; done | sort -u | wc -l)
phase_done "prepare databases"

# ---------------------------------------------------- 4. instances, nginx ---
# RATE_LIMIT=0: wrk and the sequential client send everything from one
# address, and this check is about balancing and shutdown, not the rate
# limit (e2e/hostile tests that). TRUSTED_PROXIES: nginx connects from
# 127.0.0.1 and appends the address it saw to X-Forwarded-For (check C); as a
# trusted proxy it is also exempt from MAX_CONNECTIONS_PER_CLIENT, so its
# upstream connections (wrk's LOAD_CONNECTIONS and more) are never refused.
for ((i = 1; i <= ALL_INSTANCES; i++)); do
    base_path=""
    ((i > INSTANCES)) && base_path=$API_PREFIX
    DATABASE_URL="sqlite://${INST_DIR[i]}/talent.db" \
        BIND_ADDR="127.0.0.1:${INST_PORT[i]}" \
        BASE_PATH="$base_path" \
        LOG_FORMAT=json \
        LOG_LEVEL="info,talent_trends_api::http::middleware=warn" \
        SHUTDOWN_GRACE="$SHUTDOWN_GRACE" \
        SHUTDOWN_DELAY="$SHUTDOWN_DELAY" \
        RATE_LIMIT=0 \
        TRUSTED_PROXIES=127.0.0.1/32 \
        FORWARDED_HEADER=x-forwarded-for \
        "$BIN" serve >"${INST_DIR[i]}/server.log" 2>&1 &
    INST_PID[i]=$!
done

wait_ready() { # url pid name
    local url=$1 pid=$2 name=$3 n
    for ((n = 0; n < 150; n++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            die "$name exited during start-up"
        fi
        if curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    die "$name did not become ready at $url within 15 s"
}
for ((i = 1; i <= ALL_INSTANCES; i++)); do
    wait_ready "http://127.0.0.1:${INST_PORT[i]}/ready" "${INST_PID[i]}" "instance $i"
    where="/"
    ((i > INSTANCES)) && where="$API_PREFIX/ (BASE_PATH=$API_PREFIX)"
    log "instance $i: pid ${INST_PID[i]}, ready on 127.0.0.1:${INST_PORT[i]}, served under $where"
done

NGX=$WORK/nginx
mkdir -p "$NGX"/{client_body,proxy,fastcgi,uwsgi,scgi}
chmod 0755 "$NGX"
UPSTREAM_SERVERS=""
for ((i = 1; i <= INSTANCES; i++)); do
    UPSTREAM_SERVERS+="        server 127.0.0.1:${INST_PORT[i]} max_fails=1 fail_timeout=5s;"$'\n'
done
API_UPSTREAM_SERVERS=""
for ((i = INSTANCES + 1; i <= ALL_INSTANCES; i++)); do
    API_UPSTREAM_SERVERS+="        server 127.0.0.1:${INST_PORT[i]} max_fails=1 fail_timeout=5s;"$'\n'
done
cat >"$NGX/nginx.conf" <<EOF
# Generated by scripts/scale-out.sh; runs in the foreground with its own pid file.
daemon off;
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;

events {
    worker_connections 1024;
}

http {
    client_body_temp_path $NGX/client_body;
    proxy_temp_path $NGX/proxy;
    fastcgi_temp_path $NGX/fastcgi;
    uwsgi_temp_path $NGX/uwsgi;
    scgi_temp_path $NGX/scgi;

    # time|status|upstream(s) tried (a comma means a retry)|their statuses|duration|uri
    log_format lb '\$msec|\$status|\$upstream_addr|\$upstream_status|\$request_time|\$request_uri';
    access_log $NGX/access.log lb;
    keepalive_requests 100000;

    upstream talent {
${UPSTREAM_SERVERS}        keepalive 32;
    }

    # The replicas started with BASE_PATH=$API_PREFIX.
    upstream talent_api {
${API_UPSTREAM_SERVERS}        keepalive 32;
    }

    server {
        listen 127.0.0.1:$NGINX_PORT;

        location / {
            proxy_pass http://talent;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            # Appends the address nginx saw to what the client sent: the
            # instances read the right-most address that is not a trusted
            # proxy (--trusted-proxies), never the client's own text.
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            # The instances believe nginx's X-Forwarded-Prefix: a client's
            # own is removed here (an empty value: nginx sends none).
            proxy_set_header X-Forwarded-Prefix "";
            proxy_connect_timeout 1s;
            proxy_read_timeout 15s;
            # A stopped instance (refused or reset connection, 502/503) loses
            # no request: GETs are retried on the next instance.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 3;
            proxy_next_upstream_timeout 10s;
            proxy_max_temp_file_size 0;
            add_header X-Upstream \$upstream_addr always;
        }

        # Mounted under a prefix: the trailing slash of proxy_pass strips it,
        # so the instances see the same paths as at the root.
        location $API_PREFIX/ {
            proxy_pass http://talent_api/;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Prefix $API_PREFIX;
            proxy_connect_timeout 1s;
            proxy_read_timeout 15s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 3;
            proxy_next_upstream_timeout 10s;
            proxy_max_temp_file_size 0;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$NGINX" -t -q -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log" || die "nginx rejected $NGX/nginx.conf"
"$NGINX" -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log" &
NGINX_PID=$!
wait_ready "http://127.0.0.1:$NGINX_PORT/health" "$NGINX_PID" "nginx"
wait_ready "http://127.0.0.1:$NGINX_PORT$API_PREFIX/health" "$NGINX_PID" "nginx ($API_PREFIX/)"
log "nginx: pid $NGINX_PID, balancing on 127.0.0.1:$NGINX_PORT (/ and $API_PREFIX/)"
phase_done "start $ALL_INSTANCES instances + nginx"

# ------------------------------------------------ 5. check A: same answers ---
PATHS=(
    "/talent/cities"
    "/heat-index"
    "/reports"
    "/talent/cities?city=Beijing&city=Shanghai&fields=rank,city_en,share_pct"
    "/heat-index?from=2022-05&to=2022-12&sort=-index"
    "/jobs/hot?side=demand&max_rank=3&lang=en"
    "/salaries?format=csv"
)
TARGET_NAMES=()
TARGET_URLS=()
for ((i = 1; i <= INSTANCES; i++)); do
    TARGET_NAMES+=("instance-$i")
    TARGET_URLS+=("http://127.0.0.1:${INST_PORT[i]}")
done
TARGET_NAMES+=("nginx")
TARGET_URLS+=("http://127.0.0.1:$NGINX_PORT")

SCRATCH=$WORK/check-a
mkdir -p "$SCRATCH"
EXPECTED_ETAGS=$WORK/expected-etags.tsv
: >"$EXPECTED_ETAGS"

header() { # file name -> value of the last such header, without CR
    awk -v h="$2" -F': ' 'tolower($1) == tolower(h) { v = $2 } END { sub(/\r$/, "", v); print v }' "$1"
}
data_version() { # json file -> meta.data_version or "-"
    python3 - "$1" <<'EOF' 2>/dev/null || echo "-"
import json, sys
print(json.load(open(sys.argv[1], encoding="utf-8"))["meta"]["data_version"])
EOF
}

CHECK_A_ROWS=()
CHECK_A_COMPARISONS=0
for path in "${PATHS[@]}"; do
    for enc in identity gzip; do
        ref=""
        for t in "${!TARGET_URLS[@]}"; do
            f=$SCRATCH/$t
            status=$(curl -sS --max-time 5 -H "Accept-Encoding: $enc" -D "$f.h" -o "$f.b" -w '%{http_code}' "${TARGET_URLS[t]}$path") || status=000
            etag=$(header "$f.h" etag)
            lm=$(header "$f.h" last-modified)
            ce=$(header "$f.h" content-encoding)
            sum=$(sha256sum "$f.b" | cut -c1-16)
            dv="-"
            if [[ $enc == identity ]]; then dv=$(data_version "$f.b"); fi
            sig="$status|$etag|$lm|${ce:-identity}|$sum|$dv"
            CHECK_A_COMPARISONS=$((CHECK_A_COMPARISONS + 1))
            if [[ $status != 200 || -z $etag || $etag == W/* ]]; then
                fail "check A: $path ($enc) from ${TARGET_NAMES[t]}: status $status, etag '${etag}' (want 200 with a strong ETag)"
            fi
            if [[ -z $ref ]]; then
                ref=$sig
                ref_etag=$etag
                ref_dv=$dv
                ref_sum=$sum
            elif [[ $sig != "$ref" ]]; then
                fail "check A: $path ($enc) from ${TARGET_NAMES[t]} differs from instance-1: [$sig] vs [$ref]"
            fi
        done
        # Revalidation: the ETag one instance gave must be current on every other.
        for t in "${!TARGET_URLS[@]}"; do
            ((t == 0)) && continue
            code=$(curl -sS --max-time 5 -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $enc" -H "If-None-Match: $ref_etag" "${TARGET_URLS[t]}$path") || code=000
            CHECK_A_COMPARISONS=$((CHECK_A_COMPARISONS + 1))
            [[ $code == 304 ]] || fail "check A: If-None-Match with instance-1's ETag on ${TARGET_NAMES[t]} $path ($enc) answered $code, want 304"
        done
        CHECK_A_ROWS+=("$(printf '  %-72s %-8s %-36s %-16s %s' "$path" "$enc" "$ref_etag" "$ref_dv" "$ref_sum")")
        if [[ $enc == identity ]]; then
            printf '%s\t%s\n' "$path" "$ref_etag" >>"$EXPECTED_ETAGS"
        fi
    done
done
# Readiness reports the same data version everywhere.
READY_VERSIONS=$(for ((i = 1; i <= INSTANCES; i++)); do
    curl -sS --max-time 5 "http://127.0.0.1:${INST_PORT[i]}/ready" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data_version"])'
done | sort -u)
[[ $(echo "$READY_VERSIONS" | wc -l) == 1 ]] || fail "check A: /ready data_version differs between instances: $(echo "$READY_VERSIONS" | tr '\n' ' ')"
CHECK_A_FAILS=${#FAILURES[@]}
log "check A: $CHECK_A_COMPARISONS comparisons over ${#PATHS[@]} URLs x 2 encodings x ${#TARGET_URLS[@]} targets, $CHECK_A_FAILS failure(s)"
phase_done "check A (identical answers)"

# ------------------------------------- 6. check B: stop one under load ---
cat >"$WORK/load.lua" <<'EOF'
-- Rotates over the checked URLs and counts every answer that is not 200.
local paths = {
  "/talent/cities", "/heat-index", "/reports",
  "/talent/cities?city=Beijing&city=Shanghai&fields=rank,city_en,share_pct",
  "/heat-index?from=2022-05&to=2022-12&sort=-index",
  "/jobs/hot?side=demand&max_rank=3&lang=en", "/salaries?format=csv",
}
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  ok = 0
  non200 = 0
  idx = 0
end
function request()
  idx = idx % #paths + 1
  return wrk.format("GET", paths[idx])
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else non200 = non200 + 1 end
end
function done(summary, latency, requests)
  local o, n = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    n = n + t:get("non200")
  end
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d ok=%d non200=%d connect=%d read=%d write=%d status=%d timeout=%d p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, o, n, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(99) / 1000, latency.max / 1000))
end
EOF

cat >"$WORK/seq_load.py" <<'EOF'
"""Sequential client: a new connection per request, for a bounded time and
count; every answer must be 200 with the ETag the instances agreed on."""
import http.client, sys, time

port, seconds, max_requests, etag_file = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
expected = dict(line.rstrip("\n").split("\t") for line in open(etag_file, encoding="utf-8"))
paths = list(expected)
ok = non200 = errors = etag_mismatch = 0
deadline = time.monotonic() + seconds
first = time.time()
n = 0
samples = []
while n < max_requests and time.monotonic() < deadline:
    path = paths[n % len(paths)]
    n += 1
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", path, headers={"Connection": "close"})
        resp = conn.getresponse()
        resp.read()
        conn.close()
        if resp.status != 200:
            non200 += 1
            if len(samples) < 5:
                samples.append(f"{resp.status} {path}")
        else:
            ok += 1
            if resp.getheader("ETag") != expected[path]:
                etag_mismatch += 1
                if len(samples) < 5:
                    samples.append(f"etag {resp.getheader('ETag')} != {expected[path]} {path}")
    except Exception as e:  # connection refused, reset, timeout: a lost request
        errors += 1
        if len(samples) < 5:
            samples.append(f"{type(e).__name__}: {e} {path}")
print(f"SEQ_RESULT requests={n} ok={ok} non200={non200} errors={errors} etag_mismatch={etag_mismatch} first={first:.6f} last={time.time():.6f}")
for s in samples:
    print(f"SEQ_SAMPLE {s}")
EOF

ACCESS_BEFORE=$(wc -l <"$NGX/access.log")
LOAD_START_EPOCH=$EPOCHREALTIME
log "check B: ${LOAD_SECONDS}s of load through nginx (wrk, $LOAD_CONNECTIONS connections + a sequential client); SIGTERM to instance $STOP_INDEX after ${STOP_AFTER}s"
wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 5s -s "$WORK/load.lua" "http://127.0.0.1:$NGINX_PORT" >"$WORK/wrk.out" 2>&1 &
LOAD_PIDS+=($!)
WRK_PID=$!
python3 "$WORK/seq_load.py" "$NGINX_PORT" "$LOAD_SECONDS" "$SEQ_REQUESTS" "$EXPECTED_ETAGS" >"$WORK/seq.out" 2>&1 &
LOAD_PIDS+=($!)
SEQ_PID=$!

sleep "$STOP_AFTER"
STOP_PID=${INST_PID[STOP_INDEX]}
kill -0 "$STOP_PID" 2>/dev/null || fail "check B: instance $STOP_INDEX was no longer running before the stop"
STOP_SENT=$(now_us)
STOP_SENT_EPOCH=$EPOCHREALTIME
kill -TERM "$STOP_PID"
STOP_RC=0
wait "$STOP_PID" || STOP_RC=$?
STOP_MS=$((($(now_us) - STOP_SENT) / 1000))
INST_PID[STOP_INDEX]=""
log "check B: instance $STOP_INDEX (pid $STOP_PID) exited with $STOP_RC, ${STOP_MS} ms after SIGTERM"

WRK_RC=0
wait "$WRK_PID" || WRK_RC=$?
SEQ_RC=0
wait "$SEQ_PID" || SEQ_RC=$?
LOAD_PIDS=()

kv() { # line key -> value of key=value
    tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k { print $2 }'
}
WRK_LINE=$(grep '^WRK_RESULT' "$WORK/wrk.out" || true)
SEQ_LINE=$(grep '^SEQ_RESULT' "$WORK/seq.out" || true)
[[ $WRK_RC == 0 && -n $WRK_LINE ]] || fail "check B: wrk failed (exit $WRK_RC): $(tail -n 5 "$WORK/wrk.out")"
[[ $SEQ_RC == 0 && -n $SEQ_LINE ]] || fail "check B: the sequential client failed (exit $SEQ_RC): $(tail -n 5 "$WORK/seq.out")"

WRK_REQ=$(kv "$WRK_LINE" requests)
WRK_OK=$(kv "$WRK_LINE" ok)
WRK_BAD=$(kv "$WRK_LINE" non200)
WRK_SOCK=$(($(kv "$WRK_LINE" connect) + $(kv "$WRK_LINE" read) + $(kv "$WRK_LINE" write) + $(kv "$WRK_LINE" timeout)))
SEQ_REQ=$(kv "$SEQ_LINE" requests)
SEQ_OK=$(kv "$SEQ_LINE" ok)
SEQ_BAD=$(kv "$SEQ_LINE" non200)
SEQ_ERR=$(kv "$SEQ_LINE" errors)
SEQ_ETAG=$(kv "$SEQ_LINE" etag_mismatch)

((${WRK_REQ:-0} > 0)) || fail "check B: wrk completed no request"
((${WRK_BAD:-1} == 0)) || fail "check B: wrk got $WRK_BAD non-200 answer(s)"
((WRK_SOCK == 0)) || fail "check B: wrk had $WRK_SOCK connection error(s)/timeout(s): $WRK_LINE"
((${WRK_OK:-0} == ${WRK_REQ:-0})) || fail "check B: wrk: $WRK_OK of $WRK_REQ answers were 200"
((${SEQ_REQ:-0} > 0)) || fail "check B: the sequential client sent no request"
((${SEQ_BAD:-1} == 0 && ${SEQ_ERR:-1} == 0)) || fail "check B: sequential client: $SEQ_BAD non-200, $SEQ_ERR connection error(s): $(grep SEQ_SAMPLE "$WORK/seq.out" | head -n 3 | tr '\n' ' ')"
SEQ_LAST=$(kv "$SEQ_LINE" last)
awk -v a="${SEQ_LAST:-0}" -v b="$STOP_SENT_EPOCH" 'BEGIN { exit !(a + 0 > b + 1) }' ||
    fail "check B: the sequential client stopped before the instance did (raise SEQ_REQUESTS)"
((${SEQ_ETAG:-1} == 0)) || fail "check B: sequential client: $SEQ_ETAG answer(s) with another ETag than check A agreed on"
((STOP_RC == 0)) || fail "check B: instance $STOP_INDEX exited with $STOP_RC after SIGTERM (want 0)"
((STOP_MS <= (SHUTDOWN_DELAY + SHUTDOWN_GRACE + 2) * 1000)) || fail "check B: instance $STOP_INDEX took ${STOP_MS} ms to stop (delay ${SHUTDOWN_DELAY}s, grace ${SHUTDOWN_GRACE}s)"
((STOP_MS >= SHUTDOWN_DELAY * 1000)) || fail "check B: instance $STOP_INDEX stopped ${STOP_MS} ms after SIGTERM, before its ${SHUTDOWN_DELAY}s shutdown delay"

# nginx's own view of the load run: every request, who answered, retries.
tail -n +"$((ACCESS_BEFORE + 1))" "$NGX/access.log" >"$WORK/access-load.log"
STOPPED_ADDR="127.0.0.1:${INST_PORT[STOP_INDEX]}"
# A 499 (client closed) in the last half second is wrk closing its connections
# at its deadline with requests in flight, not a lost request; any other
# non-200 is a failure.
read -r NGX_TOTAL NGX_BAD NGX_RETRIED NGX_STOPPED_BEFORE NGX_STOPPED_AFTER NGX_END499 < <(
    awk -F'|' -v stopped="$STOPPED_ADDR" -v stop_at="$STOP_SENT_EPOCH" \
        -v load_end="$(awk -v a="$LOAD_START_EPOCH" -v b="$LOAD_SECONDS" 'BEGIN { printf "%.3f", a + b }')" '
        { total++ }
        $2 == 499 && $1 + 0 >= load_end - 0.5 { end499++; next }
        $2 != 200 { bad++ }
        $3 ~ /,/ { retried++ }
        $3 == stopped { if ($1 + 0 < stop_at + 0) before++; else after++ }
        END { printf "%d %d %d %d %d %d\n", total, bad, retried, before, after, end499 }' "$WORK/access-load.log"
)
PER_UPSTREAM=$(awk -F'|' '{ n = split($3, a, ", "); last[a[n]]++ } END { for (u in last) printf "%s=%d ", u, last[u] }' "$WORK/access-load.log")
((NGX_BAD == 0)) || fail "check B: nginx logged $NGX_BAD non-200 answer(s) during the load"
((NGX_STOPPED_BEFORE > 0)) || fail "check B: instance $STOP_INDEX served nothing before its stop (the check would prove nothing)"
NGX_UPSTREAM_ERRORS=$(grep -c 'upstream' "$NGX/error.log" || true)

# The remaining instances are still ready, and nginx still answers.
for ((i = 1; i <= INSTANCES; i++)); do
    ((i == STOP_INDEX)) && continue
    curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:${INST_PORT[i]}/ready" || fail "check B: instance $i is not ready after the load"
done
curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$NGINX_PORT/talent/cities" || fail "check B: nginx does not answer after the load"
phase_done "check B (SIGTERM under load)"

# ------------------------- 7. check C: the client as nginx saw it ---
CHECK_C_PATH="/no-such-path/check-c-$$"
CHECK_C_CLIENT=127.0.0.2
CHECK_C_FORGED=198.51.100.77
CHECK_C_STATUS=$(curl -sS --max-time 5 --interface "$CHECK_C_CLIENT" -o /dev/null -w '%{http_code}' \
    -H "X-Forwarded-For: $CHECK_C_FORGED" "http://127.0.0.1:$NGINX_PORT$CHECK_C_PATH") || CHECK_C_STATUS=000
sleep 0.3 # the instances write their logs asynchronously
CHECK_C_LINE=$(cat "${INST_DIR[@]/%//server.log}" 2>/dev/null | grep -F "$CHECK_C_PATH" | grep -F '"answered"' | tail -n1 || true)
CHECK_C_SEEN="-"
if [[ -n $CHECK_C_LINE ]]; then
    CHECK_C_SEEN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("client", "-"))' "$CHECK_C_LINE" 2>/dev/null || echo "-")
fi
[[ $CHECK_C_STATUS == 404 ]] || fail "check C: $CHECK_C_PATH through nginx answered $CHECK_C_STATUS, want 404"
[[ $CHECK_C_SEEN == "$CHECK_C_CLIENT" ]] ||
    fail "check C: a client on $CHECK_C_CLIENT with X-Forwarded-For: $CHECK_C_FORGED was logged as client '$CHECK_C_SEEN'"
log "check C: client on $CHECK_C_CLIENT, forged X-Forwarded-For $CHECK_C_FORGED, instance logged client $CHECK_C_SEEN"
phase_done "check C (client behind nginx)"

# ------------------------------- 8. check D: every URL under the prefix ---
cat >"$WORK/prefix_check.py" <<'EOF'
"""Under the prefix through nginx: every URL the service writes starts with the
prefix or is relative and resolves inside it, and each one answers."""
import html, http.client, json, re, sys
from urllib.parse import urljoin, urlsplit

port, prefix = int(sys.argv[1]), sys.argv[2]
origin = f"http://127.0.0.1:{port}"
root = f"{origin}{prefix}/"
checked = fetched = 0
failures, seen = [], {}
kinds = {}


def get(url, headers=None):
    parts = urlsplit(url)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    conn.request("GET", target, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, resp, body


def fail(message):
    failures.append(message)


def links_of(resp):
    """The URI references of a Link header."""
    value = ", ".join(resp.headers.get_all("Link") or [])
    return re.findall(r"<([^>]*)>", value)


def inside(ref, base, where, kind, expect_type=None, fetch=True):
    """Checks one URL reference the service wrote at `base`; returns the absolute URL."""
    global checked
    if re.match(r"^[a-z][a-z0-9+.-]*:", ref, re.I) and not ref.startswith(origin):
        return None  # another site (a licence, the publisher): not ours to check
    checked += 1
    kinds[kind] = kinds.get(kind, 0) + 1
    if ref.startswith("/") and not ref.startswith(prefix + "/"):
        fail(f"{where}: {kind} {ref!r} is root-absolute outside {prefix}/")
        return None
    url = urljoin(base, ref)
    if not urlsplit(url).path.startswith(prefix + "/"):
        fail(f"{where}: {kind} {ref!r} resolves to {url}, outside {prefix}/")
        return None
    if fetch:
        answer(url, f"{kind} of {where}", expect_type)
    return url


def answer(url, why, expect_type=None, headers=None):
    """GETs a URL once (following the service's relative redirects inside the
    prefix); it must end at 200 with the expected type; its Link headers are
    checked too."""
    global fetched
    key = (url, expect_type, tuple(sorted((headers or {}).items())))
    if key in seen:
        return seen[key]
    seen[key] = None
    current = url
    for _ in range(3):
        fetched += 1
        status, resp, body = get(current, headers)
        if status in (301, 302, 303, 307, 308):
            location = resp.getheader("Location", "")
            nxt = inside(location, current, f"redirect of {current}", "Location", fetch=False)
            if nxt is None:
                return None
            current = nxt
            continue
        break
    if status != 200:
        fail(f"{why}: GET {current} answered {status}")
        return None
    ctype = resp.getheader("Content-Type", "")
    if expect_type and not ctype.startswith(expect_type):
        fail(f"{why}: GET {current} answered {ctype}, expected {expect_type}")
    for ref in links_of(resp):
        inside(ref, current, current, "Link")
    seen[key] = (resp, body)
    return resp, body


def strings(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, str):
        yield value


def json_links(url, where):
    """Every root-absolute path in a JSON answer is a URL the service wrote."""
    got = answer(url, where, "application/json", {"Accept": "application/json"})
    if not got:
        return None
    document = json.loads(got[1])
    for s in strings(document):
        if s.startswith("/"):
            inside(s, url, where, "JSON link")
    return document


def html_links(url, where, headers=None):
    got = answer(url, where, "text/html", headers)
    if not got:
        return
    page = got[1].decode("utf-8")
    for attr, ref in re.findall(r'\b(href|src)="([^"]*)"', page):
        ref = html.unescape(ref)
        if ref.startswith("#"):
            continue
        inside(ref, url, where, f"{attr}=")


# 1. The JSON index and the dashboard (HTML) at the prefix's root.
json_links(root, "JSON index")
html_links(root, "dashboard", {"Accept": "text/html"})
html_links(root + "?lang=en", "dashboard (en)", {"Accept": "text/html"})
images = re.findall(r'<img[^>]*\bsrc="([^"]*)"', answer(root, "dashboard", None, {"Accept": "text/html"})[1].decode())
if not images:
    fail("dashboard: no chart image")
for ref in images:
    inside(html.unescape(ref), root, "dashboard", "chart image", "image/svg+xml")

# 2. Link next/prev of a page in the middle.
status, resp, _ = get(f"{root}talent/cities?limit=3&offset=3")
rels = dict((rel, ref) for ref, rel in re.findall(r'<([^>]*)>;\s*rel="([^"]*)"', ", ".join(resp.headers.get_all("Link") or [])))
if set(rels) != {"next", "prev"}:
    fail(f"Link of {root}talent/cities?limit=3&offset=3: {rels}")
for rel, ref in rels.items():
    inside(ref, f"{root}talent/cities?limit=3&offset=3", "paging", f"Link rel={rel}", "application/json")

# 3. /docs redirects inside; Swagger UI's page, its assets and its document URL.
status, resp, _ = get(f"{origin}{prefix}/docs")
docs = inside(resp.getheader("Location", ""), f"{origin}{prefix}/docs", f"{prefix}/docs ({status})", "redirect", fetch=False)
if status not in (301, 302, 303, 307, 308) or docs != f"{origin}{prefix}/docs/":
    fail(f"{prefix}/docs answered {status} to {docs}, expected a redirect to {prefix}/docs/")
html_links(f"{origin}{prefix}/docs/", "Swagger UI")
got = answer(f"{origin}{prefix}/docs/swagger-initializer.js", "Swagger UI initializer")
document_url = None
if got:
    m = re.search(r'"url"\s*:\s*"([^"]*)"', got[1].decode())
    if not m:
        fail("swagger-initializer.js names no document url")
    else:
        # Swagger UI fetches it relative to the page, /api/docs/.
        document_url = inside(m.group(1), f"{origin}{prefix}/docs/", "Swagger UI", "document url", fetch=False)
        if document_url != f"{origin}{prefix}/openapi.json":
            fail(f"Swagger UI loads {document_url}, expected {origin}{prefix}/openapi.json")

# 4. The OpenAPI servers, resolved against the document's URL, joined with every path.
spec_url = f"{origin}{prefix}/openapi.json"
got = answer(spec_url, "OpenAPI document", "application/json")
spec = json.loads(got[1]) if got else {"servers": [], "paths": {}}
servers = [s["url"] for s in spec.get("servers", [])]
if not servers:
    fail("the OpenAPI document has no servers")
for server in servers:
    server_url = inside(server, spec_url, "OpenAPI servers", "server", fetch=False)
    if not server_url:
        continue
    for path, ops in spec["paths"].items():
        target = path
        for param in ops.get("get", {}).get("parameters", []):
            if param["in"] == "path":
                schema = param.get("schema", {})
                sample = param.get("example") or (schema.get("examples") or [None])[0] or (schema.get("enum") or [None])[0]
                target = target.replace("{%s}" % param["name"], str(sample))
        # How clients join them: the server URL without its trailing slash, then the path.
        inside(server_url.rstrip("/") + target, server_url, "OpenAPI servers + paths", "operation")

# 5. The catalogue's hrefs; each report's Data Package and its resources' paths.
catalogue = json_links(f"{root}reports", "catalogue") or {}
for report in catalogue.get("data", []):
    package_url = f"{root}reports/{report['id']}/datapackage.json"
    package = json_links(package_url, f"Data Package {report['id']}") or {}
    if not package.get("resources"):
        fail(f"{package_url}: no resources")
    for resource in package.get("resources", []):
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        for ref in paths:
            inside(ref, package_url, f"Data Package {report['id']}", "resource path", "text/csv")

# 6. The redirects of the earlier forms and of a trailing slash.
for target, headers in [
    ("talent/cities/", None),
    ("talent/cities?format=csv", None),
    ("talent/education?shape=array", None),
    ("charts/talent-cities.svg", None),
    ("talent/cities", {"Accept": "text/csv"}),
]:
    status, resp, _ = get(root + target, headers)
    if status not in (303, 308):
        fail(f"{prefix}/{target}: answered {status}, expected a redirect")
        continue
    inside(resp.getheader("Location", ""), root + target, f"{prefix}/{target}", "redirect")

print(f"PREFIX_RESULT checked={checked} fetched={fetched} failures={len(failures)} "
      + " ".join(f"{k.replace(' ', '_')}={n}" for k, n in sorted(kinds.items())))
for f in failures[:40]:
    print(f"PREFIX_FAIL {f}")
EOF

log "check D: every URL written under $API_PREFIX/ (nginx, instances with BASE_PATH=$API_PREFIX)"
PREFIX_RC=0
python3 "$WORK/prefix_check.py" "$NGINX_PORT" "$API_PREFIX" >"$WORK/prefix.out" 2>&1 || PREFIX_RC=$?
PREFIX_LINE=$(grep '^PREFIX_RESULT' "$WORK/prefix.out" || true)
if [[ $PREFIX_RC != 0 || -z $PREFIX_LINE ]]; then
    fail "check D: the prefix check failed (exit $PREFIX_RC): $(tail -n 5 "$WORK/prefix.out")"
fi
while IFS= read -r line; do
    fail "check D: ${line#PREFIX_FAIL }"
done < <(grep '^PREFIX_FAIL' "$WORK/prefix.out" || true)
PREFIX_CHECKED=$(kv "$PREFIX_LINE" checked)
((${PREFIX_CHECKED:-0} > 100)) || fail "check D: only ${PREFIX_CHECKED:-0} URLs checked (the check would prove little)"
log "check D: $PREFIX_CHECKED URLs checked, $(kv "$PREFIX_LINE" fetched) requests, $(kv "$PREFIX_LINE" failures) failure(s)"
phase_done "check D (URLs under $API_PREFIX/)"

# Log lines of the instances at WARN or above (json logs), and how the stopped one ended.
INST_WARNINGS=0
for ((i = 1; i <= ALL_INSTANCES; i++)); do
    c=$(grep -Ec '"level":"(WARN|ERROR)"' "${INST_DIR[i]}/server.log" || true)
    INST_WARNINGS=$((INST_WARNINGS + c))
done
# Peak resident memory of the instances that kept running (Linux /proc).
PEAK_RSS=""
for ((i = 1; i <= INSTANCES; i++)); do
    [[ -n ${INST_PID[i]} && -r /proc/${INST_PID[i]}/status ]] || continue
    PEAK_RSS+="instance $i $(awk '/^VmHWM/ { printf "%.1f MB", $2 / 1024 }' "/proc/${INST_PID[i]}/status"); "
done
STOPPED_HOW=$(grep -o '"stopped":"[A-Za-z]*"' "${INST_DIR[STOP_INDEX]}/server.log" | tail -n1 || true)

# ------------------------------------------------------------- summary ---
TOTAL_US=$(($(now_us) - T0))
{
    echo
    echo "================ scale-out summary ================"
    echo "binary:     $BIN"
    echo "instances:  ${INSTANCES} at / (ports ${INST_PORT[*]:1:INSTANCES}), ${API_INSTANCES} under $API_PREFIX/ (ports ${INST_PORT[*]:INSTANCES+1}), one database each under $WORK/instance-N/"
    echo "databases:  $DB_SUMS distinct file checksum(s) across ${ALL_INSTANCES} separately seeded databases (informational)"
    echo "nginx:      127.0.0.1:$NGINX_PORT, max_fails=1 fail_timeout=5s, proxy_next_upstream error timeout http_502 http_503"
    echo
    echo "Check A: identical answers from every instance and through nginx"
    printf '  %-72s %-8s %-36s %-16s %s\n' "URL" "encoding" "ETag (all 4 equal)" "data_version" "body sha256"
    printf '%s\n' "${CHECK_A_ROWS[@]}"
    echo "  /ready data_version: $(echo "$READY_VERSIONS" | tr '\n' ' ')"
    echo "  $CHECK_A_COMPARISONS comparisons (incl. cross-instance If-None-Match -> 304), $CHECK_A_FAILS failure(s)"
    echo
    echo "Check B: SIGTERM to instance $STOP_INDEX after ${STOP_AFTER}s of a ${LOAD_SECONDS}s load"
    echo "  wrk:        $WRK_REQ requests, $WRK_OK x 200, $WRK_BAD non-200, $WRK_SOCK socket errors/timeouts ($(kv "$WRK_LINE" p99_ms) ms p99, $(kv "$WRK_LINE" max_ms) ms max)"
    echo "  sequential: $SEQ_REQ requests (new connection each), $SEQ_OK x 200, $SEQ_BAD non-200, $SEQ_ERR connection errors, $SEQ_ETAG ETag mismatches"
    echo "  nginx log:  $NGX_TOTAL requests, $NGX_BAD non-200 ($NGX_END499 x 499 from wrk closing at its deadline, not counted), $NGX_RETRIED retried on another instance"
    echo "              answered by (last upstream tried): $PER_UPSTREAM"
    echo "              instance $STOP_INDEX answered $NGX_STOPPED_BEFORE before SIGTERM, $NGX_STOPPED_AFTER after; $NGX_UPSTREAM_ERRORS upstream error line(s) in nginx's error.log"
    echo "  stopped instance: exit code $STOP_RC, ${STOP_MS} ms after SIGTERM, ${STOPPED_HOW:-no 'stopped' log line}"
    echo "  WARN/ERROR log lines across instances: $INST_WARNINGS"
    echo
    echo "Check C: client identity behind nginx"
    echo "  a client on $CHECK_C_CLIENT sending X-Forwarded-For: $CHECK_C_FORGED was logged as client $CHECK_C_SEEN (status $CHECK_C_STATUS)"
    echo "  peak RSS (VmHWM) after the load: ${PEAK_RSS:-n/a}"
    echo
    echo "Check D: every URL written under $API_PREFIX/ (3 instances with BASE_PATH=$API_PREFIX behind location $API_PREFIX/)"
    echo "  ${PREFIX_CHECKED:-0} URL references checked, $(kv "$PREFIX_LINE" fetched) requests through nginx, $(kv "$PREFIX_LINE" failures) failure(s)"
    echo "  by kind: $(tr ' ' '\n' <<<"$PREFIX_LINE" | grep -v -e PREFIX_RESULT -e '^checked=' -e '^fetched=' -e '^failures=' | tr '\n' ' ')"
    echo
    echo "Timings:"
    for k in "${!PHASE_NAMES[@]}"; do
        printf '  %-32s %6ss\n' "${PHASE_NAMES[k]}" "${PHASE_SECS[k]}"
    done
    printf '  %-32s %6s\n' "total" "$(printf '%d.%01ds' $((TOTAL_US / 1000000)) $(((TOTAL_US % 1000000) / 100000)))"
    echo
    if ((${#FAILURES[@]})); then
        echo "RESULT: FAIL (${#FAILURES[@]} problem(s))"
        printf '  - %s\n' "${FAILURES[@]}"
    else
        echo "RESULT: PASS: identical answers everywhere, no request lost while an instance stopped, every URL under $API_PREFIX/ stays inside it"
    fi
} >&2

((${#FAILURES[@]} == 0))
