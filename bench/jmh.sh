#!/usr/bin/env bash
# Engine benchmarks (JMH, one fork, fixed heap): scoring one administration (PHQ-9, DSQ-40) and one client's trend
# over 10, 100 and 500 administrations (the cap per scale), then the trend cost per administration so that growth is visible.
# Extra arguments go to JMH (e.g. bench/jmh.sh TrendBenchmark -prof stack).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
INSTALLED="$HOME/.m2/repository/org/measura/measura/0.1.0-SNAPSHOT/measura-0.1.0-SNAPSHOT.jar"
if [ ! -f "$INSTALLED" ] || [ -n "$(find src/main pom.xml -newer "$INSTALLED" -print -quit)" ]; then
  echo "Installing the service's classes (mvn install -DskipTests) ..." >&2
  mvn -B -q install -DskipTests >/dev/null
fi
(cd bench/jmh && mvn -B -q package >/dev/null)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
java -Xms256m -Xmx256m -jar "$ROOT/bench/jmh/target/benchmarks.jar" \
  -f 1 -wi 5 -w 3s -i 5 -r 2s -jvmArgs "-Xms256m -Xmx256m" -rf csv -rff "$RESULTS" "$@"
echo
echo "Trend cost per administration (from the table above):"
awk -F, 'NR > 1 && $1 ~ /TrendBenchmark/ {
  gsub(/"/, ""); n = $NF; printf "  %5d administrations: %10.2f us/op  %7.3f us per administration\n", n, $5, $5 / n
}' "$RESULTS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
