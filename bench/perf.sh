#!/usr/bin/env bash
# What PHQ-9 scoring costs beyond its controls, as Linux perf samples it: the kernel, the JVM's own code and every
# compiled Java method, which Java Flight Recorder (bench/profile.sh) does not see. The bench build runs with frame
# pointers kept (authentication on, one RS256 token, as bench/http.sh), three alternating warm-up passes, then
# `perf record` covers one wrk run (32 connections) of each of scoring, the stored answer and the minimal control;
# `jcmd Compiler.perfmap` names the compiled methods. bench/perf_breakdown.py prints samples per 1,000 requests by
# package (inlined callees count for the method they were compiled into). Recordings stay in target/perf/.
# Needs perf (Debian: linux-perf) and the right to sample the service (root, or kernel.perf_event_paranoid <= 1).
# Environment: PORT, SECONDS_PER (10), WARMUP (8), CONNECTIONS (32), THREADS (2), JVM_OPTS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_PER=${SECONDS_PER:-10}
WARMUP=${WARMUP:-8}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT="$ROOT/target/perf"
command -v perf >/dev/null || { log "perf is not installed (Debian: apt-get install linux-perf)."; exit 1; }
mkdir -p "$OUT"

prepare_requests
# shellcheck disable=SC2086
start_service -Xms256m -Xmx256m -XX:+PreserveFramePointer ${JVM_OPTS:-}
wait_ready

load() { BODY="$WORK/phq9.json" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" -s "$BENCH_DIR/post.lua" "$BASE$1" \
  | grep '^RESULT'; }
REQUESTS=("scoring|/instruments/phq9/scores" "stored|/bench/echo/stored/scores" "minimal|/bench/echo/minimal/scores")
for pass in 1 2 3; do
  for request in "${REQUESTS[@]}"; do load "${request#*|}" "$WARMUP" >/dev/null; done
done
COUNTS=()
for request in "${REQUESTS[@]}"; do
  IFS='|' read -r name path <<<"$request"
  perf record -q -F 1999 -g -p "$SERVICE_PID" -o "$OUT/$name.data" -- sleep "$SECONDS_PER" >/dev/null 2>&1 &
  recorder=$!
  result=$(load "$path" "$SECONDS_PER")
  wait "$recorder" || true
  echo "== $name: $result"
  COUNTS+=("$name=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")")
done
jcmd "$SERVICE_PID" Compiler.perfmap >/dev/null
for request in "${REQUESTS[@]}"; do
  name=${request%%|*}
  perf report -i "$OUT/$name.data" --no-children --sort sym -g none -n --stdio 2>/dev/null >"$OUT/$name.txt"
done
python3 "$BENCH_DIR/perf_breakdown.py" "$OUT" "${COUNTS[@]}"
machine_after
