#!/usr/bin/env bash
# Bulk benchmark: the packaged service (fixed 256 MiB heap, auth off) on 127.0.0.1; SIZES administrations (default
# 250,000 then 1,000,000; PHQ-9, GAD-7 and K10 in turn) are generated on the fly by bench/ndjson_gen.py and streamed
# through POST /bulk/scores by curl (chunked upload from stdin), while the answers are counted and their line numbers
# checked as they arrive. Reports lines/s and the heap: the largest heap in use before a collection and the largest
# left after one (the live set), both read from the JVM's GC log for each run. Flat heap figures across sizes show
# that nothing grows with the stream. Throughput includes the generator, curl and the checker, on the same cores.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZES=${SIZES:-"250000 1000000"}

ensure_jar
machine_note
start_service -Xms256m -Xmx256m "-Xlog:gc:file=$WORK/gc.log"
wait_ready

printf '\n%12s %9s %12s %10s %18s %17s %6s\n' "lines" "seconds" "lines/s" "problems" "peak heap (MiB)" "after GC (MiB)" "GCs"
for n in $SIZES; do
  from=$(($(wc -l <"$WORK/gc.log") + 1))
  start=$(date +%s.%N)
  read -r answered misordered problems < <(python3 "$BENCH_DIR/ndjson_gen.py" scores "$n" \
    | curl -sS --fail -T - -X POST -H 'Content-Type: application/x-ndjson' "$BASE/bulk/scores" \
    | awk -F'[:,]' '{ if ($2 != NR) bad++; if ($3 ~ /problem/) p++ } END { print NR, bad + 0, p + 0 }')
  end=$(date +%s.%N)
  if [ "$answered" -ne "$n" ] || [ "$misordered" -ne 0 ]; then
    log "expected $n answers in order, got $answered ($misordered out of order)"; exit 1
  fi
  read -r peak live gcs < <(heap_figures "$from")
  awk -v n="$n" -v s="$start" -v e="$end" -v p="$problems" -v pk="$peak" -v lv="$live" -v g="$gcs" \
    'BEGIN {printf "%12d %9.1f %12.0f %10d %18s %17s %6s\n", n, e - s, n / (e - s), p, pk, lv, g}'
done
echo "RSS of the service after the runs: $(rss_mib) MiB"
machine_after
