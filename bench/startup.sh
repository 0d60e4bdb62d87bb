#!/usr/bin/env bash
# Start-up benchmark: the packaged service (the production build) against a minimal Quarkus REST app
# (bench/minimal-app: one JSON operation, same Quarkus version, built here from Maven Central), started alternately RUNS times (5) each on the same JVM with
# the same JVM options (the Dockerfile's, with -XX:MaxRAM at the pod's memory limit and one CPU). For each start: milliseconds
# from launching java to the first successful answer (service: a PHQ-9 score, POST /instruments/phq9/scores; minimal
# app: POST /echo), and for the service also to ready (/q/health/ready). Prints every run, both medians and their
# ratio (the target is at most 1.5).
#
#   JAVA=/path/to/bin/java   the JVM to run both on (default: java on the PATH)
#   AOT=1                    Java 25: train an AOT cache (JEP 483/514/515) for each app first, then start with it
#   CDS=1                    Java 17: the same with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit) instead
#   RUNS=5 LIMIT_MIB=768     runs of each; the pod's memory limit (the JVM sizes its heap from it; one CPU)
set -euo pipefail
GIVEN_JAR=${JAR:-}
source "$(dirname "$0")/lib.sh"
# What ships is timed: the production build (target/quarkus-app), not the bench build, whose bench profile adds the
# echo controls and a server-time histogram. JAR=... times another jar.
PRODUCTION_JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
JAR=${GIVEN_JAR:-$PRODUCTION_JAR}

RUNS=${RUNS:-5}
LIMIT_MIB=${LIMIT_MIB:-768}
JAVA=${JAVA:-java}
AOT=${AOT:-0}
CDS=${CDS:-0}
MINIMAL_DIR="$BENCH_DIR/minimal-app"
MINIMAL_JAR="$MINIMAL_DIR/target/quarkus-app/quarkus-run.jar"
container_jvm_opts "$LIMIT_MIB"
JVM_OPTS=("${CONTAINER_JVM_OPTS[@]}")
SCORE='{"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}'

if [ "$JAR" = "$PRODUCTION_JAR" ] && { [ ! -f "$JAR" ] \
    || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; }; then
  log "Packaging the service (mvn package -DskipTests) ..."
  (cd "$ROOT" && mvn -B -q package -DskipTests) >"$WORK/package.log" 2>&1 || { tail -50 "$WORK/package.log" >&2; exit 1; }
fi
if [ ! -f "$MINIMAL_JAR" ] || [ -n "$(find "$MINIMAL_DIR/src" "$MINIMAL_DIR/pom.xml" -newer "$MINIMAL_JAR" -print -quit)" ]; then
  log "Building the minimal Quarkus REST app (bench/minimal-app) ..."
  (cd "$MINIMAL_DIR" && mvn -B -q package -DskipTests) >"$WORK/minimal-package.log" 2>&1 \
    || { tail -50 "$WORK/minimal-package.log" >&2; exit 1; }
fi
machine_note
log "JVM for both: $("$JAVA" -version 2>&1 | head -1); options: ${JVM_OPTS[*]}"

now_ms() { date +%s%3N; }

# launch APP [extra JVM options]: starts "service" or "minimal" on $PORT, loopback only; sets SERVICE_PID.
launch() {
  local app=$1
  shift
  port_free || { log "Port $PORT is in use; set PORT=... to another free port."; exit 1; }
  if [ "$app" = service ]; then
    "$JAVA" "${JVM_OPTS[@]}" "$@" -Dmeasura.auth.enabled=false -Dmeasura.rate-limit.requests-per-second=0 \
      -Dmeasura.fhir.base-url=https://measura.example/fhir -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$WORK/$app.log" 2>&1 &
  else
    "$JAVA" "${JVM_OPTS[@]}" "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
      -jar "$MINIMAL_JAR" >"$WORK/$app.log" 2>&1 &
  fi
  SERVICE_PID=$!
}

# first_answer APP: POSTs the app's request until it succeeds (at most 120 s).
first_answer() {
  local path=/echo deadline=$((SECONDS + 120))
  [ "$1" = service ] && path=/instruments/phq9/scores
  until curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d "$SCORE" "$BASE$path"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$WORK/$1.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { log "$1: no successful answer within 120 s"; exit 1; }
    sleep 0.01
  done
}

# measure APP: one start; prints "first-answer-ms ready-ms" (ready "-" for the minimal app, which has no health).
measure() {
  local app=$1 t0 first ready=-
  shift
  t0=$(now_ms)
  launch "$app" "$@"
  first_answer "$app"
  first=$(($(now_ms) - t0))
  if [ "$app" = service ]; then
    until curl -fs -o /dev/null "$BASE/q/health/ready"; do sleep 0.01; done
    ready=$(($(now_ms) - t0))
  fi
  stop_service
  echo "$first $ready"
}

aot_opts() {
  if [ "$AOT" = 1 ]; then echo "-XX:AOTCache=$WORK/$1.aot"; elif [ "$CDS" = 1 ]; then echo "-XX:SharedArchiveFile=$WORK/$1.aot"; fi
}

if [ "$AOT" = 1 ] || [ "$CDS" = 1 ]; then
  for app in service minimal; do
    log "Training the AOT cache or CDS archive of the $app (one start, a few requests, stop) ..."
    if [ "$AOT" = 1 ]; then launch "$app" "-XX:AOTCacheOutput=$WORK/$app.aot"; else launch "$app" "-XX:ArchiveClassesAtExit=$WORK/$app.aot"; fi
    if [ "$app" = service ]; then
      bash "$BENCH_DIR/aot-train.sh" "$BASE" >&2
    else
      for _ in $(seq 50); do first_answer "$app"; done
    fi
    stop_service
    [ -s "$WORK/$app.aot" ] || { log "the JVM wrote no AOT cache or CDS archive for the $app"; tail -20 "$WORK/$app.log" >&2; exit 1; }
  done
fi

service_firsts=()
minimal_firsts=()
printf '\n%4s %24s %16s %24s\n' "run" "service first score ms" "service ready ms" "minimal first answer ms"
for run in $(seq "$RUNS"); do
  # Alternate which goes first, so that neither always starts on a machine the other just warmed or loaded.
  if [ $((run % 2)) -eq 1 ]; then
    read -r s_first s_ready < <(measure service $(aot_opts service))
    read -r m_first _ < <(measure minimal $(aot_opts minimal))
  else
    read -r m_first _ < <(measure minimal $(aot_opts minimal))
    read -r s_first s_ready < <(measure service $(aot_opts service))
  fi
  service_firsts+=("$s_first")
  minimal_firsts+=("$m_first")
  printf '%4s %24s %16s %24s\n' "$run" "$s_first" "$s_ready" "$m_first"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
s_median=$(median "${service_firsts[@]}")
m_median=$(median "${minimal_firsts[@]}")
echo "median time to the first successful answer: service ${s_median} ms, minimal Quarkus REST app ${m_median} ms"
echo "ratio: $(awk -v s="$s_median" -v m="$m_median" 'BEGIN {printf "%.2f", s / m}') (target at most 1.50)"
machine_after
