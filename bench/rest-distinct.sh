#!/usr/bin/env bash
# REST with random distinct queries: starts target/pledgescope.jar on loopback, warms it up, then
#   single POST /v1/coverage with wrk cycling through 100,000 distinct bodies (bench/post-distinct.lua);
#   NDJSON: three POSTs of 100,000 fresh random queries each (a new seed each time), timed with curl.
# needs java 17, curl, python3, wrk.  env: PORT=18091 DURATION=30s CONNECTIONS=32 THREADS=2 N=100000 WARMUP=60s
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}; DURATION=${DURATION:-30s}; CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}
N=${N:-100000}; WARMUP=${WARMUP:-60s}; OUT=bench/out
mkdir -p "$OUT"
source bench/lib.sh
need_tools java curl python3 wrk
[ -f target/pledgescope.jar ] || mvn -q -DskipTests package
python3 bench/make-random-queries.py "$N" 1 > "$OUT/random-queries.ndjson"
start_server "$PORT" "$OUT/server-distinct.log"
echo "== $(date -u +%FT%TZ) $(nproc) cores; warm-up $WARMUP (not counted)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/post-distinct.lua "$BASE/v1/coverage" >/dev/null
echo "== single POST /v1/coverage, $N distinct bodies, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post-distinct.lua "$BASE/v1/coverage" \
  | tee "$OUT/single-distinct.txt"
echo "== NDJSON: $N fresh random queries per POST"
for seed in 11 12 13; do
  python3 bench/make-random-queries.py "$N" "$seed" > "$OUT/fresh.ndjson"
  secs=$(curl -s -o "$OUT/fresh-answers.ndjson" -w '%{time_total}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$OUT/fresh.ndjson" "$BASE/v1/coverage/batch")
  lines=$(wc -l < "$OUT/fresh-answers.ndjson")
  errors=$(grep -c '^{"line"' "$OUT/fresh-answers.ndjson" || true)
  awk -v s="$secs" -v n="$lines" -v e="$errors" -v seed="$seed" 'BEGIN {
    printf "seed %d: %d answers (%d errors) in %.2f s: %.0f decisions/s\n", seed, n, e, s, n / s }'
done
