#!/usr/bin/env bash
# Benchmark of the REST service: starts target/pledgescope.jar on loopback, drives single-decision POSTs with
# wrk over 32 connections, then times an NDJSON batch of 100,000 queries with curl five times (and their
# median), and stops the server.
#   needs: java 17, curl, python3, wrk (Debian: apt-get install -y wrk); builds the jar if it is missing.
#   usage: bench/run.sh            (env: PORT=18090 DURATION=30s CONNECTIONS=32 THREADS=2 N=100000 WARMUP=120s)
# The JIT needs minutes of load on two cores before Drools, Jackson and Spring MVC run compiled: the warm-up
# (WARMUP of single POSTs, then five NDJSON batches of N) is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
N=${N:-100000}
WARMUP=${WARMUP:-120s}
OUT=bench/out
mkdir -p "$OUT"

source bench/lib.sh
need_tools java curl python3 wrk
[ -f target/pledgescope.jar ] || mvn -q -DskipTests package
start_server "$PORT" "$OUT/server.log"
echo "== $(nproc) cores; server pid $SERVER; revision $(curl -s "$BASE/v1/ruleset" | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])')"

python3 bench/make-queries.py "$N" >"$OUT/queries.ndjson"
ndjson() {
  curl -s -o "$OUT/answers.ndjson" -w '%{time_total}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$OUT/queries.ndjson" "$BASE/v1/coverage/batch"
}

echo "== warm-up ($WARMUP of single POSTs, 5 NDJSON batches; not counted)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/post.lua "$BASE/v1/coverage" >/dev/null
for _ in 1 2 3 4 5; do ndjson >/dev/null; done

echo "== single decisions: POST /v1/coverage, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post.lua "$BASE/v1/coverage" | tee "$OUT/single.txt"

echo "== NDJSON batch: $N queries in one POST /v1/coverage/batch, five times"
: >"$OUT/ndjson.txt"
for run in 1 2 3 4 5; do
  SECONDS_TAKEN=$(ndjson)
  LINES=$(wc -l <"$OUT/answers.ndjson")
  ERRORS=$(grep -c '^{"line"' "$OUT/answers.ndjson" || true)
  python3 - "$N" "$LINES" "$ERRORS" "$SECONDS_TAKEN" "$run" <<'PY' | tee -a "$OUT/ndjson.txt"
import sys
n, lines, errors, secs, run = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"run {run}: {lines} answer lines for {n} queries ({errors} errors) in {secs:.2f} s: {lines / secs:,.0f} decisions/s")
PY
done
python3 - "$OUT/ndjson.txt" <<'PY'
import re, statistics, sys
rates = [float(m.replace(",", "")) for m in re.findall(r": ([\d,]+) decisions/s", open(sys.argv[1]).read())]
print(f"NDJSON median of {len(rates)} runs: {statistics.median(rates):,.0f} decisions/s (min {min(rates):,.0f}, max {max(rates):,.0f})")
PY
