#!/usr/bin/env bash
# Soak test: the packaged service on loopback with a fixed heap and authentication off, driven by wrk with a mix of
# scoring, batch and trend requests (bench/soak/mix.txt) at high concurrency for a bounded time. Prints requests,
# non-2xx answers (must be 0: every request in the mix is valid), p50/p99 latency, and the heap used after a full GC
# before and after the soak.
#
#   bench/soak.sh                      # 3 minutes, 64 connections
#   SOAK_SECONDS=60 SOAK_CONNECTIONS=128 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${SOAK_SECONDS:-180}
WARMUP=${SOAK_WARMUP_SECONDS:-20}
CONNECTIONS=${SOAK_CONNECTIONS:-64}
THREADS=${SOAK_THREADS:-2}
HEAP=${SOAK_HEAP:-256m}
JAR=target/quarkus-app/quarkus-run.jar
LOG=target/soak-service.log

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [ ! -f "$JAR" ]; then
  echo "Packaging the service"
  mvn -B -q package -DskipTests
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
command -v "$JCMD" >/dev/null 2>&1 || { echo "jcmd (part of the JDK) is needed to read the heap" >&2; exit 1; }

mkdir -p target
"$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 \
  -Dmeasura.auth.enabled=false -Dmeasura.rate-limit.requests-per-second=0 -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT

PORT=""
for _ in $(seq 1 300); do
  PORT=$(sed -n 's|.*Listening on: http://127.0.0.1:\([0-9]*\).*|\1|p' "$LOG" | head -1)
  [ -n "$PORT" ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.2
done
[ -n "$PORT" ] || { echo "the service did not start" >&2; exit 1; }
URL=http://127.0.0.1:$PORT
until curl -sf "$URL/q/health/ready" >/dev/null; do sleep 0.2; done

# Every request of the mix must succeed on its own before it is repeated.
grep -v '^#' bench/soak/mix.txt | while read -r _ path body; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$URL$path" -H 'Content-Type: application/json' \
    --data-binary "@bench/soak/$body")
  [ "$status" = 200 ] || { echo "$path with $body answered $status" >&2; exit 1; }
done

heap_after_gc() {
  "$JCMD" "$PID" GC.run >/dev/null
  sleep 1
  "$JCMD" "$PID" GC.run >/dev/null
  "$JCMD" "$PID" GC.heap_info | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1
}

echo "Load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "Warm-up: ${WARMUP}s"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/soak/soak.lua "$URL" -- "$PWD/bench/soak" \
  | grep '^SOAK' | sed 's/^SOAK/warm-up:/'
BEFORE=$(heap_after_gc)

echo "Soak: ${SECONDS_TO_RUN}s, $CONNECTIONS connections, $THREADS wrk threads, heap $HEAP"
RESULT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --timeout 10s -s bench/soak/soak.lua "$URL" \
  -- "$PWD/bench/soak" | grep '^SOAK')
AFTER=$(heap_after_gc)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

field() { echo "$RESULT" | sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
REQUESTS=$(field requests); NON2XX=$(field non2xx); SOCKET=$(field socket_errors); DURATION=$(field seconds)
RATE=$(awk -v r="$REQUESTS" -v s="$DURATION" 'BEGIN { printf "%.0f", r / s }')
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }

echo
echo "| duration | connections | requests | req/s | non-2xx | socket errors | p50 | p90 | p99 | max | heap after full GC, before → after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
echo "| ${SECONDS_TO_RUN} s | $CONNECTIONS | $REQUESTS | $RATE | $NON2XX | $SOCKET | $(field p50_ms) ms | $(field p90_ms) ms" \
  "| $(field p99_ms) ms | $(field max_ms) ms | $(mib "$BEFORE") → $(mib "$AFTER") |"
echo
echo "Load after: $LOAD_AFTER (1, 5, 15 min averages; other processes on this machine count too)"
if grep -q ' ERROR ' "$LOG"; then
  echo "The service logged errors (see $LOG)" >&2
  exit 1
fi
if [ "$NON2XX" != 0 ] || [ "$SOCKET" != 0 ]; then
  echo "Valid requests failed: $NON2XX non-2xx answers, $SOCKET socket errors" >&2
  exit 1
fi
