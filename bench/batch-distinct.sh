#!/usr/bin/env bash
# CLI `batch` on N random distinct fully specified queries (default 100,000; bench/make-random-queries.py), the
# whole process (JVM start, loading the cached packs, the JIT's warm-up) timed, in one run:
#   before: one core, -Dpledgescope.fastPath=false (each new world fires the rules: the engine before the map)
#   after:  one core, the fast path (findings and results by class of world)
#   after, every core: the fast path, one worker per core
# Usage: bench/batch-distinct.sh [N]     (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
source bench/lib.sh
need_jar
jar=$JAR
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/make-random-queries.py "$n" > "$work/queries.ndjson"
pin=$PIN
echo "$(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1); $n random distinct queries"
head -1 "$work/queries.ndjson" | java -jar "$jar" batch > /dev/null   # fills the compiled-rules cache
# Wall time, and the process's CPU time (user + sys): on a machine shared with other work, CPU time is what
# the run itself cost.
run() {
  local name=$1; shift
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" < "$work/queries.ndjson" > "$work/answers.ndjson"; } 2>&1 | tail -1)
  local lines errors
  lines=$(wc -l < "$work/answers.ndjson")
  errors=$(grep -c '^{"line"' "$work/answers.ndjson" || true)
  echo "$t" | awk -v n="$lines" -v e="$errors" -v name="$name" '{
    printf "%-18s %d answers (%d errors): wall %.2f s (%.0f/s); CPU %.2f s (%.0f decisions per CPU-second)\n",
      name, n, e, $1, n / $1, $2 + $3, n / ($2 + $3) }'
  cp "$work/answers.ndjson" "$work/answers-$name.ndjson"
}
run before-one-core $pin java -Dpledgescope.fastPath=false -jar "$jar" batch --threads 1
run after-one-core $pin java -jar "$jar" batch --threads 1
run after-every-core java -jar "$jar" batch
# Same verdicts whichever way (decision ids differ).
for f in after-one-core after-every-core; do
  if ! cmp -s <(sed 's/"decisionId":"[^"]*"//' "$work/answers-before-one-core.ndjson") \
              <(sed 's/"decisionId":"[^"]*"//' "$work/answers-$f.ndjson"); then
    echo "MISMATCH: $f answers differ from before-one-core" >&2; exit 1
  fi
done
echo "answers identical (apart from decision ids) in all three runs"
