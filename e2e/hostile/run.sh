#!/usr/bin/env bash
# Hostile-client suite: replays attacks from outside against the release
# binary and asserts numbers (memory, /metrics size, latency of a normal
# client, log volume, Retry-After, file descriptors, exit codes).
#
#   bash e2e/hostile/run.sh
#   HOSTILE_ONLY=methods,connections bash e2e/hostile/run.sh
#
# Environment:
#   HOSTILE_ONLY            comma-separated families: settings, methods,
#                           connections, amplification, logs, rate_limit,
#                           signals, paths, limits (default: all)
#   HOSTILE_SKIP_BUILD=1    do not run cargo build (use the binary as it is)
#   HOSTILE_BINARY          binary to attack (default target/release/talent-trends-api)
#   HOSTILE_OUT             results folder (default target/hostile)
#   HOSTILE_TIMEOUT         seconds before the whole suite is stopped (default 600)
#
# Needs only python3 (standard library) and cargo. Results: target/hostile/
# results.md and results.json. Exit status: 0 all checks passed, 1 a check
# failed, 2 the suite could not run, 124 the suite ran over HOSTILE_TIMEOUT.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

command -v python3 >/dev/null || { echo "[hostile] python3 is not installed" >&2; exit 2; }
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' \
    || { echo "[hostile] python3 >= 3.9 is needed" >&2; exit 2; }

if [[ "${HOSTILE_SKIP_BUILD:-0}" != 1 ]]; then
    echo "[hostile] cargo build --release"
    (cd "$repo" && cargo build --release --quiet)
fi

started=$SECONDS
status=0
# --foreground: Ctrl-C reaches python3, which stops every server it started;
# on timeout python3 gets SIGTERM and does the same (-k: SIGKILL 15 s later).
PYTHONDONTWRITEBYTECODE=1 timeout --foreground -k 15 "${HOSTILE_TIMEOUT:-600}" \
    python3 "$here/hostile.py" || status=$?
echo "[hostile] finished in $((SECONDS - started)) s with status $status"
exit "$status"
