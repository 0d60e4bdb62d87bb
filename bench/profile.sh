#!/usr/bin/env bash
# Profiles the two requests of bench/http.sh on the running bench build with Java Flight Recorder, under wrk load
# (authentication on, one RS256 bearer token, as in bench/http.sh): PHQ-9 scoring and a trend of 100 PHQ-9
# administrations. After a warm-up, each is recorded for SECONDS_PER (10) with the JDK's 'profile' settings but Java
# execution sampled every millisecond per thread, and bench/jfr_breakdown.py prints where the time went. The recordings stay in
# target/profiles/ (scoring.jfr, trend-100.jfr) for `jfr print` or JDK Mission Control.
# Environment: PORT, SECONDS_PER (10), WARMUP (15), CONNECTIONS (32), THREADS (2), AUTH (1), TOP (15), JVM_OPTS (for
# the service, e.g. -Dmeasura.auth.token-cache.size=0 to profile without the cache of verified tokens).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_PER=${SECONDS_PER:-10}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT="$ROOT/target/profiles"
mkdir -p "$OUT"

ensure_jar
ensure_wrk
python3 "$BENCH_DIR/http_tools.py" bodies "$WORK"
machine_note
[ "${AUTH:-1}" = 0 ] || with_token
# shellcheck disable=SC2086
start_service -Xms256m -Xmx256m ${JVM_OPTS:-}
wait_ready
JAVA_HOME_NOW=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*<|<setting name="period" control="method-sampling-java-interval">1 ms<|' \
  "$JAVA_HOME_NOW/lib/jfr/profile.jfc" >"$WORK/sampling.jfc"

load() { BODY="$WORK/$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" -s "$BENCH_DIR/post.lua" "$BASE$1" | grep '^RESULT'; }

for request in "scoring|/instruments/phq9/scores|phq9.json" "trend-100|/trends|trend100.json"; do
  IFS='|' read -r name path body <<<"$request"
  load "$path" "$body" "$WARMUP" >/dev/null
  jcmd "$SERVICE_PID" JFR.start name="$name" settings="$WORK/sampling.jfc" >/dev/null
  echo "== $name: $(load "$path" "$body" "$SECONDS_PER")"
  jcmd "$SERVICE_PID" JFR.stop name="$name" filename="$OUT/$name.jfr" >/dev/null
  python3 "$BENCH_DIR/jfr_breakdown.py" "$OUT/$name.jfr" "${TOP:-15}"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
