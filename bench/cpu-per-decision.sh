#!/usr/bin/env bash
# CPU time of one in-process decision, one core, fresh random distinct queries each round, before (fast path off)
# and after (fast path on) in the same run. Usage: bench/cpu-per-decision.sh known|unknown [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for fast in false true; do
  $pin java -Dpledgescope.fastPath=$fast -cp "$cp" org.pledgescope.bench.CpuPerDecision "${1:-known}" "${2:-5}"
done
