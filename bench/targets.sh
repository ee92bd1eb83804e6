#!/usr/bin/env bash
# The decision tables' targets (issue 20), before and after side by side in one run, one core each (taskset -c 0),
# whole processes, runs alternated, every figure with its command:
#   1. batch of N random Amazon queries (../shared/peers/gen_queries.py), full answers and --fields=verdict, against
#      Cedar-wasm and the hand-written evaluator (../shared/peers/side_by_side.sh, run for each jar);
#   2. map PACK over every day, for every shipped pack, against one check of one query; peak RSS;
#   3. validate (lint included) against one check;
#   4. REST: wrk (2 threads, 16 connections) POSTing random distinct queries, each jar serving in turn.
# Usage (after mvn -B package -DskipTests): bench/targets.sh BEFORE_JAR [N=100000] [RUNS=3] [BEFORE_REV]
#   BEFORE_JAR: a jar of the commit to compare with, with its lib/ beside it (e.g. a copy of an earlier build).
#   BEFORE_REV: that commit; the before jar then runs on the packs and examples of its own commit (an older jar may
#   not read today's packs), in a directory of their own. Without it, both jars run on today's rules/.
# Each jar gets a cache directory of its own, filled before timing (compiled rules, and tables for the new one).
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: bench/targets.sh BEFORE_JAR [N] [RUNS]}
n=${2:-100000}; runs=${3:-3}; before_rev=${4:-}
after=target/pledgescope.jar
before=$(cd "$(dirname "$before")" && pwd)/$(basename "$before")
source bench/lib.sh
need_tools java python3 taskset wrk curl node npm bc
[ -f "$after" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
peers=$(cd ../shared/peers && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$(pwd)
# The directory each jar runs in (its rules/ and examples/).
mkdir -p "$work/before-root"
if [ -n "$before_rev" ]; then
  git archive "$before_rev" rules examples | tar -x -C "$work/before-root"
else
  cp -r rules examples "$work/before-root/"
fi
root_of() { [ "$1" = "$after" ] && echo "$root" || echo "$work/before-root"; }
echo "== $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "before: $before; after: $after ($(git rev-parse --short HEAD))"

cache_of() { [ "$1" = "$after" ] && echo "$work/cache-after" || echo "$work/cache-before"; }
for jar in "$before" "$after"; do
  (cd "$(root_of "$jar")"
   PLEDGESCOPE_CACHE=$(cache_of "$jar") java -jar "$jar" check examples/queries/police-face-search.json >/dev/null 2>&1 || true
   for pack in $(ls rules | grep -v vocabulary); do
     PLEDGESCOPE_CACHE=$(cache_of "$jar") timeout 600 java -jar "$jar" map "$pack" >/dev/null 2>&1 || true
   done)
done

# Wall and CPU (user + sys) seconds and peak RSS of one run, alternating jars.
measure() { # name jar cmd...
  local name=$1 jar=$2; shift 2
  local cache; cache=$(cache_of "$jar")
  (cd "$(root_of "$jar")" && /usr/bin/time -f "%e %U %S %M" -o "$work/t" env PLEDGESCOPE_CACHE="$cache" taskset -c 0 "$@" \
    >/dev/null 2>"$work/err") || echo "  ($name exited non-zero: $(tail -1 "$work/err"))"
  read -r wall user sys rss < <(tail -1 "$work/t")
  printf "  %-44s wall %6.2f s  cpu %6.2f s  rss %5d MiB\n" "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  echo "$name $wall" >>"$work/all"
}

echo; echo "== 1. batch of $n random Amazon queries against the peers (side_by_side.sh, best of $runs)"
for jar in "$before" "$after"; do
  echo "-- $jar"
  (cd "$(root_of "$jar")" && JAR=$jar PLEDGESCOPE_CACHE=$(cache_of "$jar") "$peers/side_by_side.sh" "$n" "$runs") | sed 's/^/  /'
done

echo; echo "== 2. map of each shipped pack over every day, against one check of one query ($runs runs each)"
for r in $(seq "$runs"); do
  for jar in "$before" "$after"; do
    tag=$([ "$jar" = "$after" ] && echo after || echo before)
    measure "$tag check" "$jar" java -jar "$jar" check examples/queries/police-face-search.json
    for pack in $(ls "$(root_of "$jar")/rules" | grep -v vocabulary); do
      measure "$tag map $pack" "$jar" java -jar "$jar" map "$pack"
    done
    measure "$tag validate" "$jar" java -jar "$jar" validate
  done
done
echo "-- medians (wall):"
sort "$work/all" | awk '{x=$NF; $NF=""; sub(/ +$/, ""); v[$0]=v[$0]" "x} END {for (k in v) print k "|" v[k]}' | sort |
  while IFS='|' read -r name rest; do
    med=$(echo "$rest" | tr ' ' '\n' | grep . | sort -g | awk '{x[NR]=$1} END {print x[int((NR+1)/2)]}')
    printf "  %-44s %6.2f s\n" "$name" "$med"
  done

echo; echo "== 4. REST: wrk -t2 -c16 -d30s, random distinct queries (after a 20 s warm-up), each jar in turn"
python3 "$peers/gen_queries.py" 100000 3 > "$work/rest.ndjson"
for jar in "$before" "$after"; do
  port=18190
  (cd "$(root_of "$jar")" && PLEDGESCOPE_CACHE=$(cache_of "$jar") exec java -jar "$jar" serve --port "$port") >"$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break; sleep 1; done
  wrk -t2 -c16 -d20s -s "$peers/wrk_distinct.lua" "http://127.0.0.1:$port/v1/coverage" -- "$work/rest.ndjson" >/dev/null
  echo "-- $jar"
  wrk -t2 -c16 -d30s --latency -s "$peers/wrk_distinct.lua" "http://127.0.0.1:$port/v1/coverage" -- "$work/rest.ndjson" |
    grep -E "Requests/sec|p50|Latency" | sed 's/^/  /'
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
