#!/usr/bin/env bash
# Old jar against new, in one run: two bench builds side by side on loopback (OLD_JAR on PORT+1, the current bench
# build on PORT; fixed 256 MiB heap each, bench profile, authentication on with one RS256 token both trust), measured
# as bench/http.sh measures (wrk, 32 connections, a warm-up, then ROUNDS alternating rounds) while the other waits
# idle: in each round PHQ-9 scoring, its control, a trend of 100 and its control on the old jar, then the same on the
# new one. Prints each round, then per endpoint the median requests/s of each jar and new/old, and each jar's
# median ratio to its control (the figures of issue 18).
# Make the old jar from a scratch clone, e.g.:
#   git clone -q . /tmp/old && git -C /tmp/old checkout -q 8c2389e && (cd /tmp/old && mvn -B -q package -DskipTests \
#     -Dquarkus.profile=bench -Dquarkus.package.output-directory=bench-app \
#     -Dquarkus.smallrye-openapi.store-schema-directory=target/bench-openapi \
#     -Dquarkus.kubernetes.output-directory=target/bench-kubernetes)
#   OLD_JAR=/tmp/old/target/bench-app/quarkus-run.jar bench/compare.sh
# Environment: OLD_JAR (required), PORT (18080; the old jar takes PORT+1), DURATION (5), WARMUP (10), WARMUP_PASSES (2), ROUNDS (3),
# CONNECTIONS (32), THREADS (2), ONLY (scoring or trend-100: that request and its control alone), CONTROLS (1; 0 leaves
# the controls out, for an old jar built before they existed: then only new/old is printed).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[ -n "${OLD_JAR:-}" ] && [ -f "$OLD_JAR" ] || { log "Set OLD_JAR to the old bench build's quarkus-run.jar."; exit 1; }
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-10}
WARMUP_PASSES=${WARMUP_PASSES:-2}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

AUTH=1 prepare_requests

NEW_PORT=$PORT
OLD_PORT=$((PORT + 1))
NEW_JAR=$JAR
start_service -Xms256m -Xmx256m
NEW_PID=$SERVICE_PID
wait_ready
OLD_PID=""
stop_old() { [ -z "$OLD_PID" ] || { kill "$OLD_PID" 2>/dev/null || true; wait "$OLD_PID" 2>/dev/null || true; }; }
trap 'stop_old; cleanup' EXIT
# lib.sh starts and waits on one service at a time: point it at the old jar, then back at the new one.
JAR=$OLD_JAR PORT=$OLD_PORT BASE="http://127.0.0.1:$OLD_PORT"
SERVICE_PID=""
port_free || { log "Port $OLD_PORT is in use; set PORT=... so that PORT and PORT+1 are free."; exit 1; }
( exec java -Xms256m -Xmx256m "${AUTH_OPTS[@]}" -Dquarkus.profile=bench -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$OLD_PORT" -jar "$OLD_JAR" >"$WORK/service-old.log" 2>&1 ) &
OLD_PID=$!
SERVICE_PID=$OLD_PID
wait_ready
SERVICE_PID=$NEW_PID JAR=$NEW_JAR

ENDPOINTS=("scoring|/instruments/phq9/scores|phq9.json" "scoring-control|/bench/echo/minimal/scores|phq9.json"
  "trend-100|/trends|trend100.json" "trend-100-control|/bench/echo/tree|trend100.json")
if [ "${CONTROLS:-1}" = 0 ]; then
  ENDPOINTS=("${ENDPOINTS[0]}" "${ENDPOINTS[2]}")
fi
if [ -n "${ONLY:-}" ]; then
  kept=()
  for endpoint in "${ENDPOINTS[@]}"; do [[ $endpoint == "$ONLY|"* || $endpoint == "$ONLY-control|"* ]] && kept+=("$endpoint"); done
  ENDPOINTS=("${kept[@]}")
fi

# run PORT PATH BODY SECONDS: one wrk run; prints its requests/s (fails on any error).
run() {
  BODY="$WORK/$3" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${4}s" -s "$BENCH_DIR/post.lua" "http://127.0.0.1:$1$2" \
    >"$WORK/wrk.out" 2>&1 || true
  local result
  result=$(grep '^RESULT' "$WORK/wrk.out" || true)
  case "$result" in
    *"non2xx=0 socket_errors=0"*) sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$result" ;;
    *) log "$2 on port $1: wrk failed or saw errors:"; cat "$WORK/wrk.out" >&2; exit 1 ;;
  esac
}

echo "old: $OLD_JAR (port $OLD_PORT); new: $NEW_JAR (port $NEW_PORT); authentication on, one RS256 token"
# Alternating passes, as bench/http.sh warms up: after one pass the JIT is still recompiling the shared path.
echo "warming up (${WARMUP_PASSES} passes of ${WARMUP}s per endpoint and jar) ..."
for pass in $(seq "$WARMUP_PASSES"); do
  for port in $OLD_PORT $NEW_PORT; do
    for endpoint in "${ENDPOINTS[@]}"; do
      IFS='|' read -r _ path body <<<"$endpoint"
      run "$port" "$path" "$body" "$WARMUP" >/dev/null
    done
  done
done

: >"$WORK/rounds"
printf '\n%-6s %-18s %10s %10s\n' round endpoint "old req/s" "new req/s"
for round in $(seq "$ROUNDS"); do
  declare -A RPS=()
  for jar in old new; do
    port=$OLD_PORT; [ $jar = new ] && port=$NEW_PORT
    for endpoint in "${ENDPOINTS[@]}"; do
      IFS='|' read -r name path body <<<"$endpoint"
      RPS[$jar.$name]=$(run "$port" "$path" "$body" "$DURATION")
    done
  done
  for endpoint in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name _ <<<"$endpoint"
    printf '%-6s %-18s %10s %10s\n' "r$round" "$name" "${RPS[old.$name]}" "${RPS[new.$name]}"
    echo "$round $name ${RPS[old.$name]} ${RPS[new.$name]}" >>"$WORK/rounds"
  done
done

echo
python3 - "$WORK/rounds" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, name, old, new = line.split()
    rows[name][int(r)] = (float(old), float(new))
print("%-18s %12s %12s %9s   %s" % ("endpoint", "old median", "new median", "new/old", "new/old by round"))
for name, by_round in rows.items():
    old = [o for o, _ in by_round.values()]
    new = [n for _, n in by_round.values()]
    each = [n / o for o, n in by_round.values()]
    print("%-18s %12.0f %12.0f %9.2f   %s" % (name, statistics.median(old), statistics.median(new),
                                            statistics.median(each), ", ".join("%.2f" % x for x in each)))
for name in (n for n in ("scoring", "trend-100") if n in rows and n + "-control" in rows):
    for jar, i in (("old", 0), ("new", 1)):
        ratios = [rows[name][r][i] / rows[name + "-control"][r][i] for r in rows[name]]
        print("%s %-10s ratio to its control, median of %d rounds: %.2f (rounds %s)"
              % (jar, name, len(ratios), statistics.median(ratios), ", ".join("%.2f" % x for x in ratios)))
PY
machine_after
