#!/usr/bin/env bash
# The analyst's loop, measured on a copy of rules/ (the shipped packs are not touched):
#   1. `test --pack amazon-rekognition-moratorium` as a new JVM, wall time, with the pack missing from the
#      compiled-rules cache (what a run right after a one-rule edit meets): through bin/pledgescope (its archive
#      recorded first, once), as plain `java -jar target/pledgescope.jar`, and, when BEFORE_JAR names the jar of an
#      earlier build, as plain `java -jar $BEFORE_JAR`; RUNS rounds, the variants alternating within each round; then
#      each once more with the pack in the cache;
#   2. `test --watch` started through bin/pledgescope, as an analyst starts it: after a one-rule edit to the Amazon
#      pack (23 rules, the largest), the time from the save to the re-run's report, for EDITS distinct edits (each a
#      real recompile: a new `salience` on one rule);
#   3. `serve --watch`: after the same kind of edit, the time from the save until GET /v1/ruleset serves the new
#      revision.
#   usage: bench/loop.sh        (env: EDITS=5 RUNS=3 PORT=18091 JAVA_OPTS=… BEFORE_JAR=…)
# Needs java 17, curl, python3 and the jar (mvn -B package -DskipTests). Prints one line per measurement, with the
# load average when it was taken.
set -euo pipefail
cd "$(dirname "$0")/.."
EDITS=${EDITS:-5}
RUNS=${RUNS:-3}
PORT=${PORT:-18091}
PACK=amazon-rekognition-moratorium
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="$PWD/target/classes:$(cat target/bench-classpath.txt)"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp -r rules "$WORK/rules"
cp -r examples "$WORK/examples"
export PLEDGESCOPE_CACHE="$WORK/cache"
ms() { date +%s%3N; }
load() { cut -d' ' -f1 /proc/loadavg; }
edit() { # a distinct one-rule edit: salience $1 on the rule "police-in-the-united-states"; prints when it was saved (ms)
  python3 - "$WORK/rules/$PACK/classification.drl" "$1" <<'PY'
import re, sys, time
path, n = sys.argv[1], sys.argv[2]
s = open(path).read()
s = re.sub(r'(rule "police-in-the-united-states"\n    @clause\([^)]*\)\n)(    salience \d+\n)?',
           r'\g<1>    salience ' + n + '\n', s)
with open(path, 'w') as f:
    f.write(s)
print(int(time.time() * 1000))
PY
}
revision() { curl -s "localhost:$PORT/v1/ruleset" | sed -n 's/.*"revision":"\([^"]*\)".*/\1/p'; }

[ -f target/pledgescope.jar ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
JAR=$PWD/target/pledgescope.jar
LAUNCHER=$PWD/bin/pledgescope
drop_compiled() { rm -f "$WORK"/cache/*.jar "$WORK"/cache/*.sha256; } # keeps bin/pledgescope's archive (start-*)
one_shot() { # label, command…: one `test --pack` run in $WORK, timed
  local label=$1 t0 t1
  shift
  t0=$(ms); (cd "$WORK" && "$@" test --rules rules --pack "$PACK" examples >/dev/null); t1=$(ms)
  echo "test --pack ($label, $cached) run $run: $((t1 - t0)) ms (load $(load))"
}
echo "== test --pack $PACK, a new JVM each"
(cd "$WORK" && "$LAUNCHER" new --help >/dev/null 2>&1) # records bin/pledgescope's archive, once per build
for cached in "pack not cached, as after an edit" "pack cached"; do
  rounds=$RUNS
  [ "$cached" = "pack cached" ] && rounds=1
  for run in $(seq 1 "$rounds"); do
    drop_compiled
    if [ "$cached" = "pack cached" ]; then # check stores what it compiles (test and validate store nothing)
      (cd "$WORK" && java -jar "$JAR" check --rules rules examples/queries/police-face-search.json >/dev/null)
      if [ -n "${BEFORE_JAR:-}" ]; then
        (cd "$WORK" && java -jar "$BEFORE_JAR" check --rules rules examples/queries/police-face-search.json >/dev/null)
      fi
    fi
    one_shot "bin/pledgescope" "$LAUNCHER"
    one_shot "java -jar" java ${JAVA_OPTS:-} -jar "$JAR"
    if [ -n "${BEFORE_JAR:-}" ]; then
      one_shot "before: java -jar $BEFORE_JAR" java ${JAVA_OPTS:-} -jar "$BEFORE_JAR"
    fi
  done
done

echo "== test --watch: save to report"
(cd "$WORK" && exec "$LAUNCHER" test --rules rules --pack "$PACK" --watch examples >"$WORK/watch.log" 2>&1) &
until grep -q '^watching' "$WORK/watch.log" 2>/dev/null; do sleep 0.2; done
for i in $(seq 1 "$EDITS"); do
  sleep 1
  before=$(grep -c '^--- ' "$WORK/watch.log" || true)
  t0=$(edit "$((100 + i))")
  until [ "$(grep -c '^--- ' "$WORK/watch.log" || true)" -gt "$before" ]; do sleep 0.01; done
  t1=$(ms)
  echo "test --watch edit $i: $((t1 - t0)) ms (load $(load); $(grep '^--- ' "$WORK/watch.log" | tail -1 | sed 's/.*re-ran/re-ran/'))"
done
kill %1 2>/dev/null || true
wait 2>/dev/null || true

echo "== serve --watch: save to new revision served"
(cd "$WORK" && exec java ${JAVA_OPTS:-} -cp "$CP" org.pledgescope.PledgeScope serve --rules rules --watch --port "$PORT" \
  --server.address=127.0.0.1 >"$WORK/serve.log" 2>&1) &
until curl -sf "localhost:$PORT/v1/ruleset" >/dev/null 2>&1; do sleep 0.2; done
for i in $(seq 1 "$EDITS"); do
  sleep 1
  rev=$(revision)
  t0=$(edit "$((200 + i))")
  while [ "$(revision)" = "$rev" ]; do
    sleep 0.01
  done
  t1=$(ms)
  echo "serve --watch edit $i: $((t1 - t0)) ms (load $(load))"
done
grep -i 'reload\|serving rule set' "$WORK/serve.log" | tail -n "$EDITS" | sed 's/^/  serve.log: /' || true
