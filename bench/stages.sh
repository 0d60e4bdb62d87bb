#!/usr/bin/env bash
# Where PHQ-9 scoring's cost beyond its control lies, by stage: the bench build (as bench/http.sh runs it,
# authentication on, one RS256 token, 32 connections) driven at each of these in alternating rounds after a warm-up,
# each request/s given as a ratio to the minimal control of the same round:
#   minimal  /bench/echo/minimal/scores       the body read into a small record, its sum answered (10 bytes)
#   stored   /bench/echo/stored/scores        read as minimal, answered with scoring's own 861 bytes, stored
#   read     /bench/echo/stages/read/phq9     the body read as scoring reads it (ScoreRequest), the stored bytes
#   score    /bench/echo/stages/score/phq9    read and scored (the result dropped), the stored bytes
#   write    /bench/echo/stages/write/phq9    read as minimal, the same score answer written by the service's writer
#   scoring  /instruments/phq9/scores         all of it
# Environment: PORT, DURATION (5), WARMUP (6), WARMUP_PASSES (2), ROUNDS (3), CONNECTIONS (32), THREADS (2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-5}
WARMUP=${WARMUP:-6}
WARMUP_PASSES=${WARMUP_PASSES:-2}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

AUTH=1 prepare_requests
start_service -Xms256m -Xmx256m
wait_ready

STAGES=("minimal|/bench/echo/minimal/scores" "stored|/bench/echo/stored/scores" "read|/bench/echo/stages/read/phq9"
  "score|/bench/echo/stages/score/phq9" "write|/bench/echo/stages/write/phq9" "scoring|/instruments/phq9/scores")
rps() {
  local result
  result=$(BODY="$WORK/phq9.json" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" -s "$BENCH_DIR/post.lua" "$BASE$1" \
    | grep '^RESULT' || true)
  case "$result" in
    *"non2xx=0 socket_errors=0"*) sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$result" ;;
    *) log "$1: wrk failed or saw errors: $result"; exit 1 ;;
  esac
}
# Alternating passes, as bench/http.sh warms up: after one pass the JIT is still recompiling the shared path.
echo "warming up (${WARMUP_PASSES} passes of ${WARMUP}s per endpoint) ..."
for pass in $(seq "$WARMUP_PASSES"); do
  for stage in "${STAGES[@]}"; do rps "${stage#*|}" "$WARMUP" >/dev/null; done
done
: >"$WORK/rounds"
for round in $(seq "$ROUNDS"); do
  for stage in "${STAGES[@]}"; do
    echo "$round ${stage%%|*} $(rps "${stage#*|}" "$DURATION")" >>"$WORK/rounds"
  done
done
python3 - "$WORK/rounds" <<'PY'
import collections, statistics, sys
rounds = collections.defaultdict(dict)
order = []
for line in open(sys.argv[1]):
    r, name, rps = line.split()
    rounds[r][name] = float(rps)
    if name not in order:
        order.append(name)
print("%-8s %12s  %s" % ("stage", "median req/s", "ratio to minimal, median (rounds)"))
for name in order:
    each = [rounds[r][name] / rounds[r]["minimal"] for r in rounds]
    print("%-8s %12.0f  %.2f (%s)" % (name, statistics.median(rounds[r][name] for r in rounds),
                                       statistics.median(each), ", ".join("%.2f" % x for x in each)))
PY
machine_after
