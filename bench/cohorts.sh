#!/usr/bin/env bash
# Cohort bulk benchmark: the packaged service (fixed 256 MiB heap, auth off, rate limit off) on 127.0.0.1; SIZES
# clients (default 10,000 then 100,000), each a course of 12 PHQ-9 administrations in one of four groups, generated
# on the fly by bench/ndjson_gen.py and streamed through POST /bulk/cohorts by curl (chunked upload from stdin). The
# answer comes once, at the end; the script checks that it counts every client. Reports lines/s and the heap (largest
# in use before a collection, largest left after one, from the GC log): flat figures across sizes show that the
# cohort's memory does not grow with the stream.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZES=${SIZES:-"10000 100000"}

ensure_jar
machine_note
start_service -Xms256m -Xmx256m "-Xlog:gc:file=$WORK/gc.log" -Dmeasura.rate-limit.requests-per-second=0
wait_ready

printf '\n%12s %9s %12s %12s %18s %17s %6s\n' "lines" "seconds" "lines/s" "unanalysed" "peak heap (MiB)" "after GC (MiB)" "GCs"
for n in $SIZES; do
  from=$(($(wc -l <"$WORK/gc.log") + 1))
  start=$(date +%s.%N)
  read -r clients unanalysed < <(python3 "$BENCH_DIR/ndjson_gen.py" cohorts "$n" \
    | curl -sS --fail -T - -X POST -H 'Content-Type: application/x-ndjson' "$BASE/bulk/cohorts" \
    | python3 -c 'import json, sys; o = json.load(sys.stdin)["overall"]; print(o["clients"], o["unanalysed"])')
  end=$(date +%s.%N)
  if [ "$clients" -ne "$n" ]; then
    log "expected $n clients counted, got $clients"; exit 1
  fi
  read -r peak live gcs < <(heap_figures "$from")
  awk -v n="$n" -v s="$start" -v e="$end" -v u="$unanalysed" -v pk="$peak" -v lv="$live" -v g="$gcs" \
    'BEGIN {printf "%12d %9.1f %12.0f %12d %18s %17s %6s\n", n, e - s, n / (e - s), u, pk, lv, g}'
done
echo "RSS of the service after the runs: $(rss_mib) MiB"
machine_after
