#!/usr/bin/env bash
# HTTP benchmark: the packaged service (fixed 256 MiB heap, auth off, bench profile) on 127.0.0.1, driven by wrk.
# After a warm-up, each pair is measured in the same run, alternating, ROUNDS times:
#   PHQ-9 scoring   POST /instruments/phq9/scores   vs control POST /bench/echo/instruments/phq9/scores
#   trend of 20     POST /trends (20 PHQ-9 admin.)   vs control POST /bench/echo/trends (same body)
#   trend of 100    POST /trends (100 PHQ-9 admin.)  vs control POST /bench/echo/trends (same body)
# The control endpoints read the body exactly as the real ones do and send back what they read, without scoring.
# Prints requests/s and client-side p50/p99 (wrk), the server's own p50/p99 (from the http_server_requests
# histogram the bench profile publishes, as the upper bound of the bucket holding it) and the ratio real/control.
# Under full load both latencies are mostly queueing; a last pass with one connection gives each endpoint's server
# time per request on its own.
# Environment: PORT (18080), DURATION seconds per measurement (10), WARMUP seconds per endpoint (15), ROUNDS (3),
# CONNECTIONS (16), THREADS (1), ONLY (a pair's name, e.g. phq9-score, to run that pair alone).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}

ensure_jar
ensure_wrk
python3 "$BENCH_DIR/http_tools.py" bodies "$WORK"
machine_note
start_service -Xms256m -Xmx256m
wait_ready

# run NAME PATH BODY SECONDS: one wrk run; prints its RESULT line with the server-side figures appended.
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

PAIRS=(
  "phq9-score|/instruments/phq9/scores|/instruments/{id}/scores|/bench/echo/instruments/phq9/scores|/bench/echo/instruments/{id}/scores|phq9.json"
  "trend-20|/trends|/trends|/bench/echo/trends|/bench/echo/trends|trend20.json"
  "trend-100|/trends|/trends|/bench/echo/trends|/bench/echo/trends|trend100.json"
)

if [ -n "${ONLY:-}" ]; then
  kept=()
  for pair in "${PAIRS[@]}"; do [[ $pair == $ONLY* ]] && kept+=("$pair"); done
  PAIRS=("${kept[@]}")
fi

echo "warming up (${WARMUP}s per endpoint) ..."
for pair in "${PAIRS[@]}"; do
  IFS='|' read -r name path uri cpath curi body <<<"$pair"
  run "$name" "$path" "$body" "$WARMUP" "$uri" >/dev/null
  run "$name-control" "$cpath" "$body" "$WARMUP" "$curi" >/dev/null
done

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

printf '\n%-22s %10s %9s %9s %10s %10s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "srv p50" "srv p99"
declare -A SUM
for round in $(seq "$ROUNDS"); do
  for pair in "${PAIRS[@]}"; do
    IFS='|' read -r name path uri cpath curi body <<<"$pair"
    for kind in real control; do
      if [ $kind = real ]; then r=$(run "$name" "$path" "$body" "$DURATION" "$uri"); label=$name
      else r=$(run "$name-control" "$cpath" "$body" "$DURATION" "$curi"); label="$name control"; fi
      printf '%-22s %10s %9s %9s %10s %10s\n' "$label (r$round)" "$(field rps "$r")" "$(field p50_ms "$r")" \
        "$(field p99_ms "$r")" "$(field server_p50_ms "$r")" "$(field server_p99_ms "$r")"
      SUM[$name-$kind]=$(awk -v a="${SUM[$name-$kind]:-0}" -v b="$(field rps "$r")" 'BEGIN {print a + b}')
    done
  done
done

# Per-request cost without queueing: one connection, one request at a time.
printf '\nOne connection (no queueing): server time per request\n%-22s %10s %10s %10s\n' "endpoint" "req/s" "srv p50" "srv p99"
for pair in "${PAIRS[@]}"; do
  IFS='|' read -r name path uri cpath curi body <<<"$pair"
  r=$(CONNECTIONS=1 THREADS=1 run "$name" "$path" "$body" "$DURATION" "$uri")
  printf '%-22s %10s %10s %10s\n' "$name" "$(field rps "$r")" "$(field server_p50_ms "$r")" "$(field server_p99_ms "$r")"
done

echo
for pair in "${PAIRS[@]}"; do
  IFS='|' read -r name _ <<<"$pair"
  awk -v n="$name" -v r="${SUM[$name-real]}" -v c="${SUM[$name-control]}" -v k="$ROUNDS" \
    'BEGIN {printf "%-10s mean %9.0f req/s vs control %9.0f req/s: ratio %.2f\n", n, r / k, c / k, r / c}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
