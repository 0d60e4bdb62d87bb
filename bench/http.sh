#!/usr/bin/env bash
# HTTP benchmark: the packaged bench build (fixed 256 MiB heap, bench profile, rate limit off) on 127.0.0.1, driven by
# wrk, authentication on as deployed: an RS256 key pair made for the run, and the same bearer token on every request
# (AUTH=0 turns authentication off). Each pair is measured in the same run, alternating, ROUNDS times after a warm-up:
#   scoring    POST /instruments/phq9/scores          vs POST /bench/echo/minimal/scores (the body read into a record, each
#                                                        answer checked, their sum answered)
#   trend-100  POST /trends (100 PHQ-9 administrations, vs POST /bench/echo/tree (the same body read into a JSON tree
#              item responses, about 17 KB)             and written back: the cost of moving its bytes)
#   and      POST /bench/echo/stored/scores: read and checked as the minimal control, answered with the bytes scoring
#              answers to this body, stored (the same 861 bytes and headers): the ceiling the answer's size sets
# All controls verify the same token. For each round the ratio real/control is taken (for scoring also stored/control,
# the ceiling, and real/stored); the median of the rounds is the figure. Prints requests/s and client p50/p99 (wrk), the server's own p50/p99 (the http_server_requests histogram
# the bench profile publishes, as the upper bound of the bucket holding it) for every measurement, then the ratios.
# A last pass with one connection gives each request's own server time, and a trend's growth with its length
# (10, 50, 100 and 500 administrations: time per request relative to 50).
# Environment: PORT (18080), DURATION seconds per measurement (5), WARMUP seconds per endpoint (10), WARMUP_PASSES (4), ROUNDS (9),
# CONNECTIONS (32), THREADS (2), ONLY (a pair's name, scoring or trend-100), GROWTH (1; 0 skips the growth pass),
# AUTH (1), JVM_OPTS (extra JVM options for the service, e.g. a flight recording).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-5}
WARMUP=${WARMUP:-10}
WARMUP_PASSES=${WARMUP_PASSES:-4}
ROUNDS=${ROUNDS:-9}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
GROWTH=${GROWTH:-1}

prepare_requests
# shellcheck disable=SC2086
start_service -Xms256m -Xmx256m ${JVM_OPTS:-}
wait_ready

# run NAME PATH BODY SECONDS URI: one wrk run; prints its RESULT line with the server-side figures appended.
run() {
  local path=$2 body=$3 seconds=$4 uri=$5
  curl -fs "$BASE/q/metrics" >"$WORK/before.prom"
  BODY="$WORK/$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "$BENCH_DIR/post.lua" \
    "$BASE$path" >"$WORK/wrk.out" 2>&1 || true
  local result
  result=$(grep '^RESULT' "$WORK/wrk.out" || true)
  [ -n "$result" ] || { log "$1: wrk gave no result:"; cat "$WORK/wrk.out" >&2; exit 1; }
  curl -fs "$BASE/q/metrics" >"$WORK/after.prom"
  case "$result" in
    *"non2xx=0 socket_errors=0"*) ;;
    *) log "$1: errors: $result"; exit 1 ;;
  esac
  echo "$result $(python3 "$BENCH_DIR/http_tools.py" server-time "$WORK/before.prom" "$WORK/after.prom" "$uri")"
}

# name|path|uri|control path|control uri|body[|stored-answer control path|its uri]
PAIRS=(
  "scoring|/instruments/phq9/scores|/instruments/{id}/scores|/bench/echo/minimal/scores|/bench/echo/minimal/scores|phq9.json|/bench/echo/stored/scores|/bench/echo/stored/scores"
  "trend-100|/trends|/trends|/bench/echo/tree|/bench/echo/tree|trend100.json"
)
if [ -n "${ONLY:-}" ]; then
  kept=()
  for pair in "${PAIRS[@]}"; do [[ $pair == "$ONLY|"* ]] && kept+=("$pair"); done
  PAIRS=("${kept[@]}")
fi

