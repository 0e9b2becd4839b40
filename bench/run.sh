#!/usr/bin/env bash
# Load benchmark of talent-trends-api against the ceiling of an empty axum
# handler (examples/ceiling.rs) answering a constant body of the same size as
# /talent/cities. Both servers run in the same run, each pinned to CPU 0; wrk
# runs pinned to CPU 1 with 64 connections. See BENCHMARKS.md for the method.
#
# Usage: bench/run.sh   (DURATION=10 WARMUP=3 CONNECTIONS=64 REPEAT=3 to change;
#                       BIN=path to bench another binary; ONLY=cities,heat-index
#                       for some scenarios and the ceiling)
# Each scenario is measured REPEAT times, interleaved round by round with the
# ceiling; the table shows the run with the median requests/s.
# PAIRED=1 (on a shared machine): the ceiling is also measured right before
# each scenario, and a column shows the median of those paired ratios, which
# drifts in the machine's capacity between the two runs cannot skew; the
# verdict then uses it. Twice as long.
# Results: printed, and written to target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
REPEAT=${REPEAT:-3}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-64}
PAIRED=${PAIRED:-0}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
OUT=target/bench
mkdir -p "$OUT"

source bench/common.sh
ensure_wrk
if ! command -v taskset >/dev/null; then
  echo "taskset is missing (Debian package util-linux)" >&2; exit 1
fi
if [ "$(nproc)" -lt 2 ]; then
  echo "note: fewer than 2 CPUs; server and load generator share a core" >&2
  LOAD_CPU=$SERVER_CPU
fi

echo "building release binaries..." >&2
cargo build --release --quiet --bin talent-trends-api --example ceiling
BIN=${BIN:-target/release/talent-trends-api}
CEILING=target/release/examples/ceiling

