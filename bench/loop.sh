#!/usr/bin/env bash
# The analyst's loop, measured on a copy of rules/ (the shipped packs are not touched):
#   1. a cold `test --pack amazon-rekognition-moratorium` (fresh compiled-rules cache), and the same run again
#      (cache warm), each as a new JVM, wall time;
#   2. `test --watch`: after a one-rule edit to the Amazon pack (23 rules, the largest), the time from the save to
#      the re-run's report, for EDITS distinct edits (each a real recompile: a new `salience` on one rule);
#   3. `serve --watch`: after the same kind of edit, the time from the save until GET /v1/ruleset serves the new
#      revision.
#   usage: bench/loop.sh        (env: EDITS=5 PORT=18091)
# Needs java 17, curl, python3. Prints one line per measurement and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
EDITS=${EDITS:-5}
PORT=${PORT:-18091}
PACK=amazon-rekognition-moratorium
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="$PWD/target/classes:$(cat target/bench-classpath.txt)"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
cp -r examples "$WORK/examples"
export PLEDGESCOPE_CACHE="$WORK/cache"
ms() { python3 -c 'import time; print(int(time.time()*1000))'; }
edit() { # a distinct one-rule edit: salience $1 on the rule "police-in-the-united-states"
  python3 - "$WORK/rules/$PACK/classification.drl" "$1" <<'PY'
import re, sys
path, n = sys.argv[1], sys.argv[2]
s = open(path).read()
s = re.sub(r'(rule "police-in-the-united-states"\n    @clause\([^)]*\)\n)(    salience \d+\n)?',
           r'\g<1>    salience ' + n + '\n', s)
open(path, 'w').write(s)
PY
}
pledgescope() { java -cp "$CP" org.pledgescope.PledgeScope "$@"; }

echo "== cold test --pack $PACK (empty cache), then warm"
for label in cold warm; do
  t0=$(ms); (cd "$WORK" && pledgescope test --rules rules --pack "$PACK" examples >/dev/null); t1=$(ms)
  echo "test --pack ($label cache): $((t1 - t0)) ms"
done

echo "== test --watch: save to report"
(cd "$WORK" && pledgescope test --rules rules --pack "$PACK" --watch examples >"$WORK/watch.log" 2>&1) &
until grep -q '^watching' "$WORK/watch.log" 2>/dev/null; do sleep 0.2; done
for i in $(seq 1 "$EDITS"); do
  before=$(grep -c '^--- ' "$WORK/watch.log" || true)
  t0=$(ms); edit "$((100 + i))"
  until [ "$(grep -c '^--- ' "$WORK/watch.log" || true)" -gt "$before" ]; do sleep 0.01; done
  t1=$(ms)
  echo "test --watch edit $i: $((t1 - t0)) ms ($(grep '^--- ' "$WORK/watch.log" | tail -1 | sed 's/.*re-ran/re-ran/'))"
done
kill %1 2>/dev/null || true

echo "== serve --watch: save to new revision served"
(cd "$WORK" && pledgescope serve --rules rules --watch --port "$PORT" --server.address=127.0.0.1 >"$WORK/serve.log" 2>&1) &
until curl -sf "localhost:$PORT/v1/ruleset" >/dev/null 2>&1; do sleep 0.2; done
for i in $(seq 1 "$EDITS"); do
  rev=$(curl -s "localhost:$PORT/v1/ruleset" | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])')
  t0=$(ms); edit "$((200 + i))"
  while [ "$(curl -s "localhost:$PORT/v1/ruleset" | python3 -c 'import json,sys; print(json.load(sys.stdin)["revision"])')" = "$rev" ]; do
    sleep 0.02
  done
  t1=$(ms)
  echo "serve --watch edit $i: $((t1 - t0)) ms"
done
