#!/usr/bin/env bash
# Start-up benchmark: the packaged service (fixed 256 MiB heap, auth off) on 127.0.0.1, started RUNS times (3)
# without and with an AppCDS archive (the JDK's dynamic class-data sharing: one training run writes the archive with
# -XX:ArchiveClassesAtExit, later runs map it with -XX:SharedArchiveFile). For each start: milliseconds from launching
# java to the first successful PHQ-9 score and to ready (/q/health/ready), and the resident memory (RSS) then;
# after the last start of each kind, RSS after LOAD_SECONDS (15) of wrk load on the scoring endpoint.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-15}
HEAP=(-Xms256m -Xmx256m)
ARCHIVE="$WORK/app-cds.jsa"
SCORE='{"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}'

ensure_jar
ensure_wrk
python3 "$BENCH_DIR/http_tools.py" bodies "$WORK"
machine_note

now_ms() { date +%s%3N; }

# measure [JVM options]: one start, left running; sets FIRST and READY (ms since launch) and RSS (MiB).
measure() {
  local t0 deadline
  t0=$(now_ms)
  start_service "${HEAP[@]}" "$@"
  deadline=$((SECONDS + 90))
  until curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d "$SCORE" \
    "$BASE/instruments/phq9/scores"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$WORK/service.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { log "no successful score within 90 s"; exit 1; }
    sleep 0.02
  done
  FIRST=$(($(now_ms) - t0))
  RSS=$(rss_mib)
  until curl -fs -o /dev/null "$BASE/q/health/ready"; do sleep 0.02; done
  READY=$(($(now_ms) - t0))
}

load_rss() {
  BODY="$WORK/phq9.json" wrk -t1 -c16 -d"${LOAD_SECONDS}s" -s "$BENCH_DIR/post.lua" \
    "$BASE/instruments/phq9/scores" >/dev/null
  rss_mib
}

log "Training run for the AppCDS archive ..."
start_service "${HEAP[@]}" "-XX:ArchiveClassesAtExit=$ARCHIVE"
wait_ready
BODY="$WORK/phq9.json" wrk -t1 -c4 -d3s -s "$BENCH_DIR/post.lua" "$BASE/instruments/phq9/scores" >/dev/null
BODY="$WORK/trend20.json" wrk -t1 -c4 -d3s -s "$BENCH_DIR/post.lua" "$BASE/trends" >/dev/null
stop_service
[ -s "$ARCHIVE" ] || { log "the JVM wrote no archive"; exit 1; }

printf '\n%-14s %4s %16s %10s %14s %15s\n' "start" "run" "first score ms" "ready ms" "RSS at start" "RSS after load"
for kind in plain appcds; do
  opts=()
  [ $kind = appcds ] && opts=("-XX:SharedArchiveFile=$ARCHIVE")
  firsts=()
  for run in $(seq "$RUNS"); do
    measure "${opts[@]}"
    firsts+=("$FIRST")
    after="-"
    [ "$run" -eq "$RUNS" ] && after=$(load_rss)
    printf '%-14s %4s %16s %10s %11s MiB %11s MiB\n' "$kind" "$run" "$FIRST" "$READY" "$RSS" "$after"
    stop_service
  done
  median=$(printf '%s\n' "${firsts[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$kind: median time to first successful score ${median} ms"
done
echo "archive size: $(du -m "$ARCHIVE" | cut -f1) MiB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