WORK=$(mktemp -d /tmp/talent-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM


# --- start-up times (before any load) ---------------------------------------
echo "measuring start-up..." >&2
read -r FRESH_MEDIAN FRESH_MAX < <(python3 bench/startup.py "$BIN" "$WORK/startup.db" 5 --fresh)
read -r WARM_MEDIAN WARM_MAX < <(python3 bench/startup.py "$BIN" "$WORK/startup.db" 10)

# --- servers ----------------------------------------------------------------
PORT=$(free_port)
# Every default but the rate limit: wrk sends everything from one address, so
# the limit is set where it never binds. It stays on (every request pays its
# check), so the table shows what the defences cost. (BENCH_RATE_LIMIT=0
# benches with it off, as binaries before issue 12 ran by default.)
# MAX_CONNECTIONS_PER_CLIENT=0 likewise: wrk's $CONNECTIONS connections (64,
# the default per-client cap, plus curl) all come from one address.
BENCH_RATE_LIMIT=${BENCH_RATE_LIMIT:-100000000}
DATABASE_URL="sqlite://$WORK/talent.db" BIND_ADDR="127.0.0.1:$PORT" \
  RATE_LIMIT=$BENCH_RATE_LIMIT RATE_LIMIT_BURST=100000000 MAX_CONNECTIONS_PER_CLIENT=0 \
  taskset -c "$SERVER_CPU" "$BIN" >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!; PIDS+=("$SERVICE_PID")
BASE="http://127.0.0.1:$PORT"
wait_for "$BASE/health"

BODY_BYTES=$(curl -fs "$BASE/talent/cities" | wc -c)
CEILING_PORT=$(free_port)
taskset -c "$SERVER_CPU" "$CEILING" "127.0.0.1:$CEILING_PORT" "$BODY_BYTES" >"$OUT/ceiling.log" 2>&1 &
PIDS+=("$!")
wait_for "http://127.0.0.1:$CEILING_PORT/"
# A second ceiling with the body size of /heat-index, for reference only.
HEAT_BYTES=$(curl -fs "$BASE/heat-index" | wc -c)
HEAT_CEILING_PORT=$(free_port)
taskset -c "$SERVER_CPU" "$CEILING" "127.0.0.1:$HEAT_CEILING_PORT" "$HEAT_BYTES" >"$OUT/ceiling-heat.log" 2>&1 &
PIDS+=("$!")
wait_for "http://127.0.0.1:$HEAT_CEILING_PORT/"

# A third with the body size of /talent.db, the largest download, for reference.
DB_BYTES=$(curl -fs "$BASE/talent.db" | wc -c)
DB_CEILING_PORT=$(free_port)
taskset -c "$SERVER_CPU" "$CEILING" "127.0.0.1:$DB_CEILING_PORT" "$DB_BYTES" >"$OUT/ceiling-db.log" 2>&1 &
PIDS+=("$!")
wait_for "http://127.0.0.1:$DB_CEILING_PORT/"
REPORT=maimai-aigc-talent-2023

ETAG=$(curl -fsI "$BASE/talent/cities" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# --- load -------------------------------------------------------------------
# run NAME URL [HEADER]: warm-up, then the measured run; prints "rps p50 p99".
run() {
  local url=$2 header=${3:-}
  local args=(-t1 "-c$CONNECTIONS" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  taskset -c "$LOAD_CPU" wrk "${args[@]}" -d"${WARMUP}s" "$url" >/dev/null
  local report
  report=$(taskset -c "$LOAD_CPU" wrk "${args[@]}" -d"${DURATION}s" "$url")
  echo "$report" >"$OUT/wrk-$1.txt"
  if echo "$report" | grep -q "Non-2xx or 3xx"; then
    echo "$1: non-2xx/3xx answers during the run" >&2; echo "$report" >&2; exit 1
  fi
  local rps p50 p99
  rps=$(echo "$report" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$report" | awk '$1=="50%"{print $2}')
  p99=$(echo "$report" | awk '$1=="99%"{print $2}')
  echo "$rps $p50 $p99"
}

declare -A TARGET=(
  [ceiling]="" [ceiling-heat-size]=""
  [cities]="0.85" [heat-index]="0.85" [ages-compare]="0.85"
  [filtered-sorted]="0.60" [csv]="0.60" [revalidation-304]="0.90"
  [package-csv]="0.60" [datapackage-json]="" [datapackage-zip]="" [talent-db]="" [talent-db-gzip]=""
  [ceiling-db-size]=""
)
SCENARIOS=(ceiling cities heat-index ages-compare filtered-sorted csv revalidation-304 ceiling-heat-size
  package-csv datapackage-json datapackage-zip talent-db talent-db-gzip ceiling-db-size)
# ONLY=cities,heat-index: those scenarios (and the ceiling) only.
if [ -n "${ONLY:-}" ]; then
  KEPT=(ceiling)
  for name in "${SCENARIOS[@]}"; do
    [ "$name" != ceiling ] && [[ ",$ONLY," == *",$name,"* ]] && KEPT+=("$name")
  done
  SCENARIOS=("${KEPT[@]}")
fi
declare -A URL=(
  [ceiling]="http://127.0.0.1:$CEILING_PORT/"
  [ceiling-heat-size]="http://127.0.0.1:$HEAT_CEILING_PORT/"
  [cities]="$BASE/talent/cities"
  [heat-index]="$BASE/heat-index"
  [ages-compare]="$BASE/talent/ages/comparison?first=aigc&second=internet"
  [filtered-sorted]="$BASE/talent/cities?min_share=2&sort=-share_pct,city_en"
  [csv]="$BASE/talent/cities.csv"
  [revalidation-304]="$BASE/talent/cities"
  [package-csv]="$BASE/reports/$REPORT/data/talent-cities.csv"
  [datapackage-json]="$BASE/reports/$REPORT/datapackage.json"
  [datapackage-zip]="$BASE/reports/$REPORT/datapackage.zip"
  [talent-db]="$BASE/talent.db"
  [talent-db-gzip]="$BASE/talent.db"
  [ceiling-db-size]="http://127.0.0.1:$DB_CEILING_PORT/"
)
# (Since one endpoint per representation, `?compare=`, `Accept: text/csv` and
# `?fields=` on a JSON path answer redirects or a 400; the scenarios use the
# endpoints that serve them now.)
declare -A HEADER=(
  [revalidation-304]="If-None-Match: $ETAG"
  [datapackage-json]="Accept-Encoding: gzip"
  [talent-db-gzip]="Accept-Encoding: gzip"
)

declare -A RUNS PAIRS
for round in $(seq "$REPEAT"); do
  for name in "${SCENARIOS[@]}"; do
    if [ "$PAIRED" = 1 ] && [ -n "${TARGET[$name]}" ]; then
      echo "load: ceiling before $name (round $round of $REPEAT)..." >&2
      read -r pair_ceiling _ _ < <(run "ceiling-before-$name" "${URL[ceiling]}")
    fi
    echo "load: $name (round $round of $REPEAT)..." >&2
    measured=$(run "$name" "${URL[$name]}" "${HEADER[$name]:-}")
    RUNS[$name]+="$measured"$'\n'
    if [ "$PAIRED" = 1 ] && [ -n "${TARGET[$name]}" ]; then
      read -r rps _ _ <<<"$measured"
      PAIRS[$name]+="$(python3 -c "print(f'{$rps/$pair_ceiling:.4f}')")"$'\n'
    fi
  done
done
# The run with the median requests/s of each scenario.
declare -A RESULT
for name in "${SCENARIOS[@]}"; do
  RESULT[$name]=$(printf '%s' "${RUNS[$name]}" | sort -n -k1,1 | awk -v n="$REPEAT" 'NR==int((n+1)/2)')
done

PEAK_RSS_KB=$(awk '/VmHWM/{print $2}' "/proc/$SERVICE_PID/status")
BINARY_BYTES=$(stat -c %s "$BIN")
read -r CEILING_RPS _ _ <<<"${RESULT[ceiling]}"

{
  echo "## Results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
  echo
  echo "wrk: 1 thread, $CONNECTIONS connections, ${WARMUP} s warm-up then ${DURATION} s measured, median of $REPEAT rounds; server on CPU $SERVER_CPU, wrk on CPU $LOAD_CPU."
  echo "Ceiling: examples/ceiling.rs answering a constant $BODY_BYTES-byte JSON body (the size of /talent/cities)."
  echo "ceiling-heat-size: the same server with a $HEAT_BYTES-byte body (the size of /heat-index), for reference."
  echo "Downloads (issue 16): package-csv is /reports/$REPORT/data/talent-cities.csv; datapackage-json the descriptor,"
  echo "gzip-encoded; datapackage-zip the zip; talent-db the $DB_BYTES-byte database as is, talent-db-gzip its gzip encoding"
  echo "(made once per data snapshot). Their ratios to the 2.4 KB ceiling measure body size more than the service;"
  echo "ceiling-db-size is the ceiling server with a $DB_BYTES-byte body, the reference for talent-db."
  echo
  if [ "$PAIRED" = 1 ]; then
    echo "Paired: the ceiling measured again right before each run of each scenario; the paired ratio is the median over the rounds of (scenario / that ceiling), and decides the target."
    echo
    echo "| Scenario | Requests/s | p50 | p99 | Ratio to ceiling | Paired ratio (median) | Target |"
    echo "|---|---:|---:|---:|---:|---:|---|"
  else
    echo "| Scenario | Requests/s | p50 | p99 | Ratio to ceiling | Target |"
    echo "|---|---:|---:|---:|---:|---|"
  fi
  for name in "${SCENARIOS[@]}"; do
    read -r rps p50 p99 <<<"${RESULT[$name]}"
    ratio=$(python3 -c "print(f'{$rps/$CEILING_RPS:.2f}')")
    decisive=$ratio
    paired=""
    if [ "$PAIRED" = 1 ] && [ -n "${PAIRS[$name]:-}" ]; then
      paired=$(printf '%s' "${PAIRS[$name]}" | python3 -c 'import sys, statistics; print(f"{statistics.median(float(l) for l in sys.stdin if l.strip()):.2f}")')
      decisive=$paired
    fi
    target=${TARGET[$name]}
    verdict=""
    if [ -n "$target" ]; then
      verdict=$(python3 -c "print('≥ $target ' + ('met' if $decisive >= $target else 'MISSED'))")
    fi
    if [ "$PAIRED" = 1 ]; then
      echo "| $name | $rps | $p50 | $p99 | $ratio | $paired | $verdict |"
    else
      echo "| $name | $rps | $p50 | $p99 | $ratio | $verdict |"
    fi
  done
  echo
  echo "| Measure | Value | Target |"
  echo "|---|---:|---|"
  echo "| Peak RSS under load (VmHWM) | $((PEAK_RSS_KB / 1024)) MB ($PEAK_RSS_KB kB) | < 40 MB |"
  echo "| Start to first 200, existing database (median / max of 10) | $WARM_MEDIAN / $WARM_MAX ms | < 150 ms |"
  echo "| Start to first 200, first-ever start (median / max of 5) | $FRESH_MEDIAN / $FRESH_MAX ms | < 500 ms |"
  echo "| Release binary size | $((BINARY_BYTES / 1024 / 1024)) MB ($BINARY_BYTES bytes) | |"
} | tee "$OUT/results.md"
