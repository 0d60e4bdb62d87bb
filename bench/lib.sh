# Shared by the bench scripts: build the packaged service if needed, start it on loopback, stop it.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
# The bench build: the service packaged with the bench profile, which alone has the /bench/echo controls. It is
# written apart from the production build (target/quarkus-app), with its generated OpenAPI document and manifests
# kept under target/ so that the committed ones are left alone. JAR=... runs another jar (e.g. an older bench build).
APP_DIR="$ROOT/target/bench-app"
JAR=${JAR:-"$APP_DIR/quarkus-run.jar"}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/measura-bench.XXXXXX")
SERVICE_PID=""

log() { printf '%s\n' "$*" >&2; }

# The pod's JVM options: the Dockerfile's MEASURA_JVM_OPTS (keep the two the same), with the pod's memory limit and
# one CPU as the container gives them (container_jvm_opts LIMIT_MIB).
container_jvm_opts() {
  CONTAINER_JVM_OPTS=(-XX:MaxRAM="${1}m" -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -XX:InitialRAMPercentage=25
    -XX:MaxRAMPercentage=50 -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k
    -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager)
}

# Packages the bench build when it is missing or older than any source file (a JAR given from outside is used as is).
ensure_jar() {
  if [ "$JAR" != "$APP_DIR/quarkus-run.jar" ] || { [ -f "$JAR" ] \
      && [ -z "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; }; then
    return
  fi
  log "Packaging the bench build (mvn package -DskipTests -Dquarkus.profile=bench) ..."
  (cd "$ROOT" && mvn -B -q package -DskipTests -Dquarkus.profile=bench \
      -Dquarkus.package.output-directory=bench-app \
      -Dquarkus.smallrye-openapi.store-schema-directory=target/bench-openapi \
      -Dquarkus.kubernetes.output-directory=target/bench-kubernetes) >"$WORK/package.log" 2>&1 \
    || { tail -50 "$WORK/package.log" >&2; exit 1; }
}

# prepare_requests: what every HTTP benchmark needs before it starts the service: the bench build, wrk, the request
# bodies, the machine's load, and (unless AUTH=0) an RS256 token as deployed.
prepare_requests() {
  ensure_jar
  ensure_wrk
  python3 "$BENCH_DIR/http_tools.py" bodies "$WORK"
  machine_note
  [ "${AUTH:-1}" = 0 ] || with_token
}

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk from Debian's packages ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

# with_token: authentication on for the next start_service, as deployed: a fresh RS256 key pair made here (openssl),
# the service trusting its public key, and TOKEN set to a bearer JWT signed with it (valid for two hours).
with_token() {
  local issuer=https://issuer.bench/measura audience=measura-api now
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
  openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/public.pem"
  now=$(date +%s)
  b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
  local header payload signature
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","aud":"%s","sub":"bench-client","iat":%d,"exp":%d}' "$issuer" "$audience" \
    "$now" $((now + 7200)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" -binary | b64url)
  TOKEN="$header.$payload.$signature"
  export TOKEN
  AUTH_OPTS=(-Dmeasura.auth.enabled=true -Dmp.jwt.verify.publickey.location="file:$WORK/public.pem"
    -Dmp.jwt.verify.issuer="$issuer" -Dmp.jwt.verify.audiences="$audience")
}

# start_service [extra JVM options ...]: the bench build, bench profile, loopback only; auth off unless with_token ran.
# Sets SERVICE_PID; prints nothing. JVM options come first so that callers can set the heap.
start_service() {
  port_free || { log "Port $PORT is in use; set PORT=... to another free port."; exit 1; }
  [ -n "${AUTH_OPTS+set}" ] || AUTH_OPTS=(-Dmeasura.auth.enabled=false)
  java "$@" "${AUTH_OPTS[@]}" -Dquarkus.profile=bench \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$JAR" >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
}

# Waits until GET /q/health/ready answers 200 (at most READY_SECONDS, 60 s; more on a loaded machine).
wait_ready() {
  local deadline=$((SECONDS + ${READY_SECONDS:-60}))
  until curl -fs -o /dev/null "$BASE/q/health/ready"; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "The service exited:"; tail -30 "$WORK/service.log" >&2; exit 1
    fi
    [ $SECONDS -lt $deadline ] || { log "The service was not ready within ${READY_SECONDS:-60} s"; exit 1; }
    sleep 0.2
  done
}

# SIGTERM, then SIGKILL if the JVM is still there after 30 s: a service left running would hold the port and any
# lock the benchmark was started under (a profile's service once outlived its script by a quarter of an hour).
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 "$SERVICE_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "The service did not stop within 30 s of SIGTERM; killing it."
      kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

# On a failed run the end of each service log is printed before the working folder goes, so the cause is not lost.
cleanup() {
  local status=$?
  stop_service
  if [ "$status" -ne 0 ]; then
    for f in "$WORK"/*.log; do
      [ -s "$f" ] || continue
      log "--- last lines of $(basename "$f") ---"
      tail -40 "$f" >&2
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Resident set size of the service in MiB.
rss_mib() {
  awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status"
}

# The "cpu" line of /proc/stat: clock ticks by state since boot (user nice system idle iowait irq softirq steal ...).
cpu_ticks() { sed -n 's/^cpu  *//p' /proc/stat; }

machine_note() {
  printf 'machine: %s cores, %s, %s; load average before: %s\n' "$(nproc)" \
    "$(java -version 2>&1 | head -1)" "$(uname -m)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  CPU_TICKS_BEFORE=$(cpu_ticks)
}

# The load average after the run and the share of the machine's CPU time its hypervisor took for other guests
# (steal) since machine_note: this machine is a virtual one, and steal moves every figure the run printed.
machine_after() {
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  [ -n "${CPU_TICKS_BEFORE:-}" ] || return 0
  awk -v before="$CPU_TICKS_BEFORE" -v after="$(cpu_ticks)" 'BEGIN {
    n = split(before, b, " "); split(after, a, " "); total = 0
    for (i = 1; i <= n && i <= 8; i++) total += a[i] - b[i]
    if (total > 0) printf "CPU time stolen by the hypervisor during the run: %.0f %%\n", 100 * (a[8] - b[8]) / total }'
}

# heap_figures FROM_LINE: "peak-before-GC peak-after-GC collections" in MiB over the GC log from that line on.
heap_figures() {
  tail -n +"$1" "$WORK/gc.log" | python3 -c '
import re, sys
unit = {"K": 1 / 1024, "M": 1, "G": 1024}
before = after = count = 0
for line in sys.stdin:
    m = re.search(r"(\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)", line)
    if m and "Pause" in line:
        count += 1
        before = max(before, int(m.group(1)) * unit[m.group(2)])
        after = max(after, int(m.group(3)) * unit[m.group(4)])
print(f"{before:.0f} {after:.0f} {count}")'
}
