#!/usr/bin/env bash
# CPU per request, as the kernel counts it: for PHQ-9 scoring and its control (and, with TRENDS=1, a trend of 100 and
# its control), the microseconds of CPU per request spent by the service's event-loop threads (user+system), its GC
# and JIT compiler threads, and by wrk itself, read from /proc before and after each wrk run (authentication on, one
# RS256 token, 32 connections, as bench/http.sh). Java Flight Recorder sees only the Java frames of the event loop;
# this shows the whole cost a ratio in bench/http.sh is made of, the kernel's part of sending and receiving included.
# scoring-stored is the control that answers scoring's own bytes, stored (bench/http.sh's ceiling).
# Environment: PORT, DURATION (5), WARMUP (8), REPS (2), TRENDS (0), JVM_OPTS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

prepare_requests
# shellcheck disable=SC2086
start_service -Xms256m -Xmx256m ${JVM_OPTS:-}
wait_ready
TICKS=$(getconf CLK_TCK)

# Per thread group: user and system clock ticks of the service's threads.
ticks() {
  for task in /proc/"$SERVICE_PID"/task/*; do
    printf '%s %s\n' "$(tr ' ' '_' <"$task/comm")" "$(cut -d')' -f2 "$task/stat" | awk '{print $12, $13}')"
  done | awk '{g = "other"; if ($1 ~ /vert.x-ev/) g = "event-loop"; else if ($1 ~ /GC_|G1/) g = "gc";
               else if ($1 ~ /C[12]_Comp/) g = "jit"; u[g] += $2; s[g] += $3}
              END {for (g in u) print g, u[g], s[g]}' | sort
}
load() {
  /usr/bin/time -f "WRK %U %S" env BODY="$WORK/$2" wrk -t2 -c32 -d"${3}s" -s "$BENCH_DIR/post.lua" "$BASE$1" 2>&1 \
    | grep -E '^(RESULT|WRK)'
}

ENDPOINTS=("scoring|/instruments/phq9/scores|phq9.json" "scoring-control|/bench/echo/minimal/scores|phq9.json"
  "scoring-stored|/bench/echo/stored/scores|phq9.json")
[ "${TRENDS:-0}" = 0 ] || ENDPOINTS+=("trend-100|/trends|trend100.json" "trend-100-control|/bench/echo/tree|trend100.json")
echo "microseconds of CPU per request, user+system"
for rep in $(seq "${REPS:-2}"); do
  for endpoint in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path body <<<"$endpoint"
    load "$path" "$body" "${WARMUP:-8}" >/dev/null
    ticks >"$WORK/before"
    out=$(load "$path" "$body" "${DURATION:-5}")
    ticks >"$WORK/after"
    requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$out")
    printf '%-18s %8s req/s ' "$name" "$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$out")"
    join "$WORK/before" "$WORK/after" | awk -v r="$requests" -v t="$TICKS" \
      '{printf " %s %.1f+%.1f", $1, ($4 - $2) / t * 1e6 / r, ($5 - $3) / t * 1e6 / r}'
    awk -v r="$requests" '/^WRK/ {printf "  wrk %.1f+%.1f\n", $2 * 1e6 / r, $3 * 1e6 / r}' <<<"$out"
  done
done
machine_after