echo "authentication: $([ -n "${TOKEN:-}" ] && echo "on, one RS256 bearer token on every request" || echo off)"
# The JIT recompiles the shared request path once it has seen every endpoint of a pair (the first pass leaves the
# first measured round of scoring about a quarter slower: bench/cpu.sh counted the compiler threads' CPU there), so the
# warm-up alternates over the endpoints WARMUP_PASSES times, as the rounds do. On a slower machine two passes still
# left the JVM warming through the rounds; and the machine's own speed drifts by a tenth or more within minutes, so
# nine rounds give the median a margin that five did not (docs/performance.md).
echo "warming up (${WARMUP_PASSES} passes of ${WARMUP}s per endpoint) ..."
for pass in $(seq "$WARMUP_PASSES"); do
  for pair in "${PAIRS[@]}"; do
    IFS='|' read -r name path uri cpath curi body spath suri <<<"$pair"
    run "$name" "$path" "$body" "$WARMUP" "$uri" >/dev/null
    run "$name-control" "$cpath" "$body" "$WARMUP" "$curi" >/dev/null
    [ -z "$spath" ] || run "$name-stored" "$spath" "$body" "$WARMUP" "$suri" >/dev/null
  done
done
ratio() { awk -v a="$(field rps "$1")" -v b="$(field rps "$2")" 'BEGIN {printf "%.3f", a / b}'; }

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

printf '\n%-22s %10s %9s %9s %10s %10s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "srv p50" "srv p99"
declare -A RATIOS
for round in $(seq "$ROUNDS"); do
  for pair in "${PAIRS[@]}"; do
    IFS='|' read -r name path uri cpath curi body spath suri <<<"$pair"
    real=$(run "$name" "$path" "$body" "$DURATION" "$uri")
    control=$(run "$name-control" "$cpath" "$body" "$DURATION" "$curi")
    kinds="real control"
    if [ -n "$spath" ]; then
      stored=$(run "$name-stored" "$spath" "$body" "$DURATION" "$suri")
      kinds+=" stored"
    fi
    for kind in $kinds; do
      r=${!kind}
      label=$name; [ $kind = real ] || label="$name $kind"
      printf '%-22s %10s %9s %9s %10s %10s\n' "$label (r$round)" "$(field rps "$r")" "$(field p50_ms "$r")" \
        "$(field p99_ms "$r")" "$(field server_p50_ms "$r")" "$(field server_p99_ms "$r")"
    done
    RATIOS[$name]+="$(ratio "$real" "$control") "
    if [ -n "$spath" ]; then
      RATIOS[$name-ceiling]+="$(ratio "$stored" "$control") "
      RATIOS[$name-of-ceiling]+="$(ratio "$real" "$stored") "
    fi
  done
done

if [ "$GROWTH" != 0 ]; then
  printf '\nOne connection (no queueing): server time per request\n%-22s %10s %10s %10s\n' "endpoint" "req/s" \
    "srv p50" "srv p99"
  declare -A ONE
  single=("${PAIRS[@]}")
  if [[ " ${PAIRS[*]}" == *" trend-100|"* ]]; then
    for n in 10 50 500; do single+=("trend-$n|/trends|/trends|||trend$n.json"); done
  fi
  for pair in "${single[@]}"; do
    IFS='|' read -r name path uri _ _ body _ <<<"$pair"
    r=$(CONNECTIONS=1 THREADS=1 run "$name" "$path" "$body" "$DURATION" "$uri")
    ONE[$name]=$(field rps "$r")
    printf '%-22s %10s %10s %10s\n' "$name" "$(field rps "$r")" "$(field server_p50_ms "$r")" \
      "$(field server_p99_ms "$r")"
  done
  if [ -n "${ONE[trend-500]:-}" ]; then
    awk -v a="${ONE[trend-50]}" -v b="${ONE[trend-500]}" 'BEGIN {printf "growth: a trend of 500 takes %.1f times as long as one of 50 (one connection; 10 = linear)\n", a / b}'
  fi
fi

echo
for pair in "${PAIRS[@]}"; do
  IFS='|' read -r name _ _ _ _ _ spath _ <<<"$pair"
  what=("$name|ratio to its control")
  [ -z "$spath" ] || what+=("$name-ceiling|stored answer to the minimal control (the ceiling)" \
    "$name-of-ceiling|ratio to the stored answer")
  for w in "${what[@]}"; do
    IFS='|' read -r key text <<<"$w"
    python3 -c 'import statistics, sys
r = [float(x) for x in sys.argv[3].split()]
rounds = ", ".join("%.2f" % x for x in r)
print("%-10s %s, median of %d alternating rounds: %.2f (rounds %s)"
      % (sys.argv[1], sys.argv[2], len(r), statistics.median(r), rounds))' "$name" "$text" "${RATIOS[$key]}"
  done
done
machine_after
