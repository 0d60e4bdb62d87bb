#!/usr/bin/env bash
# Profiles the two requests of bench/http.sh on the running bench build with Java Flight Recorder, under wrk load
# (authentication on, one RS256 bearer token, as in bench/http.sh): PHQ-9 scoring and a trend of 100 PHQ-9
# administrations. After a warm-up, each is recorded for SECONDS_PER (10) with the JDK's 'profile' settings but Java
# execution sampled every millisecond per thread, and bench/jfr_breakdown.py prints where the time went. The recordings stay in
# target/profiles/ (scoring.jfr, trend-100.jfr) for `jfr print` or JDK Mission Control.
# CONTROLS=1 records bench/http.sh's controls too (scoring-control: /bench/echo/minimal/scores, trend-100-control:
# /bench/echo/tree; scoring-stored: /bench/echo/stored/scores, scoring's own answer stored), so that what a request costs beyond its control can be read side by side: the breakdown also
# gives each row in samples per 1,000 requests.
# Environment: PORT, SECONDS_PER (10), WARMUP (15), CONNECTIONS (32), THREADS (2), AUTH (1), TOP (15), CONTROLS (0),
# ONLY (scoring or trend-100, with its control), JVM_OPTS (for the service, e.g. -Dmeasura.auth.token-cache.size=0 to
# profile without the cache of verified tokens).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_PER=${SECONDS_PER:-10}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT="$ROOT/target/profiles"
mkdir -p "$OUT"

prepare_requests
JAVA_HOME_NOW=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">1 ms<|' \
  "$JAVA_HOME_NOW/lib/jfr/profile.jfc" >"$WORK/sampling.jfc"
# A recording runs from the JVM's start (kept for 30 s, never written out): starting the first one later instruments
# the JDK's socket and file classes then and sends the warm code back to the compiler, so that a recording started
# after the warm-up timed a JVM recompiling its hot paths (PHQ-9 scoring ran at a tenth of its speed for seconds).
# shellcheck disable=SC2086
start_service -Xms256m -Xmx256m -XX:StartFlightRecording=name=from-start,settings="$WORK/sampling.jfc",maxage=30s \
  ${JVM_OPTS:-}
wait_ready

load() { BODY="$WORK/$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" -s "$BENCH_DIR/post.lua" "$BASE$1" | grep '^RESULT'; }

REQUESTS=("scoring|/instruments/phq9/scores|phq9.json" "trend-100|/trends|trend100.json")
if [ "${CONTROLS:-0}" != 0 ]; then
  REQUESTS=("scoring|/instruments/phq9/scores|phq9.json" "scoring-control|/bench/echo/minimal/scores|phq9.json"
    "scoring-stored|/bench/echo/stored/scores|phq9.json" "trend-100|/trends|trend100.json" "trend-100-control|/bench/echo/tree|trend100.json")
fi
for request in "${REQUESTS[@]}"; do
  IFS='|' read -r name path body <<<"$request"
  [ -z "${ONLY:-}" ] || [[ $name == "$ONLY" || $name == "$ONLY"-* ]] || continue
  load "$path" "$body" "$WARMUP" >/dev/null
  jcmd "$SERVICE_PID" JFR.start name="$name" settings="$WORK/sampling.jfc" >/dev/null
  result=$(load "$path" "$body" "$SECONDS_PER")
  jcmd "$SERVICE_PID" JFR.stop name="$name" filename="$OUT/$name.jfr" >/dev/null
  echo "== $name: $result"
  python3 "$BENCH_DIR/jfr_breakdown.py" "$OUT/$name.jfr" "${TOP:-15}" "$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")"
done
machine_after
