#!/usr/bin/env bash
# Answer sizes of POST /trends, full and detail=summary, for the documented course (docs/example-course-request.json)
# and a 24-administration PHQ-9 course (bench/course24.py): bytes as sent, uncompressed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ensure_jar
start_service
wait_ready
python3 "$BENCH_DIR/course24.py" >"$WORK/course24.json"
size() {
  curl -fs -o /dev/null -w '%{size_download}' -X POST -H 'Content-Type: application/json' \
    --data-binary "@$1" "$BASE/trends$2"
}
printf '%-32s %10s %10s\n' course full summary
for course in "$ROOT/docs/example-course-request.json" "$WORK/course24.json"; do
  printf '%-32s %10s %10s\n' "$(basename "$course")" "$(size "$course" '')" "$(size "$course" '?detail=summary')"
done
