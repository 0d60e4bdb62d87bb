#!/usr/bin/env bash
# Memory benchmark: the packaged service run as the container runs it (the Dockerfile's JVM options, -XX:MaxRAM at the
# pod's memory limit, one CPU) under the heaviest mix at once: STREAMS (4) concurrent bulk streams of LINES (300,000)
# administrations each, CHARTS (160) PNG charts of the largest size (two at a time), trends and FHIR $score requests.
# Prints the peak resident memory (the kernel's high-water mark, VmHWM, and the largest of samples every 0.2 s), the
# committed heap and non-heap at the end, and the headroom: the pod's limit must be at least 1.2 times the peak.
#
#   LIMIT_MIB=768 STREAMS=4 LINES=300000 CHARTS=160 JAVA=java
set -euo pipefail
source "$(dirname "$0")/lib.sh"

LIMIT_MIB=${LIMIT_MIB:-768}
STREAMS=${STREAMS:-4}
LINES=${LINES:-300000}
CHARTS=${CHARTS:-160}
JAVA=${JAVA:-java}
container_jvm_opts "$LIMIT_MIB"
JVM_OPTS=("${CONTAINER_JVM_OPTS[@]}")
TREND='{"administrations": [
  {"instrument": "phq9", "date": "2026-01-05", "phase": "baseline", "scores": {"total": 18}},
  {"instrument": "phq9", "date": "2026-02-02", "scores": {"total": 14}},
  {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}},
  {"instrument": "phq9", "date": "2026-04-06", "scores": {"total": 9}},
  {"instrument": "phq9", "date": "2026-05-04", "phase": "termination", "scores": {"total": 6}}]}'
FHIR='{"resourceType": "QuestionnaireResponse", "status": "completed",
  "questionnaire": "https://measura.example/fhir/Questionnaire/phq9", "item": [
  {"linkId": "1", "answer": [{"valueInteger": 2}]}, {"linkId": "2", "answer": [{"valueInteger": 2}]},
  {"linkId": "3", "answer": [{"valueInteger": 1}]}, {"linkId": "4", "answer": [{"valueInteger": 2}]},
  {"linkId": "5", "answer": [{"valueInteger": 1}]}, {"linkId": "6", "answer": [{"valueInteger": 1}]},
  {"linkId": "7", "answer": [{"valueInteger": 2}]}, {"linkId": "8", "answer": [{"valueInteger": 0}]},
  {"linkId": "9", "answer": [{"valueInteger": 1}]}]}'

ensure_jar
machine_note
log "JVM options: ${JVM_OPTS[*]}"
port_free || { log "Port $PORT is in use; set PORT=... to another free port."; exit 1; }
# The FHIR base is the one the QuestionnaireResponse below names, so that its $score is answered (not a 404).
"$JAVA" "${JVM_OPTS[@]}" -Dmeasura.auth.enabled=false -Dmeasura.rate-limit.requests-per-second=0 \
  -Dmeasura.fhir.base-url=https://measura.example/fhir -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
wait_ready
log "ready at $(rss_mib) MiB resident; starting the mix"

peak_file="$WORK/peak"
echo 0 >"$peak_file"
( while kill -0 "$SERVICE_PID" 2>/dev/null; do
    awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status" 2>/dev/null >>"$WORK/rss-samples" || true
    sleep 0.2
  done ) &
sampler=$!

pids=()
for s in $(seq "$STREAMS"); do
  ( python3 "$BENCH_DIR/ndjson_gen.py" scores "$LINES" \
      | curl -sS --fail -T - -X POST -H 'Content-Type: application/x-ndjson' "$BASE/bulk/scores" \
      | awk 'END {print NR}' >"$WORK/stream-$s" ) &
  pids+=($!)
done
for c in 1 2; do
  ( for i in $(seq $((CHARTS / 2))); do
      curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' -H 'Accept: image/png' \
        --data-binary "$TREND" "$BASE/trends/chart?width=2400&height=2400"
    done >"$WORK/charts-$c" ) &
  pids+=($!)
done
( for i in $(seq $((CHARTS * 5))); do
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' --data-binary "$TREND" \
      "$BASE/trends"
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/fhir+json' --data-binary "$FHIR" \
      "$BASE/fhir/QuestionnaireResponse/\$score"
  done >"$WORK/others" ) &
pids+=($!)
start=$SECONDS
for p in "${pids[@]}"; do wait "$p"; done
elapsed=$((SECONDS - start))

for s in $(seq "$STREAMS"); do
  [ "$(cat "$WORK/stream-$s")" -eq "$LINES" ] || { log "stream $s answered $(cat "$WORK/stream-$s") of $LINES lines"; exit 1; }
done
bad=$(cat "$WORK"/charts-* "$WORK/others" | grep -cv '^200$' || true)
[ "$bad" -eq 0 ] || log "warning: $bad chart, trend or FHIR answers were not 200 (e.g. $(grep -v '^200$' "$WORK"/charts-* "$WORK/others" | head -1))"

metric() {
  curl -s "$BASE/q/metrics" | awk -v name="$1" -v area="$2" \
    'index($0, name "{") == 1 && index($0, "area=\"" area "\"") {sum += $NF} END {printf "%.0f", sum / 1048576}'
}
heap_committed=$(metric jvm_memory_committed_bytes heap)
heap_max=$(metric jvm_memory_max_bytes heap)
nonheap_committed=$(metric jvm_memory_committed_bytes nonheap)
hwm=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status")
sampled=$(sort -n "$WORK/rss-samples" | tail -1)
kill "$sampler" 2>/dev/null || true

echo
echo "mix: $STREAMS bulk streams of $LINES lines, $CHARTS PNG charts (2400x2400, two at a time), $((CHARTS * 5)) trends and $((CHARTS * 5)) FHIR \$score, at once: ${elapsed} s"
echo "peak resident memory: ${hwm} MiB (VmHWM; largest 0.2 s sample ${sampled} MiB)"
echo "heap: committed ${heap_committed} MiB of at most ${heap_max} MiB; non-heap committed ${nonheap_committed} MiB"
awk -v p="$hwm" -v l="$LIMIT_MIB" 'BEGIN {printf "limit %d MiB: %.2f times the peak (at least 1.20 wanted); headroom %d MiB\n", l, l / p, l - p}'
machine_after
