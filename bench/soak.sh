#!/usr/bin/env bash
# Soak of the REST service under a hostile mix: target/pledgescope.jar on loopback with a 256 MiB heap
# (-Xmx256m -XX:+ExitOnOutOfMemoryError), for DURATION:
#   - normal queries: wrk POSTs the example query over CONNECTIONS connections (bench/soak.lua counts the answers);
#   - a map flood (the shipped packs, and the test fixture packs/large-map), slow NDJSON senders and a reload every
#     2 s (bench/soak.py; see its header);
# then checks: no 5xx among the normal queries, their p99 at most P99_MS, no 5xx elsewhere but a map's 503 (its
# time limit), and the service alive and ready after. Exit 1 if a check fails.
#   needs: java 17, curl, python3, wrk (Debian: apt-get install -y wrk); builds the jar if it is missing.
#   usage: bench/soak.sh     (env: PORT=18091 DURATION=60 CONNECTIONS=16 THREADS=2 FLOOD=16 SLOW=40 P99_MS=50
#                             WARMUP=60s SOAK_RELOAD_EVERY=2 SOAK_RELOAD_EDIT=comment|rules
#                             SOAK_JAVA_OPTS=, e.g. "-Xlog:gc:file=gc.log")
# The warm-up (WARMUP of normal queries alone, not counted) lets the JIT compile the query path first.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
FLOOD=${FLOOD:-16}
SLOW=${SLOW:-40}
P99_MS=${P99_MS:-50}
WARMUP=${WARMUP:-60s}
OUT=bench/out
mkdir -p "$OUT"

source bench/lib.sh
need_tools java curl python3 wrk
[ -f target/pledgescope.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
cp -r rules "$work/rules"
# A pack of 2,178,576 cells whose maps are nearly a region a cell: the costliest maps per cell (see its pack.yaml).
cp -r src/test/resources/packs/large-map/many-cells "$work/rules/"
token=soak-$RANDOM$RANDOM
java -Xmx256m -XX:+ExitOnOutOfMemoryError ${SOAK_JAVA_OPTS:-} -jar target/pledgescope.jar serve --port "$PORT" \
  --rules "$work/rules" --pledgescope.admin-token="$token" >"$OUT/soak-server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; rm -rf "$work"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 180); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { echo "soak: the server did not start; see $OUT/soak-server.log" >&2; exit 1; }
  sleep 1
done
echo "== $(nproc) cores; server pid $SERVER, -Xmx256m; warm-up $WARMUP of normal queries (not counted)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/soak.lua "$BASE/v1/coverage" >/dev/null

echo "== ${DURATION} s: normal queries ($CONNECTIONS connections) + map flood ($FLOOD) + slow NDJSON ($SLOW) + reloads"
python3 bench/soak.py "$BASE" "$work/rules" "$token" "$DURATION" "$FLOOD" "$SLOW" >"$OUT/soak-mix.txt" &
MIX=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/soak.lua "$BASE/v1/coverage" \
  | tee "$OUT/soak-queries.txt"
mix_ok=0
wait "$MIX" || mix_ok=$?
cat "$OUT/soak-mix.txt"

failed=0
fivexx=$(sed -n 's/.*5xx: \([0-9]*\),.*/\1/p' "$OUT/soak-queries.txt")
p99=$(sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' "$OUT/soak-queries.txt")
[ "$fivexx" = 0 ] || { echo "soak: FAIL: $fivexx normal queries answered 5xx"; failed=1; }
python3 -c "import sys; sys.exit(0 if float('$p99') <= $P99_MS else 1)" ||
  { echo "soak: FAIL: normal queries' p99 $p99 ms > $P99_MS ms"; failed=1; }
[ "$mix_ok" = 0 ] || { echo "soak: FAIL: a 5xx in the mix (other than a map's 503)"; failed=1; }
kill -0 "$SERVER" 2>/dev/null || { echo "soak: FAIL: the server is gone (exit: see $OUT/soak-server.log)"; failed=1; }
curl -sf "$BASE/actuator/health/readiness" >/dev/null || { echo "soak: FAIL: the server is not ready"; failed=1; }
grep -q java.lang.OutOfMemoryError "$OUT/soak-server.log" && { echo "soak: FAIL: OutOfMemoryError in the log"; failed=1; }
curl -s "$BASE/actuator/prometheus" | grep -E '^pledgescope_maps_total|^pledgescope_rule_errors_total' || true
[ "$failed" = 0 ] && echo "soak: ok (5xx 0, p99 $p99 ms <= $P99_MS ms, alive and ready)"
exit "$failed"
